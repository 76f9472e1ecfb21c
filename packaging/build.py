"""Build the actgui standalone bundle for the current OS with one command.

Usage, from the project's environment with PyInstaller installed
(``pip install -e ".[dev]"`` or ``pip install pyinstaller``)::

    python packaging/build.py [--smoke-test] [--no-archive]

Steps:

1. refresh ``resources/licenses/`` from the installed distributions
   (``collect_licenses.py``; commit any change it makes);
2. run PyInstaller on ``packaging/actgui.spec`` into ``dist/`` (work files in
   ``build/pyinstaller``);
3. Linux only: drop the DWARF debug sections that some CPython builds (pyenv,
   self-compiled) leave in libpython and the stdlib extensions. This is not
   PyInstaller's ``strip=True``: only files that carry ``.debug_*`` sections
   are touched, symbols stay, and wheel-repaired folders such as
   ``numpy.libs`` (OpenBLAS, which stripping breaks) are never touched;
4. Linux only: report any library the bundle needs that is neither bundled
   nor installed (see ``packaging/linux-system-packages.txt``);
5. check that the frozen ``actgui --version`` prints this version and, with
   ``--smoke-test``, that ``actgui --self-test`` passes offscreen;
6. Linux only: pack ``dist/actgui-<version>-linux-<arch>.tar.gz``, whose top
   folder holds the ``actgui`` executable, its ``_internal`` folder and
   ``install-desktop.sh``.

Results: ``dist/actgui/`` (Linux, Windows) or ``dist/ActGui.app`` (macOS).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = PACKAGING / "actgui.spec"
IS_LINUX = sys.platform.startswith("linux")
IS_MAC = sys.platform == "darwin"
IS_WIN = sys.platform == "win32"

#: Folders inside the bundle whose libraries must stay byte-for-byte as shipped.
NEVER_STRIP = re.compile(r"(^|/)[^/]+\.libs/")


def project_version() -> str:
    """The version of the actgui sources being bundled."""
    text = (ROOT / "actgui" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if not match:
        raise SystemExit("cannot read __version__ from actgui/__init__.py")
    return match.group(1)


def step(message: str) -> None:
    """Print a progress line."""
    print(f"==> {message}", flush=True)


def refresh_licenses() -> None:
    """Rewrite resources/licenses from the installed distributions."""
    sys.path.insert(0, str(PACKAGING))
    import collect_licenses

    collect_licenses.main([])


def run_pyinstaller() -> None:
    """Build the onedir bundle from the spec."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed: pip install pyinstaller") from None
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)


def strip_debug_sections(bundle: Path) -> int:
    """Remove DWARF debug sections from ELF files that have them; return bytes saved."""
    strip = shutil.which("strip")
    readelf = shutil.which("readelf")
    if not strip or not readelf:
        print("    binutils not found: leaving debug sections in place")
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*.so*")):
        rel = path.relative_to(bundle).as_posix()
        if path.is_symlink() or not path.is_file() or NEVER_STRIP.search(rel):
            continue
        sections = subprocess.run([readelf, "-S", "-W", str(path)], capture_output=True, text=True)
        if ".debug_" not in sections.stdout:
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", "--preserve-dates", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def unresolved_libraries(bundle: Path) -> dict[str, set[str]]:
    """Map each library that ldd cannot find to the bundled files that need it."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.relative_to(internal).as_posix())
    return missing


def check_frozen(executable: Path, version: str, self_test: bool) -> None:
    """Run the frozen executable's --version (and --self-test)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, env=env, timeout=120
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or version not in output:
        raise SystemExit(f"frozen --version failed ({result.returncode}): {output}")
    print(f"    {executable.name} --version: {output}")
    if self_test:
        result = subprocess.run([str(executable), "--self-test"], env=env, timeout=300)
        if result.returncode != 0:
            raise SystemExit(f"frozen --self-test failed with status {result.returncode}")
        print("    --self-test passed")


def make_tarball(bundle: Path, version: str) -> Path:
    """Pack the Linux bundle and the desktop-integration script into a tar.gz."""
    machine = platform.machine().lower() or "unknown"
    top = f"actgui-{version}"
    archive = DIST / f"{top}-linux-{machine}.tar.gz"

    def reset_owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=top, filter=reset_owner)
        tar.add(PACKAGING / "install-desktop.sh", arcname=f"{top}/install-desktop.sh", filter=reset_owner)
    return archive


def size_of(path: Path) -> int:
    """Bytes used by the regular files below path (symlinks not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="Build the actgui bundle for this OS.")
    parser.add_argument("--smoke-test", action="store_true", help="also run the bundle's --self-test")
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux tar.gz")
    parser.add_argument("--keep-licenses", action="store_true", help="do not refresh resources/licenses")
    args = parser.parse_args(argv)

    started = time.monotonic()
    version = project_version()
    step(f"actgui {version} for {sys.platform} ({platform.machine()})")

    if not args.keep_licenses:
        step("refreshing licence texts")
        refresh_licenses()

    step("running PyInstaller")
    run_pyinstaller()
    bundle = DIST / ("ActGui.app" if IS_MAC else "actgui")
    executable = bundle / "Contents" / "MacOS" / "actgui" if IS_MAC else bundle / "actgui"
    if IS_WIN:
        executable = executable.with_suffix(".exe")

    if IS_LINUX:
        step("removing debug sections")
        print(f"    saved {strip_debug_sections(bundle) / 2**20:.1f} MiB")
        step("checking shared libraries")
        missing = unresolved_libraries(bundle)
        for name, users in sorted(missing.items()):
            print(f"    WARNING: {name} not found (needed by {', '.join(sorted(users)[:3])})")
        if not missing:
            print("    every library resolves (bundled or installed)")

    step("checking the frozen executable")
    check_frozen(executable, version, self_test=args.smoke_test)

    print(f"    bundle: {bundle} ({size_of(bundle) / 2**20:.1f} MiB)")
    if IS_LINUX and not args.no_archive:
        step("packing the tarball")
        archive = make_tarball(bundle, version)
        print(f"    archive: {archive} ({archive.stat().st_size / 2**20:.1f} MiB)")
    step(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

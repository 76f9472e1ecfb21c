"""Collect the licence texts of everything the actgui bundle ships.

Run with the environment the app is built from::

    python packaging/collect_licenses.py [--out DIR]

It writes one text file per component into ``resources/licenses/`` (or DIR)
plus ``index.json``, which lists, in display order, each component's name,
version, SPDX expression and the files that make up its licence. The About
dialog reads them through :func:`actgui.files.resources.license_texts`.

Texts come from the installed distributions' ``.dist-info`` folders, so
rerunning the script after an upgrade keeps them current (``build.py`` runs
it before every bundle build; commit any change it makes). The exceptions:

* PySide6 and shiboken6 wheels carry no licence file, so the LGPL-3.0 and the
  GPL-3.0 it supplements are taken from Debian's ``/usr/share/common-licenses``;
  where that folder does not exist (macOS, Windows) the committed copies,
  which never change, are kept.
* The two fonts the bundle ships are described from their own ``name``
  tables: DejaVu Sans (in ziafont) embeds its whole licence; STIX Two Math (in
  ziamath) embeds its copyright line and refers to the SIL OFL 1.1, whose
  fixed text is kept in ``packaging/license-templates/OFL-1.1.txt``.
* Distributions that declare MIT without shipping a licence file get the
  standard MIT text with the copyright holder from their metadata.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import sysconfig
from dataclasses import dataclass, field
from importlib import metadata, util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "resources" / "licenses"
TEMPLATES = Path(__file__).resolve().parent / "license-templates"
DEBIAN_LICENSES = Path("/usr/share/common-licenses")

MIT_TEMPLATE = """\
MIT License

Copyright (c) {holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

QT_NOTICE = """\
{name} {version}

{what}

Licence: LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only (as declared by the
wheel); the actgui bundle uses it under the GNU Lesser General Public License
version 3, whose text follows, together with the GNU General Public License
version 3 that it supplements (file GPL-3.0.txt).

The libraries are shipped unmodified and dynamically linked, as separate
files of the bundle: you may replace them with your own build of the same
version. Their source code is available from https://download.qt.io/ and
https://code.qt.io/ (Qt) and from https://code.qt.io/pyside/pyside-setup
(PySide6 and shiboken6).
"""


@dataclass
class Component:
    """One shipped component: where its licence lives and how it is shown."""

    name: str
    version: str
    spdx: str
    files: list[str] = field(default_factory=list)


def dist_license_files(dist_name: str) -> list[tuple[str, str]]:
    """Return ``(relative path, text)`` of every licence file a distribution ships."""
    dist = metadata.distribution(dist_name)
    found = []
    for entry in dist.files or []:
        parts = entry.parts
        if not parts[0].endswith(".dist-info"):
            continue
        rel = "/".join(parts[1:])
        is_license = parts[1] == "licenses" or rel.upper().startswith(("LICENSE", "COPYING"))
        if is_license and not rel.upper().startswith("AUTHORS"):
            found.append((rel.removeprefix("licenses/"), Path(entry.locate()).read_text("utf-8")))
    # The main licence first, then the vendored components' ones.
    found.sort(key=lambda item: ("/" in item[0], item[0]))
    return found


def font_names(path: Path) -> dict[int, str]:
    """Read the English records of a TrueType/OpenType ``name`` table."""
    data = path.read_bytes()
    (num_tables,) = struct.unpack(">H", data[4:6])
    for i in range(num_tables):
        tag, _checksum, offset, _length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        if tag != b"name":
            continue
        _fmt, count, string_offset = struct.unpack(">HHH", data[offset : offset + 6])
        names: dict[int, str] = {}
        for j in range(count):
            record = data[offset + 6 + 12 * j : offset + 18 + 12 * j]
            platform, _encoding, language, name_id, length, start = struct.unpack(">6H", record)
            raw = data[offset + string_offset + start : offset + string_offset + start + length]
            if platform == 3 and language == 0x409:
                names[name_id] = raw.decode("utf-16-be")
            elif platform == 1 and language == 0:
                names.setdefault(name_id, raw.decode("latin-1"))
        return names
    raise ValueError(f"{path} has no name table")


def package_file(package: str, *parts: str) -> Path:
    """Locate a file inside an installed package without importing it."""
    spec = util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(package)
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def version_of(dist_name: str) -> str:
    """Installed version of a distribution."""
    return metadata.version(dist_name)


def joined(sections: list[tuple[str, str]]) -> str:
    """Concatenate licence files, each under a heading naming its source."""
    if len(sections) == 1:
        return sections[0][1]
    return "\n\n".join(f"===== {rel} =====\n\n{text.strip()}\n" for rel, text in sections)


class Collector:
    """Writes licence files into one folder and records them for ``index.json``."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.components: list[Component] = []

    def write(self, filename: str, text: str) -> str:
        """Write a text file (LF line ends, trailing newline) and return its name."""
        (self.out / filename).write_text(text.rstrip() + "\n", encoding="utf-8", newline="\n")
        return filename

    def keep_system_text(self, filename: str, debian_name: str) -> str:
        """Copy a fixed licence text from Debian, or keep the committed copy."""
        source = DEBIAN_LICENSES / debian_name
        if source.is_file():
            return self.write(filename, source.read_text("utf-8"))
        if (self.out / filename).is_file():
            return filename
        raise FileNotFoundError(f"{source} is missing and no committed {filename} exists")

    def add(self, name: str, version: str, spdx: str, *files: str) -> None:
        """Record a component whose licence is the concatenation of ``files``."""
        self.components.append(Component(name, version, spdx, list(files)))

    def add_dist(self, name: str, dist_name: str, spdx: str) -> None:
        """Record a component from the licence files of its ``.dist-info``."""
        sections = dist_license_files(dist_name)
        if not sections:
            holder = metadata.metadata(dist_name).get("Author") or name
            if spdx != "MIT":
                raise FileNotFoundError(f"{dist_name} ships no licence file")
            sections = [("LICENSE", MIT_TEMPLATE.format(holder=holder))]
        self.add(name, version_of(dist_name), spdx, self.write(f"{dist_name}.txt", joined(sections)))


def collect(out: Path) -> list[Component]:
    """Write every licence text into ``out`` and return the components."""
    out.mkdir(parents=True, exist_ok=True)
    c = Collector(out)

    project_license = ROOT / "LICENSE"
    actgui_text = (
        project_license.read_text("utf-8")
        if project_license.is_file()
        else MIT_TEMPLATE.format(holder="actgui contributors")
    )
    c.add("actgui", _project_version(), "MIT", c.write("actgui.txt", actgui_text))

    lgpl = c.keep_system_text("LGPL-3.0.txt", "LGPL-3")
    gpl = c.keep_system_text("GPL-3.0.txt", "GPL-3")
    qt_spdx = "LGPL-3.0-only"
    for name, dist_name, what in (
        (
            "Qt 6 / PySide6",
            "PySide6_Essentials",
            "The Qt 6 libraries and plugins (Qt/lib, Qt/plugins) and the PySide6 "
            "Python bindings, from the PySide6-Essentials wheel. Copyright (C) The Qt "
            "Company Ltd. and other contributors.",
        ),
        (
            "shiboken6",
            "shiboken6",
            "The shiboken6 runtime used by the PySide6 bindings. Copyright (C) The Qt Company Ltd.",
        ),
    ):
        version = version_of(dist_name)
        notice = QT_NOTICE.format(name=name, version=version, what=what)
        c.add(name, version, qt_spdx, c.write(f"{dist_name}.txt", notice), lgpl, gpl)

    # numpy's LICENSE.txt also covers the OpenBLAS and GCC runtime libraries in numpy.libs.
    c.add_dist("NumPy", "numpy", "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0")
    c.add_dist("pyqtgraph", "pyqtgraph", "MIT")
    c.add_dist("colorama", "colorama", "BSD-3-Clause")
    c.add_dist("ziamath", "ziamath", "MIT")
    c.add_dist("ziafont", "ziafont", "MIT")
    c.add_dist("latex2mathml", "latex2mathml", "MIT")

    stix = package_file("ziamath", "fonts", "STIXTwoMath-Regular.ttf")
    names = font_names(stix)
    ofl = (TEMPLATES / "OFL-1.1.txt").read_text("utf-8")
    stix_text = f"{names[1]} ({names.get(5, '')}), shipped by ziamath\n\n{names[0]}\n\n{ofl}"
    c.add(
        "STIX Two Math font",
        names.get(5, "").removeprefix("Version "),
        "OFL-1.1",
        c.write("font-STIXTwoMath.txt", stix_text),
    )

    dejavu = package_file("ziafont", "fonts", "DejaVuSans.ttf")
    names = font_names(dejavu)
    dejavu_text = f"{names[1]} ({names.get(5, '')}), shipped by ziafont\n\n{names[13]}"
    c.add(
        "DejaVu Sans font",
        names.get(5, "").removeprefix("Version "),
        "Bitstream-Vera",
        c.write("font-DejaVuSans.txt", dejavu_text),
    )

    python_license = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_license.is_file():
        c.write("python.txt", python_license.read_text("utf-8"))
    elif not (out / "python.txt").is_file():
        raise FileNotFoundError(python_license)
    c.add("Python", sys.version.split()[0], "PSF-2.0", "python.txt")

    try:
        c.add_dist("PyInstaller bootloader", "pyinstaller", "GPL-2.0-or-later WITH Bootloader-exception")
    except metadata.PackageNotFoundError:
        if not (out / "pyinstaller.txt").is_file():
            raise
        c.add("PyInstaller bootloader", "", "GPL-2.0-or-later WITH Bootloader-exception", "pyinstaller.txt")

    index = {"components": [vars(component) for component in c.components]}
    (out / "index.json").write_text(
        json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n"
    )
    stale = {p.name for p in out.glob("*.txt")} - {f for comp in c.components for f in comp.files}
    for name in sorted(stale):
        (out / name).unlink()
    return c.components


def _project_version() -> str:
    try:
        return version_of("actgui")
    except metadata.PackageNotFoundError:
        sys.path.insert(0, str(ROOT))
        try:
            from actgui import __version__
        except ImportError:
            return ""
        return str(__version__)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    components = collect(args.out)
    for component in components:
        print(f"{component.name:45} {component.version:12} {component.spdx}")
    print(f"wrote {len(components)} licences to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

r"""``actgui register-file-type``: let Windows open setup files (``.actgui``) with actgui.

PyInstaller builds an executable, not an installer, so nothing registers the
file type when the Windows bundle is unpacked. This command does what an
installer would, for the current user only (no administrator rights):
under ``HKEY_CURRENT_USER\Software\Classes`` it writes

- ``.actgui``: the ProgID ``ActGui.Setup``, the content type
  ``application/x-actgui-setup`` and an ``OpenWithProgids`` entry;
- ``ActGui.Setup``: its name, the executable's icon and the command
  ``"...\actgui.exe" --report-in-window "%1"`` (a double click opens the
  setup, and a bad one is explained in the window rather than on a console);

then tells Explorer that file associations changed. ``--remove`` takes the
entries out again (the ``.actgui`` key only if it still names actgui's
ProgID, so another program's claim is left alone). Qt-free; the registry
module is passed in, so the tests run on any system with a fake one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROG_ID = "ActGui.Setup"
EXTENSION = ".actgui"
MIME_TYPE = "application/x-actgui-setup"
CLASSES = r"Software\Classes"
TYPE_NAME = "actgui setup"

SHCNE_ASSOCCHANGED = 0x08000000
SHCNF_IDLIST = 0x0000


def launch_command(executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """The program and arguments that open a setup, before the file's ``"%1"``.

    The bundled ``actgui.exe`` runs itself; a pip install runs the package
    with ``pythonw.exe`` (no console window) when there is one.
    """
    executable = executable if executable is not None else sys.executable
    frozen = frozen if frozen is not None else bool(getattr(sys, "frozen", False))
    if frozen:
        return [executable]
    windowed = Path(executable).with_name("pythonw.exe")
    python = str(windowed) if windowed.name != Path(executable).name and windowed.exists() else executable
    return [python, "-m", "actgui"]


def entries(command: list[str]) -> list[tuple[str, str, int, Any]]:
    r"""The registry values to write: (key under HKCU\Software\Classes, value name, kind, data).

    ``kind`` is 1 for a text (``REG_SZ``) and 0 for an empty marker (``REG_NONE``).
    """
    program = command[0]
    open_command = " ".join([f'"{program}"', *command[1:], "--report-in-window", '"%1"'])
    return [
        (EXTENSION, "", 1, PROG_ID),
        (EXTENSION, "Content Type", 1, MIME_TYPE),
        (EXTENSION, "PerceivedType", 1, "text"),
        (rf"{EXTENSION}\OpenWithProgids", PROG_ID, 0, b""),
        (PROG_ID, "", 1, TYPE_NAME),
        (rf"{PROG_ID}\DefaultIcon", "", 1, f'"{program}",0'),
        (rf"{PROG_ID}\shell\open\command", "", 1, open_command),
    ]


def _registry(reg: Any | None) -> Any:
    if reg is not None:
        return reg
    import winreg  # Windows only

    return winreg


def _notify_explorer() -> None:
    """Tell Explorer (and the "Open with" lists) that the associations changed."""
    import ctypes

    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
    shell32.SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST, None, None)


def register(
    command: list[str] | None = None, reg: Any | None = None, notify: Callable[[], None] | None = None
) -> list[str]:
    r"""Register ``.actgui`` for the current user; return the keys written (below HKCU\Software\Classes).

    Raises
    ------
    OSError
        If the registry refuses a write.
    """
    reg = _registry(reg)
    kinds = {1: reg.REG_SZ, 0: reg.REG_NONE}
    written: list[str] = []
    for key, name, kind, data in entries(command if command is not None else launch_command()):
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, rf"{CLASSES}\{key}", 0, reg.KEY_WRITE) as handle:
            reg.SetValueEx(handle, name, 0, kinds[kind], data)
        if key not in written:
            written.append(key)
    (notify or _notify_explorer)()
    return written


def _delete_tree(reg: Any, path: str) -> bool:
    """Delete the key at ``path`` (below HKCU) and every key under it; False if there was none."""
    try:
        with reg.OpenKey(reg.HKEY_CURRENT_USER, path, 0, reg.KEY_READ) as handle:
            children: list[str] = []
            while True:
                try:
                    children.append(reg.EnumKey(handle, len(children)))
                except OSError:  # no more subkeys
                    break
    except FileNotFoundError:
        return False
    for child in children:
        _delete_tree(reg, rf"{path}\{child}")
    reg.DeleteKey(reg.HKEY_CURRENT_USER, path)
    return True


def unregister(reg: Any | None = None, notify: Callable[[], None] | None = None) -> list[str]:
    """Remove what :func:`register` wrote; return the keys removed.

    ``.actgui`` is removed only while it still names actgui's ProgID.
    """
    reg = _registry(reg)
    removed = []
    if _delete_tree(reg, rf"{CLASSES}\{PROG_ID}"):
        removed.append(PROG_ID)
    extension = rf"{CLASSES}\{EXTENSION}"
    try:
        with reg.OpenKey(reg.HKEY_CURRENT_USER, extension, 0, reg.KEY_READ) as handle:
            owner = reg.QueryValueEx(handle, "")[0]
    except FileNotFoundError:
        owner = None
    if owner == PROG_ID and _delete_tree(reg, extension):
        removed.append(EXTENSION)
    elif owner is not None:  # another program's now: take only actgui out of its "Open with" list
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, rf"{extension}\OpenWithProgids", 0, reg.KEY_WRITE) as h:
                reg.DeleteValue(h, PROG_ID)
            removed.append(rf"{EXTENSION}\OpenWithProgids\{PROG_ID}")
        except FileNotFoundError:
            pass
    (notify or _notify_explorer)()
    return removed

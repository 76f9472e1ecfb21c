"""``actgui register-file-type``: the Windows registry entries for ``.actgui``, against a fake registry."""

from __future__ import annotations

import argparse

import pytest

from actgui.cli import file_type
from actgui.cli.common import UsageError
from actgui.cli.main import build_parser, cmd_register_file_type, with_open_command


class FakeKey:
    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None


class FakeWinreg:
    """The part of ``winreg`` the command uses, keys case-insensitive as on Windows."""

    HKEY_CURRENT_USER = "HKEY_CURRENT_USER"
    REG_NONE, REG_SZ = 0, 1
    KEY_READ, KEY_WRITE = 0x20019, 0x20006

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[int, object]]] = {}
        self.names: dict[str, str] = {}

    def _path(self, root: str, sub: str) -> str:
        assert root == self.HKEY_CURRENT_USER
        return f"{root}\\{sub}".lower()

    def CreateKeyEx(self, root: str, sub: str, reserved: int = 0, access: int = KEY_WRITE) -> FakeKey:
        parts = f"{root}\\{sub}".split("\\")
        for i in range(2, len(parts) + 1):
            path = "\\".join(parts[:i])
            self.keys.setdefault(path.lower(), {})
            self.names.setdefault(path.lower(), parts[i - 1])
        return FakeKey(self._path(root, sub))

    def OpenKey(self, root: str, sub: str, reserved: int = 0, access: int = KEY_READ) -> FakeKey:
        path = self._path(root, sub)
        if path not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return FakeKey(path)

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, data: object) -> None:
        assert kind in (self.REG_NONE, self.REG_SZ)
        assert isinstance(data, str) if kind == self.REG_SZ else data == b""
        self.keys[key.path][name] = (kind, data)

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[object, int]:
        if name not in self.keys[key.path]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        kind, data = self.keys[key.path][name]
        return data, kind

    def _children(self, path: str) -> list[str]:
        depth = path.count("\\") + 1
        return sorted(k for k in self.keys if k.startswith(path + "\\") and k.count("\\") == depth)

    def EnumKey(self, key: FakeKey, index: int) -> str:
        children = self._children(key.path)
        if index >= len(children):
            raise OSError(259, "No more data is available")
        return self.names[children[index]]

    def DeleteKey(self, root: str, sub: str) -> None:
        path = self._path(root, sub)
        if path not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        if self._children(path):
            raise PermissionError(5, "Access is denied")  # as Windows: only a key without subkeys
        del self.keys[path]

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        if name not in self.keys[key.path]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del self.keys[key.path][name]

    def value(self, sub: str, name: str = "") -> object:
        return self.keys[self._path(self.HKEY_CURRENT_USER, sub)][name][1]


EXE = r"C:\Program Files\ActGui\actgui.exe"
CLASSES = r"Software\Classes"


@pytest.fixture
def registry() -> FakeWinreg:
    return FakeWinreg()


def test_registering_writes_the_prog_id_with_its_open_command_and_tells_explorer(registry):
    told = []
    keys = file_type.register([EXE], registry, notify=lambda: told.append(True))
    assert keys == [
        ".actgui",
        r".actgui\OpenWithProgids",
        "ActGui.Setup",
        r"ActGui.Setup\DefaultIcon",
        r"ActGui.Setup\shell\open\command",
    ]
    assert registry.value(rf"{CLASSES}\.actgui") == "ActGui.Setup"
    assert registry.value(rf"{CLASSES}\.actgui", "Content Type") == "application/x-actgui-setup"
    assert registry.keys[rf"hkey_current_user\{CLASSES}\.actgui\openwithprogids".lower()] == {
        "ActGui.Setup": (registry.REG_NONE, b"")
    }
    assert registry.value(rf"{CLASSES}\ActGui.Setup") == "actgui setup"
    assert registry.value(rf"{CLASSES}\ActGui.Setup\DefaultIcon") == f'"{EXE}",0'
    command = registry.value(rf"{CLASSES}\ActGui.Setup\shell\open\command")
    assert command == f'"{EXE}" --report-in-window "%1"'
    assert told == [True]


def test_the_open_command_is_what_the_app_reads_as_opening_a_setup():
    # Explorer runs the command with %1 replaced by the file: the app must take it for "open FILE".
    argv = ["--report-in-window", r"C:\Users\teacher\Lecture 1.actgui"]
    args = build_parser().parse_args(with_open_command(argv))
    assert args.command == "open" and args.report_in_window and args.file == argv[1]


def test_a_pip_install_runs_the_package_with_the_windowed_python(tmp_path):
    python = tmp_path / "python.exe"
    python.touch()
    assert file_type.launch_command(str(python), frozen=False) == [str(python), "-m", "actgui"]
    (tmp_path / "pythonw.exe").touch()
    windowed = str(tmp_path / "pythonw.exe")
    assert file_type.launch_command(str(python), frozen=False) == [windowed, "-m", "actgui"]
    assert file_type.launch_command(EXE, frozen=True) == [EXE]
    command = dict(((k, n), d) for k, n, _kind, d in file_type.entries([windowed, "-m", "actgui"]))
    assert (
        command[(r"ActGui.Setup\shell\open\command", "")] == f'"{windowed}" -m actgui --report-in-window "%1"'
    )


def test_registering_twice_changes_nothing(registry):
    file_type.register([EXE], registry, notify=lambda: None)
    once = {k: dict(v) for k, v in registry.keys.items()}
    file_type.register([EXE], registry, notify=lambda: None)
    assert registry.keys == once


def test_removing_takes_every_key_out_and_leaves_the_rest(registry):
    registry.CreateKeyEx(registry.HKEY_CURRENT_USER, rf"{CLASSES}\.txt")
    before = set(registry.keys)
    file_type.register([EXE], registry, notify=lambda: None)
    assert file_type.unregister(registry, notify=lambda: None) == ["ActGui.Setup", ".actgui"]
    assert set(registry.keys) == before
    assert file_type.unregister(registry, notify=lambda: None) == []  # nothing left to remove


def test_removing_leaves_another_programs_claim_on_the_extension(registry):
    file_type.register([EXE], registry, notify=lambda: None)
    with registry.OpenKey(registry.HKEY_CURRENT_USER, rf"{CLASSES}\.actgui") as key:
        registry.SetValueEx(key, "", 0, registry.REG_SZ, "OtherEditor.Document")
    removed = file_type.unregister(registry, notify=lambda: None)
    assert removed == ["ActGui.Setup", r".actgui\OpenWithProgids\ActGui.Setup"]
    assert registry.value(rf"{CLASSES}\.actgui") == "OtherEditor.Document"


def test_the_command_refuses_outside_windows_and_points_to_the_desktop_files():
    with pytest.raises(UsageError) as caught:
        cmd_register_file_type(argparse.Namespace(remove=False), platform="linux")
    assert "install-desktop.sh" in str(caught.value)


def test_the_command_is_not_taken_for_a_setup_file():
    args = build_parser().parse_args(with_open_command(["register-file-type", "--remove"]))
    assert args.command == "register-file-type" and args.remove


def test_the_command_registers_on_windows(registry, monkeypatch, capsys):
    monkeypatch.setattr(file_type, "_registry", lambda _reg: registry)
    monkeypatch.setattr(file_type, "_notify_explorer", lambda: None)
    monkeypatch.setattr(file_type, "launch_command", lambda: [EXE])
    assert cmd_register_file_type(argparse.Namespace(remove=False), platform="win32") == 0
    assert registry.value(rf"{CLASSES}\.actgui") == "ActGui.Setup"
    assert "now open with" in capsys.readouterr().out
    assert cmd_register_file_type(argparse.Namespace(remove=True), platform="win32") == 0
    assert "removed: ActGui.Setup, .actgui" in capsys.readouterr().out

"""Where state and settings live: one QSettings user, no widget building state, typed signals."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

ACTGUI = Path(__file__).parents[1] / "actgui"


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at any level (TYPE_CHECKING and function-local included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_only_persistence_touches_qsettings():
    users = sorted(
        str(path.relative_to(ACTGUI))
        for path in ACTGUI.rglob("*.py")
        if "QSettings" in path.read_text(encoding="utf-8")
    )
    assert users == ["ui/persistence.py"]


def test_persistence_knows_no_window_and_the_window_no_export():
    persistence = _imports(ACTGUI / "ui" / "persistence.py")
    assert not any(name.startswith("actgui.ui.main_window") for name in persistence)
    window = _imports(ACTGUI / "ui" / "main_window.py")
    assert not any(name.startswith("actgui.export") for name in window)


@pytest.mark.parametrize(
    ("path", "forbidden"),
    [
        ("ui/forward/panel.py", "LayerState("),
        ("ui/forward/lazy.py", "LayerState("),
        ("ui/playground/page.py", "PlaygroundState("),
        ("ui/playground/lazy.py", "PlaygroundState"),
        ("ui/main_window.py", "ExplorerState("),
        ("ui/main_window.py", "Session("),
    ],
)
def test_widgets_create_no_state(path, forbidden):
    assert forbidden not in (ACTGUI / path).read_text(encoding="utf-8")


def test_mypy_strict_accepts_signal_declarations_and_use(tmp_path, monkeypatch):
    api = pytest.importorskip("mypy.api")
    monkeypatch.chdir(ACTGUI.parent)  # mypy finds actgui from the source tree
    sample = tmp_path / "sample.py"
    sample.write_text(
        textwrap.dedent(
            """
            from actgui.state.signals import Signal, SignalInstance


            class Counter:
                changed = Signal(int)

                def __init__(self) -> None:
                    self.value = 0

                def bump(self) -> None:
                    self.value += 1
                    self.changed.emit(self.value)


            def show(value: int) -> None:
                print(value)


            counter = Counter()
            counter.changed.connect(show)
            counter.changed.emit(3)
            bound: SignalInstance = counter.changed
            declared: Signal = Counter.changed
            """
        )
    )
    out, err, status = api.run(
        ["--strict", "--follow-imports=silent", "--no-incremental", "--cache-dir=/dev/null", str(sample)]
    )
    assert status == 0, out + err
    # A misuse is caught, so the signal's type really was resolved.
    sample.write_text(sample.read_text() + "counter.changed.no_such_method()\n")
    out, _err, status = api.run(
        ["--strict", "--follow-imports=silent", "--no-incremental", "--cache-dir=/dev/null", str(sample)]
    )
    assert status == 1 and '"SignalInstance" has no attribute "no_such_method"' in out, out

"""Every write of the app replaces its target whole or not at all.

Three ways to interrupt a write are tried on every writer the app has
(layer JSON, CSV, figure export, gallery, settings):

- a failure injected in the middle of the write (the disk fills up);
- the process killed with SIGKILL at a random moment while it writes in a loop;
- a hard link to the old file, which must still hold the old bytes afterwards
  (an in-place rewrite would have changed them: the new file came by rename).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from actgui.files import atomic
from actgui.files import layer_file as layer_io
from actgui.files.atomic import ExportError, write_atomic
from actgui.files.layer_file import LayerData, load_layer
from actgui.state.layer import LayerState
from actgui.ui.forward.file_actions import FileActions
from actgui.ui.persistence import open_settings

ROOT = Path(__file__).resolve().parents[2]


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


# -- a failure in the middle of the write ----------------------------------------------------


class _DiskFull(OSError):
    def __init__(self) -> None:
        super().__init__(28, "No space left on device")


def _half_then_fail(real_fdopen):
    """os.fdopen whose file writes half of what it is given, then fails."""

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        real_write = handle.write

        def write(text):
            real_write(text[: len(text) // 2])
            handle.flush()
            raise _DiskFull()

        handle.write = write
        return handle

    return fdopen


@pytest.mark.parametrize("writer", ["save", "csv"])
def test_panel_save_and_csv_interrupted_midway_keep_the_old_file(qtbot, tmp_path, monkeypatch, writer):
    state = LayerState()
    files = FileActions(state)
    qtbot.addWidget(files)
    messages: list[tuple[str, bool]] = []
    files.message.connect(lambda text, error: messages.append((text, error)))
    target = tmp_path / ("layer.json" if writer == "save" else "layer.csv")
    assert (files.save_to if writer == "save" else files.export_csv_to)(target)
    old = target.read_bytes()
    state.set_scale(7.0)  # something new to write
    monkeypatch.setattr(atomic.os, "fdopen", _half_then_fail(os.fdopen))
    assert not (files.save_to if writer == "save" else files.export_csv_to)(target)
    assert target.read_bytes() == old
    assert _leftovers(tmp_path, {target.name}) == []  # no temporary file left behind
    text, error = messages[-1]
    assert error and "No space left" in text


def test_an_interrupt_during_a_layer_write_keeps_the_old_file(tmp_path, monkeypatch):
    """Even a KeyboardInterrupt (not an OSError) between write and rename."""
    target = tmp_path / "layer.json"
    layer_io.save_layer(target, LayerData.from_state(LayerState()))
    old = target.read_bytes()

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    state = LayerState()
    state.set_scale(3.0)
    with pytest.raises(KeyboardInterrupt):
        layer_io.save_layer(target, LayerData.from_state(state))
    assert target.read_bytes() == old and _leftovers(tmp_path, {target.name}) == []


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_figure_export_interrupted_midway_keeps_the_old_file(tmp_path, monkeypatch, suffix):
    target = tmp_path / f"figure.{suffix}"
    write_atomic(target, b"old figure")
    monkeypatch.setattr(atomic.os, "fdopen", _half_then_fail(os.fdopen))
    with pytest.raises(ExportError):
        write_atomic(target, b"new figure " * 10_000)
    assert target.read_bytes() == b"old figure"
    assert _leftovers(tmp_path, {target.name}) == []


def test_gallery_interrupted_midway_keeps_the_old_index(qtbot, tmp_path, monkeypatch):
    from actgui.export.gallery import INDEX_NAME, write_gallery
    from actgui.model import get_activation

    folder = tmp_path / "handout"
    folder.mkdir()
    (folder / INDEX_NAME).write_text("old index")
    monkeypatch.setattr(atomic.os, "fdopen", _half_then_fail(os.fdopen))
    with pytest.raises(ExportError):
        write_gallery(folder, activations=[get_activation("relu")])
    assert (folder / INDEX_NAME).read_text() == "old index"
    assert all(not name.endswith((".tmp", "~")) for name in _leftovers(folder, set()))


# -- replaced by rename, never rewritten in place --------------------------------------------


def _replaced_by_rename(target: Path, write) -> None:
    old = target.read_bytes()
    witness = target.with_name("witness")
    os.link(target, witness)
    write()
    assert witness.read_bytes() == old, "the old file was rewritten in place"
    assert target.read_bytes() != old
    witness.unlink()


def test_every_writer_replaces_its_target_by_rename(qtbot, tmp_path):
    state = LayerState()
    layer = tmp_path / "layer.json"
    layer_io.save_layer(layer, LayerData.from_state(state))
    state.set_scale(2.0)
    _replaced_by_rename(layer, lambda: layer_io.save_layer(layer, LayerData.from_state(state)))
    table = tmp_path / "table.csv"
    layer_io.export_csv(table, state.forward)
    state.set_scale(3.0)
    _replaced_by_rename(table, lambda: layer_io.export_csv(table, state.forward))
    figure = tmp_path / "figure.png"
    write_atomic(figure, b"one")
    _replaced_by_rename(figure, lambda: write_atomic(figure, b"two"))


def test_settings_are_written_atomically(_isolated_settings):
    settings = open_settings()
    assert settings.isAtomicSyncRequired()  # QSettings writes through a QSaveFile
    settings.setValue("explorer/activation", "relu")
    settings.sync()
    assert settings.status() == QSettings.Status.NoError

    def rewrite() -> None:
        again = open_settings()
        again.setValue("explorer/activation", "tanh")
        again.sync()

    _replaced_by_rename(_isolated_settings, rewrite)
    assert open_settings().value("explorer/activation") == "tanh"


# -- the process killed while it writes -------------------------------------------------------

_WRITERS = {
    "layer": """
        import numpy as np
        from actgui.files.layer_file import LayerData, save_layer
        rng = np.random.default_rng(0)
        big = [LayerData(rng.random((1, 64)), rng.random((64, 64)), rng.random(64), name, {})
               for name in ("sigmoid", "relu")]  # 64 x 64: each save takes a while
        ready()
        n = 0
        while True:
            save_layer(target, big[n % 2]); n += 1
    """,
    "figure": """
        from actgui.files.atomic import write_atomic
        blobs = [b"A" * 3_000_000, b"B" * 2_000_000]
        ready()
        n = 0
        while True:
            write_atomic(target, blobs[n % 2]); n += 1
    """,
    "settings": """
        from actgui.ui.persistence import open_settings
        values = ["a" * 400_000, "b" * 300_000]
        ready()
        n = 0
        while True:
            s = open_settings(); s.setValue("big/value", values[n % 2]); s.sync(); n += 1
    """,
}


def _check_whole(kind: str, target: Path, settings_path: Path) -> None:
    if kind == "layer":
        data = load_layer(target)
        assert data.activation in ("sigmoid", "relu")
    elif kind == "figure":
        content = target.read_bytes()
        assert content in (b"A" * 3_000_000, b"B" * 2_000_000)
    else:
        value = QSettings(str(settings_path), QSettings.Format.IniFormat).value("big/value")
        assert value in ("a" * 400_000, "b" * 300_000)


@pytest.mark.parametrize("kind", sorted(_WRITERS))
def test_a_process_killed_mid_write_leaves_a_whole_file(tmp_path, kind):
    target = tmp_path / ("out.json" if kind == "layer" else "out.bin")
    settings_path = tmp_path / "settings.ini"
    flag = tmp_path / "ready"
    script = (
        "import os, sys\n"
        f"target = {str(target)!r}\n"
        f"def ready():\n    open({str(flag)!r}, 'w').close()\n" + textwrap.dedent(_WRITERS[kind])
    )
    env = dict(os.environ, ACTGUI_SETTINGS_PATH=str(settings_path), QT_QPA_PLATFORM="offscreen")
    kills = 0
    for delay in (0.05, 0.13, 0.29):
        flag.unlink(missing_ok=True)
        process = subprocess.Popen(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 30
            while not flag.exists():
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline
                time.sleep(0.01)
            time.sleep(delay)  # somewhere inside a write: each takes a few milliseconds
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
            kills += 1
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            process.stderr.close()
        if target.exists() or kind == "settings":
            _check_whole(kind, target, settings_path)
    assert kills == 3
    # The settings file survives as the last complete sync.
    if kind == "settings":
        json.dumps(QSettings(str(settings_path), QSettings.Format.IniFormat).allKeys())


# -- one writer for every file ------------------------------------------------------------------

_WRITE_PRIMITIVES = re.compile(
    r"\bos\.(?:replace|rename)\(|\bQSaveFile\b|\bmkstemp\b|NamedTemporaryFile|\bO_CREAT\b"
    r"|\.write_(?:bytes|text)\(|\bQFile\b"
)
_ALLOWED_PRIMITIVES = {
    ("files/atomic.py", "os.replace("): "the one atomic writer",
    ("files/atomic.py", "O_CREAT"): "the one atomic writer creates its temporary file",
    ("ui/persistence.py", "os.replace("): "sets a too-large settings file aside; it writes nothing",
}


def test_there_is_exactly_one_atomic_write_implementation():
    package = ROOT / "actgui"
    found = {
        (str(path.relative_to(package)), match.group(0))
        for path in package.rglob("*.py")
        for match in _WRITE_PRIMITIVES.finditer(path.read_text(encoding="utf-8"))
    }
    assert found - _ALLOWED_PRIMITIVES.keys() == set()
    assert ("files/atomic.py", "os.replace(") in found
    assert not hasattr(layer_io, "atomic_write_text")


def test_every_writer_goes_through_the_one_atomic_writer(qtbot, tmp_path, monkeypatch):
    from actgui.export.gallery import write_gallery
    from actgui.export.render import export_widget
    from actgui.model import get_activation

    created: list[str] = []
    real = atomic._create_temporary
    monkeypatch.setattr(
        atomic, "_create_temporary", lambda target, mode: (created.append(target.name), real(target, mode))[1]
    )
    state = LayerState()
    layer_io.save_layer(tmp_path / "layer.json", LayerData.from_state(state))
    layer_io.export_csv(tmp_path / "table.csv", state.forward)
    files = FileActions(state)
    qtbot.addWidget(files)
    assert files.save_to(tmp_path / "panel.json") and files.export_csv_to(tmp_path / "panel.csv")
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(40, 30)
    export_widget(widget, tmp_path / "figure.png")
    export_widget(widget, tmp_path / "figure.svg")
    write_gallery(tmp_path / "handout", activations=[get_activation("relu")])
    assert created == [
        "layer.json",
        "table.csv",
        "panel.json",
        "panel.csv",
        "figure.png",
        "figure.svg",
        "relu.png",
        "index.html",
    ]
    assert _leftovers(tmp_path, set(created) | {"handout"}) == []

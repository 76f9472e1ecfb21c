"""``actgui FILE.actgui``, ``actgui open FILE`` and ``actgui export --setup``."""

from __future__ import annotations

from pathlib import Path

import pytest

from actgui.cli.export_command import setup_session
from actgui.cli.main import main, with_open_command
from actgui.files.setup_file import load_setup

SETUPS = Path(__file__).parent / "setups"
CORPUS = Path(__file__).parents[1] / "robustness" / "corpus" / "setup"


@pytest.fixture
def started(monkeypatch):
    from actgui.ui import app

    seen: dict = {}
    monkeypatch.setattr(app, "run_gui", lambda **kwargs: seen.update(kwargs) or 0)
    return seen


def test_a_setup_file_as_the_only_argument_opens_it(started):
    path = str(SETUPS / "v1.actgui")
    assert main([path]) == 0
    assert started["setup"] == path
    started.clear()
    assert main(["--lang", "en", "open", path]) == 0
    assert started["setup"] == path and started["lang"] == "en"


def test_commands_and_typos_are_not_taken_for_files():
    assert with_open_command(["list"]) == ["list"]
    assert with_open_command(["lst"]) == ["lst"]  # argparse says "invalid choice"
    assert with_open_command(["--lang", "zh_CN", "a.ACTGUI"]) == ["--lang", "zh_CN", "open", "a.ACTGUI"]


@pytest.mark.parametrize("name", ["newer_version", "nan", "truncated", "W_ragged"])
def test_a_bad_setup_exits_2_with_one_line_before_any_window(name, started, capsys):
    assert main(["open", str(CORPUS / f"{name}.actgui")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("actgui: error: ") and err.count("\n") == 1
    assert started == {}  # no window was started


def test_a_double_click_reports_a_bad_setup_in_the_window(started):
    path = str(CORPUS / "nan.actgui")
    assert main(["--report-in-window", path]) == 0
    assert started["setup"] == path  # the window says why


def test_export_refuses_a_bad_setup_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "figure.png"
    assert main(["export", "--setup", str(CORPUS / "newer_version.actgui"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "version 2" in err and err.count("\n") == 1
    assert not out.exists()
    assert (
        main(["export", "--setup", str(SETUPS / "v1.actgui"), "--activation", "relu", "--out", str(out)]) == 2
    )
    assert "drop --activation" in capsys.readouterr().err
    assert not out.exists()


def test_export_renders_the_setups_forward_panel(tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "forward.png"
    code = main(
        [
            "export",
            "--setup",
            str(SETUPS / "v1.actgui"),
            "--view",
            "forward",
            "--lang",
            "en",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 640)


def test_export_builds_the_session_of_the_setup():
    from actgui.cli.export_command import setup_session
    from actgui.files.setup_file import load_setup

    session = setup_session(load_setup(SETUPS / "v1.actgui"))
    assert session.explorer.activation_id == "leaky_relu"
    assert session.layer.forward.x.tolist() == [[1.0, 2.0, -1.0]]
    assert session.layer.scale == 2.0


def test_export_of_the_window_shows_the_page_the_setup_was_saved_on(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from actgui.cli.export_command import build_request
    from actgui.cli.main import build_parser
    from actgui.export.headless import build_window, close_window, private_settings

    args = build_parser().parse_args(["export", "--setup", str(SETUPS / "v1.actgui"), "--out", "x.png"])
    args.setup_data = load_setup(SETUPS / "v1.actgui")
    request = build_request(args)
    assert (request.view, request.page) == ("window", "forward")  # no --view: the whole window, as saved
    with private_settings():
        window, target = build_window(request, setup_session(args.setup_data))
        try:
            assert target is window and window.tabs.currentWidget() is window.forward
        finally:
            close_window(window)
    args = build_parser().parse_args(["export", "--setup", "s", "--view", "curve", "--out", "x.png"])
    args.setup_data = load_setup(SETUPS / "v1.actgui")
    assert build_request(args).page is None  # a single view needs no page

    out = tmp_path / "window.png"
    assert main(["export", "--setup", str(SETUPS / "v1.actgui"), "--lang", "en", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_export_of_a_trained_setup_shows_the_trained_network(tmp_path):
    from actgui.files.setup_file import Setup, save_setup
    from actgui.state.session import Session

    session = Session()
    session.playground.trainer.train_epochs(12)
    path = tmp_path / "trained.actgui"
    save_setup(path, Setup(session.snapshot(include_trained=True), "playground"))
    shown = setup_session(load_setup(path)).playground
    assert shown.epoch == 12
    assert shown.trainer.history.test_loss == session.playground.trainer.history.test_loss

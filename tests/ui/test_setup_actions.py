"""File > Save setup / Open setup / Open recent and Edit > Copy / Paste setup in the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox

from actgui.ui import persistence

CORPUS = Path(__file__).parents[1] / "robustness" / "corpus" / "setup"


@pytest.fixture
def reports(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(("warning", text)))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(("information", text)))
    return shown


def test_the_menus_hold_the_setup_entries_with_their_shortcuts(window):
    actions = window.setup_actions
    assert actions.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert actions.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert file_texts.index("&Open setup…") < file_texts.index("&Save setup…") < file_texts.index("&Quit")
    assert "Open &recent" in file_texts
    assert [a.text() for a in window.edit_menu.actions()] == ["Copy &setup", "&Paste setup"]
    assert window.edit_menu.title() == "&Edit"


def test_a_saved_setup_reopens_every_page_as_it_was(window, tmp_path, reports):
    session, actions = window.session, window.setup_actions
    session.explorer.set_activation("elu")
    session.explorer.set_params("elu", {"alpha": 0.4})
    session.explorer.pin_current()
    session.layer.set_scale(4.0)
    session.playground.set_data(kind="moons", n_points=200)
    window.presentation.set_steps(["relu", "gelu"])
    window.tabs.setCurrentWidget(window.forward)
    before = session.snapshot()
    path = tmp_path / "lecture 1.actgui"
    assert actions.save_file(path)

    session.explorer.set_activation("tanh")
    session.explorer.clear_pins()
    session.layer.set_scale(1.0)
    session.playground.set_data(kind="xor")
    window.presentation.set_steps(["sigmoid"])
    window.tabs.setCurrentWidget(window.explorer)

    assert actions.open_file(path)
    assert session.snapshot() == before
    assert window.tabs.currentWidget() is window.forward
    assert window.presentation.steps.ids == ("relu", "gelu")
    assert reports == []
    assert persistence.read_recent_setups() == [str(path.absolute())]


def test_a_setup_saved_on_the_depth_page_reopens_it_with_its_settings(window, tmp_path, reports, qtbot):
    session, actions = window.session, window.setup_actions
    window.tabs.setCurrentWidget(window.depth_page)
    session.depth.set_activation("tanh")
    session.depth.set_sizes(depth=30)
    session.depth.set_bias_std(0.3)
    path = tmp_path / "depth.actgui"
    assert actions.save_file(path)
    session.depth.set_sizes(depth=5)
    window.tabs.setCurrentWidget(window.explorer)

    assert actions.open_file(path)
    assert window.tabs.currentWidget() is window.depth_page
    assert (session.depth.activation.id, session.depth.depth, session.depth.bias_std) == ("tanh", 30, 0.3)
    assert reports == []


def test_a_refused_setup_changes_nothing_and_says_why(window, reports):
    window.session.explorer.set_activation("gelu")
    before = window.session.snapshot(include_view=True)
    assert not window.setup_actions.open_file(CORPUS / "newer_version.actgui")
    assert window.session.snapshot(include_view=True) == before
    kind, text = reports[-1]
    assert kind == "warning" and "newer_version.actgui" in text and "version 2" in text
    assert persistence.read_recent_setups() == []


def test_the_refusal_is_said_in_chinese(window, reports):
    from actgui.ui.i18n import set_language

    set_language("zh_CN")
    try:
        assert not window.setup_actions.paste_text(
            '{"format": "actgui-setup", "version": 1, "explorer": {"samples": "many"}}'
        )
        text = reports[-1][1]
        assert "explorer.samples" in text and "整数" in text
        assert "must be" not in text
    finally:
        set_language("en")


def test_copy_and_paste_send_the_same_json_as_text(window, reports):
    window.session.explorer.set_activation("selu")
    text = window.setup_actions.copy_setup()
    assert QGuiApplication.clipboard().text() == text
    assert json.loads(text)["explorer"]["activation"] == "selu"
    window.session.explorer.set_activation("relu")
    assert window.setup_actions.paste_from_clipboard()
    assert window.session.explorer.activation_id == "selu"
    assert reports == []


def test_unknown_entries_are_opened_without_them_and_listed(window, reports):
    text = '{"format": "actgui-setup", "version": 1, "attention": {}, "explorer": {"activation": "mish"}}'
    assert window.setup_actions.paste_text(text)
    assert window.session.explorer.activation_id == "mish"
    assert reports[-1][0] == "information" and "attention" in reports[-1][1]


def test_theme_and_language_are_saved_only_when_asked(window):
    actions = window.setup_actions
    assert "view" not in json.loads(actions.copy_setup())
    actions.include_view_action.setChecked(True)
    doc = json.loads(actions.copy_setup())
    assert doc["view"]["theme"] == window.session.view.theme and doc["language"] == "en"


def test_recent_setups_are_listed_newest_first_and_open(window, tmp_path, reports):
    actions = window.setup_actions
    first, second = tmp_path / "a.actgui", tmp_path / "b.actgui"
    window.session.explorer.set_activation("silu")
    actions.save_file(first)
    window.session.explorer.set_activation("celu")
    actions.save_file(second)
    actions._fill_recent()
    entries = [a for a in actions.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(second.absolute()), str(first.absolute())]
    entries[1].trigger()
    assert window.session.explorer.activation_id == "silu"
    assert persistence.read_recent_setups()[0] == str(first.absolute())


def test_a_trained_network_reopens_with_its_boundary_and_curves(window, tmp_path, reports):
    import numpy as np

    actions, state = window.setup_actions, window.session.playground
    window.tabs.setCurrentWidget(window.playground)
    page = window.playground.page()
    state.set_data(kind="circle", n_points=120)
    state.trainer.train_epochs(25)
    state.trainer.train_batch()
    page.redraw()
    boundary = np.array(page.boundary.image.image)
    curve = page.curves.curves["loss_test"].getData()
    path = tmp_path / "trained.actgui"
    actions.include_trained_action.setChecked(True)
    assert actions.save_file(path)
    assert "trained" in json.loads(path.read_text(encoding="utf-8"))["playground"]

    state.reset()
    page.redraw()
    assert not np.array_equal(page.boundary.image.image, boundary)
    assert actions.open_file(path)
    page.redraw()
    assert state.epoch == 25 and not state.running
    np.testing.assert_array_equal(page.boundary.image.image, boundary)
    for got, saved in zip(page.curves.curves["loss_test"].getData(), curve, strict=True):
        np.testing.assert_array_equal(got, saved)
    state.step()  # training goes on from there
    assert state.epoch == 26
    assert reports == []


def test_the_trained_network_is_left_out_unless_asked_and_when_diverged(window, reports):
    import numpy as np

    actions, state = window.setup_actions, window.session.playground
    state.trainer.train_epochs(2)
    assert "trained" not in json.loads(actions.copy_setup())["playground"]
    actions.include_trained_action.setChecked(True)
    assert json.loads(actions.copy_setup())["playground"]["trained"]["epoch"] == 2
    assert reports == []
    state.trainer.network.weights[0][0, 0] = np.nan
    assert "trained" not in json.loads(actions.copy_setup())["playground"]
    assert reports[-1][0] == "information" and "diverged" in reports[-1][1]

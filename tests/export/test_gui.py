"""File > Export, the export dialog and Copy figure (Ctrl+Shift+C)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from actgui.export import install_export_actions
from actgui.export.clipboard import copy_view, current_view
from actgui.export.dialog import ExportDialog
from actgui.export.options import saved_options
from actgui.ui.theme import DARK, LIGHT

from ..ui.test_file_errors import assert_chinese
from .conftest import colour_mask, image_array


@pytest.fixture
def session():
    """The shared ``window`` fixture (tests/conftest.py) shows Leaky ReLU with slope 0.1."""
    from actgui.state.session import Session

    session = Session()
    session.explorer.set_activation("leaky_relu")
    session.explorer.set_param("negative_slope", 0.1)
    return session


def test_file_menu_has_export_and_copy(window):
    actions = window.export_actions
    texts = [a.text() for a in window.file_menu.actions()]
    assert actions.export_action.text() in texts and actions.copy_action.text() in texts
    assert actions.copy_action.shortcut().toString() == "Ctrl+Shift+C"


@pytest.mark.parametrize("existing", [[], ["Quit"]])
def test_export_actions_go_to_the_top_of_any_file_menu(qtbot, existing):
    """An empty File menu gets the three actions; a filled one gets them first, then a separator."""
    from PySide6.QtWidgets import QMainWindow

    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("File")
    for text in existing:
        menu.addAction(text)
    actions = install_export_actions(win)
    items = menu.actions()
    assert items[:3] == [actions.export_action, actions.copy_action, actions.record_action]
    assert len(items) == (3 if not existing else 5)
    if existing:
        assert items[3].isSeparator() and items[4].text() == "Quit"
    assert win.export_actions is actions
    assert actions.export_action in win.actions() and actions.copy_action in win.actions()


def test_copy_figure_puts_an_image_on_the_clipboard(window):
    QGuiApplication.clipboard().clear()
    assert QGuiApplication.clipboard().image().isNull()
    window.export_actions.copy_action.trigger()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    target = window.export_targets()[current_view(window)]
    assert (image.width(), image.height()) == (target.width() * 2, target.height() * 2)


def test_copy_uses_the_export_theme_and_restores_the_window(window):
    window.view_settings.set_theme("dark")
    copy_view(window, "curve", theme="light")
    pixels = image_array(QGuiApplication.clipboard().image())
    assert colour_mask(pixels, LIGHT.plot_background, 3).mean() > 0.5
    assert colour_mask(pixels, LIGHT.curve, 30).sum() > 100
    # The live window is back in its own theme.
    live = image_array(window.export_targets()["curve"].grab().toImage())
    assert colour_mask(live, DARK.plot_background, 3).mean() > 0.5


def test_dialog_proposes_a_descriptive_name_and_exports(window, tmp_path, monkeypatch):
    from actgui.export import options as options_module

    monkeypatch.setattr(options_module, "_default_folder", lambda: str(tmp_path))
    dialog = ExportDialog(window, view="curve")
    dialog._select(dialog.scale_combo, 2)
    dialog._select(dialog.format_combo, "png")
    assert dialog.path_edit.text().endswith("leaky_relu_negative_slope-0.1_curve@2x.png")
    target = window.export_targets()["curve"]
    assert dialog.figure_size == (target.width(), target.height())
    dialog.export()
    written = tmp_path / "leaky_relu_negative_slope-0.1_curve@2x.png"
    image = QImage(str(written))
    assert (image.width(), image.height()) == (target.width() * 2, target.height() * 2)
    assert saved_options().folder == str(tmp_path)  # remembered for next time
    assert saved_options().scale == 2


def test_dialog_svg_at_another_size(window, tmp_path, monkeypatch):
    from actgui.export import options as options_module

    monkeypatch.setattr(options_module, "_default_folder", lambda: str(tmp_path))
    live_size = window.size()
    dialog = ExportDialog(window, view="compare")
    dialog._select(dialog.format_combo, "svg")
    assert dialog.path_edit.text().endswith(".svg")
    assert not dialog.scale_combo.isEnabled()
    dialog.width_spin.setValue(700)
    dialog.height_spin.setValue(500)
    dialog.export()
    root = ET.fromstring(dialog.exported_path.read_bytes())
    assert root.get("viewBox") == "0 0 700 500"
    assert window.size() == live_size  # the live window never moved


def test_dialog_refuses_an_unwritable_target_and_stays_open(window, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = ExportDialog(window, view="curve")
    dialog.path_edit.setText("/etc/passwd/x.png")
    dialog.export()
    assert warnings and "is a file, not a folder" in warnings[0]
    assert dialog.exported_path is None and dialog.result() == 0
    existing = tmp_path / "keep.png"
    existing.write_bytes(b"old")
    dialog.path_edit.setText(str(tmp_path / "missing" / "keep.png"))
    dialog.export()
    assert "does not exist" in warnings[1]
    assert existing.read_bytes() == b"old"


def test_dialog_follows_a_typed_extension(window):
    dialog = ExportDialog(window, view="curve")
    dialog.path_edit.setText("/tmp/figure.svg")
    dialog.path_edit.textEdited.emit("/tmp/figure.svg")
    assert dialog.fmt == "svg"
    dialog._select(dialog.format_combo, "png")
    assert dialog.path_edit.text() == "/tmp/figure.png"


def test_live_export_size_matches_the_view(window):
    target = window.export_targets()["derivative"]
    dialog = ExportDialog(window, view="derivative")
    assert QSize(*dialog.figure_size) == target.size()


@pytest.mark.parametrize("view", ["derivative", "softmax", "forward"])
def test_dialog_exports_views_that_are_not_on_screen(window, tmp_path, view):
    """A hidden view (derivative switched off, softmax for an elementwise
    activation, another tab) is laid out offscreen and exported all the same."""
    window.state.set_show_derivative(False)
    dialog = ExportDialog(window, view=view)
    assert not dialog.is_live()
    dialog.width_spin.setValue(640)
    dialog.height_spin.setValue(400)
    dialog._select(dialog.format_combo, "png")
    dialog._select(dialog.scale_combo, 1)
    dialog.path_edit.setText(str(tmp_path / f"{view}.png"))
    dialog.export()
    image = QImage(str(tmp_path / f"{view}.png"))
    assert (image.width(), image.height()) == (640, 400)
    assert window.state.show_derivative is False  # the live window is untouched


@pytest.mark.parametrize(
    ("answer", "replaced"), [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)]
)
def test_dialog_asks_before_replacing_a_file(window, tmp_path, monkeypatch, answer, replaced):
    existing = tmp_path / "figure.png"
    existing.write_bytes(b"old")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or answer)
    dialog = ExportDialog(window, view="curve")
    dialog.path_edit.setText(str(existing))
    dialog.export()
    assert asked
    assert (existing.read_bytes() != b"old") is replaced
    assert (dialog.exported_path is not None) is replaced


def test_top_level_and_export_lang_are_both_accepted():
    from actgui.cli.export_command import _language
    from actgui.cli.main import build_parser

    parser = build_parser()
    first = parser.parse_args(["--lang", "zh_CN", "export", "--out", "x.png"])
    second = parser.parse_args(["export", "--lang", "zh-cn", "--out", "x.png"])
    neither = parser.parse_args(["export", "--out", "x.png"])
    assert _language(first) == _language(second) == "zh_CN"
    assert _language(neither) is None


def test_export_failed_dialog_speaks_chinese_and_shows_the_path(window, qapp, tmp_path, monkeypatch):
    from actgui.ui import i18n

    i18n.install_language(qapp, "zh_CN")
    try:
        shown: list[tuple[str, str]] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
        dialog = ExportDialog(window, view="curve")
        folder = tmp_path / "图.png"
        folder.mkdir()
        cases = [
            (str(tmp_path / "missing" / "f.png"), "不存在", str(tmp_path / "missing")),
            (str(folder), "这是一个文件夹", str(folder)),
            (str(tmp_path / ("n" * 300 + ".png")), "文件名太长", str(tmp_path)),
            ("/etc/passwd/f.png", "是文件，不是文件夹", "/etc/passwd"),
        ]
        for typed, reason, path in cases:
            dialog.path_edit.setText(typed)
            dialog.export()
            title, text = shown[-1]
            assert title == "导出失败", title
            assert reason in text and path in text, text
            assert_chinese(text, typed, path)
        assert dialog.exported_path is None and len(shown) == len(cases)
    finally:
        i18n.install_language(qapp, "en")

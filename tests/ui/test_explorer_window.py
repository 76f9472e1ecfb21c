"""The main window: menus, pages, themes, fonts, export targets, About, self-test."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from actgui.ui.about import AboutDialog, component_versions
from actgui.ui.theme import DARK, LIGHT, apply_theme


def clipped_widgets(root: QWidget) -> list[str]:
    """Visible labels and buttons smaller than their minimum size hint."""
    bad = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1:
            text = widget.text() if hasattr(widget, "text") else ""
            bad.append(f"{type(widget).__name__} {text!r} {widget.size().toTuple()} < {hint.toTuple()}")
    return bad


def test_explorer_is_the_first_page_and_pages_can_be_added(window):
    assert window.tabs.widget(0) is window.explorer
    page = QLabel("another page")
    window.add_page("Forward pass", page)
    assert window.tabs.indexOf(page) > 0
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Forward pass"


def test_explorer_actions_are_usable_only_on_the_explorer(window, qtbot):
    from PySide6.QtCore import Qt

    assert all(action.isEnabled() for action in window.explorer_actions())
    window.tabs.setCurrentWidget(window.playground)
    assert not any(action.isEnabled() for action in window.explorer_actions())
    # Their shortcuts do nothing there: Ctrl+P pins nothing, Ctrl+D keeps f'.
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.state.pins == ()
    assert window.state.show_derivative
    window.tabs.setCurrentWidget(window.explorer)
    assert all(action.isEnabled() for action in window.explorer_actions())
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(window.state.pins) == 1


def test_the_window_has_the_app_icon_at_every_size(window):
    from actgui.files.resources import ICON_SIZES

    sizes = {size.width() for size in window.windowIcon().availableSizes()}
    assert sizes == set(ICON_SIZES)


def test_menus_and_export_targets(window):
    titles = [a.text() for a in window.menuBar().actions()]
    for title in ("&File", "&View", "&Help"):
        assert title in titles
    assert window.quit_action in window.file_menu.actions()
    targets = window.export_targets()
    assert set(targets) >= {"curve", "derivative", "compare", "softmax", "window"}
    assert targets["window"] is window
    assert targets["curve"] is window.explorer.plots.f_widget
    assert all(isinstance(w, QWidget) for w in targets.values())
    extra = QLabel("forward")
    window.add_export_target("forward", extra)
    assert window.export_targets()["forward"] is extra


@pytest.mark.parametrize("activation_id", ["sigmoid", "leaky_relu", "hardtanh", "softplus", "softmax"])
def test_nothing_clipped_at_1280x720(window, qtbot, activation_id):
    window.state.set_activation(activation_id)
    window.state.pin_current()
    qtbot.wait(10)
    assert window.size().toTuple() == (1280, 720)
    assert clipped_widgets(window) == []
    plots = window.explorer.plots
    if not window.state.activation.is_vector:
        assert plots.f_widget.height() >= 200 and plots.f_widget.width() >= 600  # the plots are big


def test_theme_switch_changes_palette_and_plots(window):
    window.dark_action.trigger()
    assert window.view_settings.theme == "dark"
    assert window.palette().window().color().name() == DARK.window
    assert window.explorer.plots.f_widget.backgroundBrush().color().name() == DARK.plot_background
    assert window.explorer.softmax.bars_widget.backgroundBrush().color().name() == DARK.plot_background
    window.light_action.trigger()
    assert window.palette().base().color().name() == LIGHT.base


def test_apply_theme_can_render_one_view_in_another_theme(window):
    plot = window.export_targets()["curve"]
    apply_theme(plot, "dark")
    assert plot.backgroundBrush().color().name() == DARK.plot_background
    assert window.view_settings.theme == "light"  # the window's own theme is untouched
    apply_theme(plot, window.view_settings.theme)
    assert plot.backgroundBrush().color().name() == LIGHT.plot_background


def test_font_size_steps_and_limits(window):
    base = window.font().pointSizeF()
    window.larger_font_action.trigger()
    assert window.view_settings.font_scale == pytest.approx(1.1)
    assert window.font().pointSizeF() == pytest.approx(base * 1.1)
    assert window.explorer.selector.tree.font().pointSizeF() == pytest.approx(base * 1.1)
    for _ in range(20):
        window.larger_font_action.trigger()
    assert window.view_settings.font_scale <= 2.0
    assert not window.larger_font_action.isEnabled()
    window.reset_font_action.trigger()
    assert window.font().pointSizeF() == pytest.approx(base)
    window.smaller_font_action.trigger()
    assert window.view_settings.font_scale == pytest.approx(1 / 1.1, abs=1e-3)


def test_full_screen_toggle(window, qtbot):
    window.full_screen_action.trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert window.full_screen_action.isChecked()
    window.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)


def test_reset_layout_restores_default_sizes(window):
    default = window.explorer.splitter.sizes()
    window.explorer.splitter.setSizes([500, 300, 480])
    window.state.set_show_derivative(False)
    window.reset_layout_action.trigger()
    assert window.explorer.splitter.sizes() == default
    assert window.state.show_derivative is True


def test_language_change_retranslates_without_errors(window):
    seen = []
    original = window.explorer.plots.retranslate_ui

    def spy():
        seen.append(True)
        original()

    window.explorer.plots.retranslate_ui = spy
    QCoreApplication.sendEvent(window.explorer.plots, QEvent(QEvent.Type.LanguageChange))
    assert seen
    for widget in window.findChildren(QWidget):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert window.windowTitle()


def test_about_dialog_lists_versions_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    versions = component_versions()
    for name in ("Qt", "PySide6", "pyqtgraph", "NumPy"):
        assert versions[name] in dialog.versions_label.text()
    assert "actgui" in dialog.heading.text()
    if dialog.licences:
        assert dialog.licence_list.count() == len(dialog.licences)
        assert dialog.licence_text.toPlainText().strip()


def test_self_test_command_exits_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTGUI_SETTINGS_PATH=str(tmp_path / "s.ini"))
    result = subprocess.run(
        [sys.executable, "-m", "actgui", "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test ok:")
    assert not (tmp_path / "s.ini").exists()  # the self-test never writes settings


def test_self_test_reports_a_blank_window(monkeypatch, qapp):
    from actgui.ui import selftest

    monkeypatch.setattr(selftest, "distinct_colours", lambda pixels: 1)
    lines = []
    assert selftest.run_self_test(report=lines.append) == 1
    assert lines[0].startswith("self-test FAILED") and "blank" in lines[0]


def test_app_instance_is_qapplication(qapp):
    assert isinstance(QApplication.instance(), QApplication)

"""Presentation mode: the step list, the F5 round trip, the teaching view."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QStatusBar, QTextEdit, QToolBar

from actgui.model import ACTIVATIONS, SEED_IDS, get_activation
from actgui.state.explorer import ExplorerState
from actgui.state.session import Session
from actgui.state.view import ViewSettings
from actgui.ui.presentation import (
    LINE_WIDTH,
    PresentationMode,
    StepListDialog,
    StepThrough,
    load_steps,
    save_steps,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


# -- the Qt-free step logic ---------------------------------------------------------


def test_steps_walk_the_seed_in_order_and_stop_at_both_ends():
    steps = StepThrough()
    assert steps.ids == SEED_IDS
    walked = [SEED_IDS[0]]
    while (nxt := steps.next(walked[-1])) is not None:
        walked.append(nxt)
    assert walked == list(SEED_IDS)
    assert steps.previous(SEED_IDS[0]) is None
    assert steps.previous("tanh") == "relu"


def test_steps_from_outside_the_list_start_at_its_first_entry():
    steps = StepThrough(["gelu", "elu"])
    assert steps.next("sigmoid") == "gelu"
    assert steps.previous("sigmoid") == "gelu"
    assert steps.position("sigmoid") is None


def test_steps_reject_empty_and_unknown_lists_and_drop_duplicates():
    with pytest.raises(ValueError):
        StepThrough([])
    with pytest.raises(ValueError, match="unknown activation"):
        StepThrough(["relu", "no_such"])
    assert StepThrough(["relu", "tanh", "relu"]).ids == ("relu", "tanh")


def test_step_list_is_remembered_in_the_settings():
    assert load_steps() == SEED_IDS
    save_steps(["mish", "gelu", "silu"])
    assert load_steps() == ("mish", "gelu", "silu")
    with pytest.raises(ValueError):
        save_steps([])


# -- the window round trip --------------------------------------------------------------


def _window(qtbot) -> tuple[QMainWindow, ExplorerState]:
    window = QMainWindow()
    qtbot.addWidget(window)
    state = ExplorerState()
    splitter = QSplitter(window)
    splitter.addWidget(QLabel("controls"))
    splitter.addWidget(QTextEdit())
    window.setCentralWidget(splitter)
    window.menuBar().addMenu("&View")
    window.setStatusBar(QStatusBar(window))
    toolbar = QToolBar("tools", window)
    toolbar.setObjectName("tools")
    window.addToolBar(toolbar)
    dock = QDockWidget("dock", window)
    dock.setObjectName("dock")
    dock.setWidget(QLabel("docked"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(700, 500)
    window.move(20, 30)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    splitter.setSizes([150, 400])
    return window, state


def _layout(window: QMainWindow) -> dict:
    splitter = window.centralWidget()
    return {
        "central": splitter,
        "geometry": window.geometry(),
        "saved_geometry": bytes(window.saveGeometry()),
        "saved_state": bytes(window.saveState()),
        "window_state": window.windowState(),
        "menu": window.menuBar().isVisible(),
        "status": window.statusBar().isVisible(),
        "toolbar": window.findChild(QToolBar, "tools").isVisible(),
        "dock": window.findChild(QDockWidget, "dock").isVisible(),
        "splitter": splitter.sizes(),
    }


def test_presentation_mode_round_trips_the_layout_exactly(qtbot):
    window, state = _window(qtbot)
    mode = PresentationMode(window, state, menu=window.menuBar().actions()[0].menu())
    before = _layout(window)

    mode.toggle_action.trigger()  # F5
    assert mode.active
    assert window.centralWidget() is mode.view
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert not window.findChild(QToolBar, "tools").isVisible()
    assert not window.findChild(QDockWidget, "dock").isVisible()
    assert mode.view.isVisible()

    mode.toggle_action.trigger()
    assert not mode.active
    assert _layout(window) == before

    # A second round trip reuses the view and is just as exact.
    mode.set_active(True)
    state.set_activation("gelu")
    mode.set_active(False)
    assert _layout(window) == before
    assert state.activation_id == "gelu"  # what was shown in class stays selected


def test_f5_and_page_keys_drive_the_mode_through_the_window(qtbot):
    window, state = _window(qtbot)
    mode = PresentationMode(window, state)
    assert not mode.next_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert mode.active and mode.next_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert state.activation_id == "relu"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert state.activation_id == "tanh"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert state.activation_id == "relu"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not mode.active
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert state.activation_id == "relu"  # no stepping outside presentation mode


def test_step_through_follows_the_chosen_list(qtbot):
    window, state = _window(qtbot)
    mode = PresentationMode(window, state)
    mode.set_steps(["elu", "mish", "softmax"])
    assert load_steps() == ("elu", "mish", "softmax")
    mode.set_active(True)
    seen = [state.activation_id]
    while mode.step_next():
        seen.append(state.activation_id)
    assert seen == ["sigmoid", "elu", "mish", "softmax"]
    assert mode.view.step_label.text() == "3 / 3"
    assert not mode.view.next_button.isEnabled()
    while mode.step_previous():
        seen.append(state.activation_id)
    assert seen[-1] == "elu"
    assert mode.view.step_label.text() == "1 / 3"
    # The strip's arrows do the same as the keys.
    mode.view.next_button.click()
    assert state.activation_id == "mish"
    mode.view.prev_button.click()
    assert state.activation_id == "elu"
    # A new mode object (next start of the app) uses the remembered list.
    assert PresentationMode(window, ExplorerState()).steps.ids == ("elu", "mish", "softmax")


def test_step_list_dialog_returns_the_checked_activations_in_order(qtbot):
    dialog = StepListDialog(["tanh", "relu"])
    qtbot.addWidget(dialog)
    assert dialog.steps() == ("tanh", "relu")
    dialog.list.setCurrentRow(1)
    dialog.up_button.click()
    assert dialog.steps() == ("relu", "tanh")
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)
    third = str(dialog.list.item(2).data(Qt.ItemDataRole.UserRole))
    assert dialog.steps() == ("relu", "tanh", third)
    for row in range(dialog.list.count()):
        dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # an empty list cannot be accepted
    dialog.seed_button.click()
    assert dialog.steps() == SEED_IDS and ok.isEnabled()
    assert dialog.list.count() == len(ACTIVATIONS)


# -- the teaching view ---------------------------------------------------------------------


def test_view_shows_the_model_curves_thick_with_formula_and_note(qtbot):
    window, state = _window(qtbot)
    mode = PresentationMode(window, state)
    mode.set_active(True)
    view = mode.view
    state.set_activation("leaky_relu")
    state.set_param("negative_slope", 0.2)
    x, y = view.f_curve.getData()
    dx, dy = view.df_curve.getData()
    act = get_activation("leaky_relu")
    np.testing.assert_allclose(y, act(x, negative_slope=0.2))
    np.testing.assert_allclose(dy, act.derivative(dx, negative_slope=0.2))
    x_all, _ = view.f_curve.getOriginalDataset()
    assert x.size < x_all.size and x[0] == x_all[0] and x[-1] == x_all[-1]  # thinned, ends kept
    assert view.f_curve.opts["pen"].widthF() == LINE_WIDTH
    assert view.formula.latex == act.latex
    assert view.derivative_formula.latex == act.latex_derivative
    assert view.note_label.text() == act.note
    assert view.name_label.text() == act.name
    assert view.step_label.text() == "5 / 5"
    # Larger type than the window's own, as large as fits.
    note = view.note_label
    assert note.max_point_size > 1.5 * window.font().pointSizeF()
    assert note.font().pointSizeF() == pytest.approx(note.fitted_point_size, abs=0.01)
    assert note.fits(note.fitted_point_size)


def test_view_strip_edits_parameters_and_the_activation(qtbot):
    window, state = _window(qtbot)
    mode = PresentationMode(window, state)
    mode.set_active(True)
    view = mode.view
    view.activation_combo.setCurrentIndex(view.activation_combo.findData("elu"))
    assert state.activation_id == "elu"
    editor = view.param_editor.fields["alpha"]
    editor.setValue(2.5)
    assert state.params["alpha"] == pytest.approx(2.5)
    state.set_param("alpha", 0.5)
    assert editor.value() == pytest.approx(0.5)  # state -> strip, no echo


def test_view_shows_logits_and_outputs_for_softmax(qtbot):
    window, state = _window(qtbot)
    mode = PresentationMode(window, state)
    mode.set_active(True)
    view = mode.view
    state.set_activation("softmax")
    state.set_logits([1.0, 2.0, 3.0])
    assert view.output_bars.isVisible() and not view.df_curve.isVisible()
    heights = np.asarray(view.output_bars.opts["height"])
    np.testing.assert_allclose(heights, get_activation("softmax")(np.array([1.0, 2.0, 3.0])))
    state.set_activation("relu")
    assert view.df_curve.isVisible() and not view.output_bars.isVisible()


def test_view_follows_the_theme_in_high_contrast(qtbot):
    window, state = _window(qtbot)
    view_settings = ViewSettings()
    mode = PresentationMode(window, state, view_settings=view_settings)
    mode.set_active(True)
    assert mode.view.palette_colours.background == "#ffffff"
    view_settings.set_theme("dark")
    assert mode.view.palette_colours.background == "#000000"
    assert mode.view.palette_colours.foreground == "#ffffff"


def test_presentation_mode_round_trips_the_real_main_window(qtbot):
    from actgui.ui.main_window import MainWindow

    window = MainWindow(Session())
    qtbot.addWidget(window)
    window.resize(760, 620)
    window.show()
    qtbot.waitExposed(window)
    explorer = window.explorer
    explorer.splitter.setSizes([200, 300, 240])

    def layout() -> dict:
        return {
            "central": window.centralWidget(),
            "geometry": window.geometry(),
            "saved_geometry": bytes(window.saveGeometry()),
            "saved_state": bytes(window.saveState()),
            "menu": window.menuBar().isVisible(),
            "toolbar": window.toolbar.isVisible(),
            "tab": window.tabs.currentIndex(),
            "splitter": explorer.splitter.sizes(),
            "right": explorer.right_splitter.sizes(),
            "full_screen_action": window.full_screen_action.isChecked(),
        }

    before = layout()
    window.presentation.toggle_action.trigger()
    assert window.centralWidget() is window.presentation.view
    assert not window.toolbar.isVisible()
    window.presentation.step_next()
    window.presentation.toggle_action.trigger()
    assert layout() == before
    assert window.state.activation_id == "relu"
    # The View menu offers the mode and the step list.
    texts = [a.text() for a in window.view_menu.actions()]
    assert window.presentation.toggle_action.text() in texts
    assert window.presentation.steps_action.text() in texts


def test_font_size_keys_scale_the_teaching_view(qtbot):
    from actgui.ui.main_window import MainWindow

    window = MainWindow(Session())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.presentation.set_active(True)
    view = window.presentation.view
    before = view.note_label.max_point_size
    window.view_settings.set_font_scale(1.5)  # what Ctrl+= does, step by step
    after = view.note_label.max_point_size
    assert after == pytest.approx(before * 1.5, rel=0.02)
    window.presentation.set_active(False)


def test_a_long_note_shrinks_to_fit_and_a_short_one_keeps_the_large_size(qtbot):
    from actgui.ui.presentation import FitLabel

    label = FitLabel()
    qtbot.addWidget(label)
    label.resize(420, 200)
    label.show()
    label.set_max_point_size(20.0)
    label.setText("Short.")
    assert label.fitted_point_size == 20.0
    label.setText(ACTIVATIONS["softmax"].note)
    assert label.fitted_point_size < 20.0
    assert label.fits(label.fitted_point_size)
    assert not label.fits(label.fitted_point_size + 0.5)
    label.resize(420, 2000)
    assert label.fitted_point_size == 20.0


def test_the_auto_ranged_plots_come_to_rest(qtbot):
    # A thinned or downsampled curve whose bounds moved with its view would
    # re-range, re-thin and repaint forever (a monkey run found that once).
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    window, state = _window(qtbot)
    window.resize(1000, 700)
    mode = PresentationMode(window, state)
    mode.set_active(True)
    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        for activation_id, x_range in (("sigmoid", (-7.0, 6.5)), ("elu", (-3.0, 9.0)), ("gelu", (-6.0, 6.0))):
            state.set_activation(activation_id)
            state.set_x_range(*x_range)
            for _ in range(10):
                QApplication.processEvents()
            Paints.count = 0
            for _ in range(5):
                QApplication.processEvents()
            assert Paints.count == 0, f"{activation_id}: still repainting ({Paints.count} paints)"
            view = mode.view
            for curve in (view.f_curve, view.df_curve):
                x_all, y_all = curve.getOriginalDataset()
                x, y = curve.getData()
                assert x.size < x_all.size  # thinned...
                assert (x[0], x[-1]) == (x_all[0], x_all[-1])  # ...with the bounds kept
                assert (np.nanmin(y), np.nanmax(y)) == (np.nanmin(y_all), np.nanmax(y_all))
    finally:
        QApplication.instance().removeEventFilter(paints)
        mode.set_active(False)


def test_a_value_committed_by_the_previous_activations_editor_is_dropped(qtbot):
    # Hiding a focused spin box commits what was typed in it, after the
    # activation has changed: that value belongs to the old activation.
    from PySide6.QtWidgets import QApplication, QDoubleSpinBox

    from tests.ui.spin_box_commit import CommitOnHide

    window, state = _window(qtbot)
    mode = PresentationMode(window, state)
    mode.set_active(True)
    state.set_activation("softmax")
    QApplication.processEvents()  # a widget added to a shown layout is shown by the event loop
    view = mode.view
    old_editor = view.param_editor.fields["temperature"]
    assert isinstance(old_editor, QDoubleSpinBox) and old_editor.isVisible()

    CommitOnHide(old_editor, 2.5)
    errors = []
    hook = sys.excepthook
    sys.excepthook = lambda *exc: errors.append(exc)
    try:
        state.set_activation("sigmoid")
        view.param_editor.edit("temperature", 2.5)  # or a commit already on its way
        QApplication.processEvents()
    finally:
        sys.excepthook = hook
        mode.set_active(False)
    assert errors == []
    assert state.activation_id == "sigmoid" and state.params == {}


def test_glu_is_titled_as_the_slice_it_plots(qtbot):
    window, state = _window(qtbot)
    mode = PresentationMode(window, state)
    mode.set_active(True)
    view = mode.view
    state.set_activation("glu")
    assert "a = 1" in view.f_plot.titleLabel.text and "∂/∂b" in view.df_plot.titleLabel.text
    assert view.f_plot.getAxis("bottom").labelText == "b"
    x, y = view.f_curve.getData()
    np.testing.assert_allclose(y, 1.0 / (1.0 + np.exp(-x)), rtol=1e-12)  # the sigmoid gate, a = 1
    state.set_activation("tanh")
    assert view.f_plot.titleLabel.text.startswith("Activation f(x)")
    assert view.f_plot.getAxis("bottom").labelText == "x"

"""The softmax family view: bars, Jacobian and formula come from the model."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from actgui.model import get_activation
from actgui.model.curves import softmax_breakdown
from actgui.ui.explorer.softmax_view import numeric_formula

VECTOR_IDS = ("softmax", "log_softmax", "softmin")


def assert_view_matches_model(view, state):
    act = get_activation(state.activation_id)
    z = np.asarray(state.logits)
    expected = act(z, **state.params)
    np.testing.assert_array_equal(view.bars.opts["height"], expected)
    np.testing.assert_array_equal(view.bars.opts["x"], np.arange(z.size))
    np.testing.assert_array_equal(view.image.image, act.jacobian(z, **state.params))
    for i, value in enumerate(expected):
        assert view.bar_labels[i].textItem.toPlainText() == f"{value:.3f}"
        assert view.bar_labels[i].isVisible()
    assert not any(label.isVisible() for label in view.bar_labels[z.size :])
    bound = float(np.max(np.abs(act.jacobian(z, **state.params))))
    assert view.colour_bar.levels() == pytest.approx((-bound, bound))


@pytest.mark.parametrize("activation_id", VECTOR_IDS)
def test_view_shows_the_model_output_and_jacobian(window, activation_id):
    state = window.state
    state.set_activation(activation_id)
    view = window.explorer.softmax
    assert window.explorer.center.currentWidget() is view
    assert_view_matches_model(view, state)
    state.set_param("temperature", 0.5)  # the temperature slider is the activation's parameter
    assert_view_matches_model(view, state)
    window.explorer.params.rows["temperature"].slider.setValue(
        window.explorer.params.rows["temperature"].tick_of(3.0)
    )
    assert state.params["temperature"] == pytest.approx(3.0)
    assert_view_matches_model(view, state)


def test_editing_logits_updates_the_bars(window, qtbot):
    state = window.state
    state.set_activation("softmax")
    view = window.explorer.softmax
    box = view.logits_editor.boxes[2]
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "4")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert state.logits[2] == 4.0
    assert_view_matches_model(view, state)
    assert int(np.argmax(view.bars.opts["height"])) == 2

    view.logits_editor.add_button.click()
    assert len(state.logits) == 6 and len(view.logits_editor.boxes) == 6
    assert_view_matches_model(view, state)
    for _ in range(10):
        view.logits_editor.remove_button.click()
    assert len(state.logits) == 2  # never fewer than two
    assert not view.logits_editor.remove_button.isEnabled()
    assert_view_matches_model(view, state)


def test_sum_of_softmax_bars_is_one_and_log_softmax_bars_are_negative(window):
    state = window.state
    state.set_activation("softmax")
    assert float(np.sum(window.explorer.softmax.bars.opts["height"])) == pytest.approx(1.0)
    state.set_activation("log_softmax")
    assert np.all(window.explorer.softmax.bars.opts["height"] < 0)


def test_clicking_a_bar_selects_the_output_and_its_formula(window, qtbot):
    state = window.state
    state.set_activation("softmax")
    view = window.explorer.softmax
    qtbot.waitUntil(lambda: view.numeric_formula.latex != "", timeout=2000)
    assert view.numeric_formula.latex.startswith("y_{1}")
    vb = view.bars_plot.vb
    scene = vb.mapViewToScene(QPointF(3.0, 0.01))
    view_pos = view.bars_widget.mapFromScene(scene)
    qtbot.mouseClick(view.bars_widget.viewport(), Qt.MouseButton.LeftButton, pos=view_pos)
    assert state.selected_output == 3
    assert view.output_combo.currentIndex() == 3
    qtbot.waitUntil(lambda: view.numeric_formula.latex.startswith("y_{4}"), timeout=2000)
    b = softmax_breakdown("softmax", state.logits, state.params)
    assert f"{float(b.output[3]):.4g}" in view.numeric_formula.latex
    assert f"{float(b.output[3]):.4f}" in view.numbers_line.text()
    view.output_combo.setCurrentIndex(0)
    assert state.selected_output == 0


def test_numeric_formula_fills_in_the_numbers():
    b = softmax_breakdown("softmax", [2.0, 1.0, 0.1], {"temperature": 1.0})
    text = numeric_formula("softmax", 0, 1.0, b)
    assert r"\frac{e^{2}}{e^{2} + e^{1} + e^{0.1}}" in text
    assert f"{b.terms[0]:.4g}" in text and f"{b.total:.4g}" in text and f"{b.output[0]:.4g}" in text
    b = softmax_breakdown("log_softmax", [2.0, 1.0, 0.1], {"temperature": 2.0})
    text = numeric_formula("log_softmax", 1, 2.0, b)
    assert r"\log" in text and "T = 2" in text and f"{b.output[1]:.4g}" in text
    assert b.output[1] == pytest.approx(b.scaled[1] - np.log(b.total))


def test_huge_logits_are_shifted_for_display():
    b = softmax_breakdown("softmax", [1000.0, 999.0], {"temperature": 1.0})
    assert b.shift == 1000.0
    assert np.all(np.isfinite(b.terms))
    np.testing.assert_allclose(b.terms / b.total, b.output)
    assert "- 1000" in numeric_formula("softmax", 0, 1.0, b)


def test_jacobian_image_covers_one_cell_per_entry(window):
    state = window.state
    view = window.explorer.softmax
    for logits in ((1.0, 2.0, 3.0), (2.0, 1.0, 0.1, -1.0, 0.5, 3.0, 1.5)):
        state.set_activation("softmax")
        state.set_logits(logits)
        n = len(logits)
        rect = view.image.mapRectToParent(view.image.boundingRect())
        assert rect.getRect() == pytest.approx((-0.5, -0.5, n, n))
        state.set_activation("relu")  # leave and come back: the layout is redone

"""The frameworks side by side (facts panel, compare), and the views of the new activations."""

from __future__ import annotations

import numpy as np
import pytest

from actgui.model import get_activation, sample_curve
from actgui.ui.explorer.conventions_view import DIFFERS, SAME
from actgui.ui.explorer.glu_view import EXTENT, glu_surface
from actgui.ui.explorer.softmax_view import numeric_formula

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def rows_by_call(window):
    return {row.conv.call: row for row in window.explorer.facts.conventions.rows}


def test_facts_list_each_framework_call_marks_differences_and_sets_in_one_click(window):
    state = window.state
    state.set_activation("leaky_relu")
    rows = rows_by_call(window)
    assert list(rows) == [
        "F.leaky_relu(x)",
        "keras.activations.leaky_relu(x)",
        "keras.layers.LeakyReLU()",
        "tf.nn.leaky_relu(x)",
    ]
    assert rows["F.leaky_relu(x)"].mark.text() == SAME  # actgui's default is torch's 0.01
    assert rows["keras.layers.LeakyReLU()"].mark.text() == DIFFERS
    assert "negative_slope = 0.3" in rows["keras.layers.LeakyReLU()"].mark.toolTip()
    rows["keras.layers.LeakyReLU()"].set_button.click()
    assert state.params["negative_slope"] == 0.3
    rows = rows_by_call(window)
    assert rows["keras.layers.LeakyReLU()"].mark.text() == SAME
    assert not rows["keras.layers.LeakyReLU()"].set_button.isEnabled()
    assert rows["F.leaky_relu(x)"].mark.text() == DIFFERS
    rows["tf.nn.leaky_relu(x)"].set_button.click()
    assert state.params["negative_slope"] == 0.2
    assert rows_by_call(window)["keras.activations.leaky_relu(x)"].mark.text() == SAME


def test_a_call_no_parameters_reproduce_has_no_set_button(window):
    window.state.set_activation("hardsigmoid")
    row = rows_by_call(window)["tf.keras.activations.hard_sigmoid(x)"]
    assert row.mark.text() == DIFFERS and not row.set_button.isVisibleTo(window)
    assert "0.2" in row.note.text()


def test_gelu_keras_ops_sets_the_tanh_approximation(window):
    state = window.state
    state.set_activation("gelu")
    rows_by_call(window)["keras.ops.gelu(x)"].set_button.click()
    assert state.params["approximate"] == "tanh"


def test_pin_each_framework_overlays_leaky_relu_at_three_slopes(window):
    state, panel, plots = window.state, window.explorer.compare, window.explorer.plots
    state.set_activation("leaky_relu")
    assert panel.frameworks_button.isEnabled()
    panel.frameworks_button.click()
    assert [p.param_dict["negative_slope"] for p in state.pins] == [0.01, 0.2, 0.3]
    assert not panel.frameworks_button.isEnabled()  # all pinned
    assert "keras.layers.LeakyReLU()" in panel.rows[2].label.text()
    for pin, item in zip(state.pins, plots.pin_curves, strict=False):
        curve = sample_curve("leaky_relu", pin.param_dict, *state.x_range, state.samples)
        np.testing.assert_array_equal(item.getOriginalDataset()[1], curve.y)
    state.clear_pins()
    state.set_activation("elu")  # every framework agrees: nothing to overlay
    assert not panel.frameworks_button.isEnabled()


def test_glu_view_shows_the_surface_and_the_slice_for_the_chosen_a(window, qtbot):
    state = window.state
    state.set_activation("glu")
    page = window.explorer
    view = page.glu
    assert page.center.currentWidget() is view
    state.set_param("gate", "silu")
    image = view.image.image
    np.testing.assert_array_equal(image, glu_surface("silu"))
    axis = np.linspace(-EXTENT, EXTENT, image.shape[0])
    silu = get_activation("silu")
    np.testing.assert_allclose(image[-1], EXTENT * silu(axis), rtol=1e-15)  # top row: a = 4
    view.a_slider.setValue(-15)  # a = -1.5
    assert view.a == pytest.approx(-1.5)
    _, y = view.curve.getData()
    np.testing.assert_allclose(y, -1.5 * silu(np.linspace(-EXTENT, EXTENT, 401)), rtol=1e-15)
    assert view.a_line.value() == pytest.approx(-1.5)
    state.set_activation("relu")
    assert page.center.currentWidget() is page.plots


def test_rrelu_band_is_shaded_between_the_training_slopes(window):
    state, band = window.state, window.explorer.rrelu_band
    state.set_activation("rrelu")
    state.set_x_range(-4.0, 2.0)
    assert band.shown
    x, low = band.low.getData()
    _, high = band.high.getData()
    assert list(x) == [-4.0, 0.0] and list(low) == [-0.5, 0.0]
    assert high[0] == pytest.approx(-4.0 / 3.0)
    state.set_activation("leaky_relu")
    assert not band.shown


def test_sparsemax_is_shown_beside_softmax_and_gumbel_with_draws(window):
    state = window.state
    state.set_activation("sparsemax")
    state.set_logits([1.0, 0.8, 0.1, -1.0])
    view = window.explorer.softmax
    np.testing.assert_array_equal(view.bars.opts["height"], [0.6, 0.4, 0.0, 0.0])
    _, marks = view.companions.softmax.getData()
    z = np.array([1.0, 0.8, 0.1, -1.0])
    np.testing.assert_allclose(marks, np.exp(z) / np.exp(z).sum(), rtol=1e-15)
    assert "max(z1 − τ, 0)" in view.numbers_line.text()
    state.set_activation("gumbel_softmax")
    draws = view.companions.values["draws"]
    assert draws.shape == (6, 4) and np.allclose(draws.sum(axis=1), 1.0)
    assert view.companions.draws.isVisible() and view.companions.average.isVisible()
    state.set_activation("softmax")
    assert not view.companions.softmax.isVisible()


def test_a_hard_gumbel_sample_spells_out_its_soft_sample_and_the_one_hot(window):
    # hard=True returns the one-hot of the soft sample's largest entry: the equation shown must
    # be the soft one (its numbers) and then the one-hot, never "soft numbers = 1".
    state = window.state
    state.set_activation("gumbel_softmax")
    state.set_logits([1.0, 0.8, 0.1, -1.0])
    state.set_param("seed", 7.0)
    state.set_param("hard", "True")
    view = window.explorer.softmax
    z = np.array([1.0, 0.8, 0.1, -1.0])
    soft = get_activation("gumbel_softmax")(z, seed=7.0)
    top = int(np.argmax(soft))
    np.testing.assert_array_equal(view.bars.opts["height"], np.eye(4)[top])
    np.testing.assert_allclose(view.breakdown.soft, soft, rtol=1e-15)
    state.set_selected_output(top)
    line = view.numbers_line.text()
    assert f"soft y{top + 1} = " in line and f"= {soft[top]:.4f}" in line and f"hard y{top + 1} = 1" in line
    latex = numeric_formula("gumbel_softmax", top, 1.0, view.breakdown)
    assert r"\mathrm{soft}" in latex and latex.endswith("= 1")
    other = (top + 1) % 4
    assert numeric_formula("gumbel_softmax", other, 1.0, view.breakdown).endswith("= 0")
    state.set_param("hard", "False")
    assert view.breakdown.soft is None and "soft" not in view.numbers_line.text()

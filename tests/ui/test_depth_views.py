"""The depth lab's views on their own: theory curves that leave the plot say so."""

from __future__ import annotations

import numpy as np
import pytest

from actgui.model.depth import mean_field
from actgui.state.depth import DepthState
from actgui.ui.depth.std_view import StdView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def std_view(qtbot):
    view = StdView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_diverging_variance_is_named_with_its_layer(std_view):
    theory = mean_field("exponential", weight_std=1.0, depth=20)  # q = inf from layer 3
    std_view.show_theory(theory)
    text = std_view.note.toPlainText()
    assert "∞ from layer 3" in text
    assert "Gradient, theory: ∞ at layer 19 and below" in text  # chi = inf from layer 2: layers 0..19
    _x, y = std_view.signal_theory.getData()
    assert np.isfinite(y[:3]).all() and np.isnan(y[3:]).all()  # the line stops where q is infinite
    low, high = std_view._range
    assert np.isfinite([low, high]).all()


def test_a_finite_variance_beyond_the_plot_is_told_apart_from_an_infinite_one(std_view):
    # q = 5000^l: std past 1e150 from layer 82 (q = 1.4e303), q past 1.8e308 from layer 84.
    std_view.show_theory(mean_field("relu", weight_std=100.0, depth=90))
    lines = std_view.note.toPlainText().split("\n")
    assert "Pre-activation variance, theory: ∞ from layer 84 (diverges)" in lines
    assert "Pre-activation std, theory: above 10¹⁵⁰ from layer 82" in lines


def test_a_held_signal_needs_no_note(std_view):
    std_view.show_theory(mean_field("relu", weight_std=2.0**0.5, depth=50))
    assert not std_view.note.isVisible()


def test_the_pages_theory_of_an_exploding_exponential_network_is_shown(std_view):
    # What the page asks for at the slider's end: before, q = inf raised IndexError in the quadrature.
    state = DepthState()
    state.set_activation("exponential")
    state.set_weight_std(4.0)
    std_view.show_theory(state.theory())
    # q1 = 16 e^2 = 118, q2 = 16 e^236 = 4e103, q3 = 16 e^(8e103): past any float.
    assert "∞ from layer 3" in std_view.note.toPlainText()


def test_a_vanishing_gradient_histogram_says_its_axis_is_log_magnitude(qtbot):
    from actgui.model.depth import simulate
    from actgui.ui.depth.histogram_view import HistogramView, log_ticks

    run = simulate("sigmoid", depth=50, width=128, weight_std=1.0, n_samples=32, seed=0)
    view = HistogramView()
    qtbot.addWidget(view)
    view.show_histograms(run.grad, "grad", "heatmap")
    assert view.heat.getAxis("left").labelText == "|∂L/∂h|, log scale (sign dropped)"
    ticks = dict((label, value) for value, label in log_ticks(run.grad.edges[0], run.grad.edges[-1]))
    assert "1" in ticks and ticks["1"] == 0.0
    assert any(label.startswith("10⁻3".replace("3", "³")) for label in ticks)  # 10⁻³⁰ and so on
    image = view.image.image
    np.testing.assert_allclose(image.max(axis=0), 1.0)  # each layer's column scaled to its own peak
    view.show_histograms(style="ridgeline")
    assert view.ridge.getAxis("bottom").labelText == "|∂L/∂h|, log scale (sign dropped)"
    tops = [c.getData()[1].max() - (len(view.ridges) - 1 - row) for row, c in enumerate(view.ridges)]
    np.testing.assert_allclose(tops, 1.5)  # every ridge to its own peak: the first layers are not flat
    view.show_histograms(run.pre, "pre", "heatmap")
    assert view.heat.getAxis("left").labelText == "pre-activation h"  # linear bins again


def test_relu_zeros_are_counted_in_a_note(qtbot):
    from actgui.model.depth import simulate
    from actgui.ui.depth.histogram_view import HistogramView

    run = simulate("relu", depth=10, width=128, weight_std=2.0**0.5, n_samples=32, seed=0)
    view = HistogramView()
    qtbot.addWidget(view)
    view.show_histograms(run.post, "post", "heatmap")
    assert view.zeros_note.isVisible()
    low, high = 100 * run.post.zero_fractions.min(), 100 * run.post.zero_fractions.max()
    assert 30 < low < high < 70  # about half of every layer's activations are ReLU's zeros
    expected = f"Values exactly 0, left out of the bins: {low:.0f}–{high:.0f}% of a layer"
    assert view.zeros_note.toPlainText() == expected


def test_the_ridges_are_named_on_the_layer_axis_never_inside_the_plot(qtbot):
    # Text inside the plot was crossed by the next ridge's baseline: the names are axis ticks now,
    # every other one when the ridges are many, the first and the last layer always.
    from actgui.model.depth import simulate
    from actgui.ui.depth.histogram_view import HistogramView, ridge_layers

    run = simulate("sigmoid", depth=50, width=128, weight_std=1.0, n_samples=32, seed=0)
    view = HistogramView()
    qtbot.addWidget(view)
    view.show_histograms(run.grad, "grad", "ridgeline")
    axis = view.ridge.getAxis("left")
    named, unnamed = axis._tickLevels
    shown = ridge_layers(50)
    assert named[0][1] == "0" and named[-1][1] == "50"
    assert len(named) <= (len(shown) + 1) // 2 + 1 and len(unnamed) == len(shown)
    gaps = -np.diff([base for base, _ in named])
    assert gaps.min() >= 2  # never two names on neighbouring ridges
    assert axis.labelText == "layer"
    few = simulate("sigmoid", depth=5, width=128, weight_std=1.0, n_samples=32, seed=0)
    view.show_histograms(few.grad, "grad", "ridgeline")
    assert [label for _, label in axis._tickLevels[0]] == ["0", "1", "2", "3", "4", "5"]

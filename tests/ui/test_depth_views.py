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

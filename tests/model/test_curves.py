"""Sampled curves: what the explorer plots is exactly the model's f and f', and the ranges are checked."""

from __future__ import annotations

import numpy as np
import pytest

from actgui.model import ACTIVATIONS, get_activation, sample_curve
from actgui.model.curves import MAX_SAMPLES, VANISHING_FRACTION, vanishing_regions


@pytest.mark.parametrize("activation_id", list(ACTIVATIONS))
def test_curve_is_the_model_on_the_grid(activation_id):
    act = get_activation(activation_id)
    curve = sample_curve(activation_id, None, -7.5, 7.5, 301)
    assert np.array_equal(curve.x, np.linspace(-7.5, 7.5, 301))
    if act.is_vector:  # the first output of the two logits (x, 0)
        z = np.stack([curve.x, np.zeros_like(curve.x)], axis=-1)
        assert np.array_equal(curve.y, act(z)[:, 0]) and np.array_equal(curve.dy, act.derivative(z)[:, 0])
    elif act.is_gated:  # a * g(b) along b = x for a = 1, and its derivative in b
        gate = get_activation(act.defaults()["gate"])
        assert np.array_equal(curve.y, gate(curve.x)) and np.array_equal(curve.dy, gate.derivative(curve.x))
    else:
        assert np.array_equal(curve.y, act(curve.x)) and np.array_equal(curve.dy, act.derivative(curve.x))
    peak = np.max(np.abs(curve.dy))
    if peak > 0:
        assert np.array_equal(curve.vanishing, np.abs(curve.dy) < VANISHING_FRACTION * peak)
    for start, end in curve.regions:
        assert start <= end and curve.vanishing[curve.x == start].all()


def test_glu_curve_follows_the_chosen_a():
    curve = sample_curve("glu", {"gate": "silu"}, -4.0, 4.0, 81, gated_a=-2.0)
    silu = get_activation("silu")
    assert np.allclose(curve.y, -2.0 * silu(curve.x), rtol=1e-15, atol=0)
    assert np.allclose(curve.dy, -2.0 * silu.derivative(curve.x), rtol=1e-15, atol=0)


def test_sigmoid_vanishes_in_both_tails_only():
    curve = sample_curve("sigmoid", {}, -10.0, 10.0, 2001)
    assert len(curve.regions) == 2
    (a0, a1), (b0, b1) = curve.regions
    assert a0 == -10.0 and b1 == 10.0
    # sigmoid'(x) < 0.01 * 0.25 where |x| > 5.98
    assert np.isclose(a1, -5.98, atol=0.02) and np.isclose(b0, 5.98, atol=0.02)


def test_parameters_are_used_and_validated():
    steep = sample_curve("leaky_relu", {"negative_slope": 0.5}, -1.0, 1.0, 5)
    assert np.array_equal(steep.y, [-0.5, -0.25, 0.0, 0.5, 1.0])
    with pytest.raises(ValueError, match="negative_slope"):
        sample_curve("leaky_relu", {"negative_slope": 3.0})
    flat = sample_curve("step", {}, -1.0, 1.0, 11)  # f' = 0 everywhere: all of it vanishes
    assert flat.vanishing.all() and flat.regions == ((-1.0, 1.0),)


@pytest.mark.parametrize(
    ("x_min", "x_max", "samples"),
    [(1.0, 1.0, 10), (2.0, 1.0, 10), (np.nan, 1.0, 10), (0.0, np.inf, 10), (-2e6, 0.0, 10),
     (0.0, 1.0, 1), (0.0, 1.0, MAX_SAMPLES + 1), (0.0, 1.0, True)],
)  # fmt: skip
def test_bad_ranges_are_refused(x_min, x_max, samples):
    with pytest.raises(ValueError):
        sample_curve("relu", None, x_min, x_max, samples)


def test_vanishing_regions_of_masks():
    x = np.arange(8.0)
    assert vanishing_regions(x, np.zeros(8, bool)) == ()
    mask = np.array([1, 1, 0, 0, 1, 0, 1, 1], bool)
    assert vanishing_regions(x, mask) == ((0.0, 1.0), (4.0, 4.0), (6.0, 7.0))


def test_values_past_the_plot_limit_are_gaps_not_infinities():
    # e^x overflows float64 past x = 709.78; an infinity would leave the plot without a range.
    curve = sample_curve("exponential", {}, 0.0, 1000.0, 1001)
    assert not np.any(np.isinf(curve.y)) and not np.any(np.isinf(curve.dy))
    assert np.all(np.isnan(curve.y[curve.x > 691.0])) and np.all(np.isfinite(curve.y[curve.x < 690.0]))
    assert curve.y[500] == np.exp(500.0)

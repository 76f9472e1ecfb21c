"""The values of a parameter sweep (no Qt)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from actgui.model import get_activation
from actgui.model.sweep import bounce_order, spans_decades, sweep_values


def test_linear_steps_are_equal_and_the_ends_exact():
    values = sweep_values(0.0, 1.0, 5)
    assert values.tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]


def test_logarithmic_steps_have_equal_ratios():
    values = sweep_values(0.1, 10.0, 5, log=True)
    assert values[0] == 0.1 and values[-1] == 10.0
    np.testing.assert_allclose(values, [0.1, 0.316227766, 1.0, 3.16227766, 10.0], rtol=1e-8)
    np.testing.assert_allclose(values[1:] / values[:-1], math.sqrt(10.0), rtol=1e-12)


def test_a_sweep_may_run_downwards():
    assert sweep_values(1.0, 0.0, 3).tolist() == [1.0, 0.5, 0.0]


def test_refusals():
    with pytest.raises(ValueError, match="at least 2"):
        sweep_values(0.0, 1.0, 1)
    with pytest.raises(ValueError, match="positive"):
        sweep_values(0.0, 1.0, 3, log=True)
    with pytest.raises(ValueError, match="finite"):
        sweep_values(0.0, math.inf, 3)


@given(
    st.floats(-1e3, 1e3),
    st.floats(-1e3, 1e3),
    st.integers(2, 600),
    st.booleans(),
)
def test_any_sweep_starts_and_ends_exactly_and_is_monotone(start, stop, frames, log):
    if log:
        start, stop = abs(start) + 1e-3, abs(stop) + 1e-3
    values = sweep_values(start, stop, frames, log)
    assert len(values) == frames
    assert values[0] == start and values[-1] == stop
    slack = 1e-12 * max(abs(start), abs(stop), 1.0)
    steps = np.diff(values)
    assert np.all(steps >= -slack) or np.all(steps <= slack)


def test_parameters_spanning_decades_are_logarithmic():
    temperature = get_activation("softmax").param("temperature")
    assert spans_decades(temperature.minimum, temperature.maximum)  # 0.05 to 20
    slope = get_activation("leaky_relu").param("negative_slope")
    assert not spans_decades(slope.minimum, slope.maximum)  # 0 to 1: linear
    assert spans_decades(0.1, 100.0)  # the weight scale
    assert not spans_decades(1.0, 50.0)  # softplus' threshold: less than two decades
    assert not spans_decades(-10.0, 10.0)


def test_bounce_goes_forward_then_back_to_the_first_frame():
    assert bounce_order(4, False) == [0, 1, 2, 3]
    assert bounce_order(4, True) == [0, 1, 2, 3, 2, 1, 0]
    assert bounce_order(2, True) == [0, 1, 0]

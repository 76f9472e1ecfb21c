"""Mean-field theory of exploding networks: warning-free, inf where the variance diverges, limits kept."""

from __future__ import annotations

import math
import sys
import warnings

import numpy as np
import pytest

from actgui.model.activations import elementwise_ids, get_activation
from actgui.model.depth import MAX_STD, gaussian_moments, mean_field
from actgui.state.depth import MAX_BIAS_STD, MAX_WEIGHT_STD

WEIGHT_STDS = [0.0, 1.0, 2.5, MAX_WEIGHT_STD, 20.0, MAX_STD]


@pytest.mark.parametrize("name", elementwise_ids())
def test_mean_field_is_warning_free_and_nan_free_up_to_the_largest_weight_std(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for weight_std in WEIGHT_STDS:
            for bias_std in (0.0, MAX_BIAS_STD):
                for q0 in (1.0, MAX_STD**2):
                    result = mean_field(name, weight_std=weight_std, bias_std=bias_std, depth=200, q0=q0)
                    assert not np.isnan(result.q).any(), (name, weight_std, bias_std, q0)
                    assert not np.isnan(result.chi).any(), (name, weight_std, bias_std, q0)
                    assert not np.isnan(result.grad_sq).any(), (name, weight_std, bias_std, q0)
                    assert (result.q >= 0).all() and (result.chi >= 0).all()


def test_relu_variance_diverges_to_inf_and_chi_keeps_its_exact_value() -> None:
    # q grows by weight_std^2 / 2 = 5000 a layer: past 1.8e308 after 84 layers. chi = weight_std^2 / 2
    # at every variance, infinite included: the limit exists and is kept.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = mean_field("relu", weight_std=100.0, depth=200)
    finite = np.isfinite(result.q)
    first_inf = int(np.flatnonzero(~finite)[0])
    assert first_inf == math.ceil(math.log(sys.float_info.max) / math.log(5000.0))  # 84
    assert result.q[first_inf - 1] == pytest.approx(5000.0 ** (first_inf - 1), rel=1e-9)
    assert (result.q[first_inf:] == np.inf).all()
    np.testing.assert_allclose(result.chi, 5000.0, rtol=1e-12)
    assert result.grad_sq[0] == np.inf  # 5000^200: beyond a float, a true explosion
    assert result.grad_sq[-1] == 1.0


@pytest.mark.parametrize(
    ("name", "slope_limit"),
    [("relu", 0.5), ("elu", 0.5), ("selu", 1.0507009873554805**2 / 2), ("linear", 1.0), ("softplus", 0.5)],
)
def test_moments_at_infinite_variance_are_the_limits(name: str, slope_limit: float) -> None:
    second, slope = gaussian_moments(get_activation(name), {}, math.inf)
    assert second == math.inf  # an unbounded f: E[f^2] grows with q
    assert slope == pytest.approx(slope_limit, rel=1e-9)


def test_bounded_activation_at_infinite_variance_has_finite_limits() -> None:
    second, slope = gaussian_moments(get_activation("tanh"), {}, math.inf)
    assert second == pytest.approx(1.0, rel=1e-12)  # tanh^2 -> 1 almost everywhere
    assert slope < 1e-150  # tanh' -> 0


def test_exponential_diverges_in_value_and_slope() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = mean_field("exponential", weight_std=1.0, depth=200)
    # q1 = E[e^(2z)] = e^2, q2 = e^(2 e^2) = 2.6e6, q3 = e^(5.2e6): beyond any float.
    assert result.q[1] == pytest.approx(math.exp(2.0), rel=1e-9)
    assert result.q[2] == pytest.approx(math.exp(2.0 * math.exp(2.0)), rel=1e-6)
    assert (result.q[3:] == np.inf).all()
    assert (result.chi[2:] == np.inf).all()
    assert result.grad_sq[0] == np.inf


def test_zero_weights_pass_nothing_even_from_an_infinite_moment() -> None:
    # weight_std = 0: every layer's pre-activations are the biases alone, and the gradient is 0,
    # although E[e^(2x)] at q0 = 1e4 is infinite (0 * inf would be NaN).
    result = mean_field("exponential", weight_std=0.0, bias_std=0.5, depth=5, q0=1e4)
    np.testing.assert_array_equal(result.q[1:], 0.25)
    assert result.chi[0] == 0.0
    np.testing.assert_array_equal(result.grad_sq[:-1], 0.0)

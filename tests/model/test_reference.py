"""Values and derivatives of every elementwise activation against mpmath (50 digits).

The references in tests/model/reference.py follow PyTorch's float64 formulas
and autograd's backward formulas (recorded there, one per function), so these
tests stand in for a comparison with PyTorch, which is not a dependency.
"""

from __future__ import annotations

import math

import mpmath as mp
import numpy as np
import pytest

from actgui.model import ACTIVATIONS, get_activation
from tests.model import reference as ref

CASES = [
    pytest.param(activation_id, params, id=f"{activation_id}-{params}" if params else activation_id)
    for activation_id in ref.REFERENCES
    for params in ref.settings(activation_id)
]

DEFAULT_RTOL = 4e-15
"""A few ulp: what a careful float64 formula achieves when the function is well conditioned."""

RTOL: dict[tuple[str, str], float] = {
    # exp(x / alpha) with x / alpha rounded: the rounding is amplified by |x / alpha| (up to ~700).
    ("celu", "derivative"): 1e-13,
    # sigmoid(2u), u = k (x + c x^3) rounded: amplified by |2u| (up to ~745). PyTorch's own formula
    # is far worse there (it cancels to 0 for x < -6).
    ("gelu", "value"): 1e-13,
    ("gelu", "derivative"): 1e-13,
    # Near x = -745 the sigmoid factor is subnormal (a few significant bits): the error is
    # ~1e-13 of the smallest normal number, i.e. ~1e-321 in absolute terms.
    ("silu", "value"): 1e-13,
    ("silu", "derivative"): 1e-13,
    ("mish", "value"): 1e-13,
    ("mish", "derivative"): 1e-13,
    # log1p(exp(beta x)) with beta x rounded: amplified by |beta x| (up to ~700), as in PyTorch.
    ("softplus", "value"): 1e-13,
    ("softplus", "derivative"): 1e-13,
}


def tolerance(activation_id: str, params: dict[str, object], which: str) -> float:
    if activation_id == "gelu" and params.get("approximate", "none") == "none":
        return DEFAULT_RTOL  # the exact GELU is exact to a few ulp everywhere
    if activation_id == "softplus" and params.get("beta", 1.0) == 1.0:
        return DEFAULT_RTOL  # beta x is exact
    if activation_id == "celu" and params.get("alpha", 1.0) == 1.0:
        return DEFAULT_RTOL  # x / alpha is exact
    return RTOL.get((activation_id, which), DEFAULT_RTOL)


def test_every_elementwise_activation_has_a_reference():
    elementwise = {a.id for a in ACTIVATIONS.values() if a.kind == "elementwise"}
    assert elementwise == set(ref.REFERENCES)


@pytest.mark.parametrize(("activation_id", "params"), CASES)
def test_value_and_derivative_match_mpmath(activation_id, params):
    xs, value_err, derivative_err = ref.compare(activation_id, params)
    assert xs.size > 1000 and xs.min() <= -1e308 and xs.max() >= 1e308
    for which, err in (("value", value_err), ("derivative", derivative_err)):
        rtol = tolerance(activation_id, params, which)
        worst = int(np.argmax(err))
        assert err[worst] <= rtol, f"{which} off by {err[worst]:.3g} (relative) at x = {xs[worst]!r}"


# --------------------------------------------------------------------------
# Kinks: autograd's conventions, exactly.
# --------------------------------------------------------------------------

KINKS = [
    # (id, params, x, f'(x)) - each from the PyTorch backward formula recorded in reference.py
    ("relu", {}, 0.0, 0.0),
    ("relu", {}, -0.0, 0.0),
    ("leaky_relu", {}, 0.0, 0.01),
    ("leaky_relu", {"negative_slope": 0.2}, 0.0, 0.2),
    ("prelu", {}, 0.0, 0.25),
    ("elu", {}, 0.0, 1.0),
    ("elu", {"alpha": 0.5}, 0.0, 0.5),
    ("elu", {"alpha": 0.0}, 0.0, 0.0),
    ("selu", {}, 0.0, 1.0507009873554804934193349852946 * 1.6732632423543772848170429916717),
    ("celu", {"alpha": 2.5}, 0.0, 1.0),
    ("hardtanh", {}, -1.0, 0.0),
    ("hardtanh", {}, 1.0, 0.0),
    ("hardtanh", {"min_val": -0.5, "max_val": 3.0}, 3.0, 0.0),
    ("relu6", {}, 0.0, 0.0),
    ("relu6", {}, 6.0, 0.0),
    ("hardsigmoid", {}, -3.0, 0.0),
    ("hardsigmoid", {}, 3.0, 0.0),
    ("hardswish", {}, -3.0, -0.5),
    ("hardswish", {}, 3.0, 1.5),
    ("softshrink", {}, 0.5, 0.0),
    ("softshrink", {}, -0.5, 0.0),
    ("softshrink", {"lambd": 0.0}, 0.0, 0.0),
    ("hardshrink", {}, 0.5, 0.0),
    ("hardshrink", {}, -0.5, 0.0),
    ("softplus", {}, 20.0, float(1 / (1 + mp.exp(-20)))),  # beta x = threshold: not yet linear
    ("softplus", {}, 20.000000000000004, 1.0),
    ("step", {}, 0.0, 0.0),
    ("softsign", {}, 0.0, 1.0),
    ("linear", {}, 0.0, 1.0),
]

KINK_VALUES = [
    ("step", {}, 0.0, 1.0),  # torch.heaviside(x, values=1)
    ("step", {}, -0.0, 1.0),
    ("hardshrink", {}, 0.5, 0.0),
    ("hardshrink", {}, 0.5000000000000001, 0.5000000000000001),
    ("softplus", {}, 20.000000000000004, 20.000000000000004),  # PyTorch returns x itself
    ("hardswish", {}, 3.0, 3.0),
    ("hardswish", {}, -3.0, 0.0),
]


@pytest.mark.parametrize(("activation_id", "params", "x", "expected"), KINKS)
def test_derivative_at_kinks_follows_autograd(activation_id, params, x, expected):
    got = get_activation(activation_id).derivative(np.array([x]), **params)[0]
    assert got == expected


@pytest.mark.parametrize(("activation_id", "params", "x", "expected"), KINK_VALUES)
def test_value_at_kinks(activation_id, params, x, expected):
    assert get_activation(activation_id)(np.array([x]), **params)[0] == expected


# --------------------------------------------------------------------------
# +-inf and NaN.
# --------------------------------------------------------------------------


def _limit(activation_id: str, params: dict[str, object], sign: int) -> tuple[float, float]:
    """f and f' at +-inf: the reference at +-1e400, rounded to float64."""
    full = {**get_activation(activation_id).defaults(), **params}
    with mp.workdps(ref.DPS):
        value, derivative, _ = ref.REFERENCES[activation_id](mp.mpf(sign) * mp.mpf("1e400"), **full)
        return float(value), float(derivative)


@pytest.mark.parametrize(("activation_id", "params"), CASES)
def test_limits_at_infinity_and_nan(activation_id, params):
    act = get_activation(activation_id)
    x = np.array([np.inf, -np.inf, np.nan])
    value, derivative = act(x, **params), act.derivative(x, **params)
    for i, sign in ((0, 1), (1, -1)):
        want_value, want_derivative = _limit(activation_id, params, sign)
        assert value[i] == want_value, f"f({x[i]}) = {value[i]}, want {want_value}"
        assert derivative[i] == want_derivative, f"f'({x[i]}) = {derivative[i]}, want {want_derivative}"
    assert math.isnan(value[2]) and math.isnan(derivative[2])


# --------------------------------------------------------------------------
# Finite differences, away from the kinks.
# --------------------------------------------------------------------------

FD_POINTS = np.concatenate([np.linspace(-8.0, 8.0, 161), [-50.0, -20.0, -12.5, 12.5, 20.0, 50.0]])


@pytest.mark.parametrize(("activation_id", "params"), CASES)
def test_derivative_matches_finite_differences(activation_id, params):
    act = get_activation(activation_id)
    x = FD_POINTS + 0.00123  # off the grid's round numbers, where the kinks are
    h = 1e-3 * np.maximum(1.0, np.abs(x))
    if activation_id == "exponential":
        h = np.full_like(x, 1e-3)  # f^(5) = f: a step relative to x would cost h^4 / 30 ~ 2e-7
    kinks = np.array(ref.kinks(activation_id, params) or [np.inf])
    away = np.min(np.abs(x[:, None] - kinks[None, :]), axis=1) > 3 * h
    x, h = x[away], h[away]
    f = lambda t: act(t, **params)  # noqa: E731
    # Five-point stencil: truncation error h^4 f^(5) / 30, rounding eps |f| / h.
    fd = (f(x - 2 * h) - 8 * f(x - h) + 8 * f(x + h) - f(x + 2 * h)) / (12 * h)
    d = act.derivative(x, **params)
    scale = np.maximum(1.0, np.maximum(np.abs(f(x)), np.abs(d)))
    err = np.abs(fd - d) / scale
    worst = int(np.argmax(err))
    assert err[worst] < 1e-9, f"f'({x[worst]}) = {d[worst]}, finite differences give {fd[worst]}"

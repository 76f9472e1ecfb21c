"""Property tests (hypothesis) for the whole model API, over every float64.

Inputs include subnormals, +-inf, NaN and +-1e308, in arrays of several
shapes (0-d to 3-d, empty included); pytest turns every NumPy warning into an
error, so "no overflow / invalid / divide warning" is checked by every example.
Parameters are drawn over their whole ranges, and the parameter fuzz test
throws anything at them (NaN, inf, strings, None, lists, unknown names).

With the 'ci' profile (400 examples per test, tests/conftest.py) one run
executes 23 x 400 + 3 x 400 + 2 x 400 = 11,200 examples (about 30 s); see them with
``pytest tests/model/test_properties.py --hypothesis-show-statistics``.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, note
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from actgui.model import ACTIVATIONS, get_activation

SPECIAL = [
    0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, -1e-300, 1e-8, -1e-8, 0.5, -0.5,
    1.0, -1.0, 3.0, -3.0, 6.0, 20.0, 20.000000000000004, 38.5, -38.5, 40.0, -40.0, 354.0, 700.0,
    -700.0, 745.2, -745.2, 1e5, -1e5, 1e300, -1e300, 1e308, -1e308, 1.7976931348623157e308,
    -1.7976931348623157e308, math.inf, -math.inf, math.nan,
]  # fmt: skip

ELEMENTS = st.one_of(st.floats(width=64), st.sampled_from(SPECIAL))
SHAPES = hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=5)
ARRAYS = hnp.arrays(np.float64, SHAPES, elements=ELEMENTS)
VECTOR_SHAPES = hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=5)
VECTOR_ARRAYS = hnp.arrays(np.float64, VECTOR_SHAPES, elements=ELEMENTS)

ELEMENTWISE = [a.id for a in ACTIVATIONS.values() if a.kind == "elementwise"]
VECTOR = [a.id for a in ACTIVATIONS.values() if a.is_vector]


def param_values(activation_id: str) -> st.SearchStrategy[dict[str, object]]:
    """Valid parameters over their whole ranges, ends included."""
    act = get_activation(activation_id)
    fields = {}
    for p in act.params:
        if p.is_choice:
            fields[p.name] = st.sampled_from(p.choices)
        else:
            fields[p.name] = st.one_of(
                st.sampled_from([p.minimum, p.maximum, p.default]),
                st.floats(p.minimum, p.maximum),
            )
    return st.fixed_dictionaries(fields)


# --------------------------------------------------------------------------
# Declared output ranges: lower and upper bounds of f and f' for the parameters.
# --------------------------------------------------------------------------

SELU_ALPHA_SCALE = 1.6732632423543772848170429916717 * 1.0507009873554804934193349852946


def bounds(activation_id: str, p: dict[str, object]) -> tuple[tuple[float, float], tuple[float, float]]:
    inf = math.inf
    table = {
        "sigmoid": ((0, 1), (0, 0.25)),
        "tanh": ((-1, 1), (0, 1)),
        "relu": ((0, inf), (0, 1)),
        "leaky_relu": ((-inf, inf), (min(p.get("negative_slope", 0), 1), 1)),
        "prelu": ((-inf, inf), (min(p.get("weight", 0), 1), 1)),
        "linear": ((-inf, inf), (1, 1)),
        "step": ((0, 1), (0, 0)),
        "elu": ((-p.get("alpha", 0), inf), (0, max(1, p.get("alpha", 0)))),
        "selu": ((-SELU_ALPHA_SCALE, inf), (0, SELU_ALPHA_SCALE)),
        "celu": ((-p.get("alpha", 0), inf), (0, 1)),
        "gelu": ((-0.17005, inf), (-0.12900, 1.12900)),  # minima -0.16997 / -0.17004 (tanh)
        "silu": ((-0.278465, inf), (-0.099840, 1.099840)),
        "mish": ((-0.308844, inf), (-0.112527, 1.088499)),
        "softplus": ((0, inf), (0, 1)),
        "softsign": ((-1, 1), (0, 1)),
        "hardtanh": ((p.get("min_val", 0), p.get("max_val", 0)), (0, 1)),
        "relu6": ((0, 6), (0, 1)),
        "hardsigmoid": ((0, 1), (0, 1 / 6)),
        "hardswish": ((-0.375, inf), (-0.5, 1.5)),
        "logsigmoid": ((-inf, 0), (0, 1)),
        "tanhshrink": ((-inf, inf), (0, 1)),
        "softshrink": ((-inf, inf), (0, 1)),
        "hardshrink": ((-inf, inf), (0, 1)),
        "rrelu": ((-inf, inf), (min((p.get("lower", 0) + p.get("upper", 0)) / 2, 1), 1)),
        "threshold": ((min(p.get("value", 0), p.get("threshold", 0)), inf), (0, 1)),
        "exponential": ((0, inf), (0, inf)),
        "squareplus": ((0, inf), (0, 1)),
        "sparse_plus": ((0, inf), (0, 1)),
        "sparse_sigmoid": ((0, 1), (0, 0.5)),
    }
    return table[activation_id]


def widen(bound: float, direction: int) -> float:
    return bound + direction * 2 * float(np.spacing(abs(bound))) if math.isfinite(bound) else bound


def monotone_slack(activation_id: str, p: dict[str, object], y0: np.ndarray, y1: np.ndarray) -> np.ndarray:
    """How much f may decrease between neighbouring sorted inputs: a few ulp of rounding."""
    slack = 4 * np.spacing(np.maximum(np.abs(y0), np.abs(y1)))
    if activation_id == "softplus":
        # PyTorch's softplus switches to x itself above beta x > threshold: a drop of
        # log1p(exp(-threshold)) / beta at the switch (2e-9 at the defaults), kept for fidelity.
        slack = slack + math.log1p(math.exp(-float(p["threshold"]))) / float(p["beta"]) * 1.01
    return slack


def is_monotone(activation_id: str, p: dict[str, object]) -> bool:
    if activation_id == "threshold":  # monotone at the defaults, not when value > threshold
        return float(p["value"]) <= float(p["threshold"])
    return get_activation(activation_id).properties.monotonic


@pytest.mark.parametrize("activation_id", ELEMENTWISE)
@given(data=st.data())
def test_elementwise_stability(activation_id, data):
    act = get_activation(activation_id)
    x = data.draw(ARRAYS, label="x")
    params = data.draw(param_values(activation_id), label="params")
    if activation_id == "hardtanh" and not params["min_val"] < params["max_val"]:
        with pytest.raises(ValueError, match="min_val"):
            act(x, **params)
        return
    if activation_id == "rrelu" and not params["lower"] <= params["upper"]:
        with pytest.raises(ValueError, match="lower"):
            act(x, **params)
        return

    before = x.copy()
    y = act(x, **params)
    d = act.derivative(x, **params)
    assert np.array_equal(x, before, equal_nan=True)  # the input is not modified
    for out in (y, d):
        assert isinstance(out, np.ndarray) and out.dtype == np.float64
        assert out.shape == x.shape
        # NaN exactly where NaN came in.
        assert np.array_equal(np.isnan(out), np.isnan(x))

    # Within the declared range (give or take 2 ulp of rounding at an extremum).
    (lo, hi), (dlo, dhi) = bounds(activation_id, params)
    finite = ~np.isnan(x)
    assert np.all((y[finite] >= widen(lo, -1)) & (y[finite] <= widen(hi, 1))), (y, lo, hi)
    assert np.all((d[finite] >= widen(dlo, -1)) & (d[finite] <= widen(dhi, 1))), (d, dlo, dhi)

    if is_monotone(activation_id, params) and x.size > 1:
        xs = np.sort(x[finite].reshape(-1))
        ys = act(xs, **params)
        y0, y1 = ys[:-1], ys[1:]
        note(f"sorted x = {xs!r}, f = {ys!r}")
        with np.errstate(all="ignore"):  # the test's own arithmetic on inf
            ok = (y1 >= y0) | (y0 - y1 <= monotone_slack(activation_id, params, y0, y1))
        assert np.all(ok)


@pytest.mark.parametrize("activation_id", VECTOR)
@given(data=st.data())
def test_vector_stability(activation_id, data):
    act = get_activation(activation_id)
    z = data.draw(VECTOR_ARRAYS, label="z")
    params = data.draw(param_values(activation_id), label="params")
    y = act(z, **params)
    d = act.derivative(z, **params)
    assert y.shape == z.shape and d.shape == z.shape

    # Finite logits never overflow (rows are shifted by their maximum when z / T
    # would), so only NaN and all -inf rows are undefined.
    s = -z if activation_id == "softmin" else z
    nan_rows = np.any(np.isnan(s), axis=-1)
    undefined = nan_rows | np.all(s == -np.inf, axis=-1)  # no finite logit and no +inf: no limit
    # NaN exactly in the undefined rows, and in all of each.
    assert np.array_equal(np.any(np.isnan(y), axis=-1), undefined)
    assert np.array_equal(np.all(np.isnan(y), axis=-1), undefined)
    assert np.array_equal(np.any(np.isnan(d), axis=-1), undefined)

    good = y[~undefined]
    if activation_id == "log_softmax":
        assert np.all(good <= 0.0)
        probabilities = np.exp(good)
        assert np.all(np.abs(d[~undefined]) <= 1.0 / params["temperature"] * (1 + 1e-15))
    else:
        assert np.all((good >= 0.0) & (good <= 1.0))
        probabilities = good
    if probabilities.size:
        n = z.shape[-1]
        assert np.all(np.abs(probabilities.sum(axis=-1) - 1.0) <= 4 * n * np.finfo(float).eps)

    if z.ndim == 1:
        jac = act.jacobian(z, **params)
        assert jac.shape == (z.size, z.size)
        assert np.array_equal(np.isnan(np.diag(jac)), np.isnan(d))


# --------------------------------------------------------------------------
# Any parameter value: a result or a ValueError naming the parameter.
# --------------------------------------------------------------------------

ANY_VALUE = st.one_of(
    st.floats(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.booleans(),
    st.none(),
    st.text(max_size=8),
    st.sampled_from(["none", "tanh", "0.5", "nan", "inf", "", "NONE"]),
    st.lists(st.floats(), max_size=3),
    st.builds(complex, st.floats(-2, 2), st.floats(-2, 2)),
    st.builds(Fraction, st.integers(-5, 5), st.integers(1, 5)),
    st.builds(Decimal, st.sampled_from(["0.5", "NaN", "1e400"])),
    st.sampled_from([np.float64(0.3), np.float32(0.25), np.int64(1), np.nan, np.array([0.5])]),
)


def names(activation_id: str) -> st.SearchStrategy[str]:
    real = list(get_activation(activation_id).param_names)
    return st.one_of(st.sampled_from(real or ["alpha"]), st.text(min_size=1, max_size=12))


@given(
    activation_id=st.sampled_from(list(ACTIVATIONS)),
    data=st.data(),
)
def test_any_parameter_value_works_or_raises_value_error_naming_it(activation_id, data):
    act = get_activation(activation_id)
    params = data.draw(st.dictionaries(names(activation_id), ANY_VALUE, max_size=3), label="params")
    x = np.array([[-2.0, 0.0, 0.5, 3.0]])
    try:
        y = act(x, **params)
        d = act.derivative(x, **params)
        label = act.label(params)
    except ValueError as exc:
        message = str(exc)
        assert any(repr(name) in message or name in message for name in params), message
        return
    # It worked: every name is a real parameter and every value valid.
    for name, value in params.items():
        p = act.param(name)
        assert p.validate(value) is not None
    assert y.shape == ((1, 2) if act.is_gated else x.shape) and d.shape == x.shape
    assert label.startswith(activation_id)


@given(st.one_of(st.text(max_size=15), st.none(), st.integers(), st.floats()))
def test_unknown_activation_ids_raise_value_error_listing_the_valid_ones(activation_id):
    assume(activation_id not in ACTIVATIONS)
    with pytest.raises(ValueError, match="valid ids: sigmoid, relu, tanh, softmax, leaky_relu"):
        get_activation(activation_id)


def test_non_numeric_input_is_refused():
    act = get_activation("relu")
    for bad in (["a", "b"], [[1.0, 2.0], [3.0]], {"x": 1}, np.array([1 + 2j]), None, "0.5"):
        with pytest.raises(ValueError, match="real numbers"):
            act(bad)
    assert act([1, 2, -3]).dtype == np.float64  # integers and bools are numbers
    assert act(np.float32(-1.0)).shape == ()


def test_sparsemax_far_below_the_maximum_warns_of_nothing():
    # Found by hypothesis: a row 1e300 above -1.8e308 overflowed the shift by the row maximum.
    lowest = -np.finfo(np.float64).max
    z = np.array([[1e300, lowest], [lowest, lowest], [-1e308, lowest]])
    y = get_activation("sparsemax")(z)
    np.testing.assert_array_equal(y, [[1.0, 0.0], [0.5, 0.5], [1.0, 0.0]])

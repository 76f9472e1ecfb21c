"""The softmax family (softmax, log_softmax, softmin) against mpmath, and its invariants.

PyTorch's formulas: softmax(z, dim=-1) = exp(z - max) / sum(exp(z - max)),
log_softmax = (z - max) - log(sum(exp(z - max))), softmin(z) = softmax(-z);
backward of softmax: y * (g - sum(g * y)), of log_softmax: g - exp(y) * sum(g).
The temperature T divides the logits first. The model computes the same
numbers, except that it keeps full relative precision for 1 - y and for the
log-sum-exp when one logit dominates (PyTorch's sum rounds to 1 there), and
returns the limits when a logit is +-inf (PyTorch gives NaN).
"""

from __future__ import annotations

import math

import mpmath as mp
import numpy as np
import pytest

from actgui.model import get_activation

EPS = np.finfo(np.float64).eps
RNG = np.random.default_rng(7)
VECTOR_IDS = ("softmax", "log_softmax", "softmin")


def mp_softmax(z: np.ndarray, temperature: float) -> tuple[list[mp.mpf], list[mp.mpf]]:
    """softmax and log_softmax of z / T along a 1-D row, at 50 digits."""
    with mp.workdps(50):
        s = [mp.mpf(float(v)) / mp.mpf(temperature) for v in z]
        m = max(s)
        # Subtract the maximum before the log-sum-exp: with |s| near 1e309, 50 digits
        # cannot hold m + log(n) and m apart.
        log_total = mp.log(mp.fsum(mp.exp(v - m) for v in s))
        logs = [(v - m) - log_total for v in s]
        return [mp.exp(v) for v in logs], logs


def rows() -> list[tuple[np.ndarray, float]]:
    cases = []
    for n in (1, 2, 3, 5, 10, 17, 50):  # 17 and 50 take the long-row path
        for scale in (1.0, 30.0, 1000.0):
            for temperature in (1.0, 0.05, 0.37, 20.0):
                cases.append((RNG.normal(0.0, scale, n), temperature))
    cases.append((np.array([0.0, -30.0]), 1.0))  # one logit dominates: sum(exp) rounds to 1
    cases.append((np.array([3.0, 3.0, -40.0]), 1.0))  # a tie at the maximum
    cases.append((np.array([1e308, -1e308, 0.0]), 1.0))
    cases.append((np.array([1e308, 1e308]), 0.05))  # z / T overflows to +inf in both
    cases.append((np.array([-1.6e307]), 0.05))  # overflows to -inf: still a distribution
    cases.append((np.array([9e306, 8.9e306, -1e308]), 0.05))
    return cases


ROWS = rows()


@pytest.mark.parametrize(("z", "temperature"), ROWS)
def test_softmax_and_log_softmax_match_mpmath(z, temperature):
    softmax, log_softmax = get_activation("softmax"), get_activation("log_softmax")
    y = softmax(z, temperature=temperature)
    log_y = log_softmax(z, temperature=temperature)
    with np.errstate(over="ignore"):
        # Where z / T overflows, the logits are shifted by their maximum first (the
        # family is shift-invariant), so even then the result is the exact one.
        s = np.abs(z / temperature)
        if not np.all(np.isfinite(s)):
            s = np.abs((z - z.max()) / temperature)
        # z / T and z_i - max are rounded in float64: an error of eps * (|s_i| + max|s|) in the
        # exponent, inherent to any float64 evaluation (PyTorch's included).
        cond = np.minimum(4 * EPS * (1.0 + s + s.max()), 1.0)
    want_y, want_log = mp_softmax(z, temperature)
    for i in range(z.size):
        w = float(want_y[i])
        assert abs(y[i] - w) <= cond[i] * abs(w) + 1e-300, (i, y[i], w)
        wl = float(want_log[i])
        if math.isinf(wl):  # -2e308 rounds to -inf
            assert log_y[i] == wl
            continue
        # log_softmax is a difference of O(|s|) numbers: its error is absolute, eps * |s|.
        assert abs(log_y[i] - wl) <= cond[i] * max(abs(wl), 1.0), (i, log_y[i], wl)


def test_log_softmax_keeps_relative_precision_of_the_winner():
    # log(1 - 9.4e-14): computing log(sum(exp)) would lose 3 digits here.
    z = np.array([0.0, -30.0])
    _, want = mp_softmax(z, 1.0)
    got = get_activation("log_softmax")(z)
    assert abs(got[0] - float(want[0])) <= 2 * EPS * abs(float(want[0]))


@pytest.mark.parametrize("activation_id", VECTOR_IDS)
@pytest.mark.parametrize(
    ("z", "temperature"),
    [
        (np.array([0.3, -1.2, 2.0, 0.0]), 1.0),
        (np.array([0.0, -30.0]), 1.0),
        (RNG.normal(0, 3, 7), 0.37),
        (np.array([5.0]), 2.0),
    ],
)
def test_jacobian_matches_mpmath_derivatives(activation_id, z, temperature):
    act = get_activation(activation_id)
    jac = act.jacobian(z, temperature=temperature)
    n = z.size
    assert jac.shape == (n, n)
    sign = -1.0 if activation_id == "softmin" else 1.0
    y, _ = mp_softmax(sign * z, temperature)
    cond = 4 * EPS * (1.0 + 2 * np.abs(z / temperature).max())  # z / T is rounded, as above
    with mp.workdps(50):
        for i in range(n):
            for j in range(n):
                delta = 1 if i == j else 0
                if activation_id == "log_softmax":
                    want = (delta - y[j]) / temperature
                else:
                    want = sign * y[i] * (delta - y[j]) / temperature
                assert abs(jac[i, j] - float(want)) <= cond * abs(float(want)) + 1e-300, (i, j)

    # ... and against mpmath's own numerical differentiation of the function.
    def f(k: int, t: mp.mpf, j: int) -> mp.mpf:
        s = [mp.mpf(float(v)) for v in z]
        s[j] = t
        s = [sign * v / temperature for v in s]
        m = max(s)
        lse = m + mp.log(mp.fsum(mp.exp(v - m) for v in s))
        return s[k] - lse if activation_id == "log_softmax" else mp.exp(s[k] - lse)

    with mp.workdps(50):
        for i in range(n):
            for j in range(n):
                numeric = mp.diff(lambda t, i=i, j=j: f(i, t, j), mp.mpf(float(z[j])))
                assert abs(jac[i, j] - float(numeric)) <= 1e-13 * max(1.0, abs(float(numeric)))


@pytest.mark.parametrize("activation_id", VECTOR_IDS)
def test_derivative_is_the_jacobian_diagonal_along_the_last_axis(activation_id):
    act = get_activation(activation_id)
    z = RNG.normal(0.0, 4.0, (6, 5))
    d = act.derivative(z, temperature=0.7)
    assert d.shape == z.shape
    for row, drow in zip(z, d, strict=True):
        assert np.allclose(np.diag(act.jacobian(row, temperature=0.7)), drow, rtol=4 * EPS, atol=0.0)


@pytest.mark.parametrize("shape", [(5,), (3, 5), (2, 3, 17), (4, 1), (1000, 10)])
@pytest.mark.parametrize("temperature", [0.05, 1.0, 20.0])
def test_rows_sum_to_one_and_shift_invariance(shape, temperature):
    softmax, log_softmax = get_activation("softmax"), get_activation("log_softmax")
    z = RNG.normal(0.0, 10.0, shape)
    y = softmax(z, temperature=temperature)
    assert y.shape == shape
    assert np.all((y >= 0) & (y <= 1))
    assert np.all(np.abs(y.sum(axis=-1) - 1.0) <= 2 * shape[-1] * EPS)
    assert np.allclose(np.exp(log_softmax(z, temperature=temperature)), y, rtol=1e-13, atol=1e-300)
    for c in (-1000.0, -0.5, 3.0, 1000.0):
        # z + c is rounded (by up to ulp(c)), so the invariance holds to that accuracy.
        tol = 8 * EPS * (1.0 + abs(c) + np.abs(z).max()) / temperature
        assert np.allclose(softmax(z + c, temperature=temperature), y, rtol=tol, atol=1e-300)


def test_temperature_divides_the_logits():
    z = RNG.normal(0.0, 2.0, (10, 4))
    softmax, softmin = get_activation("softmax"), get_activation("softmin")
    for t in (0.05, 0.5, 3.0, 20.0):
        assert np.allclose(softmax(z, temperature=t), softmax(z / t), rtol=1e-15)
        assert np.array_equal(softmin(z, temperature=t), softmax(-z, temperature=t))


INF = math.inf
NAN = math.nan
NONFINITE = [
    # (id, z, expected value, expected derivative)
    ("softmax", [INF, 0.0], [1.0, 0.0], [0.0, 0.0]),
    ("softmax", [INF, INF, 0.0], [0.5, 0.5, 0.0], [0.25, 0.25, 0.0]),
    ("softmax", [-INF, 0.0], [0.0, 1.0], [0.0, 0.0]),
    ("softmax", [-INF, 1.0, 1.0], [0.0, 0.5, 0.5], [0.0, 0.25, 0.25]),
    ("softmax", [-INF, -INF], [NAN, NAN], [NAN, NAN]),  # undefined: no logit is finite
    ("softmax", [NAN, 0.0], [NAN, NAN], [NAN, NAN]),
    ("log_softmax", [INF, 0.0], [0.0, -INF], [0.0, 1.0]),
    ("log_softmax", [-INF, 0.0], [-INF, 0.0], [1.0, 0.0]),
    ("log_softmax", [INF, INF], [-math.log(2), -math.log(2)], [0.5, 0.5]),
    ("log_softmax", [NAN, 1.0, 2.0], [NAN, NAN, NAN], [NAN, NAN, NAN]),
    ("softmin", [-INF, 0.0], [1.0, 0.0], [-0.0, -0.0]),
    ("softmin", [INF, 0.0], [0.0, 1.0], [-0.0, -0.0]),
    ("softmin", [NAN], [NAN], [NAN]),
]


@pytest.mark.parametrize(("activation_id", "z", "value", "derivative"), NONFINITE)
def test_infinite_and_nan_logits(activation_id, z, value, derivative):
    act = get_activation(activation_id)
    got = act(np.array(z))
    assert np.array_equal(got, value, equal_nan=True), got
    assert np.array_equal(act.derivative(np.array(z)), derivative, equal_nan=True)


def test_nan_only_in_its_own_row():
    z = np.array([[NAN, 0.0, 1.0], [0.0, 1.0, 2.0]])
    y = get_activation("softmax")(z)
    assert np.all(np.isnan(y[0])) and np.all(np.isfinite(y[1]))


@pytest.mark.parametrize("activation_id", VECTOR_IDS)
def test_scalars_and_bad_shapes(activation_id):
    act = get_activation(activation_id)
    # As in PyTorch: a 0-d input gives a 0-d output (softmax 1.0, log_softmax 0.0).
    assert act(2.5).shape == () and float(act(2.5)) == (0.0 if activation_id == "log_softmax" else 1.0)
    assert act.derivative(2.5).shape == () and float(act.derivative(2.5)) == 0.0
    with pytest.raises(ValueError, match="at least one logit"):
        act(np.zeros((3, 0)))
    with pytest.raises(ValueError, match="1-D"):
        act.jacobian(np.zeros((2, 2)))
    with pytest.raises(ValueError, match="1-D"):
        act.jacobian(np.zeros(0))

"""The activations added to cover torch.nn.functional and keras.activations: sparsemax, gumbel_softmax,
GLU and its gates, RReLU, threshold, squareplus; checked against independent formulas, torch 2.13 and
Keras 3.15 reference values (tests/data/framework_tables.json) and finite differences.

The elementwise ones are also in tests/model/reference.py (mpmath, [-1e308, 1e308], kinks).
"""

from __future__ import annotations

import json
from pathlib import Path

import mpmath as mp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from actgui.model import get_activation
from actgui.model.activations.gumbel import gumbel_noise

DATA = json.loads((Path(__file__).parents[1] / "data" / "framework_tables.json").read_text(encoding="utf-8"))
X, Z, TABLES = np.array(DATA["X"]), np.array(DATA["Z"]), DATA["tables"]

SPARSEMAX = get_activation("sparsemax")
GUMBEL = get_activation("gumbel_softmax")
GLU = get_activation("glu")


# --------------------------------------------------------------------------
# Sparsemax: the projection onto the simplex, computed another way.
# --------------------------------------------------------------------------


def projection_by_bisection(z: np.ndarray) -> np.ndarray:
    """argmin ||p - z|| on the simplex: p = max(z - tau, 0), tau found by bisection in mpmath (60 digits).

    No sorting and no support: sum(max(z - tau, 0)) is decreasing in tau, 1 at the answer.
    """
    with mp.workdps(60):
        top = mp.mpf(float(np.max(z)))
        zs = [mp.mpf(float(v)) - top for v in z]  # shifted (the projection is shift-invariant)
        lo, hi = mp.mpf(-1), mp.mpf(0)  # the sum is >= 1 at lo and 0 at hi
        for _ in range(200):
            mid = (lo + hi) / 2
            if sum(max(v - mid, 0) for v in zs) > 1:
                lo = mid
            else:
                hi = mid
        tau = (lo + hi) / 2
        return np.array([float(max(v - tau, 0)) for v in zs])


def test_sparsemax_known_values():
    assert np.array_equal(SPARSEMAX(np.array([1.0, 0.8, 0.1, -1.0])), [0.6, 0.4, 0.0, 0.0])
    assert np.array_equal(SPARSEMAX(np.array([0.0, 0.0, 0.0, 0.0])), [0.25] * 4)
    assert np.array_equal(SPARSEMAX(np.array([5.0, 0.0])), [1.0, 0.0])
    # Two logits: sparsemax((x, 0))_0 is Keras's sparse_sigmoid(x).
    x = np.linspace(-3, 3, 61)
    two = SPARSEMAX(np.stack([x, np.zeros_like(x)], axis=-1))
    assert np.allclose(two[:, 0], get_activation("sparse_sigmoid")(x), rtol=0, atol=1e-15)


@pytest.mark.parametrize("row", range(len(Z)))
def test_sparsemax_is_the_projection_where_keras_3_15_is_wrong(row):
    want = projection_by_bisection(Z[row])
    got = SPARSEMAX(Z[row])
    assert np.allclose(got, want, rtol=1e-12, atol=1e-15)
    keras_3_15 = np.array(TABLES["sparsemax|keras-3.15"][row])
    # The bug: Keras 3.15 takes tau from the sum of all the support's partial sums instead of the
    # last one, so it is wrong whenever the support has more than one logit, unless the earlier
    # partial sums happen to be 0 (as for all-zero logits).
    ordered = np.sort(Z[row])[::-1]
    k = int(np.sum(want > 0))
    if k > 1 and np.any(np.cumsum(ordered)[: k - 1] != 0):
        assert not np.allclose(keras_3_15, want, atol=1e-6)
    else:
        assert np.allclose(keras_3_15, want, atol=1e-6)


LOGITS = arrays(
    np.float64, st.integers(1, 7), elements=st.floats(-1e6, 1e6, allow_nan=False, allow_subnormal=False)
)


@settings(max_examples=150, deadline=None)
@given(z=LOGITS)
def test_sparsemax_outputs_lie_on_the_simplex_and_match_bisection(z):
    p = SPARSEMAX(z)
    assert np.all(p >= 0.0) and np.all(p <= 1.0)
    assert abs(p.sum() - 1.0) <= 4 * z.size * np.finfo(float).eps
    want = projection_by_bisection(z)
    scale = max(1.0, float(np.max(np.abs(z))))
    assert np.allclose(p, want, rtol=1e-12, atol=1e-14 * scale)
    # Shifting every logit changes nothing (up to the rounding of the shift).
    assert np.allclose(SPARSEMAX(z + 3.0), p, rtol=0, atol=1e-12 * scale)


@settings(max_examples=60, deadline=None)
@given(z=arrays(np.float64, st.integers(2, 6), elements=st.floats(-4, 4)))
def test_sparsemax_jacobian_matches_finite_differences(z):
    p = SPARSEMAX(z)
    # Away from the kinks: no logit at the threshold (p_i = 0 with z_i close to tau).
    tau = np.max(z[p > 0] - p[p > 0])
    if np.min(np.abs(z - tau)) < 1e-3:
        return
    jac = SPARSEMAX.jacobian(z)
    h = 1e-6
    fd = np.stack([(SPARSEMAX(z + h * e) - SPARSEMAX(z - h * e)) / (2 * h) for e in np.eye(z.size)], axis=1)
    assert np.allclose(jac, fd, atol=1e-8)
    assert np.array_equal(np.diag(jac), SPARSEMAX.derivative(z))


def test_sparsemax_infinities_and_nan():
    assert np.array_equal(SPARSEMAX(np.array([np.inf, 0.0, np.inf])), [0.5, 0.0, 0.5])
    assert np.array_equal(SPARSEMAX(np.array([-np.inf, 1.0, 1.0])), [0.0, 0.5, 0.5])
    assert np.all(np.isnan(SPARSEMAX(np.array([np.nan, 1.0]))))
    assert np.array_equal(SPARSEMAX(np.array([1.7976931348623157e308, -1.7976931348623157e308])), [1.0, 0.0])


# --------------------------------------------------------------------------
# Vector activations of a 0-d input, as in torch.
# --------------------------------------------------------------------------


@pytest.mark.parametrize("activation_id", ["softmax", "softmin", "sparsemax", "gumbel_softmax"])
def test_a_0d_input_gives_a_0d_one(activation_id):
    y = get_activation(activation_id)(np.float64(-3.0))
    assert y.shape == () and float(y) == 1.0
    assert TABLES["softmax|0-d"] == 1.0  # torch.softmax of a 0-d tensor is a 0-d 1.0


# --------------------------------------------------------------------------
# Gumbel-softmax.
# --------------------------------------------------------------------------


def test_gumbel_softmax_is_softmax_of_the_perturbed_logits_and_seeded():
    z = np.array([1.0, 0.8, 0.1, -1.0])
    g = gumbel_noise(z.shape, 7)
    for tau in (0.3, 1.0, 4.0):
        want = np.exp((z + g) / tau) / np.sum(np.exp((z + g) / tau))
        got = GUMBEL(z, tau=tau, seed=7)
        assert np.allclose(got, want, rtol=1e-14, atol=0)
        assert np.array_equal(got, GUMBEL(z, tau=tau, seed=7))  # the seed fixes the draw
    assert not np.array_equal(GUMBEL(z, seed=7), GUMBEL(z, seed=8))
    hard = GUMBEL(z, tau=0.5, hard="True", seed=7)
    assert np.array_equal(hard, np.eye(4)[np.argmax(z + g)])
    # The straight-through gradient is the soft sample's.
    assert np.array_equal(GUMBEL.derivative(z, hard="True", seed=7), GUMBEL.derivative(z, seed=7))


def test_gumbel_max_frequencies_are_softmax():
    # The Gumbel-max trick: argmax(z + g) ~ softmax(z). 40,000 draws: 4 standard errors < 0.01.
    z = np.array([1.0, 0.0, -0.5, 0.3])
    draws = GUMBEL(np.tile(z, (40_000, 1)), tau=1.0, hard="True", seed=3)
    frequencies = draws.mean(axis=0)
    want = np.exp(z) / np.exp(z).sum()
    assert np.allclose(frequencies, want, atol=0.01)


@settings(max_examples=80, deadline=None)
@given(
    z=arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 6)), elements=st.floats(-50, 50)),
    tau=st.floats(0.05, 20),
    hard=st.sampled_from(["False", "True"]),
    seed=st.integers(0, 9999),
)
def test_gumbel_softmax_samples_lie_on_the_simplex(z, tau, hard, seed):
    y = GUMBEL(z, tau=tau, hard=hard, seed=float(seed))
    assert y.shape == z.shape and np.all((y >= 0) & (y <= 1))
    assert np.allclose(y.sum(axis=-1), 1.0, rtol=0, atol=1e-14)
    if hard == "True":
        assert np.all(np.sum(y == 1.0, axis=-1) == 1)


def test_gumbel_softmax_jacobian_matches_finite_differences():
    z = np.array([0.4, -1.2, 2.0])
    jac = GUMBEL.jacobian(z, tau=0.7, seed=5)
    h = 1e-6
    fd = np.stack(
        [
            (GUMBEL(z + h * e, tau=0.7, seed=5) - GUMBEL(z - h * e, tau=0.7, seed=5)) / (2 * h)
            for e in np.eye(3)
        ],
        axis=1,
    )
    assert np.allclose(jac, fd, atol=1e-8)


# --------------------------------------------------------------------------
# GLU and its gates.
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gate", "key"),
    [
        ("sigmoid", "glu|F.glu(x, dim=-1)"),
        ("sigmoid", "glu|keras.activations.glu(x)"),
        ("silu", "glu|a * F.silu(b)"),
        ("gelu", "glu|a * F.gelu(b)"),
        ("relu", "glu|a * F.relu(b)"),
        ("identity", "glu|a * b"),
    ],
)
def test_glu_matches_torch_and_keras(gate, key):
    # torch's 0.5 b (1 + erf(b / sqrt 2)) cancels for b << 0 (gelu(-8) = -5.0e-15 comes out 2% off);
    # actgui's GELU is exact there (tests/model/reference.py), hence the absolute slack for GEGLU.
    atol = 1e-15 if gate == "gelu" else 1e-300
    assert np.allclose(GLU(Z, gate=gate), TABLES[key], rtol=1e-12, atol=atol)


@settings(max_examples=80, deadline=None)
@given(
    shape=st.tuples(st.integers(0, 3), st.integers(1, 4)).map(
        lambda s: (s[0], 2 * s[1]) if s[0] else (2 * s[1],)
    ),
    gate=st.sampled_from(["sigmoid", "silu", "gelu", "relu", "identity"]),
)
def test_glu_halves_the_last_axis(shape, gate):
    z = np.random.default_rng(0).normal(size=shape)
    y, d = GLU(z, gate=gate), GLU.derivative(z, gate=gate)
    assert y.shape == (*shape[:-1], shape[-1] // 2) and d.shape == shape
    n = shape[-1] // 2
    g = get_activation("linear" if gate == "identity" else gate)
    assert np.array_equal(y, z[..., :n] * g(z[..., n:]))


def test_glu_shape_matches_torch_and_odd_lengths_are_refused():
    assert list(GLU(np.zeros((3, 6))).shape) == TABLES["glu|shape"]
    for bad in (np.zeros(3), np.zeros((2, 5)), np.float64(1.0)):
        with pytest.raises(ValueError, match="even length"):
            GLU(bad)


@pytest.mark.parametrize("gate", ["sigmoid", "silu", "gelu", "relu", "identity"])
def test_glu_jacobian_matches_finite_differences(gate):
    z = np.array([0.7, -1.3, 2.1, 0.4, -0.9, 1.6])  # no b at relu's kink
    jac = GLU.jacobian(z, gate=gate)
    h = 1e-6
    fd = np.stack(
        [(GLU(z + h * e, gate=gate) - GLU(z - h * e, gate=gate)) / (2 * h) for e in np.eye(6)], axis=1
    )
    assert jac.shape == (3, 6) and np.allclose(jac, fd, atol=1e-8)
    assert np.allclose(GLU.derivative(z, gate=gate), jac.sum(axis=0), rtol=1e-15)  # the gradient of sum(y)


# --------------------------------------------------------------------------
# RReLU, threshold and squareplus away from the defaults, against torch and Keras.
# --------------------------------------------------------------------------


def test_rrelu_threshold_and_squareplus_match_the_frameworks():
    rrelu, threshold = get_activation("rrelu"), get_activation("threshold")
    assert np.allclose(rrelu(X, lower=0.1, upper=0.7), TABLES["rrelu|lower=0.1,upper=0.7"], rtol=1e-12)
    want = TABLES["threshold|threshold=1.5,value=-2"]
    assert np.array_equal(threshold(X, threshold=1.5, value=-2.0), want)
    assert np.allclose(get_activation("squareplus")(X, b=0.3), TABLES["squareplus|b=0.3"], rtol=1e-12)


def test_threshold_keeps_nan_as_torch_does():
    assert np.isnan(get_activation("threshold")(np.array([np.nan]))[0])


@pytest.mark.parametrize("n", [1, 2, 5, 16, 17])
def test_sparsemax_of_many_rows_agrees_with_the_sorting_path(n):
    # Many short rows go through a sorting network on the transposed rows, block by block;
    # a single row (and rows longer than 16) through np.sort. Both must give the same projection.
    rng = np.random.default_rng(n)
    z = rng.normal(0.0, 3.0, (9000, n))
    z[::7] = np.round(z[::7])  # ties
    z[::11, 0] = 1e300  # one dominant logit
    z[::13] *= 1e-300  # all nearly equal
    batch, diagonal = SPARSEMAX(z), SPARSEMAX.derivative(z)
    rows = [SPARSEMAX(row) for row in z[:600]]
    assert np.allclose(batch[:600], rows, rtol=0, atol=1e-15)
    assert np.allclose(diagonal[:600], [SPARSEMAX.derivative(row) for row in z[:600]], rtol=0, atol=1e-15)
    assert np.allclose(batch.sum(axis=-1), 1.0, rtol=0, atol=4 * n * np.finfo(float).eps)
    for i in (0, 7, 11, 13, 8999):
        assert np.allclose(batch[i], projection_by_bisection(z[i]), rtol=1e-12, atol=1e-15)


def test_gumbel_draws_of_a_large_batch_are_one_draw_of_the_whole_shape():
    # The noise is drawn block by block; it must be the seed's single draw of the whole array.
    z = np.random.default_rng(1).normal(size=(20_000, 3))
    g = gumbel_noise(z.shape, 11)
    s = z + g
    want = np.exp(s - s.max(axis=1, keepdims=True))
    want /= want.sum(axis=1, keepdims=True)
    assert np.allclose(GUMBEL(z, seed=11), want, rtol=1e-13, atol=1e-300)

"""The seed's dense layer: forward pass against independent computations, validation, seeds."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actgui.model import DenseLayer, ForwardPass, get_activation, random_input

SEED = 1234


def loop_forward(x: list[float], w: list[list[float]], b: list[float]) -> tuple[list[float], list[float]]:
    """h = x W + b and y = sigmoid(h) with plain Python loops and math.exp, in float64."""
    n_in, n_out = len(w), len(w[0])
    h = [math.fsum([b[j]] + [x[i] * w[i][j] for i in range(n_in)]) for j in range(n_out)]
    y = [1.0 / (1.0 + math.exp(-v)) for v in h]
    return h, y


def float32_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The seed's TensorFlow graph in float32, one multiply-add at a time (tf.matmul + tf.sigmoid)."""
    f32 = np.float32
    y = []
    for j in range(w.shape[1]):
        acc = f32(b[j])
        for i in range(w.shape[0]):
            acc = f32(acc + f32(f32(x[i]) * f32(w[i, j])))
        y.append(f32(1) / (f32(1) + np.exp(-acc)))
    return np.array(y, dtype=np.float32)


def test_forward_matches_plain_python_loops():
    layer = DenseLayer.random(seed=SEED)
    x = random_input(seed=SEED + 1)
    result = layer.forward(x)
    h, y = loop_forward(x[0].tolist(), layer.weights.tolist(), layer.bias.tolist())
    assert np.allclose(result.pre_activation[0], h, rtol=1e-15, atol=1e-17)
    assert np.allclose(result.output[0], y, rtol=2e-16, atol=0)


def test_forward_with_a_bias_and_other_activations_matches_loops():
    rng = np.random.default_rng(5)
    w, b, x = rng.uniform(-2, 2, (10, 5)), rng.uniform(-1, 1, 5), rng.uniform(0, 1, 10)
    result = DenseLayer(w, b).forward(x)
    h, y = loop_forward(x.tolist(), w.tolist(), b.tolist())
    assert np.allclose(result.pre_activation[0], h, rtol=1e-14, atol=1e-15)
    assert np.allclose(result.output[0], y, rtol=1e-15)
    relu = DenseLayer(w, b).forward(x, "relu")
    assert np.array_equal(relu.output[0], np.maximum(relu.pre_activation[0], 0.0))
    leaky = DenseLayer(w, b).forward(x, "leaky_relu", negative_slope=0.2)
    assert leaky.params == {"negative_slope": 0.2}
    hv = leaky.pre_activation[0]
    assert np.allclose(leaky.output[0], [v if v > 0 else 0.2 * v for v in hv], rtol=1e-16)
    softmax = DenseLayer(w, b).forward(x, "softmax")  # across the 5 outputs
    exps = [math.exp(v - max(h)) for v in h]
    assert np.allclose(softmax.output[0], [e / math.fsum(exps) for e in exps], rtol=1e-14)
    assert math.isclose(softmax.output.sum(), 1.0, rel_tol=1e-15)


@pytest.mark.parametrize("seed", [0, 1, 42, 2026])
def test_matches_the_float32_seed_program_to_float32_precision(seed):
    # TensorFlow draws W and x in float32: feed the same float32 numbers to both.
    layer64 = DenseLayer.random(seed=seed)
    w32 = layer64.weights.astype(np.float32)
    x32 = random_input(seed=seed + 1)[0].astype(np.float32)
    b32 = np.zeros(5, dtype=np.float32)
    result = DenseLayer(w32.astype(np.float64), b32.astype(np.float64)).forward(x32.astype(np.float64))
    want = float32_forward(x32, w32, b32)
    eps32 = float(np.finfo(np.float32).eps)
    # Ten float32 multiply-adds and a float32 sigmoid: a few float32 ulp at most.
    assert np.allclose(result.output[0], want, rtol=8 * eps32, atol=0)


def test_contributions_sum_to_pre_activation_minus_bias():
    rng = np.random.default_rng(11)
    layer = DenseLayer(rng.normal(0, 1, (10, 5)), rng.normal(0, 1, 5))
    result = layer.forward(rng.uniform(0, 1, 10))
    assert result.contributions.shape == (10, 5)
    assert np.array_equal(result.contributions, result.x.reshape(-1, 1) * result.weights)
    h_minus_b = result.pre_activation[0] - result.bias
    assert np.allclose(result.contributions.sum(axis=0), h_minus_b, rtol=1e-14, atol=1e-15)


def test_shapes_and_copies():
    layer = DenseLayer.random(3, 4, seed=2)
    result = layer.forward([0.1, 0.2, 0.3])
    assert isinstance(result, ForwardPass)
    assert result.x.shape == (1, 3) and result.weights.shape == (3, 4) and result.bias.shape == (4,)
    assert result.pre_activation.shape == (1, 4) and result.output.shape == (1, 4)
    assert result.activation == "sigmoid" and result.params == {}
    result.weights[0, 0] = 99.0  # the pass holds copies: the layer is unchanged
    assert layer.weights[0, 0] != 99.0
    assert np.array_equal(result.gradient, get_activation("sigmoid").derivative(result.pre_activation))
    assert DenseLayer(np.ones((2, 3)), np.zeros((1, 3))).bias.shape == (3,)
    assert layer.n_in == 3 and layer.n_out == 4


def test_random_is_reproducible_and_in_range():
    a, b = DenseLayer.random(seed=7), DenseLayer.random(seed=7)
    assert np.array_equal(a.weights, b.weights)
    assert not np.array_equal(a.weights, DenseLayer.random(seed=8).weights)
    assert a.weights.shape == (10, 5) and np.array_equal(a.bias, np.zeros(5))
    assert np.all((a.weights >= -0.1) & (a.weights < 0.1))
    wide = DenseLayer.random(4, 6, low=-3.0, high=-2.0, seed=1)
    assert np.all((wide.weights >= -3.0) & (wide.weights < -2.0))
    x1, x2 = random_input(seed=3), random_input(seed=3)
    assert np.array_equal(x1, x2) and x1.shape == (1, 10) and np.all((x1 >= 0) & (x1 < 1))
    assert random_input(4, seed=3).shape == (1, 4)


def test_huge_but_finite_entries_give_no_warning():
    layer = DenseLayer(np.full((10, 5), 1e300), np.zeros(5))
    result = layer.forward(np.full(10, 1e300))  # x W overflows to +inf: sigmoid(inf) = 1
    assert np.array_equal(result.output, np.ones((1, 5)))
    assert np.all(np.isinf(result.contributions))


@pytest.mark.parametrize(
    ("weights", "bias", "message"),
    [
        (np.ones(10), np.zeros(5), "weights"),
        (np.ones((2, 3, 4)), np.zeros(4), "weights"),
        (np.ones((0, 5)), np.zeros(5), "weights"),
        (np.ones((10, 0)), np.zeros(0), "weights"),
        (np.full((10, 5), np.nan), np.zeros(5), "weights"),
        (np.full((10, 5), np.inf), np.zeros(5), "weights"),
        ([["a"] * 5] * 10, np.zeros(5), "weights"),
        (np.ones((10, 5)), np.zeros(4), "bias"),
        (np.ones((10, 5)), np.zeros((2, 5)), "bias"),
        (np.ones((10, 5)), [0, 0, 0, 0, np.nan], "bias"),
        (np.ones((10, 5)), [0, 0, 0, 0, -np.inf], "bias"),
        (np.ones((10, 5)), "zeros", "bias"),
    ],
)
def test_bad_layers_are_refused_naming_the_argument(weights, bias, message):
    with pytest.raises(ValueError, match=message):
        DenseLayer(weights, bias)


@pytest.mark.parametrize(
    "x",
    [np.ones(9), np.ones(11), np.ones((2, 10)), np.ones((10, 1)), [np.nan] * 10, [1.0] * 9 + [np.inf],
     ["1"] * 10, [[1.0] * 10, [1.0]], 3.0],
)  # fmt: skip
def test_bad_inputs_are_refused_naming_x(x):
    with pytest.raises(ValueError, match=r"\bx\b"):
        DenseLayer.random(seed=1).forward(x)


def test_bad_activation_and_parameters():
    layer = DenseLayer.random(seed=1)
    x = random_input(seed=1)
    with pytest.raises(ValueError, match="unknown activation"):
        layer.forward(x, "swish")
    with pytest.raises(ValueError, match="negative_slope"):
        layer.forward(x, "leaky_relu", negative_slope=5.0)
    with pytest.raises(ValueError, match="beta"):
        layer.forward(x, "relu", beta=1.0)
    with pytest.raises(ValueError, match="no parameter 'x'"):  # x is positional-only
        layer.forward(x, "relu", x=1.0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_in": 0}, "n_in"),
        ({"n_in": 2.5}, "n_in"),
        ({"n_in": True}, "n_in"),
        ({"n_out": 10**6}, "n_out"),
        ({"n_out": "5"}, "n_out"),
        ({"low": 0.1, "high": 0.1}, "init range"),
        ({"low": 1.0, "high": -1.0}, "init range"),
        ({"low": float("nan")}, "init range"),
        ({"high": float("inf")}, "init range"),
        ({"low": -1e308, "high": 1e308}, "too wide"),
        ({"low": "a"}, "init range"),
        ({"high": None}, "init range"),
        ({"low": True}, "init range"),
        ({"seed": "abc"}, "seed"),
        ({"seed": -1}, "seed"),
        ({"seed": 1.5}, "seed"),
    ],
)
def test_bad_random_layers_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        DenseLayer.random(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"n_in": 0}, "n_in"), ({"seed": "1"}, "seed"), ({"seed": -2}, "seed")]
)
def test_bad_random_inputs_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        random_input(**kwargs)

"""One dense layer's forward pass, as in the seed's TensorFlow 1.x example.

The seed program::

    x = tf.placeholder(tf.float32, (1, 10))
    W = tf.Variable(tf.random_uniform((10, 5), -0.1, 0.1))
    b = tf.Variable(tf.zeros(5))
    h = tf.matmul(x, W) + b
    y = tf.sigmoid(h)
    sess.run(y, {x: np.random.rand(1, 10)})
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from actgui.model._numerics import FloatArray, as_float_array
from actgui.model.activations import get_activation
from actgui.model.checks import check_int
from actgui.model.refusal import Refusal

MAX_SIZE = 10_000
"""The most inputs or neurons a layer may have."""


def _finite(arr: FloatArray, name: str) -> FloatArray:
    if not np.all(np.isfinite(arr)):
        raise Refusal("array_not_finite", name=name)
    return arr


@dataclass(frozen=True)
class ForwardPass:
    """Every intermediate array of one forward pass.

    Attributes
    ----------
    x
        The input, shape (1, n_in).
    weights
        W, shape (n_in, n_out).
    bias
        b, shape (n_out,).
    contributions
        x_i * W_ij, shape (n_in, n_out); column j sums to h_j - b_j.
    pre_activation
        h = x W + b, shape (1, n_out).
    output
        y = activation(h), shape (1, n_out).
    activation
        The activation's id.
    params
        The activation's resolved parameters.
    """

    x: FloatArray
    weights: FloatArray
    bias: FloatArray
    contributions: FloatArray
    pre_activation: FloatArray
    output: FloatArray
    activation: str
    params: dict[str, Any]

    @property
    def gradient(self) -> FloatArray:
        """f'(h) elementwise (for a vector activation, dy_j/dh_j), shape (1, n_out)."""
        act = get_activation(self.activation)
        return act.derivative(self.pre_activation, **self.params)


class DenseLayer:
    """A fully connected layer h = x W + b followed by an activation.

    Parameters
    ----------
    weights
        W, shape (n_in, n_out), finite.
    bias
        b, shape (n_out,) (or (1, n_out)), finite.
    """

    def __init__(self, weights: ArrayLike, bias: ArrayLike) -> None:
        w = _finite(as_float_array(weights, "weights"), "weights")
        if w.ndim != 2 or w.shape[0] < 1 or w.shape[1] < 1:
            raise Refusal("weights_shape", shape=w.shape)
        b = _finite(as_float_array(bias, "bias"), "bias")
        if b.ndim == 2 and b.shape[0] == 1:
            b = b[0]
        if b.shape != (w.shape[1],):
            raise Refusal("bias_shape", n_out=w.shape[1], shape=b.shape)
        self.weights: FloatArray = w
        self.bias: FloatArray = b

    @property
    def n_in(self) -> int:
        """Number of inputs."""
        return int(self.weights.shape[0])

    @property
    def n_out(self) -> int:
        """Number of outputs (neurons)."""
        return int(self.weights.shape[1])

    @classmethod
    def random(
        cls,
        n_in: int = 10,
        n_out: int = 5,
        low: float = -0.1,
        high: float = 0.1,
        seed: int | None = None,
    ) -> DenseLayer:
        """A layer with W uniform in [low, high) and b = 0, like ``tf.random_uniform``.

        The same seed gives the same weights.
        """
        for name, n in (("n_in", n_in), ("n_out", n_out)):
            check_int(name, n, 1, MAX_SIZE)
        if isinstance(low, (bool, str)) or isinstance(high, (bool, str)):
            raise Refusal("init_range_numbers", low=repr(low), high=repr(high))
        try:
            low, high = float(low), float(high)
        except (TypeError, ValueError):
            raise Refusal("init_range_numbers", low=repr(low), high=repr(high)) from None
        if not (math.isfinite(low) and math.isfinite(high) and low < high):
            raise Refusal("init_range_finite", low=f"{low}", high=f"{high}")
        if not math.isfinite(high - low):  # NumPy cannot draw from a range wider than 1.8e308
            raise Refusal("init_range_width", low=f"{low:g}", high=f"{high:g}")
        rng = np.random.default_rng(_checked_seed(seed))
        weights = rng.uniform(low, high, size=(n_in, n_out))
        return cls(weights, np.zeros(n_out))

    def check_input(self, x: ArrayLike) -> FloatArray:
        """Validate ``x`` and return it with shape (1, n_in)."""
        arr = _finite(as_float_array(x, "x"), "x")
        if arr.shape == (self.n_in,):
            arr = arr.reshape(1, self.n_in)
        if arr.shape != (1, self.n_in):
            raise Refusal("input_shape", n_in=self.n_in, shape=arr.shape)
        return arr

    def forward(self, x: ArrayLike, /, activation: str = "sigmoid", **params: Any) -> ForwardPass:
        """Run h = x W + b, y = activation(h).

        A vector activation (softmax family) is applied across the n_out outputs.
        """
        act = get_activation(activation)
        if act.is_gated:  # GLU halves its input: y would not have the layer's n_out outputs
            raise Refusal("layer_gated", activation=act.id, n_out=f"{self.weights.shape[1]}")
        resolved = act.resolve(params)
        xr = self.check_input(x)
        with np.errstate(over="ignore", invalid="ignore"):  # huge but finite entries may overflow to inf
            contributions = xr.reshape(-1, 1) * self.weights
            h = xr @ self.weights + self.bias
        y = act(h, **resolved)
        return ForwardPass(
            x=xr,
            weights=self.weights.copy(),
            bias=self.bias.copy(),
            contributions=contributions,
            pre_activation=h,
            output=y,
            activation=act.id,
            params=resolved,
        )


def random_input(n_in: int = 10, seed: int | None = None) -> FloatArray:
    """Input x of shape (1, n_in), uniform in [0, 1) like ``np.random.rand(1, n_in)``."""
    check_int("n_in", n_in, 1, MAX_SIZE)
    return np.random.default_rng(_checked_seed(seed)).random((1, n_in))


def _checked_seed(seed: object) -> int | None:
    if seed is None:
        return None
    if isinstance(seed, (int, np.integer)) and not isinstance(seed, bool) and seed >= 0:
        return int(seed)  # the same generator as from the NumPy integer itself
    raise Refusal("seed_optional", value=repr(seed))

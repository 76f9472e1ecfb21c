"""Smooth units new in the catalogue: the exponential and squareplus (Keras 3)."""

from __future__ import annotations

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import CLASSIC, SMOOTH, Activation, Properties, number_param


def _exponential(x: FloatArray) -> FloatArray:
    with np.errstate(over="ignore"):  # exp(x) = inf above 709.78, as in every framework
        return np.exp(x)


def _squareplus_root(x: FloatArray, b: float) -> FloatArray:
    """sqrt(x^2 + b) without overflow of x^2 (hypot)."""
    return np.hypot(x, np.sqrt(b))


def _squareplus(x: FloatArray, b: float) -> FloatArray:
    # (x + h) / 2 with h = sqrt(x^2 + b); for x < 0 that cancels, and equals b / (2 (h - x)).
    # Halves first, so that nothing overflows near the largest float.
    h = _squareplus_root(x, b)
    with np.errstate(divide="ignore", invalid="ignore"):  # -inf + inf in the branch not taken
        positive = x / 2.0 + h / 2.0
        negative = (b / 4.0) / (h / 2.0 - x / 2.0)
    out = np.where(x >= 0.0, positive, negative)
    if b == 0.0:
        out = np.maximum(x, 0.0)  # ReLU exactly, and 0 / 0 never appears
    return nx.keep_nan(x, out)


def _squareplus_d(x: FloatArray, b: float) -> FloatArray:
    # (1 + x / h) / 2; for x < 0, 1 + x / h = b / (h (h - x)).
    h = _squareplus_root(x, b)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        positive = (1.0 + x / h) / 2.0
        negative = (b / 4.0) / (h / 2.0 - x / 2.0) / h
    out = np.where(x >= 0.0, positive, negative)
    if b == 0.0:
        out = nx.indicator(x, x > 0)  # ReLU's derivative, 0 at 0 as in PyTorch
    out[np.isinf(x) & (x > 0)] = 1.0
    out[np.isinf(x) & (x < 0)] = 0.0
    return nx.keep_nan(x, out)


EXPONENTIAL = Activation(
    id="exponential",
    name="Exponential",
    category=CLASSIC,
    kind="elementwise",
    params=(),
    latex=r"\exp(x) = e^{x}",
    latex_derivative=r"\exp'(x) = e^{x}",
    output_range=r"(0, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
    note=(
        "e to the x: positive and its own derivative. Not a hidden-layer activation (it "
        "explodes for large inputs, overflowing to infinity above x = 709.78 in float64); "
        "used as an output for a positive quantity such as a rate or a scale, often on a "
        "log-parameterised output. Keras calls it keras.activations.exponential; in "
        "PyTorch it is torch.exp."
    ),
    _value=_exponential,
    _derivative=_exponential,
)
SQUAREPLUS = Activation(
    id="squareplus",
    name="Squareplus",
    category=SMOOTH,
    kind="elementwise",
    params=(number_param("b", 4.0, 0.0, 20.0, 0.1, "b", "Curvature near 0: b = 0 gives ReLU."),),
    latex=r"\mathrm{squareplus}(x) = \frac{x + \sqrt{x^2 + b}}{2}",
    latex_derivative=r"\mathrm{squareplus}'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)",
    output_range=r"(0, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
    note=(
        "A softplus-like smooth ReLU made only of a square root (Barron, 2021), with no "
        "exp or log, so it is cheap; b sets the curvature near 0 and b = 0 is exactly "
        "ReLU (no longer smooth). squareplus(0) = sqrt(b) / 2. Keras 3's "
        "keras.activations.squareplus (default b = 4); PyTorch has no such function."
    ),
    _value=_squareplus,
    _derivative=_squareplus_d,
)

"""Smooth units new in the catalogue: the exponential and squareplus (Keras 3)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import CLASSIC, SMOOTH, Activation, Properties, number_param
from actgui.model.params import ParamValue


def _exponential(x: FloatArray) -> FloatArray:
    with np.errstate(over="ignore"):  # exp(x) = inf above 709.78, as in every framework
        return np.exp(x)


_BIG = 1e150
"""Above this |x|, x^2 + b rounds to x^2 and x^2 would soon overflow: sqrt(x^2 + b) is |x| there."""


def _squareplus_q(x: FloatArray, b: float) -> tuple[FloatArray, FloatArray]:
    """H = sqrt(x^2 + b) and q = (h - |x|) / 2 = (b / 4) / ((|x| + h) / 2), which never cancels."""
    a = np.abs(x)
    clipped = np.minimum(a, _BIG)
    h = clipped * clipped
    h += b
    np.sqrt(h, out=h)
    a -= clipped
    h += a  # + (|x| - _BIG) above _BIG, where sqrt(x^2 + b) = |x| to the last bit
    a += clipped
    # (|x| + h) / 2 by halves, so that nothing overflows near the largest float.
    q = a * 0.5
    q += h * 0.5
    np.divide(b / 4.0, q, out=q)
    return h, q


def _squareplus_kernel(x: FloatArray, out: FloatArray, b: float) -> None:
    # (x + h) / 2 = max(x, 0) + (h - |x|) / 2: for x < 0 that is the non-cancelling b / (2 (h - x)).
    _, q = _squareplus_q(x, b)
    np.maximum(x, 0.0, out=out)
    out += q


def _squareplus_grad_kernel(x: FloatArray, out: FloatArray, b: float) -> None:
    # (1 + x / h) / 2 = 1 - q / h for x >= 0 and q / h for x < 0 (1 - |x| / h = 2 q / h).
    h, q = _squareplus_q(x, b)
    np.divide(q, h, out=q)  # q is finite and h > 0 (b > 0): at x = +-inf this is 0, the limit
    nonnegative = (x >= 0.0).astype(np.float64)
    np.multiply(nonnegative, -2.0, out=out)
    out += 1.0
    out *= q
    out += nonnegative  # 1 - q / h for x >= 0, q / h for x < 0, without a branch


def _squareplus(x: FloatArray, b: float) -> FloatArray:
    if b == 0.0:
        return np.maximum(x, 0.0)  # ReLU exactly, and 0 / 0 never appears
    return nx.blockwise(lambda block, out: _squareplus_kernel(block, out, b), x)


def _squareplus_d(x: FloatArray, b: float) -> FloatArray:
    if b == 0.0:
        return nx.indicator(x, x > 0)  # ReLU's derivative, 0 at 0 as in PyTorch
    out = nx.blockwise(lambda block, o: _squareplus_grad_kernel(block, o, b), x)
    return nx.keep_nan(x, out)


def _squareplus_properties(values: Mapping[str, ParamValue]) -> Properties:
    """Smooth for b > 0; b = 0 is ReLU, with its kink at 0."""
    return Properties(bounded=False, monotonic=True, smooth=float(values["b"]) > 0.0, zero_centred=False)


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
    _properties_at=_squareplus_properties,
)

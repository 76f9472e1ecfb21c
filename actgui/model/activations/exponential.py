"""The exponential rectifiers ELU, SELU and CELU, and softplus."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import (
    RECTIFIERS,
    SMOOTH,
    Activation,
    Properties,
    blend_positive,
    cases,
    number_param,
)
from actgui.model.params import ParamValue


def _negative_exp_branch(x: FloatArray, scale: float, alpha: float, expm1: bool) -> FloatArray:
    """The negative branch: alpha expm1(x / scale) (or alpha exp(x / scale)) on x <= 0, 0 on x > 0."""
    with np.errstate(over="ignore"):  # x / scale -> -inf is intended
        z = np.minimum(x, 0.0)
        if scale != 1.0:
            z /= scale
    out = np.expm1(z) if expm1 else np.exp(z)
    out *= alpha
    return out


def _elu(x: FloatArray, alpha: float) -> FloatArray:
    out = _negative_exp_branch(x, 1.0, alpha, expm1=True)
    out += np.maximum(x, 0.0)
    return out


def _elu_d(x: FloatArray, alpha: float) -> FloatArray:
    return blend_positive(x, _negative_exp_branch(x, 1.0, alpha, expm1=False))  # elu'(0) = alpha


_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _selu(x: FloatArray) -> FloatArray:
    out = _elu(x, _SELU_ALPHA)
    with np.errstate(over="ignore"):  # scale * x beyond 1.7e308 is +inf, as it should be
        out *= _SELU_SCALE
    return out


def _selu_d(x: FloatArray) -> FloatArray:
    out = _elu_d(x, _SELU_ALPHA)
    out *= _SELU_SCALE
    return out


def _celu(x: FloatArray, alpha: float) -> FloatArray:
    out = _negative_exp_branch(x, alpha, alpha, expm1=True)
    out += np.maximum(x, 0.0)
    return out


def _celu_d(x: FloatArray, alpha: float) -> FloatArray:
    return blend_positive(x, _negative_exp_branch(x, alpha, 1.0, expm1=False))  # celu'(0) = 1


def _softplus_parts(x: FloatArray, beta: float, threshold: float) -> tuple[FloatArray, FloatArray]:
    """Return beta * x clamped at the threshold, and 1.0 where PyTorch's linear branch applies."""
    with np.errstate(over="ignore"):  # beta * x -> +-inf is intended
        bx = x * beta
    linear = nx.indicator(bx, bx > threshold)  # the test PyTorch makes, in float64
    np.minimum(bx, threshold, out=bx)
    return bx, linear


def _softplus(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    # (beta x > threshold) ? x : log1p(exp(beta x)) / beta, selected exactly with 0/1 factors.
    bx, linear = _softplus_parts(x, beta, threshold)
    out = nx.softplus(bx)
    out /= beta
    out *= 1.0 - linear
    linear *= np.maximum(x, threshold / beta)  # x where linear, a finite number times 0 elsewhere
    out += linear
    return out


def _softplus_d(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    bx, linear = _softplus_parts(x, beta, threshold)
    out = nx.blockwise(nx.sigmoid_kernel, bx)
    out *= 1.0 - linear
    out += linear
    return out


def _elu_properties(values: Mapping[str, ParamValue]) -> Properties:
    # f' is alpha just left of 0 and 1 just right of it: no kink only at alpha = 1.
    return Properties(bounded=False, monotonic=True, smooth=values["alpha"] == 1.0, zero_centred=False)


SOFTPLUS_JUMP_LIMIT = 1e-8
"""A jump at PyTorch's threshold below this is far below anything a plot or a float32 shows."""


def softplus_threshold_jump(beta: float, threshold: float) -> float:
    """The drop of PyTorch's softplus where it switches to x, at beta x = threshold.

    log(1 + e^t) / beta on the left, t / beta on the right: a drop of
    log1p(e^-t) / beta (2e-9 at the defaults, 0.31 at beta = 1, t = 1).
    """
    return math.log1p(math.exp(-threshold)) / beta


def _softplus_properties(values: Mapping[str, ParamValue]) -> Properties:
    exact = softplus_threshold_jump(float(values["beta"]), float(values["threshold"])) <= SOFTPLUS_JUMP_LIMIT
    return Properties(bounded=False, monotonic=exact, smooth=exact, zero_centred=False)


ELU = Activation(
    id="elu",
    name="ELU",
    category=RECTIFIERS,
    kind="elementwise",
    params=(
        number_param("alpha", 1.0, 0.0, 10.0, 0.1, r"\alpha", "Value approached for x -> -inf is -alpha."),
    ),
    latex=r"\mathrm{ELU}(x) = " + cases(("x", "x > 0"), (r"\alpha\,(e^{x} - 1)", r"x \le 0")),
    latex_derivative=r"\mathrm{ELU}'(x) = " + cases(("1", "x > 0"), (r"\alpha\, e^{x}", r"x \le 0")),
    output_range=r"(-\alpha, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
    note=(
        "Exponential Linear Unit: like ReLU for positive inputs, but saturates smoothly "
        "to -alpha for negative ones, which pushes mean activations towards zero and "
        "keeps a gradient for negative inputs. Continuously differentiable only at "
        "alpha = 1 (for other alpha the slope jumps from alpha to 1 at 0). A little "
        "more expensive than ReLU (an exponential)."
    ),
    _value=_elu,
    _derivative=_elu_d,
    _properties_at=_elu_properties,
)
SELU = Activation(
    id="selu",
    name="SELU",
    category=RECTIFIERS,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{SELU}(x) = \lambda " + cases(("x", "x > 0"), (r"\alpha\,(e^{x} - 1)", r"x \le 0")),
    latex_derivative=r"\mathrm{SELU}'(x) = \lambda " + cases(("1", "x > 0"), (r"\alpha\, e^{x}", r"x \le 0")),
    output_range=r"(-\lambda\alpha, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "Scaled ELU with fixed constants (alpha = 1.6733, lambda = 1.0507) chosen so "
        "that activations keep zero mean and unit variance through many layers: a "
        "self-normalising network. It only works as intended with LeCun-normal "
        "initialisation, plain fully connected layers and AlphaDropout."
    ),
    _value=_selu,
    _derivative=_selu_d,
)
CELU = Activation(
    id="celu",
    name="CELU",
    category=RECTIFIERS,
    kind="elementwise",
    params=(
        number_param(
            "alpha", 1.0, 0.01, 10.0, 0.01, r"\alpha", "Scale of the negative part; must be positive."
        ),
    ),
    latex=r"\mathrm{CELU}(x) = \max(0, x) + \min\bigl(0,\ \alpha\,(e^{x/\alpha} - 1)\bigr)",
    latex_derivative=r"\mathrm{CELU}'(x) = " + cases(("1", "x > 0"), (r"e^{x/\alpha}", r"x \le 0")),
    output_range=r"(-\alpha, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
    note=(
        "Continuously differentiable ELU: dividing x by alpha inside the exponential "
        "makes the slope at 0 equal to 1 for every alpha, so the derivative has no "
        "jump. Otherwise behaves like ELU."
    ),
    _value=_celu,
    _derivative=_celu_d,
)
SOFTPLUS = Activation(
    id="softplus",
    name="Softplus",
    category=SMOOTH,
    kind="elementwise",
    params=(
        number_param("beta", 1.0, 0.1, 20.0, 0.1, r"\beta", "Sharpness: large beta approaches ReLU."),
        number_param(
            "threshold", 20.0, 1.0, 50.0, 1.0, r"t", "Above beta*x > threshold the function is linear."
        ),
    ),
    latex=r"\mathrm{softplus}(x) = \frac{1}{\beta} \log\bigl(1 + e^{\beta x}\bigr)",
    latex_derivative=r"\mathrm{softplus}'(x) = \sigma(\beta x)",
    output_range=r"(0, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
    note=(
        "A smooth ReLU whose derivative is the sigmoid. Used where an output must be "
        "positive (a variance or a rate) rather than as a hidden activation. For "
        "beta * x above the threshold PyTorch returns x itself, for stability; that "
        "leaves a small downward jump of log(1 + e^-threshold) / beta there (2e-9 at the "
        "defaults, visible for small thresholds). Keras's softplus has no beta (beta = 1)."
    ),
    _value=_softplus,
    _derivative=_softplus_d,
    _properties_at=_softplus_properties,
)

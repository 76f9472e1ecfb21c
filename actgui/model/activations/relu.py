"""The rectified linear units: ReLU, Leaky ReLU and PReLU."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import (
    RECTIFIERS,
    Activation,
    Properties,
    blend_positive,
    cases,
    number_param,
)
from actgui.model.params import ParamValue


def _relu(x: FloatArray) -> FloatArray:
    return np.maximum(x, 0.0)


def _relu_d(x: FloatArray) -> FloatArray:
    return nx.indicator(x, x > 0)  # relu'(0) = 0


def _leaky_relu(x: FloatArray, negative_slope: float) -> FloatArray:
    if negative_slope == 0.0:
        return np.maximum(x, 0.0)  # 0 * -inf would be NaN
    out = np.minimum(x, 0.0)
    out *= negative_slope
    out += np.maximum(x, 0.0)
    return out


def _leaky_relu_d(x: FloatArray, negative_slope: float) -> FloatArray:
    return blend_positive(x, np.full_like(x, negative_slope))  # leaky_relu'(0) = negative_slope


def _prelu(x: FloatArray, weight: float) -> FloatArray:
    return _leaky_relu(x, weight)


def _prelu_d(x: FloatArray, weight: float) -> FloatArray:
    return _leaky_relu_d(x, weight)


def slope_properties(slope: float) -> Properties:
    """Leaky ReLU and PReLU: at slope 1 they are the identity, smooth and odd."""
    identity = slope == 1.0
    return Properties(bounded=False, monotonic=True, smooth=identity, zero_centred=identity)


def _leaky_relu_properties(values: Mapping[str, ParamValue]) -> Properties:
    return slope_properties(float(values["negative_slope"]))


def _prelu_properties(values: Mapping[str, ParamValue]) -> Properties:
    return slope_properties(float(values["weight"]))


RELU = Activation(
    id="relu",
    name="ReLU",
    category=RECTIFIERS,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{ReLU}(x) = \max(0, x)",
    latex_derivative=r"\mathrm{ReLU}'(x) = " + cases(("1", "x > 0"), ("0", "x \\le 0")),
    output_range=r"[0, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "The default for hidden layers of feed-forward and convolutional networks: "
        "cheap, and its derivative is exactly 1 for positive inputs, so the activation "
        "itself never shrinks an active unit's gradient (sigmoid's derivative is at "
        "most 0.25). Whether the gradient survives many layers still depends on the "
        "weights: with He initialisation its size is kept from layer to layer, with "
        "too small or too large weights it vanishes or explodes. A unit whose input "
        "stays negative gets zero gradient and can 'die'; Leaky ReLU or ELU avoid that. "
        "Use He initialisation with it. "
        "The derivative at 0 is taken as 0, as PyTorch and TensorFlow do."
    ),
    _value=_relu,
    _derivative=_relu_d,
)
LEAKY_RELU = Activation(
    id="leaky_relu",
    name="Leaky ReLU",
    category=RECTIFIERS,
    kind="elementwise",
    params=(number_param("negative_slope", 0.01, 0.0, 1.0, 0.01, r"\alpha", "Slope for negative inputs."),),
    latex=r"\mathrm{LeakyReLU}(x) = " + cases(("x", "x > 0"), (r"\alpha x", r"x \le 0")),
    latex_derivative=r"\mathrm{LeakyReLU}'(x) = " + cases(("1", "x > 0"), (r"\alpha", r"x \le 0")),
    output_range=r"(-\infty, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "ReLU with a small slope for negative inputs, so no unit ever has a zero "
        "gradient and none can die. A drop-in replacement for ReLU when many units go "
        "dead (large learning rates, GANs). Default slopes differ: 0.01 in PyTorch, "
        "0.3 in keras.layers.LeakyReLU, 0.2 in keras.activations.leaky_relu and "
        "tf.nn.leaky_relu. At slope 1 it is the identity."
    ),
    _value=_leaky_relu,
    _derivative=_leaky_relu_d,
    _properties_at=_leaky_relu_properties,
)
PRELU = Activation(
    id="prelu",
    name="PReLU",
    category=RECTIFIERS,
    kind="elementwise",
    params=(
        number_param("weight", 0.25, 0.0, 1.0, 0.01, "a", "The negative slope (learned during training)."),
    ),
    latex=r"\mathrm{PReLU}(x) = " + cases(("x", "x > 0"), ("a x", r"x \le 0")),
    latex_derivative=r"\mathrm{PReLU}'(x) = " + cases(("1", "x > 0"), ("a", r"x \le 0")),
    output_range=r"(-\infty, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "Parametric ReLU: a Leaky ReLU whose negative slope a is a learned parameter "
        "(PyTorch initialises it to 0.25, one per layer or per channel). Introduced "
        "for deep image classifiers; the slider shows the function for one value of a."
    ),
    _value=_prelu,
    _derivative=_prelu_d,
    _properties_at=_prelu_properties,
)

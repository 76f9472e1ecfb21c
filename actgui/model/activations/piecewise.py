"""Piecewise units new in the catalogue: RReLU, threshold, sparse plus and sparse sigmoid.

RReLU and threshold follow ``torch.nn.functional``; sparse plus and sparse
sigmoid follow Keras 3's ``keras.activations`` (PyTorch has neither).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import (
    HARD,
    RECTIFIERS,
    SMOOTH,
    Activation,
    Properties,
    blend_positive,
    cases,
    number_param,
)
from actgui.model.activations.relu import slope_properties
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal


def _check_rrelu(values: dict[str, ParamValue]) -> None:
    if not float(values["lower"]) <= float(values["upper"]):
        raise Refusal(
            "param_not_above",
            low_name="lower",
            high_name="upper",
            low=f"{values['lower']:g}",
            high=f"{values['upper']:g}",
        )


def rrelu_eval_slope(lower: float, upper: float) -> float:
    """The negative slope of RReLU in evaluation mode: the mean of the training band."""
    return (lower + upper) / 2.0


def _rrelu_properties(values: Mapping[str, ParamValue]) -> Properties:
    """Evaluation mode is a Leaky ReLU with the mean slope: lower = upper = 1 is the identity."""
    return slope_properties(rrelu_eval_slope(float(values["lower"]), float(values["upper"])))


def _rrelu(x: FloatArray, lower: float, upper: float) -> FloatArray:
    slope = rrelu_eval_slope(lower, upper)
    if slope == 0.0:
        return np.maximum(x, 0.0)  # 0 * -inf would be NaN
    out = np.minimum(x, 0.0)
    out *= slope
    out += np.maximum(x, 0.0)
    return out


def _rrelu_d(x: FloatArray, lower: float, upper: float) -> FloatArray:
    # Evaluation mode is leaky_relu(x, slope): x > 0 ? 1 : slope, so rrelu'(0) = slope.
    return blend_positive(x, np.full_like(x, rrelu_eval_slope(lower, upper)))


def _threshold(x: FloatArray, threshold: float, value: float) -> FloatArray:
    # PyTorch's kernel is x <= threshold ? value : x, so NaN stays NaN.
    out = np.array(x, dtype=np.float64, copy=True)
    np.copyto(out, value, where=x <= threshold)
    return out


def _threshold_properties(values: Mapping[str, ParamValue]) -> Properties:
    """It never decreases unless the value jumps down at the threshold (value > threshold).

    It is never smooth: a jump where value != threshold, and a kink (slope 0 to 1) where they
    are equal (then it is max(x, threshold)).
    """
    monotonic = float(values["value"]) <= float(values["threshold"])
    return Properties(bounded=False, monotonic=monotonic, smooth=False, zero_centred=False)


def _threshold_d(x: FloatArray, threshold: float, value: float) -> FloatArray:
    del value
    return nx.indicator(x, x > threshold)  # threshold_backward: 0 where x <= threshold


def _sparse_plus(x: FloatArray) -> FloatArray:
    # Keras 3: 0 for x <= -1, (x + 1)^2 / 4 for -1 < x < 1, x for x >= 1. That is
    # max(x, (clip(x, -1, 1) + 1)^2 / 4): the parabola lies above x ((x + 1)^2 - 4x = (x - 1)^2),
    # is 0 >= x below -1 and 1 <= x above 1. No branch, and NaN stays NaN.
    out = np.clip(x, -1.0, 1.0)
    out += 1.0  # exact near -1
    out *= out
    out *= 0.25
    return np.maximum(out, x, out=out)


def _sparse_plus_d(x: FloatArray) -> FloatArray:
    # (x + 1) / 2 inside, 0 below, 1 above; continuous, so the kinks need no convention.
    out = np.clip(x, -1.0, 1.0)
    out += 1.0
    out *= 0.5
    return nx.keep_nan(x, out)


def _sparse_sigmoid(x: FloatArray) -> FloatArray:
    out = np.clip(x, -1.0, 1.0)
    out += 1.0  # exact near -1, where x / 2 + 1 / 2 would cancel
    out *= 0.5
    return out


def _sparse_sigmoid_d(x: FloatArray) -> FloatArray:
    # Keras 3's TensorFlow and torch backends select the constant pieces at x <= -1 and x >= 1:
    # the derivative is 0 at both ends (JAX's clip gives 1/4 there).
    out = nx.indicator(x, (x > -1.0) & (x < 1.0))
    out *= 0.5
    return out


RRELU = Activation(
    id="rrelu",
    name="RReLU",
    category=RECTIFIERS,
    kind="elementwise",
    params=(
        number_param("lower", 1.0 / 8.0, 0.0, 1.0, 0.005, "l", "Lowest negative slope drawn in training."),
        number_param("upper", 1.0 / 3.0, 0.0, 1.0, 0.005, "u", "Highest negative slope drawn in training."),
    ),
    latex=r"\mathrm{RReLU}(x) = " + cases(("x", r"x \ge 0"), (r"\frac{l + u}{2}\, x", "x < 0")),
    latex_derivative=r"\mathrm{RReLU}'(x) = " + cases(("1", "x > 0"), (r"\frac{l + u}{2}", r"x \le 0")),
    output_range=r"(-\infty, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "Randomized Leaky ReLU: during training every negative input gets its own slope, "
        "drawn uniformly from [lower, upper] (the shaded band); in evaluation it is a "
        "Leaky ReLU with the mean slope (lower + upper) / 2, the curve drawn. The random "
        "slopes act as a regulariser. PyTorch's defaults are lower = 1/8 and upper = 1/3; "
        "Keras has no RReLU."
    ),
    _value=_rrelu,
    _derivative=_rrelu_d,
    _check=_check_rrelu,
    _properties_at=_rrelu_properties,
)
THRESHOLD = Activation(
    id="threshold",
    name="Threshold",
    category=RECTIFIERS,
    kind="elementwise",
    params=(
        number_param("threshold", 0.0, -10.0, 10.0, 0.1, r"\theta", "Inputs at or below it are replaced."),
        number_param("value", 0.0, -10.0, 10.0, 0.1, "v", "What replaces inputs at or below the threshold."),
    ),
    latex=r"\mathrm{threshold}(x) = " + cases(("x", r"x > \theta"), ("v", r"x \le \theta")),
    latex_derivative=r"\mathrm{threshold}'(x) = " + cases(("1", r"x > \theta"), ("0", r"x \le \theta")),
    output_range=r"\{v\} \cup (\theta, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "Keeps x above the threshold and replaces everything else by a constant value; "
        "with threshold = value = 0 it is ReLU. It jumps at the threshold unless value = "
        "threshold, and it decreases there when value > threshold. PyTorch calls it "
        "F.threshold(x, threshold, value); Keras 3 calls it "
        "keras.activations.threshold(x, threshold, default_value). Neither has defaults."
    ),
    _value=_threshold,
    _derivative=_threshold_d,
    _properties_at=_threshold_properties,
)
SPARSE_PLUS = Activation(
    id="sparse_plus",
    name="Sparse plus",
    category=SMOOTH,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{sparse\_plus}(x) = "
    + cases(("0", r"x \le -1"), (r"\frac{(x + 1)^2}{4}", r"-1 < x < 1"), ("x", r"x \ge 1")),
    latex_derivative=r"\mathrm{sparse\_plus}'(x) = "
    + cases(("0", r"x \le -1"), (r"\frac{x + 1}{2}", r"-1 < x < 1"), ("1", r"x \ge 1")),
    output_range=r"[0, \infty)",
    properties=Properties(bounded=False, monotonic=True, smooth=True, zero_centred=False),
    note=(
        "A softplus made of pieces: exactly 0 below -1, exactly x above 1 and a parabola "
        "between, so its derivative is continuous but its second derivative jumps at "
        "+-1. Unlike softplus it gives exact zeros (sparse outputs). It is Keras 3's "
        "keras.activations.sparse_plus, from the sparsemax / Fenchel-Young loss "
        "literature; PyTorch has no such function."
    ),
    _value=_sparse_plus,
    _derivative=_sparse_plus_d,
)
SPARSE_SIGMOID = Activation(
    id="sparse_sigmoid",
    name="Sparse sigmoid",
    category=HARD,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{sparse\_sigmoid}(x) = "
    + cases(("0", r"x \le -1"), (r"\frac{x + 1}{2}", r"-1 < x < 1"), ("1", r"x \ge 1")),
    latex_derivative=r"\mathrm{sparse\_sigmoid}'(x) = "
    + cases((r"\frac{1}{2}", r"-1 < x < 1"), ("0", r"\text{otherwise}")),
    output_range="[0, 1]",
    properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "The derivative of sparse plus: a sigmoid made of three straight pieces that "
        "reaches exactly 0 and 1 at -1 and 1. It is the two-class case of sparsemax: "
        "sparsemax((x, 0)) = (sparse_sigmoid(x), sparse_sigmoid(-x)). Keras 3's "
        "keras.activations.sparse_sigmoid; PyTorch has no such function. The derivative "
        "at the corners is taken as 0, as Keras's TensorFlow and PyTorch backends "
        "differentiate it (their where() picks the constant piece there); under JAX, "
        "whose clip splits the gradient, it is 1/4."
    ),
    _value=_sparse_sigmoid,
    _derivative=_sparse_sigmoid_d,
)

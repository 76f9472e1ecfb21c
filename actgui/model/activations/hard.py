"""The piecewise-linear units: hardtanh, ReLU6, hard sigmoid and hard swish."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import HARD, Activation, Properties, cases, number_param
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal


def _check_hardtanh(values: dict[str, ParamValue]) -> None:
    if not float(values["min_val"]) < float(values["max_val"]):
        raise Refusal(
            "param_order",
            low_name="min_val",
            high_name="max_val",
            low=f"{values['min_val']:g}",
            high=f"{values['max_val']:g}",
        )


def _hardtanh_properties(values: Mapping[str, ParamValue]) -> Properties:
    # Odd only when the limits are symmetric, a = -b.
    symmetric = float(values["min_val"]) == -float(values["max_val"])
    return Properties(bounded=True, monotonic=True, smooth=False, zero_centred=symmetric)


def _hardtanh(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return np.clip(x, min_val, max_val)


def _hardtanh_d(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return nx.indicator(x, (x > min_val) & (x < max_val))  # 0 at both ends


def _relu6(x: FloatArray) -> FloatArray:
    return np.clip(x, 0.0, 6.0)


def _relu6_d(x: FloatArray) -> FloatArray:
    return _hardtanh_d(x, 0.0, 6.0)


def _hardsigmoid(x: FloatArray) -> FloatArray:
    # relu6(x + 3) / 6: x + 3 is exact near -3, where x / 6 + 1/2 would cancel.
    out = x + 3.0
    np.clip(out, 0.0, 6.0, out=out)
    out /= 6.0
    return out


def _hardsigmoid_d(x: FloatArray) -> FloatArray:
    out = nx.indicator(x, (x > -3.0) & (x < 3.0))  # 0 at +-3
    out /= 6.0
    return out


def _hardswish(x: FloatArray) -> FloatArray:
    out = _hardsigmoid(x)  # exactly 1 for x >= 3, so x * 1 = x
    out *= np.maximum(x, -3.0)  # the factor is 0 below -3: -inf * 0 would be NaN
    return out


def _hardswish_d(x: FloatArray) -> FloatArray:
    # 0 for x < -3, x/3 + 1/2 = (2x + 3)/6 on [-3, 3] (so -0.5 at -3 and 1.5 at 3), 1 above.
    middle = np.clip(x, -3.0, 3.0)
    middle *= 2.0
    middle += 3.0  # exact near the root -1.5, where x/3 + 1/2 would cancel
    middle /= 6.0
    middle *= (x >= -3.0) & (x <= 3.0)
    middle += x > 3.0
    return nx.keep_nan(x, middle)


HARDTANH = Activation(
    id="hardtanh",
    name="Hardtanh",
    category=HARD,
    kind="elementwise",
    params=(
        number_param("min_val", -1.0, -10.0, 10.0, 0.1, "a", "Lower limit; must be below max_val."),
        number_param("max_val", 1.0, -10.0, 10.0, 0.1, "b", "Upper limit; must be above min_val."),
    ),
    latex=r"\mathrm{hardtanh}(x) = \min\bigl(\max(x, a),\ b\bigr)",
    latex_derivative=r"\mathrm{hardtanh}'(x) = " + cases(("1", "a < x < b"), ("0", r"\text{otherwise}")),
    output_range="[a, b]",
    properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=True),
    note=(
        "A piecewise-linear tanh: identity between the limits, constant outside. "
        "Cheap, used in quantised and low-power networks. Its gradient is exactly 0 "
        "outside [a, b], a hard form of saturation. Zero-centred only when a = -b."
    ),
    _value=_hardtanh,
    _derivative=_hardtanh_d,
    _check=_check_hardtanh,
    _properties_at=_hardtanh_properties,
)
RELU6 = Activation(
    id="relu6",
    name="ReLU6",
    category=HARD,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{ReLU6}(x) = \min\bigl(\max(0, x),\ 6\bigr)",
    latex_derivative=r"\mathrm{ReLU6}'(x) = " + cases(("1", "0 < x < 6"), ("0", r"\text{otherwise}")),
    output_range="[0, 6]",
    properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "ReLU capped at 6, which keeps activations in a range that survives low-"
        "precision (8-bit) arithmetic. Used in MobileNet for mobile devices."
    ),
    _value=_relu6,
    _derivative=_relu6_d,
)
HARDSIGMOID = Activation(
    id="hardsigmoid",
    name="Hard sigmoid",
    category=HARD,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{hardsigmoid}(x) = "
    + cases(("0", r"x \le -3"), ("1", r"x \ge 3"), (r"x/6 + 1/2", r"\text{otherwise}")),
    latex_derivative=r"\mathrm{hardsigmoid}'(x) = "
    + cases((r"1/6", "-3 < x < 3"), ("0", r"\text{otherwise}")),
    output_range="[0, 1]",
    properties=Properties(bounded=True, monotonic=True, smooth=False, zero_centred=False),
    note=(
        "A piecewise-linear sigmoid, much cheaper to compute; used in MobileNetV3's "
        "gates. PyTorch and Keras 3 use slope 1/6 (relu6(x + 3) / 6); Keras 2 and "
        "older TensorFlow used slope 0.2: max(0, min(1, 0.2 x + 0.5))."
    ),
    _value=_hardsigmoid,
    _derivative=_hardsigmoid_d,
)
HARDSWISH = Activation(
    id="hardswish",
    name="Hard swish",
    category=HARD,
    kind="elementwise",
    params=(),
    latex=r"\mathrm{hardswish}(x) = x \cdot \frac{\mathrm{ReLU6}(x + 3)}{6}",
    latex_derivative=r"\mathrm{hardswish}'(x) = "
    + cases(("0", "x < -3"), (r"x/3 + 1/2", r"-3 \le x \le 3"), ("1", "x > 3")),
    output_range=r"[-0.375, \infty)",
    properties=Properties(bounded=False, monotonic=False, smooth=False, zero_centred=False),
    note=(
        "A piecewise approximation of SiLU/Swish built from ReLU6, introduced with "
        "MobileNetV3 for fast inference on phones."
    ),
    _value=_hardswish,
    _derivative=_hardswish_d,
)

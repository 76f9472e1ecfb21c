"""Numerically stable building blocks shared by the activation functions.

Every helper takes and returns float64 arrays, is exact to a few ulp over the
whole float64 range (infinities included) and emits no floating-point
warnings. ``np.where`` evaluates both branches, so the inputs of each branch
are clipped to where that branch is meant to be used.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]

SQRT_2 = math.sqrt(2.0)
SQRT_2PI = math.sqrt(2.0 * math.pi)

# Beyond this |x|, exp(-2|x|) underflows to zero: sech^2 and sigmoid' are 0.
_SATURATION = 400.0

_erfc_object = np.frompyfunc(math.erfc, 1, 1)


def as_float_array(x: ArrayLike, name: str = "x") -> FloatArray:
    """Convert ``x`` to a float64 array, refusing non-real input.

    Raises
    ------
    ValueError
        If ``x`` is not made of real numbers (strings, complex, objects).
    """
    try:
        arr = np.asarray(x)
    except Exception as exc:  # ragged nested lists and the like
        raise ValueError(f"{name} must be an array of real numbers ({exc})") from None
    if arr.dtype.kind not in "biuf":
        raise ValueError(f"{name} must be an array of real numbers, got dtype {arr.dtype}")
    return arr.astype(np.float64, copy=True)


def keep_nan(x: FloatArray, out: FloatArray) -> FloatArray:
    """Return ``out`` with NaN wherever ``x`` is NaN (NaN in, NaN out)."""
    nan = np.isnan(x)
    if np.any(nan):
        out = np.where(nan, np.nan, out)
    return out


def patch_infinities(
    x: FloatArray, out: FloatArray, at_pos_inf: float, at_neg_inf: float
) -> FloatArray:
    """Replace ``out`` at ``x = +inf`` and ``x = -inf`` by the given limits."""
    if np.any(np.isinf(x)):
        out = np.where(x == np.inf, at_pos_inf, out)
        out = np.where(x == -np.inf, at_neg_inf, out)
    return out


def finite_part(x: FloatArray) -> FloatArray:
    """``x`` with infinities replaced by 0, for branches patched afterwards."""
    return np.where(np.isinf(x), 0.0, x)


def sigmoid(x: FloatArray) -> FloatArray:
    """Logistic sigmoid 1 / (1 + exp(-x)), stable for every float64."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_grad(x: FloatArray) -> FloatArray:
    """sigmoid'(x) = e / (1 + e)^2 with e = exp(-|x|): exact in both tails."""
    e = np.exp(-np.abs(x))
    return e / ((1.0 + e) * (1.0 + e))


def softplus(x: FloatArray) -> FloatArray:
    """log(1 + exp(x)) without overflow or loss of precision."""
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def sech2(x: FloatArray) -> FloatArray:
    """sech^2(x) = 1 - tanh^2(x), exact in the tails where 1 - tanh^2 cancels."""
    e = np.exp(-2.0 * np.minimum(np.abs(x), _SATURATION))
    return 4.0 * e / ((1.0 + e) * (1.0 + e))


def erfc(x: FloatArray) -> FloatArray:
    """Complementary error function to full double precision (C library)."""
    return np.asarray(_erfc_object(x), dtype=np.float64)

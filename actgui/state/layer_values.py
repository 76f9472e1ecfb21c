"""What a forward-pass layer may hold: its limits and the checks of x, W, b and single values.

The checks raise :class:`~actgui.model.refusal.Refusal` (a ``ValueError``
with a code) so that the interface translates them by code. They are shared
by :class:`~actgui.state.layer.LayerState`, its saved settings and the layer
file reader; :func:`checked_array` and :func:`accepted_params` read saved
values back without ever raising.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from actgui.model import get_activation
from actgui.model._numerics import FloatArray, as_float_array
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal

N_IN = 10
N_OUT = 5
MAX_UNITS = 64
"""Largest n_in or n_out a layer may have (loaded files are checked against it)."""

VALUE_LIMIT = 1e6
"""Largest |value| accepted for any entry of x, W or b (keeps h finite at any k)."""

SCALE_MIN = 0.1
SCALE_MAX = 100.0
DEFAULT_INIT_RANGE = (-0.1, 0.1)
"""The seed's ``tf.random_uniform((10, 5), -0.1, 0.1)``."""

INIT_LIMIT = 100.0
"""The init range must lie within [-INIT_LIMIT, INIT_LIMIT]."""

SEED_MAX = 2**31 - 1
DEFAULT_SEED = 0
DEFAULT_X_SEED = 0
DEFAULT_DECIMALS = 3
MIN_DECIMALS = 0
MAX_DECIMALS = 10
DEFAULT_ACTIVATION = "sigmoid"

REFUSED = (ValueError, TypeError, OverflowError)
"""What a check or a setter raises for a saved value it does not accept."""


def int_in(value: object, name: str, low: int, high: int) -> int:
    """``value`` as an int if it is an integer in [low, high] (Refusal otherwise)."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise Refusal("value_integer", name=name, value=repr(value))
    if not low <= int(value) <= high:
        raise Refusal("value_range", name=name, low=low, high=high, value=value)
    return int(value)


def real(value: object, name: str) -> float:
    """``value`` as a float if it is a finite real number (Refusal otherwise)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise Refusal("value_number", name=name, value=repr(value))
    number = float(value)
    if not math.isfinite(number):
        raise Refusal("value_not_finite", name=name, value=repr(value))
    return number


def check_entries(arr: FloatArray, name: str) -> FloatArray:
    """Raise a Refusal unless every entry is finite with |value| <= VALUE_LIMIT."""
    if not np.all(np.isfinite(arr)):
        raise Refusal("entries_not_finite", name=name)
    if arr.size and float(np.max(np.abs(arr))) > VALUE_LIMIT:
        raise Refusal("entries_limit", name=name, limit=VALUE_LIMIT)
    return arr


def check_value(value: object, name: str) -> float:
    """Validate one cell value typed by a user or read from a file."""
    number = real(value, name)
    if abs(number) > VALUE_LIMIT:
        raise Refusal("value_limit", name=name, limit=VALUE_LIMIT, value=repr(number))
    return number


def check_weights(weights: ArrayLike) -> FloatArray:
    """Validate W alone: an n_in x n_out matrix of allowed values, 1 <= n <= MAX_UNITS."""
    w = check_entries(as_float_array(weights, "W"), "W")
    if w.ndim != 2 or not (1 <= w.shape[0] <= MAX_UNITS and 1 <= w.shape[1] <= MAX_UNITS):
        raise Refusal("layer_weights_shape", limit=MAX_UNITS, shape=w.shape)
    return w


def check_input(x: ArrayLike, n_in: int) -> FloatArray:
    """Validate x for a layer of ``n_in`` inputs; returns shape (1, n_in)."""
    xa = check_entries(as_float_array(x, "x"), "x")
    if xa.shape == (n_in,):
        xa = xa.reshape(1, n_in)
    if xa.shape != (1, n_in):
        raise Refusal("x_shape", n_in=n_in, shape=xa.shape)
    return xa


def check_bias(bias: ArrayLike, n_out: int) -> FloatArray:
    """Validate b for a layer of ``n_out`` outputs; returns shape (n_out,)."""
    ba = check_entries(as_float_array(bias, "b"), "b")
    if ba.shape == (1, n_out):
        ba = ba.reshape(n_out)
    if ba.shape != (n_out,):
        raise Refusal("layer_bias_shape", n_out=n_out, shape=ba.shape)
    return ba


def check_layer_arrays(x: ArrayLike, weights: ArrayLike, bias: ArrayLike) -> tuple[FloatArray, ...]:
    """Validate a whole layer and return (x (1, n_in), W (n_in, n_out), b (n_out,)).

    Raises
    ------
    ValueError
        For wrong types or shapes, non-finite or too large values.
    """
    w = check_weights(weights)
    n_in, n_out = w.shape
    return check_input(x, n_in), w, check_bias(bias, n_out)


def check_init_range(low: object, high: object) -> tuple[float, float]:
    """Validate an init range [low, high) within [-INIT_LIMIT, INIT_LIMIT]."""
    lo, hi = real(low, "the init range's low end"), real(high, "the init range's high end")
    if not lo < hi:
        raise Refusal("init_range_order", low=lo, high=hi)
    if abs(lo) > INIT_LIMIT or abs(hi) > INIT_LIMIT:
        raise Refusal("init_range_limit", low=-INIT_LIMIT, high=INIT_LIMIT)
    return lo, hi


def check_scale(k: object) -> float:
    """Validate a weight scale k in [SCALE_MIN, SCALE_MAX]."""
    number = real(k, "the weight scale k")
    if not SCALE_MIN <= number <= SCALE_MAX:
        raise Refusal("weight_scale_range", low=SCALE_MIN, high=SCALE_MAX, value=number)
    return number


# -- saved values (restoring never raises) ------------------------------------------------


def _is_numbers(value: object) -> bool:
    """Whether ``value`` is a (nested) list of real numbers, booleans excluded."""
    if isinstance(value, list):
        return all(_is_numbers(item) for item in value)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def checked_array(check: Callable[[Any], FloatArray], value: object) -> FloatArray | None:
    """``check(value)`` for a saved nested list of numbers, or None if it is refused."""
    if not isinstance(value, list) or not _is_numbers(value):
        return None
    try:
        return check(value)
    except REFUSED:
        return None


def accepted_params(activation_id: str, saved: object) -> dict[str, ParamValue]:
    """The saved parameters of an activation that it accepts, one by one (resolved)."""
    activation = get_activation(activation_id)
    kept: dict[str, Any] = {}
    if isinstance(saved, Mapping):
        for name, value in saved.items():
            try:
                activation.resolve({**kept, name: value})
            except REFUSED:
                continue
            kept[name] = value
    return activation.resolve(kept)

"""Checks of the numbers a user sets (sizes, seeds, rates), refused with a code.

For example::

    >>> check_int("batch_size", 32, 1, 2000)
    >>> check_float("l2", 2.0, 0.0, 1.0)
    Traceback (most recent call last):
    ...
    actgui.model.refusal.Refusal: l2 must be a number in [0, 1], got 2.0
"""

from __future__ import annotations

import numpy as np

from actgui.model.refusal import Refusal


def check_int(name: str, value: object, low: int, high: int) -> None:
    """Refuse ``value`` unless it is an integer (not a bool) in [low, high].

    Raises
    ------
    Refusal
        ``integer_range`` (a ValueError), naming ``name`` and the range.
    """
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
        raise Refusal("integer_range", name=name, low=f"{low}", high=f"{high}", value=repr(value))


def check_float(name: str, value: object, low: float, high: float) -> None:
    """Refuse ``value`` unless it is a finite real number (not a bool) in [low, high].

    Raises
    ------
    Refusal
        ``number_range`` (a ValueError), naming ``name`` and the range.
    """
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float, np.floating))
        or not (np.isfinite(value) and low <= value <= high)
    ):
        raise Refusal("number_range", name=name, low=f"{low:g}", high=f"{high:g}", value=repr(value))

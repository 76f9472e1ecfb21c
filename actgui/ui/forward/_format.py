"""How the forward-pass panel writes numbers: fixed decimals, a true minus sign."""

from __future__ import annotations

import math

MINUS = "\u2212"
_LARGE = 1e5


def format_number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals (scientific beyond 1e5), minus sign U+2212.

    A value that rounds to zero is written without a sign: -0.0004 at three
    decimals reads 0.000, not -0.000.
    """
    if not math.isfinite(value):
        return "nan" if math.isnan(value) else ("∞" if value > 0 else MINUS + "∞")
    if abs(value) >= _LARGE:
        text = f"{value:.{max(decimals, 1)}e}"
    else:
        text = f"{value:.{decimals}f}"
        if text.lstrip("-").strip("0.") == "":
            text = text.lstrip("-")
    return text.replace("-", MINUS)


def parse_number(text: str) -> float:
    """Parse a number typed by a user; accepts the minus sign U+2212.

    Raises
    ------
    ValueError
        If the text is not a finite number.
    """
    cleaned = text.strip().replace(MINUS, "-").replace(" ", "")
    if not cleaned:
        raise ValueError("empty")
    number = float(cleaned)
    if not math.isfinite(number):
        raise ValueError("not finite")
    return number

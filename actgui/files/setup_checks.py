"""The checks of a setup file's values, and the error they raise.

Every value read from a setup is checked for its JSON type here before a
state's setter sees it (a setter would turn the text ``"3"`` into 3.0), and
the setters then check the range. A refusal names the value by its path in
the file (``explorer.x_range``), so the teacher can find it in a text
editor. Qt-free; the interface translates by :attr:`SetupFileError.code`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from actgui.files.layer_schema import LayerFileError, quoted, shortened
from actgui.model.refusal import Refusal

T = TypeVar("T")

REFUSED = (ValueError, TypeError, OverflowError)
"""What a state's setter raises for a value it does not accept."""

EXPECTED = {
    "number": "a number",
    "integer": "a whole number",
    "bool": "true or false",
    "string": "a text",
    "list": "a list",
    "object": "an object",
}
"""The English words for each JSON type a value may be required to have."""


class SetupFileError(LayerFileError):
    """A setup file that cannot be opened.

    Like a layer file's error: ``str(exc)`` is the English message,
    ``code`` names the problem and ``details`` holds its values. When a
    state refused a value, :attr:`refusal` is the state's
    :class:`~actgui.model.refusal.Refusal` (or ``ValueError``), so the
    interface can say why in its own language.
    """

    def __init__(self, message: str, code: str, refusal: ValueError | None = None, **details: object) -> None:
        super().__init__(message, code, **details)
        self.refusal = refusal


def _kind(value: Any) -> str:
    return type(value).__name__


def type_error(value: Any, where: str, expected: str) -> SetupFileError:
    """The error for ``value`` at ``where`` that is not of the ``expected`` type (a key of EXPECTED)."""
    kind, shown = _kind(value), quoted(value)
    return SetupFileError(
        f"{where} must be {EXPECTED[expected]}, got {kind} {shown}",
        "setup_type", where=where, expected=expected, kind=kind, value=shown,
    )  # fmt: skip


def number(value: Any, where: str) -> float:
    """A finite real number (booleans are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise type_error(value, where, "number")
    try:
        result = float(value)
    except OverflowError:
        raise SetupFileError(f"{where} is too large", "too_large", where=where) from None
    if not math.isfinite(result):  # 1e999 is read as infinity
        raise SetupFileError(
            f"{where} must be finite, got {value!r}", "not_finite", where=where, value=repr(value)
        )
    return result


def integer(value: Any, where: str) -> int:
    """A whole number written without a decimal point."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise type_error(value, where, "integer")
    return value


def boolean(value: Any, where: str) -> bool:
    """``true`` or ``false``."""
    if not isinstance(value, bool):
        raise type_error(value, where, "bool")
    return value


def string(value: Any, where: str) -> str:
    """A text."""
    if not isinstance(value, str):
        raise type_error(value, where, "string")
    return value


def obj(value: Any, where: str) -> Mapping[str, Any]:
    """A JSON object."""
    if not isinstance(value, Mapping):
        raise type_error(value, where, "object")
    return value


def items(value: Any, where: str, most: int) -> list[Any]:
    """A list of at most ``most`` items."""
    if not isinstance(value, list):
        raise type_error(value, where, "list")
    if len(value) > most:
        raise SetupFileError(
            f"{where} has {len(value)} items, at most {most} are allowed",
            "setup_too_many", where=where, most=most, count=len(value),
        )  # fmt: skip
    return value


def numbers(value: Any, where: str, most: int) -> list[float]:
    """A list of at most ``most`` finite numbers."""
    return [number(v, f"{where}[{i}]") for i, v in enumerate(items(value, where, most))]


def pair(value: Any, where: str) -> tuple[float, float]:
    """Exactly two finite numbers, such as a range's ends."""
    values = numbers(value, where, 2)
    if len(values) != 2:
        raise SetupFileError(
            f"{where} must hold two numbers, got {len(values)}", "setup_pair", where=where, count=len(values)
        )
    return values[0], values[1]


def rows(value: Any, where: str, most: int) -> list[list[float]]:
    """A list of at most ``most`` rows of at most ``most`` finite numbers each."""
    result = [numbers(row, f"{where}[{i}]", most) for i, row in enumerate(items(value, where, most))]
    if len({len(row) for row in result}) > 1:
        raise SetupFileError(f"the rows of {where} must all have the same length", "ragged", name=where)
    return result


def accepted(where: str, setter: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``setter(*args, **kwargs)``, its refusal turned into a :class:`SetupFileError` naming ``where``."""
    try:
        return setter(*args, **kwargs)
    except REFUSED as exc:
        reason = shortened(str(exc), 200)
        refusal = exc if isinstance(exc, ValueError) else None
        raise SetupFileError(
            f"{where}: {reason}", "setup_value", refusal, where=where, reason=reason
        ) from None


def known_keys(
    group: Mapping[str, Any], where: str, keys: tuple[str, ...] | frozenset[str], ignored: list[str]
) -> None:
    """Note every key of ``group`` that is not one of ``keys`` (it is then ignored)."""
    for key in group:
        if key not in keys:
            ignored.append(f"{where}.{shortened(key)}" if where else shortened(key))


def refusal_of(exc: BaseException) -> Refusal | None:
    """The state's refusal behind a setup error, if it carries a code."""
    cause = getattr(exc, "refusal", None)
    return cause if isinstance(cause, Refusal) else None

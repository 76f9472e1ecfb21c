"""Parameter metadata and validation for activation functions."""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

ParamValue = float | str


@dataclass(frozen=True)
class Param:
    """One tunable parameter of an activation function.

    A numeric parameter has ``minimum``, ``maximum`` and a slider ``step``;
    a choice parameter has ``choices`` and a string ``default``.

    Parameters
    ----------
    name
        The keyword name, as in ``torch.nn.functional``.
    default
        The default value (PyTorch's default).
    minimum, maximum
        The allowed closed range of a numeric parameter.
    step
        A sensible slider step for a numeric parameter.
    choices
        The allowed values of a string parameter.
    symbol
        The LaTeX symbol used for the parameter in formulas.
    description
        A one-line description for tooltips.
    """

    name: str
    default: ParamValue
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    choices: tuple[str, ...] | None = None
    symbol: str = ""
    description: str = ""

    @property
    def is_choice(self) -> bool:
        """Whether this parameter takes one of a fixed set of strings."""
        return self.choices is not None

    def range_text(self) -> str:
        """Describe the allowed values, for error messages and tooltips."""
        if self.choices is not None:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        return f"a number in [{self.minimum:g}, {self.maximum:g}]"

    def validate(self, value: object) -> ParamValue:
        """Return ``value`` converted to this parameter's type.

        Raises
        ------
        ValueError
            If the value has the wrong type, is not finite or is outside the
            allowed range; the message names the parameter and its range.
        """
        if self.choices is not None:
            if isinstance(value, str) and value in self.choices:
                return value
            raise ValueError(
                f"parameter {self.name!r} must be {self.range_text()}, got {value!r}"
            )
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError(
                f"parameter {self.name!r} must be {self.range_text()}, got {value!r}"
            )
        number = float(value)
        assert self.minimum is not None and self.maximum is not None
        if not math.isfinite(number) or not self.minimum <= number <= self.maximum:
            raise ValueError(
                f"parameter {self.name!r} must be {self.range_text()}, got {value!r}"
            )
        return number

    def parse(self, text: str) -> ParamValue:
        """Parse a value typed by a user (command line, text field) and validate it."""
        if self.choices is not None:
            return self.validate(text.strip())
        try:
            number = float(text)
        except ValueError:
            raise ValueError(
                f"parameter {self.name!r} must be {self.range_text()}, got {text!r}"
            ) from None
        return self.validate(number)

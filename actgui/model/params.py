"""Parameter metadata and validation for activation functions."""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

from actgui.model.refusal import Refusal, english

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

    def range_code(self) -> tuple[str, dict[str, str]]:
        """Describe the allowed values by a code of ``REFUSALS`` and its values.

        The interface translates the description by the code, like a refusal;
        :meth:`range_text` is its English text.

        Returns
        -------
        tuple[str, dict[str, str]]
            ``("param_allowed_choices", {"choices": ...})`` or
            ``("param_allowed_range", {"low": ..., "high": ...})``.
        """
        if self.choices is not None:
            return "param_allowed_choices", {"choices": self._choices_text()}
        return "param_allowed_range", {"low": f"{self.minimum:g}", "high": f"{self.maximum:g}"}

    def range_text(self) -> str:
        """Describe the allowed values, for error messages and tooltips."""
        code, values = self.range_code()
        return english(code, **values)

    def _choices_text(self) -> str:
        assert self.choices is not None
        return ", ".join(repr(c) for c in self.choices)

    def _refusal(self, value: object) -> Refusal:
        """The refusal of ``value``, naming this parameter and its allowed values."""
        if self.choices is not None:
            return Refusal("param_choice", name=self.name, choices=self._choices_text(), value=repr(value))
        return Refusal(
            "param_range",
            name=self.name,
            low=f"{self.minimum:g}",
            high=f"{self.maximum:g}",
            value=repr(value),
        )

    def validate(self, value: object) -> ParamValue:
        """Return ``value`` converted to this parameter's type.

        Raises
        ------
        Refusal
            ``param_choice`` or ``param_range`` (a ValueError) if the value
            has the wrong type, is not finite or is outside the allowed
            range; the message names the parameter and its range.
        """
        if self.choices is not None:
            if isinstance(value, str) and value in self.choices:
                return value
            raise self._refusal(value)
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise self._refusal(value)
        number = float(value)
        assert self.minimum is not None and self.maximum is not None
        if not math.isfinite(number) or not self.minimum <= number <= self.maximum:
            raise self._refusal(value)
        return number

    def parse(self, text: str) -> ParamValue:
        """Parse a value typed by a user (command line, text field) and validate it."""
        if self.choices is not None:
            return self.validate(text.strip())
        try:
            number = float(text)
        except ValueError:
            raise self._refusal(text) from None
        return self.validate(number)

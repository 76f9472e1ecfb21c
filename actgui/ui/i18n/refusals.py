"""Refused input in the interface language, translated by the refusal's code.

The model and the states are Qt-free and explain a refusal in English; they
raise :class:`~actgui.model.refusal.Refusal`, which carries a stable
``code`` and the ``values`` its message names. This module keeps one
translatable template per code, in the ``"errors"`` context, whose English
text equals the model's (:data:`~actgui.model.refusal.REFUSALS`), and fills
the translated template with the refusal's values. Nothing is read back out
of the English message.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from actgui.model import Param
from actgui.model.refusal import Refusal

ERRORS_CONTEXT = "errors"
"""Translation context of the refusal templates."""

REFUSAL_TEMPLATES: dict[str, str] = {
    "param_range": QT_TRANSLATE_NOOP(
        "errors", "parameter '{name}' must be a number in [{low}, {high}], got {value}"
    ),
    "param_choice": QT_TRANSLATE_NOOP("errors", "parameter '{name}' must be one of {choices}, got {value}"),
    "param_order": QT_TRANSLATE_NOOP(
        "errors",
        "parameters '{low_name}' and '{high_name}' need {low_name} < {high_name}, "
        "got {low_name}={low}, {high_name}={high}",
    ),
    "param_unknown": QT_TRANSLATE_NOOP("errors", "{activation} has no parameter '{name}'"),
    "activation_unknown": QT_TRANSLATE_NOOP("errors", "unknown activation '{activation}'"),
    "x_range_order": QT_TRANSLATE_NOOP("errors", "the x range needs finite min < max, got [{low}, {high}]"),
    "x_range_limit": QT_TRANSLATE_NOOP("errors", "the x range must lie within [{low}, {high}]"),
    "samples_range": QT_TRANSLATE_NOOP(
        "errors", "the number of samples must be in [{low}, {high}], got {value}"
    ),
    "logits_count": QT_TRANSLATE_NOOP("errors", "the logits vector needs 2 to {high} values, got {count}"),
    "logits_value": QT_TRANSLATE_NOOP("errors", "logits must be finite numbers within +-{limit}"),
    "init_range_order": QT_TRANSLATE_NOOP("errors", "the init range needs low < high, got [{low}, {high})"),
    "init_range_limit": QT_TRANSLATE_NOOP("errors", "the init range must lie within [{low}, {high}]"),
    "weight_scale_range": QT_TRANSLATE_NOOP(
        "errors", "the weight scale k must be in [{low}, {high}], got {value}"
    ),
    "value_limit": QT_TRANSLATE_NOOP("errors", "{name} must lie within ±{limit}, got {value}"),
    "value_not_finite": QT_TRANSLATE_NOOP("errors", "{name} must be a finite number, got {value}"),
    "value_range": QT_TRANSLATE_NOOP("errors", "{name} must be in [{low}, {high}], got {value}"),
}
"""Every refusal code's template, translatable; in English equal to ``REFUSALS``."""

RANGE_NUMBER = QT_TRANSLATE_NOOP("errors", "a number in [{low}, {high}]")
"""How a numeric parameter's allowed values are named (``Param.range_text()`` in English)."""

RANGE_CHOICE = QT_TRANSLATE_NOOP("errors", "one of {choices}")
"""How a choice parameter's allowed values are named."""


def _translate(template: str) -> str:
    return QCoreApplication.translate(ERRORS_CONTEXT, template)


def translate_refusal(exc: BaseException) -> str:
    """Return why input was refused, in the interface language.

    Parameters
    ----------
    exc
        A :class:`~actgui.model.refusal.Refusal` (translated by its code and
        filled with its values) or any other exception (its text, unchanged).

    Returns
    -------
    str
        The message in the current language.
    """
    if isinstance(exc, Refusal) and exc.code in REFUSAL_TEMPLATES:
        return _translate(REFUSAL_TEMPLATES[exc.code]).format(**exc.values)
    return str(exc)


def range_text(param: Param) -> str:
    """Describe ``param``'s allowed values in the interface language.

    The same words as :meth:`actgui.model.Param.range_text` in English, built
    from the parameter's choices or its minimum and maximum.
    """
    if param.choices is not None:
        return _translate(RANGE_CHOICE).format(choices=", ".join(repr(c) for c in param.choices))
    return _translate(RANGE_NUMBER).format(low=f"{param.minimum:g}", high=f"{param.maximum:g}")

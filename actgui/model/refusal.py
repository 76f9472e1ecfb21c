"""Refused input: a ``ValueError`` that carries a stable code and its values.

The model, the states and the file readers are Qt-free and explain a refusal
in English. The interface translates it by :attr:`Refusal.code`, never by
reading the English text: ``actgui.ui.i18n`` keeps one translatable template
per code and fills it with :attr:`Refusal.values`.

Every code and its English template are listed once, in :data:`REFUSALS`, so
a test can check that the interface has a template for each and that both
name the same values::

    raise Refusal("param_range", name="alpha", low=0.0, high=10.0, value=-1.0)
    # ValueError: parameter 'alpha' must be a number in [0, 10], got -1.0
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

REFUSALS: dict[str, str] = {
    # Activation parameters (model/params.py, model/activations).
    "param_range": "parameter '{name}' must be a number in [{low}, {high}], got {value}",
    "param_choice": "parameter '{name}' must be one of {choices}, got {value}",
    "param_order": (
        "parameters '{low_name}' and '{high_name}' need {low_name} < {high_name}, "
        "got {low_name}={low}, {high_name}={high}"
    ),
    "param_unknown": "{activation} has no parameter '{name}'",
    "activation_unknown": "unknown activation '{activation}'",
    # Plotted range and samples (model/curves.py).
    "x_range_order": "the x range needs finite min < max, got [{low}, {high}]",
    "x_range_limit": "the x range must lie within [{low}, {high}]",
    "samples_range": "the number of samples must be in [{low}, {high}], got {value}",
    # Softmax view (state/explorer.py).
    "logits_count": "the logits vector needs 2 to {high} values, got {count}",
    "logits_value": "logits must be finite numbers within +-{limit}",
    # Forward-pass layer (state/layer.py).
    "init_range_order": "the init range needs low < high, got [{low}, {high})",
    "init_range_limit": "the init range must lie within [{low}, {high}]",
    "weight_scale_range": "the weight scale k must be in [{low}, {high}], got {value}",
    "value_limit": "{name} must lie within ±{limit}, got {value}",
    "value_not_finite": "{name} must be a finite number, got {value}",
    "value_range": "{name} must be in [{low}, {high}], got {value}",
    "value_integer": "{name} must be an integer, got {value}",
    "value_number": "{name} must be a number, got {value}",
    "entries_not_finite": "{name} must contain only finite numbers",
    "entries_limit": "{name} entries must lie within ±{limit}",
    "weights_shape": "W must be an n_in x n_out matrix with 1 <= n <= {limit}, got shape {shape}",
    "x_shape": "x must have shape (1, {n_in}) or ({n_in},) to match W, got {shape}",
    "bias_shape": "b must have shape ({n_out},) to match W, got {shape}",
    "no_explorer": "there is no explorer state to follow",
    "params_without_activation": "params given without an activation",
    # Explorer and view settings (state/explorer.py, state/view.py).
    "value_choice": "{name} must be one of {choices}, got {value}",
    "value_bool": "{name} must be True or False, got {value}",
    # Playground (state/playground.py).
    "hidden_layers_count": "a network has 0 to {high} hidden layers, got {count}",
}
"""Every refusal code and its English template (``str.format`` fields name its values)."""


def fields_of(template: str) -> frozenset[str]:
    """The names of the ``{fields}`` a template fills in."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _shown(value: Any) -> str:
    """A value as it appears in a message: numbers with ``:g``, other things as given."""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class Refusal(ValueError):
    """Input refused by the model, a state or a file reader.

    Parameters
    ----------
    code
        A key of :data:`REFUSALS`.
    **values
        The values its template names; each is shown with ``str`` (floats
        with ``:g``) unless it is already a string.

    Attributes
    ----------
    code
        The stable code the interface translates by.
    values
        The template's values, already formatted as strings.
    """

    def __init__(self, code: str, /, **values: Any) -> None:
        template = REFUSALS[code]
        missing = fields_of(template) - values.keys()
        if missing:
            raise TypeError(f"refusal {code!r} needs the values {sorted(missing)}")
        self.code = code
        self.values: Mapping[str, str] = {key: _shown(value) for key, value in values.items()}
        super().__init__(template.format(**self.values))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.code, dict(self.values)))


def _rebuild(code: str, values: dict[str, str]) -> Refusal:
    return Refusal(code, **values)

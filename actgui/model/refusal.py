"""Refused input: a ``ValueError`` that carries a stable code and its values.

The model, the states and the file readers are Qt-free and explain a refusal
in English. The interface translates it by :attr:`Refusal.code`, never by
reading the English text: ``actgui.ui.i18n`` keeps one translatable template
per code and fills it with :attr:`Refusal.values`.

Every code and its English template are listed once, in :data:`REFUSALS`, so
a test can check that the interface has a template for each and that both
name the same values::

    raise Refusal("param_range", name="alpha", low=0.0, high=10.0, value=-1.0)
    # Refusal (a ValueError): parameter 'alpha' must be a number in [0, 10], got -1

A message that quoted a value with ``{x!r}`` passes ``repr(x)`` and one that
used ``{x}`` passes ``f"{x}"``, so the English text stays what it was.
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
    "param_not_above": (
        "parameters '{low_name}' and '{high_name}' need {low_name} <= {high_name}, "
        "got {low_name}={low}, {high_name}={high}"
    ),
    "param_not_found": "{activation} has no parameter {name} (valid: {valid})",
    "activation_not_found": "unknown activation {activation}; valid ids: {valid}",
    # A parameter's allowed values (Param.range_code()), shown inside other messages.
    "param_allowed_range": "a number in [{low}, {high}]",
    "param_allowed_choices": "one of {choices}",
    # Evaluating an activation (model/activations).
    "jacobian_shape": "jacobian needs a non-empty 1-D vector, got shape {shape}",
    "glu_odd_length": (
        "glu splits the last axis into two halves and needs an even length there, got shape {shape}"
    ),
    "logits_empty": "the softmax family needs at least one logit along the last axis",
    # Plotted range and samples (model/curves.py).
    "x_range_order": "the x range needs finite min < max, got [{low}, {high}]",
    "x_range_limit": "the x range must lie within [{low}, {high}]",
    "x_range_width": "the x range must be at least {width} wide, got [{low}, {high}]",
    "samples_range": "the number of samples must be in [{low}, {high}], got {value}",
    "sweep_frames": "a sweep needs at least 2 frames, got {frames}",
    "sweep_ends": "a sweep needs finite ends, got {start} and {stop}",
    "sweep_log_ends": "a logarithmic sweep needs positive ends, got {start} and {stop}",
    "not_vector_activation": "{activation} is not a vector (softmax-family) activation",
    "logits_not_finite": "the logits must be a non-empty vector of finite numbers",
    # Arrays given to the model (model/_numerics.py, model/layer.py).
    "array_not_real": "{name} must be an array of real numbers ({reason})",
    "array_dtype": "{name} must be an array of real numbers, got dtype {dtype}",
    "array_not_finite": "{name} must contain only finite numbers",
    # A dense layer (model/layer.py).
    "weights_shape": "weights must be a 2-D array (n_in, n_out), got shape {shape}",
    "bias_shape": "bias must have shape ({n_out},) to match weights, got {shape}",
    "layer_gated": (
        "{activation} halves its input, so a layer of {n_out} outputs cannot end in it; "
        "pick an elementwise or a softmax-family activation"
    ),
    "input_shape": "x must have shape (1, {n_in}) or ({n_in},), got {shape}",
    "init_range_numbers": "the init range needs two numbers, got [{low}, {high})",
    "init_range_finite": "the init range needs finite low < high, got [{low}, {high})",
    "init_range_width": "the init range [{low}, {high}) is too wide",
    "seed_optional": "seed must be None or a non-negative integer, got {value}",
    # Numbers of the playground's settings (model/checks.py, model/datasets.py).
    "integer_range": "{name} must be an integer in [{low}, {high}], got {value}",
    "integer_required": "{name} must be an integer, got {value}",
    "number_range": "{name} must be a number in [{low}, {high}], got {value}",
    "seed_range": "seed must be a non-negative integer, got {value}",
    "setting_unknown": "unknown setting {name}; valid settings: {valid}",
    "lesson_variant": "lesson {lesson}: variant {variant} must change exactly one setting",
    "lesson_variant_unknown": "unknown variant {variant}; valid: {valid}",
    "experiment_setting": "an experiment varies one of {valid}, not {setting}",
    "experiment_values": "an experiment compares 2 to {high} different values, got {count}",
    "experiment_seeds": "an experiment runs 1 to {high} seeds, got {count}",
    "experiment_epochs": "an experiment trains 1 to {high} epochs, got {epochs}",
    "experiment_value": "{value} is not a value of {setting}",
    # Playground dataset, network and training (model/datasets.py, model/mlp.py, model/training.py).
    "dataset_unknown": "unknown dataset {kind}; valid: {valid}",
    "hidden_layers_range": "a network has 0 to {high} hidden layers, got {count}",
    "activations_count": "need one activation per hidden layer: {layers} layers, {count} activations",
    "hidden_activation_vector": "{activation} is a vector activation; hidden layers need an elementwise one",
    "activation_params_count": "activation_params needs one mapping per hidden layer (or none at all)",
    "init_unknown": "unknown init {init}; valid: {valid}",
    "optimizer_unknown": "unknown optimizer {optimizer}; valid: {valid}",
    # A trained network saved in a setup (model/training.py: Trainer.resume).
    "trained_shape": "{name} must have the shapes {expected} of the network, got {shape}",
    "trained_negative": "{name} must not hold negative numbers",
    "trained_history": (
        "the training history must run from epoch 0 to the current epoch {epoch} in rising epochs, "
        "with one value per epoch in each list, losses at least 0 and accuracies in [0, 1]"
    ),
    "trained_order": "the shuffled order must name each of the {count} training points once",
    "trained_generator": "the state of the shuffling generator is not a valid {kind} state",
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
    "layer_weights_shape": "W must be an n_in x n_out matrix with 1 <= n <= {limit}, got shape {shape}",
    "x_shape": "x must have shape (1, {n_in}) or ({n_in},) to match W, got {shape}",
    "layer_bias_shape": "b must have shape ({n_out},) to match W, got {shape}",
    "no_explorer": "there is no explorer state to follow",
    "params_without_activation": "params given without an activation",
    # Explorer and view settings (state/explorer.py, state/view.py).
    "value_choice": "{name} must be one of {choices}, got {value}",
    "value_bool": "{name} must be True or False, got {value}",
    # Playground (state/playground.py).
    "hidden_layers_count": "a network has 0 to {high} hidden layers, got {count}",
    # Depth lab (model/depth_theory.py).
    "edge_none": (
        "{activation} has no edge of chaos with bias_std = {bias_std}: "
        "chi at the fixed point stays below 1 for every weight_std up to {limit}"
    ),
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


def shown_values(values: Mapping[str, Any]) -> dict[str, str]:
    """``values`` as a message shows them: each with ``str``, floats with ``:g``."""
    return {key: _shown(value) for key, value in values.items()}


def english(code: str, /, **values: Any) -> str:
    """The English text of ``code`` filled in with ``values``, as a :class:`Refusal` says it.

    Parameters
    ----------
    code
        A key of :data:`REFUSALS`.
    **values
        The values its template names.

    Returns
    -------
    str
        The filled-in English template.
    """
    return REFUSALS[code].format(**shown_values(values))


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
        self.values: Mapping[str, str] = shown_values(values)
        super().__init__(template.format(**self.values))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.code, dict(self.values)))


def _rebuild(code: str, values: dict[str, str]) -> Refusal:
    return Refusal(code, **values)

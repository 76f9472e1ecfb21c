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

from PySide6.QtCore import QCoreApplication

from actgui.model import Param
from actgui.model.refusal import Refusal
from actgui.ui.i18n.noop import QT_TRANSLATE_NOOP

ERRORS_CONTEXT = "errors"
"""Translation context of the refusal templates."""

REFUSAL_TEMPLATES: dict[str, str] = {
    "param_range": QT_TRANSLATE_NOOP(
        "errors",
        "parameter '{name}' must be a number in [{low}, {high}], got {value}",
    ),
    "param_choice": QT_TRANSLATE_NOOP("errors", "parameter '{name}' must be one of {choices}, got {value}"),
    "param_order": QT_TRANSLATE_NOOP(
        "errors",
        "parameters '{low_name}' and '{high_name}' need {low_name} < {high_name}, "
        "got {low_name}={low}, {high_name}={high}",
    ),
    "param_not_above": QT_TRANSLATE_NOOP(
        "errors",
        "parameters '{low_name}' and '{high_name}' need {low_name} <= {high_name}, "
        "got {low_name}={low}, {high_name}={high}",
    ),
    "param_not_found": QT_TRANSLATE_NOOP("errors", "{activation} has no parameter {name} (valid: {valid})"),
    "activation_not_found": QT_TRANSLATE_NOOP(
        "errors",
        "unknown activation {activation}; valid ids: {valid}",
    ),
    "param_allowed_range": QT_TRANSLATE_NOOP("errors", "a number in [{low}, {high}]"),
    "param_allowed_choices": QT_TRANSLATE_NOOP("errors", "one of {choices}"),
    "jacobian_shape": QT_TRANSLATE_NOOP("errors", "jacobian needs a non-empty 1-D vector, got shape {shape}"),
    "glu_odd_length": QT_TRANSLATE_NOOP(
        "errors",
        "glu splits the last axis into two halves and needs an even length there, got shape {shape}",
    ),
    "logits_empty": QT_TRANSLATE_NOOP(
        "errors",
        "the softmax family needs at least one logit along the last axis",
    ),
    "x_range_order": QT_TRANSLATE_NOOP("errors", "the x range needs finite min < max, got [{low}, {high}]"),
    "x_range_limit": QT_TRANSLATE_NOOP("errors", "the x range must lie within [{low}, {high}]"),
    "x_range_width": QT_TRANSLATE_NOOP(
        "errors",
        "the x range must be at least {width} wide, got [{low}, {high}]",
    ),
    "samples_range": QT_TRANSLATE_NOOP(
        "errors",
        "the number of samples must be in [{low}, {high}], got {value}",
    ),
    "sweep_frames": QT_TRANSLATE_NOOP("errors", "a sweep needs at least 2 frames, got {frames}"),
    "sweep_ends": QT_TRANSLATE_NOOP("errors", "a sweep needs finite ends, got {start} and {stop}"),
    "sweep_log_ends": QT_TRANSLATE_NOOP(
        "errors", "a logarithmic sweep needs positive ends, got {start} and {stop}"
    ),
    "not_vector_activation": QT_TRANSLATE_NOOP(
        "errors",
        "{activation} is not a vector (softmax-family) activation",
    ),
    "logits_not_finite": QT_TRANSLATE_NOOP(
        "errors",
        "the logits must be a non-empty vector of finite numbers",
    ),
    "array_not_real": QT_TRANSLATE_NOOP("errors", "{name} must be an array of real numbers ({reason})"),
    "array_dtype": QT_TRANSLATE_NOOP("errors", "{name} must be an array of real numbers, got dtype {dtype}"),
    "array_not_finite": QT_TRANSLATE_NOOP("errors", "{name} must contain only finite numbers"),
    "weights_shape": QT_TRANSLATE_NOOP(
        "errors",
        "weights must be a 2-D array (n_in, n_out), got shape {shape}",
    ),
    "bias_shape": QT_TRANSLATE_NOOP(
        "errors",
        "bias must have shape ({n_out},) to match weights, got {shape}",
    ),
    "layer_gated": QT_TRANSLATE_NOOP(
        "errors",
        "{activation} halves its input, so a layer of {n_out} outputs cannot end in it; "
        "pick an elementwise or a softmax-family activation",
    ),
    "input_shape": QT_TRANSLATE_NOOP("errors", "x must have shape (1, {n_in}) or ({n_in},), got {shape}"),
    "init_range_numbers": QT_TRANSLATE_NOOP(
        "errors",
        "the init range needs two numbers, got [{low}, {high})",
    ),
    "init_range_finite": QT_TRANSLATE_NOOP(
        "errors",
        "the init range needs finite low < high, got [{low}, {high})",
    ),
    "init_range_width": QT_TRANSLATE_NOOP("errors", "the init range [{low}, {high}) is too wide"),
    "seed_optional": QT_TRANSLATE_NOOP("errors", "seed must be None or a non-negative integer, got {value}"),
    "integer_range": QT_TRANSLATE_NOOP("errors", "{name} must be an integer in [{low}, {high}], got {value}"),
    "integer_required": QT_TRANSLATE_NOOP("errors", "{name} must be an integer, got {value}"),
    "number_range": QT_TRANSLATE_NOOP("errors", "{name} must be a number in [{low}, {high}], got {value}"),
    "seed_range": QT_TRANSLATE_NOOP("errors", "seed must be a non-negative integer, got {value}"),
    "setting_unknown": QT_TRANSLATE_NOOP("errors", "unknown setting {name}; valid settings: {valid}"),
    "lesson_variant": QT_TRANSLATE_NOOP(
        "errors", "lesson {lesson}: variant {variant} must change exactly one setting"
    ),
    "lesson_variant_unknown": QT_TRANSLATE_NOOP("errors", "unknown variant {variant}; valid: {valid}"),
    "experiment_setting": QT_TRANSLATE_NOOP("errors", "an experiment varies one of {valid}, not {setting}"),
    "experiment_values": QT_TRANSLATE_NOOP(
        "errors", "an experiment compares 2 to {high} different values, got {count}"
    ),
    "experiment_seeds": QT_TRANSLATE_NOOP("errors", "an experiment runs 1 to {high} seeds, got {count}"),
    "experiment_epochs": QT_TRANSLATE_NOOP("errors", "an experiment trains 1 to {high} epochs, got {epochs}"),
    "experiment_value": QT_TRANSLATE_NOOP("errors", "{value} is not a value of {setting}"),
    "dataset_unknown": QT_TRANSLATE_NOOP("errors", "unknown dataset {kind}; valid: {valid}"),
    "hidden_layers_range": QT_TRANSLATE_NOOP(
        "errors",
        "a network has 0 to {high} hidden layers, got {count}",
    ),
    "activations_count": QT_TRANSLATE_NOOP(
        "errors",
        "need one activation per hidden layer: {layers} layers, {count} activations",
    ),
    "hidden_activation_vector": QT_TRANSLATE_NOOP(
        "errors",
        "{activation} is a vector activation; hidden layers need an elementwise one",
    ),
    "activation_params_count": QT_TRANSLATE_NOOP(
        "errors",
        "activation_params needs one mapping per hidden layer (or none at all)",
    ),
    "init_unknown": QT_TRANSLATE_NOOP("errors", "unknown init {init}; valid: {valid}"),
    "optimizer_unknown": QT_TRANSLATE_NOOP("errors", "unknown optimizer {optimizer}; valid: {valid}"),
    "trained_shape": QT_TRANSLATE_NOOP(
        "errors", "{name} must have the shapes {expected} of the network, got {shape}"
    ),
    "trained_negative": QT_TRANSLATE_NOOP("errors", "{name} must not hold negative numbers"),
    "trained_history": QT_TRANSLATE_NOOP(
        "errors",
        "the training history must run from epoch 0 to the current epoch {epoch} in rising epochs, "
        "with one value per epoch in each list, losses at least 0 and accuracies in [0, 1]",
    ),
    "trained_order": QT_TRANSLATE_NOOP(
        "errors", "the shuffled order must name each of the {count} training points once"
    ),
    "trained_generator": QT_TRANSLATE_NOOP(
        "errors", "the state of the shuffling generator is not a valid {kind} state"
    ),
    "logits_count": QT_TRANSLATE_NOOP("errors", "the logits vector needs 2 to {high} values, got {count}"),
    "logits_value": QT_TRANSLATE_NOOP("errors", "logits must be finite numbers within +-{limit}"),
    "init_range_order": QT_TRANSLATE_NOOP("errors", "the init range needs low < high, got [{low}, {high})"),
    "init_range_limit": QT_TRANSLATE_NOOP("errors", "the init range must lie within [{low}, {high}]"),
    "weight_scale_range": QT_TRANSLATE_NOOP(
        "errors",
        "the weight scale k must be in [{low}, {high}], got {value}",
    ),
    "value_limit": QT_TRANSLATE_NOOP("errors", "{name} must lie within ±{limit}, got {value}"),
    "value_not_finite": QT_TRANSLATE_NOOP("errors", "{name} must be a finite number, got {value}"),
    "value_range": QT_TRANSLATE_NOOP("errors", "{name} must be in [{low}, {high}], got {value}"),
    "value_integer": QT_TRANSLATE_NOOP("errors", "{name} must be an integer, got {value}"),
    "value_number": QT_TRANSLATE_NOOP("errors", "{name} must be a number, got {value}"),
    "entries_not_finite": QT_TRANSLATE_NOOP("errors", "{name} must contain only finite numbers"),
    "entries_limit": QT_TRANSLATE_NOOP("errors", "{name} entries must lie within ±{limit}"),
    "layer_weights_shape": QT_TRANSLATE_NOOP(
        "errors",
        "W must be an n_in x n_out matrix with 1 <= n <= {limit}, got shape {shape}",
    ),
    "x_shape": QT_TRANSLATE_NOOP(
        "errors",
        "x must have shape (1, {n_in}) or ({n_in},) to match W, got {shape}",
    ),
    "layer_bias_shape": QT_TRANSLATE_NOOP("errors", "b must have shape ({n_out},) to match W, got {shape}"),
    "no_explorer": QT_TRANSLATE_NOOP("errors", "there is no explorer state to follow"),
    "params_without_activation": QT_TRANSLATE_NOOP("errors", "params given without an activation"),
    "value_choice": QT_TRANSLATE_NOOP("errors", "{name} must be one of {choices}, got {value}"),
    "value_bool": QT_TRANSLATE_NOOP("errors", "{name} must be True or False, got {value}"),
    "hidden_layers_count": QT_TRANSLATE_NOOP(
        "errors",
        "a network has 0 to {high} hidden layers, got {count}",
    ),
    "edge_none": QT_TRANSLATE_NOOP(
        "errors",
        "{activation} has no edge of chaos with bias_std = {bias_std}: "
        "chi at the fixed point stays below 1 for every weight_std up to {limit}",
    ),
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

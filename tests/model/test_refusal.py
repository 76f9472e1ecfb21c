"""Refused input carries a stable code and values that fill its English template exactly."""

from __future__ import annotations

import ast
import pickle
import string
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from actgui.model import ACTIVATIONS, DenseLayer, get_activation, random_input
from actgui.model._numerics import as_float_array
from actgui.model.checks import check_float, check_int
from actgui.model.curves import check_range, softmax_breakdown
from actgui.model.datasets import DataSettings, make_dataset
from actgui.model.depth import edge_of_chaos
from actgui.model.experiment import RunSettings, vary
from actgui.model.lessons import LESSONS, Lesson
from actgui.model.mlp import MLP, NetworkConfig, init_weights
from actgui.model.refusal import REFUSALS, Refusal, english, fields_of
from actgui.model.sweep import sweep_values
from actgui.model.training import TrainConfig, Trainer

MODEL = Path(__file__).resolve().parents[2] / "actgui" / "model"


def _resume_changed(**changes: object) -> None:
    """Resume a small trainer from its own progress with ``changes`` made to it."""
    from dataclasses import replace

    data = make_dataset("xor", n_points=20, seed=0)
    config = NetworkConfig((3,), ("tanh",))
    trainer = Trainer(MLP(config), data, TrainConfig(), seed=0)
    trainer.train_epochs(2)
    Trainer(MLP(config), data, TrainConfig()).resume(replace(trainer.progress(), **changes))


RAISE_VALUE_ERROR_ALLOWED: dict[str, str] = {}
"""``path:line`` of a bare ``raise ValueError`` that is not about user input, and why."""


# -- the catalogue ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_every_template_names_its_values_by_plain_fields(code):
    template = REFUSALS[code]
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        assert name.isidentifier(), (code, name)  # no positional {} or {0}, no {a.b}
        assert not spec and not conversion, (code, name)  # values arrive already formatted
    values = {name: f"<{name}>" for name in fields_of(template)}
    refusal = Refusal(code, **values)
    assert str(refusal) == template.format(**values)
    assert refusal.code == code
    assert dict(refusal.values) == values
    for name in fields_of(template):
        assert f"<{name}>" in str(refusal)


def test_a_refusal_is_a_value_error_that_needs_every_value():
    refusal = Refusal("param_range", name="alpha", low=0.0, high=10.0, value=-1.0)
    assert isinstance(refusal, ValueError)
    assert str(refusal) == "parameter 'alpha' must be a number in [0, 10], got -1"
    assert refusal.values == {"name": "alpha", "low": "0", "high": "10", "value": "-1"}
    with pytest.raises(TypeError, match=r"\['high', 'value'\]"):
        Refusal("param_range", name="alpha", low=0.0)
    with pytest.raises(KeyError):
        Refusal("no_such_code")


def test_a_refusal_pickles_and_unpickles_with_its_code_values_and_text():
    original = Refusal("x_range_order", low="3.0", high="1.0")
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is Refusal
    assert copy.code == "x_range_order"
    assert dict(copy.values) == {"low": "3.0", "high": "1.0"}
    assert str(copy) == str(original) == "the x range needs finite min < max, got [3.0, 1.0]"
    assert copy.args == original.args
    with pytest.raises(ValueError, match="min < max"):  # still caught as a ValueError
        raise copy


def test_english_fills_a_template_as_a_refusal_does():
    assert english("param_allowed_range", low=0.0, high=2.5) == "a number in [0, 2.5]"
    assert english("samples_range", low=2, high=10, value=1) == str(
        Refusal("samples_range", low=2, high=10, value=1)
    )


# -- what the model refuses -----------------------------------------------------------------


BAD_INPUTS: list[tuple[str, Callable[[], object], str, str]] = [
    # (what, attempt, code, exact English text)
    (
        "parameter out of range",
        lambda: get_activation("elu").resolve({"alpha": 99}),
        "param_range",
        "parameter 'alpha' must be a number in [0, 10], got 99",
    ),
    (
        "parameter not a number",
        lambda: get_activation("leaky_relu").resolve({"negative_slope": "0.1"}),
        "param_range",
        "parameter 'negative_slope' must be a number in [0, 1], got '0.1'",
    ),
    (
        "parameter typed as text",
        lambda: get_activation("softplus").param("beta").parse("fast"),
        "param_range",
        "parameter 'beta' must be a number in [0.1, 20], got 'fast'",
    ),
    (
        "bad choice",
        lambda: get_activation("gelu").resolve({"approximate": "fast"}),
        "param_choice",
        "parameter 'approximate' must be one of 'none', 'tanh', got 'fast'",
    ),
    (
        "parameters out of order",
        lambda: get_activation("hardtanh").resolve({"min_val": 2.0, "max_val": 1.0}),
        "param_order",
        "parameters 'min_val' and 'max_val' need min_val < max_val, got min_val=2, max_val=1",
    ),
    (
        "slopes out of order",
        lambda: get_activation("rrelu").resolve({"lower": 0.5, "upper": 0.25}),
        "param_not_above",
        "parameters 'lower' and 'upper' need lower <= upper, got lower=0.5, upper=0.25",
    ),
    (
        "glu of an odd length",
        lambda: get_activation("glu")(np.zeros((2, 3))),
        "glu_odd_length",
        "glu splits the last axis into two halves and needs an even length there, got shape (2, 3)",
    ),
    (
        "glu cannot end a dense layer",
        lambda: DenseLayer.random(3, 4, seed=0).forward(np.ones(3), "glu"),
        "layer_gated",
        "glu halves its input, so a layer of 4 outputs cannot end in it; "
        "pick an elementwise or a softmax-family activation",
    ),
    (
        "unknown parameter",
        lambda: get_activation("elu").resolve({"beta": 1.0}),
        "param_not_found",
        "elu has no parameter 'beta' (valid: alpha)",
    ),
    (
        "unknown activation",
        lambda: get_activation("swish2"),
        "activation_not_found",
        "unknown activation 'swish2'; valid ids: " + ", ".join(ACTIVATIONS),
    ),
    (
        "jacobian of a matrix",
        lambda: get_activation("softmax").jacobian(np.zeros((2, 2))),
        "jacobian_shape",
        "jacobian needs a non-empty 1-D vector, got shape (2, 2)",
    ),
    (
        "no logits",
        lambda: get_activation("log_softmax")(np.zeros((3, 0))),
        "logits_empty",
        "the softmax family needs at least one logit along the last axis",
    ),
    (
        "input of text",
        lambda: get_activation("relu")(["a", "b"]),
        "array_dtype",
        "x must be an array of real numbers, got dtype <U1",
    ),
    (
        "ragged input",
        lambda: as_float_array([1.0, [2.0, 3.0]], "z"),
        "array_not_real",
        None,  # the reason is NumPy's own message
    ),
    (
        "bad range",
        lambda: check_range(3.0, 1.0, 100),
        "x_range_order",
        "the x range needs finite min < max, got [3.0, 1.0]",
    ),
    (
        "range too far out",
        lambda: check_range(-1e7, 1.0, 100),
        "x_range_limit",
        "the x range must lie within [-1e+06, 1e+06]",
    ),
    (
        "range too narrow",
        lambda: check_range(0.0, 1e-7, 100),
        "x_range_width",
        "the x range must be at least 1e-06 wide, got [0, 1e-07]",
    ),
    (
        "bad samples",
        lambda: check_range(0.0, 1.0, 1),
        "samples_range",
        "the number of samples must be in [2, 100000], got 1",
    ),
    (
        "one-frame sweep",
        lambda: sweep_values(0.0, 1.0, 1),
        "sweep_frames",
        "a sweep needs at least 2 frames, got 1",
    ),
    (
        "sweep to infinity",
        lambda: sweep_values(0.0, float("inf"), 3),
        "sweep_ends",
        "a sweep needs finite ends, got 0 and inf",
    ),
    (
        "logarithmic sweep from 0",
        lambda: sweep_values(0.0, 1.0, 3, log=True),
        "sweep_log_ends",
        "a logarithmic sweep needs positive ends, got 0 and 1",
    ),
    (
        "breakdown of an elementwise activation",
        lambda: softmax_breakdown("relu", [1.0, 2.0]),
        "not_vector_activation",
        "relu is not a vector (softmax-family) activation",
    ),
    (
        "breakdown of non-finite logits",
        lambda: softmax_breakdown("softmax", [1.0, np.inf]),
        "logits_not_finite",
        "the logits must be a non-empty vector of finite numbers",
    ),
    (
        "non-finite weights",
        lambda: DenseLayer([[1.0, np.nan]], [0.0, 0.0]),
        "array_not_finite",
        "weights must contain only finite numbers",
    ),
    (
        "weights not a matrix",
        lambda: DenseLayer([1.0, 2.0], [0.0]),
        "weights_shape",
        "weights must be a 2-D array (n_in, n_out), got shape (2,)",
    ),
    (
        "bias of the wrong length",
        lambda: DenseLayer([[1.0, 2.0]], [0.0, 0.0, 0.0]),
        "bias_shape",
        "bias must have shape (2,) to match weights, got (3,)",
    ),
    (
        "input of the wrong length",
        lambda: DenseLayer.random(3, 2, seed=0).forward([1.0, 2.0]),
        "input_shape",
        "x must have shape (1, 3) or (3,), got (2,)",
    ),
    (
        "layer size zero",
        lambda: DenseLayer.random(0, 2),
        "integer_range",
        "n_in must be an integer in [1, 10000], got 0",
    ),
    (
        "init range of text",
        lambda: DenseLayer.random(3, 2, "a", 1.0),
        "init_range_numbers",
        "the init range needs two numbers, got ['a', 1.0)",
    ),
    (
        "init range reversed",
        lambda: DenseLayer.random(3, 2, 1.0, 0.5),
        "init_range_finite",
        "the init range needs finite low < high, got [1.0, 0.5)",
    ),
    (
        "init range too wide",
        lambda: DenseLayer.random(3, 2, -1e308, 1e308),
        "init_range_width",
        "the init range [-1e+308, 1e+308) is too wide",
    ),
    (
        "negative seed of a layer",
        lambda: random_input(3, seed=-1),
        "seed_optional",
        "seed must be None or a non-negative integer, got -1",
    ),
    (
        "unknown dataset",
        lambda: make_dataset("rings"),
        "dataset_unknown",
        "unknown dataset 'rings'; valid: blobs, xor, circle, moons, spiral",
    ),
    (
        "points not an integer",
        lambda: DataSettings(n_points=100.0),
        "integer_required",
        "n_points must be an integer, got 100.0",
    ),
    (
        "too few points",
        lambda: make_dataset("xor", n_points=5),
        "value_range",
        "n_points must be in [10, 2000], got 5",
    ),
    (
        "too much noise",
        lambda: DataSettings(noise=0.7),
        "value_range",
        "noise must be in [0, 0.5], got 0.7",
    ),
    (
        "test share of a float32",
        lambda: DataSettings(test_fraction=np.float32(0.95)),
        "value_range",
        "test_fraction must be in [0, 0.9], got 0.949999988079071",
    ),
    (
        "negative dataset seed",
        lambda: DataSettings(seed=-3),
        "seed_range",
        "seed must be a non-negative integer, got -3",
    ),
    (
        "unknown experiment setting",
        lambda: RunSettings().changed({"colour": 1}),
        "setting_unknown",
        "unknown setting 'colour'; valid settings: activation, batch_size, depth, init, init_scale, "
        "learning_rate, neurons, optimizer",
    ),
    (
        "a lesson variant changing two settings",
        lambda: Lesson("l", DataSettings(), RunSettings(), {"v": {"depth": 1, "neurons": 2}}, 1),
        "lesson_variant",
        "lesson l: variant v must change exactly one setting",
    ),
    (
        "an unknown lesson variant",
        lambda: LESSONS["linear_xor"].settings("relu"),
        "lesson_variant_unknown",
        "unknown variant 'relu'; valid: baseline, tanh",
    ),
    (
        "an experiment on a setting it cannot vary",
        lambda: vary(DataSettings(), RunSettings(), "neurons", (2, 4), (1,), 10),
        "experiment_setting",
        "an experiment varies one of activation, init_scale, learning_rate, init, depth, not 'neurons'",
    ),
    (
        "an experiment with one value",
        lambda: vary(DataSettings(), RunSettings(), "depth", (2,), (1,), 10),
        "experiment_values",
        "an experiment compares 2 to 5 different values, got 1",
    ),
    (
        "an experiment with eleven seeds",
        lambda: vary(DataSettings(), RunSettings(), "depth", (1, 2), tuple(range(11)), 10),
        "experiment_seeds",
        "an experiment runs 1 to 10 seeds, got 11",
    ),
    (
        "an experiment of no epochs",
        lambda: vary(DataSettings(), RunSettings(), "depth", (1, 2), (1,), 0),
        "experiment_epochs",
        "an experiment trains 1 to 500 epochs, got 0",
    ),
    (
        "too many hidden layers",
        lambda: NetworkConfig((4,) * 5, ("tanh",) * 5),
        "hidden_layers_range",
        "a network has 0 to 4 hidden layers, got 5",
    ),
    (
        "layer too wide",
        lambda: NetworkConfig((17,), ("tanh",)),
        "integer_range",
        "a hidden layer's size must be an integer in [1, 16], got 17",
    ),
    (
        "activations do not match the layers",
        lambda: NetworkConfig((3,), ("tanh", "tanh")),
        "activations_count",
        "need one activation per hidden layer: 1 layers, 2 activations",
    ),
    (
        "softmax in a hidden layer",
        lambda: NetworkConfig((3,), ("softmax",)),
        "hidden_activation_vector",
        "softmax is a vector activation; hidden layers need an elementwise one",
    ),
    (
        "parameters do not match the layers",
        lambda: NetworkConfig((3,), ("elu",), ({}, {})),
        "activation_params_count",
        "activation_params needs one mapping per hidden layer (or none at all)",
    ),
    (
        "unknown init",
        lambda: NetworkConfig(init="orthogonal"),
        "init_unknown",
        "unknown init 'orthogonal'; valid: uniform, xavier, he",
    ),
    (
        "unknown init scheme",
        lambda: init_weights("zeros", 2, 2, np.random.default_rng(0)),
        "init_unknown",
        "unknown init 'zeros'; valid: uniform, xavier, he",
    ),
    (
        "init scale too small",
        lambda: NetworkConfig(init_scale=0.0),
        "number_range",
        "init_scale must be a number in [0.1, 100], got 0.0",
    ),
    (
        "grid too coarse",
        lambda: MLP().predict_grid(1),
        "integer_range",
        "resolution must be an integer in [2, 1024], got 1",
    ),
    (
        "unknown optimiser",
        lambda: TrainConfig(optimizer="rmsprop"),
        "optimizer_unknown",
        "unknown optimizer 'rmsprop'; valid: sgd, adam",
    ),
    (
        "learning rate not finite",
        lambda: TrainConfig(learning_rate=float("nan")),
        "number_range",
        "learning_rate must be a number in [0.0001, 10], got nan",
    ),
    (
        "batch size a bool",
        lambda: TrainConfig(batch_size=True),
        "integer_range",
        "batch_size must be an integer in [1, 2000], got True",
    ),
    (
        "no edge of chaos",
        lambda: edge_of_chaos("step", bias_std=0.5),
        "edge_none",
        "step has no edge of chaos with bias_std = 0.5: "
        "chi at the fixed point stays below 1 for every weight_std up to 20",
    ),
    (
        "trained weights of another network",
        lambda: _resume_changed(weights=(np.zeros((2, 4)), np.zeros((4, 1)))),
        "trained_shape",
        "weights must have the shapes (2, 3), (3, 1) of the network, got (2, 4), (4, 1)",
    ),
    (
        "trained weights not finite",
        lambda: _resume_changed(weights=(np.full((2, 3), np.nan), np.zeros((3, 1)))),
        "entries_not_finite",
        "weights must contain only finite numbers",
    ),
    (
        "Adam's second moment negative",
        lambda: _resume_changed(
            adam_v=(np.zeros((2, 3)), -np.ones((3, 1)), np.zeros(3), np.zeros(1)),
        ),
        "trained_negative",
        "adam_v must not hold negative numbers",
    ),
    (
        "history ending before the epoch",
        lambda: _resume_changed(epoch=5),
        "trained_history",
        "the training history must run from epoch 0 to the current epoch 5 in rising epochs, "
        "with one value per epoch in each list, losses at least 0 and accuracies in [0, 1]",
    ),
    (
        "order naming a point twice",
        lambda: _resume_changed(order=np.zeros(14, dtype=np.int64)),
        "trained_order",
        "the shuffled order must name each of the 14 training points once",
    ),
    (
        "generator of another kind",
        lambda: _resume_changed(generator={"bit_generator": "MT19937", "state": {}}),
        "trained_generator",
        "the state of the shuffling generator is not a valid PCG64 state",
    ),
]


@pytest.mark.parametrize(
    ("attempt", "code", "text"),
    [pytest.param(attempt, code, text, id=what) for what, attempt, code, text in BAD_INPUTS],
)
def test_bad_input_is_refused_by_code_with_exactly_its_values(attempt, code, text):
    with pytest.raises(ValueError) as info:
        attempt()
    refusal = info.value
    assert isinstance(refusal, Refusal)
    assert refusal.code == code
    assert refusal.code in REFUSALS
    assert set(refusal.values) == fields_of(REFUSALS[refusal.code])
    assert str(refusal) == REFUSALS[refusal.code].format(**refusal.values)
    if text is not None:
        assert str(refusal) == text


def test_the_sample_covers_every_code_the_model_raises():
    raised = {code for _, _, code, _ in BAD_INPUTS}
    in_source = set()
    for path in MODEL.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Refusal" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    in_source.add(first.value)
    assert in_source <= set(REFUSALS), in_source - set(REFUSALS)
    assert in_source - raised == set(), in_source - raised


def test_checks_refuse_bools_and_accept_numpy_numbers():
    check_int("n", np.int64(3), 1, 5)
    check_float("x", np.float32(0.5), 0.0, 1.0)
    for bad in (True, 0, 6, 2.0, "3"):
        with pytest.raises(Refusal) as info:
            check_int("n", bad, 1, 5)
        assert info.value.code == "integer_range"
    for bad in (False, -0.1, 1.5, float("inf"), "0.5", None):
        with pytest.raises(Refusal) as info:
            check_float("x", bad, 0.0, 1.0)
        assert info.value.code == "number_range"


# -- a parameter's allowed values, by code ---------------------------------------------------


def test_every_parameter_describes_its_range_by_code_and_in_english():
    for act in ACTIVATIONS.values():
        for param in act.params:
            code, values = param.range_code()
            assert code in ("param_allowed_range", "param_allowed_choices")
            assert set(values) == fields_of(REFUSALS[code])
            assert param.range_text() == REFUSALS[code].format(**values)


def test_range_texts_are_unchanged():
    alpha = get_activation("elu").param("alpha")
    assert alpha.range_code() == ("param_allowed_range", {"low": "0", "high": "10"})
    assert alpha.range_text() == "a number in [0, 10]"
    temperature = get_activation("softmax").param("temperature")
    assert temperature.range_text() == "a number in [0.05, 20]"
    approximate = get_activation("gelu").param("approximate")
    assert approximate.range_code() == ("param_allowed_choices", {"choices": "'none', 'tanh'"})
    assert approximate.range_text() == "one of 'none', 'tanh'"


# -- no refusal without a code ---------------------------------------------------------------


def _bare_value_errors(root: Path = MODEL) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue
            exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(exc, ast.Name) and exc.id == "ValueError":
                found.append(f"{path.relative_to(root).as_posix()}:{node.lineno}")
    return found


def test_the_model_raises_no_bare_value_error():
    unexplained = [place for place in _bare_value_errors() if place not in RAISE_VALUE_ERROR_ALLOWED]
    assert unexplained == [], "raise Refusal(code, **values) instead (see actgui/model/refusal.py)"


def test_the_source_scan_sees_a_bare_value_error(tmp_path):
    source = "def f(x):\n    if x:\n        raise ValueError\n    raise ValueError('no code')\n"
    (tmp_path / "bad.py").write_text(source)
    assert sorted(_bare_value_errors(tmp_path)) == ["bad.py:3", "bad.py:4"]

"""Hypothesis over the API the GUI and the CLI call with user input.

The activation functions themselves are covered by ``tests/model/``; here
the layer above them: parameter parsing, curve sampling, the dense layer,
both states' validating setters, and the text parsers of the CLI and the
forward panel. Each either returns a valid result or raises ``ValueError``;
any other exception, and any NumPy warning (pytest turns them into errors),
fails. Example counts are set per test (about 4,000 in all) so the total
does not depend on the Hypothesis profile.
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from actgui.cli.main import UsageError, parse_param_assignments, parse_vector
from actgui.model import ACTIVATIONS, DenseLayer, get_activation, random_input, sample_curve
from actgui.model.curves import MAX_SAMPLES, MIN_SAMPLES, MIN_WIDTH, X_LIMIT
from actgui.model.refusal import REFUSALS, Refusal, fields_of
from actgui.state.explorer import LOGIT_LIMIT, MAX_LOGITS, MAX_PINS, ExplorerState
from actgui.state.layer import LayerState
from actgui.state.layer_values import INIT_LIMIT, SCALE_MAX, SCALE_MIN, SEED_MAX, VALUE_LIMIT
from actgui.state.view import FONT_SCALE_RANGE, THEMES, ViewSettings
from actgui.ui.forward._format import format_number, parse_number

IDS = sorted(ACTIVATIONS)
SPECIAL = [
    0.0,
    -0.0,
    5e-324,
    -5e-324,
    1e-320,
    1e-300,
    0.5,
    1.0,
    -1.0,
    1e4,
    -1e4,
    1e6,
    -1e6,
    1e300,
    -1e300,
    1e308,
    -1e308,
    math.inf,
    -math.inf,
    math.nan,
]
FLOATS = st.one_of(st.floats(), st.sampled_from(SPECIAL))
ANYTHING = st.one_of(
    FLOATS,
    st.integers(-(2**80), 2**80),
    st.booleans(),
    st.none(),
    st.text(max_size=10),
    st.lists(st.floats(), max_size=3),
    st.sampled_from([np.float64(1.0), np.int64(3), np.nan, "1e999"]),
)
TEXT = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "nan",
            "inf",
            "-inf",
            "1e999",
            "-0",
            "1_000",
            " 1 ",
            "\u22121.5",
            "0x10",
            "1e-320",
            "٣",
            "½",
            "",
            " ",
            "+",
            "1e",
            "--1",
        ]
    ),
    st.floats().map(repr),
)


def _params(activation_id: str) -> st.SearchStrategy[dict]:
    act = get_activation(activation_id)
    fields = {}
    for p in act.params:
        fields[p.name] = (
            st.sampled_from(p.choices)
            if p.is_choice
            else st.one_of(st.sampled_from([p.minimum, p.maximum]), st.floats(p.minimum, p.maximum))
        )
    return st.fixed_dictionaries(fields).filter(lambda params: _valid(act, params))


def _valid(act, params: dict) -> bool:
    """Whether the parameters hold together (hardtanh needs min_val < max_val)."""
    try:
        act.resolve(params)
    except ValueError:
        return False
    return True


def _assert_refusal(exc: ValueError) -> None:
    """The model refuses by code: a Refusal whose values fill exactly its template."""
    assert isinstance(exc, Refusal), repr(exc)
    assert exc.code in REFUSALS
    assert set(exc.values) == fields_of(REFUSALS[exc.code])
    assert str(exc) == REFUSALS[exc.code].format(**exc.values)


# -- parameters ---------------------------------------------------------------------------------


@settings(max_examples=600, deadline=None)
@given(activation_id=st.sampled_from(IDS), data=st.data())
def test_any_parameter_value_is_accepted_in_range_or_refused(activation_id, data):
    act = get_activation(activation_id)
    names = [p.name for p in act.params] + ["alpha", "", "x" * 50]
    params = data.draw(st.dictionaries(st.sampled_from(names), ANYTHING, max_size=4))
    try:
        resolved = act.resolve(params)
    except ValueError as exc:
        assert str(exc)
        _assert_refusal(exc)
        return
    assert set(resolved) == {p.name for p in act.params}
    for p in act.params:
        value = resolved[p.name]
        if p.is_choice:
            assert value in p.choices
        else:
            assert isinstance(value, float) and p.minimum <= value <= p.maximum


@settings(max_examples=600, deadline=None)
@given(
    activation_id=st.sampled_from([a.id for a in ACTIVATIONS.values() if a.params]), text=TEXT, data=st.data()
)
def test_typed_parameter_text_is_parsed_or_refused(activation_id, text, data):
    param = data.draw(st.sampled_from(get_activation(activation_id).params))
    try:
        value = param.parse(text)
    except ValueError as exc:
        _assert_refusal(exc)
        return
    if param.is_choice:
        assert value in param.choices
    else:
        assert math.isfinite(value) and param.minimum <= value <= param.maximum


# -- curves ---------------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(
    activation_id=st.sampled_from(IDS),
    x_min=st.one_of(FLOATS, st.just(0.0)),
    x_max=st.one_of(FLOATS, st.sampled_from([1e-320, 1e-7, 1e-6, 1.0000000001e-6])),
    samples=st.one_of(st.integers(-3, 600), st.sampled_from([MIN_SAMPLES, 10**9, -(10**9), 0])),
    data=st.data(),
)
def test_curves_are_sampled_or_refused(activation_id, x_min, x_max, samples, data):
    params = data.draw(_params(activation_id))
    try:
        curve = sample_curve(activation_id, params, x_min, x_max, samples)
    except ValueError as exc:
        _assert_refusal(exc)
        assert not (
            math.isfinite(x_min)
            and math.isfinite(x_max)
            and x_max - x_min >= MIN_WIDTH
            and max(abs(x_min), abs(x_max)) <= X_LIMIT
            and MIN_SAMPLES <= samples <= MAX_SAMPLES
        )
        return
    assert curve.x.shape == curve.y.shape == curve.dy.shape == curve.vanishing.shape == (samples,)
    assert np.all(np.diff(curve.x) >= 0) and curve.x[0] == x_min and curve.x[-1] == x_max
    # Finite everywhere, except a gap (NaN) where |f| passes PLOT_LIMIT: only e^x does, past x = 690.
    for values in (curve.y, curve.dy):
        gap = np.isnan(values)
        assert np.all(np.isfinite(values) | gap)
        assert not np.any(gap) or (activation_id == "exponential" and np.all(curve.x[gap] > 690.0))
    for start, end in curve.regions:
        assert x_min <= start <= end <= x_max


# -- the dense layer ---------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(
    n_in=st.integers(1, 12),
    n_out=st.integers(1, 12),
    low=FLOATS,
    high=FLOATS,
    seed=st.integers(0, 2**64),
    activation_id=st.sampled_from(IDS),
    data=st.data(),
)
def test_random_layers_run_forward_or_are_refused(n_in, n_out, low, high, seed, activation_id, data):
    try:
        layer = DenseLayer.random(n_in, n_out, low, high, seed=seed)
    except ValueError as exc:
        _assert_refusal(exc)
        assert not (math.isfinite(low) and math.isfinite(high) and low < high and math.isfinite(high - low))
        return
    assert np.all((layer.weights >= low) & (layer.weights <= high))
    x = data.draw(
        st.one_of(
            st.just(random_input(n_in, seed=seed)),
            hnp.arrays(
                np.float64, st.sampled_from([(n_in,), (1, n_in), (2, n_in), (n_in + 1,)]), elements=FLOATS
            ),
        )
    )
    params = data.draw(_params(activation_id))
    try:
        result = layer.forward(x, activation_id, **params)
    except ValueError as exc:
        _assert_refusal(exc)
        if get_activation(activation_id).is_gated:  # GLU cannot end a layer: refused whatever x is
            assert getattr(exc, "code", None) == "layer_gated"
            return
        assert x.shape not in ((n_in,), (1, n_in)) or not np.all(np.isfinite(x))
        return
    assert result.pre_activation.shape == result.output.shape == (1, n_out)
    # Finite inputs may still give inf in h (x W overflows): the activation must not warn or raise.
    # (The softmax family's NaN rules, e.g. for logits whose h / T overflows, are tests/model's.)
    if not get_activation(activation_id).is_vector:
        assert not np.any(np.isnan(result.output[np.isfinite(result.pre_activation)]))


# -- the states' setters ------------------------------------------------------------------------

PARAM_NAMES = ["alpha", "beta", "temperature", "min_val", "max_val", "approximate", "negative_slope", "x"]
APP_OPERATIONS = st.one_of(
    st.tuples(st.just("set_activation"), st.one_of(st.sampled_from(IDS), st.text(max_size=6))),
    st.tuples(st.just("set_param"), st.sampled_from(PARAM_NAMES), ANYTHING),
    st.tuples(st.just("set_x_range"), FLOATS, FLOATS),
    st.tuples(st.just("set_samples"), st.one_of(st.integers(-5, 200_000), ANYTHING)),
    st.tuples(st.just("set_logits"), st.lists(FLOATS, max_size=14)),
    st.tuples(st.just("set_logit"), st.integers(-2, 14), FLOATS),
    st.tuples(st.just("set_selected_output"), st.integers(-2, 14)),
    st.tuples(st.just("set_theme"), st.one_of(st.sampled_from(THEMES), st.text(max_size=5))),
    st.tuples(st.just("set_font_scale"), ANYTHING),
    st.tuples(st.just("set_show_derivative"), ANYTHING),
    st.tuples(st.just("pin_current")),
    st.tuples(st.just("clear_pins")),
    st.tuples(st.just("reset_params")),
)


def _check_app_state(state: ExplorerState, view: ViewSettings) -> None:
    x_min, x_max = state.x_range
    assert math.isfinite(x_min) and math.isfinite(x_max) and x_min < x_max
    assert MIN_SAMPLES <= state.samples <= MAX_SAMPLES
    assert 2 <= len(state.logits) <= MAX_LOGITS
    assert all(math.isfinite(v) and abs(v) <= LOGIT_LIMIT for v in state.logits)
    assert 0 <= state.selected_output < len(state.logits)
    assert state.activation.resolve(state.params) == state.params
    assert len(state.pins) <= MAX_PINS and view.theme in THEMES
    assert FONT_SCALE_RANGE[0] <= view.font_scale <= FONT_SCALE_RANGE[1]
    assert isinstance(state.show_derivative, bool)


@settings(max_examples=500, deadline=None)
@given(operations=st.lists(APP_OPERATIONS, max_size=12))
def test_app_state_setters_keep_the_state_valid(operations):
    state, view = ExplorerState(), ViewSettings()
    for name, *args in operations:
        target = view if name in ("set_theme", "set_font_scale") else state
        try:
            getattr(target, name)(*args)
        except ValueError:
            pass
        _check_app_state(state, view)


LAYER_OPERATIONS = st.one_of(
    st.tuples(st.just("set_x_value"), st.integers(-2, 11), ANYTHING),
    st.tuples(st.just("set_weight"), st.integers(-2, 11), st.integers(-2, 6), ANYTHING),
    st.tuples(st.just("set_bias_value"), st.integers(-2, 6), ANYTHING),
    st.tuples(st.just("set_seed"), st.one_of(st.integers(-5, 2**40), ANYTHING)),
    st.tuples(st.just("set_init_range"), FLOATS, FLOATS),
    st.tuples(st.just("set_scale"), st.one_of(st.floats(0, 200), ANYTHING)),
    st.tuples(st.just("set_decimals"), st.one_of(st.integers(-3, 20), ANYTHING)),
    st.tuples(st.just("set_activation"), st.one_of(st.sampled_from(IDS), st.text(max_size=4))),
    st.tuples(st.just("set_selected"), st.integers(-2, 8)),
    st.tuples(st.just("new_random_weights")),
    st.tuples(st.just("new_random_x")),
    st.tuples(st.just("reset_bias")),
)


@settings(max_examples=400, deadline=None)
@given(operations=st.lists(LAYER_OPERATIONS, max_size=10))
def test_layer_state_setters_keep_the_layer_valid(operations):
    state = LayerState()
    for name, *args in operations:
        try:
            getattr(state, name)(*args)
        except ValueError:
            pass
        fp = state.forward
        for array in (fp.x, fp.weights, fp.bias):
            assert np.all(np.isfinite(array)) and np.all(np.abs(array) <= VALUE_LIMIT * SCALE_MAX)
        assert SCALE_MIN <= state.scale <= SCALE_MAX and 0 <= state.seed <= SEED_MAX
        low, high = state.init_range
        assert -INIT_LIMIT <= low < high <= INIT_LIMIT
        expected = DenseLayer(state.base_weights * state.scale, state.bias).forward(
            state.x, state.activation_id, **state.params
        )
        np.testing.assert_array_equal(fp.output, expected.output)


# -- text typed by users --------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(text=TEXT)
def test_cell_text_is_a_finite_number_or_refused(text):
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert math.isfinite(value)
    shown = format_number(value, 3)
    assert shown and "nan" not in shown


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(TEXT, st.lists(TEXT, min_size=1, max_size=12).map(",".join)), length=st.integers(1, 12))
def test_cli_vectors_are_parsed_or_refused(text, length):
    try:
        values = parse_vector(text, length, "--x")
    except UsageError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return
    assert values.shape == (length,) and np.all(np.isfinite(values))


@settings(max_examples=300, deadline=None)
@given(
    activation_id=st.one_of(st.sampled_from(IDS), st.text(max_size=5)),
    items=st.lists(
        st.one_of(TEXT, st.builds("{}={}".format, st.sampled_from(["alpha", "beta", "x", ""]), TEXT)),
        max_size=3,
    ),
)
def test_cli_parameter_assignments_are_parsed_or_refused(activation_id, items):
    try:
        params = parse_param_assignments(activation_id, items)
    except UsageError as exc:
        assert str(exc)
        return
    assert get_activation(activation_id).resolve(params) == params

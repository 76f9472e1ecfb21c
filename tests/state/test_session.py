"""The session and the states' saved settings: plain JSON values, checked one value at a time."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from actgui.model import DenseLayer
from actgui.model.refusal import REFUSALS, Refusal
from actgui.state.explorer import DEFAULT_LOGITS, DEFAULT_SAMPLES, DEFAULT_X_RANGE, ExplorerState, Pin
from actgui.state.layer import LayerState
from actgui.state.layer_values import DEFAULT_DECIMALS, DEFAULT_INIT_RANGE
from actgui.state.session import GROUPS, Session
from actgui.state.view import ViewSettings


def _through_json(value):
    return json.loads(json.dumps(value))


def test_session_owns_one_state_of_each_and_the_layer_follows_its_explorer():
    session = Session()
    assert session.layer.explorer is session.explorer
    session.explorer.set_activation("tanh")
    assert session.layer.forward.activation == "tanh"
    assert set(session.settings()) == set(GROUPS)


def test_playground_state_is_created_on_first_access_only():
    code = (
        "import sys\n"
        "from actgui.state.session import Session\n"
        "session = Session.from_settings({'playground': {'data': {'kind': 'moons'}}})\n"
        "assert 'actgui.state.playground' not in sys.modules, 'imported at start-up'\n"
        "assert 'actgui.model.network' not in sys.modules, 'network model imported at start-up'\n"
        "assert not session.playground_created\n"
        "assert session.playground.data_settings.kind == 'moons'\n"
        "assert session.playground_created and session.playground is session.playground\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_playground_settings_are_kept_until_the_state_exists():
    saved = {"data": {"kind": "circle", "n_points": 200}}
    session = Session(playground_settings=saved)
    assert session.playground_settings() == saved
    assert not session.playground_created
    assert session.playground.data_settings.n_points == 200
    assert session.playground_settings() == session.playground.settings()


def test_a_whole_session_survives_json_exactly():
    session = Session()
    explorer, view, layer = session.explorer, session.view, session.layer
    explorer.set_activation("elu")
    explorer.set_param("alpha", 2.5)
    explorer.pin_current()
    explorer.set_x_range(-3.0, 4.5)
    explorer.set_samples(321)
    explorer.set_logits((1.0, -2.0, 3.5))
    explorer.set_selected_output(2)
    explorer.set_show_derivative(False)
    view.set_theme("dark")
    view.set_font_scale(1.21)
    layer.set_init_range(-0.5, 0.25)
    layer.set_seed(7)
    layer.set_weight(3, 4, 0.1 + 0.2)  # 0.30000000000000004: only an exact float survives
    layer.set_x_value(1, -1 / 3)
    layer.set_bias_value(2, 1e-7)
    layer.set_scale(2.75)
    layer.set_activation("leaky_relu", {"negative_slope": 0.05})
    layer.set_decimals(6)
    layer.set_selected(3)

    again = Session.from_settings(_through_json(session.settings()))

    assert again.settings() == session.settings()
    e, v, la = again.explorer, again.view, again.layer
    assert e.activation_id == "elu" and e.params == {"alpha": 2.5}
    assert e.pins == (Pin.make("elu", {"alpha": 2.5}),)
    assert e.x_range == (-3.0, 4.5) and e.samples == 321 and e.logits == (1.0, -2.0, 3.5)
    assert e.selected_output == 2 and e.show_derivative is False
    assert v.theme == "dark" and v.font_scale == 1.21
    assert la.weights[3, 4] == layer.weights[3, 4] and la.weights.tobytes() == layer.weights.tobytes()
    assert la.x.tobytes() == layer.x.tobytes() and la.x[0, 1] == -1 / 3
    assert la.bias.tobytes() == layer.bias.tobytes() and la.bias[2] == 1e-7
    assert la.scale == 2.75 and la.seed == 7 and la.init_range == (-0.5, 0.25)
    assert la.follow_explorer is False and la.activation_id == "leaky_relu"
    assert la.params == {"negative_slope": 0.05}
    assert la.decimals == 6 and la.selected == 3
    assert la.forward.output.tobytes() == layer.forward.output.tobytes()


def test_a_following_layer_is_restored_following():
    session = Session()
    session.layer.set_weight(0, 0, 0.5)
    assert session.layer.follow_explorer
    saved = _through_json(session.settings())
    saved["explorer"]["activation"] = "softplus"
    again = Session.from_settings(saved)
    assert again.layer.follow_explorer and again.layer.forward.activation == "softplus"
    assert again.layer.base_weights[0, 0] == 0.5


def test_missing_or_garbage_groups_give_default_states():
    for saved in (None, 7, "text", {}, {"explorer": [], "view": 3, "layer": "x", "playground": 1}):
        session = Session.from_settings(saved)
        assert session.settings()["explorer"] == ExplorerState().settings()
        assert session.settings()["view"] == ViewSettings().settings()
        assert session.settings()["layer"] == LayerState(ExplorerState()).settings()
        assert session.playground_settings() is None


LAYER_CORRUPTIONS = {
    "x": [None, "text", [1.0, 2.0], [[float("nan")] * 10], [True] * 10, [[1e9] * 10], [[1, [2]]]],
    "W": [None, "text", [], [[1.0, "a"]], [[1e9] * 5] * 10, [[True] * 5] * 10, [[1.0] * 65]],
    "b": [None, [0.0] * 4, ["a"] * 5, [1e9] * 5],
    "follow_explorer": ["yes", 1, None],
    "activation": ["no_such", 42, None],
    "params": [{"negative_slope": -5}, "text", {"no_such": 1}],
    "scale": [0, 1000, "2", None, float("inf"), True],
    "seed": [-1, 2**40, 1.5, "7", True],
    "init_range": [[1, -1], [0, 500], "text", [0], [None, 1]],
    "decimals": [-1, 11, 2.5, "3", True],
    "selected": [5, -1, "2", 1.0],
}


@pytest.mark.parametrize(("key", "value"), [(k, v) for k, vs in LAYER_CORRUPTIONS.items() for v in vs])
def test_each_corrupted_layer_value_falls_back_alone(key, value):
    good = Session()
    good.layer.set_init_range(-0.3, 0.3)
    good.layer.set_seed(5)
    good.layer.set_weight(1, 2, 0.75)
    good.layer.set_bias_value(4, -0.5)
    good.layer.set_scale(4.0)
    good.layer.set_decimals(5)
    good.layer.set_selected(2)
    saved = _through_json(good.settings()["layer"]) if key not in ("params", "activation") else None
    if saved is None:  # the own activation's parameters need an own activation to apply to
        good.layer.set_activation("leaky_relu", {"negative_slope": 0.2})
        saved = _through_json(good.settings()["layer"])
    saved[key] = value
    restored = LayerState.from_settings(saved, ExplorerState())
    default = LayerState(ExplorerState())
    kept = {
        name: getattr(good.layer, name) for name in ("scale", "decimals", "selected", "seed", "init_range")
    }
    assert all(kept[name] != getattr(default, name) for name in kept)
    # The corrupted value is the default one; every other value is the saved one.
    for name, expected in kept.items():
        assert getattr(restored, name) == (getattr(default, name) if key == name else expected), name
    if key == "W":  # the weights the saved seed and init range draw
        drawn = DenseLayer.random(10, 5, *good.layer.init_range, seed=good.layer.seed).weights
        np.testing.assert_array_equal(restored.base_weights, drawn)
    else:
        np.testing.assert_array_equal(restored.base_weights, good.layer.base_weights)
    if key == "x":
        np.testing.assert_array_equal(restored.x, default.x)
    else:
        np.testing.assert_array_equal(restored.x, good.layer.x)
    if key == "b":
        np.testing.assert_array_equal(restored.bias, default.bias)
    else:
        np.testing.assert_array_equal(restored.bias, good.layer.bias)
    if key == "activation":
        assert restored.own_activation_id == default.own_activation_id
    elif key == "params":
        assert restored.own_activation_id == "leaky_relu"
        assert restored.own_params == {"negative_slope": 0.01}  # the default slope
    if key == "follow_explorer":
        assert restored.follow_explorer is good.layer.follow_explorer


def test_layer_shapes_follow_a_restored_w():
    saved = {"W": [[0.5, -0.25], [1.0, 2.0], [0.0, 3.0]], "x": [1.0, 2.0, 3.0], "b": [0.5, 0.5]}
    layer = LayerState.from_settings(saved)
    assert (layer.n_in, layer.n_out) == (3, 2)
    np.testing.assert_array_equal(layer.x, [[1.0, 2.0, 3.0]])
    # An x or b of the wrong shape for that W falls back to one that fits.
    layer = LayerState.from_settings({**saved, "x": [1.0] * 10, "b": [0.0] * 5})
    assert layer.x.shape == (1, 3) and layer.bias.shape == (2,) and np.all(layer.bias == 0.0)


def test_explorer_and_view_fall_back_one_value_at_a_time():
    saved = ExplorerState().settings() | {
        "activation": "tanh",
        "samples": "many",
        "x_range": [5, -5],
        "logits": [True, 1.0],
        "selected_output": 99,
        "pins": [{"id": "relu", "params": {}}, {"id": "nope", "params": {}}, 3],
        "show_derivative": "no",
        "params": {"elu": {"alpha": 3}, "celu": {"alpha": -1}, "nope": {}},
    }
    state = ExplorerState.from_settings(saved)
    assert state.activation_id == "tanh"
    assert state.samples == DEFAULT_SAMPLES and state.x_range == DEFAULT_X_RANGE
    assert state.logits == DEFAULT_LOGITS and state.selected_output == 0
    assert state.pins == (Pin.make("relu"),) and state.show_derivative is True
    assert state.params_of("elu") == {"alpha": 3.0} and state.params_of("celu") == {"alpha": 1.0}
    view = ViewSettings.from_settings({"theme": "purple", "font_scale": 1.5})
    assert view.theme == "light" and view.font_scale == 1.5
    view = ViewSettings.from_settings({"theme": "dark", "font_scale": 9})
    assert view.theme == "dark" and view.font_scale == 1.0


def test_layer_defaults_are_the_seed_example():
    layer = LayerState.from_settings({})
    assert layer.decimals == DEFAULT_DECIMALS and layer.init_range == DEFAULT_INIT_RANGE
    assert layer.forward.output.tobytes() == LayerState().forward.output.tobytes()


@pytest.mark.parametrize(
    ("call", "code", "message"),
    [
        (
            lambda: ExplorerState().set_samples(1.5),
            "value_integer",
            "the number of samples must be an integer, got 1.5",
        ),
        (
            lambda: ExplorerState().set_logits([1.0]),
            "logits_count",
            "the logits vector needs 2 to 12 values, got 1",
        ),
        (
            lambda: ExplorerState().set_logits([1e5, 1]),
            "logits_value",
            "logits must be finite numbers within +-10000",
        ),
        (
            lambda: ExplorerState().set_selected_output(9),
            "value_range",
            "output index must be in [0, 4], got 9",
        ),
        (lambda: ExplorerState().set_logit(7, 1.0), "value_range", "logit index must be in [0, 4], got 7"),
        (
            lambda: ExplorerState().set_show_derivative(1),
            "value_bool",
            "show_derivative must be True or False, got 1",
        ),
        (
            lambda: ViewSettings().set_theme("blue"),
            "value_choice",
            "theme must be one of light, dark, got 'blue'",
        ),
        (lambda: ViewSettings().set_font_scale(5), "value_range", "font scale must be in [0.7, 2], got 5"),
        (lambda: ViewSettings().set_font_scale("1"), "value_number", "font scale must be a number, got '1'"),
        (
            lambda: LayerState().set_scale(0.01),
            "weight_scale_range",
            "the weight scale k must be in [0.1, 100], got 0.01",
        ),
        (
            lambda: LayerState().set_init_range(1, 0),
            "init_range_order",
            "the init range needs low < high, got [1, 0)",
        ),
        (
            lambda: LayerState().set_init_range(-1, 500),
            "init_range_limit",
            "the init range must lie within [-100, 100]",
        ),
        (
            lambda: LayerState().set_weight(0, 0, 1e7),
            "value_limit",
            "W_0,0 must lie within ±1e+06, got 10000000.0",
        ),
        (
            lambda: LayerState().set_x_value(0, float("nan")),
            "value_not_finite",
            "x_0 must be a finite number, got nan",
        ),
        (lambda: LayerState().set_x_value(0, "1"), "value_number", "x_0 must be a number, got '1'"),
        (lambda: LayerState().set_decimals(11), "value_range", "decimals must be in [0, 10], got 11"),
        (lambda: LayerState().set_seed(1.5), "value_integer", "seed must be an integer, got 1.5"),
        (
            lambda: LayerState().set_follow_explorer(True),
            "no_explorer",
            "there is no explorer state to follow",
        ),
        (
            lambda: LayerState().set_x([1.0, 2.0]),
            "x_shape",
            "x must have shape (1, 10) or (10,) to match W, got (2,)",
        ),
        (
            lambda: LayerState().set_layer(np.zeros(10), np.zeros((10, 5)), np.zeros(3)),
            "layer_bias_shape",
            "b must have shape (5,) to match W, got (3,)",
        ),
        (
            lambda: LayerState().set_layer(np.zeros(10), np.zeros((10, 65)), np.zeros(65)),
            "layer_weights_shape",
            "W must be an n_in x n_out matrix with 1 <= n <= 64, got shape (10, 65)",
        ),
        (
            lambda: LayerState().set_layer(np.zeros(10), np.full((10, 5), np.inf), np.zeros(5)),
            "entries_not_finite",
            "W must contain only finite numbers",
        ),
        (lambda: LayerState().set_x(np.full(10, 1e7)), "entries_limit", "x entries must lie within ±1e+06"),
        (
            lambda: LayerState().set_layer(np.zeros(10), np.zeros((10, 5)), np.zeros(5), params={}),
            "params_without_activation",
            "params given without an activation",
        ),
    ],
)
def test_refusals_carry_a_code_and_keep_the_english_text(call, code, message):
    with pytest.raises(Refusal) as caught:
        call()
    assert caught.value.code == code and code in REFUSALS
    assert str(caught.value) == message


def test_the_playground_refuses_too_many_layers_with_a_code():
    from actgui.state.playground import PlaygroundState

    with pytest.raises(Refusal) as caught:
        PlaygroundState().set_layer_count(9)
    assert caught.value.code == "hidden_layers_count"
    assert str(caught.value) == "a network has 0 to 4 hidden layers, got 9"

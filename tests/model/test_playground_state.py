"""The playground's Qt-free state: activation parameters and saved settings."""

from __future__ import annotations

import json

import numpy as np
import pytest

from actgui.model.datasets import DataSettings
from actgui.model.network import NetworkConfig, TrainConfig
from actgui.state.playground import PlaygroundState


def _recorder(signal):
    calls = []
    signal.connect(lambda *args: calls.append(args))
    return calls


def test_an_activation_parameter_reaches_the_network_and_restarts_training():
    state = PlaygroundState(network=NetworkConfig((4, 3), ("leaky_relu", "tanh")))
    state.trainer.train_epochs(3)
    changed = _recorder(state.network_changed)
    state.set_activation_param(0, "negative_slope", 0.2)
    assert state.network.activation_params == ({"negative_slope": 0.2}, {})
    assert state.epoch == 0 and changed == [()]
    network = state.trainer.network
    np.testing.assert_allclose(network.activation(0, np.array([-2.0, 3.0])), [-0.4, 3.0])
    np.testing.assert_allclose(network.activation_derivative(0, np.array([-2.0, 3.0])), [0.2, 1.0])


@pytest.mark.parametrize(
    ("layer", "name", "value"),
    [(0, "negative_slope", 1.5), (0, "negative_slope", float("nan")), (0, "alpha", 1.0), (1, "beta", 2.0)],
)
def test_a_refused_parameter_leaves_the_state_as_it_was(layer, name, value):
    state = PlaygroundState(network=NetworkConfig((4, 3), ("leaky_relu", "tanh")))
    before = state.network
    with pytest.raises(ValueError):
        state.set_activation_param(layer, name, value)
    assert state.network == before


def test_hardtanh_bounds_must_stay_ordered():
    state = PlaygroundState(network=NetworkConfig((4,), ("hardtanh",)))
    state.set_activation_param(0, "max_val", 2.0)
    with pytest.raises(ValueError, match="min_val"):
        state.set_activation_param(0, "min_val", 2.5)
    assert state.network.activation_params == ({"min_val": -1.0, "max_val": 2.0},)


def test_other_layers_keep_their_parameters():
    state = PlaygroundState(network=NetworkConfig((4, 3), ("elu", "elu"), ({"alpha": 2.0}, {"alpha": 0.5})))
    state.set_layer_activation(1, "softplus")
    assert state.network.activation_params == ({"alpha": 2.0}, {"beta": 1.0, "threshold": 20.0})
    state.set_layer_activation(1, "elu")
    state.set_activation_param(1, "alpha", 0.5)
    state.set_layer_count(3)  # the new layer copies the last one
    assert state.network.activations == ("elu",) * 3
    assert [p["alpha"] for p in state.network.activation_params] == [2.0, 0.5, 0.5]
    state.set_layer_count(1)
    assert state.network.activation_params == ({"alpha": 2.0},)
    state.set_all_activations("celu")
    assert state.network.activation_params == ({"alpha": 1.0},)


def test_settings_round_trip_through_json():
    state = PlaygroundState(
        DataSettings("spiral", 450, 0.25, 7, 0.2),
        NetworkConfig((6, 3, 2), ("softplus", "hardtanh", "gelu"), init="he", init_scale=2.5, seed=3),
        TrainConfig("sgd", 0.125, 16, 0.003),
    )
    state.set_activation_param(0, "beta", 3.5)
    state.set_activation_param(1, "min_val", -0.25)
    state.set_activation_param(2, "approximate", "tanh")
    state.trainer.train_epochs(2)
    restored = PlaygroundState.from_settings(json.loads(json.dumps(state.settings())))
    assert restored.data_settings == state.data_settings
    assert restored.network == state.network
    assert restored.training == state.training
    assert restored.epoch == 0  # the set-up, not the trained weights
    assert restored.network.activation_params[0] == {"beta": 3.5, "threshold": 20.0}


DEFAULT = PlaygroundState()
GOOD = {
    "data": {"kind": "moons", "n_points": 200, "noise": 0.2, "seed": 4, "test_fraction": 0.5},
    "network": {
        "layer_sizes": [5, 5],
        "activations": ["elu", "leaky_relu"],
        "activation_params": [{"alpha": 2.0}, {"negative_slope": 0.1}],
        "init": "he",
        "init_scale": 3.0,
        "seed": 2,
    },
    "training": {"optimizer": "sgd", "learning_rate": 0.5, "batch_size": 8, "l2": 0.01},
}

# (group, field, bad value): each must fall back to the default and leave the rest alone.
CORRUPTIONS = [
    ("data", "kind", "squares"),
    ("data", "kind", 3),
    ("data", "n_points", 5),
    ("data", "n_points", 10**30),
    ("data", "n_points", 200.5),
    ("data", "n_points", True),
    ("data", "noise", -1.0),
    ("data", "noise", "loud"),
    ("data", "noise", [0.1]),
    ("data", "noise", None),
    ("data", "seed", -3),
    ("data", "test_fraction", 0.95),
    ("training", "optimizer", "rmsprop"),
    ("training", "learning_rate", 0.0),
    ("training", "learning_rate", float("inf")),
    ("training", "batch_size", 0),
    ("training", "l2", {"a": 1}),
    ("network", "init", "orthogonal"),
    ("network", "init_scale", 1e9),
    ("network", "seed", -1),
]


@pytest.mark.parametrize(("group", "field", "value"), CORRUPTIONS)
def test_each_bad_saved_value_falls_back_alone(group, field, value):
    saved = json.loads(json.dumps(GOOD))
    saved[group][field] = value
    state = PlaygroundState.from_settings(saved)
    good = PlaygroundState.from_settings(GOOD)
    config = {"data": "data_settings", "network": "network", "training": "training"}[group]
    assert getattr(getattr(state, config), field) == getattr(getattr(DEFAULT, config), field)
    for name, attribute in (("data", "data_settings"), ("network", "network"), ("training", "training")):
        if name != group:
            assert getattr(state, attribute) == getattr(good, attribute)
    assert state.network.layer_sizes == (5, 5)  # the architecture survives beside a bad init


@pytest.mark.parametrize(
    "network",
    [
        {"layer_sizes": [5, 5], "activations": ["elu"]},
        {"layer_sizes": [5] * 9, "activations": ["elu"] * 9},
        {"layer_sizes": [0, 5], "activations": ["elu", "elu"]},
        {"layer_sizes": [5, 5], "activations": ["softmax", "elu"]},
        {"layer_sizes": [5, 5], "activations": [["elu"], "elu"]},
        {"layer_sizes": "5,5", "activations": ["elu", "elu"]},
    ],
)
def test_a_bad_architecture_falls_back_to_the_default_one(network):
    state = PlaygroundState.from_settings({**GOOD, "network": {**GOOD["network"], **network}})
    assert state.network.layer_sizes == DEFAULT.network.layer_sizes
    assert state.network.activations == DEFAULT.network.activations
    assert state.network.activation_params == DEFAULT.network.activation_params
    assert state.network.init == "he"  # the other fields still count


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ([{"alpha": 99.0}, {"negative_slope": 0.1}], ({"alpha": 1.0}, {"negative_slope": 0.1})),
        ([{"alpha": "big"}, {"beta": 2.0}], ({"alpha": 1.0}, {"negative_slope": 0.01})),
        ([{"alpha": 2.0}], ({"alpha": 1.0}, {"negative_slope": 0.01})),
        ("junk", ({"alpha": 1.0}, {"negative_slope": 0.01})),
        ([7, None], ({"alpha": 1.0}, {"negative_slope": 0.01})),
    ],
)
def test_bad_activation_parameters_fall_back_one_by_one(params, expected):
    state = PlaygroundState.from_settings({"network": {**GOOD["network"], "activation_params": params}})
    assert state.network.activations == ("elu", "leaky_relu")
    assert state.network.activation_params == expected


def test_hardtanh_bounds_out_of_order_keep_the_valid_one():
    saved = {
        "network": {
            "layer_sizes": [3],
            "activations": ["hardtanh"],
            "activation_params": [{"min_val": 4.0, "max_val": 5.0}],
        }
    }
    state = PlaygroundState.from_settings(saved)
    assert state.network.activation_params == ({"min_val": -1.0, "max_val": 5.0},)


@pytest.mark.parametrize("saved", [None, "text", 42, [], {"data": "x", "network": [], "training": 7}])
def test_garbage_gives_the_default_state(saved):
    state = PlaygroundState.from_settings(saved)
    assert (state.data_settings, state.network, state.training) == (
        DEFAULT.data_settings,
        DEFAULT.network,
        DEFAULT.training,
    )

"""The groups of a setup file, one per page: checked strictly, value by value.

Each ``check_*`` function takes a group as read from the file, checks the
JSON type of every value (:mod:`.setup_checks`), hands it to the setter of a
fresh state (which checks its range and consistency) and returns that
state's :meth:`settings`: the group in the form the session applies, every
missing value at its default. The first refused value raises a
:class:`~actgui.files.setup_checks.SetupFileError` naming it; a key the
group does not know is appended to ``ignored``. Nothing here touches the
user's session, so a refused setup changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, fields
from typing import Any

from actgui.files.setup_checks import (
    SetupFileError,
    accepted,
    boolean,
    integer,
    items,
    known_keys,
    number,
    numbers,
    obj,
    pair,
    rows,
    string,
)
from actgui.model import ACTIVATIONS, get_activation, random_input
from actgui.model.datasets import DataSettings
from actgui.model.network import MAX_HIDDEN_LAYERS, NetworkConfig, TrainConfig
from actgui.state.experiment_tool import ExperimentToolState
from actgui.state.explorer import MAX_LOGITS, MAX_PINS, ExplorerState, Pin
from actgui.state.layer import LayerState
from actgui.state.layer_values import MAX_UNITS, check_weights
from actgui.state.view import ViewSettings

EXPLORER_KEYS = (
    "activation",
    "params",
    "x_range",
    "samples",
    "logits",
    "selected_output",
    "pins",
    "show_derivative",
    "gradient_threshold",
)
LAYER_KEYS = (
    "x",
    "W",
    "b",
    "follow_explorer",
    "activation",
    "params",
    "scale",
    "seed",
    "init_range",
    "decimals",
    "selected",
)
PLAYGROUND_KEYS = ("data", "network", "training", "experiment", "trained")
EXPERIMENT_KEYS = ("setting", "values", "seeds", "epochs")
VIEW_KEYS = ("theme", "font_scale")


def params_of(value: Any, where: str, activation_id: str, ignored: list[str]) -> dict[str, Any]:
    """An activation's parameters: an object of numbers (or choice texts), resolved as a whole."""
    chosen = obj(value, where)
    act = get_activation(activation_id)
    names = [p.name for p in act.params]
    known_keys(chosen, where, tuple(names), ignored)
    kept = {name: chosen[name] for name in names if name in chosen}
    for name, item in kept.items():
        if isinstance(item, bool) or not isinstance(item, (int, float, str)):
            check_type = number if act.param(name).choices is None else string
            check_type(item, f"{where}.{name}")
    return accepted(where, act.resolve, kept)


def activation_id_of(value: Any, where: str) -> str:
    """The id of a known activation, given as a string at ``where``."""
    return accepted(where, get_activation, string(value, where)).id


def check_explorer(group: Any, ignored: list[str], where: str = "explorer") -> dict[str, Any]:
    """The explorer's group: activation, params of any activation, range, samples, logits, pins."""
    values = obj(group, where)
    known_keys(values, where, EXPLORER_KEYS, ignored)
    state = ExplorerState()
    if "params" in values:
        all_params = obj(values["params"], f"{where}.params")
        for activation_id, chosen in all_params.items():
            if activation_id not in ACTIVATIONS:  # e.g. an activation of a newer actgui
                ignored.append(f"{where}.params.{activation_id}")
                continue
            path = f"{where}.params.{activation_id}"
            state.set_params(activation_id, params_of(chosen, path, activation_id, ignored))
    if "activation" in values:
        state.set_activation(activation_id_of(values["activation"], f"{where}.activation"))
    if "samples" in values:
        path = f"{where}.samples"
        accepted(path, state.set_samples, integer(values["samples"], path))
    if "x_range" in values:
        path = f"{where}.x_range"
        bounds = pair(values["x_range"], path)
        accepted(path, state.set_x_range, *bounds)
    if "logits" in values:
        path = f"{where}.logits"
        accepted(path, state.set_logits, numbers(values["logits"], path, MAX_LOGITS))
    if "selected_output" in values:
        path = f"{where}.selected_output"
        accepted(path, state.set_selected_output, integer(values["selected_output"], path))
    if "pins" in values:
        path = f"{where}.pins"
        pins = []
        for i, entry in enumerate(items(values["pins"], path, MAX_PINS)):
            at = f"{path}[{i}]"
            pin = obj(entry, at)
            known_keys(pin, at, ("id", "params"), ignored)
            activation_id = activation_id_of(pin.get("id"), f"{at}.id")
            params = params_of(pin.get("params", {}), f"{at}.params", activation_id, ignored)
            pins.append(accepted(at, Pin.make, activation_id, params))
        state.set_pins(tuple(pins))
    if "show_derivative" in values:
        state.set_show_derivative(boolean(values["show_derivative"], f"{where}.show_derivative"))
    if "gradient_threshold" in values:
        path = f"{where}.gradient_threshold"
        accepted(path, state.set_gradient_threshold, number(values["gradient_threshold"], path))
    return state.settings()


def check_layer(
    group: Any, ignored: list[str], explorer: Mapping[str, Any], where: str = "layer"
) -> dict[str, Any]:
    """The forward panel's group: x, W, b, activation, weight scale, seed, decimals, neuron.

    ``explorer`` is the (checked) explorer group the layer may follow.
    """
    values = obj(group, where)
    known_keys(values, where, LAYER_KEYS, ignored)
    explorer_state = ExplorerState.from_settings(explorer)
    state = LayerState(explorer_state)
    if "init_range" in values:
        path = f"{where}.init_range"
        accepted(path, state.set_init_range, *pair(values["init_range"], path))
    if "seed" in values:
        path = f"{where}.seed"
        accepted(path, state.set_seed, integer(values["seed"], path))
    weights = rows(values["W"], f"{where}.W", MAX_UNITS) if "W" in values else state.base_weights.tolist()
    if "W" in values:
        accepted(f"{where}.W", check_weights, weights)
    n_in, n_out = len(weights), len(weights[0])
    x = numbers(values["x"], f"{where}.x", MAX_UNITS) if "x" in values else None
    if x is None and n_in != state.n_in:
        x = random_input(n_in, seed=0)[0].tolist()
    b = numbers(values["b"], f"{where}.b", MAX_UNITS) if "b" in values else None
    if b is None and n_out != state.n_out:
        b = [0.0] * n_out
    accepted(
        where,
        state.set_layer,
        x if x is not None else state.x,
        weights,
        b if b is not None else state.bias,
    )
    if "scale" in values:
        path = f"{where}.scale"
        accepted(path, state.set_scale, number(values["scale"], path))
    if "activation" in values:
        activation_id = activation_id_of(values["activation"], f"{where}.activation")
        params = params_of(values.get("params", {}), f"{where}.params", activation_id, ignored)
        accepted(where, state.set_activation, activation_id, params)
    elif "params" in values:
        path = f"{where}.params"
        params = params_of(values["params"], path, state.settings()["activation"], ignored)
        accepted(path, state.set_activation, state.settings()["activation"], params)
    if "follow_explorer" in values:
        state.set_follow_explorer(boolean(values["follow_explorer"], f"{where}.follow_explorer"))
    if "decimals" in values:
        path = f"{where}.decimals"
        accepted(path, state.set_decimals, integer(values["decimals"], path))
    if "selected" in values:
        path = f"{where}.selected"
        accepted(path, state.set_selected, integer(values["selected"], path))
    return state.settings()


def _config_fields(
    config_type: Any, group: Any, where: str, ignored: list[str], kinds: Mapping[str, Any]
) -> dict[str, Any]:
    """The fields of a playground config in ``group``, each of its JSON type."""
    values = obj(group, where)
    names = tuple(f.name for f in fields(config_type))
    known_keys(values, where, names, ignored)
    return {name: kinds[name](values[name], f"{where}.{name}") for name in names if name in values}


_DATA_KINDS = {
    "kind": string,
    "n_points": integer,
    "noise": number,
    "seed": integer,
    "test_fraction": number,
}
_TRAINING_KINDS = {"optimizer": string, "learning_rate": number, "batch_size": integer, "l2": number}


def _network(group: Any, where: str, ignored: list[str]) -> NetworkConfig:
    values = obj(group, where)
    names = tuple(f.name for f in fields(NetworkConfig))
    known_keys(values, where, names, ignored)
    changes: dict[str, Any] = {}
    if "layer_sizes" in values:
        path = f"{where}.layer_sizes"
        sizes = items(values["layer_sizes"], path, MAX_HIDDEN_LAYERS)
        changes["layer_sizes"] = tuple(integer(v, f"{path}[{i}]") for i, v in enumerate(sizes))
    if "activations" in values:
        path = f"{where}.activations"
        acts = items(values["activations"], path, MAX_HIDDEN_LAYERS)
        changes["activations"] = tuple(activation_id_of(v, f"{path}[{i}]") for i, v in enumerate(acts))
    if "activation_params" in values:
        path = f"{where}.activation_params"
        layers = items(values["activation_params"], path, MAX_HIDDEN_LAYERS)
        acts = changes.get("activations", NetworkConfig().activations)
        if len(layers) != len(acts):
            raise SetupFileError(
                f"{path} must have {len(acts)} items, one per hidden layer, got {len(layers)}",
                "setup_per_layer", where=path, layers=len(acts), count=len(layers),
            )  # fmt: skip
        changes["activation_params"] = tuple(
            params_of(p, f"{path}[{i}]", a, ignored)
            for i, (p, a) in enumerate(zip(layers, acts, strict=True))
        )
    for name, kind in (("init", string), ("init_scale", number), ("seed", integer)):
        if name in values:
            changes[name] = kind(values[name], f"{where}.{name}")
    if "layer_sizes" in changes and "activations" not in changes:
        changes["activations"] = ("tanh",) * len(changes["layer_sizes"])
    return accepted(where, NetworkConfig, **changes)


def check_playground(group: Any, ignored: list[str], where: str = "playground") -> dict[str, Any]:
    """The playground's group: data, network and training settings, and the trained network if saved."""
    values = obj(group, where)
    known_keys(values, where, PLAYGROUND_KEYS, ignored)
    data_fields = _config_fields(DataSettings, values.get("data", {}), f"{where}.data", ignored, _DATA_KINDS)
    data = accepted(f"{where}.data", DataSettings, **data_fields)
    network = _network(values.get("network", {}), f"{where}.network", ignored)
    training_fields = _config_fields(
        TrainConfig, values.get("training", {}), f"{where}.training", ignored, _TRAINING_KINDS
    )
    training = accepted(f"{where}.training", TrainConfig, **training_fields)
    checked: dict[str, Any] = {
        "data": asdict(data),
        "network": {
            **asdict(network),
            "layer_sizes": list(network.layer_sizes),
            "activations": list(network.activations),
            "activation_params": [dict(p) for p in network.activation_params],
        },
        "training": asdict(training),
    }
    if "experiment" in values:
        path = f"{where}.experiment"
        choices = obj(values["experiment"], path)
        known_keys(choices, path, EXPERIMENT_KEYS, ignored)
        tool = ExperimentToolState()
        accepted(path, tool.apply_settings, {k: v for k, v in choices.items() if k in EXPERIMENT_KEYS})
        checked["experiment"] = tool.settings()
    if "trained" in values:
        from actgui.files.setup_trained import check_trained

        checked["trained"] = check_trained(values["trained"], checked, ignored, f"{where}.trained")
    return checked


def check_view(group: Any, ignored: list[str], where: str = "view") -> dict[str, Any]:
    """The theme and font size (saved only when the teacher asks for them)."""
    values = obj(group, where)
    known_keys(values, where, VIEW_KEYS, ignored)
    view = ViewSettings()
    if "theme" in values:
        path = f"{where}.theme"
        accepted(path, view.set_theme, string(values["theme"], path))
    if "font_scale" in values:
        path = f"{where}.font_scale"
        accepted(path, view.set_font_scale, number(values["font_scale"], path))
    return view.settings()


def check_steps(value: Any, ignored: list[str], where: str = "presentation") -> tuple[str, ...]:
    """The presentation's step list: at least one known activation id, in order."""
    values = obj(value, where)
    known_keys(values, where, ("steps",), ignored)
    path = f"{where}.steps"
    ids = items(values.get("steps", []), path, len(ACTIVATIONS))
    steps = tuple(dict.fromkeys(activation_id_of(v, f"{path}[{i}]") for i, v in enumerate(ids)))
    if not steps:
        raise SetupFileError(f"{path} must name at least one activation", "setup_no_steps", where=path)
    return steps

"""The playground's trained network in a setup file (``playground.trained``): checked strictly.

The group is what :func:`actgui.state.playground_trained.trained_settings`
writes: the weights and biases per layer, the epoch and step counts, the
loss and accuracy history, the shuffled order with the shuffling
generator's state and, under Adam, its moments. Reading checks every
value's JSON type and size here, then hands the whole to a scratch
playground set up from the (checked) rest of the group, whose
:meth:`~actgui.state.playground.PlaygroundState.resume_trained` checks that
the shapes match the network, the numbers are finite, the history runs
from epoch 0 to the current epoch and the order names every training
point once. Nothing touches the user's session. Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from actgui.files.setup_checks import (
    SetupFileError,
    accepted,
    integer,
    items,
    known_keys,
    number,
    numbers,
    obj,
    rows,
    string,
)
from actgui.model.datasets import MAX_POINTS
from actgui.model.mlp import MAX_HIDDEN_LAYERS, MAX_NEURONS
from actgui.state.playground import PlaygroundState
from actgui.state.playground_trained import HISTORY_KEYS, MAX_HISTORY

TRAINED_KEYS = ("epoch", "steps", "weights", "biases", "history", "shuffle", "adam")
REQUIRED_KEYS = ("epoch", "steps", "weights", "biases", "history", "shuffle")
SHUFFLE_KEYS = ("order", "position", "generator")
GENERATOR_KEYS = ("state", "inc", "has_uint32", "uinteger")
ADAM_KEYS = ("t", "m_weights", "m_biases", "v_weights", "v_biases")
MAX_LAYERS = MAX_HIDDEN_LAYERS + 1
"""Weight matrices of the largest network: its hidden layers and the output layer."""


def _required(values: Mapping[str, Any], where: str, keys: tuple[str, ...]) -> None:
    missing = [key for key in keys if key not in values]
    if missing:
        shown = ", ".join(f"'{where}.{key}'" for key in missing)
        raise SetupFileError(f"missing key {shown}", "missing_keys", keys=shown)


def _matrices(value: Any, where: str) -> list[list[list[float]]]:
    """One weight matrix per layer, each a list of rows of finite numbers."""
    return [rows(m, f"{where}[{i}]", MAX_NEURONS) for i, m in enumerate(items(value, where, MAX_LAYERS))]


def _vectors(value: Any, where: str) -> list[list[float]]:
    """One bias vector per layer."""
    return [numbers(v, f"{where}[{i}]", MAX_NEURONS) for i, v in enumerate(items(value, where, MAX_LAYERS))]


def _metric(value: Any, where: str) -> list[float | None]:
    """A history list: numbers, or null for a value that was not a number (an empty test set)."""
    listed = items(value, where, MAX_HISTORY)
    return [None if v is None else number(v, f"{where}[{i}]") for i, v in enumerate(listed)]


def _history(value: Any, where: str, ignored: list[str]) -> dict[str, Any]:
    values = obj(value, where)
    known_keys(values, where, HISTORY_KEYS, ignored)
    _required(values, where, HISTORY_KEYS)
    epochs = items(values["epochs"], f"{where}.epochs", MAX_HISTORY)
    checked: dict[str, Any] = {"epochs": [integer(e, f"{where}.epochs[{i}]") for i, e in enumerate(epochs)]}
    for key in HISTORY_KEYS[1:]:
        checked[key] = _metric(values[key], f"{where}.{key}")
    return checked


def _shuffle(value: Any, where: str, ignored: list[str]) -> dict[str, Any]:
    values = obj(value, where)
    known_keys(values, where, SHUFFLE_KEYS, ignored)
    _required(values, where, SHUFFLE_KEYS)
    order = items(values["order"], f"{where}.order", MAX_POINTS)
    generator = obj(values["generator"], f"{where}.generator")
    at = f"{where}.generator"
    known_keys(generator, at, GENERATOR_KEYS, ignored)
    _required(generator, at, GENERATOR_KEYS)
    return {
        "order": [integer(v, f"{where}.order[{i}]") for i, v in enumerate(order)],
        "position": integer(values["position"], f"{where}.position"),
        "generator": {
            "state": string(generator["state"], f"{at}.state"),
            "inc": string(generator["inc"], f"{at}.inc"),
            "has_uint32": integer(generator["has_uint32"], f"{at}.has_uint32"),
            "uinteger": integer(generator["uinteger"], f"{at}.uinteger"),
        },
    }


def _adam(value: Any, where: str, ignored: list[str]) -> dict[str, Any]:
    values = obj(value, where)
    known_keys(values, where, ADAM_KEYS, ignored)
    _required(values, where, ADAM_KEYS)
    return {
        "t": integer(values["t"], f"{where}.t"),
        "m_weights": _matrices(values["m_weights"], f"{where}.m_weights"),
        "m_biases": _vectors(values["m_biases"], f"{where}.m_biases"),
        "v_weights": _matrices(values["v_weights"], f"{where}.v_weights"),
        "v_biases": _vectors(values["v_biases"], f"{where}.v_biases"),
    }


def check_trained(
    group: Any, playground: Mapping[str, Any], ignored: list[str], where: str = "playground.trained"
) -> dict[str, Any]:
    """The trained network of a playground group whose ``data``, ``network`` and ``training`` are checked.

    Returns the group as :meth:`PlaygroundState.trained_settings` gives it.

    Raises
    ------
    SetupFileError
        Naming the first value refused.
    """
    values = obj(group, where)
    known_keys(values, where, TRAINED_KEYS, ignored)
    _required(values, where, REQUIRED_KEYS)
    checked: dict[str, Any] = {
        "epoch": integer(values["epoch"], f"{where}.epoch"),
        "steps": integer(values["steps"], f"{where}.steps"),
        "weights": _matrices(values["weights"], f"{where}.weights"),
        "biases": _vectors(values["biases"], f"{where}.biases"),
        "history": _history(values["history"], f"{where}.history", ignored),
        "shuffle": _shuffle(values["shuffle"], f"{where}.shuffle", ignored),
    }
    if "adam" in values:
        checked["adam"] = _adam(values["adam"], f"{where}.adam", ignored)
    scratch = PlaygroundState.from_settings(playground)
    accepted(where, scratch.resume_trained, checked)
    settings = scratch.trained_settings()
    if settings is None:  # unreachable: the weights were checked finite
        raise SetupFileError(f"{where}: the weights are not finite", "not_finite", where=where, value="nan")
    return settings

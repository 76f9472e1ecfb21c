"""A trained playground network in a setup: the same boundary and curves, and training goes on identically.

No Qt: the format, the checks and the states are Qt-free.
"""

from __future__ import annotations

import json
from dataclasses import asdict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actgui.files.setup_checks import SetupFileError
from actgui.files.setup_file import GROUPS, MAX_FILE_BYTES, Setup, loads_setup, setup_to_json
from actgui.model.activations import elementwise_ids
from actgui.model.datasets import DATASET_KINDS, MAX_POINTS, DataSettings
from actgui.model.mlp import MAX_HIDDEN_LAYERS, MAX_NEURONS, NetworkConfig
from actgui.model.training import History, TrainConfig
from actgui.state.layer_values import MAX_UNITS
from actgui.state.playground_trained import MAX_HISTORY, trained_settings
from actgui.state.session import Session

ELEMENTWISE = elementwise_ids()


def _playground_settings(
    data: DataSettings, network: NetworkConfig, training: TrainConfig
) -> dict[str, object]:
    return {
        "data": asdict(data),
        "network": {
            **asdict(network),
            "layer_sizes": list(network.layer_sizes),
            "activations": list(network.activations),
            "activation_params": [dict(p) for p in network.activation_params],
        },
        "training": asdict(training),
    }


@st.composite
def trained_sessions(draw: st.DrawFn) -> Session:
    """A session whose playground trained a random network for a random number of mini-batches."""
    data = DataSettings(
        kind=draw(st.sampled_from(DATASET_KINDS)),
        n_points=draw(st.integers(10, 120)),
        noise=draw(st.floats(0, 0.5)),
        seed=draw(st.integers(0, 2**31)),
        test_fraction=draw(st.sampled_from((0.0, 0.3, 0.9))),
    )
    depth = draw(st.integers(0, 3))
    network = NetworkConfig(
        layer_sizes=tuple(draw(st.integers(1, 8)) for _ in range(depth)),
        activations=tuple(draw(st.sampled_from(ELEMENTWISE)) for _ in range(depth)),
        init=draw(st.sampled_from(("uniform", "xavier", "he"))),
        init_scale=draw(st.floats(0.1, 5)),
        seed=draw(st.integers(0, 2**40)),
    )
    training = TrainConfig(
        optimizer=draw(st.sampled_from(("sgd", "adam"))),
        learning_rate=draw(st.floats(1e-3, 1)),
        batch_size=draw(st.integers(1, 64)),
        l2=draw(st.floats(0, 0.01)),
    )
    session = Session(playground_settings=_playground_settings(data, network, training))
    trainer = session.playground.trainer
    for _ in range(draw(st.integers(0, 60))):  # often stops inside an epoch
        trainer.train_batch()
    return session


def _reopened(session: Session, into: Session) -> Setup:
    text = setup_to_json(Setup(session.snapshot(include_trained=True), "playground"))
    opened = loads_setup(text)
    into.apply_settings(opened.groups)
    return opened


def _same_history(a: History, b: History) -> None:
    assert a.epochs == b.epochs
    for key in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        np.testing.assert_array_equal(getattr(a, key), getattr(b, key))  # NaN where NaN


@settings(max_examples=40, deadline=None)
@given(original=trained_sessions(), create_first=st.booleans(), more=st.integers(1, 40))
def test_a_trained_network_reopens_bit_for_bit_and_trains_on_identically(original, create_first, more):
    if original.playground.trainer.diverged:
        assert "trained" not in original.snapshot(include_trained=True)["playground"]
        return
    other = Session()
    if create_first:  # the playground shown before the setup is opened, or first shown after
        other.playground.train_for(0.0)
    opened = _reopened(original, other)
    assert opened.ignored == ()
    assert other.snapshot(include_trained=True) == original.snapshot(include_trained=True)
    mine, theirs = original.playground.trainer, other.playground.trainer
    assert other.playground.epoch == original.playground.epoch
    assert not other.playground.running
    for a, b in zip(
        [*mine.network.weights, *mine.network.biases],
        [*theirs.network.weights, *theirs.network.biases],
        strict=True,
    ):
        np.testing.assert_array_equal(a, b)
    grid = np.array([[0.3, -1.2], [2.0, 2.0], [-4.0, 0.5]])
    np.testing.assert_array_equal(mine.network.predict_proba(grid), theirs.network.predict_proba(grid))
    _same_history(mine.history, theirs.history)
    for _ in range(more):  # across epoch ends: the shuffled order and the generator carry on too
        mine.train_batch()
        theirs.train_batch()
    for a, b in zip(
        [*mine.network.weights, *mine.network.biases],
        [*theirs.network.weights, *theirs.network.biases],
        strict=True,
    ):
        np.testing.assert_array_equal(a, b)
    _same_history(mine.history, theirs.history)


def test_the_trained_network_is_saved_only_when_asked_and_never_in_the_settings():
    session = Session()
    session.playground.trainer.train_epochs(3)
    assert "trained" not in session.snapshot()["playground"]
    assert "trained" not in session.settings()["playground"]  # the settings kept between runs
    trained = session.snapshot(include_trained=True)["playground"]["trained"]
    assert trained["epoch"] == 3
    assert trained["history"]["epochs"] == [0, 1, 2, 3]
    assert [np.shape(w) for w in trained["weights"]] == [(2, 8), (8, 8), (8, 1)]
    assert set(trained["adam"]) == {"t", "m_weights", "m_biases", "v_weights", "v_biases"}  # default: Adam


def test_sgd_needs_no_optimiser_state():
    session = Session()
    session.playground.set_training(optimizer="sgd")
    session.playground.trainer.train_epochs(2)
    assert "adam" not in session.snapshot(include_trained=True)["playground"]["trained"]


def test_a_diverged_network_is_left_out():
    session = Session()
    session.playground.trainer.network.weights[0][0, 0] = np.inf
    assert session.playground.trained_settings() is None
    assert "trained" not in session.snapshot(include_trained=True)["playground"]


def test_a_long_history_is_thinned_evenly_keeping_the_first_and_last_epoch():
    session = Session()
    trainer = session.playground.trainer
    trainer.train_epochs(30)
    trained = trained_settings(trainer, max_history=7)
    assert trained is not None
    epochs = trained["history"]["epochs"]
    assert epochs == [0, 5, 10, 15, 20, 25, 30]
    assert trained["history"]["test_loss"] == [trainer.history.test_loss[e] for e in epochs]
    other = Session()
    other.apply_settings({"playground": {**session.playground.settings(), "trained": trained}})
    assert other.playground.trainer.history.epochs == epochs  # the curve has the same shape, fewer points
    assert other.playground.epoch == 30


def test_the_trained_network_is_applied_when_the_playground_is_first_shown():
    session = Session()
    session.playground.trainer.train_epochs(4)
    snapshot = session.snapshot(include_trained=True)
    other = Session()
    other.apply_settings(loads_setup(setup_to_json(Setup(snapshot))).groups)
    assert not other.playground_created
    assert other.snapshot(include_trained=True)["playground"]["trained"] == snapshot["playground"]["trained"]
    assert not other.playground_created  # saving again costs no playground
    assert other.playground.epoch == 4


def test_a_setup_without_a_trained_network_starts_over():
    session = Session()
    session.playground.trainer.train_epochs(4)
    session.apply_settings({"playground": session.playground.settings()})
    assert session.playground.epoch == 0


def test_the_largest_setup_stays_well_under_the_size_limit():
    network = NetworkConfig((MAX_NEURONS,) * MAX_HIDDEN_LAYERS, ("tanh",) * MAX_HIDDEN_LAYERS)
    data = DataSettings(n_points=MAX_POINTS, test_fraction=0.0)
    session = Session(playground_settings=_playground_settings(data, network, TrainConfig()))
    trainer = session.playground.trainer
    trainer.train_batch()
    # The longest history a setup keeps, with every number at full length.
    long = MAX_HISTORY * 3
    trainer.history = History(
        list(range(long)), *([0.123456789012345678 + i * 1e-9 for i in range(long)] for _ in range(4))
    )
    trainer.epoch = long - 1
    rng = np.random.default_rng(0)
    session.layer.set_layer(
        rng.uniform(-1, 1, MAX_UNITS),
        rng.uniform(-1, 1, (MAX_UNITS, MAX_UNITS)),
        rng.uniform(-1, 1, MAX_UNITS),
    )
    text = setup_to_json(Setup(session.snapshot(include_view=True, include_trained=True), "playground"))
    size = len(text.encode("utf-8"))
    assert size < MAX_FILE_BYTES / 2, size
    opened = loads_setup(text)
    assert len(opened.groups["playground"]["trained"]["history"]["epochs"]) == MAX_HISTORY


def _small_trained() -> dict[str, object]:
    session = Session(
        playground_settings=_playground_settings(
            DataSettings(kind="xor", n_points=20), NetworkConfig((3,), ("tanh",)), TrainConfig()
        )
    )
    session.playground.trainer.train_epochs(2)
    session.playground.trainer.train_batch()
    return session.snapshot(include_trained=True)


def _refused(change) -> SetupFileError:
    doc = {"format": "actgui-setup", "version": 1, **_small_trained()}
    change(doc["playground"]["trained"])
    with pytest.raises(SetupFileError) as caught:
        loads_setup(json.dumps(doc))
    return caught.value


def test_weights_of_another_network_are_refused_naming_the_shapes():
    def wider(trained: dict) -> None:
        trained["weights"][0] = [[0.0] * 4, [0.0] * 4]

    error = _refused(wider)
    assert error.code == "setup_value"
    assert error.refusal is not None and error.refusal.code == "trained_shape"
    assert "playground.trained: weights must have the shapes (2, 3), (3, 1)" in str(error)


@pytest.mark.parametrize(
    ("change", "code", "where"),
    [
        (
            lambda t: t["weights"][1][0].__setitem__(0, "1"),
            "setup_type",
            "playground.trained.weights[1][0][0]",
        ),
        (lambda t: t["biases"].append([0.0]), "setup_value", "playground.trained"),
        (lambda t: t["history"]["epochs"].reverse(), "setup_value", "playground.trained"),
        (lambda t: t["history"]["train_accuracy"].__setitem__(0, 1.5), "setup_value", "playground.trained"),
        (lambda t: t["shuffle"].__setitem__("position", 10**6), "setup_value", "playground.trained"),
        (lambda t: t["shuffle"]["order"].__setitem__(0, -1), "setup_value", "playground.trained"),
        (
            lambda t: t["shuffle"]["generator"].__setitem__("state", "xyz"),
            "setup_value",
            "playground.trained",
        ),
        (lambda t: t.__setitem__("epoch", 2**70), "setup_value", "playground.trained"),
        (lambda t: t["adam"]["v_biases"][0].__setitem__(0, -1.0), "setup_value", "playground.trained"),
        (lambda t: t.pop("weights"), "missing_keys", "'playground.trained.weights'"),
        (
            lambda t: t["history"].__setitem__("epochs", list(range(MAX_HISTORY + 1))),
            "setup_too_many",
            "epochs",
        ),
    ],
)
def test_malformed_trained_values_are_refused(change, code, where):
    error = _refused(change)
    assert error.code == code
    assert where in str(error)


def test_unknown_keys_of_the_trained_group_are_noted():
    doc = {"format": "actgui-setup", "version": 1, **_small_trained()}
    doc["playground"]["trained"]["momentum"] = [1, 2]
    assert loads_setup(json.dumps(doc)).ignored == ("playground.trained.momentum",)


def test_a_page_of_a_later_actgui_is_ignored_with_a_note_and_the_rest_opens():
    # A page's group as a later actgui would write it: this one opens the rest and says so.
    session = Session()
    session.explorer.set_activation("relu")
    doc = {
        "format": "actgui-setup",
        "version": 1,
        "page": "attention",
        "attention": {"heads": 12, "activation": "tanh", "weights": [[1.0, 2.0]]},
        "explorer": {"activation": "elu"},
    }
    opened = loads_setup(json.dumps(doc))
    assert opened.ignored == ("attention", "page=attention")
    assert opened.page is None and set(opened.groups) == {"explorer"}
    assert "attention" not in GROUPS
    before = session.snapshot()
    session.apply_settings(opened.groups)
    assert session.explorer.activation_id == "elu"
    assert session.snapshot()["layer"] == before["layer"]
    assert session.snapshot()["playground"] == before["playground"]

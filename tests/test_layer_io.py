"""Saving, loading and exporting the forward-pass layer."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actgui.files import layer_file as layer_io
from actgui.files.layer_file import MAX_FILE_BYTES, LayerData, export_csv, load_layer, loads_layer, save_layer
from actgui.state.layer import LayerState

CORPUS = Path(__file__).parent / "data" / "layer_corpus"
CORPUS_FILES = sorted(CORPUS.iterdir())


def snapshot(state: LayerState) -> tuple:
    fp = state.forward
    return (
        fp.x.tobytes(),
        fp.weights.tobytes(),
        fp.bias.tobytes(),
        fp.activation,
        tuple(sorted(fp.params.items())),
        state.scale,
        state.follow_explorer,
    )


def test_round_trip_is_bitwise(tmp_path):
    state = LayerState()
    state.set_scale(7.3)
    state.set_x_value(1, 1 / 3)
    state.set_bias_value(2, -2e-300)
    state.set_activation("softplus", {"beta": 2.5, "threshold": 15.0})
    path = tmp_path / "layer.json"
    save_layer(path, LayerData.from_state(state))
    data = load_layer(path)
    fp = state.forward
    assert data.x.tobytes() == fp.x.tobytes()
    assert data.weights.tobytes() == fp.weights.tobytes()
    assert data.bias.tobytes() == fp.bias.tobytes()
    assert (data.activation, data.params) == ("softplus", {"beta": 2.5, "threshold": 15.0})

    other = LayerState()
    data.apply_to(other)
    assert other.forward.output.tobytes() == fp.output.tobytes()
    assert other.scale == 1.0 and other.activation_id == "softplus"


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=60)
@given(
    shape=st.tuples(st.integers(1, 6), st.integers(1, 6)),
    data=st.data(),
)
def test_round_trip_any_finite_layer(shape, data):
    n_in, n_out = shape
    x = np.array(data.draw(st.lists(finite, min_size=n_in, max_size=n_in))).reshape(1, n_in)
    size = n_in * n_out
    w = np.array(data.draw(st.lists(finite, min_size=size, max_size=size))).reshape(n_in, n_out)
    b = np.array(data.draw(st.lists(finite, min_size=n_out, max_size=n_out)))
    original = LayerData(x, w, b, "tanh", {})
    loaded = loads_layer(layer_io.layer_to_json(original).encode())
    assert loaded.x.tobytes() == x.tobytes()
    assert loaded.weights.tobytes() == w.tobytes()
    assert loaded.bias.tobytes() == b.tobytes()


def test_flat_x_is_accepted(tmp_path):
    text = (
        layer_io.layer_to_json(LayerData.from_state(LayerState()))
        .replace('"x": [[', '"x": [')
        .replace(']],\n  "W"', '],\n  "W"')
    )
    data = loads_layer(text.encode())
    assert data.x.shape == (1, 10)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_malformed_file_is_refused_and_changes_nothing(path):
    state = LayerState()
    state.set_scale(2.0)
    before = snapshot(state)
    with pytest.raises(ValueError) as info:
        load_layer(path).apply_to(state)
    assert str(info.value)
    assert snapshot(state) == before


def test_corpus_covers_the_issue_cases():
    names = {p.name for p in CORPUS_FILES}
    for needle in ("bad_json", "W_", "x_wrong", "nan", "infinity", "string", "nested", "binary", "empty"):
        assert any(needle in name for name in names), needle


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    subprocess.run(["truncate", "-s", "100M", str(path)], check=True)
    assert path.stat().st_size == 100 * 1024 * 1024
    real_open = open
    opened = []

    def spy_open(file, *args, **kwargs):
        opened.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    with pytest.raises(ValueError, match="at most 1000 kB"):
        load_layer(path)
    assert str(path) not in map(str, opened)


def test_just_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ValueError, match="kB"):
        load_layer(path)
    with pytest.raises(ValueError, match="kB"):
        loads_layer(b" " * (MAX_FILE_BYTES + 1))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ValueError, match="cannot open"):
        load_layer(tmp_path / "nope.json")
    with pytest.raises(ValueError, match="cannot read"):
        load_layer(tmp_path)


def test_save_is_atomic_and_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "layer.json"
    path.write_text("old contents")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_layer(path, LayerData.from_state(LayerState()))
    assert path.read_text() == "old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["layer.json"]


def test_unwritable_folder_raises(tmp_path):
    with pytest.raises(OSError):
        save_layer(tmp_path / "missing" / "layer.json", LayerData.from_state(LayerState()))


def test_csv_holds_x_w_b_h_y_exactly(tmp_path):
    state = LayerState()
    state.set_bias_value(1, 0.5)
    path = tmp_path / "fp.csv"
    export_csv(path, state.forward)
    rows = list(csv.reader(io.StringIO(path.read_text())))
    fp = state.forward
    assert rows[0] == ["", "x", "neuron 0", "neuron 1", "neuron 2", "neuron 3", "neuron 4"]
    body = rows[1:11]
    assert [r[0] for r in body] == [f"x_{i}" for i in range(10)]
    np.testing.assert_array_equal([float(r[1]) for r in body], fp.x[0])
    np.testing.assert_array_equal([[float(v) for v in r[2:]] for r in body], fp.weights)
    named = {r[0]: [float(v) for v in r[2:]] for r in rows[11:]}
    np.testing.assert_array_equal(named["b"], fp.bias)
    np.testing.assert_array_equal(named["h"], fp.pre_activation[0])
    np.testing.assert_array_equal(named["y"], fp.output[0])


def _layer_doc(**params: object) -> bytes:
    doc = {
        "format": "actgui-layer",
        "version": 1,
        "activation": "elu",
        "params": params,
        "x": [[0.5]],
        "W": [[1.0]],
        "b": [0.0],
    }
    return json.dumps(doc).encode()


def test_a_refusal_of_a_parameter_in_the_file_keeps_its_code(monkeypatch):
    """The model's refusal of a parameter reaches the interface with its code, its values cut short."""
    from actgui.model import get_activation
    from actgui.model.refusal import Refusal

    elu = get_activation("elu")

    def refuse(params):
        raise Refusal("param_range", name="alpha", low=0.0, high=10.0, value=repr(params["alpha"]))

    monkeypatch.setattr(type(elu), "resolve", lambda self, params=None: refuse(params))
    with pytest.raises(Refusal) as short:
        loads_layer(_layer_doc(alpha="a bit"))
    assert short.value.code == "param_range"
    assert str(short.value) == "parameter 'alpha' must be a number in [0, 10], got 'a bit'"
    with pytest.raises(Refusal) as long:
        loads_layer(_layer_doc(alpha="novel " * 200))
    assert long.value.code == "param_range"
    assert long.value.values["value"] == repr("novel " * 200)[:39] + "…"
    assert (long.value.values["name"], long.value.values["high"]) == ("alpha", "10")
    assert len(str(long.value)) <= layer_io.MAX_MESSAGE_CHARS


def test_a_long_plain_value_error_from_the_model_is_cut():
    with pytest.raises(ValueError) as caught:
        loads_layer(_layer_doc(alpha="novel " * 200))
    message = str(caught.value)
    assert len(message) <= layer_io.MAX_MESSAGE_CHARS and message.endswith("…")
    assert message.startswith("parameter 'alpha' must be")


def test_a_layer_file_ending_in_glu_is_refused_when_read_and_changes_nothing():
    """GLU halves its input, so a layer cannot end in it: refused on reading, as the picker refuses it."""
    from actgui.model.refusal import Refusal

    doc = {
        "format": "actgui-layer",
        "version": 1,
        "activation": "glu",
        "params": {"gate": "silu"},
        "x": [[0.1, 0.2]],
        "W": [[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]],
        "b": [0.0, 0.0, 0.0, 0.0],
    }
    with pytest.raises(Refusal) as caught:
        loads_layer(json.dumps(doc).encode())
    assert caught.value.code == "layer_gated"
    assert caught.value.values == {"activation": "glu", "n_out": "4"}
    state = LayerState()
    before = (state.weights.copy(), state.activation_id)
    with pytest.raises(Refusal) as direct:
        state.set_layer([0.1, 0.2], doc["W"], doc["b"], "glu")
    assert direct.value.code == "layer_gated"
    assert np.array_equal(state.weights, before[0]) and state.activation_id == before[1]

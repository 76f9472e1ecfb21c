"""Setup files: a saved session opens to the same state; what it cannot hold is refused or noted.

No Qt: the format, its checks and the session's snapshot are Qt-free.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actgui.files import setup_file
from actgui.files.setup_checks import SetupFileError
from actgui.files.setup_file import (
    FORMAT,
    MAX_FILE_BYTES,
    VERSION,
    Setup,
    load_setup,
    loads_setup,
    save_setup,
    setup_to_json,
)
from actgui.model import ACTIVATIONS, get_activation
from actgui.model.activations import elementwise_ids
from actgui.model.datasets import DATASET_KINDS, DataSettings
from actgui.model.depth import INITS as DEPTH_INITS
from actgui.model.network import INIT_SCHEMES, OPTIMIZERS, NetworkConfig, TrainConfig
from actgui.state.depth import HISTOGRAM_KINDS, HISTOGRAM_STYLES
from actgui.state.explorer import MAX_PINS, Pin
from actgui.state.session import Session

SETUPS = Path(__file__).parent / "setups"
ELEMENTWISE = elementwise_ids()
LAYER_ACTIVATIONS = tuple(a.id for a in ACTIVATIONS.values() if not a.is_gated)
"""A dense layer can end in any activation but GLU, which halves its outputs."""
finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@st.composite
def params_of(draw: st.DrawFn, activation_id: str) -> dict[str, object]:
    """Valid parameters of an activation (retried until the activation accepts them as a whole)."""
    act = get_activation(activation_id)
    chosen: dict[str, object] = {}
    for param in act.params:
        if param.choices is not None:
            chosen[param.name] = draw(st.sampled_from(param.choices))
        else:
            chosen[param.name] = draw(st.floats(param.minimum, param.maximum, allow_nan=False))
    try:
        return act.resolve(chosen)
    except ValueError:
        return act.defaults()


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    """A session with every page's state drawn at random, through the states' own setters."""
    playground = {
        "data": asdict(
            DataSettings(
                kind=draw(st.sampled_from(DATASET_KINDS)),
                n_points=draw(st.integers(10, 2000)),
                noise=draw(st.floats(0, 0.5)),
                seed=draw(st.integers(0, 2**31)),
                test_fraction=draw(st.floats(0, 0.9)),
            )
        )
    }
    depth = draw(st.integers(0, 4))
    acts = tuple(draw(st.sampled_from(ELEMENTWISE)) for _ in range(depth))
    network = NetworkConfig(
        layer_sizes=tuple(draw(st.integers(1, 16)) for _ in range(depth)),
        activations=acts,
        activation_params=tuple(draw(params_of(a)) for a in acts),
        init=draw(st.sampled_from(INIT_SCHEMES)),
        init_scale=draw(st.floats(0.1, 100)),
        seed=draw(st.integers(0, 2**40)),
    )
    playground["network"] = {
        **asdict(network),
        "layer_sizes": list(network.layer_sizes),
        "activations": list(network.activations),
        "activation_params": [dict(p) for p in network.activation_params],
    }
    training = TrainConfig(
        optimizer=draw(st.sampled_from(OPTIMIZERS)),
        learning_rate=draw(st.floats(1e-4, 10)),
        batch_size=draw(st.integers(1, 512)),
        l2=draw(st.floats(0, 0.1)),
    )
    playground["training"] = asdict(training)
    session = Session(playground_settings=playground)
    explorer = session.explorer
    for activation_id in draw(st.lists(st.sampled_from(tuple(ACTIVATIONS)), max_size=4)):
        explorer.set_params(activation_id, draw(params_of(activation_id)))
    explorer.set_activation(draw(st.sampled_from(tuple(ACTIVATIONS))))
    low = draw(st.floats(-900, 900))
    explorer.set_x_range(low, low + draw(st.floats(0.5, 100)))
    explorer.set_samples(draw(st.integers(2, 5000)))
    explorer.set_logits(draw(st.lists(st.floats(-1e4, 1e4), min_size=2, max_size=12)))
    explorer.set_selected_output(draw(st.integers(0, len(explorer.logits) - 1)))
    pins = draw(st.lists(st.sampled_from(tuple(ACTIVATIONS)), max_size=MAX_PINS))
    explorer.set_pins(tuple(Pin.make(a, draw(params_of(a))) for a in pins))
    explorer.set_show_derivative(draw(st.booleans()))
    layer = session.layer
    n_in, n_out = draw(st.integers(1, 12)), draw(st.integers(1, 12))
    layer.set_seed(draw(st.integers(0, 2**31 - 1)))
    layer.set_layer(
        np.array(draw(st.lists(finite, min_size=n_in, max_size=n_in))),
        np.array(draw(st.lists(finite, min_size=n_in * n_out, max_size=n_in * n_out))).reshape(n_in, n_out),
        np.array(draw(st.lists(finite, min_size=n_out, max_size=n_out))),
    )
    layer.set_scale(draw(st.floats(0.1, 100)))
    if draw(st.booleans()):
        own = draw(st.sampled_from(LAYER_ACTIVATIONS))
        layer.set_activation(own, draw(params_of(own)))
    layer.set_decimals(draw(st.integers(0, 10)))
    layer.set_selected(draw(st.integers(0, n_out - 1)))
    session.view.set_theme(draw(st.sampled_from(("light", "dark"))))
    session.view.set_font_scale(draw(st.floats(0.7, 2.0)))
    if draw(st.booleans()):  # the depth lab, set up (else it stays unbuilt at its defaults)
        depth = session.depth
        activation_id = draw(st.sampled_from(ELEMENTWISE))
        depth.set_activation(activation_id)
        depth.set_params(draw(params_of(activation_id)))
        depth.set_sizes(
            depth=draw(st.integers(1, 200)),
            width=draw(st.integers(16, 2048)),
            samples=draw(st.integers(16, 1024)),
        )
        if draw(st.booleans()):
            depth.set_init(draw(st.sampled_from(tuple(DEPTH_INITS))))
        else:
            depth.set_weight_std(draw(st.floats(0.1, 4.0)))
        depth.set_bias_std(draw(st.floats(0.0, 2.0)))
        depth.set_histogram(draw(st.sampled_from(HISTOGRAM_KINDS)), draw(st.sampled_from(HISTOGRAM_STYLES)))
        depth.seed = draw(st.integers(0, 2**31 - 1))
    return session


def assert_contains(actual: object, expected: object, where: str = "") -> None:
    """``actual`` holds everything ``expected`` holds (an activation or field added later may be extra)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} is missing"
            assert_contains(actual[key], value, f"{where}.{key}")
    else:
        assert actual == expected, where


def _round_trip(setup: Setup) -> Setup:
    return loads_setup(setup_to_json(setup).encode("utf-8"))


@settings(max_examples=60, deadline=None)
@given(original=sessions(), other=sessions(), page=st.sampled_from(setup_file.PAGES), view=st.booleans())
def test_every_page_saved_and_reopened_equals_the_original(original, other, page, view):
    steps = tuple(original.explorer.settings()["params"])[:5]
    saved = Setup(original.snapshot(include_view=view), page, steps, "zh_CN" if view else None)
    opened = _round_trip(saved)
    assert opened.ignored == ()
    assert (opened.page, opened.steps, opened.language) == (page, steps, saved.language)
    other.apply_settings(opened.groups)  # over a session in another, random state
    assert other.snapshot(include_view=view) == original.snapshot(include_view=view)
    # The forward pass computes the same numbers, bit for bit.
    np.testing.assert_array_equal(other.layer.forward.output, original.layer.forward.output)


@settings(max_examples=30, deadline=None)
@given(original=sessions())
def test_a_setup_is_saved_as_readable_json_with_its_format_and_version(original):
    text = setup_to_json(Setup(original.snapshot(), "explorer"))
    doc = json.loads(text)
    assert doc["format"] == FORMAT and doc["version"] == VERSION
    assert set(doc) == {"format", "version", "page", "explorer", "layer", "playground", "depth"}
    assert "view" not in doc and "language" not in doc  # theme and language only when asked


def test_the_saved_file_is_written_atomically(tmp_path, monkeypatch):
    path = tmp_path / "lecture.actgui"
    first = Setup(Session().snapshot(), "explorer")
    save_setup(path, first)
    before = path.read_bytes()

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    second = Session()
    second.explorer.set_activation("relu")
    with pytest.raises(OSError):
        save_setup(path, Setup(second.snapshot(), "forward"))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["lecture.actgui"]  # no temporary file left


def test_each_released_format_version_still_opens_to_the_same_state():
    versions = sorted(SETUPS.glob("v*.actgui"))
    assert [p.stem for p in versions] == [f"v{n}" for n in range(1, VERSION + 1)]
    for path in versions:
        opened = load_setup(path)
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        session = Session()
        session.apply_settings(opened.groups)
        assert_contains(session.snapshot(include_view=True), expected["session"])
        assert [opened.page, list(opened.steps or ()), opened.language] == expected["window"]


def test_version_1_file_holds_what_the_lecture_needs():
    # Read by hand from v1.actgui: the numbers a teacher typed.
    session = Session()
    opened = load_setup(SETUPS / "v1.actgui")
    session.apply_settings(opened.groups)
    assert session.explorer.activation_id == "leaky_relu"
    assert session.explorer.params == {"negative_slope": 0.2}
    assert session.explorer.x_range == (-4.0, 4.0)
    assert [p.activation_id for p in session.explorer.pins] == ["relu", "elu"]
    assert session.layer.n_in == 3 and session.layer.n_out == 2
    assert session.layer.scale == 2.0 and session.layer.decimals == 4
    # y = sigmoid(k x W + b) with k = 2, computed by hand for the first neuron.
    h0 = 2.0 * (1.0 * 0.5 + 2.0 * -0.25 + -1.0 * 0.1) + 0.3
    assert session.layer.forward.output[0, 0] == pytest.approx(1 / (1 + np.exp(-h0)))
    assert session.playground.data_settings.kind == "spiral"
    assert session.playground.network.layer_sizes == (6, 6)
    assert opened.page == "forward" and opened.steps == ("sigmoid", "tanh", "relu")


def test_the_depth_page_is_saved_and_opened_with_its_settings():
    session = Session()
    depth = session.depth
    depth.set_activation("rrelu")
    depth.set_params({"lower": 0.5, "upper": 0.9})  # both above the default upper: set together
    depth.set_sizes(depth=120, width=64, samples=32)
    depth.set_weight_std(1.7)
    depth.set_bias_std(0.25)
    opened = _round_trip(Setup(session.snapshot(), "depth", None, None))
    assert opened.ignored == () and opened.page == "depth"
    fresh = Session()
    fresh.apply_settings(opened.groups)
    assert fresh.depth.settings() == depth.settings()
    assert fresh.depth.params == {"lower": 0.5, "upper": 0.9}
    bad = json.loads(setup_to_json(Setup(session.snapshot(), None, None, None)))
    bad["depth"]["width"] = 4096
    with pytest.raises(SetupFileError) as refused:
        loads_setup(json.dumps(bad))
    assert refused.value.code == "setup_value" and "depth.width" in str(refused.value)


def test_unknown_keys_are_ignored_and_listed():
    doc = {
        "format": FORMAT,
        "version": 1,
        "attention": {"heads": 8},  # a page of a later actgui
        "page": "attention",
        "explorer": {"activation": "tanh", "zoom": 3, "params": {"swish_beta": {"beta": 1}}},
        "layer": {"colour": "red"},
    }
    opened = loads_setup(json.dumps(doc))
    assert opened.ignored == (
        "attention",
        "explorer.zoom",
        "explorer.params.swish_beta",
        "layer.colour",
        "page=attention",
    )
    assert opened.page is None
    assert opened.groups["explorer"]["activation"] == "tanh"


def test_a_group_sets_its_whole_page_and_an_absent_group_leaves_its_page():
    session = Session()
    session.explorer.set_activation("relu")
    session.explorer.set_x_range(-2, 2)
    session.layer.set_decimals(7)
    opened = loads_setup('{"format": "actgui-setup", "version": 1, "explorer": {"activation": "elu"}}')
    session.apply_settings(opened.groups)
    assert session.explorer.activation_id == "elu"
    assert session.explorer.x_range == (-6.0, 6.0)  # not in the group: its default
    assert session.layer.decimals == 7  # no layer group: the forward panel is left as it is


def test_pasted_text_and_file_bytes_are_read_alike():
    text = setup_to_json(Setup(Session().snapshot(), "playground", ("relu",)))
    assert loads_setup(text) == loads_setup(text.encode("utf-8"))
    assert loads_setup("\ufeff" + text).page == "playground"  # a byte order mark from Notepad


def test_a_newer_version_is_refused_naming_it():
    with pytest.raises(SetupFileError) as caught:
        loads_setup('{"format": "actgui-setup", "version": 3, "explorer": {}}')
    assert caught.value.code == "setup_newer_version"
    assert caught.value.details == {"got": "3", "version": VERSION}
    assert "version 3" in str(caught.value)


def test_one_byte_over_the_limit_is_refused_before_decoding(tmp_path):
    body = setup_to_json(Setup({}, "explorer"))
    padded = body[:-2] + " " * (MAX_FILE_BYTES + 1 - len(body)) + "}\n"
    raw = padded.encode("utf-8")[: MAX_FILE_BYTES + 1]
    assert len(raw) == MAX_FILE_BYTES + 1
    with pytest.raises(SetupFileError) as caught:
        loads_setup(raw)
    assert caught.value.code == "setup_too_big"
    path = tmp_path / "big.actgui"
    path.write_bytes(raw)
    with pytest.raises(SetupFileError) as caught:
        load_setup(path)
    assert caught.value.code == "setup_file_too_big"
    exact = body[:-2] + " " * (MAX_FILE_BYTES - len(body)) + "}\n"
    assert len(exact.encode("utf-8")) == MAX_FILE_BYTES
    assert loads_setup(exact).page == "explorer"  # exactly 1 MB is still read


def test_a_missing_file_and_a_folder_are_refused_with_their_reason(tmp_path):
    with pytest.raises(SetupFileError) as caught:
        load_setup(tmp_path / "absent.actgui")
    assert caught.value.code == "cannot_open" and caught.value.details["strerror"]
    with pytest.raises(SetupFileError) as caught:
        load_setup(tmp_path)
    assert caught.value.code == "not_regular"


def test_the_experiment_tools_choices_travel_with_a_setup():
    session = Session()
    tool = session.playground.tool
    tool.set_setting("activation")
    tool.set_values_text("relu, leaky_relu")
    tool.set_epochs(200)
    opened = _round_trip(Setup(session.snapshot(), "playground", None, None))
    assert opened.ignored == ()
    fresh = Session()
    fresh.apply_settings(opened.groups)
    assert fresh.playground.tool.settings() == tool.settings()
    bad = json.loads(setup_to_json(Setup(session.snapshot(), None, None, None)))
    bad["playground"]["experiment"]["values"] = ["relu", "no_such_activation"]
    with pytest.raises(SetupFileError) as refused:
        loads_setup(json.dumps(bad))
    assert refused.value.code == "setup_value" and "playground.experiment" in str(refused.value)

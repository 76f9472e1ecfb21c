"""Each framework convention's parameters reproduce the framework's call (references in tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from actgui.model import ACTIVATIONS, get_activation
from actgui.model.conventions import FRAMEWORKS, python_literal

DATA = json.loads((Path(__file__).parents[1] / "data" / "framework_tables.json").read_text(encoding="utf-8"))
X, Z, TABLES = np.array(DATA["X"]), np.array(DATA["Z"]), DATA["tables"]

ENTRIES = [
    pytest.param(act.id, conv, id=f"{act.id}|{conv.call}")
    for act in ACTIVATIONS.values()
    for conv in act.conventions
    if conv.params is not None and act.id != "gumbel_softmax"
]


@pytest.mark.parametrize(("activation_id", "conv"), ENTRIES)
def test_the_params_reproduce_the_frameworks_call(activation_id, conv):
    act = get_activation(activation_id)
    if (activation_id, conv.framework) == ("sparsemax", "keras"):
        # Keras 3.15's sparsemax is wrong (keras-team/keras#23425): its rows do not even sum to 1.
        keras_3_15 = np.array(TABLES[f"{activation_id}|{conv.call}"])
        assert not np.allclose(keras_3_15.sum(axis=-1), 1.0)
        assert np.allclose(act(Z).sum(axis=-1), 1.0, rtol=0, atol=1e-15)
        return
    want = np.array(TABLES[f"{activation_id}|{conv.call}"])
    got = act(Z if act.kind != "elementwise" else X, **conv.params)
    assert got.shape == want.shape
    assert np.allclose(got, want, rtol=1e-6, atol=1e-12), np.max(np.abs(got - want))


def test_every_activation_has_conventions_and_every_framework_name_is_known():
    for act in ACTIVATIONS.values():
        assert act.conventions, act.id
        for conv in act.conventions:
            assert conv.framework in FRAMEWORKS
            if conv.params is None:
                assert conv.note, (act.id, conv.call)  # says why nothing reproduces it
            else:
                act.resolve(conv.params)  # valid actgui parameters
                assert set(conv.names) <= set(act.param_names), (act.id, conv.explicit)


def test_the_issue_s_named_differences():
    leaky = {c.call: c for c in get_activation("leaky_relu").conventions}
    assert leaky["F.leaky_relu(x)"].params == {}  # torch's 0.01 is actgui's default
    assert leaky["keras.activations.leaky_relu(x)"].params == {"negative_slope": 0.2}
    assert leaky["tf.nn.leaky_relu(x)"].params == {"negative_slope": 0.2}
    assert leaky["keras.layers.LeakyReLU()"].params == {"negative_slope": 0.3}
    prelu = {c.framework: c for c in get_activation("prelu").conventions}
    assert prelu["pytorch"].params == {} and get_activation("prelu").defaults()["weight"] == 0.25
    assert prelu["keras"].params == {"weight": 0.0}
    gelu = {c.call: c for c in get_activation("gelu").conventions}
    assert gelu["keras.activations.gelu(x)"].params == {}
    assert gelu["keras.ops.gelu(x)"].params == {"approximate": "tanh"}
    hard_sigmoid = {c.framework: c for c in get_activation("hardsigmoid").conventions}
    assert hard_sigmoid["tensorflow"].params is None and "0.2" in hard_sigmoid["tensorflow"].note


def test_keras_2_hard_sigmoid_is_not_the_curve():
    # The note's claim: 0.2 x + 0.5 differs from relu6(x + 3) / 6 away from 0.
    x = np.array([-2.0, 1.0, 2.0])
    assert not np.allclose(np.clip(0.2 * x + 0.5, 0, 1), get_activation("hardsigmoid")(x))


def test_differs_and_expresses():
    act = get_activation("leaky_relu")
    torch_call, keras_fn, keras_layer, tf_call = act.conventions
    defaults = act.defaults()
    current = {"negative_slope": 0.2}
    assert torch_call.differs(current, defaults) and not keras_fn.differs(current, defaults)
    assert not tf_call.differs(current, defaults) and keras_layer.differs(current, defaults)
    assert keras_layer.expresses(current, defaults)
    assert keras_layer.code(current) == "keras.layers.LeakyReLU(negative_slope=0.2)"
    assert tf_call.code(current) == "tf.nn.leaky_relu(x, alpha=0.2)"
    hardtanh = get_activation("hardtanh")
    keras_hardtanh = hardtanh.conventions[1]
    wide = {"min_val": -2.0, "max_val": 1.0}
    assert not keras_hardtanh.expresses(wide, hardtanh.defaults())  # its limits are fixed
    assert hardtanh.conventions[0].code(wide) == "F.hardtanh(x, min_val=-2.0, max_val=1.0)"


def test_python_literals():
    assert python_literal(1 / 3) == "0.3333333333333333"
    assert python_literal("tanh") == "'tanh'" and python_literal("True") == "True"

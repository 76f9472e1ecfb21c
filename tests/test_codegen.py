"""The generated code: the NumPy snippet, run as is, prints the panel's y."""

from __future__ import annotations

import ast
import subprocess
import sys

import numpy as np
import pytest

from actgui.files.codegen import CODE_GENERATORS, numpy_code, supported_activations, tf1_code
from actgui.model import ACTIVATIONS
from actgui.state.layer import LayerState


def python(code: str) -> str:
    command = [sys.executable, "-c", code]
    proc = subprocess.run(command, capture_output=True, text=True, check=True, timeout=90)
    return proc.stdout


def printed_arrays(lines: list[str]) -> dict[str, np.ndarray]:
    """Parse the snippet's ``name = [[...]]`` lines."""
    values = {}
    for line in lines:
        name, _, literal = line.partition(" = ")
        values[name] = np.array(ast.literal_eval(literal))
    return values


def run_numpy(code: str) -> tuple[np.ndarray, np.ndarray]:
    values = printed_arrays(python(code).splitlines())
    return values["h"], values["y"]


def test_every_activation_is_supported():
    # GLU halves its input: a layer of n_out outputs cannot end in it (the forward panel does not offer it).
    assert set(supported_activations()) == {a for a in ACTIVATIONS if not ACTIVATIONS[a].is_gated}


@pytest.mark.parametrize(
    ("activation", "params", "key", "line"),
    [
        ("leaky_relu", {"negative_slope": 0.3}, "torch", "y = F.leaky_relu(h, negative_slope=0.3)"),
        ("leaky_relu", {"negative_slope": 0.3}, "tf2", "y = tf.nn.leaky_relu(h, alpha=0.3)"),
        ("leaky_relu", {}, "keras", "y = keras.activations.leaky_relu(h, negative_slope=0.01)"),
        ("gelu", {"approximate": "tanh"}, "keras", "y = keras.ops.gelu(h, approximate=True)"),
        ("gelu", {}, "keras", "y = keras.activations.gelu(h, approximate=False)"),
        ("softshrink", {"lambd": 0.2}, "keras", "y = keras.activations.soft_shrink(h, threshold=0.2)"),
        (
            "prelu",
            {"weight": 0.0},
            "keras",
            "y = keras.layers.PReLU(alpha_initializer=keras.initializers.Constant(0.0))(h)",
        ),
        ("rrelu", {}, "torch", "y = F.rrelu(h, lower=0.125, upper=0.3333333333333333, training=False)"),
        (
            "threshold",
            {"value": -1.0},
            "keras",
            "y = keras.activations.threshold(h, threshold=0.0, default_value=-1.0)",
        ),
    ],
)
def test_the_framework_tabs_call_the_framework_with_explicit_arguments(activation, params, key, line):
    state = LayerState()
    state.set_activation(activation, params)
    assert line in CODE_GENERATORS[key](state.forward).splitlines()


def test_calls_that_cannot_take_the_parameters_give_the_formula_and_say_why():
    state = LayerState()
    state.set_activation("hardtanh", {"min_val": -2.0})
    keras = CODE_GENERATORS["keras"](state.forward)
    assert "keras.activations.hard_tanh(x) cannot take hardtanh(min_val=-2)" in keras
    assert "tf.clip_by_value(h, -2.0, 1.0)" in keras
    state.set_activation("sparsemax")
    assert "keras.activations.sparsemax(h)" not in CODE_GENERATORS["keras"](state.forward)  # wrong in 3.15


def test_numpy_snippet_prints_the_panels_y_for_the_seed_example():
    state = LayerState()
    h, y = run_numpy(numpy_code(state.forward))
    np.testing.assert_allclose(y, state.forward.output, rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(h, state.forward.pre_activation)


def test_numpy_snippet_for_every_activation_in_one_subprocess():
    """All activations at once (one interpreter start), with scaled weights and a bias."""
    state = LayerState()
    state.set_scale(6.0)
    state.set_bias_value(0, -0.75)
    state.set_x_value(3, -2.0)
    snippets, wanted = [], []
    for activation in supported_activations():
        act = ACTIVATIONS[activation]
        params = {
            p.name: p.choices[-1] if p.is_choice else (p.default if p.default != 0 else p.step)
            for p in act.params
        }
        if activation == "hardtanh":
            params = {"min_val": -0.5, "max_val": 0.75}
        state.set_activation(activation, params)
        code = numpy_code(state.forward)
        snippets.append(f"print('== {activation}')\nexec(compile({code!r}, '{activation}', 'exec'), {{}})")
        wanted.append((activation, state.forward.pre_activation.copy(), state.forward.output.copy()))
    blocks = python("\n".join(snippets)).split("== ")[1:]
    assert len(blocks) == len(wanted)
    for block, (activation, h, y) in zip(blocks, wanted, strict=True):
        lines = block.strip().splitlines()
        assert lines[0] == activation
        printed = printed_arrays(lines[1:])
        np.testing.assert_array_equal(printed["h"], h, err_msg=activation)
        np.testing.assert_allclose(printed["y"], y, rtol=1e-12, atol=1e-12, err_msg=activation)


@pytest.mark.parametrize("key", list(CODE_GENERATORS))
def test_every_snippet_is_valid_python_with_exact_numbers(key):
    state = LayerState()
    state.set_activation("leaky_relu", {"negative_slope": 0.1})
    code = CODE_GENERATORS[key](state.forward)
    compile(code, key, "exec")
    for value in state.forward.weights.ravel():
        assert repr(float(value)) in code
    assert "0.1" in code


def test_tf1_snippet_is_the_seeds_style():
    code = tf1_code(LayerState().forward)
    needles = ("tf.compat.v1.placeholder", "tf.compat.v1.Session", "tf.matmul(x, W) + b", "tf.sigmoid(h)")
    for needle in needles:
        assert needle in code

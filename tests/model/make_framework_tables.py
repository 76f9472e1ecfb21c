"""Compute tests/data/framework_tables.json from the frameworks themselves (run once, by hand).

torch and Keras are not test dependencies: this script evaluates every call
of actgui's ``conventions`` (and the new activations) with torch 2.13 and
Keras 3.15 (JAX backend, 64-bit) in float64 and stores the numbers. Run it twice,
once where torch is installed and once where Keras is, then merge::

    python -m tests.model.make_framework_tables torch > /tmp/torch.json
    JAX_ENABLE_X64=1 KERAS_BACKEND=jax python tests/model/make_framework_tables.py keras > /tmp/keras.json
    python -m tests.model.make_framework_tables merge /tmp/torch.json /tmp/keras.json \
        > tests/data/framework_tables.json

TensorFlow entries are evaluated with torch from TensorFlow's documented
formulas (tf.nn.leaky_relu's alpha = 0.2, tf.nn.gelu's approximate = False,
tf.math.softplus = log(1 + exp(x)) with no linear switch, ...).
"""

from __future__ import annotations

import json
import sys

import numpy as np

X = [float(v) for v in np.concatenate([np.linspace(-8.0, 8.0, 65), [-30.0, -12.5, -3.3, 0.1, 12.5, 30.0]])]
"""The elementwise points: [-8, 8] in steps of 1/4 and a few beyond."""

Z = [
    [1.0, 0.8, 0.1, -1.0],
    [3.0, 2.5, 2.25, -8.0],
    [0.0, 0.0, 0.0, 0.0],
    [-8.0, 8.0, 0.5, 7.6],
    [0.3, -0.2, 0.25, 0.1],
    [12.5, -30.0, 12.0, 11.9],
]
"""The logit rows (each of even length, for GLU too)."""

TF_AS_TORCH = {
    "tf.math.sigmoid(x)": "torch.sigmoid(x)",
    "tf.nn.relu(x)": "F.relu(x)",
    "tf.math.tanh(x)": "torch.tanh(x)",
    "tf.nn.softmax(x)": "F.softmax(x, dim=-1)",
    "tf.nn.leaky_relu(x)": "F.leaky_relu(x, 0.2)",
    "tf.identity(x)": "x",
    "keras.activations.linear(x)": "x",
    "tf.nn.elu(x)": "F.elu(x)",
    "tf.nn.selu(x)": "F.selu(x)",
    "tf.nn.gelu(x)": "F.gelu(x)",
    "tf.nn.gelu(x, approximate=True)": "F.gelu(x, approximate='tanh')",
    "tf.nn.silu(x)": "F.silu(x)",
    "tf.math.softplus(x)": "torch.log1p(torch.exp(-x.abs())) + x.clamp(min=0)",
    "tf.nn.softsign(x)": "F.softsign(x)",
    "tf.nn.relu6(x)": "F.relu6(x)",
    "tf.math.log_sigmoid(x)": "F.logsigmoid(x)",
    "tf.nn.log_softmax(x)": "F.log_softmax(x, dim=-1)",
    "tf.math.exp(x)": "torch.exp(x)",
}


def _entries(framework: str) -> list[tuple[str, str, bool]]:
    from actgui.model import ACTIVATIONS

    out = []
    for act in ACTIVATIONS.values():
        for conv in act.conventions:
            wanted = "pytorch" if framework == "torch" else "keras"
            if conv.params is None or act.id == "gumbel_softmax":
                continue
            if conv.framework == wanted or (framework == "torch" and conv.framework == "tensorflow"):
                out.append((act.id, conv.call, act.kind != "elementwise"))
    return out


def torch_tables() -> dict[str, list]:
    import torch
    import torch.nn.functional as F

    out: dict[str, list] = {}
    for activation_id, call, vector in _entries("torch"):
        x = torch.tensor(Z if vector else X, dtype=torch.float64)
        a, b = x.chunk(2, dim=-1)
        expression = TF_AS_TORCH.get(call, call)
        with torch.no_grad():
            if expression == "torch.nn.PReLU()":
                y = torch.nn.PReLU().double()(x)
            else:
                y = eval(expression, {"torch": torch, "F": F, "x": x, "a": a, "b": b})
        out[f"{activation_id}|{call}"] = y.tolist()
    # The new functions beyond their conventions: parameters away from the defaults.
    x = torch.tensor(X, dtype=torch.float64)
    with torch.no_grad():
        out["rrelu|lower=0.1,upper=0.7"] = F.rrelu(x, 0.1, 0.7, training=False).tolist()
        out["threshold|threshold=1.5,value=-2"] = F.threshold(x, 1.5, -2.0).tolist()
        z = torch.tensor(Z, dtype=torch.float64)
        out["softmax|0-d"] = F.softmax(torch.tensor(2.5, dtype=torch.float64), dim=-1).tolist()
        out["glu|shape"] = list(F.glu(torch.zeros(3, 6, dtype=torch.float64), dim=-1).shape)
        del z
    return out


def keras_tables() -> dict[str, list]:
    import keras

    keras.config.set_floatx("float64")

    out: dict[str, list] = {}
    for activation_id, call, vector in _entries("keras"):
        x = np.array(Z if vector else X, dtype=np.float64)
        if call.startswith("keras.layers."):
            layer = eval(call, {"keras": keras})
            y = layer(x[None, :])[0]
        else:
            y = eval(call, {"keras": keras, "x": x})
        out[f"{activation_id}|{call}"] = np.asarray(y, dtype=np.float64).tolist()
    x = np.array(X)
    out["squareplus|b=0.3"] = np.asarray(keras.activations.squareplus(x, b=0.3)).tolist()
    out["threshold|threshold=1.5,value=-2"] = np.asarray(keras.activations.threshold(x, 1.5, -2.0)).tolist()
    out["sparsemax|keras-3.15"] = np.asarray(keras.activations.sparsemax(np.array(Z))).tolist()
    out["keras|version"] = [keras.__version__]
    return out


def merge(paths: list[str]) -> None:
    tables: dict[str, list] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            tables.update(json.load(f))
    json.dump({"X": X, "Z": Z, "tables": dict(sorted(tables.items()))}, sys.stdout, indent=0)
    print()


if __name__ == "__main__":
    if sys.argv[1] == "torch":
        json.dump(torch_tables(), sys.stdout)
    elif sys.argv[1] == "keras":
        json.dump(keras_tables(), sys.stdout)
    else:
        merge(sys.argv[2:])

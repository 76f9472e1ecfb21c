"""The forward-pass panel's layer as runnable code: NumPy, TensorFlow 2, TF 1.x style, PyTorch, Keras.

The PyTorch, TensorFlow 2 and Keras snippets call the activation the way
that framework spells it (its entry in the activation's ``conventions``),
with every argument written out; where the framework has no such call, or
its call cannot take the current parameters (Keras's hard_tanh has fixed
limits), the snippet writes the formula in the framework's operations and
says so. Every snippet writes out the current x, W (already multiplied by the weight
scale k) and b with ``repr``-exact floats and computes in float64, so the
NumPy snippet, run as is, prints exactly the h and y the panel shows; the
others print the same numbers up to the frameworks' own rounding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from actgui.model import ForwardPass, get_activation
from actgui.model.conventions import FRAMEWORK_NAMES, Framework, python_literal
from actgui.model.params import ParamValue


@dataclass(frozen=True)
class _Spec:
    """How one activation is written in each framework.

    ``numpy`` is the body of ``def <id>(h):``; ``tf`` and ``torch`` are
    expressions in ``h``. Parameters appear as ``{name}`` placeholders and
    are filled in with ``repr`` of their values.
    """

    numpy: str
    tf: str
    torch: str


_SOFTMAX_NP = """\
s = {sign}h / {temperature}
e = np.exp(s - s.max(axis=1, keepdims=True))  # minus the max: exp never overflows
return e / e.sum(axis=1, keepdims=True)"""

_SPECS: Mapping[str, _Spec] = {
    "sigmoid": _Spec("return 1.0 / (1.0 + np.exp(-h))", "tf.sigmoid(h)", "torch.sigmoid(h)"),
    "relu": _Spec("return np.maximum(h, 0.0)", "tf.nn.relu(h)", "F.relu(h)"),
    "tanh": _Spec("return np.tanh(h)", "tf.tanh(h)", "torch.tanh(h)"),
    "softmax": _Spec(
        _SOFTMAX_NP.replace("{sign}", ""),
        "tf.nn.softmax(h / {temperature}, axis=-1)",
        "F.softmax(h / {temperature}, dim=1)",
    ),
    "leaky_relu": _Spec(
        "return np.where(h > 0, h, {negative_slope} * h)",
        "tf.nn.leaky_relu(h, alpha={negative_slope})",
        "F.leaky_relu(h, negative_slope={negative_slope})",
    ),
    "linear": _Spec("return h", "tf.identity(h)", "h"),
    "step": _Spec("return np.where(h >= 0, 1.0, 0.0)", "tf.cast(h >= 0, h.dtype)", "(h >= 0).to(h.dtype)"),
    "elu": _Spec(
        "return np.where(h > 0, h, {alpha} * np.expm1(np.minimum(h, 0.0)))",
        "tf.where(h > 0, h, {alpha} * tf.math.expm1(tf.minimum(h, 0.0)))",
        "F.elu(h, alpha={alpha})",
    ),
    "selu": _Spec(
        "alpha, scale = 1.6732632423543772, 1.0507009873554805\n"
        "return scale * np.where(h > 0, h, alpha * np.expm1(np.minimum(h, 0.0)))",
        "tf.nn.selu(h)",
        "F.selu(h)",
    ),
    "celu": _Spec(
        "return np.where(h > 0, h, {alpha} * np.expm1(np.minimum(h, 0.0) / {alpha}))",
        "tf.where(h > 0, h, {alpha} * tf.math.expm1(tf.minimum(h, 0.0) / {alpha}))",
        "F.celu(h, alpha={alpha})",
    ),
    "gelu": _Spec(
        "{gelu_numpy}",
        "tf.nn.gelu(h, approximate={gelu_tf})",
        "F.gelu(h, approximate={approximate})",
    ),
    "silu": _Spec("return h / (1.0 + np.exp(-h))", "tf.nn.silu(h)", "F.silu(h)"),
    "mish": _Spec(
        "return h * np.tanh(np.logaddexp(0.0, h))  # logaddexp(0, h) = softplus(h)",
        "h * tf.tanh(tf.nn.softplus(h))",
        "F.mish(h)",
    ),
    "softplus": _Spec(
        "# above the threshold softplus is linear (PyTorch's rule)\n"
        "return np.where({beta} * h > {threshold}, h, np.logaddexp(0.0, {beta} * h) / {beta})",
        "tf.where({beta} * h > {threshold}, h, tf.nn.softplus({beta} * h) / {beta})",
        "F.softplus(h, beta={beta}, threshold={threshold})",
    ),
    "softsign": _Spec("return h / (1.0 + np.abs(h))", "tf.nn.softsign(h)", "F.softsign(h)"),
    "hardtanh": _Spec(
        "return np.clip(h, {min_val}, {max_val})",
        "tf.clip_by_value(h, {min_val}, {max_val})",
        "F.hardtanh(h, min_val={min_val}, max_val={max_val})",
    ),
    "relu6": _Spec("return np.clip(h, 0.0, 6.0)", "tf.nn.relu6(h)", "F.relu6(h)"),
    "hardsigmoid": _Spec(
        "return np.clip(h / 6.0 + 0.5, 0.0, 1.0)",
        "tf.clip_by_value(h / 6.0 + 0.5, 0.0, 1.0)",
        "F.hardsigmoid(h)",
    ),
    "hardswish": _Spec(
        "return h * np.clip(h + 3.0, 0.0, 6.0) / 6.0",
        "h * tf.nn.relu6(h + 3.0) / 6.0",
        "F.hardswish(h)",
    ),
    "logsigmoid": _Spec("return -np.logaddexp(0.0, -h)", "tf.math.log_sigmoid(h)", "F.logsigmoid(h)"),
    "tanhshrink": _Spec("return h - np.tanh(h)", "h - tf.tanh(h)", "F.tanhshrink(h)"),
    "softshrink": _Spec(
        "return np.where(h > {lambd}, h - {lambd}, np.where(h < -{lambd}, h + {lambd}, 0.0))",
        "tf.where(h > {lambd}, h - {lambd}, tf.where(h < -{lambd}, h + {lambd}, tf.zeros_like(h)))",
        "F.softshrink(h, lambd={lambd})",
    ),
    "hardshrink": _Spec(
        "return np.where(np.abs(h) > {lambd}, h, 0.0)",
        "tf.where(tf.abs(h) > {lambd}, h, tf.zeros_like(h))",
        "F.hardshrink(h, lambd={lambd})",
    ),
    "prelu": _Spec(
        "return np.where(h > 0, h, {weight} * h)",
        "tf.where(h > 0, h, {weight} * h)",
        "F.prelu(h, torch.tensor([{weight}], dtype=torch.float64))",
    ),
    "log_softmax": _Spec(
        "s = h / {temperature}\n"
        "m = s.max(axis=1, keepdims=True)\n"
        "return s - m - np.log(np.exp(s - m).sum(axis=1, keepdims=True))",
        "tf.nn.log_softmax(h / {temperature}, axis=-1)",
        "F.log_softmax(h / {temperature}, dim=1)",
    ),
    "softmin": _Spec(
        _SOFTMAX_NP.replace("{sign}", "-"),
        "tf.nn.softmax(-h / {temperature}, axis=-1)",
        "F.softmin(h / {temperature}, dim=1)",
    ),
    "rrelu": _Spec(
        "# evaluation mode: the mean of the slopes drawn in training\n"
        "return np.where(h >= 0, h, ({lower} + {upper}) / 2 * h)",
        "tf.where(h >= 0, h, ({lower} + {upper}) / 2 * h)",
        "F.rrelu(h, lower={lower}, upper={upper}, training=False)",
    ),
    "threshold": _Spec(
        "return np.where(h <= {threshold}, {value}, h)",
        "tf.where(h <= {threshold}, {value} * tf.ones_like(h), h)",
        "F.threshold(h, {threshold}, {value})",
    ),
    "exponential": _Spec("return np.exp(h)", "tf.exp(h)", "torch.exp(h)"),
    "squareplus": _Spec(
        "return (h + np.sqrt(h * h + {b})) / 2",
        "(h + tf.sqrt(h * h + {b})) / 2",
        "(h + torch.sqrt(h * h + {b})) / 2",
    ),
    "sparse_plus": _Spec(
        "return np.where(h <= -1, 0.0, np.where(h >= 1, h, (h + 1) ** 2 / 4))",
        "tf.where(h <= -1, tf.zeros_like(h), tf.where(h >= 1, h, (h + 1) ** 2 / 4))",
        "torch.where(h <= -1, torch.zeros_like(h), torch.where(h >= 1, h, (h + 1) ** 2 / 4))",
    ),
    "sparse_sigmoid": _Spec(
        "return np.clip((h + 1) / 2, 0.0, 1.0)",
        "tf.clip_by_value((h + 1) / 2, 0.0, 1.0)",
        "torch.clamp((h + 1) / 2, 0.0, 1.0)",
    ),
    "sparsemax": _Spec(
        "# the threshold tau = max over k of (sum of the k largest - 1) / k\n"
        "partial = np.cumsum(-np.sort(-h, axis=1), axis=1)\n"
        "tau = np.max((partial - 1) / np.arange(1, h.shape[1] + 1), axis=1, keepdims=True)\n"
        "return np.maximum(h - tau, 0.0)",
        "tf.nn.relu(h - tf.reduce_max((tf.cumsum(tf.sort(h, direction='DESCENDING'), axis=-1) - 1)"
        " / tf.range(1, h.shape[-1] + 1, dtype=h.dtype), axis=-1, keepdims=True))",
        "torch.relu(h - ((torch.sort(h, dim=1, descending=True).values.cumsum(dim=1) - 1)"
        " / torch.arange(1, h.shape[1] + 1, dtype=h.dtype)).max(dim=1, keepdim=True).values)",
    ),
    "gumbel_softmax": _Spec(
        "# the same Gumbel draw as actgui's seed (for up to 16384 rows): g = -log E, E = -log U\n"
        "g = -np.log(-np.log(np.random.default_rng({seed_int}).random(h.shape[::-1]).T))\n"
        "s = (h + g) / {tau}\n"
        "e = np.exp(s - s.max(axis=1, keepdims=True))\n"
        "y = e / e.sum(axis=1, keepdims=True)\n"
        "return np.eye(h.shape[1])[y.argmax(axis=1)] if {hard} else y",
        "{gumbel_tf}",
        "F.gumbel_softmax(h, tau={tau}, hard={hard}, dim=1)  # a random draw of its own",
    ),
}

_GELU_NUMPY = {
    "none": (
        "# 0.5 h (1 + erf(h / sqrt 2)), written with erfc so it does not cancel for h << 0\n"
        "return 0.5 * h * np.vectorize(math.erfc)(-h / math.sqrt(2.0))"
    ),
    "tanh": "return 0.5 * h * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (h + 0.044715 * h**3)))",
}


_GUMBEL_TF = (
    "tf.nn.softmax((h - tf.math.log(tf.random.stateless_gamma(tf.shape(h), seed=[{seed_int}, 0], "
    "alpha=1.0, dtype=h.dtype))) / {tau}, axis=-1)  # a random draw of its own"
)


def _fill(template: str, params: Mapping[str, ParamValue]) -> str:
    values = {name: python_literal(value) for name, value in params.items()}
    approximate = str(params.get("approximate", "none"))
    values["gelu_numpy"] = _GELU_NUMPY.get(approximate, _GELU_NUMPY["none"])
    values["gelu_tf"] = repr(approximate == "tanh")
    values["seed_int"] = str(int(float(params.get("seed", 0))))
    if "tau" in values:
        soft = _GUMBEL_TF.format(**values)
        values["gumbel_tf"] = (
            f"tf.one_hot(tf.argmax({soft.split('  #')[0]}, axis=-1), h.shape[-1], dtype=h.dtype)"
            if params.get("hard") == "True"
            else soft
        )
    return template.format(**values)


_VARIABLE = re.compile(r"\bx\b")

_KNOWN_WRONG = {("sparsemax", "keras")}
"""Calls that give wrong values in the current release: Keras 3.15's sparsemax (keras-team/keras#23425)."""


def framework_call(fp: ForwardPass, framework: Framework) -> str | None:
    """The framework's own call of the layer's activation on ``h``, every argument written out.

    None when the framework has no call of this activation for the current
    parameters (then the snippet writes the formula).
    """
    act = get_activation(fp.activation)
    defaults = act.defaults()
    for conv in act.conventions:
        if conv.framework != framework or not conv.expresses(fp.params, defaults):
            continue
        if (act.id, framework) in _KNOWN_WRONG:
            continue
        code = conv.code(fp.params)
        if not _VARIABLE.search(code):
            if framework == "pytorch":
                continue  # a module (nn.PReLU) holds float32 weights: the F form is written instead
            return f"{code}(h)"  # a Keras layer, called on h
        return _VARIABLE.sub("h", code).replace("dim=-1", "dim=1")
    return None


_PER_LINE = 4
"""Numbers per line when a vector is too long for one line."""


_ROW_ON_ONE_LINE = 8
"""A matrix row this short stays on one line, so W reads as a matrix."""


def _vector(values: np.ndarray, indent: str, is_row: bool = False) -> str:
    numbers = [repr(float(v)) for v in values]
    one_line = "[" + ", ".join(numbers) + "]"
    if len(one_line) <= 76 or (is_row and len(numbers) <= _ROW_ON_ONE_LINE):
        return one_line
    lines = [", ".join(numbers[k : k + _PER_LINE]) for k in range(0, len(numbers), _PER_LINE)]
    return "[\n" + "".join(f"{indent}{line},\n" for line in lines) + indent[:-4] + "]"


def _array(values: np.ndarray, indent: str = "    ") -> str:
    """A NumPy literal with repr-exact floats; a matrix gets one row per line."""
    if values.ndim == 1:
        return _vector(values, indent)
    if values.shape[0] == 1:
        return "[" + _vector(values[0], indent) + "]"
    rows = [_vector(row, indent + "    ", is_row=True) for row in values]
    return "[\n" + "".join(f"{indent}{row},\n" for row in rows) + indent[:-4] + "]"


def _describe(fp: ForwardPass) -> str:
    return get_activation(fp.activation).label(fp.params)


def _header(fp: ForwardPass, framework: str) -> str:
    n_in, n_out = fp.weights.shape
    return (
        f'"""One dense layer, y = {_describe(fp)}(x W + b), in {framework}.\n\n'
        f"x is 1 x {n_in}, W is {n_in} x {n_out}, b has {n_out} entries. Generated by actgui\n"
        f'with the numbers shown in its forward-pass panel; it prints h and y.\n"""\n'
    )


def _numbers(fp: ForwardPass, wrap: Callable[[str], str]) -> str:
    n_in, n_out = fp.weights.shape
    return (
        f"x_value = {wrap(_array(fp.x))}  # shape (1, {n_in})\n"
        f"W_value = {wrap(_array(fp.weights))}  # shape ({n_in}, {n_out})\n"
        f"b_value = {wrap(_array(fp.bias))}  # shape ({n_out},)\n"
    )


def numpy_code(fp: ForwardPass) -> str:
    """NumPy code that recomputes ``fp`` and prints h and y (repr-exact lists)."""
    spec = _SPECS[fp.activation]
    body = _fill(spec.numpy, fp.params)
    name = fp.activation
    uses_math = "math." in body
    n_in, n_out = fp.weights.shape
    return (
        _header(fp, "NumPy")
        + "\n"
        + ("import math\n\n" if uses_math else "")
        + "import numpy as np\n\n"
        + f"x = np.array({_array(fp.x)})  # shape (1, {n_in})\n"
        + f"W = np.array({_array(fp.weights)})  # shape ({n_in}, {n_out})\n"
        + f"b = np.array({_array(fp.bias)})  # shape ({n_out},)\n\n\n"
        + f"def {name}(h):\n"
        + "".join(f"    {line}\n" for line in body.splitlines())
        + "\n\n"
        + "h = x @ W + b\n"
        + f"y = {name}(h)\n"
        + 'print("h =", h.tolist())\n'
        + 'print("y =", y.tolist())\n'
    )


def _expression(fp: ForwardPass, framework: Framework, formula: str) -> str:
    """The framework's call, or the formula with a comment saying the framework has no such call."""
    call = framework_call(fp, framework)
    if call is not None:
        return call
    return f"{_fill(formula, fp.params)}{_why_formula(fp, framework)}"


def _why_formula(fp: ForwardPass, framework: Framework) -> str:
    """A comment saying why the snippet writes the formula, or "" when it is the framework's own form."""
    act = get_activation(fp.activation)
    calls = [c for c in act.conventions if c.framework == framework]
    if (act.id, framework) in _KNOWN_WRONG:
        return f"  # {calls[0].call} is wrong in Keras 3.15 (keras-team/keras#23425): the formula"
    if not calls:
        return f"  # {FRAMEWORK_NAMES[framework]} has no {act.id}: the formula"
    if not any(c.expresses(fp.params, act.defaults()) for c in calls):
        return f"  # {calls[0].call} cannot take {_describe(fp)}: the formula"
    return ""


def tf2_code(fp: ForwardPass) -> str:
    """TensorFlow 2 (eager) code for ``fp``, in float64."""
    expr = _expression(fp, "tensorflow", _SPECS[fp.activation].tf)
    return (
        _header(fp, "TensorFlow 2")
        + "\nimport tensorflow as tf\n\n"
        + _numbers(fp, lambda a: a)
        + "\n"
        + "x = tf.constant(x_value, dtype=tf.float64)\n"
        + "W = tf.Variable(W_value, dtype=tf.float64)\n"
        + "b = tf.Variable(b_value, dtype=tf.float64)\n\n"
        + "h = tf.matmul(x, W) + b\n"
        + f"y = {expr}\n"
        + 'print("h =", h.numpy().tolist())\n'
        + 'print("y =", y.numpy().tolist())\n'
    )


def tf1_code(fp: ForwardPass) -> str:
    """The seed's TensorFlow 1.x style: a placeholder, variables and a Session (tf.compat.v1)."""
    expr = _fill(_SPECS[fp.activation].tf, fp.params)
    n_in = fp.weights.shape[0]
    return (
        _header(fp, "TensorFlow 1.x style (tf.compat.v1: placeholder and Session)")
        + "\nimport numpy as np\nimport tensorflow as tf\n\n"
        + "tf.compat.v1.disable_eager_execution()\n\n"
        + _numbers(fp, lambda a: f"np.array({a})")
        + "\n"
        + "# The seed used float32 and tf.random_uniform((10, 5), -0.1, 0.1); float64 here\n"
        + "# so that the numbers match the panel's exactly.\n"
        + f"x = tf.compat.v1.placeholder(tf.float64, (1, {n_in}))\n"
        + "W = tf.Variable(W_value, dtype=tf.float64)\n"
        + "b = tf.Variable(b_value, dtype=tf.float64)\n"
        + "h = tf.matmul(x, W) + b\n"
        + f"y = {expr}\n\n"
        + "with tf.compat.v1.Session() as sess:\n"
        + "    sess.run(tf.compat.v1.global_variables_initializer())\n"
        + "    h_out, y_out = sess.run([h, y], {x: x_value})\n"
        + 'print("h =", h_out.tolist())\n'
        + 'print("y =", y_out.tolist())\n'
    )


def torch_code(fp: ForwardPass) -> str:
    """PyTorch code for ``fp``, in float64."""
    expr = _expression(fp, "pytorch", _SPECS[fp.activation].torch)
    return (
        _header(fp, "PyTorch")
        + "\nimport torch\nimport torch.nn.functional as F\n\n"
        + _numbers(fp, lambda a: a)
        + "\n"
        + "x = torch.tensor(x_value, dtype=torch.float64)\n"
        + "W = torch.tensor(W_value, dtype=torch.float64, requires_grad=True)\n"
        + "b = torch.tensor(b_value, dtype=torch.float64, requires_grad=True)\n\n"
        + "h = x @ W + b\n"
        + f"y = {expr}\n"
        + 'print("h =", h.tolist())\n'
        + 'print("y =", y.tolist())\n'
    )


def keras_code(fp: ForwardPass) -> str:
    """Keras 3 code for ``fp`` (any backend), in float64."""
    call = framework_call(fp, "keras")
    if call is None:
        expr = f"{_fill(_SPECS[fp.activation].tf, fp.params)}{_why_formula(fp, 'keras')}"
        backend = "\nimport tensorflow as tf  # the formula uses TensorFlow's operations\n"
    else:
        expr, backend = call, ""
    return (
        _header(fp, "Keras 3")
        + "\nimport keras"
        + backend
        + "\nimport numpy as np\n\n"
        + 'keras.config.set_floatx("float64")\n\n'
        + _numbers(fp, lambda a: f"np.array({a})")
        + "\n"
        + "h = keras.ops.matmul(x_value, W_value) + b_value\n"
        + f"y = {expr}\n"
        + 'print("h =", keras.ops.convert_to_numpy(h).tolist())\n'
        + 'print("y =", keras.ops.convert_to_numpy(y).tolist())\n'
    )


CODE_GENERATORS: Mapping[str, Callable[[ForwardPass], str]] = {
    "numpy": numpy_code,
    "tf2": tf2_code,
    "tf1": tf1_code,
    "torch": torch_code,
    "keras": keras_code,
}
"""Every generator by key, in the order of the dialog's tabs."""


def supported_activations() -> tuple[str, ...]:
    """The activation ids the generators can write (GLU halves the layer's outputs: not a layer's)."""
    return tuple(_SPECS)

"""Every activation's calls in PyTorch (2.13), Keras (3.15) and TensorFlow (2.x), with matching parameters.

Checked against reference values computed with torch 2.13 and Keras 3.15 (and
TensorFlow's documented formulas) in tests/model/test_conventions.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from actgui.model.conventions import Convention, Framework
from actgui.model.params import ParamValue


def _pt(
    call: str, params: Mapping[str, ParamValue] | None = None, explicit: str = "", note: str = ""
) -> Convention:
    return Convention("pytorch", call, {} if params is None else params, explicit, note)


def _k(
    call: str, params: Mapping[str, ParamValue] | None = None, explicit: str = "", note: str = ""
) -> Convention:
    return Convention("keras", call, {} if params is None else params, explicit, note)


def _tf(
    call: str, params: Mapping[str, ParamValue] | None = None, explicit: str = "", note: str = ""
) -> Convention:
    return Convention("tensorflow", call, {} if params is None else params, explicit, note)


def _none(framework: Framework, call: str, note: str) -> Convention:
    """A call that no setting of actgui's parameters reproduces."""
    return Convention(framework, call, None, "", note)


_SOFTPLUS_EXACT = {"beta": 1.0, "threshold": 50.0}

CONVENTIONS: Mapping[str, tuple[Convention, ...]] = MappingProxyType(
    {
        "sigmoid": (_pt("torch.sigmoid(x)"), _k("keras.activations.sigmoid(x)"), _tf("tf.math.sigmoid(x)")),
        "relu": (_pt("F.relu(x)"), _k("keras.activations.relu(x)"), _tf("tf.nn.relu(x)")),
        "tanh": (_pt("torch.tanh(x)"), _k("keras.activations.tanh(x)"), _tf("tf.math.tanh(x)")),
        "softmax": (
            _pt("F.softmax(x, dim=-1)", explicit="F.softmax(x / {temperature}, dim=-1)"),
            _k(
                "keras.activations.softmax(x)",
                explicit="keras.activations.softmax(x / {temperature}, axis=-1)",
            ),
            _tf("tf.nn.softmax(x)", explicit="tf.nn.softmax(x / {temperature}, axis=-1)"),
        ),
        "leaky_relu": (
            _pt("F.leaky_relu(x)", explicit="F.leaky_relu(x, negative_slope={negative_slope})"),
            _k(
                "keras.activations.leaky_relu(x)",
                {"negative_slope": 0.2},
                "keras.activations.leaky_relu(x, negative_slope={negative_slope})",
            ),
            _k(
                "keras.layers.LeakyReLU()",
                {"negative_slope": 0.3},
                "keras.layers.LeakyReLU(negative_slope={negative_slope})",
                "The layer's default (0.3) is not the function's (0.2).",
            ),
            _tf(
                "tf.nn.leaky_relu(x)", {"negative_slope": 0.2}, "tf.nn.leaky_relu(x, alpha={negative_slope})"
            ),
        ),
        "linear": (
            _pt("torch.nn.Identity()(x)", explicit="x"),
            _k("keras.activations.linear(x)"),
            _tf("tf.identity(x)"),
        ),
        "step": (
            _pt("torch.heaviside(x, torch.tensor(1.0, dtype=x.dtype))"),
            _none(
                "keras",
                "keras.ops.where(x >= 0, 1.0, 0.0)",
                "Keras has no step activation; this expression is it.",
            ),
        ),
        "elu": (
            _pt("F.elu(x)", explicit="F.elu(x, alpha={alpha})"),
            _k("keras.activations.elu(x)", explicit="keras.activations.elu(x, alpha={alpha})"),
            _tf("tf.nn.elu(x)", note="alpha is fixed at 1."),
        ),
        "selu": (_pt("F.selu(x)"), _k("keras.activations.selu(x)"), _tf("tf.nn.selu(x)")),
        "celu": (
            _pt("F.celu(x)", explicit="F.celu(x, alpha={alpha})"),
            _k("keras.activations.celu(x)", explicit="keras.activations.celu(x, alpha={alpha})"),
        ),
        "gelu": (
            _pt("F.gelu(x)", explicit="F.gelu(x, approximate={approximate})"),
            _pt(
                "F.gelu(x, approximate='tanh')",
                {"approximate": "tanh"},
                "F.gelu(x, approximate={approximate})",
            ),
            _k("keras.activations.gelu(x)", explicit="keras.activations.gelu(x, approximate=False)"),
            _k(
                "keras.ops.gelu(x)",
                {"approximate": "tanh"},
                "keras.ops.gelu(x, approximate=True)",
                "keras.ops.gelu defaults to the tanh approximation; "
                "keras.activations.gelu to the exact form.",
            ),
            _tf("tf.nn.gelu(x)", explicit="tf.nn.gelu(x, approximate=False)"),
            _tf("tf.nn.gelu(x, approximate=True)", {"approximate": "tanh"}),
        ),
        "silu": (_pt("F.silu(x)"), _k("keras.activations.silu(x)"), _tf("tf.nn.silu(x)")),
        "mish": (_pt("F.mish(x)"), _k("keras.activations.mish(x)")),
        "softplus": (
            _pt("F.softplus(x)", explicit="F.softplus(x, beta={beta}, threshold={threshold})"),
            _k(
                "keras.activations.softplus(x)",
                _SOFTPLUS_EXACT,
                note="log(1 + exp(x)) with no switch to x for large inputs (beta = 1).",
            ),
            _tf("tf.math.softplus(x)", _SOFTPLUS_EXACT, note="No beta and no switch to x for large inputs."),
        ),
        "softsign": (_pt("F.softsign(x)"), _k("keras.activations.softsign(x)"), _tf("tf.nn.softsign(x)")),
        "hardtanh": (
            _pt("F.hardtanh(x)", explicit="F.hardtanh(x, min_val={min_val}, max_val={max_val})"),
            _k(
                "keras.activations.hard_tanh(x)",
                note="Its limits are fixed at -1 and 1; keras.ops.clip(x, a, b) gives other limits.",
            ),
        ),
        "relu6": (_pt("F.relu6(x)"), _k("keras.activations.relu6(x)"), _tf("tf.nn.relu6(x)")),
        "hardsigmoid": (
            _pt("F.hardsigmoid(x)"),
            _k("keras.activations.hard_sigmoid(x)", note="Keras 3: relu6(x + 3) / 6, as PyTorch."),
            _none(
                "tensorflow",
                "tf.keras.activations.hard_sigmoid(x)",
                "TensorFlow up to 2.15 (Keras 2): clip(0.2 x + 0.5, 0, 1), a slope of 0.2, not 1/6; "
                "from 2.16 tf.keras is Keras 3 and matches PyTorch.",
            ),
        ),
        "hardswish": (
            _pt("F.hardswish(x)"),
            _k("keras.activations.hard_silu(x)", note="Also spelled keras.activations.hard_swish."),
        ),
        "logsigmoid": (
            _pt("F.logsigmoid(x)"),
            _k("keras.activations.log_sigmoid(x)"),
            _tf("tf.math.log_sigmoid(x)"),
        ),
        "tanhshrink": (_pt("F.tanhshrink(x)"), _k("keras.activations.tanh_shrink(x)")),
        "softshrink": (
            _pt("F.softshrink(x)", explicit="F.softshrink(x, lambd={lambd})"),
            _k(
                "keras.activations.soft_shrink(x)",
                explicit="keras.activations.soft_shrink(x, threshold={lambd})",
                note="PyTorch's lambd is Keras's threshold.",
            ),
        ),
        "hardshrink": (
            _pt("F.hardshrink(x)", explicit="F.hardshrink(x, lambd={lambd})"),
            _k(
                "keras.activations.hard_shrink(x)",
                explicit="keras.activations.hard_shrink(x, threshold={lambd})",
                note="PyTorch's lambd is Keras's threshold.",
            ),
        ),
        "prelu": (
            _pt(
                "torch.nn.PReLU()",
                explicit="torch.nn.PReLU(init={weight})",
                note="The slope is learned; 0.25 is where it starts.",
            ),
            _k(
                "keras.layers.PReLU()",
                {"weight": 0.0},
                "keras.layers.PReLU(alpha_initializer=keras.initializers.Constant({weight}))",
                "The slope is learned and starts at 0, so the untrained layer is a ReLU.",
            ),
        ),
        "log_softmax": (
            _pt("F.log_softmax(x, dim=-1)", explicit="F.log_softmax(x / {temperature}, dim=-1)"),
            _k(
                "keras.activations.log_softmax(x)",
                explicit="keras.activations.log_softmax(x / {temperature}, axis=-1)",
            ),
            _tf("tf.nn.log_softmax(x)", explicit="tf.nn.log_softmax(x / {temperature}, axis=-1)"),
        ),
        "softmin": (_pt("F.softmin(x, dim=-1)", explicit="F.softmin(x / {temperature}, dim=-1)"),),
        "rrelu": (
            _pt(
                "F.rrelu(x)",
                explicit="F.rrelu(x, lower={lower}, upper={upper}, training=False)",
                note="training=False is F.rrelu's default; the nn.RReLU module draws slopes in train mode.",
            ),
        ),
        "threshold": (
            _pt("F.threshold(x, 0.0, 0.0)", explicit="F.threshold(x, threshold={threshold}, value={value})"),
            _k(
                "keras.activations.threshold(x, 0.0, 0.0)",
                explicit="keras.activations.threshold(x, threshold={threshold}, default_value={value})",
                note="PyTorch's value is Keras's default_value. For NaN Keras returns default_value, "
                "PyTorch NaN.",
            ),
        ),
        "exponential": (
            _pt("torch.exp(x)"),
            _k("keras.activations.exponential(x)"),
            _tf("tf.math.exp(x)"),
        ),
        "squareplus": (
            _k("keras.activations.squareplus(x)", explicit="keras.activations.squareplus(x, b={b})"),
        ),
        "sparse_plus": (_k("keras.activations.sparse_plus(x)"),),
        "sparse_sigmoid": (_k("keras.activations.sparse_sigmoid(x)"),),
        "sparsemax": (
            _k(
                "keras.activations.sparsemax(x)",
                note="Keras 3.15 returns wrong values when more than one logit is in the support "
                "(keras-team/keras#23425, fixed after that release).",
            ),
        ),
        "glu": (
            _pt("F.glu(x, dim=-1)"),
            *(
                _pt(
                    f"a * {gate}(b)" if gate else "a * b",
                    {"gate": name},
                    note=(
                        "SwiGLU, GEGLU, ReGLU and the bilinear GLU are written by hand, "
                        "after a, b = x.chunk(2, dim=-1)."
                    )
                    if name == "silu"
                    else "",
                )
                for name, gate in (
                    ("silu", "F.silu"),
                    ("gelu", "F.gelu"),
                    ("relu", "F.relu"),
                    ("identity", ""),
                )
            ),
            _k("keras.activations.glu(x)"),
        ),
        "gumbel_softmax": (
            _pt(
                "F.gumbel_softmax(x)",
                explicit="F.gumbel_softmax(x, tau={tau}, hard={hard}, dim=-1)",
                note="Random: the same settings give the same distribution, not the same draws "
                "as actgui's seed.",
            ),
        ),
    }
)
"""The conventions of every activation id, in framework order."""


def framework_settings(
    activation_id: str, defaults: Mapping[str, ParamValue]
) -> list[tuple[dict[str, ParamValue], tuple[Convention, ...]]]:
    """The distinct parameter settings of an activation's calls, each with the calls that compute it.

    In the order the calls are listed; calls no setting reproduces are left out.
    Leaky ReLU gives 0.01 (F.leaky_relu), 0.2 (keras.activations.leaky_relu,
    tf.nn.leaky_relu) and 0.3 (keras.layers.LeakyReLU).
    """
    settings: list[tuple[dict[str, ParamValue], tuple[Convention, ...]]] = []
    for conv in conventions_of(activation_id):
        values = conv.values(defaults)
        if values is None:
            continue
        for index, (known, calls) in enumerate(settings):
            if not conv.differs(known, defaults):
                settings[index] = (known, (*calls, conv))
                break
        else:
            settings.append((values, (conv,)))
    return settings


def conventions_of(activation_id: str) -> tuple[Convention, ...]:
    """The conventions recorded for an activation id (empty for an unknown id)."""
    return CONVENTIONS.get(activation_id, ())

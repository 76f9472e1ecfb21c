"""The gated linear unit and its variants: z split into halves a, b gives a * g(b).

torch's ``F.glu`` and Keras's ``keras.activations.glu`` use the sigmoid gate;
SwiGLU, GEGLU, ReGLU and the bilinear unit swap the gate (Shazeer, 2020).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.activations import classic, gated, relu
from actgui.model.activations.base import GATED, Activation, Properties
from actgui.model.params import Param, ParamValue
from actgui.model.refusal import Refusal

GATES: dict[str, Activation] = {
    "sigmoid": classic.SIGMOID,
    "silu": gated.SILU,
    "gelu": gated.GELU,
    "relu": relu.RELU,
    "identity": classic.LINEAR,
}
"""Each gate choice and the activation it applies to b (GELU exact, as F.gelu's default)."""


def gate_function(gate: str) -> tuple[Callable[[FloatArray], FloatArray], Callable[[FloatArray], FloatArray]]:
    """G and g' for a gate choice."""
    act = GATES[gate]
    return act, act.derivative


def _glu_properties(values: Mapping[str, ParamValue]) -> Properties:
    """The flags of the map (a, b) -> a g(b) on the whole input z = (a, b).

    Never bounded (a is not) and never monotonic (with a < 0 the output falls as the gate
    opens). Smooth exactly when the gate is (ReGLU's relu gate has a kink at b = 0). Not
    odd for any gate: -a g(-b) = -a g(b) would need an even gate, and none is (the output is
    odd in a alone, which is not what the flag says).
    """
    smooth = GATES[str(values["gate"])].properties.smooth
    return Properties(bounded=False, monotonic=False, smooth=smooth, zero_centred=False)


def halves(z: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Split the last axis into a (first half) and b (second half).

    Raises
    ------
    Refusal
        ``glu_odd_length`` (a ValueError) for a 0-d input or an odd last axis, as torch refuses.
    """
    if z.ndim == 0 or z.shape[-1] % 2 or z.shape[-1] == 0:
        raise Refusal("glu_odd_length", shape=z.shape)
    n = z.shape[-1] // 2
    return z[..., :n], z[..., n:]


def _glu(z: FloatArray, gate: str) -> FloatArray:
    a, b = halves(z)
    g, _ = gate_function(gate)
    out: FloatArray = a * g(b)
    return out


def _glu_d(z: FloatArray, gate: str) -> FloatArray:
    # The gradient of sum(y) with respect to z (what autograd gives for a gradient of ones):
    # d/da = g(b) on the first half, d/db = a g'(b) on the second.
    a, b = halves(z)
    g, dg = gate_function(gate)
    return np.concatenate([g(b), a * dg(b)], axis=-1)


def _glu_jacobian(z: FloatArray, gate: str) -> FloatArray:
    # n/2 x n: [diag(g(b)) | diag(a g'(b))].
    a, b = halves(z)
    g, dg = gate_function(gate)
    return np.concatenate([np.diag(g(b)), np.diag(a * dg(b))], axis=-1)


GLU = Activation(
    id="glu",
    name="GLU",
    category=GATED,
    kind="gated",
    params=(
        Param(
            "gate",
            "sigmoid",
            choices=tuple(GATES),
            description="g applied to the second half: sigmoid (GLU), silu (SwiGLU), gelu (GEGLU), "
            "relu (ReGLU), identity (bilinear).",
        ),
    ),
    latex=r"\mathrm{GLU}(a, b) = a \otimes g(b),\quad z = (a, b)",
    latex_derivative=(
        r"\frac{\partial y_i}{\partial a_i} = g(b_i),\quad \frac{\partial y_i}{\partial b_i} = a_i\, g'(b_i)"
    ),
    output_range=r"(-\infty, \infty)",
    properties=Properties(bounded=False, monotonic=False, smooth=True, zero_centred=False),
    note=(
        "The gated linear unit splits its input in two halves, a and b, and lets g(b) "
        "decide how much of a passes: the output has half the length. With the sigmoid "
        "gate it is the GLU of Dauphin et al. (2017), torch's F.glu and Keras's "
        "keras.activations.glu. Its variants gate the feed-forward layers of most current "
        "language models: SwiGLU (silu gate) in PaLM, LLaMA, Mistral and Qwen; GEGLU (gelu "
        "gate) in T5 v1.1 and Gemma; ReGLU (relu gate) and the bilinear unit (no gate) "
        "were compared by Shazeer (2020). The view shows a * g(b) over the (a, b) plane "
        "and its curve along b for a chosen a."
    ),
    _value=_glu,
    _derivative=_glu_d,
    _jacobian=_glu_jacobian,
    _properties_at=_glu_properties,
    _whole_array=True,
)

"""The catalogue of activation functions: values, derivatives and teaching metadata.

Values and derivatives follow PyTorch's ``torch.nn.functional`` (parameter
names, defaults, and autograd's convention at kinks, e.g. relu'(0) = 0),
but are computed so that they stay exact in the tails where the textbook
formula cancels or overflows.

:mod:`.base` holds the :class:`Activation` class and what the families
share; one module per family defines its functions and their metadata; this
module puts them into the catalogue, in display order.
"""

from __future__ import annotations

from collections.abc import Mapping

from actgui.model._numerics import FloatArray
from actgui.model.activations.base import (
    CATEGORIES,
    CLASSIC,
    GATED,
    HARD,
    MULTICLASS,
    RECTIFIERS,
    SEED_IDS,
    SHRINK,
    SMOOTH,
    Activation,
    Kind,
    Properties,
    ValueFn,
)
from actgui.model.activations.classic import LINEAR, LOGSIGMOID, SIGMOID, SOFTSIGN, STEP, TANH
from actgui.model.activations.exponential import CELU, ELU, SELU, SOFTPLUS
from actgui.model.activations.gated import GELU, MISH, SILU
from actgui.model.activations.glu import GLU
from actgui.model.activations.gumbel import GUMBEL_SOFTMAX
from actgui.model.activations.hard import HARDSIGMOID, HARDSWISH, HARDTANH, RELU6
from actgui.model.activations.piecewise import RRELU, SPARSE_PLUS, SPARSE_SIGMOID, THRESHOLD
from actgui.model.activations.relu import LEAKY_RELU, PRELU, RELU
from actgui.model.activations.shrink import HARDSHRINK, SOFTSHRINK, TANHSHRINK
from actgui.model.activations.smooth import EXPONENTIAL, SQUAREPLUS
from actgui.model.activations.softmax import LOG_SOFTMAX, SOFTMAX, SOFTMIN
from actgui.model.activations.sparsemax import SPARSEMAX
from actgui.model.params import Param, ParamValue
from actgui.model.refusal import Refusal

__all__ = [
    "ACTIVATIONS",
    "CATEGORIES",
    "CLASSIC",
    "GATED",
    "HARD",
    "MULTICLASS",
    "RECTIFIERS",
    "SEED_IDS",
    "SHRINK",
    "SMOOTH",
    "Activation",
    "FloatArray",
    "Kind",
    "Param",
    "ParamValue",
    "Properties",
    "ValueFn",
    "elementwise_ids",
    "get_activation",
]

_ALL: tuple[Activation, ...] = (
    SIGMOID,
    RELU,
    TANH,
    SOFTMAX,
    LEAKY_RELU,
    LINEAR,
    STEP,
    ELU,
    SELU,
    CELU,
    GELU,
    SILU,
    MISH,
    SOFTPLUS,
    SOFTSIGN,
    HARDTANH,
    RELU6,
    HARDSIGMOID,
    HARDSWISH,
    LOGSIGMOID,
    TANHSHRINK,
    SOFTSHRINK,
    HARDSHRINK,
    PRELU,
    LOG_SOFTMAX,
    SOFTMIN,
    RRELU,
    THRESHOLD,
    EXPONENTIAL,
    SQUAREPLUS,
    SPARSE_PLUS,
    SPARSE_SIGMOID,
    SPARSEMAX,
    GUMBEL_SOFTMAX,
    GLU,
)
"""The catalogue in display order: the seed's five first, then as the app has always listed them,
then the activations added to cover every one of torch.nn.functional and keras.activations."""

ACTIVATIONS: Mapping[str, Activation] = {a.id: a for a in _ALL}
"""Every activation by id, the seed's five first."""

assert tuple(ACTIVATIONS)[:5] == SEED_IDS


def get_activation(activation_id: str) -> Activation:
    """Return the activation with this id.

    Raises
    ------
    Refusal
        ``activation_not_found`` (a ValueError) if the id is unknown; the
        message lists the valid ids.
    """
    try:
        return ACTIVATIONS[activation_id]
    except (KeyError, TypeError):
        valid = ", ".join(ACTIVATIONS)
        raise Refusal("activation_not_found", activation=repr(activation_id), valid=valid) from None


def elementwise_ids() -> tuple[str, ...]:
    """Ids of the elementwise activations, in catalogue order."""
    return tuple(a.id for a in _ALL if a.kind == "elementwise")

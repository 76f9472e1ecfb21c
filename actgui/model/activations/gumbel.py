"""Gumbel-softmax: a differentiable sample of a categorical distribution (torch's F.gumbel_softmax)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.activations.base import MULTICLASS, Activation, Properties, number_param
from actgui.model.activations.softmax import _softmax, _softmax_and_complement
from actgui.model.params import Param, ParamValue


def gumbel_noise(shape: tuple[int, ...], seed: float) -> FloatArray:
    """Standard Gumbel samples -log(E), E ~ Exponential(1), as torch draws them; fixed by the seed."""
    rng = np.random.default_rng(int(seed))
    exponential = rng.standard_exponential(shape)
    return -np.log(exponential)


ROW_BLOCK = 4096
"""Rows per block: the perturbed logits of a block stay in cache while softmax works on them."""


def _by_blocks(z: FloatArray, seed: float, fn: Callable[[FloatArray], FloatArray]) -> FloatArray:
    """fn(z + g) row block by row block, g the seed's Gumbel noise for the whole of z."""
    shape = z.shape if z.ndim else (1,)
    rows = z.reshape(-1, shape[-1])
    # Drawn block by block from one generator: the same numbers as one draw of the whole shape
    # (the generator makes them one after the other), but each block's stay in cache.
    rng = np.random.default_rng(int(seed))
    out = np.empty_like(rows)
    for start in range(0, rows.shape[0], ROW_BLOCK):
        block = slice(start, start + ROW_BLOCK)
        perturbed = rng.standard_exponential(rows[block].shape)
        np.log(perturbed, out=perturbed)
        np.subtract(rows[block], perturbed, out=perturbed)  # z - log E = z + g
        out[block] = fn(perturbed)
    return out.reshape(shape)


def _gumbel_softmax(z: FloatArray, tau: float, hard: str, seed: float) -> FloatArray:
    soft = _by_blocks(z, seed, lambda s: _softmax(s, tau))
    if hard == "False":
        return soft
    # torch returns y_hard - y_soft.detach() + y_soft: the one-hot of the argmax in the forward pass.
    index = np.argmax(soft, axis=-1)[..., np.newaxis]
    out = np.zeros_like(soft)
    np.put_along_axis(out, index, 1.0, axis=-1)
    out[np.any(np.isnan(soft), axis=-1)] = np.nan  # an undefined sample stays undefined
    return out


def _gumbel_softmax_d(z: FloatArray, tau: float, hard: str, seed: float) -> FloatArray:
    # The gradient is the soft sample's for hard too (the straight-through estimator):
    # d y_i / d z_i = y_i (1 - y_i) / tau at the perturbed logits.
    del hard

    def diagonal(s: FloatArray) -> FloatArray:
        y, out = _softmax_and_complement(s, tau)
        out *= y
        out /= tau
        return out

    return _by_blocks(z, seed, diagonal)


def _gumbel_softmax_jacobian(z: FloatArray, tau: float, hard: str, seed: float) -> FloatArray:
    del hard
    y, complement = _softmax_and_complement(z + gumbel_noise(z.shape, seed), tau)
    out = -np.outer(y, y)
    np.fill_diagonal(out, y * complement)
    return out / tau


def _gumbel_softmax_properties(values: Mapping[str, ParamValue]) -> Properties:
    """The flags of one draw: for a fixed seed it is softmax((z + g) / tau), g fixed.

    Bounded in [0, 1] and never of both signs; monotonic does not apply, as for softmax.
    The soft sample is smooth in z; the hard one (a one-hot of the argmax) jumps wherever
    the argmax changes.
    """
    hard = str(values["hard"]) == "True"
    return Properties(bounded=True, monotonic=None, smooth=not hard, zero_centred=False)


GUMBEL_SOFTMAX = Activation(
    id="gumbel_softmax",
    name="Gumbel-softmax",
    category=MULTICLASS,
    kind="vector",
    params=(
        Param(
            "tau",
            1.0,
            0.05,
            20.0,
            0.05,
            symbol=r"\tau",
            description="Temperature: low tau gives nearly one-hot samples, high tau nearly uniform ones.",
        ),
        Param(
            "hard",
            "False",
            choices=("False", "True"),
            description="True returns the one-hot of the sample (gradients still flow as if soft).",
        ),
        number_param("seed", 0.0, 0.0, 9999.0, 1.0, "", "Seed of the random Gumbel draws."),
    ),
    latex=(
        r"y_i = \frac{e^{(z_i + g_i) / \tau}}{\sum_j e^{(z_j + g_j) / \tau}},\quad "
        r"g_i = -\log E_i,\ E_i \sim \mathrm{Exp}(1)"
    ),
    latex_derivative=(
        r"\frac{\partial y_i}{\partial z_j} = \frac{1}{\tau}\, y_i \left(\delta_{ij} - y_j\right)"
    ),
    output_range=r"(0, 1),\ \sum_i y_i = 1",
    properties=Properties(bounded=True, monotonic=None, smooth=True, zero_centred=False),
    note=(
        "A random activation: adds Gumbel noise to the logits and takes a softmax at "
        "temperature tau. The argmax of z + g is a sample from softmax(z) (the Gumbel-max "
        "trick), and the softmax makes that sample differentiable, so a network can learn "
        "through a discrete choice (Jang et al. and Maddison et al., 2017). As tau falls the "
        "samples approach one-hot vectors and their gradients grow noisy. hard = True gives "
        "the one-hot itself with the soft sample's gradient (straight-through). Each seed "
        "is one draw; the average of many soft draws is not softmax(z / tau). PyTorch's "
        "F.gumbel_softmax; Keras has none."
    ),
    _value=_gumbel_softmax,
    _derivative=_gumbel_softmax_d,
    _jacobian=_gumbel_softmax_jacobian,
    _properties_at=_gumbel_softmax_properties,
    _whole_array=True,
)

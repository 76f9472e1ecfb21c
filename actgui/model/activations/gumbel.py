"""Gumbel-softmax: a differentiable sample of a categorical distribution (torch's F.gumbel_softmax)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.activations.base import MULTICLASS, Activation, Properties, number_param
from actgui.model.activations.softmax import _softmax, _softmax_and_complement
from actgui.model.params import Param, ParamValue
from actgui.model.refusal import Refusal

ROW_BLOCK = 16384
"""Rows per block: a block's noise and logits stay in cache while softmax works on them."""


def _noise_blocks(rows: int, k: int, seed: float) -> Iterator[tuple[slice, FloatArray]]:
    """The seed's log E (E ~ Exp(1), so the Gumbel noise is -log E), block of rows by block.

    Each block is drawn transposed, k x (rows in the block), the layout the
    softmax below works in: every operation runs along the long axis. E is
    -log U with U uniform on [0, 1) (inversion): two logarithms of uniform
    numbers cost less than numpy's exponential sampler. U = 0 (probability
    2^-53) gives E = inf, a logit of -inf, whose probability is 0 as it should be.
    """
    rng = np.random.default_rng(int(seed))
    log_e = np.empty((k, min(rows, ROW_BLOCK)))
    for start in range(0, rows, ROW_BLOCK):
        n = min(ROW_BLOCK, rows - start)
        if n != log_e.shape[1]:
            log_e = np.empty((k, n))  # the last, shorter block
        rng.random(out=log_e)
        with np.errstate(divide="ignore"):
            np.log(log_e, out=log_e)  # log U <= 0
            np.negative(log_e, out=log_e)  # E
            np.log(log_e, out=log_e)  # log E
        yield slice(start, start + n), log_e


def gumbel_noise(shape: tuple[int, ...], seed: float) -> FloatArray:
    """Standard Gumbel samples g = -log E, E ~ Exponential(1), as torch draws them; fixed by the seed."""
    full = shape if len(shape) else (1,)
    k = full[-1]
    rows = int(np.prod(full[:-1], dtype=np.int64))
    out = np.empty((rows, k))
    for block, log_e in _noise_blocks(rows, k, seed):
        np.negative(log_e.T, out=out[block])
    return out.reshape(shape)


_Block = tuple[slice, FloatArray, FloatArray]


def _perturbed_blocks(z: FloatArray, tau: float, seed: float) -> Iterator[_Block]:
    """Blocks of e = exp(((z + g) - max) / tau) (k x rows, transposed) and the rows' sums of e.

    Rows whose perturbed maximum is not finite (NaN or +inf logits, or all -inf)
    are yielded as NaN and patched by the caller.
    """
    rows = z.reshape(-1, z.shape[-1])
    for block, log_e in _noise_blocks(rows.shape[0], rows.shape[1], seed):
        s = np.subtract(rows[block].T, log_e, out=log_e)  # z - log E = z + g
        top = np.max(s, axis=0)
        # Finite logits give s - top <= 0; far below the top it may overflow to -inf
        # (-1e308 - 1e308, or divided by a small tau), whose exp is the right 0.
        with np.errstate(invalid="ignore", over="ignore"):
            s -= top
            if tau != 1.0:
                s /= tau
        e = np.exp(s, out=s)
        yield block, e, np.sum(e, axis=0)


def _soft(z: FloatArray, tau: float, seed: float) -> FloatArray:
    """The soft sample softmax((z + g) / tau), in z's shape (0-d: a 0-d 1.0, as torch)."""
    shape = z.shape
    z2 = z.reshape(-1, shape[-1]) if z.ndim else z.reshape(1, 1)
    if z2.shape[-1] == 0:
        raise Refusal("logits_empty")
    out = np.empty_like(z2)
    bad = False
    for block, e, total in _perturbed_blocks(z2, tau, seed):
        e *= np.reciprocal(total, out=total)  # one division per row, not per entry; 1 ulp more
        out[block] = e.T
        bad = bad or not np.isfinite(total).all()
    if bad:
        _patch_nonfinite(out, z2, seed, lambda s: _softmax(s, tau))
    return out.reshape(shape)


def _patch_nonfinite(
    out: FloatArray, z2: FloatArray, seed: float, fn: Callable[[FloatArray], FloatArray]
) -> None:
    """Recompute the rows whose perturbed maximum was not finite with softmax's limits."""
    perturbed = z2 + gumbel_noise(z2.shape, seed)
    undefined = ~np.isfinite(np.max(perturbed, axis=-1))
    out[undefined] = fn(perturbed[undefined])


def _gumbel_softmax(z: FloatArray, tau: float, hard: str, seed: float) -> FloatArray:
    soft = _soft(z, tau, seed)
    if hard == "False":
        return soft
    # torch returns y_hard - y_soft.detach() + y_soft: the one-hot of the argmax in the forward pass.
    index = np.argmax(soft, axis=-1)[..., np.newaxis]
    out = np.zeros_like(soft)
    np.put_along_axis(out, index, 1.0, axis=-1)
    out[np.any(np.isnan(soft), axis=-1)] = np.nan  # an undefined sample stays undefined
    return out


def _gumbel_softmax_d(z: FloatArray, tau: float, hard: str, seed: float) -> FloatArray:
    """The Jacobian's diagonal: d y_i / d z_i = y_i (1 - y_i) / tau at the perturbed logits.

    The gradient is the soft sample's for hard too (the straight-through estimator).
    1 - y_i is the sum of the other terms over the total, each "sum of the others"
    a prefix sum plus a suffix sum: no cancellation when y_i is close to 1.
    """
    del hard
    shape = z.shape
    z2 = z.reshape(-1, shape[-1]) if z.ndim else z.reshape(1, 1)
    if z2.shape[-1] == 0:
        raise Refusal("logits_empty")
    out = np.empty_like(z2)
    bad = False
    for block, e, total in _perturbed_blocks(z2, tau, seed):
        others = _sums_of_the_others(e)
        scale = np.square(total)
        scale *= tau
        others *= e
        others *= np.reciprocal(scale, out=scale)  # one division per row, not per entry
        out[block] = others.T
        bad = bad or not np.isfinite(total).all()
    if bad:

        def diagonal(s: FloatArray) -> FloatArray:
            y, complement = _softmax_and_complement(s, tau)
            complement *= y
            complement /= tau
            return complement

        _patch_nonfinite(out, z2, seed, diagonal)
    return out.reshape(shape)


def _sums_of_the_others(e: FloatArray) -> FloatArray:
    """For every row i of e (k x n): the sum of the other rows, as prefix + suffix sums of positive terms."""
    k = e.shape[0]
    others = np.empty_like(e)
    if k == 1:
        others[0] = 0.0
        return others
    # others[i] = e[0] + ... + e[i-1] (prefix), then + e[i+1] + ... + e[k-1] (suffix).
    others[0] = 0.0
    others[1] = e[0]
    for i in range(2, k):
        np.add(others[i - 1], e[i - 1], out=others[i])
    suffix = e[k - 1].copy()
    for i in range(k - 2, -1, -1):
        others[i] += suffix
        if i:
            suffix += e[i]
    return others


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

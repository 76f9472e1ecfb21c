"""A deep random network, simulated: the signal forward and a gradient back through every layer.

What :mod:`actgui.model.depth_theory` predicts for an infinitely wide
network, measured on one finite draw: the first layer's pre-activations are
N(0, q0) samples, each layer computes ``h' = f(h) @ W + b`` with weights
N(0, weight_std^2 / width) (or a scaled random orthogonal matrix) and biases
N(0, bias_std^2), and a unit-variance random gradient is sent back from the
top.

Speed: the matrix products run in float32 (their rounding, 1e-7 relative,
is far below the sampling noise of a random draw, about sqrt(2 / width) per
layer), and the weights are drawn once per (width, seed, layer) and kept in
:class:`WeightBank` as standard matrices, so moving weight_std or bias_std
only rescales a product and never redraws. Each layer's activation and its
derivative are evaluated together, block by block through one float64
buffer (:class:`_Evaluator`), into buffers reused from layer to layer; the
weights' scale is folded into the stored derivative.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from actgui.model._numerics import FloatArray
from actgui.model.activations import Activation, get_activation
from actgui.model.checks import check_float, check_int
from actgui.model.depth_theory import MAX_DEPTH, MAX_STD
from actgui.model.refusal import Refusal

F32 = NDArray[np.float32]

MIN_WIDTH, MAX_WIDTH = 16, 2048
MIN_SAMPLES, MAX_SAMPLES = 16, 1024
HISTOGRAM_BINS = 61
HISTOGRAM_VALUES = 8192
"""Values per layer that go into a histogram (the first samples' rows): plenty for 61 bins."""
STORE_LIMIT = 1 << 25
"""Float32 values the backward pass may keep (128 MB); beyond it layers are recomputed."""
EVALUATION_BLOCK = 1 << 15
"""Values per block when the activation is evaluated: its float64 temporaries stay in L2."""
_STREAMS = 2**31
"""Second seed word of the inputs' and the top gradient's random streams (a layer's is its index)."""


class SimulationCancelled(Exception):
    """:func:`simulate` stopped because its ``cancelled`` callback said so."""


class WeightBank:
    """Standard normal (or orthogonal) weight matrices, drawn once per (width, seed, layer, kind).

    Each layer has its own random stream, so a deeper network keeps the
    layers of a shallower one with the same seed. Matrices are kept up to
    ``budget_bytes`` (least recently used dropped first). Safe to share
    between threads (the page simulates in a worker, an export on the UI
    thread): one lock around the look-up and the draw.
    """

    def __init__(self, budget_bytes: int = 256 << 20) -> None:
        self.budget = budget_bytes
        self._store: OrderedDict[tuple[int, int, int, bool], tuple[F32, F32]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def layer(self, width: int, seed: int, layer: int, orthogonal: bool) -> tuple[F32, F32]:
        """Layer ``layer``'s standard weights (width x width, rows of variance 1) and bias (N(0, 1))."""
        with self._lock:
            return self._layer((width, seed, layer, orthogonal))

    def _layer(self, key: tuple[int, int, int, bool]) -> tuple[F32, F32]:
        width, seed, layer, orthogonal = key
        found = self._store.get(key)
        if found is not None:
            self._store.move_to_end(key)
            return found
        rng = np.random.default_rng([seed, layer, width, int(orthogonal)])
        z = rng.standard_normal((width, width), dtype=np.float32)
        if orthogonal:  # Haar-random: Q of a Gaussian matrix with the signs of R's diagonal fixed
            q, r = np.linalg.qr(z)
            z = (q * np.sign(np.diag(r))) * np.float32(np.sqrt(width))
        bias = rng.standard_normal(width, dtype=np.float32)
        made = (np.ascontiguousarray(z, dtype=np.float32), bias)
        self._store[key] = made
        self._bytes += z.nbytes + bias.nbytes
        while self._bytes > self.budget and len(self._store) > 1:
            _key, (old_z, old_b) = self._store.popitem(last=False)
            self._bytes -= old_z.nbytes + old_b.nbytes
        return made


DEFAULT_BANK = WeightBank()


LOG_SPAN = 2.0
"""Decades between the layers' largest and smallest root-mean-square past which histograms bin
log10|value|: on shared linear bins every layer but the widest would be a spike in one bin."""
LOG_BINS_PER_DECADE = 8
MAX_LOG_BINS = 321
LOG_BELOW_RMS = 5.0
"""A log axis reaches at most this many decades below the smallest layer's rms (|z| < 1e-5 for
a Gaussian has probability 8e-6: the rare values further down are counted in the lowest bin)."""


@dataclass(frozen=True)
class Histograms:
    """Per-layer histograms on bins shared by all layers: ``counts[l]``, layer l's fractions per bin.

    Attributes
    ----------
    edges
        The bins' edges: of the values, or of log10|value| when ``log_abs``.
    counts
        One row per layer, the fraction of that layer's values in each bin.
    log_abs
        True when the layers' root-mean-squares span more than :data:`LOG_SPAN` decades
        (a vanishing or exploding gradient): the bins are of log10|value|, the sign is
        dropped, and a layer's distribution slides decade by decade instead of collapsing
        into the central bin.
    zeros
        Each layer's fraction of values exactly 0, which are in no bin: ReLU sets half of
        its activations and of its gradients to 0, a spike that would drown the shape of
        the rest (and 0 has no logarithm).
    """

    edges: FloatArray
    counts: FloatArray
    log_abs: bool = False
    zeros: FloatArray | None = None

    @property
    def zero_fractions(self) -> FloatArray:
        """Per layer, the fraction of values exactly 0, left out of the bins."""
        if self.zeros is None:
            return np.zeros(self.counts.shape[0])
        return self.zeros


@dataclass(frozen=True)
class Simulation:
    """What one random network did to its samples.

    Attributes
    ----------
    pre_var
        ``depth + 1`` mean squares of the pre-activations, layer 0 first.
    grad_sq
        ``depth + 1`` mean squares of the gradient with respect to each
        layer's pre-activations; the top one (the unit-variance gradient sent
        back) is about 1.
    pre, post, grad
        Histograms of the pre-activations, the activations f(h) and the
        gradients, one row per layer (``depth + 1`` rows; the top layer's
        post-activations too).
    """

    pre_var: FloatArray
    grad_sq: FloatArray
    pre: Histograms
    post: Histograms
    grad: Histograms


def check_sizes(depth: int, width: int, n_samples: int, seed: int) -> None:
    """Refuse a depth, width, sample count or seed outside the page's ranges."""
    check_int("depth", depth, 1, MAX_DEPTH)
    check_int("width", width, MIN_WIDTH, MAX_WIDTH)
    check_int("n_samples", n_samples, MIN_SAMPLES, MAX_SAMPLES)
    check_int("seed", seed, 0, 2**31 - 1)


def _activation(activation: str | Activation, params: Mapping[str, Any]) -> tuple[Activation, dict[str, Any]]:
    act = get_activation(activation) if isinstance(activation, str) else activation
    if act.is_vector:
        raise Refusal("hidden_activation_vector", activation=act.id)
    return act, dict(act.resolve(params))


# An exploding network leaves float32's range (3.4e38): its values become inf and NaN without
# warnings, and the measurements say so (the end of simulate).
@np.errstate(over="ignore", invalid="ignore")
def simulate(
    activation: str | Activation,
    *,
    depth: int,
    width: int,
    weight_std: float,
    bias_std: float = 0.0,
    n_samples: int,
    q0: float = 1.0,
    seed: int,
    orthogonal: bool = False,
    bank: WeightBank | None = None,
    cancelled: Callable[[], bool] | None = None,
    **params: Any,
) -> Simulation:
    """Send ``n_samples`` inputs forward through ``depth`` random layers and a gradient back.

    The inputs and the top gradient come from random streams of their own, so
    a run with k samples computes exactly the first k samples of a run with
    more (same seed, same weights): a quick preview with few samples shows the
    same histograms as the full run (they are made of the first samples).

    Parameters
    ----------
    activation
        An elementwise activation (id or object); ``params`` are its parameters.
    depth, width, n_samples
        Layers (1 to 200), neurons per layer (16 to 2048), samples (16 to 1024).
    weight_std, bias_std
        Weights N(0, weight_std^2 / width), biases N(0, bias_std^2).
    q0
        Variance of the first layer's pre-activations.
    seed
        The draw of weights, biases, inputs and the top gradient.
    orthogonal
        Scaled random orthogonal weights (``weight_std`` times an orthogonal
        matrix) instead of Gaussian ones.
    bank
        Where the drawn matrices are kept (a shared one by default).
    cancelled
        Asked between layers; when it returns True the run stops with
        :class:`SimulationCancelled` (a worker whose result is no longer wanted).
    """
    act, values = _activation(activation, params)
    check_sizes(depth, width, n_samples, seed)
    check_float("weight_std", weight_std, 0.0, MAX_STD)
    check_float("bias_std", bias_std, 0.0, MAX_STD)
    check_float("q0", q0, 0.0, MAX_STD**2)
    bank = bank if bank is not None else DEFAULT_BANK
    shape = (n_samples, width)
    h = np.random.default_rng([seed, _STREAMS, 0]).standard_normal(shape, dtype=np.float32)
    h *= np.float32(np.sqrt(q0))
    scale = weight_std / np.sqrt(width)
    shift = np.float32(bias_std)
    layer_size = n_samples * width
    keep_all = depth * layer_size <= STORE_LIMIT
    segment = depth if keep_all else max(1, STORE_LIMIT // layer_size)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise SimulationCancelled

    post = np.empty(shape, np.float32)
    # f'(h) times the weights' scale, the factor the backward pass multiplies by; every layer's
    # when they fit in STORE_LIMIT, else one segment's, recomputed from a checkpoint of h.
    slopes = np.empty((segment, n_samples, width), np.float32)
    evaluate = _Evaluator(act, values, width)

    def forward(h: F32, layer: int, slope: F32) -> None:
        """Fill ``post`` with f(h) and ``slope`` with f'(h) * scale; h becomes the next pre-activations."""
        evaluate(h, post, slope, scale)
        z, b = bank.layer(width, seed, layer, orthogonal)
        np.matmul(post, z, out=h)
        h *= np.float32(scale)
        if bias_std:
            h += shift * b

    pre_var = np.empty(depth + 1)
    rows = max(1, min(n_samples, HISTOGRAM_VALUES // width))
    pre_rows = np.empty((depth + 1, rows, width), np.float32)
    post_rows = np.empty((depth + 1, rows, width), np.float32)
    checkpoints: dict[int, F32] = {}
    for layer in range(depth):
        check()
        pre_var[layer] = _mean_square(h)
        pre_rows[layer] = h[:rows]
        if not keep_all and layer % segment == 0:
            checkpoints[layer] = h.copy()
        slope = slopes[layer] if keep_all else slopes[layer % segment]
        forward(h, layer, slope)
        post_rows[layer] = post[:rows]
    pre_var[depth] = _mean_square(h)
    pre_rows[depth] = h[:rows]
    post_rows[depth] = act(h[:rows].astype(np.float64), **values)

    # The backward pass is linear in the gradient: it runs on a copy rescaled to unit mean square
    # each layer, the scale kept apart in float64, so a vanishing gradient (1e-63 after 50 sigmoid
    # layers) is measured instead of underflowing float32 (smallest 1e-45).
    grad_sq = np.empty(depth + 1)
    grad_rows = np.empty((depth + 1, rows, width), np.float32)
    g = np.random.default_rng([seed, _STREAMS, 1]).standard_normal(shape, dtype=np.float32)
    g_next = np.empty(shape, np.float32)
    log_scale = 0.0
    grad_sq[depth] = _mean_square(g)
    grad_rows[depth] = g[:rows]
    recomputed_from = depth
    for layer in range(depth - 1, -1, -1):
        check()
        if keep_all:
            slope = slopes[layer]
        else:
            start = layer - layer % segment
            if start < recomputed_from:  # this segment's slopes, again from its checkpoint
                h_seg = checkpoints.pop(start)
                for inner in range(start, layer + 1):
                    forward(h_seg, inner, slopes[inner - start])
                recomputed_from = start
            slope = slopes[layer - start]
        z, _b = bank.layer(width, seed, layer, orthogonal)
        np.matmul(g, z.T, out=g_next)
        g_next *= slope
        g, g_next = g_next, g
        square = _mean_square(g)
        grad_sq[layer] = square * np.exp(2.0 * log_scale)
        np.multiply(g[:rows], np.float32(np.exp(log_scale)), out=grad_rows[layer])
        if square > 0.0 and np.isfinite(square):
            g *= np.float32(1.0 / np.sqrt(square))
            log_scale += 0.5 * np.log(square)
    overflowed = np.flatnonzero(~np.isfinite(pre_var))
    if overflowed.size:  # the signal left float32's range: its variance diverged from there on,
        pre_var[overflowed[0] :] = np.inf  # and a gradient sent back through inf is undefined
        grad_sq[:depth] = np.nan
        grad_rows[:depth] = np.nan
    return Simulation(
        pre_var=pre_var,
        grad_sq=grad_sq,
        pre=_histograms(pre_rows, symmetric=True),
        post=_histograms(post_rows, symmetric=False),
        grad=_histograms(grad_rows, symmetric=True),
    )


class _Evaluator:
    """f(h) and f'(h) of one layer in one pass over cache-sized blocks.

    Each block of float32 pre-activations is widened into one reused float64
    buffer (the activations are written and checked in float64: their tails,
    e.g. sech^2 at 20, are beyond float32's own formulas), both functions are
    evaluated on it while it is in cache, and the results are rounded once to
    float32. The activation's element functions are called directly: the
    public call would validate the parameters again for every block.
    """

    def __init__(self, act: Activation, values: dict[str, Any], width: int) -> None:
        self.act, self.values = act, values
        self.value_fn, self.derivative_fn = act._value, act._derivative
        self.whole = act._whole_array
        self.block = np.empty(EVALUATION_BLOCK, np.float64)

    def __call__(self, h: F32, post: F32, slope: F32, factor: float) -> None:
        """Write f(h) into ``post`` and f'(h) * ``factor`` into ``slope`` (all C-contiguous)."""
        flat_h, flat_post, flat_slope = h.reshape(-1), post.reshape(-1), slope.reshape(-1)
        if self.whole:
            wide = flat_h.astype(np.float64)
            flat_post[:] = self.act(wide, **self.values)
            flat_slope[:] = self.act.derivative(wide, **self.values) * factor
            return
        values = self.values
        for start in range(0, flat_h.size, EVALUATION_BLOCK):
            stop = min(start + EVALUATION_BLOCK, flat_h.size)
            wide = self.block[: stop - start]
            wide[:] = flat_h[start:stop]
            flat_post[start:stop] = self.value_fn(wide, **values)
            derivative = self.derivative_fn(wide, **values)
            derivative *= factor
            flat_slope[start:stop] = derivative


def _mean_square(a: F32) -> float:
    """The mean of a^2, in float64 where the float32 sum would overflow (inf if a holds inf, NaN if NaN)."""
    flat = a.ravel()
    square = float(np.dot(flat, flat))
    if not np.isfinite(square):
        wide = flat.astype(np.float64)
        square = float(np.dot(wide, wide))
    return square / flat.size


def _histograms(values: F32, *, symmetric: bool) -> Histograms:
    """Histograms of every layer's values on bins shared by all layers (fractions per bin).

    When the layers' root-mean-squares lie within :data:`LOG_SPAN` decades, the bins are
    linear: they cover 4 root-mean-squares of the widest layer (or the values' whole
    range for the activations, which may be one-sided), so a layer whose values shrank
    shows as a narrower peak. Values exactly 0 are counted apart (``zeros``). Beyond
    that (the gradient of 50 sigmoid layers shrinks 1e31-fold) they are of log10|value|
    (:func:`_log_histograms`).
    """
    layers = values.shape[0]
    flat = values.reshape(layers, -1)
    finite = np.isfinite(flat)
    clean = flat if finite.all() else np.where(finite, flat, np.float32(0.0))
    rms = np.sqrt(np.einsum("ij,ij->i", clean, clean, dtype=np.float64) / clean.shape[1])
    live = rms[(rms > 0.0) & np.isfinite(rms)]
    if live.size and np.log10(live.max() / live.min()) > LOG_SPAN:
        return _log_histograms(clean, finite, live)
    if symmetric:
        half = float(4.0 * rms.max()) if np.isfinite(rms.max()) else 0.0
        half = half or 1.0
        lo, hi = -half, half
    else:
        lo, hi = float(clean.min()), float(clean.max())
        if not hi > lo:
            lo, hi = lo - 0.5, hi + 0.5
    edges = np.linspace(lo, hi, HISTOGRAM_BINS + 1)
    with np.errstate(over="ignore", invalid="ignore"):
        position = (clean - np.float32(lo)) * np.float32(HISTOGRAM_BINS / (hi - lo))
    nonzero = clean != 0.0
    zeros: FloatArray = (finite & ~nonzero).sum(axis=1) / clean.shape[1]
    return Histograms(edges, _tally(position, nonzero, HISTOGRAM_BINS), zeros=zeros.astype(np.float64))


def _log_histograms(clean: FloatArray | F32, finite: NDArray[np.bool_], live: FloatArray) -> Histograms:
    """Histograms of log10|value| per layer, on bins from below the smallest layer to above the largest.

    The axis runs from :data:`LOG_BELOW_RMS` decades below the smallest layer's rms to the
    largest |value|, with :data:`LOG_BINS_PER_DECADE` bins a
    decade (at most :data:`MAX_LOG_BINS`). Exact zeros have no logarithm: their fraction per
    layer is kept in ``zeros``.
    """
    magnitude = np.abs(clean)
    nonzero = magnitude > 0.0  # the non-finite values are 0 in ``clean``
    logs = np.zeros(magnitude.shape, dtype=magnitude.dtype)
    np.log10(magnitude, out=logs, where=nonzero)  # float32: exact enough for bins an eighth of a decade wide
    some = bool(nonzero.any())
    highest = float(np.max(logs, where=nonzero, initial=-np.inf)) if some else 1.0
    # Not from the smallest |value|: that is a sum of terms that nearly cancel, whose rounding
    # differs between runs (a preview's axis would differ from its full run's); the rms does not.
    lo = float(np.log10(live.min())) - LOG_BELOW_RMS
    hi = highest if highest > lo else lo + 1.0
    bins = int(min(MAX_LOG_BINS, max(HISTOGRAM_BINS, np.ceil((hi - lo) * LOG_BINS_PER_DECADE))))
    edges = np.linspace(lo, hi, bins + 1)
    logs -= np.float32(lo)
    logs *= np.float32(bins / (hi - lo))
    counts = _tally(logs, nonzero, bins)
    zeros: FloatArray = (finite & ~nonzero).sum(axis=1) / clean.shape[1]
    return Histograms(edges, counts, log_abs=True, zeros=zeros.astype(np.float64))


def _tally(position: FloatArray | F32, counted: NDArray[np.bool_], bins: int) -> FloatArray:
    """Each layer's fraction of values per bin, from their positions in bin units (clipped to the ends)."""
    layers, per_layer = position.shape
    clipped = np.clip(position, 0, bins - 1)  # NaN (none are counted) stays NaN: made 0 below
    index = np.nan_to_num(clipped, copy=False, nan=0.0).astype(np.int64)
    index += (np.arange(layers) * bins)[:, None]
    if not counted.all():
        index[~counted] = layers * bins  # one more bin for the values left out, dropped below
    tally = np.bincount(index.ravel(), minlength=layers * bins + 1)[: layers * bins]
    fractions: FloatArray = tally.astype(np.float64).reshape(layers, bins) / per_layer
    return fractions

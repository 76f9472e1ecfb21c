"""Sampled curves of an activation, ready for plotting."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.activations import get_activation
from actgui.model.activations.gumbel import gumbel_noise
from actgui.model.activations.sparsemax import sparsemax_threshold
from actgui.model.refusal import Refusal

MIN_SAMPLES = 2
MAX_SAMPLES = 100_000
X_LIMIT = 1e6
PLOT_LIMIT = 1e300
"""|f| or |f'| above this (e^x past x = 690) is left as a gap: no plot axis can range over it."""
"""The largest |x| the explorer plots."""

MIN_WIDTH = 1e-6
"""The narrowest x range: below it the grid is no longer increasing and the axes cannot be drawn."""

VANISHING_FRACTION = 0.01
"""|f'(x)| below this fraction of its maximum over the range counts as vanishing."""


@dataclass(frozen=True)
class Curve:
    """f and f' sampled on a grid, and where the gradient nearly vanishes.

    Attributes
    ----------
    x, y, dy
        The grid, f(x) and f'(x).
    vanishing
        Boolean mask: |f'(x)| < 1% of max |f'| over the grid.
    regions
        The vanishing stretches as (x_start, x_end) pairs, for shading.
    """

    x: FloatArray
    y: FloatArray
    dy: FloatArray
    vanishing: np.ndarray
    regions: tuple[tuple[float, float], ...]


def check_range(x_min: float, x_max: float, samples: int) -> None:
    """Raise a :class:`Refusal` unless the plotting range and sample count are usable.

    Raises
    ------
    Refusal
        ``x_range_order``, ``x_range_limit``, ``x_range_width`` or
        ``samples_range`` (a ValueError).
    """
    if not (np.isfinite(x_min) and np.isfinite(x_max)) or not x_min < x_max:
        raise Refusal("x_range_order", low=f"{x_min}", high=f"{x_max}")
    if abs(x_min) > X_LIMIT or abs(x_max) > X_LIMIT:
        raise Refusal("x_range_limit", low=f"-{X_LIMIT:g}", high=f"{X_LIMIT:g}")
    if x_max - x_min < MIN_WIDTH:
        raise Refusal("x_range_width", width=f"{MIN_WIDTH:g}", low=f"{x_min:g}", high=f"{x_max:g}")
    if isinstance(samples, bool) or not MIN_SAMPLES <= int(samples) <= MAX_SAMPLES:
        raise Refusal("samples_range", low=f"{MIN_SAMPLES}", high=f"{MAX_SAMPLES}", value=f"{samples}")


def vanishing_regions(x: FloatArray, mask: np.ndarray) -> tuple[tuple[float, float], ...]:
    """Contiguous runs of ``mask`` as (x_start, x_end) pairs."""
    if mask.size == 0 or not mask.any():
        return ()
    padded = np.concatenate(([False], mask, [False]))
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    starts, ends = edges[0::2], edges[1::2] - 1
    return tuple((float(x[s]), float(x[e])) for s, e in zip(starts, ends, strict=True))


def sample_curve(
    activation_id: str,
    params: Mapping[str, Any] | None = None,
    x_min: float = -6.0,
    x_max: float = 6.0,
    samples: int = 1000,
    gated_a: float = 1.0,
) -> Curve:
    """Sample an elementwise activation and its derivative on [x_min, x_max].

    For a vector activation this samples the first output of the two-logit
    input (x, 0), i.e. how one output responds as its own logit moves. For a
    gated one (GLU) it samples a * g(b) along b = x for a = ``gated_a`` (1 by
    default: the gate g itself), and the derivative with respect to b.
    """
    check_range(x_min, x_max, samples)
    act = get_activation(activation_id)
    resolved = act.resolve(params)
    x = np.linspace(x_min, x_max, int(samples))
    if act.is_vector:
        z = np.stack([x, np.zeros_like(x)], axis=-1)
        y = act(z, **resolved)[:, 0]
        dy = act.derivative(z, **resolved)[:, 0]
    elif act.is_gated:
        z = np.stack([np.full_like(x, gated_a), x], axis=-1)
        y = act(z, **resolved)[:, 0]
        dy = act.derivative(z, **resolved)[:, 1]
    else:
        y = act(x, **resolved)
        dy = act.derivative(x, **resolved)
    # A value beyond float64 (e^x above x = 709.78) has no point on a plot: leave a gap there
    # rather than an infinity, which no axis can range over.
    y = np.where(np.abs(y) > PLOT_LIMIT, np.nan, y)
    dy = np.where(np.abs(dy) > PLOT_LIMIT, np.nan, dy)
    magnitude = np.abs(dy)
    peak = float(np.max(magnitude)) if magnitude.size else 0.0
    if peak > 0.0 and np.isfinite(peak):
        vanishing = magnitude < VANISHING_FRACTION * peak
    else:
        vanishing = np.ones_like(x, dtype=bool) if peak == 0.0 else np.zeros_like(x, dtype=bool)
    return Curve(x=x, y=y, dy=dy, vanishing=vanishing, regions=vanishing_regions(x, vanishing))


@dataclass(frozen=True)
class SoftmaxBreakdown:
    """The pieces of a softmax-family output, for spelling out its formula.

    Attributes
    ----------
    scaled
        The exponents ``s_j``: ``z_j / T`` (``-z_j / T`` for softmin).
    shift
        The constant subtracted from every exponent before ``exp`` (0 unless
        the exponents are large enough to overflow; then ``max(s)``).
    terms
        ``exp(s_j - shift)``.
    total
        The sum of ``terms``.
    output
        The activation's output vector, from the model.
    soft
        For gumbel_softmax with ``hard=True`` only: the soft sample
        ``terms / total``, whose largest entry picks the one-hot ``output``.
    """

    scaled: FloatArray
    shift: float
    terms: FloatArray
    total: float
    output: FloatArray
    soft: FloatArray | None = None


SHIFT_ABOVE = 50.0
"""Exponents larger than this in magnitude are shifted by their maximum for display."""


def softmax_breakdown(
    activation_id: str, logits: Any, params: Mapping[str, Any] | None = None
) -> SoftmaxBreakdown:
    """Split a softmax-family output into exponents, terms and their sum.

    ``output[i] == terms[i] / total`` for softmax, softmin and gumbel_softmax
    (soft; ``scaled`` holds the perturbed (z + g) / tau), ``output[i] ==
    scaled[i] - shift - log(total)`` for log_softmax, and for sparsemax
    ``output[i] == terms[i] == max(z_i - shift, 0)``, ``shift`` being the threshold tau.

    Raises
    ------
    Refusal
        ``not_vector_activation`` or ``logits_not_finite`` (a ValueError) if
        the activation is not in the softmax family or the logits are bad.
    """
    act = get_activation(activation_id)
    if not act.is_vector:
        raise Refusal("not_vector_activation", activation=act.id)
    resolved = act.resolve(params)
    z = np.asarray(logits, dtype=np.float64).reshape(-1)
    if z.size == 0 or not np.all(np.isfinite(z)):
        raise Refusal("logits_not_finite")
    output = act(z, **resolved)
    if act.id == "sparsemax":
        # y_i = max(z_i - tau, 0): ``shift`` is the threshold tau, the terms are the outputs, total 1.
        tau, _ = sparsemax_threshold(z.reshape(1, -1))
        threshold = float(tau[0, 0]) + float(np.max(z))
        terms = np.maximum(z - threshold, 0.0)
        return SoftmaxBreakdown(
            scaled=z, shift=threshold, terms=terms, total=float(np.sum(terms)), output=output
        )
    if act.id == "gumbel_softmax":
        # softmax of the perturbed logits (z + g) / tau; with hard=True the output is its one-hot.
        scaled = (z + gumbel_noise(z.shape, float(resolved["seed"]))) / float(resolved["tau"])
        shift = float(np.max(scaled)) if float(np.max(np.abs(scaled))) > SHIFT_ABOVE else 0.0
        terms = np.exp(scaled - shift)
        total = float(np.sum(terms))
        hard = str(resolved["hard"]) == "True"
        return SoftmaxBreakdown(
            scaled=scaled,
            shift=shift,
            terms=terms,
            total=total,
            output=output,
            soft=act(z, **{**resolved, "hard": "False"}) if hard else None,
        )
    sign = -1.0 if act.id == "softmin" else 1.0
    scaled = sign * z / float(resolved["temperature"])
    peak = float(np.max(scaled))
    shift = peak if float(np.max(np.abs(scaled))) > SHIFT_ABOVE else 0.0
    terms = np.exp(scaled - shift)
    return SoftmaxBreakdown(
        scaled=scaled, shift=shift, terms=terms, total=float(np.sum(terms)), output=output
    )

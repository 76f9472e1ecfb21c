"""Mean-field theory of a deep random network (Poole et al. 2016, Schoenholz et al. 2017).

A layer computes ``h' = W f(h) + b`` with weights N(0, weight_std^2 / fan_in)
and biases N(0, bias_std^2). For a wide network the pre-activations of every
layer are Gaussian with variance ``q``, which follows the *variance map*::

    q[l+1] = weight_std^2 E[f(sqrt(q[l]) z)^2] + bias_std^2,   z ~ N(0, 1)

and a gradient shrinks or grows by the factor::

    chi[l] = weight_std^2 E[f'(sqrt(q[l]) z)^2]

per layer on its way down. ``chi = 1`` at the variance fixed point is the
*edge of chaos*: below it gradients vanish (order), above it they explode
(chaos).

The Gaussian expectations are computed by Gauss-Legendre quadrature on
pieces: the real line is cut at the activation's kinks and jumps
(:data:`KINKS`), on a grid fine in units of the Gaussian's width and on a
grid fine in the activation's own units, so each piece holds a smooth
integrand and 10 nodes per piece give 1e-9 relative or better (checked
against mpmath in tests/model/test_depth.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.activations import Activation, get_activation
from actgui.model.checks import check_float, check_int
from actgui.model.refusal import Refusal

_Kinks = Callable[[Mapping[str, Any]], tuple[float, ...]]

KINKS: dict[str, _Kinks] = {
    "relu": lambda p: (0.0,),
    "leaky_relu": lambda p: (0.0,),
    "prelu": lambda p: (0.0,),
    "step": lambda p: (0.0,),
    "elu": lambda p: (0.0,),
    "selu": lambda p: (0.0,),
    "celu": lambda p: (0.0,),
    "hardtanh": lambda p: (float(p["min_val"]), float(p["max_val"])),
    "relu6": lambda p: (0.0, 6.0),
    "hardsigmoid": lambda p: (-3.0, 3.0),
    "hardswish": lambda p: (-3.0, 3.0),
    "softshrink": lambda p: (-float(p["lambd"]), float(p["lambd"])),
    "hardshrink": lambda p: (-float(p["lambd"]), float(p["lambd"])),
    "softplus": lambda p: (float(p["threshold"]) / float(p["beta"]),),
    "rrelu": lambda p: (0.0,),
    "threshold": lambda p: (float(p["threshold"]),),
    "squareplus": lambda p: (0.0,) if float(p["b"]) == 0.0 else (),
    "sparse_plus": lambda p: (-1.0, 1.0),
    "sparse_sigmoid": lambda p: (-1.0, 1.0),
}
"""Where each activation's value or derivative jumps, or f' has a kink, from its parameters.

f' enters E[f'^2] as f enters E[f^2]: sparse plus, whose f' has corners at +-1,
is split there too. An activation not listed is smooth (tests/model/test_depth.py
checks every elementwise activation of the catalogue for jumps in f and f')."""

_NODES, _WEIGHTS = np.polynomial.legendre.leggauss(10)
_Z_LIMIT = 12.0
"""The Gaussian beyond 12 standard deviations weighs below 1e-32."""
_X_GRID = np.unique(
    np.concatenate(
        [np.linspace(-4.0, 4.0, 33), np.linspace(-8.0, 8.0, 17), [-30, -20, -14, -10, 10, 14, 20, 30]]
    )
)
_INV_SQRT_2PI = 1.0 / np.sqrt(2.0 * np.pi)
_TAIL = 1e-16
"""The window is widened while its outermost panel holds more than this fraction of a moment."""
_WIDENING = 4
"""Standard deviations added to a side of the window at a time: by small steps, so that it never
reaches further than the mass (e^x overflows past x = 709.78, far beyond the mass for q < 355)."""
_MAX_WIDTH = 200
"""At most this many standard deviations added: e^x, at q = 355 where e^(2q) overflows, needs 48."""

MAX_DEPTH = 200
Q_MIN, Q_MAX = 1e-12, 1e12
"""The variance map is followed within these bounds (beyond them it has gone to 0 or infinity)."""


@dataclass(frozen=True)
class MeanField:
    """The variance map and the per-layer gradient factor of a deep random network.

    Attributes
    ----------
    q
        ``depth + 1`` variances of the pre-activations, ``q[0] = q0``.
    chi
        ``depth`` gradient factors: a gradient's mean square shrinks by
        ``chi[l]`` from layer ``l + 1`` down to layer ``l``.
    """

    q: FloatArray
    chi: FloatArray

    @property
    def grad_sq(self) -> FloatArray:
        """Predicted mean square gradient per layer (``depth + 1``), 1 at the top: prod(chi[l:]).

        A product past 1.8e308 is inf, one below 5e-324 is 0. Where the two meet (a product
        already 0 times a diverged factor) nothing is defined and the value is NaN.
        """
        with np.errstate(over="ignore", under="ignore", invalid="ignore"):
            return np.append(np.cumprod(self.chi[::-1])[::-1], 1.0)


def _checked(activation: str | Activation, params: Mapping[str, Any]) -> tuple[Activation, dict[str, Any]]:
    act = get_activation(activation) if isinstance(activation, str) else activation
    if act.is_vector:
        raise Refusal("hidden_activation_vector", activation=act.id)
    return act, dict(act.resolve(params))


def _nodes(
    q: float, kinks: tuple[float, ...], below: int = 0, above: int = 0
) -> tuple[FloatArray, FloatArray]:
    """Quadrature nodes x and the logarithms of their weights (the Gaussian density folded in) for N(0, q).

    The window is +-12 standard deviations, widened by ``below`` and ``above`` more
    standard deviations on either side; the nodes come panel by panel, in increasing x.
    Logarithms, because far out the Gaussian's weight underflows where e^(2x) overflows.
    """
    s = np.sqrt(q)
    z_grid = np.arange(-_Z_LIMIT - below, _Z_LIMIT + above + 0.5)  # panels one deviation wide
    lo, hi = (-_Z_LIMIT - below) * s, (_Z_LIMIT + above) * s
    inner = np.concatenate([_X_GRID, kinks]) if kinks else _X_GRID
    breaks = np.concatenate([z_grid * s, inner[(lo < inner) & (inner < hi)]])
    breaks.sort()
    lo, hi = breaks[:-1], breaks[1:]
    wide = hi > lo  # a break on both grids (0 always) gives an empty panel: dropped
    lo, hi = lo[wide], hi[wide]
    half = 0.5 * (hi - lo)
    x = (0.5 * (hi + lo))[:, None] + half[:, None] * _NODES
    z = x * (1.0 / s)
    log_w = np.log((half * (_INV_SQRT_2PI / s))[:, None] * _WEIGHTS) - 0.5 * z * z
    return x.ravel(), log_w.ravel()


def _weighted_squares(log_w: FloatArray, values: FloatArray) -> FloatArray:
    """The weight times values^2 node by node, formed from logarithms: finite wherever the product is."""
    with np.errstate(divide="ignore", over="ignore"):  # log 0 = -inf gives 0; a true overflow inf
        return np.exp(log_w + 2.0 * np.log(np.abs(values)))


def gaussian_moments(act: Activation, params: Mapping[str, Any], q: float) -> tuple[float, float]:
    """``E[f(sqrt(q) z)^2]`` and ``E[f'(sqrt(q) z)^2]`` for z ~ N(0, 1); q = 0 gives f(0)^2, f'(0)^2.

    The window of +-12 standard deviations is widened on a side while its outermost panel
    there still holds a share of a moment (e^x: the mass of e^(2x) phi sits at x = 2q).
    A moment too large for a float, or one where f itself overflows, is inf. An infinite
    q gives the limits as q grows without bound (:func:`_infinite_variance_moments`).
    """
    if q <= 0.0:
        zero = np.zeros(1)
        return float(act(zero, **params)[0] ** 2), float(act.derivative(zero, **params)[0] ** 2)
    if q == np.inf:
        return _infinite_variance_moments(act, params)
    kinks = KINKS[act.id](act.resolve(params)) if act.id in KINKS else ()
    below = above = 0
    while True:
        x, log_w = _nodes(q, kinks, below, above)
        f = act(x, **params)
        d = act.derivative(x, **params)
        panels = _weighted_squares(log_w, np.stack([f, d])).reshape(2, -1, len(_NODES))
        with np.errstate(over="ignore", invalid="ignore"):
            moments = panels.sum(axis=(1, 2))
        if act.id not in GROWS_EXPONENTIALLY:  # f^2 phi beyond 12 deviations is below 1e-28 of the moment
            return float(moments[0]), float(moments[1])
        tail = _TAIL * moments
        low_tail = bool(np.any(panels[:, 0].sum(axis=1) > tail))
        high_tail = bool(np.any(panels[:, -1].sum(axis=1) > tail))
        if not np.isfinite(moments).all() or below + above >= _MAX_WIDTH or not (low_tail or high_tail):
            return float(moments[0]), float(moments[1])
        below, above = below + _WIDENING * low_tail, above + _WIDENING * high_tail


GROWS_EXPONENTIALLY = frozenset({"exponential"})
"""Activations whose f^2 or f'^2 grows exponentially, so that their Gaussian moments may sit far
out (e^(2x) phi peaks at x = 2q): only for these is the window widened. Every other activation
of the catalogue grows at most linearly, and its moments beyond 12 deviations weigh below 1e-28
(tests/model/test_depth.py checks the list against the catalogue)."""

_Q_HUGE = 1e306
"""A variance past which every activation of the catalogue has reached its limiting behaviour."""


def _infinite_variance_moments(act: Activation, params: Mapping[str, Any]) -> tuple[float, float]:
    """The limits of ``E[f^2]`` and ``E[f'^2]`` as q grows without bound.

    Beyond q = 1e306 the Gaussian is flat on the scale of every feature of f, so the
    moments there are their limits, except that an unbounded f's ``E[f^2]`` keeps growing
    (with q, as for relu): its limit is inf. ReLU's slope moment stays 1/2, a bounded f's
    goes to 0 (1e-154 at q = 1e306), e^x's is inf.
    """
    second, slope = gaussian_moments(act, params, 10.0 * _Q_HUGE)
    grows = second > 2.0 * gaussian_moments(act, params, _Q_HUGE)[0]
    return (np.inf if grows else second), slope


def _times(weight: float, moment: float) -> float:
    """``weight * moment`` with 0 * inf = 0: zero weights pass nothing, however large f is."""
    return 0.0 if weight == 0.0 else weight * moment


def mean_field(
    activation: str | Activation,
    *,
    weight_std: float,
    bias_std: float = 0.0,
    depth: int,
    q0: float = 1.0,
    **params: Any,
) -> MeanField:
    """Follow the variance map through ``depth`` layers.

    Parameters
    ----------
    activation
        An elementwise activation (id or object); ``params`` are its parameters.
    weight_std, bias_std
        Weights are N(0, weight_std^2 / fan_in), biases N(0, bias_std^2).
    depth
        Number of layers, 1 to :data:`MAX_DEPTH`.
    q0
        Variance of the first layer's pre-activations.

    Returns
    -------
    MeanField
        ``q`` (depth + 1 values) and ``chi`` (depth values).
    """
    act, values = _checked(activation, params)
    check_numbers(weight_std, bias_std, depth, q0)
    w2, b2 = weight_std**2, bias_std**2
    q = np.empty(depth + 1)
    chi = np.empty(depth)
    q[0] = q0
    second = slope = 0.0
    for layer in range(depth):
        if layer == 0 or q[layer] != q[layer - 1]:  # once the map has converged, the same q again
            second, slope = gaussian_moments(act, values, float(q[layer]))
        chi[layer] = _times(w2, slope)
        q[layer + 1] = _times(w2, second) + b2  # float arithmetic: past 1.8e308 inf, without a warning
    return MeanField(q, chi)


MAX_STD = 100.0
"""The largest weight_std, bias_std and sqrt(q0) accepted."""


def check_numbers(weight_std: float, bias_std: float, depth: int, q0: float) -> None:
    """Refuse a depth outside [1, MAX_DEPTH] or a negative, non-finite or huge std or q0."""
    check_int("depth", depth, 1, MAX_DEPTH)
    check_float("weight_std", weight_std, 0.0, MAX_STD)
    check_float("bias_std", bias_std, 0.0, MAX_STD)
    check_float("q0", q0, 0.0, MAX_STD**2)


# -- the fixed point, over many settings at once -------------------------------------------


@dataclass(frozen=True)
class MomentTable:
    """``E[f^2]`` and ``E[f'^2]`` of one activation tabulated over log-spaced variances.

    Interpolating it lets the variance map run for thousands of settings at
    once (the phase diagram); the values at the nodes are the accurate ones.
    """

    log_q: FloatArray
    second: FloatArray
    slope: FloatArray

    def moments(self, q: FloatArray) -> tuple[FloatArray, FloatArray]:
        """Interpolated ``E[f^2]`` and ``E[f'^2]`` at the variances ``q`` (clamped to the table)."""
        u = np.log(np.clip(q, Q_MIN, Q_MAX))
        return np.interp(u, self.log_q, self.second), np.interp(u, self.log_q, self.slope)


@lru_cache(maxsize=32)
def _table(activation_id: str, frozen: tuple[tuple[str, Any], ...]) -> MomentTable:
    act = get_activation(activation_id)
    params = dict(frozen)
    log_q = np.linspace(np.log(Q_MIN), np.log(Q_MAX), 12 * 24 + 1)  # 12 per decade
    pairs = [gaussian_moments(act, params, float(np.exp(u))) for u in log_q]
    second, slope = (np.array(column) for column in zip(*pairs, strict=True))
    return MomentTable(log_q, second, slope)


def moment_table(activation: str | Activation, **params: Any) -> MomentTable:
    """The (cached) :class:`MomentTable` of an activation with these parameters."""
    act, values = _checked(activation, params)
    return _table(act.id, tuple(sorted(values.items())))


def fixed_point_chi(
    table: MomentTable, weight_std: FloatArray, bias_std: FloatArray, q0: float = 1.0
) -> tuple[FloatArray, FloatArray]:
    """The variance the map reaches from ``q0`` and chi there, for arrays of settings (broadcast).

    The map ``q -> w^2 E[f^2] + b^2`` is increasing, so from ``q0`` it moves
    monotonically to the nearest fixed point in the direction it starts in:
    the nearest sign change of ``w^2 E[f^2](q) + b^2 - q`` on the table's
    nodes, located between them by linear interpolation. A map that runs off
    to 0 or infinity gives the table's edge, where chi has reached its limit.
    """
    w2 = np.asarray(weight_std, dtype=float) ** 2
    b2 = np.asarray(bias_std, dtype=float) ** 2
    shape = np.broadcast(w2, b2).shape
    w2, b2 = (np.broadcast_to(a, shape).reshape(-1, 1) for a in (w2, b2))
    nodes_q = np.exp(table.log_q)
    gap = w2 * table.second + b2 - nodes_q  # cells x nodes
    start = int(np.searchsorted(table.log_q, np.log(q0)))
    start_gap = w2[:, 0] * np.interp(np.log(q0), table.log_q, table.second) + b2[:, 0] - q0
    rising = start_gap > 0
    log_q = np.empty(len(gap))
    last = len(nodes_q) - 1
    for going_up, cells in ((True, np.flatnonzero(rising)), (False, np.flatnonzero(~rising))):
        if going_up:  # the first node at or above q0 where the gap is no longer positive
            side = gap[cells, start:] <= 0
            hit = np.where(side.any(axis=1), side.argmax(axis=1) + start, last + 1)
            lo, hi = hit - 1, hit
        else:  # the last node below q0 where the gap is no longer negative
            side = gap[cells, :start] >= 0
            hit = np.where(side.any(axis=1), start - 1 - side[:, ::-1].argmax(axis=1), -1)
            lo, hi = hit, hit + 1
        inside = (lo >= 0) & (hi <= last)
        lo_c, hi_c = np.clip(lo, 0, last), np.clip(hi, 0, last)
        g_lo, g_hi = gap[cells, lo_c], gap[cells, hi_c]
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(inside, g_lo / (g_lo - g_hi), 0.0)
        u = table.log_q[lo_c] + np.nan_to_num(t) * (table.log_q[hi_c] - table.log_q[lo_c])
        u = np.where(hi > last, table.log_q[-1], np.where(lo < 0, table.log_q[0], u))
        log_q[cells] = u
    q = np.exp(log_q)
    chi = w2[:, 0] * np.interp(log_q, table.log_q, table.slope)
    return q.reshape(shape), chi.reshape(shape)


def phase_diagram(
    activation: str | Activation, weight_stds: FloatArray, bias_stds: FloatArray, **params: Any
) -> FloatArray:
    """``log(chi)`` at the fixed point over a grid: rows follow ``bias_stds``, columns ``weight_stds``."""
    table = moment_table(activation, **params)
    w, b = np.meshgrid(np.asarray(weight_stds, float), np.asarray(bias_stds, float))
    _q, chi = fixed_point_chi(table, w, b)
    with np.errstate(divide="ignore"):
        return np.log(chi)


# -- the edge of chaos --------------------------------------------------------------------

EDGE_SEARCH_MAX = 20.0
"""The largest weight_std searched for the edge of chaos."""


def _accurate_chi(
    act: Activation, params: Mapping[str, Any], table: MomentTable, w: float, b: float
) -> float:
    """Chi at the fixed point from q0 = 1: bracketed by the table, then solved with exact moments."""
    q_array, _ = fixed_point_chi(table, np.array(w), np.array(b))
    q = float(q_array)
    if Q_MIN < q < Q_MAX:
        q = _polished_root(lambda v: w * w * gaussian_moments(act, params, v)[0] + b * b - v, q)
    return w * w * gaussian_moments(act, params, min(max(q, Q_MIN), Q_MAX))[1]


def _polished_root(gap: Callable[[float], float], guess: float) -> float:
    """The root of ``gap`` near ``guess`` (within the table's spacing), by bisection and secant."""
    step = np.exp(np.log(Q_MAX / Q_MIN) / (12 * 24))
    lo, hi = guess / step, guess * step
    g_lo, g_hi = gap(lo), gap(hi)
    if g_lo * g_hi > 0:
        return guess
    return _bracketed_root(gap, lo, hi, g_lo, g_hi)


def _bracketed_root(f: Callable[[float], float], lo: float, hi: float, f_lo: float, f_hi: float) -> float:
    """A root of ``f`` in [lo, hi] where f changes sign: secant and bisection in turn, to 1 ulp."""
    for step in range(200):
        if hi - lo <= 4e-16 * abs(hi):
            break
        guess = hi - f_hi * (hi - lo) / (f_hi - f_lo) if f_hi != f_lo else 0.5 * (lo + hi)
        mid = guess if step % 2 == 0 and lo < guess < hi else 0.5 * (lo + hi)
        f_mid = f(mid)
        if f_mid == 0.0:
            return mid
        if (f_mid < 0.0) == (f_lo < 0.0):
            lo, f_lo = mid, f_mid
        else:
            hi, f_hi = mid, f_mid
    return hi if abs(f_hi) <= abs(f_lo) else lo


def edge_of_chaos(activation: str | Activation, *, bias_std: float = 0.0, **params: Any) -> float:
    """The smallest weight_std where chi at the variance fixed point (from q0 = 1) equals 1.

    ReLU's is sqrt(2) for bias_std = 0 (chi = weight_std^2 / 2 at every
    variance); tanh's is about 1.396 for bias_std = 0.3.

    Raises
    ------
    Refusal
        ``edge_none`` (a ValueError) when chi stays below 1 for every
        weight_std up to :data:`EDGE_SEARCH_MAX` (e.g. a step function, whose
        derivative is zero almost everywhere).
    """
    act, values = _checked(activation, params)
    check_numbers(1.0, bias_std, 1, 1.0)
    table = moment_table(act, **values)
    grid = np.linspace(0.0, EDGE_SEARCH_MAX, 801)[1:]
    _q, chi = fixed_point_chi(table, grid, np.full_like(grid, bias_std))
    above = np.flatnonzero(chi >= 1.0)
    if above.size == 0:
        raise Refusal("edge_none", activation=act.id, bias_std=f"{bias_std:g}", limit=f"{EDGE_SEARCH_MAX:g}")
    first = int(above[0])
    lo = float(grid[first - 1]) if first > 0 else 0.0
    hi = float(grid[first])

    def excess(w: float) -> float:
        return _accurate_chi(act, values, table, w, bias_std) - 1.0

    f_lo = excess(lo) if lo > 0 else -1.0
    f_hi = excess(hi)
    if f_lo >= 0.0 or f_hi < 0.0:  # the table's bracket is off by its interpolation error; widen
        lo, hi = max(lo - 0.05, 0.0), hi + 0.05
        f_lo, f_hi = (excess(lo) if lo > 0 else -1.0), excess(hi)
    return _bracketed_root(excess, lo, hi, f_lo, f_hi)

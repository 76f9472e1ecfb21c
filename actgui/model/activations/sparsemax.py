"""Sparsemax: the Euclidean projection of the logits onto the probability simplex.

sparsemax(z) = argmin_p ||p - z||^2 over p >= 0, sum p = 1 (Martins and
Astudillo, 2016). The solution is p_i = max(z_i - tau, 0) with the threshold
tau chosen so that the p_i sum to 1; the logits with p_i > 0 are the support.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations.base import MULTICLASS, Activation, Properties
from actgui.model.refusal import Refusal


def _rows(z: FloatArray) -> tuple[FloatArray, tuple[int, ...]]:
    if z.ndim == 0:
        z = z.reshape(1)
    if z.shape[-1] == 0:
        raise Refusal("logits_empty")
    return z.reshape(-1, z.shape[-1]), z.shape


def sparsemax_threshold(z: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return tau (rows x 1) and z shifted by its row maximum, for finite rows of z (rows x n).

    Sorting finds the support: the k largest logits, for the largest k with
    1 + k z_(k) > z_(1) + ... + z_(k). Shifting by the maximum first keeps the
    partial sums small (the support lies within 1 of the maximum), so tau is
    exact to a few ulp even for large logits.
    """
    m = np.max(z, axis=-1, keepdims=True)
    with np.errstate(over="ignore"):  # far below the maximum: -inf, whose p is 0 as it should be
        shifted = z - m
    # tau >= max - 1, so logits more than 1 below the maximum are never in the support:
    # clipping them at -2 changes nothing and keeps k * z_(k) and the partial sums finite.
    ordered = -np.sort(-np.maximum(shifted, -2.0), axis=-1)
    partial = np.cumsum(ordered, axis=-1)
    k = np.arange(1, z.shape[-1] + 1, dtype=np.float64)
    in_support = 1.0 + k * ordered > partial
    size = np.sum(in_support, axis=-1, keepdims=True)  # the support is a prefix of the sorted logits
    tau = (np.take_along_axis(partial, size - 1, axis=-1) - 1.0) / size
    return tau, shifted


SMALL = 16
"""Up to this many logits a row's threshold is found with a sorting network on the rows transposed."""

BLOCK_ROWS = 4096
"""Rows per block of the small-row path: a block's columns stay in cache (measured: 4096 is fastest)."""


def _sorted_descending(columns: FloatArray) -> list[FloatArray]:
    """The entries of every column sorted in decreasing order, as n rows (odd-even transposition sort).

    n rounds of compare-exchanges between neighbouring rows: each operation runs along
    the long axis, which is far faster than sorting many short rows.
    """
    rows = [row.copy() for row in columns]
    low = np.empty_like(rows[0])
    n = len(rows)
    for round_ in range(n):
        for i in range(round_ % 2, n - 1, 2):
            np.minimum(rows[i], rows[i + 1], out=low)
            np.maximum(rows[i], rows[i + 1], out=rows[i])
            rows[i + 1], low = low, rows[i + 1]
    return rows


def _project_columns(columns: FloatArray) -> FloatArray:
    """Sparsemax of every column of ``columns`` (n x rows, finite), in place.

    tau = max over k of (z_(1) + ... + z_(k) - 1) / k: the support size attains the maximum.
    """
    top = columns[0].copy()
    for row in columns[1:]:
        np.maximum(top, row, out=top)
    with np.errstate(over="ignore"):  # far below the maximum: -inf, clipped at -2 below
        columns -= top
    # tau >= max - 1, so logits more than 1 below the maximum are never in the support:
    # clipping them at -2 changes nothing and keeps the partial sums small.
    ordered = _sorted_descending(np.maximum(columns, -2.0))
    tau = ordered[0] - 1.0
    partial = ordered[0].copy()
    candidate = np.empty_like(partial)
    for k in range(1, len(ordered)):
        partial += ordered[k]
        np.subtract(partial, 1.0, out=candidate)
        candidate *= 1.0 / (k + 1)  # a multiplication, far cheaper than a division; 1 ulp at most
        np.maximum(tau, candidate, out=tau)
    columns -= tau
    np.maximum(columns, 0.0, out=columns)
    return columns


def _by_column_blocks(rows: FloatArray, fn: Callable[[FloatArray], FloatArray]) -> FloatArray:
    """Fn of the transposed rows, block by block, back in row layout."""
    out = np.empty_like(rows)
    for start in range(0, rows.shape[0], BLOCK_ROWS):
        block = slice(start, start + BLOCK_ROWS)
        out[block] = fn(np.ascontiguousarray(rows[block].T)).T
    return out


def _support_diagonal(columns: FloatArray) -> FloatArray:
    """s_i (1 - 1/|S|) for every column: the Jacobian's diagonal."""
    p = _project_columns(columns)
    support = (p > 0.0).astype(np.float64)
    size = support[0].copy()
    for row in support[1:]:
        size += row
    np.reciprocal(size, out=size)
    np.subtract(1.0, size, out=size)
    support *= size
    return support


def _project(rows: FloatArray) -> FloatArray:
    """Sparsemax of every row; rows with NaN give NaN, rows with +inf share the mass among them."""
    if np.isfinite(rows).all():
        if rows.shape[-1] <= SMALL and rows.shape[0] > rows.shape[-1]:
            return _by_column_blocks(rows, _project_columns)
        tau, shifted = sparsemax_threshold(rows)
        shifted -= tau
        return np.maximum(shifted, 0.0, out=shifted)
    out = np.full_like(rows, np.nan)
    finite_max = np.isfinite(np.max(rows, axis=-1))
    has_nan = np.any(np.isnan(rows), axis=-1)
    ok = finite_max & ~has_nan
    if np.any(ok):
        tau, shifted = sparsemax_threshold(rows[ok])
        out[ok] = np.maximum(shifted - tau, 0.0)
    infinite = ~ok & ~has_nan & np.any(rows == np.inf, axis=-1)
    if np.any(infinite):
        top = rows[infinite] == np.inf
        out[infinite] = top / np.sum(top, axis=-1, keepdims=True)
    return out


def _sparsemax(z: FloatArray) -> FloatArray:
    rows, shape = _rows(z)
    return _project(rows).reshape(shape)


def _support(z: FloatArray) -> tuple[FloatArray, FloatArray]:
    """The support indicator (p_i > 0) and its size per row, in z's row layout (NaN in undefined rows)."""
    rows, _ = _rows(z)
    p = _project(rows)
    support = nx.indicator(p, p > 0)
    return support, np.sum(support, axis=-1, keepdims=True)


def _sparsemax_d(z: FloatArray) -> FloatArray:
    # The Jacobian is diag(s) - s s^T / |S| (s the support indicator): its diagonal is s (1 - 1/|S|).
    shape = z.shape if z.ndim else (1,)
    rows, _ = _rows(z)
    if rows.shape[-1] <= SMALL and rows.shape[0] > rows.shape[-1] and np.isfinite(rows).all():
        return _by_column_blocks(rows, _support_diagonal).reshape(shape)
    support, size = _support(z)
    np.reciprocal(size, out=size)
    np.subtract(1.0, size, out=size)
    support *= size
    return support.reshape(shape)


def _sparsemax_jacobian(z: FloatArray) -> FloatArray:
    support, size = _support(z)
    s = support[0]
    out: FloatArray = np.diag(s) - np.outer(s, s) / size[0, 0]
    return out


SPARSEMAX = Activation(
    id="sparsemax",
    name="Sparsemax",
    category=MULTICLASS,
    kind="vector",
    params=(),
    latex=(
        r"\mathrm{sparsemax}(z)_i = \max(z_i - \tau, 0),\quad "
        r"\tau:\ \sum_j \max(z_j - \tau, 0) = 1"
    ),
    latex_derivative=r"\frac{\partial y_i}{\partial z_j} = s_i \left(\delta_{ij} - \frac{s_j}{|S|}\right)",
    output_range=r"[0, 1],\ \sum_i y_i = 1",
    properties=Properties(bounded=True, monotonic=None, smooth=False, zero_centred=False),
    note=(
        "Like softmax it maps logits to probabilities, but as the closest point of the "
        "probability simplex (a Euclidean projection), so logits far below the top get "
        "exactly 0: sparse outputs, for attention that ignores most items or multi-label "
        "outputs. The derivative is piecewise constant: 1 - 1/|S| on the support S, "
        "0 elsewhere. Keras 3.15's keras.activations.sparsemax is wrong whenever more "
        "than one logit is in the support (it sums all the partial sums of the sorted "
        "logits where it needs the last one; keras-team/keras#23425, fixed upstream after "
        "that release): its outputs need not even sum to 1. actgui computes the true "
        "projection. PyTorch has no sparsemax."
    ),
    _value=_sparsemax,
    _derivative=_sparsemax_d,
    _jacobian=_sparsemax_jacobian,
    _whole_array=True,  # it blocks its rows itself (BLOCK_ROWS), in the layout its threshold needs
)

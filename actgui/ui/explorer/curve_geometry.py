"""Where the explorer's curves sit: y spans, a view that only grows while dragging, legend corners."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

VIEW_PADDING = 0.04
"""Margin around the data when the view is fitted, as a fraction of the range."""

GROW_HEADROOM = 0.25
"""While dragging, a view that must widen takes this fraction of its span extra.

Each widening redraws the axes and the cached pinned curves; with headroom a
drag across a parameter's range widens the view a few times, not at every step.
"""


def zero_lines(plot: pg.PlotItem) -> tuple[pg.InfiniteLine, pg.InfiniteLine]:
    """Add the axes' zero lines (y = 0 and x = 0) behind a plot's curves; return them."""
    horizontal = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
    vertical = pg.InfiniteLine(pos=0.0, angle=90, movable=False)
    for line in (horizontal, vertical):
        line.setZValue(-5)
        plot.addItem(line, ignoreBounds=True)
    return horizontal, vertical


def span(values: np.ndarray, low: float, high: float) -> tuple[float, float]:
    """Return the range of the finite ``values`` widened to include [low, high] (and so 0)."""
    finite = values[np.isfinite(values)]
    if finite.size:
        low, high = min(low, float(finite.min())), max(high, float(finite.max()))
    if high - low < 1e-12:  # a flat curve: give it some room
        low, high = low - 1.0, high + 1.0
    return low, high


def grow(current: tuple[float, float], needed: tuple[float, float]) -> tuple[float, float]:
    """Widen ``current`` to contain ``needed``, with headroom on the side that grows."""
    lo, hi = current
    if needed[0] >= lo and needed[1] <= hi:
        return current
    width = max(hi, needed[1]) - min(lo, needed[0])
    if needed[0] < lo:
        lo = needed[0] - GROW_HEADROOM * width
    if needed[1] > hi:
        hi = needed[1] + GROW_HEADROOM * width
    return lo, hi


def fit_legend(legend: pg.LegendItem) -> None:
    """Resize a legend to its labels (pyqtgraph grows a legend but never shrinks it)."""
    for _sample, label in legend.items:
        label.resize(label.minimumSize())
    legend.layout.invalidate()
    legend.layout.activate()
    legend.updateSize()


def legend_corner(values: np.ndarray, low: float, high: float) -> str:
    """Return 'left' or 'right': the top corner that a curve crowds less.

    Counts the samples in the top 40 % of the y range within the first and
    the last third of the x range; ties go to the left.
    """
    n = values.size
    if n < 3 or not high > low:
        return "left"
    band = np.isfinite(values) & (values > low + 0.6 * (high - low))
    third = max(1, n // 3)
    return "right" if int(band[-third:].sum()) < int(band[:third].sum()) else "left"

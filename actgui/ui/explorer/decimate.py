"""Fewer vertices for a drawn curve, never more than a small fraction of a pixel off.

Qt strokes a thick antialiased line at a cost per vertex where the line
bends: a sigmoid drawn through 650 points costs 0.86 ms, through 50 points
0.15 ms, and a ReLU through 650 points 0.12 ms (the straight runs are cheap).
So after pyqtgraph has picked about one sample per device pixel, the points
that lie on a nearly straight run are dropped, keeping every ``stride``-th
one: what is drawn stays within :data:`TOLERANCE_PX` of the full polyline,
and every vertex drawn is still an exact sample of the model.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

TOLERANCE_PX = 0.05
"""How far (device pixels) a dropped sample may be from the line drawn instead."""

STRIDE = 8
"""At most this many samples between two kept ones, whatever the curvature."""


def keep_mask(x_px: np.ndarray, y_px: np.ndarray, tolerance: float, stride: int = STRIDE) -> np.ndarray:
    """Which points of a polyline to keep so that it moves by at most about ``tolerance``.

    ``x_px``, ``y_px`` are in pixels. A point is dropped when it lies within
    ``tolerance / (stride**2 / 4)`` of the chord of its two neighbours: within
    a run of at most ``stride`` dropped points such local deviations add up
    to at most ``tolerance`` from the chord of the run's kept ends (a run
    bends at most like a parabola with that second difference). The ends,
    every ``stride``-th point, and non-finite points and their neighbours
    (where a line breaks) are always kept.
    """
    n = x_px.size
    keep = np.ones(n, dtype=bool)
    if n < 3:
        return keep
    with np.errstate(invalid="ignore", over="ignore"):
        ax, ay = x_px[1:-1] - x_px[:-2], y_px[1:-1] - y_px[:-2]
        bx, by = x_px[2:] - x_px[:-2], y_px[2:] - y_px[:-2]
        chord = np.hypot(bx, by)
        # Distance of each point from the chord through its neighbours.
        deviation = np.abs(ax * by - ay * bx) / np.where(chord > 0, chord, 1.0)
        local = tolerance / (stride * stride / 4.0)
        straight = deviation <= local  # NaN compares False: kept
    keep[1:-1] = ~straight
    keep[::stride] = True
    keep[-1] = True
    broken = ~(np.isfinite(x_px) & np.isfinite(y_px))
    if broken.any():
        keep |= broken | np.roll(broken, 1) | np.roll(broken, -1)
    return keep


class DecimatedCurve(pg.PlotDataItem):
    """A PlotDataItem that draws its (auto-downsampled) data with :func:`keep_mask` applied.

    It keeps the whole dataset, as PlotDataItem does; only the display set
    is thinned, recomputed whenever the view's range (either axis) changes.
    The tolerance follows ``opts["autoDownsampleFactor"]`` (samples per
    logical pixel), so an export at 3x is thinned at a third of the distance.
    """

    def _getDisplayDataset(self):
        # pyqtgraph's own hook for the set it draws (internal, in 0.13 and 0.14).
        # Should it change, the curve is simply drawn without thinning.
        dataset = super()._getDisplayDataset()
        view = self.getViewBox()
        x, y = getattr(dataset, "x", None), getattr(dataset, "y", None)
        if view is None or not isinstance(x, np.ndarray) or not isinstance(y, np.ndarray) or x.size < 3:
            return dataset
        if getattr(dataset, "_actgui_thinned", False):
            return dataset
        rect = view.viewRect()
        width, height = view.width(), view.height()
        if rect.width() <= 0 or rect.height() <= 0 or width <= 0 or height <= 0:
            return dataset
        factor = max(float(self.opts.get("autoDownsampleFactor") or 1.0), 1.0)
        keep = keep_mask(x * (width / rect.width()), y * (height / rect.height()), TOLERANCE_PX / factor)
        if keep.all():
            return dataset
        thinned = type(dataset)(x[keep], y[keep], dataset.xAllFinite, dataset.yAllFinite)
        thinned._actgui_thinned = True
        self._datasetDisplay = thinned
        return thinned

    def viewRangeChanged(self, vb=None, ranges=None, changed=None):
        """Re-thin when either axis changes: the tolerance is in pixels of both."""
        if changed is not None and changed[1] and not changed[0]:
            changed = [True, True]  # a y-only change too: pyqtgraph would keep the x-only display set
        super().viewRangeChanged(vb, ranges, changed)

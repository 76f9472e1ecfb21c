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
    """A PlotDataItem that draws its (downsampled) data with :func:`keep_mask` applied.

    It keeps the whole dataset, as PlotDataItem does; only the display set
    is thinned. pyqtgraph rebuilds that set when the x range changes if it
    auto-downsamples; besides, it is thinned again when the pixel scale of
    either axis has grown by more than a tenth (a coarser scale only makes
    the error smaller). The display set keeps the first and last samples and
    those at the minimum and maximum of y, so its bounds are those of the
    unthinned set: an auto-ranged view lands on the same range and does not
    re-thin into another. The tolerance follows ``opts["autoDownsampleFactor"]``
    (device pixels per logical pixel at one sample each): an export at 3x is
    thinned at a third of the distance.
    """

    _thinned_scale: tuple[float, float] | None = None

    def _pixel_scale(self) -> tuple[float, float] | None:
        view = self.getViewBox()
        if view is None:
            return None
        rect = view.viewRect()
        if rect.width() <= 0 or rect.height() <= 0 or view.width() <= 0 or view.height() <= 0:
            return None
        return view.width() / rect.width(), view.height() / rect.height()

    def _getDisplayDataset(self):
        # pyqtgraph's own hook for the set it draws (internal, in 0.13 and 0.14).
        # Should it change, the curve is simply drawn without thinning.
        dataset = super()._getDisplayDataset()
        x, y = getattr(dataset, "x", None), getattr(dataset, "y", None)
        if not isinstance(x, np.ndarray) or not isinstance(y, np.ndarray) or x.size < 3:
            return dataset
        if getattr(dataset, "_actgui_thinned", False):
            return dataset
        scale = self._pixel_scale()
        if scale is None:
            return dataset
        factor = max(float(self.opts.get("autoDownsampleFactor") or 1.0), 1.0)
        keep = keep_mask(x * scale[0], y * scale[1], TOLERANCE_PX / factor)
        if np.isfinite(y).any():
            keep[np.nanargmin(y)] = keep[np.nanargmax(y)] = True
        self._thinned_scale = scale
        if keep.all():
            return dataset
        thinned = type(dataset)(x[keep], y[keep], dataset.xAllFinite, dataset.yAllFinite)
        thinned._actgui_thinned = True
        self._datasetDisplay = thinned
        return thinned

    def viewRangeChanged(self, vb=None, ranges=None, changed=None):
        """Thin again if either axis's pixel scale grew enough to matter."""
        before, now = self._thinned_scale, self._pixel_scale()
        if before is not None and now is not None and (now[0] > 1.1 * before[0] or now[1] > 1.1 * before[1]):
            self._datasetDisplay = None
            self._thinned_scale = None
            self.updateItems(styleUpdate=False)
            return
        super().viewRangeChanged(vb, ranges, changed)

"""What the explorer draws over its live curves: vanishing-gradient shading and pinned curves.

Both are pools of pyqtgraph items that grow on demand and never shrink: a
change of state only calls ``setData`` / ``setRegion`` / ``setVisible``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGraphicsItem

from actgui.model import sample_curve
from actgui.model.curves import Curve, vanishing_regions
from actgui.state.explorer import DEFAULT_GRADIENT_THRESHOLD, Pin
from actgui.ui.explorer.curve_geometry import fit_legend, span
from actgui.ui.theme import LIGHT, Theme
from actgui.ui.widgets.decimate import DecimatedCurve

Bounds = tuple[tuple[float, float], tuple[float, float]]
"""The y ranges (low, high) of some f curves and of their f' curves."""


GRADIENT_THRESHOLD = DEFAULT_GRADIENT_THRESHOLD
"""Shade where |f'(x)| is below this by default: one absolute level for every activation and view.

The user picks another level (or none) in View > Gradient shading
(:attr:`ExplorerState.gradient_threshold`)."""

PEAK_RANGE = (-20.0, 20.0, 4001)
"""Where the largest |f'| is looked for (plus the view): wide enough for every default peak."""


class VanishingRegions:
    """Shaded x ranges of the derivative plot where |f'| < an absolute threshold, and max |f'|.

    The threshold does not depend on the view or the activation, so sigmoid
    and tanh are shaded where their gradients really are small (sigmoid from
    |x| > 4.6, tanh from |x| > 3.0 at 0.01) and panning never moves the
    shading. A dotted line marks the largest |f'|: 0.25 for sigmoid.
    """

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.items: list[pg.LinearRegionItem] = []
        self.threshold = GRADIENT_THRESHOLD
        self.peak = float("nan")
        self.peak_line = pg.InfiniteLine(angle=0, movable=False)
        self.peak_line.setZValue(4)
        self.peak_label = pg.TextItem(anchor=(1, 0))  # below the line, at its right end
        self.peak_label.setZValue(4)
        plot.addItem(self.peak_line, ignoreBounds=True)
        plot.addItem(self.peak_label, ignoreBounds=True)
        self._theme = LIGHT

    def show(self, curve: Curve, activation_id: str = "", params: Mapping[str, object] | None = None) -> None:
        """Shade where ``curve``'s |f'| < :attr:`threshold`; mark the largest |f'|."""
        magnitude = np.abs(curve.dy)
        regions = vanishing_regions(curve.x, magnitude < self.threshold)
        while len(self.items) < len(regions):
            region = pg.LinearRegionItem(movable=False)
            region.setZValue(-10)
            region.setVisible(False)
            self._style(region)
            self.plot.addItem(region, ignoreBounds=True)
            self.items.append(region)
        # A region of one sample still deserves a visible sliver: pad by half a step.
        half_step = 0.5 * (curve.x[1] - curve.x[0]) if curve.x.size > 1 else 0.0
        lo_limit, hi_limit = float(curve.x[0]), float(curve.x[-1])
        for region, bounds in zip(self.items, regions, strict=False):
            region.setRegion((max(lo_limit, bounds[0] - half_step), min(hi_limit, bounds[1] + half_step)))
            region.setVisible(True)
        for region in self.items[len(regions) :]:
            region.setVisible(False)
        peaks = [float(np.nanmax(magnitude))] if np.any(np.isfinite(magnitude)) else []
        if activation_id:
            wide = sample_curve(activation_id, params or {}, *PEAK_RANGE)
            if np.any(np.isfinite(wide.dy)):
                peaks.append(float(np.nanmax(np.abs(wide.dy))))
        self.peak = max(peaks, default=float("nan"))
        visible = bool(np.isfinite(self.peak) and self.peak > 0.0)
        self.peak_line.setVisible(visible)
        self.peak_label.setVisible(visible)
        if visible:
            self.peak_line.setPos(self.peak)
            self.label_peak()
            self.peak_label.setPos(hi_limit, self.peak)

    def label_peak(self) -> None:
        """Write max |f'| beside its line in the interface language."""
        text = QCoreApplication.translate("CurvePlots", "max |f′| = %1")
        self.peak_label.setText(text.replace("%1", f"{self.peak:.3g}"))

    def set_theme(self, theme: Theme) -> None:
        """Recolour the shading."""
        self._theme = theme
        for region in self.items:
            self._style(region)
        self.peak_line.setPen(pg.mkPen(theme.text, width=1, style=Qt.PenStyle.DotLine))
        self.peak_label.setColor(theme.text)

    def _style(self, region: pg.LinearRegionItem) -> None:
        region.setBrush(pg.mkBrush(self._theme.vanishing))
        region.setHoverBrush(pg.mkBrush(self._theme.vanishing))
        for line in region.lines:
            line.setPen(pg.mkPen(None))
            line.setHoverPen(pg.mkPen(None))


class PinCurves:
    """One dashed f and one dashed f' curve per pin, in the pin palette, named in the f legend."""

    def __init__(self, f_plot: pg.PlotItem, df_plot: pg.PlotItem, legend: pg.LegendItem) -> None:
        self.f_plot, self.df_plot, self.legend = f_plot, df_plot, legend
        self.f_items: list[pg.PlotDataItem] = []
        self.df_items: list[pg.PlotDataItem] = []
        self.bounds: Bounds = ((0.0, 0.0), (0.0, 0.0))
        self._in_legend: list[pg.PlotDataItem] = []

    def _add_pair(self, samples_per_pixel: float) -> None:
        for plot, pool in ((self.f_plot, self.f_items), (self.df_plot, self.df_items)):
            item = DecimatedCurve()
            # A pin does not change while a parameter is dragged: keep its
            # rendering (redrawn only when the view's range changes).
            item.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            item.setZValue(5)
            item.setVisible(False)
            item.opts["autoDownsampleFactor"] = samples_per_pixel
            plot.addItem(item)
            pool.append(item)

    def show(
        self,
        pins: Sequence[Pin],
        x_range: tuple[float, float],
        samples: int,
        theme: Theme,
        width: float,
        samples_per_pixel: float,
    ) -> None:
        """Draw ``pins`` over ``x_range``, ``width`` device pixels wide, and note their y ranges."""
        for item in self._in_legend:
            self.legend.removeItem(item)
        self._in_legend = []
        bounds: list[Bounds] = []
        while len(self.f_items) < len(pins):
            self._add_pair(samples_per_pixel)
        for index, (f_item, df_item) in enumerate(zip(self.f_items, self.df_items, strict=True)):
            if index >= len(pins):
                f_item.setVisible(False)
                df_item.setVisible(False)
                continue
            pin = pins[index]
            curve = sample_curve(pin.activation_id, pin.param_dict, *x_range, samples)
            pen = pg.mkPen(theme.pin_colour(index), width=width, style=Qt.PenStyle.DashLine)
            for item, values in ((f_item, curve.y), (df_item, curve.dy)):
                item.setData(curve.x, values)
                item.setPen(pen)
                item.setVisible(True)
            self.legend.addItem(f_item, html.escape(pin.label))
            self._in_legend.append(f_item)
            bounds.append((span(curve.y, 0.0, 0.0), span(curve.dy, 0.0, 0.0)))
        fit_legend(self.legend)
        self.bounds = (
            (min((b[0][0] for b in bounds), default=0.0), max((b[0][1] for b in bounds), default=0.0)),
            (min((b[1][0] for b in bounds), default=0.0), max((b[1][1] for b in bounds), default=0.0)),
        )

"""A strip plot of an experiment's outcome: every seed's final test accuracy per group, median and range.

Used by the lessons (baseline and variants) and the experiment tool (one
group per value). Its items are created once and updated with ``setData``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from actgui.ui.playground._style import ExportScaled, set_title, style_plot
from actgui.ui.theme import LIGHT, OKABE_ITO, Theme

CHANCE = 50.0
"""Test accuracy of a guess on the playground's balanced two-class data, in %."""

_JITTER = 0.12
"""Half the horizontal spread of a group's points, so equal accuracies stay visible."""


def jitter(count: int) -> np.ndarray:
    """Evenly spread horizontal offsets for ``count`` points (0 for a single point)."""
    if count <= 1:
        return np.zeros(count)
    return np.linspace(-_JITTER, _JITTER, count)


class OutcomePlot(ExportScaled, pg.PlotWidget):
    """Final test accuracy (%) of every run, one column per group, with each group's median and range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.setYRange(0, 100, padding=0.04)
        plot.getAxis("left").setWidth(42)
        self.chance = pg.InfiniteLine(CHANCE, angle=0, movable=False)
        self.ranges = pg.ErrorBarItem(
            x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0), beam=0.0
        )
        self.points = pg.ScatterPlotItem(size=8, pen=None)
        self.medians = pg.ScatterPlotItem(symbol="_", size=34)
        for item in (self.chance, self.ranges, self.medians, self.points):  # every seed drawn on top
            plot.addItem(item)
        self.groups: list[str] = []
        self.values: dict[str, list[float]] = {}
        self._title = ""
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        """Recolour the plot for ``theme``."""
        self.theme = theme
        plot = self.getPlotItem()
        style_plot(self, plot, theme, scale=self.export_scale)
        scale = self.export_scale
        self.chance.setPen(pg.mkPen(theme.plot_foreground, width=scale, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.ranges.setData(pen=pg.mkPen(theme.plot_foreground, width=1.5 * scale))
        self.points.setBrush(pg.mkBrush(OKABE_ITO["blue"]))
        self.medians.setPen(pg.mkPen(OKABE_ITO["vermillion"], width=3 * scale))
        self.set_title(self._title)

    def set_title(self, text: str) -> None:
        """The plot's title (translated by the caller)."""
        self._title = text
        set_title(self.getPlotItem(), text, self.theme)

    def set_axis_labels(self, left: str, bottom: str = "") -> None:
        """Label the axes (translated by the caller)."""
        plot = self.getPlotItem()
        plot.setLabel("left", left)
        plot.setLabel("bottom", bottom)

    def show_outcome(self, labels: Sequence[str], accuracies: Mapping[str, Sequence[float]]) -> None:
        """Show ``accuracies`` (0 to 1, per group name) in the order of ``labels`` (name, shown label pairs).

        ``labels`` are the groups' display names in order; ``accuracies`` is
        keyed by the same names (a group without results yet shows nothing).
        """
        self.groups = list(labels)
        self.values = {name: [100.0 * a for a in accuracies.get(name, ())] for name in self.groups}
        xs: list[float] = []
        ys: list[float] = []
        mx: list[float] = []
        my: list[float] = []
        lo: list[float] = []
        hi: list[float] = []
        for i, name in enumerate(self.groups):
            values = self.values[name]
            if not values:
                continue
            xs.extend(float(v) for v in i + jitter(len(values)))
            ys.extend(values)
            median = float(np.median(values))
            mx.append(i)
            my.append(median)
            lo.append(median - min(values))
            hi.append(max(values) - median)
        self.points.setData(x=np.asarray(xs, dtype=np.float64), y=np.asarray(ys, dtype=np.float64))
        self.medians.setData(x=np.asarray(mx, dtype=np.float64), y=np.asarray(my, dtype=np.float64))
        self.ranges.setData(
            x=np.asarray(mx, dtype=np.float64),
            y=np.asarray(my, dtype=np.float64),
            top=np.asarray(hi, dtype=np.float64),
            bottom=np.asarray(lo, dtype=np.float64),
        )
        plot = self.getPlotItem()
        plot.setXRange(-0.6, max(len(self.groups), 1) - 0.4, padding=0)

    def set_group_labels(self, labels: Sequence[str]) -> None:
        """The text under each column, in the order of the groups."""
        self.getPlotItem().getAxis("bottom").setTicks([list(enumerate(labels)), []])

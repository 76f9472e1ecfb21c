"""The median gradient norm per layer of each group of an experiment, on a log scale.

One line per group (an experiment tool's value), layer by layer from the
first hidden layer to the output layer: a vanishing gradient shows as a line
falling towards the input, a dead network as a line that stops (a norm of 0
has no logarithm: that point is left out and the summary says so). Its items
are created once, one per possible group, and updated with ``setData``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from actgui.model.experiment import MAX_VALUES
from actgui.ui.playground._style import ExportScaled, set_title, style_plot
from actgui.ui.theme import LIGHT, OKABE_ITO, Theme

GROUP_COLOURS = (
    OKABE_ITO["blue"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["orange"],
    OKABE_ITO["reddish_purple"],
)
"""One colour per group, in order (as many as an experiment has values)."""


def layer_names(count: int) -> list[str]:
    """``L1, L2, ..., out`` for ``count`` layers (the last is the output layer)."""
    return [f"L{i + 1}" for i in range(count - 1)] + ["out"] if count else []


class LayerGradientPlot(ExportScaled, pg.PlotWidget):
    """Each group's median gradient norm per layer, log scale, one coloured line per group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.setLogMode(x=False, y=True)
        plot.getAxis("left").setWidth(42)
        plot.getAxis("left").enableAutoSIPrefix(False)
        self.legend = plot.addLegend(offset=(-6, 6), labelTextSize="8pt")
        self.lines = [pg.PlotDataItem(symbol="o", symbolSize=7, connect="finite") for _ in range(MAX_VALUES)]
        for line in self.lines:
            plot.addItem(line)
        self.norms: dict[str, tuple[float, ...]] = {}
        self._title = ""
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        """Recolour the plot for ``theme``."""
        self.theme = theme
        style_plot(self, self.getPlotItem(), theme, scale=self.export_scale)
        for line, colour in zip(self.lines, GROUP_COLOURS, strict=True):
            line.setPen(pg.mkPen(colour, width=2 * self.export_scale))
            line.setSymbolBrush(pg.mkBrush(colour))
            line.setSymbolPen(pg.mkPen(colour))
        self.legend.setLabelTextColor(pg.mkColor(theme.plot_foreground))
        background = pg.mkColor(theme.plot_background)
        background.setAlpha(210)
        self.legend.setBrush(pg.mkBrush(background))
        self.set_title(self._title)

    def set_title(self, text: str) -> None:
        """The plot's title (translated by the caller)."""
        self._title = text
        set_title(self.getPlotItem(), text, self.theme)

    def set_axis_labels(self, left: str, bottom: str) -> None:
        """Label the axes (translated by the caller)."""
        plot = self.getPlotItem()
        plot.setLabel("left", left)
        plot.setLabel("bottom", bottom)

    def show_norms(self, groups: Sequence[str], norms: Mapping[str, Sequence[float]]) -> None:
        """Show each group's per-layer norms (``groups`` gives the order; a group without any is hidden)."""
        self.groups = list(groups)
        self.norms = {name: tuple(norms[name]) for name in self.groups if name in norms}
        self.legend.clear()
        layers = max((len(v) for v in self.norms.values()), default=0)
        for index, line in enumerate(self.lines):
            name = self.groups[index] if index < len(self.groups) else None
            values = self.norms.get(name, ()) if name is not None else ()
            if not values:
                line.setData(x=np.zeros(0), y=np.zeros(0))
                line.hide()
                continue
            y = np.asarray(values, dtype=np.float64)
            y = np.where(y > 0, y, np.nan)  # log scale: a dead layer's 0 is left out
            line.setData(x=np.arange(len(y), dtype=np.float64), y=y)
            line.show()
            self.legend.addItem(line, name)
        axis = self.getPlotItem().getAxis("bottom")
        axis.setTicks([list(enumerate(layer_names(layers))), []])
        self.getPlotItem().setXRange(-0.3, max(layers - 1, 1) + 0.3, padding=0)

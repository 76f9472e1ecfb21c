"""RReLU's training band on the f plot: the negative slopes drawn in training, between lower and upper.

The curve is RReLU in evaluation mode (slope (lower + upper) / 2); in
training each negative input gets a slope drawn from [lower, upper], so
its output lies in the shaded band between lower * x and upper * x.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from actgui.state.explorer import ExplorerState

BAND_COLOUR = (80, 130, 220, 70)
"""A translucent blue that reads on the light and the dark plot background."""


class RReluBand:
    """A FillBetweenItem between lower * x and upper * x for x < 0, shown only for rrelu."""

    def __init__(self, state: ExplorerState, plot: pg.PlotItem, legend: pg.LegendItem) -> None:
        self.state, self.plot, self.legend = state, plot, legend
        self.low = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.high = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.fill = pg.FillBetweenItem(self.low, self.high, brush=pg.mkBrush(*BAND_COLOUR))
        self.fill.setZValue(-5)
        for item in (self.low, self.high, self.fill):
            item.setVisible(False)
            plot.addItem(item, ignoreBounds=True)
        # The legend's sample: a swatch of the band's colour (a FillBetweenItem cannot draw one).
        self.sample = pg.BarGraphItem(x=[0.0], height=[1.0], width=1.0, brush=pg.mkBrush(*BAND_COLOUR))
        self.sample.setOpts(pen=pg.mkPen(None))
        self._in_legend = False
        state.activation_changed.connect(self.update)
        state.params_changed.connect(self.update)
        state.x_range_changed.connect(self.update)
        self.update()

    @property
    def shown(self) -> bool:
        """Whether the band is drawn."""
        return self.fill.isVisible()

    def update(self, *_args: object) -> None:
        """Draw the band for the current parameters and range, or hide it."""
        show = self.state.activation_id == "rrelu"
        x_min, _ = self.state.x_range
        show = show and x_min < 0
        for item in (self.low, self.high, self.fill):
            item.setVisible(show)
        if show:
            params = self.state.params
            x = np.array([x_min, 0.0])
            self.low.setData(x, float(params["lower"]) * x)
            self.high.setData(x, float(params["upper"]) * x)
        if show != self._in_legend:
            if show:
                label = QCoreApplication.translate("RReluBand", "training: slopes in [lower, upper]")
                self.legend.addItem(self.sample, label)
            else:
                self.legend.removeItem(self.sample)
            self._in_legend = show

"""The gallery's figure: f(x) and f'(x) of one activation on one clean plot.

One figure is built once and updated with ``setData`` for each activation in
turn (:meth:`GalleryFigure.show_activation`), so the whole gallery renders
in about a second.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from actgui.export.render import png_bytes, render_image
from actgui.model import Activation, sample_curve
from actgui.model.params import ParamValue
from actgui.ui.theme import LIGHT, Theme

FIGURE_SIZE = (640, 400)
"""Logical size of each gallery figure; written at :data:`FIGURE_SCALE`."""
FIGURE_SCALE = 2
X_RANGE = (-6.0, 6.0)
SAMPLES = 1201


class GalleryFigure(QWidget):
    """f(x) and f'(x) of one activation on a single clean plot.

    The plot items are created once; :meth:`show_activation` only updates
    their data, so drawing every activation in turn is cheap.
    """

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(theme.plot_background))
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = pg.PlotWidget(background=theme.plot_background)
        self.plot_widget.setAntialiasing(True)
        layout.addWidget(self.plot_widget)
        plot = self.plot_widget.getPlotItem()
        self.plot = plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.12)
        plot.getViewBox().setMouseEnabled(False, False)
        plot.layout.setContentsMargins(6, 10, 14, 6)
        font = QFont()
        font.setPointSizeF(10.5)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.plot_foreground, width=1))
            axis.setTextPen(pg.mkPen(theme.plot_foreground))
            axis.setStyle(tickFont=font, tickTextOffset=6)
        plot.setLabel("bottom", "x", color=theme.plot_foreground, size="11pt")

        zero = pg.mkPen(theme.zero_line, width=1)
        self._zero_x = pg.InfiniteLine(pos=0, angle=90, pen=zero)
        self._zero_y = pg.InfiniteLine(pos=0, angle=0, pen=zero)
        for line in (self._zero_x, self._zero_y):
            line.setZValue(-5)
            plot.addItem(line, ignoreBounds=True)

        self._shades: list[pg.LinearRegionItem] = []
        self.derivative_item = pg.PlotDataItem(
            pen=pg.mkPen(theme.derivative, width=2.2, style=Qt.PenStyle.DashLine)
        )
        self.curve_item = pg.PlotDataItem(pen=pg.mkPen(theme.curve, width=2.8))
        plot.addItem(self.derivative_item)
        plot.addItem(self.curve_item)
        self.curve_item.setZValue(2)
        self.derivative_item.setZValue(1)

        self.legend = pg.LegendItem(
            offset=(10, 10),
            brush=pg.mkBrush(QColor(theme.plot_background)),
            pen=pg.mkPen(theme.mid),
            labelTextColor=theme.plot_foreground,
            labelTextSize="11pt",
            verSpacing=-4,
        )
        self.legend.setParentItem(plot.getViewBox())
        self.legend.setZValue(10)
        self.legend.addItem(self.curve_item, "f(x)")
        self.legend.addItem(self.derivative_item, "f\u2032(x)")
        # A bar item makes the legend draw a filled square for the shading.
        self._shade_sample = pg.BarGraphItem(x=[0.0], height=[1.0], width=1.0, pen=pg.mkPen(None))
        # Legend labels are HTML: escape the text.
        self._shade_label = html.escape(
            QCoreApplication.translate("gallery", "|f\u2032(x)| < 1% of its peak")
        )
        self.resize(*FIGURE_SIZE)

    def _set_shades(self, regions: tuple[tuple[float, float], ...]) -> None:
        brush = pg.mkBrush(self.theme.vanishing)  # pyqtgraph reads #RRGGBBAA
        while len(self._shades) < len(regions):
            shade = pg.LinearRegionItem(movable=False, brush=brush, pen=pg.mkPen(None))
            shade.setZValue(-10)
            self.plot.addItem(shade, ignoreBounds=True)
            self._shades.append(shade)
        for i, shade in enumerate(self._shades):
            if i < len(regions):
                shade.setRegion(regions[i])
                shade.show()
            else:
                shade.hide()
        # The legend explains the shading only when some is visible.
        self.legend.removeItem(self._shade_sample)
        if regions:
            self._shade_sample.setOpts(brush=brush)
            self.legend.addItem(self._shade_sample, self._shade_label)

    def show_activation(self, activation: Activation, params: dict[str, ParamValue] | None = None) -> None:
        """Plot ``activation`` (at its default parameters unless ``params`` are given)."""
        curve = sample_curve(activation.id, params, *X_RANGE, samples=SAMPLES)
        # GLU is plotted along b, as a * g(b) for a = 1 (sample_curve's slice), and labelled so.
        gated = activation.is_gated
        names = ("a\u00b7g(b)", "g\u2032(b)", "b") if gated else ("f(x)", "f\u2032(x)", "x")
        if self.legend.getLabel(self.curve_item).text != names[0]:
            self.legend.getLabel(self.curve_item).setText(names[0])
            self.legend.getLabel(self.derivative_item).setText(names[1])
            self.plot.setLabel("bottom", names[2], color=self.theme.plot_foreground, size="11pt")
        self.curve_item.setData(curve.x, curve.y)
        self.derivative_item.setData(curve.x, curve.dy)
        self._set_shades(curve.regions)
        values = np.concatenate([curve.y, curve.dy, [0.0]])
        values = values[np.isfinite(values)]
        low, high = float(values.min()), float(values.max())
        pad = max(0.08 * (high - low), 0.05)
        self.plot.setRange(xRange=X_RANGE, yRange=(low - pad, high + pad), padding=0)
        # A hair of x padding, so the end ticks (-6 and 6) get their labels.
        self.plot.setXRange(*X_RANGE, padding=0.015)
        self._place_legend(curve.x, curve.y, curve.dy, (low - pad, high + pad))

    def _place_legend(
        self, x: np.ndarray, y: np.ndarray, dy: np.ndarray, y_range: tuple[float, float]
    ) -> None:
        # Put the legend in the corner the curves leave emptiest.
        u = (x - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0])
        points = [(u, (v - y_range[0]) / (y_range[1] - y_range[0])) for v in (y, dy)]
        best, best_count = (0, 0), None
        for corner in ((0, 1), (1, 1), (0, 0), (1, 0)):
            count = 0
            for pu, pv in points:
                in_u = pu < 0.42 if corner[0] == 0 else pu > 0.58
                in_v = pv > 0.68 if corner[1] == 1 else pv < 0.32
                count += int(np.count_nonzero(in_u & in_v))
            if best_count is None or count < best_count:
                best, best_count = corner, count
        offset_x = 10 if best[0] == 0 else -10
        offset_y = 10 if best[1] == 1 else -10
        self.legend.anchor(
            itemPos=(best[0], 1 - best[1]), parentPos=(best[0], 1 - best[1]), offset=(offset_x, offset_y)
        )

    def render_png(self, scale: int = FIGURE_SCALE) -> bytes:
        """The figure as PNG bytes at ``scale``."""
        return png_bytes(render_image(self, scale))

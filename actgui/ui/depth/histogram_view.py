"""Per-layer histograms as a heatmap (layer x value) or a ridgeline: Glorot & Bengio's picture."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QStackedLayout, QWidget

from actgui.model.depth import Histograms
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground._style import ExportScaled, set_title, style_plot
from actgui.ui.theme import LIGHT, OKABE_ITO, Theme

RIDGES = 16
"""The most layers a ridgeline shows (evenly spread over the depth, the first and last included)."""
HEAT_MAP = "CET-L17"


def ridge_layers(depth: int, count: int = RIDGES) -> np.ndarray:
    """The layers a ridgeline shows: all if few, else ``count`` spread from 0 to ``depth``."""
    if depth + 1 <= count:
        return np.arange(depth + 1)
    return np.unique(np.round(np.linspace(0, depth, count)).astype(int))


class HistogramView(Retranslating, ExportScaled, QWidget):
    """One kind of per-layer histogram (pre-activations, activations or gradients)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        self.kind = "pre"
        self.display_style = "heatmap"
        self.heat_widget = pg.PlotWidget(self)
        self.heat = self.heat_widget.getPlotItem()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get(HEAT_MAP))
        self.heat.addItem(self.image)
        self.ridge_widget = pg.PlotWidget(self)
        self.ridge = self.ridge_widget.getPlotItem()
        self.ridges = [self.ridge.plot() for _ in range(RIDGES)]
        self.ridge_labels = [pg.TextItem(anchor=(0.0, 0.5)) for _ in range(RIDGES)]
        for label in self.ridge_labels:
            self.ridge.addItem(label)
        for plot in (self.heat, self.ridge):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
        self.ridge.hideAxis("left")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.heat_widget)
        self._stack.addWidget(self.ridge_widget)
        self._hist: Histograms | None = None
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        """Recolour for ``theme``."""
        self.theme = theme
        style_plot(self.heat_widget, self.heat, theme, grid=False, scale=self.export_scale)
        style_plot(self.ridge_widget, self.ridge, theme, grid=False, scale=self.export_scale)
        for label in self.ridge_labels:
            label.setColor(theme.plot_foreground)
        self._draw_ridges()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        titles = {
            "pre": self.tr("Pre-activations h of each layer"),
            "post": self.tr("Activations f(h) of each layer"),
            "grad": self.tr("Gradients ∂L/∂h of each layer"),
        }
        for plot in (self.heat, self.ridge):
            set_title(plot, titles[self.kind], self.theme)
        self.heat.setLabel("bottom", self.tr("layer"))
        self.heat.setLabel("left", self.tr("value"))
        self.ridge.setLabel("bottom", self.tr("value"))
        tip = self.tr(
            "How the values of each layer are spread, on bins shared by all layers.\n"
            "Heatmap: one column per layer, each scaled to its own peak (darker: more values).\n"
            "A column or ridge that shrinks to a spike at 0 has lost its signal."
        )
        self.heat_widget.setToolTip(tip)
        self.ridge_widget.setToolTip(tip)

    def show_histograms(
        self, hist: Histograms | None = None, kind: str | None = None, style: str | None = None
    ) -> None:
        """Show ``hist`` (of ``kind``) as ``style``; None keeps what was shown."""
        if kind is not None and kind != self.kind:
            self.kind = kind
            self.retranslate_ui()
        if style is not None:
            self.display_style = style
            self._stack.setCurrentIndex(0 if style == "heatmap" else 1)
        if hist is not None:
            self._hist = hist
        self._draw_heat()
        self._draw_ridges()

    def _draw_heat(self) -> None:
        hist = self._hist
        if hist is None or self.display_style != "heatmap":
            return
        counts = hist.counts
        peak = counts.max(axis=1, keepdims=True)
        scaled = np.divide(counts, peak, out=np.zeros_like(counts), where=peak > 0)
        layers = counts.shape[0]
        lo, hi = float(hist.edges[0]), float(hist.edges[-1])
        self.image.setImage(scaled.T, levels=(0.0, 1.0))  # rows: value bins, columns: layers
        self.image.setRect(QRectF(-0.5, lo, layers, hi - lo))
        self.heat.setXRange(-0.5, layers - 0.5, padding=0)
        self.heat.setYRange(lo, hi, padding=0)

    def _draw_ridges(self) -> None:
        hist = self._hist
        if hist is None or self.display_style != "ridgeline":
            return
        depth = hist.counts.shape[0] - 1
        shown = ridge_layers(depth)
        centres = 0.5 * (hist.edges[1:] + hist.edges[:-1])
        peak = max(float(hist.counts[shown].max()), 1e-12)
        colour = pg.mkColor(OKABE_ITO["blue"])
        fill = pg.mkColor(OKABE_ITO["sky_blue"])
        fill.setAlpha(150)
        for row, curve in enumerate(self.ridges):
            label = self.ridge_labels[row]
            if row >= len(shown):
                curve.setData([], [])
                label.setText("")
                continue
            layer = int(shown[row])
            base = float(len(shown) - 1 - row)  # layer 0 at the top, as the signal flows down
            curve.setData(centres, base + 1.8 * hist.counts[layer] / peak)
            curve.setPen(pg.mkPen(colour, width=1.2 * self.export_scale))
            curve.setFillLevel(base)
            curve.setBrush(fill)
            curve.setZValue(row)
            label.setText(self.tr("L{0}").format(layer))
            label.setPos(float(hist.edges[0]), base + 0.3)
        self.ridge.setXRange(float(hist.edges[0]), float(hist.edges[-1]), padding=0.02)
        self.ridge.setYRange(0, len(shown) + 1.0, padding=0)

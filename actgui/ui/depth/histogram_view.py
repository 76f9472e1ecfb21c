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
        for plot in (self.heat, self.ridge):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
        # Each ridge is named on the left axis (a tick per ridge): text inside the plot would be
        # crossed by the next ridge's baseline, the ridges being closer than a line of text.
        self.zeros_note = pg.TextItem(anchor=(1.0, 0.0))
        self.zeros_note.setZValue(10)
        self.heat.addItem(self.zeros_note, ignoreBounds=True)
        self.ridge_zeros_note = pg.TextItem(anchor=(1.0, 0.0))
        self.ridge_zeros_note.setZValue(RIDGES + 10)
        self.ridge.addItem(self.ridge_zeros_note, ignoreBounds=True)
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
        background = pg.mkColor(theme.plot_background)
        background.setAlpha(220)
        for note in (self.zeros_note, self.ridge_zeros_note):
            note.setColor(theme.plot_foreground)
            note.fill = pg.mkBrush(background)
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
        self.ridge.setLabel("left", self.tr("layer"))
        value_label = self._value_label()
        self.heat.setLabel("left", value_label)
        self.ridge.setLabel("bottom", value_label)
        tip = self.tr(
            "How the values of each layer are spread, on bins shared by all layers.\n"
            "Each layer is scaled to its own peak: the heatmap's columns (darker: more values) and the "
            "ridges show shapes, not how many values.\n"
            "When the layers' spreads differ by more than 100×, the axis is |value| on a log scale: "
            "a vanishing gradient slides down decade by decade, an exploding one up.\n"
            "On a linear axis, a column or ridge that shrinks to a spike at 0 has lost its signal."
        )
        self.heat_widget.setToolTip(tip)
        self.ridge_widget.setToolTip(tip)
        self._draw_zeros_note()

    def _value_label(self) -> str:
        """The value axis's label: what is binned, the values or log10 of their magnitudes."""
        log = self._hist is not None and self._hist.log_abs
        if not log:
            return {
                "pre": self.tr("pre-activation h"),
                "post": self.tr("activation f(h)"),
                "grad": self.tr("gradient ∂L/∂h"),
            }[self.kind]
        return {
            "pre": self.tr("|h|, log scale (sign dropped)"),
            "post": self.tr("|f(h)|, log scale (sign dropped)"),
            "grad": self.tr("|∂L/∂h|, log scale (sign dropped)"),
        }[self.kind]

    def _draw_zeros_note(self) -> None:
        """Say how many values were exactly 0: they are in no bin (ReLU's: a spike drowning the rest)."""
        hist = self._hist
        zeros = hist.zero_fractions if hist is not None else np.zeros(0)
        text = ""
        if zeros.size and float(zeros.max()) > 0.0:
            low, high = 100.0 * float(zeros.min()), 100.0 * float(zeros.max())
            share = f"{high:.0f}%" if round(low) == round(high) else f"{low:.0f}–{high:.0f}%"
            text = self.tr("Values exactly 0, left out of the bins: {0} of a layer").format(share)
        for note in (self.zeros_note, self.ridge_zeros_note):
            note.setText(text)
            note.setVisible(bool(text))
        if hist is not None:
            self.zeros_note.setPos(hist.counts.shape[0] - 0.5, float(hist.edges[-1]))
            self.ridge_zeros_note.setPos(
                float(hist.edges[-1]), len(ridge_layers(hist.counts.shape[0] - 1)) + 1.0
            )

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
            relabel = self._hist is None or hist.log_abs != self._hist.log_abs
            self._hist = hist
            if relabel:
                self.retranslate_ui()
        self._draw_heat()
        self._draw_ridges()
        self._draw_zeros_note()

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
        _value_ticks(self.heat.getAxis("left"), lo, hi, hist.log_abs)

    def _draw_ridges(self) -> None:
        hist = self._hist
        if hist is None or self.display_style != "ridgeline":
            return
        depth = hist.counts.shape[0] - 1
        shown = ridge_layers(depth)
        centres = 0.5 * (hist.edges[1:] + hist.edges[:-1])
        colour = pg.mkColor(OKABE_ITO["blue"])
        fill = pg.mkColor(OKABE_ITO["sky_blue"])
        fill.setAlpha(150)
        ticks: list[tuple[float, str]] = []
        for row, curve in enumerate(self.ridges):
            if row >= len(shown):
                curve.setData([], [])
                continue
            layer = int(shown[row])
            base = float(len(shown) - 1 - row)  # layer 0 at the top, as the signal flows down
            peak = max(float(hist.counts[layer].max()), 1e-12)  # each ridge to its own peak, as the heatmap
            curve.setData(centres, base + 1.5 * hist.counts[layer] / peak)
            curve.setPen(pg.mkPen(colour, width=1.2 * self.export_scale))
            curve.setFillLevel(base)
            curve.setBrush(fill)
            curve.setZValue(row)
            ticks.append((base, str(layer)))
        # Every other ridge named when they are many (ridges closer than a line of text), the last always.
        step = 1 if len(ticks) <= RIDGES // 2 else 2
        named = [tick for i, tick in enumerate(ticks) if i % step == 0 or i == len(ticks) - 1]
        if len(named) > 1 and named[-2][0] - named[-1][0] < step:  # the last would touch the one above
            del named[-2]
        self.ridge.getAxis("left").setTicks([named, [(base, "") for base, _ in ticks]])
        self.ridge.setXRange(float(hist.edges[0]), float(hist.edges[-1]), padding=0.02)
        _value_ticks(self.ridge.getAxis("bottom"), float(hist.edges[0]), float(hist.edges[-1]), hist.log_abs)
        self.ridge.setYRange(0, len(shown) + 1.0, padding=0)


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def log_ticks(lo: float, hi: float, most: int = 8) -> list[tuple[float, str]]:
    """Ticks at whole decades between ``lo`` and ``hi`` (log10 units), labelled 10ᵏ, at most ``most``."""
    first, last = int(np.ceil(lo)), int(np.floor(hi))
    step = max(1, int(np.ceil((last - first + 1) / most)))
    start = last - ((last - first) // step) * step
    return [
        (float(k), "1" if k == 0 else "10" + str(k).translate(_SUPERSCRIPTS))
        for k in range(start, last + 1, step)
    ]


def _value_ticks(axis: pg.AxisItem, lo: float, hi: float, log_abs: bool) -> None:
    """Powers of ten on a log10|value| axis; pyqtgraph's own ticks on a linear one."""
    axis.setTicks([log_ticks(lo, hi)] if log_abs else None)

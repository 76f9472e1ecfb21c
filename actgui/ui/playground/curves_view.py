"""Train and test loss and accuracy over the epochs."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from actgui.model.network import History
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground._style import ExportScaled, set_title, style_plot
from actgui.ui.theme import LIGHT, OKABE_ITO, Theme

TRAIN_COLOUR = OKABE_ITO["bluish_green"]
TEST_COLOUR = OKABE_ITO["reddish_purple"]
LINE_WIDTH = 2.0
DOWNSAMPLE_FACTOR = 5.0
"""Samples drawn per pixel of width when an epoch count outgrows the plot (pyqtgraph's default)."""


class CurvesView(Retranslating, ExportScaled, QWidget):
    """Two small plots: loss (log scale) and accuracy (%) per epoch, train and test."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        self.loss_widget = pg.PlotWidget(self)
        self.accuracy_widget = pg.PlotWidget(self)
        self.loss_plot = self.loss_widget.getPlotItem()
        self.accuracy_plot = self.accuracy_widget.getPlotItem()
        self.loss_plot.setLogMode(y=True)
        self.loss_plot.enableAutoRange(False)
        self.accuracy_plot.setYRange(0, 100, padding=0.02)
        self.accuracy_plot.setXLink(self.loss_plot)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._styles: dict[str, tuple[str, Qt.PenStyle]] = {}
        self._x_max = 0.0
        self._decades = (0.0, 0.0)
        for plot, kind in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            plot.getAxis("left").setWidth(42)
            if kind == "loss":  # one legend serves both plots: same styles
                plot.addLegend(offset=(-4, 4), labelTextSize="8pt", verSpacing=-6)
            for split, colour, style in (
                ("train", TRAIN_COLOUR, Qt.PenStyle.SolidLine),
                ("test", TEST_COLOUR, Qt.PenStyle.DashLine),
            ):
                curve = plot.plot(name=split)
                curve.setClipToView(True)
                self.curves[f"{kind}_{split}"] = curve
                self._styles[f"{kind}_{split}"] = (colour, style)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.loss_widget)
        layout.addWidget(self.accuracy_widget)
        self.set_theme(LIGHT)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        set_title(self.loss_plot, self.tr("Loss"), self.theme)
        set_title(self.accuracy_plot, self.tr("Accuracy (%)"), self.theme)
        self.loss_widget.setToolTip(self.tr("Binary cross-entropy per epoch, log scale"))
        names = (self.tr("train"), self.tr("test"))  # the legend lists train, then test
        for (_sample, label), text in zip(self.loss_plot.legend.items, names, strict=True):
            label.setText(text)
        self.loss_plot.setLabel("bottom", self.tr("epoch"))
        self.accuracy_plot.setLabel("bottom", self.tr("epoch"))

    def set_theme(self, theme: Theme) -> None:
        """Recolour the plots for ``theme``."""
        self.theme = theme
        for widget, plot in ((self.loss_widget, self.loss_plot), (self.accuracy_widget, self.accuracy_plot)):
            # No grid: a grid belongs to the axes, which would then repaint with every new point.
            style_plot(widget, plot, theme, grid=False, scale=self.export_scale)
        for key, curve in self.curves.items():
            colour, style = self._styles[key]
            curve.setPen(pg.mkPen(colour, width=LINE_WIDTH * self.export_scale, style=style))
            # At 3x, three times the samples per logical pixel, so a long run keeps its detail.
            curve.opts["autoDownsampleFactor"] = DOWNSAMPLE_FACTOR * self.export_scale
            curve.setDownsampling(auto=False)  # toggling makes the item re-sample
            curve.setDownsampling(auto=True, method="peak")
        self.loss_plot.legend.setLabelTextColor(theme.plot_foreground)
        self.loss_plot.legend.setBrush(pg.mkBrush(theme.plot_background + "c0"))
        self.retranslate_ui()

    def show_history(self, history: History) -> None:
        """Plot the recorded epochs.

        The ranges grow in steps (1-2-5 for the epochs, whole decades for the
        loss) so the axes, and their costly repaint, change only now and then.
        """
        epochs = np.asarray(history.epochs, dtype=np.float64)
        losses = []
        for split in ("train", "test"):
            loss = np.asarray(getattr(history, f"{split}_loss"), dtype=np.float64)
            accuracy = 100.0 * np.asarray(getattr(history, f"{split}_accuracy"), dtype=np.float64)
            # log10 of a loss of exactly 0 would be -inf: floor it far below any real value.
            loss = np.maximum(loss, 1e-12)
            losses.append(loss[np.isfinite(loss)])
            self.curves[f"loss_{split}"].setData(epochs, loss, connect="finite")
            self.curves[f"accuracy_{split}"].setData(epochs, accuracy, connect="finite")
        last = float(epochs[-1]) if len(epochs) else 0.0
        x_max = _nice_ceiling(max(last, 10.0))
        if x_max != self._x_max:
            self._x_max = x_max
            self.loss_plot.setXRange(0, x_max, padding=0.02)
        finite = np.concatenate(losses)
        if finite.size:
            decades = (float(np.floor(np.log10(finite.min()))), float(np.ceil(np.log10(finite.max()))))
            decades = (min(decades[0], -1.0), max(decades[1], decades[0] + 1.0, 0.0))
            if decades != self._decades:
                self._decades = decades
                self.loss_plot.setYRange(*decades, padding=0.02)
                # Decade labels only: the log axis's own minor labels crowd a small plot.
                low, high = int(decades[0]), int(decades[1])
                step = max(1, (high - low + 3) // 4)
                ticks = [(float(k), _power_of_ten(k)) for k in range(high, low - 1, -step)]
                self.loss_plot.getAxis("left").setTicks([ticks, []])


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _power_of_ten(k: int) -> str:
    return "1" if k == 0 else "10" + str(k).translate(_SUPERSCRIPTS)


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5, 10, 20, 50, ... that is at least ``value``."""
    magnitude = 10.0 ** np.floor(np.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * magnitude >= value:
            return step * magnitude
    return 10.0 * magnitude

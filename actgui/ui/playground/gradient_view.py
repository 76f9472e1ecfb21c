"""Per-layer gradient size and dead-neuron count: what the lessons point at."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground._style import ExportScaled, set_title, style_plot
from actgui.ui.playground.colors import DEAD_COLOUR
from actgui.ui.theme import LIGHT, OKABE_ITO, Theme

FLOOR = 1e-300
"""Gradients at or below this count as exactly zero (a dead layer)."""

_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _power_of_ten(k: int) -> str:
    return "1" if k == 0 else "10" + str(k).translate(_SUPERSCRIPTS)


class GradientView(Retranslating, ExportScaled, QWidget):
    """Log-scale plot of the typical per-point gradient norm of each layer's weights.

    The typical (median) point is used rather than the gradient summed over
    all points: with saturated neurons most points send no gradient at all
    while a few near a boundary send large ones, and only the median shows it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        self.plot_widget = pg.PlotWidget(self)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getAxis("left").setWidth(42)
        self.curve = self.plot.plot(
            symbol="o",
            symbolSize=8,
            symbolBrush=OKABE_ITO["blue"],
            symbolPen=None,
        )
        self.dead_label = QLabel(self)
        self.dead_label.setWordWrap(True)
        self._dead = 0
        self._total = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.dead_label)
        self.norms = np.empty(0)
        self._decades = (-3, 0)
        self.set_theme(LIGHT)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        set_title(self.plot, self.tr("Gradient reaching each layer"), self.theme)
        self.plot_widget.setToolTip(
            self.tr(
                "Median over the training points of |∂loss/∂W| for each layer's weights, log scale.\n"
                "L1 is the first hidden layer, 'out' the output layer."
            )
        )
        self.dead_label.setToolTip(
            self.tr("A dead neuron has f′(z) = 0 on every training point: no gradient, no learning")
        )
        self._show_ticks()
        self._show_dead()

    def set_theme(self, theme: Theme) -> None:
        """Recolour the plot for ``theme``."""
        self.theme = theme
        style_plot(self.plot_widget, self.plot, theme, scale=self.export_scale)
        # The symbols are pixmaps drawn at the device's scale already; the line is cosmetic.
        self.curve.setPen(pg.mkPen(OKABE_ITO["blue"], width=2 * self.export_scale))
        self.retranslate_ui()

    def show_diagnostics(self, norms: np.ndarray, dead: int, total: int) -> None:
        """Show the per-layer gradient norms and how many of ``total`` hidden neurons are dead."""
        self.norms = np.asarray(norms, dtype=np.float64)
        layers = np.arange(1, len(self.norms) + 1, dtype=np.float64)
        # Plotted as log10 on a linear axis with decade ticks (pyqtgraph's log
        # axis crowds its minor labels on a plot this small). Exact zeros (dead
        # layers) sit on a row of their own, one decade below the rest, marked 0.
        alive = np.isfinite(self.norms) & (self.norms > FLOOR)
        with np.errstate(divide="ignore", invalid="ignore"):
            exponents = np.log10(np.where(alive, self.norms, 1.0))
        low, high = (
            (float(np.floor(exponents[alive].min())), float(np.ceil(exponents[alive].max())))
            if alive.any()
            else (-3.0, 0.0)
        )
        high = max(high, low + 2)
        zero_row = low - 1
        exponents = np.where(alive, exponents, np.where(np.isfinite(self.norms), zero_row, np.nan))
        finite = np.isfinite(exponents)  # NaN after divergence: leave those layers out
        self.curve.setData(layers[finite], exponents[finite])
        self.plot.setYRange(zero_row, high, padding=0.08)
        self._decades = (int(low), int(high))
        self.plot.setXRange(0.7, max(len(self.norms), 1) + 0.3, padding=0)
        self._dead, self._total = dead, total
        self._show_ticks()
        self._show_dead()

    def _show_ticks(self) -> None:
        n = len(self.norms)
        ticks = [(float(i), self.tr("L{0}").format(i)) for i in range(1, n)]
        if n:
            ticks.append((float(n), self.tr("out")))
        self.plot.getAxis("bottom").setTicks([ticks])
        low, high = self._decades
        step = max(1, (high - low + 3) // 4)
        decades = [(float(k), _power_of_ten(k)) for k in range(high, low - 1, -step)]
        decades.append((float(low - 1), "0"))
        self.plot.getAxis("left").setTicks([decades])

    def _show_dead(self) -> None:
        if self._total == 0:
            self.dead_label.setText(self.tr("No hidden neurons: the network is one linear boundary."))
            self.dead_label.setStyleSheet("")
            return
        self.dead_label.setText(self.tr("Dead neurons: {0} of {1}").format(self._dead, self._total))
        colour = DEAD_COLOUR if self._dead else self.theme.text
        self.dead_label.setStyleSheet(f"color: {colour}; font-weight: {'bold' if self._dead else 'normal'};")

"""Per-layer spread of the signal and of the gradient: measured points over the theory curves."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from actgui.model.depth import MeanField, Simulation
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground._style import ExportScaled, set_title, style_plot
from actgui.ui.theme import LIGHT, OKABE_ITO, Theme

SIGNAL_COLOUR = OKABE_ITO["blue"]
GRADIENT_COLOUR = OKABE_ITO["vermillion"]
FLOOR, CEILING = 1e-150, 1e150
"""Values outside are off the plot (an underflow to 0 or an overflow to infinity)."""


def _log_std(mean_square: np.ndarray) -> np.ndarray:
    """log10 of the standard deviation, NaN where it is 0, infinite or off the plot's range."""
    ms = np.asarray(mean_square, dtype=np.float64)
    ok = np.isfinite(ms) & (ms > FLOOR**2) & (ms < CEILING**2)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(ok, 0.5 * np.log10(np.where(ok, ms, 1.0)), np.nan)


class StdView(Retranslating, ExportScaled, QWidget):
    """Standard deviation of each layer's pre-activations and gradients, log scale.

    Points are one random network's measurements, lines the mean-field
    theory (infinitely wide network). Layer 0 is the input layer's
    pre-activations; the gradient starts at the top with standard deviation 1.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        self.plot_widget = pg.PlotWidget(self)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getAxis("left").setWidth(48)
        self.legend = self.plot.addLegend(offset=(-8, -8), labelTextSize="9pt")
        self.signal_theory = self.plot.plot()
        self.gradient_theory = self.plot.plot()
        self.signal_points = self.plot.plot(pen=None, symbol="o", symbolSize=5, symbolPen=None)
        self.gradient_points = self.plot.plot(pen=None, symbol="s", symbolSize=5, symbolPen=None)
        self.note = pg.TextItem(anchor=(0.0, 0.0))
        self.note.setZValue(10)
        self.plot.addItem(self.note, ignoreBounds=True)
        self._theory: MeanField | None = None
        self._overflow: int | None = None
        """The first layer whose measured signal left float32's range (None: none did)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self._range = (-2.0, 1.0)
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        """Recolour the plot for ``theme``."""
        self.theme = theme
        scale = self.export_scale
        style_plot(self.plot_widget, self.plot, theme, scale=scale)
        self.signal_theory.setPen(pg.mkPen(SIGNAL_COLOUR, width=2 * scale))
        self.gradient_theory.setPen(
            pg.mkPen(GRADIENT_COLOUR, width=2 * scale, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.signal_points.setSymbolBrush(SIGNAL_COLOUR)
        self.gradient_points.setSymbolBrush(GRADIENT_COLOUR)
        self.legend.setLabelTextColor(theme.plot_foreground)
        background = pg.mkColor(theme.plot_background)
        background.setAlpha(210)
        self.legend.setBrush(pg.mkBrush(background))
        self.note.setColor(theme.plot_foreground)
        self.note.fill = pg.mkBrush(background)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        set_title(self.plot, self.tr("Spread per layer: measured (points) and theory (lines)"), self.theme)
        self.plot.setLabel("bottom", self.tr("layer"))
        self.plot.setLabel("left", self.tr("standard deviation"))
        self.legend.clear()
        self.legend.addItem(self.signal_theory, self.tr("pre-activations, theory"))
        self.legend.addItem(self.signal_points, self.tr("pre-activations, measured"))
        self.legend.addItem(self.gradient_theory, self.tr("gradient, theory"))
        self.legend.addItem(self.gradient_points, self.tr("gradient, measured"))
        self.plot_widget.setToolTip(
            self.tr(
                "Standard deviation of each layer's pre-activations h and of the gradient ∂L/∂h, log scale.\n"
                "Lines: mean-field theory (an infinitely wide network). Points: the random network drawn.\n"
                "A gradient that falls by powers of ten towards layer 0 vanishes: those layers do not learn."
            )
        )
        self._show_note()

    def show_theory(self, theory: MeanField) -> None:
        """Draw the theory curves."""
        layers = np.arange(len(theory.q), dtype=np.float64)
        self.signal_theory.setData(layers, _log_std(theory.q), connect="finite")
        self.gradient_theory.setData(layers, _log_std(theory.grad_sq), connect="finite")
        self._fit(_log_std(theory.q), _log_std(theory.grad_sq))
        self._theory = theory
        self._show_note()

    def show_measured(self, run: Simulation) -> None:
        """Draw one network's measurements."""
        layers = np.arange(len(run.pre_var), dtype=np.float64)
        signal, gradient = _log_std(run.pre_var), _log_std(run.grad_sq)
        self.signal_points.setData(layers[np.isfinite(signal)], signal[np.isfinite(signal)])
        self.gradient_points.setData(layers[np.isfinite(gradient)], gradient[np.isfinite(gradient)])
        beyond = np.flatnonzero(np.isinf(run.pre_var))
        overflow = int(beyond[0]) if beyond.size else None
        if overflow != self._overflow:
            self._overflow = overflow
            self._show_note()

    def _show_note(self) -> None:
        """Say where a theory curve leaves the plot, so an empty stretch is never a mystery.

        Beyond 10^150 (or below 10^-150) the line stops; past a float's range (1.8e308) the
        theory's value is infinite: the variance map or the gradient's product diverged.
        """
        theory = self._theory
        lines: list[str] = []
        if theory is not None:
            signal, gradient = np.asarray(theory.q, np.float64), np.asarray(theory.grad_sq, np.float64)
            # The signal leaves the plot from a layer upwards, the gradient from a layer downwards.
            for layers, text in (
                (
                    np.flatnonzero(signal == np.inf),
                    self.tr("Pre-activation variance, theory: ∞ from layer {0} (diverges)"),
                ),
                (
                    np.flatnonzero((signal >= CEILING**2) & (signal < np.inf)),
                    self.tr("Pre-activation std, theory: above 10¹⁵⁰ from layer {0}"),
                ),
                (
                    np.flatnonzero(signal <= FLOOR**2),
                    self.tr("Pre-activation std, theory: below 10⁻¹⁵⁰ from layer {0}"),
                ),
            ):
                if layers.size:
                    lines.append(text.format(int(layers[0])))
            for layers, text in (
                (
                    np.flatnonzero(gradient == np.inf),
                    self.tr("Gradient, theory: ∞ at layer {0} and below (explodes)"),
                ),
                (
                    np.flatnonzero((gradient >= CEILING**2) & (gradient < np.inf)),
                    self.tr("Gradient std, theory: above 10¹⁵⁰ at layer {0} and below"),
                ),
                (
                    np.flatnonzero(gradient <= FLOOR**2),
                    self.tr("Gradient std, theory: below 10⁻¹⁵⁰ at layer {0} and below"),
                ),
            ):
                if layers.size:
                    lines.append(text.format(int(layers[-1])))
        if self._overflow is not None:
            lines.append(
                self.tr(
                    "Measured: the signal passed float32's range (3.4 × 10³⁸) at layer {0}; "
                    "no gradient can be measured through it"
                ).format(self._overflow)
            )
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))
        self.note.setPos(0.0, self._range[1])

    def _fit(self, *curves: np.ndarray) -> None:
        values = np.concatenate([c[np.isfinite(c)] for c in curves] or [np.zeros(1)])
        low = float(np.floor(values.min())) if values.size else -2.0
        high = float(np.ceil(values.max())) if values.size else 1.0
        low, high = min(low, -1.0), max(high, 1.0)
        depth = max(len(curves[0]) - 1, 1)
        self.plot.setXRange(0, depth, padding=0.02)
        self.plot.setYRange(low, high, padding=0.05)
        self._range = (low, high)
        step = max(1, int(np.ceil((high - low) / 8)))
        ticks = [(float(k), _decade(k)) for k in range(int(high), int(low) - 1, -step)]
        self.plot.getAxis("left").setTicks([ticks])


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _decade(k: int) -> str:
    return "1" if k == 0 else "10" + str(k).translate(_SUPERSCRIPTS)

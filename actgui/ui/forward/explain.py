"""Explain one neuron: its ten contributions, their sum, and where it sits on the activation.

For the selected neuron j it shows

* the equation h_j = sum_i x_i W_ij + b_j with the actual contributions
  x_i * W_ij filled in, then y_j = f(h_j) and f'(h_j);
* the contributions as a waterfall: each bar starts where the previous one
  ended, b_j is the last step and the dark bar is their total h_j;
* the activation's curve with the point (h_j, y_j) and the tangent of slope
  f'(h_j), so a student sees where on the sigmoid the neuron sits.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from actgui.model import get_activation
from actgui.state.layer import LayerState
from actgui.state.neuron import NeuronExplanation
from actgui.ui.forward._deferred import RefreshWhenShown
from actgui.ui.forward._format import MINUS, format_number
from actgui.ui.forward._lines import ScaledLines
from actgui.ui.forward.diagram import GRADIENT, HIGHLIGHT, NEGATIVE, OUTPUT, POSITIVE, subscript
from actgui.ui.i18n import tr_model, without_gloss
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, Theme
from actgui.ui.widgets.plot_text import PlotText

SATURATED_BELOW = 0.01
"""|f'(h_j)| below this fraction of the largest |f'| counts as saturated."""

TANGENT_HALF_WIDTH = 1.5
TANGENT_RISE = 0.3
"""The tangent rises at most this fraction of the curve's height on each side of the point."""

CURVE_WIDTH = 2.5
TANGENT_WIDTH = 2.0
"""Line widths, in logical pixels."""
LINK_COLOUR = "#8a8a8a"
ZERO_COLOUR = "#7a7a7a"
GUIDE_COLOUR = "#9a9a9a"


def signed_terms(values: np.ndarray | list[float], decimals: int) -> str:
    """Numbers joined as a sum: ``0.1 − 0.2 + 0.3`` (the sign becomes the operator)."""
    parts: list[str] = []
    for k, value in enumerate(values):
        text = format_number(float(value), decimals)
        negative = text.startswith(MINUS)
        magnitude = text[1:] if negative else text
        if k == 0:
            parts.append(text)
        else:
            parts.append(f"{MINUS if negative else '+'} {magnitude}")
    return " ".join(parts)


def activation_symbol(activation_id: str) -> str:
    """The name of f in formulas: σ for the sigmoid, else the activation's name (no gloss)."""
    return "σ" if activation_id == "sigmoid" else without_gloss(tr_model(get_activation(activation_id).name))


class NeuronExplainer(Retranslating, RefreshWhenShown, ScaledLines, QWidget):
    """The explain-one-neuron view of a :class:`LayerState`'s selected neuron."""

    def __init__(self, state: LayerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._theme = LIGHT
        self._labelled_neuron: tuple[int, int] | None = None
        self._equation = ""
        self.title = QLabel()
        self.equation = QLabel()
        self.equation.setTextFormat(Qt.TextFormat.RichText)
        self.equation.setWordWrap(True)
        self.equation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.equation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.waterfall = pg.PlotWidget()
        self.waterfall.setMenuEnabled(False)
        self.waterfall.setMouseEnabled(False, False)
        self.waterfall.hideButtons()
        self.waterfall.showGrid(y=True, alpha=0.15)
        self.steps = pg.BarGraphItem(x=[], y0=[], height=[], width=0.7, pen=pg.mkPen(None))
        self.total = pg.BarGraphItem(x=[], y0=[], height=[], width=0.7, pen=pg.mkPen(None))
        self.links = pg.PlotDataItem()
        self.total_text = PlotText()
        for item in (self.links, self.steps, self.total, self.total_text):
            self.waterfall.addItem(item)
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0)
        self.waterfall.addItem(self.zero_line)

        self.curve_plot = pg.PlotWidget()
        self.curve_plot.setMenuEnabled(False)
        self.curve_plot.hideButtons()
        self.curve_plot.showGrid(x=True, y=True, alpha=0.15)
        self.curve = self.curve_plot.plot()
        self.tangent = self.curve_plot.plot()
        self.h_line = pg.InfiniteLine(angle=90)
        self.curve_plot.addItem(self.h_line)
        # Drawn directly, not from pyqtgraph's symbol cache, which renders at the
        # screen's pixel ratio: a 3x export would show an enlarged 1x dot.
        self.point = pg.ScatterPlotItem(size=13, brush=pg.mkBrush(HIGHLIGHT), useCache=False)
        self.curve_plot.addItem(self.point)
        self.point_text = PlotText(anchor=(0.0, 1.0))
        self.point_text.setZValue(5)
        self.curve_plot.addItem(self.point_text)

        for plot in (self.waterfall, self.curve_plot):
            for name in ("left", "bottom"):
                plot.getAxis(name).enableAutoSIPrefix(False)  # no label re-layout per update
        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.waterfall, 1)
        plots.addWidget(self.curve_plot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.equation)
        layout.addLayout(plots, 1)

        state.forward_changed.connect(self._refresh)
        state.selected_changed.connect(self._refresh)
        state.decimals_changed.connect(self._refresh)
        self._apply_fonts()
        self._style_lines()
        self.retranslate_ui()
        self._refresh(force=True)  # drawn before the first show, so the first layout fits it

    # -- fonts -------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        """Size the title, the equation and the plots' axes from the widget's font."""
        base = self.font()
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        equation_font = QFont(base)
        equation_font.setPointSizeF(base.pointSizeF() * 1.08)
        self.equation.setFont(equation_font)
        tick_font = QFont(base)
        tick_font.setPointSizeF(base.pointSizeF() * 0.9)
        for plot in (self.waterfall, self.curve_plot):
            for name in ("left", "bottom"):
                plot.getAxis(name).setTickFont(tick_font)
            # A fixed width: an axis that widens itself only after a paint skips the
            # labels that did not fit (negative ones) until the next full layout.
            plot.getAxis("left").setWidth(round(5.2 * QFontMetricsF(tick_font).averageCharWidth()) + 14)
        for text in (self.total_text, self.point_text):
            text.setFont(tick_font)

    # -- text -----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._labelled_neuron = None
        self._equation = ""
        size = f"{self.font().pointSizeF():.1f}pt"
        self.waterfall.setTitle(self.tr("Step by step: x<sub>i</sub>·W<sub>ij</sub>, then b"), size=size)
        self.curve_plot.setTitle(self.tr("Where the neuron sits on f"), size=size)
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch and the window's font size."""
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
            self.retranslate_ui()
        super().changeEvent(event)

    def set_theme(self, theme: Theme) -> None:
        """Use the theme's plot colours."""
        self._theme = theme
        for plot in (self.waterfall, self.curve_plot):
            plot.setBackground(theme.plot_background)
            for name in ("left", "bottom"):
                plot.getAxis(name).setTextPen(pg.mkPen(theme.plot_foreground))
        self._style_lines()
        self.retranslate_ui()

    def _style_lines(self) -> None:
        """Set every line's pen at its logical width (see :class:`ScaledLines`)."""
        px = self._px
        theme = self._theme
        for plot in (self.waterfall, self.curve_plot):
            for name in ("left", "bottom"):  # the axes, their ticks and the grid
                plot.getAxis(name).setPen(pg.mkPen(theme.plot_foreground, width=px(1)))
        self.links.setPen(pg.mkPen(LINK_COLOUR, width=px(1), style=Qt.PenStyle.DotLine))
        self.zero_line.setPen(pg.mkPen(ZERO_COLOUR, width=px(1)))
        self.curve.setPen(pg.mkPen(theme.curve, width=px(CURVE_WIDTH)))
        self.tangent.setPen(pg.mkPen(GRADIENT, width=px(TANGENT_WIDTH), style=Qt.PenStyle.DashLine))
        self.h_line.setPen(pg.mkPen(GUIDE_COLOUR, width=px(1), style=Qt.PenStyle.DotLine))
        self.point.setPen(pg.mkPen("#202020", width=px(1.5)))

    def equation_html(self, ex: NeuronExplanation, decimals: int) -> str:
        """The neuron's equations with its numbers filled in, as Qt rich text."""
        j = subscript(ex.index)
        f = activation_symbol(ex.activation)
        act = get_activation(ex.activation)
        num = lambda v: format_number(v, decimals)  # noqa: E731 - a local shorthand
        b_term = signed_terms([1.0, ex.bias], decimals).split(" ", 1)[1]  # "+ b" or "− |b|"
        indent = "&nbsp;" * 4
        b_colour = HIGHLIGHT.darker(130).name()
        lines = [
            f"<i>h</i>{j} = Σ<sub>i</sub> <i>x</i><sub>i</sub>·<i>W</i><sub>i{ex.index}</sub> + <i>b</i>{j}",
            f"{indent} = {signed_terms(ex.contributions, decimals)}",
            f"{indent * 2} <span style='color:{b_colour}'>{b_term} &nbsp;(<i>b</i>{j})</span>",
            f"{indent} = <b>{num(ex.pre_activation)}</b>",
        ]
        if act.is_vector:
            y_line = f"<i>y</i>{j} = {f}(<i>h</i>)<sub>{ex.index}</sub>"
            y_line += self._softmax_terms(ex, decimals) + f" = <b>{num(ex.output)}</b>"
            d_line = f"∂<i>y</i>{j}/∂<i>h</i>{j} = <b>{num(ex.gradient)}</b>"
        else:
            y_line = (
                f"<i>y</i>{j} = {f}(<i>h</i>{j}) = {f}({num(ex.pre_activation)}) = <b>{num(ex.output)}</b>"
            )
            d_line = f"{f}′(<i>h</i>{j}) = {f}′({num(ex.pre_activation)}) = <b>{num(ex.gradient)}</b>"
        lines.append(f"<span style='color:{OUTPUT.darker(120).name()}'>{y_line}</span>")
        lines.append(f"<span style='color:{GRADIENT.darker(125).name()}'>{d_line}</span>")
        _, peak = self.state.reference_ranges()
        if peak > 0 and abs(ex.gradient) < SATURATED_BELOW * peak:
            lines.append(
                f"<span style='color:{self._theme.error}'>"
                + self.tr("Saturated: the gradient has all but vanished, so this neuron barely learns.")
                + "</span>"
            )
        return "<br>".join(lines)

    def _total_colour(self) -> str:
        return "#404040" if self._theme.name == "light" else "#c8c8c8"

    @staticmethod
    def _softmax_terms(ex: NeuronExplanation, decimals: int) -> str:
        """The softmax family's formula for y_j with its numbers, e.g. = e^h₂ / Σₖ e^hₖ = 34.8 / 101.2."""
        if ex.exponentials is None:
            return ""
        j = subscript(ex.index)
        temperature = float(ex.params["temperature"])
        over_t = "" if temperature == 1.0 else "/<i>T</i>"
        sign = MINUS if ex.activation == "softmin" else ""
        s_j = f"{sign}<i>h</i>{j}{over_t}"
        s_k = f"{sign}<i>h</i><sub>k</sub>{over_t}"
        total = float(np.sum(ex.exponentials))
        num = lambda v: format_number(v, decimals)  # noqa: E731 - a local shorthand
        if ex.activation == "log_softmax":
            s_value = ex.pre_activation / temperature
            return f" = {s_j} − ln Σ<sub>k</sub> e<sup>{s_k}</sup> = {num(s_value)} − ln {num(total)}"
        return (
            f" = e<sup>{s_j}</sup> / Σ<sub>k</sub> e<sup>{s_k}</sup>"
            f" = {num(float(ex.exponentials[ex.index]))} / {num(total)}"
        )

    # -- updates -------------------------------------------------------------------------

    def _redraw(self) -> None:
        ex = self.state.explain()
        decimals = self.state.decimals
        j = ex.index
        self.title.setText(self.tr("Neuron {j}: how h{sj} and y{sj} come about").format(j=j, sj=subscript(j)))
        equation = self.equation_html(ex, decimals)
        if equation != self._equation:
            self._equation = equation
            self.equation.setText(equation)

        # Waterfall: contribution i spans [sum of the first i, sum of the first i + 1].
        steps = ex.steps
        ends = ex.running_sums
        starts = ends - steps
        n = steps.size
        xs = np.arange(n, dtype=float)
        brushes = [POSITIVE if v >= 0 else NEGATIVE for v in ex.contributions] + [HIGHLIGHT]
        self.steps.setOpts(x=xs, y0=starts, height=steps, width=0.7, brushes=brushes)
        total_x = n + 0.4
        self.total.setOpts(
            x=[total_x], y0=[0.0], height=[ex.pre_activation], width=0.9, brush=self._total_colour()
        )
        link_x = np.repeat(xs, 2) + np.tile([-0.35, 1.35], n)
        link_x[-1] = total_x - 0.45
        self.links.setData(link_x, np.repeat(ends, 2))
        self.total_text.setText(f"h{subscript(j)} = {format_number(ex.pre_activation, decimals)}")
        self.total_text.setColor(self._theme.plot_foreground)
        self.total_text.setAnchor((1.0, 1.0) if ex.pre_activation >= 0 else (1.0, 0.0))
        self.total_text.setPos(total_x + 0.45, ex.pre_activation)
        extent = np.concatenate([[0.0, ex.pre_activation], starts, ends])
        lo, hi = float(extent.min()), float(extent.max())
        pad = 0.2 * (hi - lo if hi > lo else 1.0)
        self.waterfall.setRange(xRange=(-0.7, total_x + 0.7), yRange=(lo - pad, hi + pad), padding=0.0)

        # The activation around h_j, the point and the tangent.
        grid, values = self.state.neuron_curve(j)
        self.curve.setData(grid, values)
        self.point.setData([ex.pre_activation], [ex.output])
        self.h_line.setPos(ex.pre_activation)
        finite = values[np.isfinite(values)]
        y_lo = min(float(finite.min()), ex.output) if finite.size else ex.output - 1
        y_hi = max(float(finite.max()), ex.output) if finite.size else ex.output + 1
        y_span = y_hi - y_lo if y_hi > y_lo else 1.0
        # The tangent of slope f'(h_j): 1.5 wide, shortened so that a steep one stays in view.
        slope = abs(ex.gradient) if np.isfinite(ex.gradient) else 0.0
        dx = min(TANGENT_HALF_WIDTH, TANGENT_RISE * y_span / slope) if slope > 0 else TANGENT_HALF_WIDTH
        self.tangent.setData(
            [ex.pre_activation - dx, ex.pre_activation + dx],
            [ex.output - dx * ex.gradient, ex.output + dx * ex.gradient],
        )
        self.point_text.setText(
            f" ({format_number(ex.pre_activation, decimals)}, {format_number(ex.output, decimals)}) "
        )
        self.point_text.setAnchor((1.0, 0.0) if ex.pre_activation > 0 else (0.0, 1.0))
        self.point_text.setColor(self._theme.plot_foreground)
        self.point_text.setPos(ex.pre_activation, ex.output)
        y_pad = 0.12 * y_span
        self.curve_plot.setRange(
            xRange=(float(grid[0]), float(grid[-1])), yRange=(y_lo - y_pad, y_hi + y_pad), padding=0.0
        )
        if self._labelled_neuron != (j, n):
            self._labelled_neuron = (j, n)
            style = {"font-size": f"{self.font().pointSizeF():.1f}pt"}
            self.curve_plot.setLabel("bottom", f"h{subscript(j)}", **style)
            self.curve_plot.setLabel("left", f"y{subscript(j)}", **style)
            ticks = [(i, f"{i}") for i in range(n - 1)] + [(n - 1, "b"), (total_x, "h")]
            self.waterfall.getAxis("bottom").setTicks([ticks])

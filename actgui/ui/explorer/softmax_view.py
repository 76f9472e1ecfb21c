"""The softmax family's view: editable logits, output bars, Jacobian, the formula in numbers.

softmax, log_softmax and softmin map a vector to a vector, so instead of a
curve this view shows what they do to one vector of logits: the outputs as
bars (numbers on the bars), the Jacobian as a heatmap, and the formula of
one output with the actual numbers filled in. The temperature is the
activation's parameter, edited with the parameter controls.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from actgui.model.curves import SoftmaxBreakdown, softmax_breakdown
from actgui.state.explorer import MAX_LOGITS, ExplorerState
from actgui.ui.explorer.logits_editor import LogitsEditor
from actgui.ui.explorer.readout_label import ReadoutLabel
from actgui.ui.explorer.softmax_companions import SoftmaxCompanions
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, Theme
from actgui.ui.widgets.formula import FormulaLabel
from actgui.ui.widgets.plot_text import PlotText

FORMULA_DELAY_MS = 120
"""Typeset the numeric formula this long after the last change (it costs ~20 ms)."""

CELL_TEXT_LIMIT = 6
"""Write the value in each Jacobian cell up to this many logits."""


def _num(value: float, digits: int = 3) -> str:
    """Return a number for a formula: ``digits`` significant digits, no needless exponent."""
    if value == 0:
        return "0"
    if 1e-3 <= abs(value) < 1e6:
        return np.format_float_positional(value, precision=digits, unique=True, fractional=False, trim="-")
    mantissa, exponent = f"{value:.{digits}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"


def numeric_formula(activation_id: str, index: int, temperature: float, b: SoftmaxBreakdown) -> str:
    """Return the LaTeX of output ``index`` with the actual numbers filled in.

    Parameters
    ----------
    activation_id
        'softmax', 'softmin', 'log_softmax', 'sparsemax' or 'gumbel_softmax'.
    index
        The output spelled out (0-based; shown 1-based).
    temperature
        The temperature T, shown in the exponents unless it is 1.
    b
        The model's breakdown of the output (exponents, terms, sum, output).
    """
    n = b.terms.size
    i = index + 1
    if activation_id == "sparsemax":
        return (
            rf"y_{{{i}}} = \max(z_{{{i}}} - \tau,\ 0)"
            rf" = \max({_num(float(b.scaled[index]))} - {_num(b.shift, 4)},\ 0)"
            rf" = {_num(float(b.output[index]), 4)}"
        )
    shift = f" - {_num(b.shift)}" if b.shift else ""
    exps = [rf"e^{{{_num(s)}{shift}}}" for s in b.scaled]
    if n > 6:  # keep the sum readable: first three, dots, last
        sum_text = " + ".join(exps[:3]) + r" + \cdots + " + exps[-1]
    else:
        sum_text = " + ".join(exps)
    t_note = "" if temperature == 1 else rf",\ T = {_num(temperature)}"
    if activation_id == "log_softmax":
        return (
            rf"y_{{{i}}} = {_num(b.scaled[index])}{shift} - \log\left({sum_text}\right)"
            rf" = {_num(b.scaled[index] - b.shift)} - {_num(float(np.log(b.total)), 4)}"
            rf" = {_num(float(b.output[index]), 4)}{t_note}"
        )
    if b.soft is not None:  # gumbel_softmax, hard: the one-hot of the soft sample's largest entry
        return (
            rf"y^{{\mathrm{{soft}}}}_{{{i}}} = \frac{{{exps[index]}}}{{{sum_text}}}"
            rf" = {_num(float(b.soft[index]), 4)},\quad"
            rf" y_{{{i}}} = [\,{i} = \arg\max_j y^{{\mathrm{{soft}}}}_j\,] = {_num(float(b.output[index]))}"
        )
    return (
        rf"y_{{{i}}} = \frac{{{exps[index]}}}{{{sum_text}}}"
        rf" = \frac{{{_num(float(b.terms[index]), 4)}}}{{{_num(b.total, 4)}}}"
        rf" = {_num(float(b.output[index]), 4)}{t_note}"
    )


def _set_text(item: pg.TextItem, text: str) -> None:
    """Set a TextItem's text only if it changed (re-laying out text is not free)."""
    if item.textItem.toPlainText() != text:
        item.setText(text)


class SoftmaxView(Retranslating, QWidget):
    """Logits, output bars, Jacobian heatmap and the formula of one output.

    Attributes
    ----------
    bars
        The BarGraphItem of the outputs (its heights are the model's output).
    image
        The ImageItem of the Jacobian (row i, column j = d y_i / d z_j).
    """

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.theme: Theme = LIGHT
        self.breakdown: SoftmaxBreakdown | None = None
        self._layout_key: tuple[str, int] | None = None
        self._bar_brush = pg.mkBrush(LIGHT.curve)
        self._selected_brush = pg.mkBrush(LIGHT.derivative)
        self.jacobian: np.ndarray | None = None

        self.logits_editor = LogitsEditor(state, self)

        # Output bars, created once.
        self.bars_widget = pg.PlotWidget(self, enableMenu=False)
        self.bars_plot = self.bars_widget.getPlotItem()
        self.bars_plot.setMenuEnabled(False)
        self.bars_plot.hideButtons()
        self.bars_plot.setMouseEnabled(x=False, y=False)
        self.bars_plot.showGrid(y=True, alpha=0.15)
        self.bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=0.6, pen=pg.mkPen(None))
        self.bars_plot.addItem(self.bars)
        self.bar_zero = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.bars_plot.addItem(self.bar_zero, ignoreBounds=True)
        self.bar_labels: list[PlotText] = []
        for _ in range(MAX_LOGITS):
            text = PlotText(anchor=(0.5, 1.0))
            text.setVisible(False)
            self.bars_plot.addItem(text, ignoreBounds=True)
            self.bar_labels.append(text)
        self.companions = SoftmaxCompanions(self.bars_plot)
        self.companions_legend = QLabel(self)
        self.companions_legend.setWordWrap(True)

        # Jacobian heatmap, created once.
        self.jac_widget = pg.PlotWidget(self, enableMenu=False)
        self.jac_plot = self.jac_widget.getPlotItem()
        self.jac_plot.setMenuEnabled(False)
        self.jac_plot.hideButtons()
        self.jac_plot.setMouseEnabled(x=False, y=False)
        self.jac_plot.setAspectLocked(True)
        self.jac_plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.jac_plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap="CET-D1", values=(-1.0, 1.0), interactive=False, width=14)
        self.colour_bar.setImageItem(self.image, insert_in=self.jac_plot)
        self.cell_labels: list[PlotText] = []
        for _ in range(CELL_TEXT_LIMIT * CELL_TEXT_LIMIT):
            text = PlotText(anchor=(0.5, 0.5))
            text.setVisible(False)
            self.jac_plot.addItem(text, ignoreBounds=True)
            self.cell_labels.append(text)

        # The formula: general (typeset once per activation), in numbers (typeset when idle).
        self.general_formula = FormulaLabel(self, size=15)
        self.numeric_formula = FormulaLabel(self, size=15)
        self.numbers_line = ReadoutLabel(self)  # changes on every step: must not re-lay out the view
        self.output_label = QLabel(self)
        self.output_combo = QComboBox(self)
        self.bars_title = QLabel(self)
        self.jac_title = QLabel(self)
        for title in (self.bars_title, self.jac_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self._formula_timer = QTimer(self)
        self._formula_timer.setSingleShot(True)
        self._formula_timer.setInterval(FORMULA_DELAY_MS)
        self._formula_timer.timeout.connect(self._typeset_numbers)

        bars_box = QWidget(self)
        bars_layout = QVBoxLayout(bars_box)
        bars_layout.setContentsMargins(0, 0, 0, 0)
        bars_layout.addWidget(self.bars_title)
        bars_layout.addWidget(self.bars_widget, 1)
        bars_layout.addWidget(self.companions_legend)
        jac_box = QWidget(self)
        jac_layout = QVBoxLayout(jac_box)
        jac_layout.setContentsMargins(0, 0, 0, 0)
        jac_layout.addWidget(self.jac_title)
        jac_layout.addWidget(self.jac_widget, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(bars_box)
        self.splitter.addWidget(jac_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        selector = QHBoxLayout()
        selector.addWidget(self.output_label)
        selector.addWidget(self.output_combo)
        selector.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.logits_editor)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(selector)
        layout.addWidget(self.general_formula)
        layout.addWidget(self.numeric_formula)
        layout.addWidget(self.numbers_line)
        for widget in (self.bars_widget, self.jac_widget):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            widget.setMinimumHeight(160)

        self.bars_widget.scene().sigMouseClicked.connect(self._bar_clicked)
        self.output_combo.currentIndexChanged.connect(self._output_picked)
        state.activation_changed.connect(self.update_view)
        state.params_changed.connect(self.update_view)
        state.logits_changed.connect(self.update_view)
        state.selected_output_changed.connect(self.update_view)
        self.set_theme(LIGHT)
        self.retranslate_ui()

    # -- text and appearance ----------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.output_label.setText(self.tr("Spell out output:"))
        self.bars_title.setText(self.tr("Outputs y (click a bar to spell it out)"))
        self.jac_title.setText(self.tr("Jacobian ∂yᵢ/∂zⱼ (row i, column j)"))
        self.bars_plot.setLabel("bottom", self.tr("output"))
        self.update_view()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change; scale the formulas with the font."""
        if event.type() == QEvent.Type.FontChange:
            base = self.font().pointSizeF()
            size = round((base if base > 0 else 10.0) * 1.6, 1)
            self.general_formula.set_font_size(size)
            self.numeric_formula.set_font_size(size)
        super().changeEvent(event)

    def set_theme(self, theme: Theme) -> None:
        """Recolour the plots and formulas for ``theme``."""
        self.theme = theme
        for widget in (self.bars_widget, self.jac_widget):
            widget.setBackground(theme.plot_background)
        for plot in (self.bars_plot, self.jac_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.plot_foreground))
                axis.setTextPen(pg.mkPen(theme.plot_foreground))
        self.colour_bar.axis.setPen(pg.mkPen(theme.plot_foreground))
        self.colour_bar.axis.setTextPen(pg.mkPen(theme.plot_foreground))
        self.bar_zero.setPen(pg.mkPen(theme.zero_line))
        self._bar_brush = pg.mkBrush(theme.curve)
        self._selected_brush = pg.mkBrush(theme.derivative)
        for text in self.bar_labels:
            text.setColor(theme.plot_foreground)
        self.companions.set_theme(theme)
        for formula in (self.general_formula, self.numeric_formula):
            formula.set_colour(theme.text)
        self.update_view()

    # -- binding ----------------------------------------------------------

    def update_view(self, *_args: object) -> None:
        """Show the model's output and Jacobian for the current logits and temperature.

        Only what changed is touched: the axes are re-ticked and re-ranged when
        the number of logits (or the family) changes, not on every slider step.
        """
        state = self.state
        act = state.activation
        if not act.is_vector:
            return
        params = state.params
        logits = np.asarray(state.logits)
        n = logits.size
        selected = state.selected_output
        self.breakdown = b = softmax_breakdown(act.id, logits, params)
        self.jacobian = jac = act.jacobian(logits, **params)

        layout_key = (act.id, n)
        relayout = layout_key != self._layout_key
        if relayout:
            self._layout_key = layout_key
            self._lay_out_axes(act.id, n)

        self.companions.update(act.id, logits, params)
        self.companions_legend.setText(self.companions.legend(act.id))
        self.companions_legend.setVisible(bool(self.companions_legend.text()))
        brushes = [self._selected_brush if i == selected else self._bar_brush for i in range(n)]
        self.bars.setOpts(x=np.arange(n, dtype=np.float64), height=b.output, width=0.6, brushes=brushes)
        for i, text in enumerate(self.bar_labels):
            if i < n:
                value = float(b.output[i])
                _set_text(text, f"{value:.3f}")
                text.setAnchor((0.5, 1.0) if value >= 0 else (0.5, 0.0))
                text.setPos(i, value)
                text.setVisible(True)
            else:
                text.setVisible(False)
        if act.id == "log_softmax":  # probabilities have a fixed [0, 1] axis; log-probabilities do not
            low = float(np.min(b.output))
            self.bars_plot.setYRange(low * 1.15 - 0.05, 0.0, padding=0)

        bound = float(np.max(np.abs(jac)))
        bound = bound if bound > 1e-300 else 1.0  # a subnormal range would overflow pyqtgraph's scaling
        self.image.setImage(jac, autoLevels=False)
        if relayout:  # after setImage: the rect maps the image's current shape
            self.image.setRect(-0.5, -0.5, n, n)
        self.colour_bar.setLevels((-bound, bound))
        show_cells = n <= CELL_TEXT_LIMIT
        for k, text in enumerate(self.cell_labels):
            row, col = divmod(k, CELL_TEXT_LIMIT)
            if show_cells and row < n and col < n:
                value = float(jac[row, col])
                _set_text(text, f"{value:.2f}".replace("-0.00", "0.00"))
                # Dark text on the light middle of the map, light text on its ends.
                colour = "#101010" if abs(value) < 0.55 * bound else "#ffffff"
                if text.color.name() != colour:
                    text.setColor(colour)
                text.setVisible(True)
            else:
                text.setVisible(False)

        with QSignalBlocker(self.output_combo):
            if self.output_combo.count() != n:
                self.output_combo.clear()
                self.output_combo.addItems([f"y{i + 1}" for i in range(n)])
            self.output_combo.setCurrentIndex(selected)

        self.general_formula.set_latex(act.latex)
        self.numbers_line.setText(self._numbers_text(act.id, selected, b))
        self._formula_timer.start()

    def _lay_out_axes(self, activation_id: str, n: int) -> None:
        """Set the ticks and ranges that depend only on the family and the number of logits."""
        self.bars_plot.setXRange(-0.6, n - 0.4, padding=0)
        if activation_id != "log_softmax":
            self.bars_plot.setYRange(0.0, 1.12, padding=0)  # room for the numbers above a bar of 1
        self.bars_plot.getAxis("bottom").setTicks([[(i, f"y{i + 1}") for i in range(n)]])
        ticks = [[(i, str(i + 1)) for i in range(n)]]
        self.jac_plot.getAxis("bottom").setTicks(ticks)
        self.jac_plot.getAxis("left").setTicks(ticks)
        self.jac_plot.setRange(xRange=(-0.5, n - 0.5), yRange=(-0.5, n - 0.5), padding=0.02)
        for k, text in enumerate(self.cell_labels):
            row, col = divmod(k, CELL_TEXT_LIMIT)
            text.setPos(col, row)

    def _numbers_text(self, activation_id: str, index: int, b: SoftmaxBreakdown) -> str:
        i = index + 1
        if activation_id == "sparsemax":
            return self.tr("y{i} = max(z{i} − τ, 0) = max({z:.4g} − {tau:.4g}, 0) = {y:.4f}").format(
                i=i, z=float(b.scaled[index]), tau=b.shift, y=float(b.output[index])
            )
        total = sum(float(v) for v in b.output) if activation_id != "log_softmax" else None
        if activation_id == "log_softmax":
            return self.tr("y{i} = {s:.4g} − log({total:.4g}) = {y:.4g}").format(
                i=i, s=float(b.scaled[index] - b.shift), total=b.total, y=float(b.output[index])
            )
        if b.soft is not None:
            return self.tr(
                "soft y{i} = {num:.4g} / {den:.4g} = {soft:.4f};  hard y{i} = {y:.0f}"
                "    (1 for the largest soft value, 0 for the others)"
            ).format(
                i=i,
                num=float(b.terms[index]),
                den=b.total,
                soft=float(b.soft[index]),
                y=float(b.output[index]),
            )
        return self.tr("y{i} = {num:.4g} / {den:.4g} = {y:.4f}    (the outputs sum to {total:.4f})").format(
            i=i, num=float(b.terms[index]), den=b.total, y=float(b.output[index]), total=total
        )

    def _typeset_numbers(self) -> None:
        b = self.breakdown
        if b is None or not self.state.activation.is_vector:
            return
        temperature = float(self.state.params.get("temperature", 1.0))  # gumbel's tau is in b.scaled
        self.numeric_formula.set_latex(
            numeric_formula(self.state.activation_id, self.state.selected_output, temperature, b)
        )

    def _output_picked(self, index: int) -> None:
        if index >= 0:
            self.state.set_selected_output(index)

    def _bar_clicked(self, event) -> None:
        if not self.bars_plot.vb.sceneBoundingRect().contains(event.scenePos()):
            return
        x = self.bars_plot.vb.mapSceneToView(event.scenePos()).x()
        index = round(x)
        if 0 <= index < len(self.state.logits) and abs(x - index) <= 0.4:
            self.state.set_selected_output(index)

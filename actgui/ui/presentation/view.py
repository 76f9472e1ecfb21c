"""The full-screen teaching page: compact strip, big plots, the formula and the note."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from actgui.model import ACTIVATIONS, get_activation, sample_curve
from actgui.state.explorer import ExplorerState
from actgui.state.view import ViewSettings
from actgui.ui.i18n import tr_model
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.presentation.fit_label import FitLabel
from actgui.ui.presentation.steps import StepThrough
from actgui.ui.presentation.sweep_player import SweepPlayer
from actgui.ui.widgets.decimate import DecimatedCurve
from actgui.ui.widgets.formula import FormulaLabel
from actgui.ui.widgets.param_editor import ParamEditor

FONT_SCALE = 2.1
"""Body text of the teaching view relative to the application font."""

LINE_WIDTH = 5.0
"""Curve width in pixels: readable from the back of a classroom."""


@dataclass(frozen=True)
class Palette:
    """High-contrast colours of the teaching view for one theme."""

    background: str
    foreground: str
    grid_alpha: float
    curve: str
    derivative: str
    logits: str
    zero_line: str


# Okabe-Ito blue/vermillion on white, sky blue/orange on black: distinguishable
# with the common colour-vision deficiencies and on washed-out projectors.
PALETTES = {
    "light": Palette("#ffffff", "#000000", 0.25, "#0057A0", "#C84800", "#7A7A7A", "#555555"),
    "dark": Palette("#000000", "#ffffff", 0.3, "#56B4E9", "#FF9E1F", "#A0A0A0", "#AAAAAA"),
}


class PresentationView(Retranslating, QWidget):
    """The full-screen teaching page: compact strip, big plots, formula and note.

    Bound to ``state`` both ways: the strip's controls call its setters, and
    every change of the state (from here or from the clicker) updates the
    plots and texts. Plot items are created once and updated with ``setData``.
    """

    def __init__(
        self,
        state: ExplorerState,
        steps: StepThrough,
        parent: QWidget | None = None,
        view_settings: ViewSettings | None = None,
    ) -> None:
        super().__init__(parent)
        theme = view_settings.theme if view_settings is not None else "light"
        self.setObjectName("presentation_view")
        self.state = state
        self.steps = steps
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._base_point_size = 10.0

        # The compact strip.
        self.strip = QFrame(self)
        self.strip.setObjectName("presentation_strip")
        self.strip.setFrameShape(QFrame.Shape.NoFrame)
        self.activation_combo = QComboBox(self.strip)
        self.activation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for activation_id in ACTIVATIONS:
            self.activation_combo.addItem("", activation_id)
        self.param_editor = ParamEditor(state, "row", parent=self.strip)
        # A play button beside each numeric parameter: a live sweep for the class.
        self.sweep_player = SweepPlayer(state, self.param_editor, self)
        self.prev_button = QToolButton(self.strip)
        self.prev_button.setText("◀")
        self.step_label = QLabel(self.strip)
        self.step_label.setObjectName("presentation_step")
        self.next_button = QToolButton(self.strip)
        self.next_button.setText("▶")
        self.choose_button = QPushButton(self.strip)
        self.exit_button = QPushButton(self.strip)
        strip_layout = QHBoxLayout(self.strip)
        strip_layout.setContentsMargins(10, 4, 10, 4)
        strip_layout.addWidget(self.activation_combo)
        strip_layout.addWidget(self.param_editor)
        strip_layout.addStretch(1)
        for widget in (
            self.prev_button,
            self.step_label,
            self.next_button,
            self.choose_button,
            self.exit_button,
        ):
            strip_layout.addWidget(widget)

        # The plots.
        self.f_widget = pg.PlotWidget(self)
        self.df_widget = pg.PlotWidget(self)
        self.f_plot = self.f_widget.getPlotItem()
        self.df_plot = self.df_widget.getPlotItem()
        for plot in (self.f_plot, self.df_plot):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.f_zero = [pg.InfiniteLine(pos=0, angle=a) for a in (0, 90)]
        self.df_zero = [pg.InfiniteLine(pos=0, angle=a) for a in (0, 90)]
        for line in self.f_zero:
            self.f_plot.addItem(line)
        for line in self.df_zero:
            self.df_plot.addItem(line)
        # Thinned where the curve runs straight (a thick stroke costs per
        # vertex). Not auto-downsampled as in the explorer: these views are
        # auto-ranged, and a subsample that drops the last sample moves the
        # x range, which re-subsamples, which moves it back, forever. The
        # thinned curve keeps its ends and extremes, so its bounds do not move.
        self.f_curve = DecimatedCurve()
        self.df_curve = DecimatedCurve()
        for plot, curve in ((self.f_plot, self.f_curve), (self.df_plot, self.df_curve)):
            curve.opts["autoDownsampleFactor"] = self.devicePixelRatioF()  # sets the tolerance only
            plot.addItem(curve)
        # For the softmax family the lower plot shows the logits and the
        # resulting outputs as bars instead of a derivative curve.
        self.logit_bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=0.38)
        self.output_bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=0.38)
        self.df_plot.addItem(self.logit_bars)
        self.df_plot.addItem(self.output_bars)

        # The text column.
        self.name_label = QLabel(self)
        self.name_label.setObjectName("presentation_name")
        self.name_label.setWordWrap(True)
        self.formula = FormulaLabel(self, size=30.0)
        self.derivative_formula = FormulaLabel(self, size=24.0)
        self.note_label = FitLabel(self)
        self.note_label.setObjectName("presentation_note")
        text_column = QVBoxLayout()
        text_column.setSpacing(14)
        text_column.addWidget(self.name_label)
        text_column.addWidget(self.formula)
        text_column.addWidget(self.derivative_formula)
        text_column.addWidget(self.note_label, 1)

        plots = QVBoxLayout()
        plots.addWidget(self.f_widget, 1)
        plots.addWidget(self.df_widget, 1)
        body = QHBoxLayout()
        body.setContentsMargins(12, 6, 16, 12)
        body.addLayout(plots, 62)
        body.addSpacing(18)
        body.addLayout(text_column, 38)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.strip)
        layout.addLayout(body, 1)

        self.palette_colours = PALETTES.get(theme, PALETTES["light"])

        self.activation_combo.currentIndexChanged.connect(self._combo_changed)
        state.activation_changed.connect(self._activation_changed)
        state.params_changed.connect(self._params_changed)
        state.x_range_changed.connect(self._range_changed)
        state.logits_changed.connect(self._params_changed)
        if view_settings is not None:
            view_settings.theme_changed.connect(self._theme_changed)

        self.apply_font(QFont(self.font()))
        self.set_colours(PALETTES.get(theme, PALETTES["light"]))
        self.retranslate_ui()
        self._activation_changed(state.activation_id)

    # -- stepping -------------------------------------------------------------

    def update_step_label(self) -> None:
        """Show "2 / 5" (or "– / 5" off the list) and enable the arrows."""
        position = self.steps.position(self.state.activation_id)
        total = len(self.steps.ids)
        self.step_label.setText(f"{position + 1} / {total}" if position is not None else f"– / {total}")
        self.prev_button.setEnabled(position is None or position > 0)
        self.next_button.setEnabled(position is None or position + 1 < total)

    # -- appearance -------------------------------------------------------------

    def apply_font(self, base: QFont) -> None:
        """Scale every text of the view from the application font ``base``."""
        self._base_point_size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        size = self._base_point_size
        tick = QFont(base)
        tick.setPointSizeF(size * 1.5)
        for plot in (self.f_plot, self.df_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setStyle(tickFont=tick, tickTextOffset=8)
                axis.label.setFont(tick)
            plot.getAxis("left").setWidth(round(size * 8))
        self.formula.set_font_size(round(size * 3.6, 1))
        self.derivative_formula.set_font_size(round(size * 2.8, 1))
        self._apply_style()

    def set_colours(self, colours: Palette) -> None:
        """Recolour the view: background, text, axes and curves."""
        self.palette_colours = colours
        for widget in (self.f_widget, self.df_widget):
            widget.setBackground(colours.background)
        foreground = pg.mkPen(colours.foreground, width=2)
        for plot in (self.f_plot, self.df_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(foreground)
                axis.setTextPen(foreground)
            plot.showGrid(x=True, y=True, alpha=colours.grid_alpha)
        zero = pg.mkPen(colours.zero_line, width=2)
        for line in (*self.f_zero, *self.df_zero):
            line.setPen(zero)
        self.f_curve.setPen(pg.mkPen(colours.curve, width=LINE_WIDTH))
        self.df_curve.setPen(pg.mkPen(colours.derivative, width=LINE_WIDTH))
        self.logit_bars.setOpts(brush=pg.mkBrush(colours.logits), pen=pg.mkPen(None))
        self.output_bars.setOpts(brush=pg.mkBrush(colours.derivative), pen=pg.mkPen(None))
        self.formula.set_colour(colours.foreground)
        self.derivative_formula.set_colour(colours.foreground)
        self._apply_style()

    def _apply_style(self) -> None:
        # Fonts go through the style sheet too: with a style sheet on a parent,
        # QWidget.setFont() no longer reaches the children reliably.
        colours = self.palette_colours
        size = self._base_point_size
        body, strip, title = size * FONT_SCALE, size * 1.4, size * 2.6
        self.note_label.set_max_point_size(body)
        self.setStyleSheet(
            f"#presentation_view {{ background: {colours.background}; }}"
            f"#presentation_view QLabel {{ color: {colours.foreground}; font-size: {body:.1f}pt; }}"
            f"#presentation_strip {{ border-bottom: 2px solid {colours.foreground}; }}"
            f"#presentation_strip QLabel, #presentation_strip QComboBox,"
            f" #presentation_strip QAbstractSpinBox, #presentation_strip QAbstractButton"
            f" {{ font-size: {strip:.1f}pt; }}"
            f"#presentation_view QLabel#presentation_name, #presentation_strip QLabel#presentation_step"
            f" {{ font-size: {title:.1f}pt; font-weight: bold; }}"
        )
        self._label_axes()

    def _theme_changed(self, theme: str) -> None:
        self.set_colours(PALETTES.get(theme, PALETTES["light"]))

    # -- text -----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.prev_button.setToolTip(self.tr("Previous activation (PageUp)"))
        self.next_button.setToolTip(self.tr("Next activation (PageDown)"))
        self.activation_combo.setToolTip(self.tr("Activation shown"))
        self.choose_button.setText(self.tr("Steps…"))
        self.choose_button.setToolTip(self.tr("Choose the activations PageDown and PageUp step through"))
        self.exit_button.setText(self.tr("Exit presentation"))
        self.exit_button.setToolTip(self.tr("Back to the normal window (F5 or Esc)"))
        self.step_label.setToolTip(self.tr("Position in the list of steps"))
        for index in range(self.activation_combo.count()):
            activation_id = str(self.activation_combo.itemData(index))
            self.activation_combo.setItemText(index, tr_model(get_activation(activation_id).name))
        self._update_texts()
        self._label_axes()

    def _label_axes(self) -> None:
        colour = self.palette_colours.foreground
        size = f"{self._base_point_size * 1.5:.1f}pt"
        style = {"color": colour, "font-size": size}
        title = {"color": colour, "size": f"{self._base_point_size * 1.8:.1f}pt"}
        if self.state.activation.is_vector:
            self.f_plot.setTitle(self.tr("Output y₁ for the logits (x, 0)"), **title)
            self.df_plot.setTitle(self.tr("Logits zᵢ (grey) and outputs yᵢ (colour)"), **title)
            self.f_plot.setLabel("left", "y₁", **style)
            self.df_plot.setLabel("left", "zᵢ, yᵢ", **style)
            self.df_plot.setLabel("bottom", "i", **style)
        elif self.state.activation.is_gated:  # GLU: the curve along b of a * g(b), a = 1
            self.f_plot.setTitle(self.tr("a · g(b) along b, for a = 1"), **title)
            self.df_plot.setTitle(self.tr("Its derivative ∂/∂b = g′(b)"), **title)
            self.f_plot.setLabel("left", "a · g(b)", **style)
            self.df_plot.setLabel("left", "g′(b)", **style)
            self.df_plot.setLabel("bottom", "b", **style)
        else:
            self.f_plot.setTitle(self.tr("Activation f(x)"), **title)
            self.df_plot.setTitle(self.tr("Derivative f′(x)"), **title)
            self.f_plot.setLabel("left", "f(x)", **style)
            self.df_plot.setLabel("left", "f′(x)", **style)
            self.df_plot.setLabel("bottom", "x", **style)
        self.f_plot.setLabel("bottom", "b" if self.state.activation.is_gated else "x", **style)

    def _update_texts(self) -> None:
        act = self.state.activation
        self.name_label.setText(tr_model(act.name))
        self.note_label.setText(tr_model(act.note))
        self.formula.set_latex(act.latex)
        self.derivative_formula.set_latex(act.latex_derivative)
        self.update_step_label()

    # -- state -> view ------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop a live sweep when the teaching view goes away."""
        self.sweep_player.stop()
        super().hideEvent(event)

    def _activation_changed(self, activation_id: str) -> None:
        index = self.activation_combo.findData(activation_id)
        with QSignalBlocker(self.activation_combo):
            self.activation_combo.setCurrentIndex(index)
        self.param_editor.refresh()
        self._update_texts()
        self._label_axes()
        self.update_plots()

    def _params_changed(self, *_args: object) -> None:
        # A change made while activation_changed is still being delivered (a logit box
        # committing as the softmax view hides) arrives before _activation_changed here:
        # the editor rebuilds for the new activation then.
        self.param_editor.refresh()
        self.update_plots()

    def _range_changed(self, *_args: object) -> None:
        self.update_plots()

    def update_plots(self) -> None:
        """Resample the selected activation and update the curves in place."""
        act = self.state.activation
        params = self.state.params
        x_min, x_max = self.state.x_range
        curve = sample_curve(act.id, params, x_min, x_max, min(self.state.samples, 2000))
        self.f_curve.setData(curve.x, curve.y)
        vector = act.is_vector
        self.df_curve.setVisible(not vector)
        self.logit_bars.setVisible(vector)
        self.output_bars.setVisible(vector)
        for line in self.df_zero[1:]:
            line.setVisible(not vector)
        if vector:
            logits = np.asarray(self.state.logits, dtype=np.float64)
            outputs = act(logits, **params)
            index = np.arange(1, logits.size + 1, dtype=np.float64)
            self.logit_bars.setOpts(x=index - 0.2, height=logits)
            self.output_bars.setOpts(x=index + 0.2, height=outputs)
            axis = self.df_plot.getAxis("bottom")
            axis.setTicks([[(float(i), str(int(i))) for i in index]])
        else:
            self.df_curve.setData(curve.x, curve.dy)
            self.df_plot.getAxis("bottom").setTicks(None)
        for plot in (self.f_plot, self.df_plot):
            plot.enableAutoRange()

    # -- view -> state --------------------------------------------------------------

    def _combo_changed(self, index: int) -> None:
        if index >= 0:
            self.state.set_activation(str(self.activation_combo.itemData(index)))

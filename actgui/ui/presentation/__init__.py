"""Presentation mode: the app on a classroom projector.

F5 swaps the main window's page for a full-screen teaching view: large type,
thick high-contrast curves, the controls collapsed into one compact strip,
the plots filling the screen and, beside them, the activation's name, its
formula, its derivative and its teaching note in large print. PageDown and
PageUp (what a presentation clicker sends) step through a list of
activations: the seed's five, or a list the teacher picks (remembered).

Leaving (F5 or Esc) puts back the original page and restores the window's
geometry, window state, menu bar, status bar, tool bars and docks exactly:
the page itself is only detached, never rebuilt or resized by this module.

The step logic is the Qt-free :class:`StepThrough`; the view binds to the
same :class:`~actgui.state.AppState` as the explorer, so what was shown in
class is still selected afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from actgui.model import ACTIVATIONS, SEED_IDS, get_activation, sample_curve
from actgui.state.explorer import AppState
from actgui.ui.i18n import tr_model
from actgui.ui.settings import open_settings
from actgui.ui.widgets.decimate import DecimatedCurve
from actgui.ui.widgets.formula import FormulaLabel
from actgui.ui.widgets.retranslate import Retranslating

STEPS_KEY = "presentation/steps"
"""Settings key of the teacher's step list (activation ids, in order)."""

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


class StepThrough:
    """Which activation the next and previous clicks select (Qt-free).

    Parameters
    ----------
    ids
        The activation ids to step through, in order.

    Raises
    ------
    ValueError
        If the list is empty or names an unknown activation.
    """

    def __init__(self, ids: Iterable[str] = SEED_IDS) -> None:
        self._ids: tuple[str, ...] = ()
        self.set_ids(ids)

    @property
    def ids(self) -> tuple[str, ...]:
        """The list, without duplicates, in order."""
        return self._ids

    def set_ids(self, ids: Iterable[str]) -> None:
        """Replace the list (ValueError if empty or an id is unknown)."""
        unique = tuple(dict.fromkeys(get_activation(i).id for i in ids))
        if not unique:
            raise ValueError("the step list needs at least one activation")
        self._ids = unique

    def position(self, current: str) -> int | None:
        """The 0-based position of ``current`` in the list, or None if it is not in it."""
        try:
            return self._ids.index(current)
        except ValueError:
            return None

    def next(self, current: str) -> str | None:
        """The activation after ``current``; the first one if ``current`` is not in the list.

        Returns None at the end of the list: a clicker pressed once too often
        should not jump back to the start in front of the class.
        """
        index = self.position(current)
        if index is None:
            return self._ids[0]
        return self._ids[index + 1] if index + 1 < len(self._ids) else None

    def previous(self, current: str) -> str | None:
        """The activation before ``current``; the first one if ``current`` is not in the list."""
        index = self.position(current)
        if index is None:
            return self._ids[0]
        return self._ids[index - 1] if index > 0 else None


def load_steps() -> tuple[str, ...]:
    """The teacher's saved step list, or the seed's five activations."""
    value = open_settings().value(STEPS_KEY, "", type=str)
    ids = [part for part in str(value).split(",") if part in ACTIVATIONS]
    return tuple(dict.fromkeys(ids)) or SEED_IDS


def save_steps(ids: Sequence[str]) -> None:
    """Remember the step list (ValueError for an unknown id or an empty list)."""
    steps = StepThrough(ids).ids
    settings = open_settings()
    settings.setValue(STEPS_KEY, ",".join(steps))
    settings.sync()


# --------------------------------------------------------------------------
# The step-list dialog.
# --------------------------------------------------------------------------


class StepListDialog(Retranslating, QDialog):
    """Pick and order the activations that PageDown/PageUp step through."""

    def __init__(self, steps: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_list_dialog")
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.seed_button = QPushButton(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.seed_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.seed_button.clicked.connect(lambda: self.set_steps(SEED_IDS))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update_ok)
        self.set_steps(steps)
        self.retranslate_ui()
        self.resize(460, 520)

    def set_steps(self, steps: Sequence[str]) -> None:
        """Check ``steps`` in their order, followed by the others unchecked."""
        chosen = [i for i in steps if i in ACTIVATIONS]
        order = [*chosen, *(i for i in ACTIVATIONS if i not in chosen)]
        with QSignalBlocker(self.list):
            self.list.clear()
            for activation_id in order:
                item = QListWidgetItem(self.list)
                item.setData(Qt.ItemDataRole.UserRole, activation_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if activation_id in chosen else Qt.CheckState.Unchecked
                )
        self._name_items()
        self._update_ok()

    def steps(self) -> tuple[str, ...]:
        """The checked activations, in list order."""
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def retranslate_ui(self) -> None:
        """Set the translatable texts."""
        self.setWindowTitle(self.tr("Presentation steps"))
        self.hint.setText(
            self.tr(
                "Tick the activations to show in class and put them in order (drag, or use the "
                "buttons). PageDown and PageUp, or a presentation clicker, step through them."
            )
        )
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.seed_button.setText(self.tr("The lesson's five"))
        self.seed_button.setToolTip(self.tr("Sigmoid, ReLU, tanh, softmax and Leaky ReLU"))
        self._name_items()

    def _name_items(self) -> None:
        with QSignalBlocker(self.list):
            for row in range(self.list.count()):
                item = self.list.item(row)
                item.setText(tr_model(get_activation(str(item.data(Qt.ItemDataRole.UserRole))).name))

    def _move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _update_ok(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.steps()))


# --------------------------------------------------------------------------
# The teaching view.
# --------------------------------------------------------------------------


class FitLabel(QLabel):
    """Word-wrapped text at the largest size, up to a maximum, that fits the label.

    A long teaching note stays whole on a small projector or at a large font
    scale instead of running off the bottom of the screen. The label takes
    the room its layout gives it (its own size hint is ignored), so fitting
    the text never resizes it and cannot loop.
    """

    MIN_POINT_SIZE = 7.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._max_point_size = 12.0
        self.fitted_point_size = 12.0

    @property
    def max_point_size(self) -> float:
        """The size the text has when there is room for it."""
        return self._max_point_size

    def set_max_point_size(self, size: float) -> None:
        """Set the size the text has when there is room for it."""
        self._max_point_size = size
        self.fit()

    def setText(self, text: str) -> None:
        """Show ``text`` at the size that fits."""
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the text to the new size."""
        super().resizeEvent(event)
        self.fit()

    def fits(self, point_size: float) -> bool:
        """Whether the text at ``point_size`` fits the label's contents rectangle."""
        room = self.contentsRect()
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        needed = QFontMetrics(font).boundingRect(
            QRect(0, 0, room.width(), 1_000_000),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft),
            self.text(),
        )
        return needed.height() <= room.height() and needed.width() <= room.width()

    def fit(self) -> None:
        """Pick the largest point size up to the maximum at which the text fits."""
        size = self._max_point_size
        room = self.contentsRect()
        if self.text() and room.width() > 20 and room.height() > 20 and not self.fits(size):
            low, high = self.MIN_POINT_SIZE, size
            for _ in range(10):  # bisection to about 0.05 pt
                middle = (low + high) / 2
                if self.fits(middle):
                    low = middle
                else:
                    high = middle
            size = low
        if abs(size - self.fitted_point_size) > 0.04 or not self.styleSheet():
            self.fitted_point_size = size
            # The widget's own style sheet wins over the view's QLabel rule.
            self.setStyleSheet(f"font-size: {size:.2f}pt;")


class PresentationView(Retranslating, QWidget):
    """The full-screen teaching page: compact strip, big plots, formula and note.

    Bound to ``state`` both ways: the strip's controls call its setters, and
    every change of the state (from here or from the clicker) updates the
    plots and texts. Plot items are created once and updated with ``setData``.
    """

    def __init__(self, state: AppState, steps: StepThrough, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.param_box = QWidget(self.strip)
        self.param_layout = QHBoxLayout(self.param_box)
        self.param_layout.setContentsMargins(0, 0, 0, 0)
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
        strip_layout.addWidget(self.param_box)
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

        self._param_editors: dict[str, QDoubleSpinBox | QComboBox] = {}
        self._param_labels: dict[str, QLabel] = {}
        self._editors_for = ""
        self.palette_colours = PALETTES.get(state.theme, PALETTES["light"])

        self.activation_combo.currentIndexChanged.connect(self._combo_changed)
        state.activation_changed.connect(self._activation_changed)
        state.params_changed.connect(self._params_changed)
        state.x_range_changed.connect(self._range_changed)
        state.logits_changed.connect(self._params_changed)
        state.theme_changed.connect(self._theme_changed)

        self.apply_font(QFont(self.font()))
        self.set_colours(PALETTES.get(state.theme, PALETTES["light"]))
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
        else:
            self.f_plot.setTitle(self.tr("Activation f(x)"), **title)
            self.df_plot.setTitle(self.tr("Derivative f′(x)"), **title)
            self.f_plot.setLabel("left", "f(x)", **style)
            self.df_plot.setLabel("left", "f′(x)", **style)
            self.df_plot.setLabel("bottom", "x", **style)
        self.f_plot.setLabel("bottom", "x", **style)

    def _update_texts(self) -> None:
        act = self.state.activation
        self.name_label.setText(tr_model(act.name))
        self.note_label.setText(tr_model(act.note))
        self.formula.set_latex(act.latex)
        self.derivative_formula.set_latex(act.latex_derivative)
        self.update_step_label()

    # -- state -> view ------------------------------------------------------------

    def _activation_changed(self, activation_id: str) -> None:
        index = self.activation_combo.findData(activation_id)
        with QSignalBlocker(self.activation_combo):
            self.activation_combo.setCurrentIndex(index)
        self._build_param_editors()
        self._update_texts()
        self._label_axes()
        self.update_plots()

    def _params_changed(self, *_args: object) -> None:
        # A change made while activation_changed is still being delivered (a logit box
        # committing as the softmax view hides) arrives before _activation_changed here.
        self._build_param_editors()
        values = self.state.params
        for name, editor in self._param_editors.items():
            with QSignalBlocker(editor):
                if isinstance(editor, QComboBox):
                    editor.setCurrentText(str(values[name]))
                else:
                    editor.setValue(float(values[name]))
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

    def _build_param_editors(self) -> None:
        act = self.state.activation
        if act.id == self._editors_for:
            return
        self._editors_for = act.id
        self._param_editors.clear()
        self._param_labels.clear()
        while self.param_layout.count():
            item = self.param_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hiding a spin box that has focus commits what was typed in it:
                # that value belongs to the previous activation, so drop it.
                widget.blockSignals(True)
                widget.hide()  # deleteLater waits for the event loop
                widget.deleteLater()
        values = self.state.params
        for param in act.params:
            label = QLabel(param.name, self.param_box)
            label.setToolTip(tr_model(param.description))
            editor: QDoubleSpinBox | QComboBox
            if param.is_choice:
                editor = QComboBox(self.param_box)
                editor.addItems(list(param.choices or ()))
                editor.setCurrentText(str(values[param.name]))
                editor.currentTextChanged.connect(lambda text, name=param.name: self._set_param(name, text))
            else:
                editor = QDoubleSpinBox(self.param_box)
                assert param.minimum is not None and param.maximum is not None
                editor.setRange(param.minimum, param.maximum)
                editor.setSingleStep(param.step or 0.1)
                editor.setDecimals(3 if (param.step or 1.0) < 0.1 else 2)
                editor.setKeyboardTracking(False)
                editor.setValue(float(values[param.name]))
                editor.valueChanged.connect(lambda value, name=param.name: self._set_param(name, value))
            editor.setToolTip(tr_model(param.description))
            self.param_layout.addWidget(label)
            self.param_layout.addWidget(editor)
            self._param_editors[param.name] = editor
            self._param_labels[param.name] = label

    def _set_param(self, name: str, value: object) -> None:
        if name not in self._param_editors:  # an editor of the previous activation
            return
        try:
            self.state.set_param(name, value)
        except ValueError:
            self._params_changed()  # refused (e.g. min_val >= max_val): show the state's value


# --------------------------------------------------------------------------
# The controller that swaps the window into presentation mode and back.
# --------------------------------------------------------------------------


@dataclass
class _SavedLayout:
    central: QWidget
    geometry: QByteArray
    normal_rect: QRect
    state: QByteArray
    window_state: Qt.WindowState
    menu_bar_visible: bool
    status_bar_visible: bool
    hidden_bars: list[QWidget]


class PresentationMode(QObject):
    """F5 toggles presentation mode on a main window; PageDown/PageUp step.

    Parameters
    ----------
    window
        The main window whose central widget is swapped for the teaching view.
    state
        The application state the view binds to.
    menu
        A menu (e.g. View) to add the toggle and step-list actions to; the
        actions are also added to the window, so their shortcuts work while
        the menu bar is hidden.

    Attributes
    ----------
    toggle_action
        Checkable, F5.
    next_action, previous_action
        PageDown and PageUp; enabled only in presentation mode.
    steps_action
        Opens the step-list dialog.
    """

    def __init__(self, window: QMainWindow, state: AppState, menu: QMenu | None = None) -> None:
        super().__init__(window)
        self.setObjectName("presentation_mode")
        self.window = window
        self.state = state
        self.steps = StepThrough(load_steps())
        self.view: PresentationView | None = None
        self._saved: _SavedLayout | None = None

        self.toggle_action = QAction(window)
        self.toggle_action.setObjectName("action_presentation")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.toggle_action.toggled.connect(self.set_active)
        self.exit_action = QAction(window)
        self.exit_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.exit_action.setEnabled(False)
        self.exit_action.triggered.connect(lambda: self.set_active(False))
        self.next_action = QAction(window)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.setEnabled(False)
        self.next_action.triggered.connect(self.step_next)
        self.previous_action = QAction(window)
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_action.setEnabled(False)
        self.previous_action.triggered.connect(self.step_previous)
        self.steps_action = QAction(window)
        self.steps_action.setObjectName("action_presentation_steps")
        self.steps_action.triggered.connect(self.choose_steps)
        for action in (
            self.toggle_action,
            self.exit_action,
            self.next_action,
            self.previous_action,
            self.steps_action,
        ):
            window.addAction(action)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.toggle_action)
            menu.addAction(self.steps_action)
        window.installEventFilter(self)
        self.retranslate_ui()

    @property
    def active(self) -> bool:
        """Whether the window is in presentation mode."""
        return self._saved is not None

    def retranslate_ui(self) -> None:
        """Set the actions' texts in the current language."""
        self.toggle_action.setText(self.tr("&Presentation mode"))
        self.toggle_action.setToolTip(self.tr("Large type and plots for a projector (F5)"))
        self.toggle_action.setStatusTip(self.tr("Large type and plots for a projector (F5)"))
        self.steps_action.setText(self.tr("Presentation &steps…"))
        self.steps_action.setStatusTip(self.tr("Choose the activations PageDown and PageUp step through"))
        self.next_action.setText(self.tr("Next activation"))
        self.previous_action.setText(self.tr("Previous activation"))
        self.exit_action.setText(self.tr("Exit presentation"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's language and font (Ctrl+=, Ctrl+-); leave the mode before it closes."""
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate_ui()
            elif event.type() == QEvent.Type.FontChange and self.view is not None:
                self.view.apply_font(QFont(self.window.font()))
            elif event.type() == QEvent.Type.Close and self.active:
                # So that the window's own closeEvent saves the normal layout.
                self.set_active(False)
        return False

    def set_active(self, active: bool) -> None:
        """Enter or leave presentation mode (no-op if already in that mode)."""
        if active and not self.active:
            self._enter()
        elif not active and self.active:
            self._leave()
        with QSignalBlocker(self.toggle_action):
            self.toggle_action.setChecked(self.active)
        for action in (self.next_action, self.previous_action, self.exit_action):
            action.setEnabled(self.active)

    def toggle(self) -> None:
        """Switch presentation mode on or off."""
        self.set_active(not self.active)

    def step_next(self) -> bool:
        """Show the next activation of the step list (False at the end)."""
        target = self.steps.next(self.state.activation_id)
        if target is None:
            return False
        self.state.set_activation(target)
        return True

    def step_previous(self) -> bool:
        """Show the previous activation of the step list (False at the start)."""
        target = self.steps.previous(self.state.activation_id)
        if target is None:
            return False
        self.state.set_activation(target)
        return True

    def set_steps(self, ids: Sequence[str]) -> None:
        """Use and remember another step list (ValueError if empty or unknown)."""
        self.steps.set_ids(ids)
        save_steps(self.steps.ids)
        if self.view is not None:
            self.view.update_step_label()

    def choose_steps(self) -> None:
        """Let the teacher pick and order the step list."""
        dialog = StepListDialog(self.steps.ids, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.steps():
            self.set_steps(dialog.steps())
        dialog.deleteLater()

    # -- swapping -------------------------------------------------------------------

    def _enter(self) -> None:
        window = self.window
        bars = [w for w in window.findChildren(QToolBar) if w.parent() is window and w.isVisible()]
        docks = [w for w in window.findChildren(QDockWidget) if w.parent() is window and w.isVisible()]
        self._saved = _SavedLayout(
            central=window.centralWidget(),
            geometry=window.saveGeometry(),
            normal_rect=QRect(window.geometry()),
            state=window.saveState(),
            window_state=window.windowState(),
            menu_bar_visible=window.menuBar().isVisible() if window.menuWidget() else False,
            status_bar_visible=window.statusBar().isVisible() if _has_status_bar(window) else False,
            hidden_bars=[*bars, *docks],
        )
        if self.view is None:
            self.view = PresentationView(self.state, self.steps, window)
            self.view.exit_button.clicked.connect(lambda: self.set_active(False))
            self.view.choose_button.clicked.connect(self.choose_steps)
            self.view.prev_button.clicked.connect(self.step_previous)
            self.view.next_button.clicked.connect(self.step_next)
        else:
            self.view.update_plots()
            self.view.update_step_label()
        self.view.apply_font(QFont(window.font()))
        window.takeCentralWidget()
        self._saved.central.setParent(window)  # keep it alive and owned while detached
        self._saved.central.hide()
        window.setCentralWidget(self.view)
        self.view.show()
        for widget in self._saved.hidden_bars:
            widget.hide()
        if window.menuWidget() is not None:
            window.menuBar().hide()
        if _has_status_bar(window):
            window.statusBar().hide()
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        self.view.setFocus()

    def _leave(self) -> None:
        window = self.window
        saved = self._saved
        assert saved is not None and self.view is not None
        window.takeCentralWidget()
        self.view.hide()
        self.view.setParent(window)
        window.setCentralWidget(saved.central)
        saved.central.show()
        if window.menuWidget() is not None:
            window.menuBar().setVisible(saved.menu_bar_visible)
        if _has_status_bar(window):
            window.statusBar().setVisible(saved.status_bar_visible)
        for widget in saved.hidden_bars:
            widget.show()
        window.setWindowState(saved.window_state)
        window.restoreGeometry(saved.geometry)
        if not saved.window_state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            # restoreGeometry() re-derives the position from the frame, which
            # some platforms report late; the client rectangle is exact.
            window.setGeometry(saved.normal_rect)
        window.restoreState(saved.state)
        self._saved = None


def _has_status_bar(window: QMainWindow) -> bool:
    # window.statusBar() would create one; only look for an existing one.
    return window.findChild(QStatusBar, "", Qt.FindChildOption.FindDirectChildrenOnly) is not None

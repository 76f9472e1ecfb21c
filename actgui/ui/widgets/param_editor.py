"""The parameters of one activation, bound both ways to whatever holds them.

One editor serves the explorer, the forward panel, the playground's layers
and the presentation strip. It is bound to a :class:`ParamTarget` (the
activation, its current values, and a setter that refuses bad values); the
owner calls :meth:`ParamEditor.refresh` when the target changes.

- Model to widgets: :meth:`~ParamEditor.refresh` rebuilds the rows when the
  activation changed and shows the values with the widgets' signals blocked,
  so nothing echoes back.
- Widgets to model: an edit calls ``target.set_param``. A refused value
  (``ValueError``, e.g. a :class:`~actgui.model.refusal.Refusal`) snaps back
  to the target's value and the translated reason is shown beside the boxes,
  in the theme's error colour.
- The remove guard: when the activation changes, the previous rows are
  hidden at once with their signals blocked (a focused box commits its typed
  text as it is hidden: that value belonged to the previous activation), and
  an edit arriving late from a row that is no longer current, or for a
  parameter the activation does not have, is ignored.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Literal, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from actgui.model import Activation
from actgui.model.params import ParamValue
from actgui.ui.i18n import range_text, translate_refusal
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, Theme
from actgui.ui.widgets.param_rows import ChoiceParamRow, NumericParamRow, ParamRow
from actgui.ui.widgets.refusing_spin_box import RefusingSpinBox

Arrangement = Literal["column", "grid", "row"]
"""How the rows are laid out: ``column`` (name and box, slider below: the explorer),
``grid`` (names beside boxes: a playground layer), ``row`` (all in one line: a strip)."""

RowButton = Literal["", "record", "play"]
"""A button beside each numeric parameter: none, "Record this sweep" or a live "play" toggle."""


class ParamTarget(Protocol):
    """What a :class:`ParamEditor` edits: one activation's parameter values."""

    @property
    def activation(self) -> Activation | None:
        """The activation whose parameters are edited (None: nothing to edit)."""
        ...

    @property
    def params(self) -> Mapping[str, ParamValue]:
        """The current values, by parameter name."""
        ...

    def set_param(self, name: str, value: ParamValue) -> None:
        """Set one value; raise ``ValueError`` (or a ``Refusal``) to refuse it."""
        ...


class ParamEditor(Retranslating, QWidget):
    """Editors for every parameter of the target's activation.

    Parameters
    ----------
    target
        What is edited; see :class:`ParamTarget`.
    arrangement
        How the rows are laid out; see :data:`Arrangement`.
    sliders
        Give numeric parameters a slider as well (``column`` only).
    parent
        The parent widget.

    Attributes
    ----------
    rows
        The rows of the current activation, by parameter name.
    activation_id
        The activation the rows were built for ("" for none).
    error_label
        The reason for the last refusal, beside the boxes.
    row_buttons
        The button beside each numeric parameter (see :meth:`set_row_button`), by name.

    Signals
    -------
    sweep_requested(str)
        A row button was clicked: record (or play) a sweep of that parameter.
        The owner (the export layer, presentation mode) decides what it does.
    """

    sweep_requested = Signal(str)

    def __init__(
        self,
        target: ParamTarget,
        arrangement: Arrangement = "column",
        sliders: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.arrangement = arrangement
        self.sliders = sliders and arrangement == "column"
        self.rows: dict[str, ParamRow] = {}
        self.row_button: RowButton = ""
        self.row_buttons: dict[str, QToolButton] = {}
        self.activation_id = ""
        self.error_colour = LIGHT.error
        self._marked = False
        self._rows_box = QWidget(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)  # a long reason wraps: it never widens a strip
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error_label.hide()
        self._layout: QBoxLayout = QHBoxLayout(self) if arrangement == "row" else QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self._rows_box)
        self._layout.addWidget(self.error_label)
        self.refresh()

    # -- model -> widgets -------------------------------------------------------------

    @property
    def fields(self) -> dict[str, RefusingSpinBox | QComboBox]:
        """The box of each parameter (spin box or combo box), by name."""
        return {name: row.field for name, row in self.rows.items()}

    def refresh(self, *_args: object) -> None:
        """Follow the target: rebuild for a new activation, then show its values without echo."""
        activation = self.target.activation
        activation_id = activation.id if activation is not None else ""
        if activation_id != self.activation_id:
            self._rebuild(activation)
        values = self.target.params
        for name, row in self.rows.items():
            if name in values:
                row.show(values[name])

    def _rebuild(self, activation: Activation | None) -> None:
        old = self._rows_box
        # A focused box commits its typed text as it is hidden: not to the new activation.
        for widget in (old, *old.findChildren(QWidget)):
            widget.blockSignals(True)
        old.hide()
        old.deleteLater()  # waits for the event loop; hidden and silent until then
        self.rows = {}
        self.row_buttons = {}
        self.activation_id = activation.id if activation is not None else ""
        self.clear_refusal()
        self._rows_box = QWidget(self)
        self._layout.replaceWidget(old, self._rows_box)
        grid = QGridLayout(self._rows_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for index, param in enumerate(activation.params if activation is not None else ()):
            row: ParamRow
            if param.is_choice:
                row = ChoiceParamRow(param, self._rows_box)
                row.combo.currentIndexChanged.connect(
                    lambda i, row=row: self._edit(row, row.combo.itemData(i))
                )
            else:
                row = NumericParamRow(param, self._rows_box, self.sliders)
                row.spin.valueChanged.connect(lambda value, row=row: self._edit(row, float(value)))
                row.spin.refused.connect(lambda text, row=row: self._refuse_text(row, text))
                if row.slider is not None:
                    row.slider.valueChanged.connect(lambda tick, row=row: self._edit(row, row.value_of(tick)))
            self.rows[param.name] = row
            if self.row_button and isinstance(row, NumericParamRow):
                button = QToolButton(self._rows_box)
                button.setCheckable(self.row_button == "play")
                button.setText("●" if self.row_button == "record" else "▶")
                button.clicked.connect(
                    lambda _checked=False, name=param.name: self.sweep_requested.emit(name)
                )
                self.row_buttons[param.name] = button
            self._place(grid, index, row)
        self.retranslate_ui()

    def set_row_button(self, kind: RowButton) -> None:
        """Give every numeric parameter a button (clicks emit :attr:`sweep_requested`), or none."""
        if kind != self.row_button:
            self.row_button = kind
            self._rebuild(self.target.activation)
            self.refresh()

    def _place(self, grid: QGridLayout, index: int, row: ParamRow) -> None:
        button = self.row_buttons.get(row.param.name)
        if self.arrangement == "row":
            grid.addWidget(row.name_label, 0, 3 * index)
            grid.addWidget(row.field, 0, 3 * index + 1)
            if button is not None:
                grid.addWidget(button, 0, 3 * index + 2)
            return
        if self.arrangement == "grid":
            grid.setColumnStretch(1, 1)
            grid.addWidget(row.name_label, index, 0)
            grid.addWidget(row.field, index, 1)
            if button is not None:
                grid.addWidget(button, index, 2)
            return
        top = 3 * index  # name and box, the slider, then a gap before the next parameter
        if index:
            grid.setRowMinimumHeight(top - 1, 4)
        grid.addWidget(row.name_label, top, 0)
        grid.addWidget(row.field, top, 1, Qt.AlignmentFlag.AlignRight)
        if isinstance(row, NumericParamRow) and row.slider is not None:
            grid.addWidget(row.slider, top + 1, 0, 1, 2)
        if button is not None:
            grid.addWidget(button, top + 1 if self.sliders else top, 2)

    # -- widgets -> model -------------------------------------------------------------

    def edit(self, name: str, value: ParamValue) -> None:
        """Set ``name`` as if typed in its box; ignored if the activation has no such parameter."""
        row = self.rows.get(name)
        if row is not None:
            self._edit(row, value)

    def _edit(self, row: ParamRow, value: ParamValue) -> None:
        activation = self.target.activation
        current_id = activation.id if activation is not None else ""
        if self.rows.get(row.param.name) is not row or current_id != self.activation_id:
            return  # a late edit from the previous activation's box
        name = row.param.name
        current = self.target.params.get(name)
        if isinstance(value, float) and isinstance(current, float) and math.isclose(value, current):
            return
        try:
            self.target.set_param(name, value)
        except ValueError as exc:
            self._show_refusal(name, translate_refusal(exc))
            self.refresh()  # snap back to the target's value
        else:
            self.clear_refusal()

    def _refuse_text(self, row: NumericParamRow, text: str) -> None:
        if self.rows.get(row.param.name) is not row:
            return
        reason = self.tr("{text} is not allowed for {name}: it must be {range}.").format(
            text=text, name=row.param.name, range=range_text(row.param)
        )
        self._show_refusal(row.param.name, reason)

    # -- refusals -----------------------------------------------------------------------

    @property
    def error_text(self) -> str:
        """The message shown for the last refused value ('' if none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _show_refusal(self, name: str, reason: str) -> None:
        self.error_label.setText(self.tr("Refused: {reason}").format(reason=reason))
        self.error_label.setStyleSheet(f"color: {self.error_colour};")
        self.error_label.show()
        row = self.rows.get(name)
        if isinstance(row, NumericParamRow):
            row.spin.mark_refused(QColor(self.error_colour))
            self._marked = True

    def clear_refusal(self) -> None:
        """Hide the reason of the last refusal and show the boxes normally again."""
        # Called on every accepted slider step: touch nothing unless a refusal
        # is shown (a style sheet change re-polishes and repaints widgets).
        if self.error_label.isHidden() and not self._marked:
            return
        self.error_label.hide()
        self.error_label.clear()
        for row in self.rows.values():
            if isinstance(row, NumericParamRow):
                row.spin.mark_refused(None)
        self._marked = False

    def set_theme(self, theme: Theme) -> None:
        """Use the theme's colour for refused input."""
        self.error_colour = theme.error
        if not self.error_label.isHidden():
            self.error_label.setStyleSheet(f"color: {theme.error};")

    def retranslate_ui(self) -> None:
        """Set the tooltips (the model's descriptions) in the current language."""
        for row in self.rows.values():
            row.retranslate_ui()
        for button in self.row_buttons.values():
            if self.row_button == "record":
                button.setToolTip(self.tr("Record this sweep: an animated figure of this parameter…"))
            else:
                button.setToolTip(
                    self.tr("Play a sweep of this parameter, forward and back (click again to stop)")
                )

"""Parameter controls built from the model's metadata, bound to the state.

Each numeric parameter gets a slider and a spin box (range and step from its
:class:`~actgui.model.Param`), a choice parameter gets a combo box, and one
button restores the defaults. Nothing here is specific to an activation.

A value the model refuses (for example Hardtanh's ``min_val`` above
``max_val``) is shown in red with the model's reason, and the controls snap
back to the state's last good value.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from actgui.model import Param
from actgui.model.params import ParamValue
from actgui.state.explorer import ExplorerState
from actgui.ui.i18n import translate_error
from actgui.ui.widgets.model_text import model_text


def decimals_for(step: float) -> int:
    """Return the number of decimals that shows every multiple of ``step`` exactly."""
    for decimals in range(7):
        if abs(round(step, decimals) - step) < 1e-12:
            return max(decimals, 1)
    return 6


class RefusingSpinBox(QDoubleSpinBox):
    """A spin box that refuses typed text outside its range instead of clamping it.

    QDoubleSpinBox silently turns "99" into its maximum; a teaching tool
    should say that 99 is not allowed. The text returns to the last good
    value and :attr:`refused` carries what was typed.
    """

    refused = Signal(str)

    def mark_refused(self, colour: QColor | None) -> None:
        """Show the value in ``colour`` (a refused edit), or normally for None."""
        palette = QPalette()  # no role set: everything else follows the theme
        if colour is None:
            self.lineEdit().setPalette(palette)
            self.setProperty("refused", False)
            return
        palette.setColor(QPalette.ColorRole.Text, colour)
        self.lineEdit().setPalette(palette)
        self.setProperty("refused", True)

    def is_marked_refused(self) -> bool:
        """Whether the value is shown as refused."""
        return bool(self.property("refused"))

    def validate(self, text: str, pos: int) -> object:
        """Let a well-formed number outside the range be typed, to refuse it with a reason on Enter."""
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid:
            _number, ok = self.locale().toDouble(text.strip())
            if ok:
                return (QValidator.State.Intermediate, text, pos)
        return result

    def fixup(self, text: str) -> str:
        """Called by Qt for text that is not an acceptable value: refuse it."""
        typed = text.strip()
        if typed and typed not in (self.prefix().strip(), self.suffix().strip()):
            self.refused.emit(typed)
        return self.textFromValue(self.value())


class NumericParamRow(QWidget):
    """A slider and a spin box for one numeric parameter.

    Emits :attr:`edited` with the new value when the user moves either; the
    owner decides whether the value is accepted and calls :meth:`set_value`.
    """

    edited = Signal(str, float)
    refused = Signal(str, str)

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert param.minimum is not None and param.maximum is not None and param.step
        self.param = param
        self._ticks = max(1, round((param.maximum - param.minimum) / param.step))
        self.name_label = QLabel(param.name, self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, self._ticks)
        self.slider.setPageStep(max(1, self._ticks // 10))
        self.spin = RefusingSpinBox(self)
        self.spin.setRange(param.minimum, param.maximum)
        self.spin.setDecimals(decimals_for(param.step))
        self.spin.setSingleStep(param.step)
        self.spin.setKeyboardTracking(False)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("-00.000") + 36)
        for widget in (self, self.slider, self.spin):
            widget.setToolTip(model_text(param.description))

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.name_label, 0, 0)
        layout.addWidget(self.spin, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.slider, 1, 0, 1, 2)

        self.slider.valueChanged.connect(self._slider_moved)
        self.spin.valueChanged.connect(self._spin_changed)
        self.spin.refused.connect(lambda text: self.refused.emit(self.param.name, text))
        self.set_value(float(param.default))

    def tick_of(self, value: float) -> int:
        """Return the slider position closest to ``value``."""
        assert self.param.minimum is not None and self.param.step
        return max(0, min(self._ticks, round((value - self.param.minimum) / self.param.step)))

    def value_of(self, tick: int) -> float:
        """Return the parameter value at slider position ``tick`` (rounded to the step's decimals)."""
        assert self.param.minimum is not None and self.param.maximum is not None and self.param.step
        value = self.param.minimum + tick * self.param.step
        return min(self.param.maximum, round(value, decimals_for(self.param.step) + 2))

    def set_value(self, value: float) -> None:
        """Show ``value`` without emitting :attr:`edited`."""
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.slider.setValue(self.tick_of(value))
            self.spin.setValue(value)

    def _slider_moved(self, tick: int) -> None:
        self.edited.emit(self.param.name, self.value_of(tick))

    def _spin_changed(self, value: float) -> None:
        self.edited.emit(self.param.name, value)


class ChoiceParamRow(QWidget):
    """A combo box for one choice parameter."""

    edited = Signal(str, str)

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert param.choices is not None
        self.param = param
        self.name_label = QLabel(param.name, self)
        self.combo = QComboBox(self)
        for choice in param.choices:
            self.combo.addItem(choice, choice)
        self.combo.setToolTip(model_text(param.description))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(
            lambda index: self.edited.emit(self.param.name, self.combo.itemData(index))
        )
        self.set_value(str(param.default))

    def set_value(self, value: str) -> None:
        """Show ``value`` without emitting :attr:`edited`."""
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class ParamControls(QWidget):
    """The parameters of the selected activation, bound to the state both ways."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: dict[str, NumericParamRow | ChoiceParamRow] = {}
        self._rows_box = QWidget(self)
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(8)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error_label.hide()
        self.reset_button = QPushButton(self)
        self._error_colour = "#C0392B"
        self._marked = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._rows_box)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignRight)

        self.reset_button.clicked.connect(self._reset)
        state.activation_changed.connect(self._rebuild)
        state.params_changed.connect(self._show_params)
        self.retranslate_ui()
        self._rebuild(state.activation_id)

    # -- text -------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.empty_label.setText(self.tr("This activation has no parameters."))
        self.reset_button.setText(self.tr("Reset to defaults"))
        self.reset_button.setToolTip(self.tr("Restore PyTorch's default values"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_theme(self, theme) -> None:
        """Use the theme's colour for refused input."""
        self._error_colour = theme.error
        self.error_label.setStyleSheet(f"color: {theme.error};")

    # -- binding ----------------------------------------------------------

    def _rebuild(self, activation_id: str) -> None:
        """Build one row per parameter of the newly selected activation."""
        for row in self.rows.values():
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = {}
        act = self.state.activation
        for param in act.params:
            row: NumericParamRow | ChoiceParamRow
            if param.is_choice:
                row = ChoiceParamRow(param, self._rows_box)
            else:
                row = NumericParamRow(param, self._rows_box)
            row.edited.connect(self._edit)
            if isinstance(row, NumericParamRow):
                row.refused.connect(self._refuse_text)
            self._rows_layout.addWidget(row)
            self.rows[param.name] = row
        self._rows_box.setVisible(bool(act.params))
        self.empty_label.setVisible(not act.params)
        self.reset_button.setEnabled(bool(act.params))
        self._clear_error()
        self._show_params(self.state.params)

    def _show_params(self, params: dict[str, ParamValue]) -> None:
        for name, value in params.items():
            row = self.rows.get(name)
            if isinstance(row, NumericParamRow):
                row.set_value(float(value))
            elif isinstance(row, ChoiceParamRow):
                row.set_value(str(value))

    def _edit(self, name: str, value: ParamValue) -> None:
        current = self.state.params.get(name)
        if isinstance(value, float) and isinstance(current, float) and math.isclose(value, current):
            return
        try:
            self.state.set_param(name, value)
        except ValueError as exc:
            self._show_error(name, translate_error(str(exc)))
            self._show_params(self.state.params)  # snap back to the last good value
        else:
            self._clear_error()

    def _refuse_text(self, name: str, text: str) -> None:
        param = self.state.activation.param(name)
        self._show_error(
            name,
            self.tr("{text} is not allowed for {name}: it must be {range}.").format(
                text=text, name=name, range=translate_error(param.range_text())
            ),
        )

    def _reset(self) -> None:
        self.state.reset_params()
        self._clear_error()

    # -- refused input ------------------------------------------------------

    @property
    def error_text(self) -> str:
        """The message shown for the last refused value ('' if none)."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def _show_error(self, name: str, reason: str) -> None:
        self.error_label.setText(self.tr("Refused: {reason}").format(reason=reason))
        self.error_label.setStyleSheet(f"color: {self._error_colour};")
        self.error_label.show()
        row = self.rows.get(name)
        if isinstance(row, NumericParamRow):
            row.spin.mark_refused(QColor(self._error_colour))
            self._marked = True

    def _clear_error(self) -> None:
        # Called on every accepted slider step: touch nothing unless an error
        # is shown (a style sheet change re-polishes and repaints widgets).
        if self.error_label.isHidden() and not self._marked:
            return
        self.error_label.hide()
        self.error_label.clear()
        for row in self.rows.values():
            if isinstance(row, NumericParamRow):
                row.spin.mark_refused(None)
        self._marked = False

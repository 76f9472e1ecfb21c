"""The input widgets of one activation parameter, built from its :class:`~actgui.model.Param`.

A numeric parameter gets a :class:`RefusingSpinBox` (range and step from the
model, decimals from :func:`decimals_for`) and, where there is room, a slider;
a choice parameter gets a combo box. A row only holds its widgets: the
:class:`~actgui.ui.widgets.param_editor.ParamEditor` places them, connects
them and decides what an edit does.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QWidget

from actgui.model import Param
from actgui.model.params import ParamValue
from actgui.ui.widgets.model_text import model_text
from actgui.ui.widgets.refusing_spin_box import RefusingSpinBox, decimals_for


class NumericParamRow:
    """A name label, a spin box and (optionally) a slider for one numeric parameter."""

    def __init__(self, param: Param, parent: QWidget, slider: bool) -> None:
        assert param.minimum is not None and param.maximum is not None and param.step
        self.param = param
        self._ticks = max(1, round((param.maximum - param.minimum) / param.step))
        self.name_label = QLabel(param.name, parent)
        self.spin = RefusingSpinBox(parent)
        self.spin.setRange(param.minimum, param.maximum)
        self.spin.setDecimals(decimals_for(param.step))
        self.spin.setSingleStep(param.step)
        self.spin.setKeyboardTracking(False)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("-00.000") + 36)
        self.slider: QSlider | None = None
        if slider:
            self.slider = QSlider(Qt.Orientation.Horizontal, parent)
            self.slider.setRange(0, self._ticks)
            self.slider.setPageStep(max(1, self._ticks // 10))

    @property
    def field(self) -> RefusingSpinBox:
        """The box the value is typed in."""
        return self.spin

    def widgets(self) -> list[QWidget]:
        """Every widget of the row."""
        return [w for w in (self.name_label, self.spin, self.slider) if w is not None]

    def tick_of(self, value: float) -> int:
        """Return the slider position closest to ``value``."""
        assert self.param.minimum is not None and self.param.step
        return max(0, min(self._ticks, round((value - self.param.minimum) / self.param.step)))

    def value_of(self, tick: int) -> float:
        """Return the parameter value at slider position ``tick`` (rounded to the step's decimals)."""
        assert self.param.minimum is not None and self.param.maximum is not None and self.param.step
        value = self.param.minimum + tick * self.param.step
        return min(self.param.maximum, round(value, decimals_for(self.param.step) + 2))

    def show(self, value: ParamValue) -> None:
        """Show ``value`` with the widgets' signals blocked: nothing echoes back."""
        with QSignalBlocker(self.spin):
            self.spin.setValue(float(value))
        if self.slider is not None:
            with QSignalBlocker(self.slider):
                self.slider.setValue(self.tick_of(float(value)))

    def retranslate_ui(self) -> None:
        """Set the tooltips (the model's description) in the current language."""
        for widget in self.widgets():
            widget.setToolTip(model_text(self.param.description))


class ChoiceParamRow:
    """A name label and a combo box for one choice parameter."""

    def __init__(self, param: Param, parent: QWidget) -> None:
        assert param.choices is not None
        self.param = param
        self.name_label = QLabel(param.name, parent)
        self.combo = QComboBox(parent)
        for choice in param.choices:
            self.combo.addItem(choice, choice)

    @property
    def field(self) -> QComboBox:
        """The box the value is chosen in."""
        return self.combo

    def widgets(self) -> list[QWidget]:
        """Every widget of the row."""
        return [self.name_label, self.combo]

    def show(self, value: ParamValue) -> None:
        """Show ``value`` with the combo box's signals blocked."""
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def retranslate_ui(self) -> None:
        """Set the tooltips (the model's description) in the current language."""
        for widget in self.widgets():
            widget.setToolTip(model_text(self.param.description))


ParamRow = NumericParamRow | ChoiceParamRow
"""The widgets of one parameter."""

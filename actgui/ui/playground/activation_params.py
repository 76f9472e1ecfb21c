"""The parameters of one hidden layer's activation (Leaky ReLU's slope, ELU's alpha, ...).

A spin box per numeric parameter (range and step from the model's
:class:`~actgui.model.Param`) and a combo box per choice parameter, only for
the parameters the layer's activation has; the widget hides itself when it
has none. A value the model refuses (out of range, or Hardtanh's bounds out
of order) snaps back to the state's value and the reason is shown in red.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from actgui.model import Param, get_activation
from actgui.model.params import ParamValue
from actgui.state.playground import PlaygroundState
from actgui.ui.explorer.param_controls import RefusingSpinBox, decimals_for
from actgui.ui.i18n import translate_error
from actgui.ui.theme import LIGHT, Theme
from actgui.ui.widgets.model_text import model_text


class LayerParamControls(QWidget):
    """The activation parameters of hidden layer ``layer``, bound both ways to the state."""

    def __init__(self, state: PlaygroundState, layer: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.layer = layer
        self.activation_id = ""
        self.fields: dict[str, RefusingSpinBox | QComboBox] = {}
        self._labels: list[QLabel] = []
        self._error_colour = LIGHT.error
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 0, 0, 2)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error_label.hide()
        state.network_changed.connect(self.sync)
        self.sync()

    # -- binding ----------------------------------------------------------

    def sync(self) -> None:
        """Show the layer's parameters (rebuilt if its activation changed), without echoing them."""
        net = self.state.network
        if self.layer >= net.depth:
            self.setVisible(False)
            return
        if net.activations[self.layer] != self.activation_id:
            self._rebuild(net.activations[self.layer])
        for name, value in net.activation_params[self.layer].items():
            field = self.fields.get(name)
            if field is None:
                continue
            with QSignalBlocker(field):
                if isinstance(field, RefusingSpinBox):
                    field.setValue(float(value))
                elif isinstance(field, QComboBox):
                    field.setCurrentIndex(max(0, field.findData(value)))
        self.setVisible(bool(self.fields))

    def _rebuild(self, activation_id: str) -> None:
        for widget in (*self._labels, *self.fields.values()):
            self._grid.removeWidget(widget)
            # A focused box commits its typed text as it goes: not to the new activation.
            widget.blockSignals(True)
            widget.hide()
            widget.deleteLater()
        self._labels, self.fields = [], {}
        self.activation_id = activation_id
        self._clear_error()
        params = get_activation(activation_id).params
        for row, param in enumerate(params):
            label = QLabel(param.name, self)
            field = self._field(param)
            for widget in (label, field):
                widget.setToolTip(model_text(param.description))
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(field, row, 1)
            self._labels.append(label)
            self.fields[param.name] = field
        self._grid.addWidget(self.error_label, len(params), 0, 1, 2)

    def _field(self, param: Param) -> RefusingSpinBox | QComboBox:
        if param.choices is not None:
            combo = QComboBox(self)
            for choice in param.choices:
                combo.addItem(choice, choice)
            combo.currentIndexChanged.connect(lambda _i: self._edit(param.name, combo.currentData()))
            return combo
        assert param.minimum is not None and param.maximum is not None and param.step
        spin = RefusingSpinBox(self)
        spin.setRange(param.minimum, param.maximum)
        spin.setDecimals(decimals_for(param.step))
        spin.setSingleStep(param.step)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: self._edit(param.name, float(value)))
        spin.refused.connect(lambda text: self._refuse_text(param, text))
        return spin

    def _edit(self, name: str, value: ParamValue) -> None:
        try:
            self.state.set_activation_param(self.layer, name, value)
        except ValueError as exc:
            self.sync()  # snap back to the state's value
            self._show_error(name, translate_error(str(exc)))
        else:
            self._clear_error()

    def _refuse_text(self, param: Param, text: str) -> None:
        self._show_error(
            param.name,
            self.tr("{text} is not allowed for {name}: it must be {range}.").format(
                text=text, name=param.name, range=translate_error(param.range_text())
            ),
        )

    # -- refused input ------------------------------------------------------

    @property
    def error_text(self) -> str:
        """The message shown for the last refused value ('' if none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _show_error(self, name: str, reason: str) -> None:
        self.error_label.setText(self.tr("Refused: {reason}").format(reason=reason))
        self.error_label.setStyleSheet(f"color: {self._error_colour};")
        self.error_label.show()
        field = self.fields.get(name)
        if isinstance(field, RefusingSpinBox):
            field.mark_refused(QColor(self._error_colour))

    def _clear_error(self) -> None:
        if self.error_label.isHidden():
            return
        self.error_label.hide()
        for field in self.fields.values():
            if isinstance(field, RefusingSpinBox):
                field.mark_refused(None)

    def set_theme(self, theme: Theme) -> None:
        """Use the theme's colour for refused input."""
        self._error_colour = theme.error
        if not self.error_label.isHidden():
            self.error_label.setStyleSheet(f"color: {theme.error};")

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate the tooltips (the model's descriptions) when the language changes."""
        if event.type() == QEvent.Type.LanguageChange and self.activation_id:
            for label, param in zip(self._labels, get_activation(self.activation_id).params, strict=True):
                label.setToolTip(model_text(param.description))
                self.fields[param.name].setToolTip(model_text(param.description))
        super().changeEvent(event)

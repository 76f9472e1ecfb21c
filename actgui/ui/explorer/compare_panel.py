"""Compare mode: pin the current curve, list the pins, unpin each one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from actgui.model import get_activation
from actgui.model.conventions_data import framework_settings
from actgui.state.explorer import MAX_PINS, ExplorerState, Pin
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, Theme


def swatch(colour: str, size: int = 16) -> QIcon:
    """Return a small dashed-line icon in ``colour``, matching the pinned curve's pen."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 2.5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(1, size // 2, size - 1, size // 2)
    painter.end()
    return QIcon(pixmap)


def framework_calls(pin: Pin) -> list[str]:
    """The framework calls that compute exactly the pinned curve, e.g. ``keras.layers.LeakyReLU()``.

    Empty where the frameworks all agree: a name is added only where it tells pins apart.
    """
    act = get_activation(pin.activation_id)
    settings = framework_settings(act.id, act.defaults())
    if len(settings) < 2:
        return []
    for _values, calls in settings:
        if not calls[0].differs(pin.param_dict, act.defaults()):
            return [c.call for c in calls]
    return []


class PinRow(Retranslating, QWidget):
    """One pinned curve: its colour, its label with parameters, an unpin button."""

    def __init__(self, pin: Pin, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = pin
        self.colour = colour
        self.swatch = QLabel(self)
        self.swatch.setPixmap(swatch(colour).pixmap(16, 16))
        calls = framework_calls(pin)
        text = f"{pin.label}  ({', '.join(calls)})" if calls else pin.label
        self.label = QLabel(text, self)
        self.label.setToolTip(text)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.unpin_button = QToolButton(self)
        self.unpin_button.setText("✕")
        self.unpin_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.swatch)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.unpin_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.unpin_button.setToolTip(self.tr("Unpin {label}").format(label=self.pin.label))
        self.unpin_button.setAccessibleName(self.tr("Unpin"))


class ComparePanel(Retranslating, QWidget):
    """Pin the current activation with its parameters; list and unpin the pins."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.theme: Theme = LIGHT
        self.rows: list[PinRow] = []
        self.pin_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.frameworks_button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self._rows_box = QWidget(self)
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_button, 1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.frameworks_button)
        layout.addWidget(self.hint)
        layout.addWidget(self._rows_box)
        layout.addStretch(1)

        self.pin_button.clicked.connect(self.state.pin_current)
        self.clear_button.clicked.connect(self.state.clear_pins)
        self.frameworks_button.clicked.connect(self.state.pin_frameworks)
        state.pins_changed.connect(self._show_pins)
        state.activation_changed.connect(self._update_buttons)
        state.params_changed.connect(self._update_buttons)
        self.retranslate_ui()
        self._show_pins(state.pins)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.pin_button.setText(self.tr("Pin current curve"))
        self.pin_button.setToolTip(
            self.tr("Keep the current curve on the plots, then pick another activation to compare")
        )
        self.clear_button.setText(self.tr("Unpin all"))
        self.frameworks_button.setText(self.tr("Pin each framework's version"))
        self.frameworks_button.setToolTip(
            self.tr("Overlay this activation as PyTorch, Keras and TensorFlow compute it by default")
        )
        self.hint.setText(
            self.tr("Pinned curves stay on the plots, dashed, while you pick another activation.")
        )

    def set_theme(self, theme: Theme) -> None:
        """Recolour the swatches."""
        self.theme = theme
        self._show_pins(self.state.pins)

    def _show_pins(self, pins: tuple[Pin, ...]) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for index, pin in enumerate(pins):
            row = PinRow(pin, self.theme.pin_colour(index), self._rows_box)
            row.unpin_button.clicked.connect(lambda _checked=False, p=pin: self.state.unpin(p))
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self.hint.setVisible(not pins)
        self._rows_box.setVisible(bool(pins))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        pins = self.state.pins
        try:
            already = any(p == Pin.make(self.state.activation_id, self.state.params) for p in pins)
        except ValueError:
            already = False
        self.pin_button.setEnabled(len(pins) < MAX_PINS and not already)
        self.clear_button.setEnabled(bool(pins))
        act = self.state.activation
        settings = framework_settings(act.id, act.defaults()) if act.kind == "elementwise" else []
        unpinned = [v for v, _ in settings if Pin.make(act.id, v) not in pins]
        self.frameworks_button.setEnabled(len(settings) > 1 and bool(unpinned) and len(pins) < MAX_PINS)

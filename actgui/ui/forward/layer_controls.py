"""Seed, init range, new random W and x, reset b, decimals: the layer's number controls."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from actgui.state.layer import LayerState
from actgui.state.layer_values import INIT_LIMIT, MAX_DECIMALS, MIN_DECIMALS, SEED_MAX
from actgui.ui.i18n.retranslate import Retranslating


class LayerControls(Retranslating, QWidget):
    """Controls bound both ways to a :class:`LayerState`.

    Signals
    -------
    message(str)
        A refused input, explained (the panel shows it).
    """

    message = Signal(str)

    def __init__(self, state: LayerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.seed_label = QLabel()
        self.seed = QSpinBox()
        self.seed.setRange(0, SEED_MAX)
        self.seed.setKeyboardTracking(False)
        self.new_weights = QPushButton()
        self.range_label = QLabel()
        self.low = self._range_box()
        self.to_label = QLabel("…")
        self.high = self._range_box()
        self.new_x = QPushButton()
        self.reset_b = QPushButton()
        self.decimals_label = QLabel()
        self.decimals = QSpinBox()
        self.decimals.setRange(MIN_DECIMALS, MAX_DECIMALS)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        seed_widgets: tuple[QWidget, ...] = (self.seed_label, self.seed, self.new_weights)
        range_widgets: tuple[QWidget, ...] = (self.range_label, self.low, self.to_label, self.high)
        for widget in seed_widgets:
            layout.addWidget(widget)
        layout.addSpacing(12)
        for widget in range_widgets:
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.new_x)
        layout.addWidget(self.reset_b)
        layout.addSpacing(12)
        layout.addWidget(self.decimals_label)
        layout.addWidget(self.decimals)
        layout.addStretch(1)

        self.seed.valueChanged.connect(self.state.set_seed)
        self.new_weights.clicked.connect(self.state.new_random_weights)
        # Keyboard tracking is off: typing commits on Enter or leaving the box, arrows at once.
        self.low.valueChanged.connect(self._apply_range)
        self.high.valueChanged.connect(self._apply_range)
        self.new_x.clicked.connect(self.state.new_random_x)
        self.reset_b.clicked.connect(self.state.reset_bias)
        self.decimals.valueChanged.connect(self.state.set_decimals)
        state.seed_changed.connect(self._sync)
        state.init_range_changed.connect(self._sync)
        state.decimals_changed.connect(self._sync)
        self.retranslate_ui()
        self._sync()

    def _range_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-INIT_LIMIT, INIT_LIMIT)
        box.setDecimals(3)
        box.setSingleStep(0.05)
        box.setKeyboardTracking(False)
        return box

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.seed_label.setText(self.tr("Seed:"))
        self.seed.setToolTip(self.tr("The same seed always draws the same weights."))
        self.new_weights.setText(self.tr("New random W"))
        self.new_weights.setToolTip(self.tr("Draw new weights with the next seed"))
        self.range_label.setText(self.tr("W uniform in"))
        self.low.setToolTip(self.tr("Lowest initial weight (the seed: tf.random_uniform(..., -0.1, 0.1))"))
        self.high.setToolTip(self.tr("Highest initial weight"))
        self.new_x.setText(self.tr("New random x"))
        self.new_x.setToolTip(self.tr("x uniform in [0, 1), like np.random.rand(1, 10)"))
        self.reset_b.setText(self.tr("Reset b"))
        self.reset_b.setToolTip(self.tr("Set the bias to zeros, like tf.zeros(5)"))
        self.decimals_label.setText(self.tr("Decimals:"))

    def _apply_range(self, *_args: object) -> None:
        low, high = self.low.value(), self.high.value()
        if (low, high) == self.state.init_range:
            return
        try:
            self.state.set_init_range(low, high)
        except ValueError:
            self.message.emit(
                self.tr(
                    "The init range needs low < high; got [{low}, {high}). Kept [{old_low}, {old_high})."
                ).format(
                    low=f"{low:g}",
                    high=f"{high:g}",
                    old_low=f"{self.state.init_range[0]:g}",
                    old_high=f"{self.state.init_range[1]:g}",
                )
            )
            self._sync()

    def _sync(self, *_args: object) -> None:
        low, high = self.state.init_range
        for int_box, value in ((self.seed, self.state.seed), (self.decimals, self.state.decimals)):
            with QSignalBlocker(int_box):
                int_box.setValue(value)
        for float_box, number in ((self.low, low), (self.high, high)):
            with QSignalBlocker(float_box):
                float_box.setValue(number)

"""Optimiser, learning rate, batch size and L2: they apply while training runs."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from actgui.model.network import MAX_BATCH_SIZE, MAX_L2, MAX_LEARNING_RATE, MIN_LEARNING_RATE, OPTIMIZERS
from actgui.state.playground import PlaygroundState
from actgui.ui.i18n.retranslate import Retranslating


class TrainingControls(Retranslating, QWidget):
    """The training settings, bound both ways to the playground state."""

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.optimizer = QComboBox(self)
        for name in OPTIMIZERS:
            self.optimizer.addItem("", name)
        self.learning_rate = QDoubleSpinBox(self)
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(MIN_LEARNING_RATE, MAX_LEARNING_RATE)
        self.learning_rate.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.batch_size = QSpinBox(self)
        self.batch_size.setRange(1, MAX_BATCH_SIZE)
        self.l2 = QDoubleSpinBox(self)
        self.l2.setDecimals(4)
        self.l2.setRange(0.0, MAX_L2)
        self.l2.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        for box in (self.learning_rate, self.batch_size, self.l2):
            box.setKeyboardTracking(False)
        self.labels = [QLabel(self) for _ in range(4)]
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(
            self.labels, (self.optimizer, self.learning_rate, self.batch_size, self.l2), strict=True
        ):
            layout.addRow(label, field)

        self.optimizer.currentIndexChanged.connect(
            lambda _i: state.set_training(optimizer=self.optimizer.currentData())
        )
        self.learning_rate.valueChanged.connect(lambda v: state.set_training(learning_rate=float(v)))
        self.batch_size.valueChanged.connect(lambda v: state.set_training(batch_size=int(v)))
        self.l2.valueChanged.connect(lambda v: state.set_training(l2=float(v)))
        state.training_changed.connect(self.sync)
        self.retranslate_ui()
        self.sync()

    def sync(self) -> None:
        """Show the state's settings (without echoing them back)."""
        t = self.state.training
        for widget in (self.optimizer, self.learning_rate, self.batch_size, self.l2):
            widget.blockSignals(True)
        try:
            self.optimizer.setCurrentIndex(self.optimizer.findData(t.optimizer))
            self.learning_rate.setValue(t.learning_rate)
            self.batch_size.setValue(t.batch_size)
            self.l2.setValue(t.l2)
        finally:
            for widget in (self.optimizer, self.learning_rate, self.batch_size, self.l2):
                widget.blockSignals(False)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        with QSignalBlocker(self.optimizer):
            self.optimizer.setItemText(0, self.tr("Gradient descent (SGD)"))
            self.optimizer.setItemText(1, self.tr("Adam"))
        for label, text in zip(
            self.labels,
            (self.tr("Optimiser"), self.tr("Learning rate"), self.tr("Batch size"), self.tr("L2 penalty")),
            strict=True,
        ):
            label.setText(text)
        self.optimizer.setToolTip(
            self.tr("SGD follows the raw gradient; Adam scales each weight's step by its gradient history")
        )
        self.batch_size.setToolTip(
            self.tr("Points per gradient step; the whole training set means full batch")
        )
        self.l2.setToolTip(
            self.tr(
                "L2 penalty in the loss: adds L2/2 · ΣW² to the loss, so its gradient L2 · W joins "
                "the loss gradient. Under SGD that equals weight decay; under Adam it is rescaled "
                "with the rest of the gradient, so it is not AdamW's decoupled weight decay."
            )
        )

"""Play, pause, step and reset, with the epoch counter and the current scores."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from actgui.state.playground import PlaygroundState
from actgui.ui.i18n.retranslate import Retranslating


def _percent(value: float) -> str:
    return "–" if not math.isfinite(value) else f"{100 * value:.1f} %"


def _loss(value: float) -> str:
    return "–" if not math.isfinite(value) else f"{value:.3f}"


class TransportBar(Retranslating, QWidget):
    """Buttons that drive training, and what it has reached so far."""

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.play_button = QPushButton(self)
        self.play_button.setCheckable(True)
        self.play_button.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.step_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.epoch_label = QLabel(self)
        font = QFont(self.epoch_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.epoch_label.setFont(font)
        self.epoch_label.setMinimumWidth(130)
        self.scores_label = QLabel(self)
        self.scores_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning_label = QLabel(self)
        self.warning_label.setStyleSheet("color: #D55E00; font-weight: bold;")
        self.warning_label.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.play_button, self.step_button, self.reset_button):
            button.setMinimumWidth(72)
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.epoch_label)
        layout.addWidget(self.scores_label, 1)
        layout.addWidget(self.warning_label)

        self.play_button.toggled.connect(state.set_running)
        self.step_button.clicked.connect(state.step)
        self.reset_button.clicked.connect(state.reset)
        state.running_changed.connect(self._show_running)
        state.progressed.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self._show_running(self.state.running)
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Train one more epoch, then pause"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the initial weights (epoch 0)"))
        self.warning_label.setText(self.tr("Diverged: lower the learning rate"))
        self.refresh()

    def _show_running(self, running: bool) -> None:
        with QSignalBlocker(self.play_button):
            self.play_button.setChecked(running)
        self.play_button.setText(self.tr("❚❚ Pause") if running else self.tr("▶ Play"))
        self.play_button.setToolTip(self.tr("Start or pause training (Space)"))

    def refresh(self) -> None:
        """Show the epoch and the latest train/test loss and accuracy."""
        trainer = self.state.trainer
        h = trainer.history
        self.epoch_label.setText(self.tr("Epoch {0}").format(f"{trainer.epoch:,}"))
        self.scores_label.setText(
            self.tr(
                "<table cellspacing='0' cellpadding='0'>"
                "<tr><td>train&nbsp;</td><td>loss <b>{0}</b>&nbsp;</td><td>accuracy <b>{1}</b></td></tr>"
                "<tr><td>test&nbsp;</td><td>loss <b>{2}</b>&nbsp;</td><td>accuracy <b>{3}</b></td></tr>"
                "</table>"
            ).format(
                _loss(h.train_loss[-1]),
                _percent(h.train_accuracy[-1]),
                _loss(h.test_loss[-1]),
                _percent(h.test_accuracy[-1]),
            )
        )
        self.warning_label.setVisible(trainer.diverged or not math.isfinite(h.train_loss[-1]))

"""The figure of a training recording: the epoch, the decision boundary and the loss and accuracy curves.

Built only for recording (offscreen) from the playground's own views, so
it looks like the playground; it draws the :class:`PlaygroundState` it is
handed and never trains by itself.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from actgui.model import get_activation
from actgui.state.playground import PlaygroundState
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground.boundary_view import BoundaryView
from actgui.ui.playground.curves_view import CurvesView
from actgui.ui.playground.page import GRID_RESOLUTION, SquareBox
from actgui.ui.widgets.model_text import model_text


def _number(value: float, text: str) -> str:
    return "–" if not math.isfinite(value) else text


class TrainingFigure(Retranslating, QWidget):
    """Epoch counter and scores on top; the boundary on the left, the curves on the right."""

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.epoch_label = QLabel(self)
        font = QFont(self.epoch_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.epoch_label.setFont(font)
        self.scores_label = QLabel(self)
        self.network_label = QLabel(self)
        self.network_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.boundary = BoundaryView(self)
        self.boundary.setMinimumSize(120, 120)  # a small figure for a slide corner
        self.curves = CurvesView(self)
        header = QHBoxLayout()
        header.addWidget(self.epoch_label)
        header.addSpacing(16)
        header.addWidget(self.scores_label, 1)
        header.addWidget(self.network_label)
        body = QHBoxLayout()
        body.addWidget(SquareBox(self.boundary, self), 5)
        body.addWidget(self.curves, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.boundary.show_data(state.dataset)
        self.retranslate_ui()

    def redraw(self) -> None:
        """Show the state's network and its history as they are now."""
        trainer = self.state.trainer
        self.boundary.show_data(self.state.dataset)
        self.boundary.show_grid(trainer.network.predict_grid(GRID_RESOLUTION))
        self.curves.show_history(trainer.history)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the epoch, the scores and the network's description in the current language."""
        trainer = self.state.trainer
        history = trainer.history
        self.epoch_label.setText(self.tr("Epoch {0}").format(f"{trainer.epoch:,}"))
        loss, accuracy = history.train_loss[-1], history.test_accuracy[-1]
        self.scores_label.setText(
            self.tr("training loss {0}   test accuracy {1}").format(
                _number(loss, f"{loss:.3f}"), _number(accuracy, f"{100 * accuracy:.1f} %")
            )
        )
        network = self.state.network
        names = dict.fromkeys(model_text(get_activation(a).name) for a in network.activations)
        shape = "–".join(str(n) for n in (2, *network.layer_sizes, 1))
        self.network_label.setText(self.tr("network {0}, {1}").format(shape, " / ".join(names)))

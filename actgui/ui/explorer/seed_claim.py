"""'The original lesson, checked': the seed article's claim on an activation beside what holds.

Shown in the facts panel for the seed's five activations (sigmoid, tanh,
ReLU, Leaky ReLU, softmax) and hidden for every other one. The texts are the
model's (:data:`actgui.model.seed_claims.SEED_CLAIMS`), translated in the
``"model"`` context.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from actgui.model.seed_claims import SEED_CLAIMS
from actgui.state.explorer import ExplorerState
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.widgets.model_text import model_text


class SeedClaimBox(Retranslating, QWidget):
    """The seed's claim on the selected activation and what holds (hidden for other activations)."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.caption = QLabel(self)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.text)
        state.activation_changed.connect(lambda _id: self.show_claim())
        self.retranslate_ui()

    def show_claim(self) -> None:
        """Show the claim on the selected activation, or hide the box if the seed made none."""
        claim = SEED_CLAIMS.get(self.state.activation_id)
        self.setVisible(claim is not None)
        if claim is None:
            self.text.clear()
            return
        self.text.setText(
            self.tr("<i>Claimed:</i> “%1”<br><i>What holds:</i> %2")
            .replace("%1", html.escape(model_text(claim.claim)))
            .replace("%2", html.escape(model_text(claim.holds)))
        )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.caption.setText(self.tr("The original lesson, checked"))
        self.caption.setToolTip(
            self.tr("The article this app grew from gave this advice; here it is beside what is true.")
        )
        self.show_claim()

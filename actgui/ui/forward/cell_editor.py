"""A small pop-up that edits one number of x, W or b in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from actgui.ui.theme import LIGHT


class CellEditor(QFrame):
    """A pop-up line edit: Enter applies, Escape cancels, a refused value shows why.

    Parameters
    ----------
    apply
        Called with the typed text; raises ``ValueError`` with a message to
        refuse it (the pop-up then stays open showing the message, and the
        old value is kept).
    parent
        The widget the pop-up belongs to.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.line_edit = QLineEdit()
        self.line_edit.setMinimumWidth(150)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {LIGHT.error};")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.error)
        self._apply: Callable[[str], None] | None = None
        self.line_edit.returnPressed.connect(self.commit)

    def open(self, title: str, text: str, apply: Callable[[str], None], at: QPoint) -> None:
        """Show the pop-up at global position ``at`` to edit ``text``."""
        self._apply = apply
        self.title.setText(title)
        self.line_edit.setText(text)
        self.line_edit.selectAll()
        self.error.clear()
        self.error.hide()
        self.adjustSize()
        self.move(at)
        self.show()
        self.line_edit.setFocus()

    def commit(self) -> bool:
        """Apply the typed text; True if it was accepted (the pop-up then closes)."""
        if self._apply is None:
            return False
        try:
            self._apply(self.line_edit.text())
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.adjustSize()
            return False
        self.hide()
        return True

    def set_error_colour(self, colour: str) -> None:
        """The colour of the refusal message (follows the theme)."""
        self.error.setStyleSheet(f"color: {colour};")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes without applying."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

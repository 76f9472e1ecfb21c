"""A one-line text that changes many times a second without re-laying out the window."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


def format_number(value: float) -> str:
    """Return a number for the read-out: 4 significant digits, no -0."""
    if not math.isfinite(value):
        return "∞" if value > 0 else ("−∞" if value < 0 else "NaN")
    if value == 0:
        return "0"
    text = f"{value:.4g}"
    return text.replace("-", "−")


class ReadoutLabel(QWidget):
    """Like a one-line QLabel, but :meth:`setText` only repaints.

    A QLabel asks its layout to recompute the geometry of the whole window
    each time its text changes; for a read-out that follows the mouse or a
    dragged slider that doubles the cost of every step. This widget keeps a
    constant height (one line of its font) and elides text that is too long.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        """Return the text shown."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text`` (repaints this widget only)."""
        if text != self._text:
            self._text = text
            self.setToolTip(text if self.fontMetrics().horizontalAdvance(text) > self.width() else "")
            self.update()

    def sizeHint(self) -> QSize:
        """Return one line of the current font, as wide as the text."""
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text) + 4, metrics.height() + 4)

    def minimumSizeHint(self) -> QSize:
        """Return one line high and a few characters wide."""
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("x = 0.000") + 4, metrics.height() + 4)

    def changeEvent(self, event: QEvent) -> None:
        """Follow font changes (the height is one line of the font)."""
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        """Draw the text, elided on the right if it does not fit."""
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        rect = self.rect().adjusted(2, 0, -2, 0)
        text = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.end()

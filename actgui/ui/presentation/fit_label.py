"""A label whose word-wrapped text takes the largest size that fits it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FitLabel(QLabel):
    """Word-wrapped text at the largest size, up to a maximum, that fits the label.

    A long teaching note stays whole on a small projector or at a large font
    scale instead of running off the bottom of the screen. The label takes
    the room its layout gives it (its own size hint is ignored), so fitting
    the text never resizes it and cannot loop.
    """

    MIN_POINT_SIZE = 7.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._max_point_size = 12.0
        self.fitted_point_size = 12.0

    @property
    def max_point_size(self) -> float:
        """The size the text has when there is room for it."""
        return self._max_point_size

    def set_max_point_size(self, size: float) -> None:
        """Set the size the text has when there is room for it."""
        self._max_point_size = size
        self.fit()

    def setText(self, text: str) -> None:
        """Show ``text`` at the size that fits."""
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the text to the new size."""
        super().resizeEvent(event)
        self.fit()

    def fits(self, point_size: float) -> bool:
        """Whether the text at ``point_size`` fits the label's contents rectangle."""
        room = self.contentsRect()
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        needed = QFontMetrics(font).boundingRect(
            QRect(0, 0, room.width(), 1_000_000),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft),
            self.text(),
        )
        return needed.height() <= room.height() and needed.width() <= room.width()

    def fit(self) -> None:
        """Pick the largest point size up to the maximum at which the text fits."""
        size = self._max_point_size
        room = self.contentsRect()
        if self.text() and room.width() > 20 and room.height() > 20 and not self.fits(size):
            low, high = self.MIN_POINT_SIZE, size
            for _ in range(10):  # bisection to about 0.05 pt
                middle = (low + high) / 2
                if self.fits(middle):
                    low = middle
                else:
                    high = middle
            size = low
        if abs(size - self.fitted_point_size) > 0.04 or not self.styleSheet():
            self.fitted_point_size = size
            # The widget's own style sheet wins over the view's QLabel rule.
            self.setStyleSheet(f"font-size: {size:.2f}pt;")

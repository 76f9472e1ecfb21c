"""A number box that refuses what it cannot take instead of quietly changing it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette, QValidator
from PySide6.QtWidgets import QDoubleSpinBox


def decimals_for(step: float) -> int:
    """Return the number of decimals that shows every multiple of ``step`` exactly (at least 1)."""
    for decimals in range(7):
        if abs(round(step, decimals) - step) < 1e-12:
            return max(decimals, 1)
    return 6


class RefusingSpinBox(QDoubleSpinBox):
    """A spin box that refuses typed text outside its range instead of clamping it.

    QDoubleSpinBox silently turns "99" into its maximum; a teaching tool
    should say that 99 is not allowed. The text returns to the last good
    value and :attr:`refused` carries what was typed.
    """

    refused = Signal(str)

    def mark_refused(self, colour: QColor | None) -> None:
        """Show the value in ``colour`` (a refused edit), or normally for None."""
        palette = QPalette()  # no role set: everything else follows the theme
        if colour is not None:
            palette.setColor(QPalette.ColorRole.Text, colour)
        self.lineEdit().setPalette(palette)
        self.setProperty("refused", colour is not None)

    def is_marked_refused(self) -> bool:
        """Whether the value is shown as refused."""
        return bool(self.property("refused"))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Let a well-formed number outside the range be typed, to refuse it with a reason on Enter."""
        result = super().validate(text, pos)
        if result[0] == QValidator.State.Invalid:
            _number, ok = self.locale().toDouble(text.strip())
            if ok:
                return (QValidator.State.Intermediate, text, pos)
        return result

    def fixup(self, text: str) -> str:
        """Called by Qt for text that is not an acceptable value: refuse it."""
        typed = text.strip()
        if typed and typed not in (self.prefix().strip(), self.suffix().strip()):
            self.refused.emit(typed)
        return self.textFromValue(self.value())

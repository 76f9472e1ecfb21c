"""A stand-in for a focused spin box with typed text: it commits the text when hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDoubleSpinBox


class CommitOnHide(QObject):
    """Emit ``valueChanged(value)`` from ``box`` when it is hidden, as a real commit would."""

    def __init__(self, box: QDoubleSpinBox, value: float) -> None:
        super().__init__(box)
        self._box, self._value = box, value
        box.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._box and event.type() == QEvent.Type.Hide:
            self._box.valueChanged.emit(self._value)
        return False

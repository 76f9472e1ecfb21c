"""The softmax view's logits: one spin box per logit, and buttons to add and remove one."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QToolButton, QWidget

from actgui.state.explorer import LOGIT_LIMIT, MAX_LOGITS, ExplorerState
from actgui.ui.i18n.retranslate import Retranslating


class LogitsEditor(Retranslating, QWidget):
    """One spin box per logit, plus buttons to add and remove a logit."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.boxes: list[QDoubleSpinBox] = []
        self.label = QLabel(self)
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self._boxes_layout = QHBoxLayout()
        self._boxes_layout.setSpacing(4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(self._boxes_layout)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        state.logits_changed.connect(self._show_logits)
        self.retranslate_ui()
        self._show_logits(state.logits)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.label.setText(self.tr("Logits z:"))
        self.add_button.setToolTip(self.tr("Add a logit"))
        self.remove_button.setToolTip(self.tr("Remove the last logit"))
        for index, box in enumerate(self.boxes):
            box.setToolTip(self.tr("Logit z{index}").format(index=index + 1))

    def _show_logits(self, logits: tuple[float, ...]) -> None:
        while len(self.boxes) > len(logits):
            box = self.boxes.pop()
            self._boxes_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        while len(self.boxes) < len(logits):
            box = QDoubleSpinBox(self)
            box.setRange(-LOGIT_LIMIT, LOGIT_LIMIT)
            box.setDecimals(2)
            box.setSingleStep(0.1)
            box.setKeyboardTracking(False)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.UpDownArrows)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance("-00.00") + 30)
            index = len(self.boxes)
            box.valueChanged.connect(lambda value, i=index: self._edited(i, value))
            self._boxes_layout.addWidget(box)
            self.boxes.append(box)
        for box, value in zip(self.boxes, logits, strict=True):
            with QSignalBlocker(box):
                box.setValue(value)
        self.add_button.setEnabled(len(logits) < MAX_LOGITS)
        self.remove_button.setEnabled(len(logits) > 2)
        self.retranslate_ui()

    def _edited(self, index: int, value: float) -> None:
        try:
            self.state.set_logit(index, value)
        except ValueError:
            self._show_logits(self.state.logits)

    def _add(self) -> None:
        logits = self.state.logits
        if len(logits) < MAX_LOGITS:
            self.state.set_logits((*logits, 0.0))

    def _remove(self) -> None:
        logits = self.state.logits
        if len(logits) > 2:
            self.state.set_logits(logits[:-1])

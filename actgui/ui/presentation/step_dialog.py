"""The dialog that picks and orders the presentation's step list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actgui.model import ACTIVATIONS, SEED_IDS, get_activation
from actgui.ui.i18n import tr_model
from actgui.ui.i18n.retranslate import Retranslating


class StepListDialog(Retranslating, QDialog):
    """Pick and order the activations that PageDown/PageUp step through."""

    def __init__(self, steps: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_list_dialog")
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.seed_button = QPushButton(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.seed_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.seed_button.clicked.connect(lambda: self.set_steps(SEED_IDS))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update_ok)
        self.set_steps(steps)
        self.retranslate_ui()
        self.resize(460, 520)

    def set_steps(self, steps: Sequence[str]) -> None:
        """Check ``steps`` in their order, followed by the others unchecked."""
        chosen = [i for i in steps if i in ACTIVATIONS]
        order = [*chosen, *(i for i in ACTIVATIONS if i not in chosen)]
        with QSignalBlocker(self.list):
            self.list.clear()
            for activation_id in order:
                item = QListWidgetItem(self.list)
                item.setData(Qt.ItemDataRole.UserRole, activation_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if activation_id in chosen else Qt.CheckState.Unchecked
                )
        self._name_items()
        self._update_ok()

    def steps(self) -> tuple[str, ...]:
        """The checked activations, in list order."""
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def retranslate_ui(self) -> None:
        """Set the translatable texts."""
        self.setWindowTitle(self.tr("Presentation steps"))
        self.hint.setText(
            self.tr(
                "Tick the activations to show in class and put them in order (drag, or use the "
                "buttons). PageDown and PageUp, or a presentation clicker, step through them."
            )
        )
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.seed_button.setText(self.tr("The lesson's five"))
        self.seed_button.setToolTip(self.tr("Sigmoid, ReLU, tanh, softmax and Leaky ReLU"))
        self._name_items()

    def _name_items(self) -> None:
        with QSignalBlocker(self.list):
            for row in range(self.list.count()):
                item = self.list.item(row)
                item.setText(tr_model(get_activation(str(item.data(Qt.ItemDataRole.UserRole))).name))

    def _move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _update_ok(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.steps()))

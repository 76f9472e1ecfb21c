"""Which activation the layer uses: the explorer's, or its own choice with its parameters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from actgui.model import ACTIVATIONS, CATEGORIES, SEED_IDS, Param, get_activation
from actgui.state.layer import LayerState
from actgui.ui.i18n import tr_model

FOLLOW = ""
"""The combo box's data for "same as the explorer"."""


def _ordered_ids() -> list[list[str]]:
    """The seed's five first, then the rest by category."""
    groups = [list(SEED_IDS)]
    for category in CATEGORIES:
        rest = [a.id for a in ACTIVATIONS.values() if a.category == category and a.id not in SEED_IDS]
        if rest:
            groups.append(rest)
    return groups


class ActivationPicker(QWidget):
    """A combo box of activations (plus "same as the explorer") and the chosen one's parameters."""

    def __init__(self, state: LayerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.caption = QLabel()
        self.combo = QComboBox()
        self.combo.setMaxVisibleItems(30)
        self.params_box = QWidget()
        self.params_layout = QHBoxLayout(self.params_box)
        self.params_layout.setContentsMargins(0, 0, 0, 0)
        self.param_editors: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.params_box)
        self._fill_combo()
        self.combo.currentIndexChanged.connect(self._on_combo)
        state.activation_changed.connect(self._sync)
        state.follow_changed.connect(self._sync)
        state.params_changed.connect(self._sync_params)
        state.explorer_activation_changed.connect(self._update_follow_text)
        self.retranslate_ui()
        self._sync()

    # -- text ------------------------------------------------------------------------

    def _fill_combo(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            if self.state.can_follow:
                self.combo.addItem("", FOLLOW)
                self.combo.insertSeparator(self.combo.count())
            for k, group in enumerate(_ordered_ids()):
                if k:
                    self.combo.insertSeparator(self.combo.count())
                for activation_id in group:
                    self.combo.addItem("", activation_id)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.caption.setText(self.tr("Activation:"))
        for index in range(self.combo.count()):
            data = self.combo.itemData(index)
            if data is None:
                continue
            if data != FOLLOW:
                act = get_activation(data)
                self.combo.setItemText(index, tr_model(act.name))
                self.combo.setItemData(index, tr_model(act.note), Qt.ItemDataRole.ToolTipRole)
        self._update_follow_text()
        self.combo.setToolTip(
            self.tr("The layer's activation: follow the explorer's choice, or pick one for this layer.")
        )
        self._rebuild_params()

    def _update_follow_text(self, *_args: object) -> None:
        app = self.state.explorer
        index = self.combo.findData(FOLLOW)
        if app is not None and index >= 0:
            name = tr_model(app.activation.name)
            self.combo.setItemText(index, self.tr("Same as the explorer ({name})").format(name=name))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- binding ---------------------------------------------------------------------------

    def _on_combo(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == FOLLOW:
            self.state.set_follow_explorer(True)
        elif data:
            self.state.set_activation(data)

    def _sync(self, *_args: object) -> None:
        target = FOLLOW if self.state.follow_explorer else self.state.own_activation_id
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findData(target))
        self.retranslate_ui()

    def _rebuild_params(self) -> None:
        while self.params_layout.count():
            item = self.params_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.param_editors = {}
        if self.state.follow_explorer:
            return
        act = get_activation(self.state.own_activation_id)
        values = self.state.params
        for param in act.params:
            label = QLabel(param.name)
            label.setToolTip(tr_model(param.description))
            editor = self._editor_for(param, values[param.name])
            self.params_layout.addWidget(label)
            self.params_layout.addWidget(editor)
            self.param_editors[param.name] = editor

    def _editor_for(self, param: Param, value: object) -> QWidget:
        if param.is_choice:
            combo = QComboBox()
            for choice in param.choices or ():
                combo.addItem(choice, choice)
            combo.setCurrentIndex(combo.findData(value))
            combo.currentIndexChanged.connect(
                lambda _i, name=param.name, box=combo: self.state.set_param(name, box.currentData())
            )
            return combo
        spin = QDoubleSpinBox()
        spin.setRange(float(param.minimum or 0.0), float(param.maximum or 1.0))
        spin.setSingleStep(float(param.step or 0.1))
        spin.setDecimals(3)
        spin.setValue(float(value))
        spin.setToolTip(tr_model(param.description))
        spin.valueChanged.connect(lambda v, name=param.name: self._set_param(name, v))
        return spin

    def _set_param(self, name: str, value: float) -> None:
        try:
            self.state.set_param(name, value)
        except ValueError:
            # An inconsistent combination (e.g. hardtanh's min_val >= max_val): show the valid value.
            self._sync_params()

    def _sync_params(self, *_args: object) -> None:
        if self.state.follow_explorer:
            self._update_follow_text()
            return
        values = self.state.params
        for name, editor in self.param_editors.items():
            with QSignalBlocker(editor):
                if isinstance(editor, QDoubleSpinBox):
                    editor.setValue(float(values[name]))
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(editor.findData(values[name]))

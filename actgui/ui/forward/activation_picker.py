"""Which activation the layer uses: the explorer's, or its own choice with its parameters."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from actgui.model import ACTIVATIONS, CATEGORIES, SEED_IDS, Activation, get_activation
from actgui.model.params import ParamValue
from actgui.state.layer import LayerState
from actgui.ui.i18n import tr_model
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.widgets.param_editor import ParamEditor

FOLLOW = ""
"""The combo box's data for "same as the explorer"."""


def _ordered_ids() -> list[list[str]]:
    """The seed's five first, then the rest by category."""
    groups = [list(SEED_IDS)]
    for category in CATEGORIES:
        rest = [
            a.id
            for a in ACTIVATIONS.values()
            if a.category == category and a.id not in SEED_IDS and not a.is_gated  # GLU halves n_out
        ]
        if rest:
            groups.append(rest)
    return groups


class _OwnActivation:
    """The layer's own activation and parameters, as a :class:`ParamTarget` (none while following)."""

    def __init__(self, state: LayerState) -> None:
        self.state = state

    @property
    def activation(self) -> Activation | None:
        return None if self.state.follow_explorer else get_activation(self.state.own_activation_id)

    @property
    def params(self) -> Mapping[str, ParamValue]:
        return {} if self.state.follow_explorer else self.state.params

    def set_param(self, name: str, value: ParamValue) -> None:
        self.state.set_param(name, value)


class ActivationPicker(Retranslating, QWidget):
    """A combo box of activations (plus "same as the explorer") and the chosen one's parameters."""

    def __init__(self, state: LayerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.caption = QLabel()
        self.combo = QComboBox()
        self.combo.setMaxVisibleItems(30)
        self.params = ParamEditor(_OwnActivation(state), "row")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.params)
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

    def _update_follow_text(self, *_args: object) -> None:
        app = self.state.explorer
        index = self.combo.findData(FOLLOW)
        if app is not None and index >= 0:
            name = tr_model(app.activation.name)
            self.combo.setItemText(index, self.tr("Same as the explorer ({name})").format(name=name))

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
        self._sync_params()

    def _sync_params(self, *_args: object) -> None:
        if self.state.follow_explorer:
            self._update_follow_text()
        self.params.refresh()
        self.params.setVisible(bool(self.params.rows))

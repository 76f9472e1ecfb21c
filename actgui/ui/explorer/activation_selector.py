"""The activation selector: every activation grouped by category, with a filter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actgui.model import ACTIVATIONS, CATEGORIES, SEED_IDS
from actgui.state.explorer import ExplorerState
from actgui.ui.i18n.noop import QT_TRANSLATE_NOOP
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.widgets.model_text import model_text

ID_ROLE = Qt.ItemDataRole.UserRole
SEED_GROUP = QT_TRANSLATE_NOOP("ActivationSelector", "The original lesson")


def grouped_ids() -> list[tuple[str, tuple[str, ...]]]:
    """The selector's groups: the seed's five first, then every category in order.

    Returns
    -------
    list of (group title, activation ids)
        Untranslated titles; each activation appears exactly once.
    """
    groups: list[tuple[str, tuple[str, ...]]] = [(SEED_GROUP, SEED_IDS)]
    for category in CATEGORIES:
        ids = tuple(a.id for a in ACTIVATIONS.values() if a.category == category and a.id not in SEED_IDS)
        if ids:
            groups.append((category, ids))
    return groups


class ActivationSelector(Retranslating, QWidget):
    """A filter box over a tree of activations, bound to ``state.activation_id``.

    Up and Down step through the (visible) activations, from the tree or from
    the filter box; group headers are skipped.
    """

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filter_box = QLineEdit(self)
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: list[tuple[str, QTreeWidgetItem]] = []
        # Items are built detached and added at once: inserted one by one into
        # the tree, each would notify the view (a third of the start-up cost).
        bold = self.tree.font()
        bold.setBold(True)
        for title, ids in grouped_ids():
            group = QTreeWidgetItem()
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFont(0, bold)
            self._groups.append((title, group))
            for activation_id in ids:
                item = QTreeWidgetItem()
                item.setData(0, ID_ROLE, activation_id)
                self._items[activation_id] = item
            group.addChildren([self._items[activation_id] for activation_id in ids])
        self.tree.addTopLevelItems([group for _, group in self._groups])
        self.tree.expandAll()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)

        self.filter_box.textChanged.connect(self._apply_filter)
        self.filter_box.installEventFilter(self)
        self.tree.installEventFilter(self)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        state.activation_changed.connect(self._show_activation)
        self.retranslate_ui()
        self._show_activation(state.activation_id)

    # -- text -------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.filter_box.setPlaceholderText(self.tr("Filter activations…"))
        self.filter_box.setToolTip(self.tr("Type part of a name; Up/Down step through the list"))
        for title, group in self._groups:
            # The seed's group is the app's own text; the categories are the model's.
            group.setText(0, self.tr("The original lesson") if title == SEED_GROUP else model_text(title))
        for activation_id, item in self._items.items():
            act = ACTIVATIONS[activation_id]
            item.setText(0, model_text(act.name))
            item.setToolTip(0, f"{act.id} · {model_text(act.category)}")

    # -- binding ----------------------------------------------------------

    def _show_activation(self, activation_id: str) -> None:
        item = self._items.get(activation_id)
        if item is None:
            return
        if item.isHidden():
            self.filter_box.blockSignals(True)
            self.filter_box.clear()
            self.filter_box.blockSignals(False)
            self._apply_filter("")
        self.tree.blockSignals(True)
        try:
            self.tree.setCurrentItem(item)
            item.setSelected(True)
        finally:
            self.tree.blockSignals(False)
        self.tree.scrollToItem(item)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        activation_id = current.data(0, ID_ROLE)
        if activation_id is None:
            # A group header: hop to its first visible child.
            children = (current.child(i) for i in range(current.childCount()))
            visible = [child for child in children if child is not None and not child.isHidden()]
            if visible:
                self.tree.setCurrentItem(visible[0])
            return
        self.state.set_activation(activation_id)

    # -- filtering and keyboard ---------------------------------------------

    def visible_ids(self) -> list[str]:
        """Ids of the activations the filter lets through, in display order."""
        return [item.data(0, ID_ROLE) for item in self._activation_items() if not item.isHidden()]

    def _activation_items(self) -> list[QTreeWidgetItem]:
        """The activations' items (not the group headers), in display order."""
        children = (group.child(i) for _title, group in self._groups for i in range(group.childCount()))
        return [item for item in children if item is not None]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for _title, group in self._groups:
            shown = 0
            for item in (group.child(i) for i in range(group.childCount())):
                if item is None:
                    continue
                act = ACTIVATIONS[item.data(0, ID_ROLE)]
                haystack = f"{act.id} {act.name} {item.text(0)} {group.text(0)}".casefold()
                hide = bool(needle) and needle not in haystack
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)
        ids = self.visible_ids()
        if ids and self.state.activation_id not in ids:
            self.state.set_activation(ids[0])

    def step(self, offset: int) -> None:
        """Select the visible activation ``offset`` places from the current one."""
        ids = self.visible_ids()
        if not ids:
            return
        try:
            index = ids.index(self.state.activation_id) + offset
        except ValueError:
            index = 0
        self.state.set_activation(ids[max(0, min(len(ids) - 1, index))])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Up/Down step through the activations, skipping the group headers."""
        if watched in (self.filter_box, self.tree) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.step(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

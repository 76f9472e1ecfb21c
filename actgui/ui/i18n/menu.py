"""The Language menu: one checkable entry per language, each named in itself."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from actgui.ui.i18n.language import (
    LANGUAGE_NAMES,
    LANGUAGES,
    current_language,
    language_notifier,
    normalize_language,
    set_language,
)
from actgui.ui.i18n.retranslate import Retranslating


class LanguageMenu(Retranslating, QMenu):
    """A "Language" menu with one checkable entry per language, in its own script.

    Choosing an entry switches the running application (no restart) and
    remembers the choice. The entries are endonyms ("English", "简体中文"):
    a reader finds their language even when the interface is in another one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_menu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self)
            action.setCheckable(True)
            action.setData(lang)
            action.setObjectName(f"language_{lang}")
            self._group.addAction(action)
            self.addAction(action)
            self._actions[lang] = action
        self._group.triggered.connect(self._on_triggered)
        language_notifier().language_changed.connect(self._sync_checks)
        self._sync_checks(current_language())
        self.retranslate_ui()

    def action_for(self, lang: str) -> QAction:
        """The menu entry of ``lang``."""
        return self._actions[normalize_language(lang)]

    def retranslate_ui(self) -> None:
        """Set the translatable texts."""
        self.setTitle(self.tr("&Language"))
        self.menuAction().setStatusTip(self.tr("Switch the language of the interface"))
        for lang, action in self._actions.items():
            action.setStatusTip(
                self.tr("Show the interface in {language}").format(language=LANGUAGE_NAMES[lang])
            )

    def _on_triggered(self, action: QAction) -> None:
        set_language(str(action.data()))

    def _sync_checks(self, lang: str) -> None:
        action = self._actions.get(lang)
        if action is not None:
            action.setChecked(True)


def add_language_menu(window: QMainWindow, before: QMenu | None = None) -> LanguageMenu:
    """Add a :class:`LanguageMenu` to ``window``'s menu bar and return it.

    Parameters
    ----------
    window
        The main window; the menu is parented to it.
    before
        Insert before this menu (e.g. the Help menu); None appends.
    """
    menu = LanguageMenu(window)
    bar = window.menuBar()
    if before is not None:
        bar.insertMenu(before.menuAction(), menu)
    else:
        bar.addMenu(menu)
    return menu

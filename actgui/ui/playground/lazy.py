"""A placeholder tab that builds the playground the first time it is shown.

Importing and building the playground (its plots and the first training
state) stays off the application's start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from actgui.ui.playground.page import PlaygroundPage


class LazyPlaygroundPage(QWidget):
    """Holds the :class:`~actgui.ui.playground.page.PlaygroundPage`, built on demand.

    It also keeps its own tab title translated, so the main window only has
    to add it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._page: PlaygroundPage | None = None

    @property
    def is_built(self) -> bool:
        """Whether the real page exists yet."""
        return self._page is not None

    def page(self) -> PlaygroundPage:
        """The playground page, built now if it was not yet."""
        if self._page is None:
            from actgui.ui.playground.page import PlaygroundPage

            self._page = PlaygroundPage(parent=self)
            self._layout.addWidget(self._page)
            theme_setter = getattr(self.window(), "state", None)
            theme_name = getattr(theme_setter, "theme", None)
            if isinstance(theme_name, str):
                from actgui.ui.theme import apply_theme

                apply_theme(self._page, theme_name)
        return self._page

    def boundary_widget(self) -> QWidget:
        """The decision-boundary plot, for the export system (builds the page)."""
        return self.page().boundary

    def showEvent(self, event: QShowEvent) -> None:
        """Build the page the first time the tab is shown."""
        self.page()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        """Keep the tab's title in the current language."""
        tabs = self.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tr("Playground"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""A placeholder tab that builds the playground the first time it is shown.

Importing and building the playground (its plots, and the session's
playground state with its first trainer) stays off the application's
start-up path: the page asks the session for the state only when it is
built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from actgui.state.session import Session
from actgui.ui.i18n.retranslate import Retranslating

if TYPE_CHECKING:
    from actgui.ui.playground.page import PlaygroundPage


class LazyPlaygroundPage(Retranslating, QWidget):
    """Holds the :class:`~actgui.ui.playground.page.PlaygroundPage`, built on demand.

    It also keeps its own tab title translated, so the main window only has
    to add it.

    Parameters
    ----------
    session
        Gives the playground's state (created on first access) and the theme.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
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
            from actgui.ui.theme import apply_theme

            self._page = PlaygroundPage(self.session.playground, parent=self)
            self._layout.addWidget(self._page)
            apply_theme(self._page, self.session.view.theme)
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

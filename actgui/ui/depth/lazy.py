"""A placeholder tab that builds the depth lab the first time it is shown.

Importing and building the page (its plots, and the session's depth state)
stays off the application's start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from actgui.state.session import Session
from actgui.ui.i18n.retranslate import Retranslating

if TYPE_CHECKING:
    from actgui.ui.depth.page import DepthPage


class LazyDepthPage(Retranslating, QWidget):
    """Holds the :class:`~actgui.ui.depth.page.DepthPage`, built on demand; keeps its tab title translated."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._page: DepthPage | None = None

    @property
    def is_built(self) -> bool:
        """Whether the real page exists yet."""
        return self._page is not None

    def page(self) -> DepthPage:
        """The depth page, built now if it was not yet."""
        if self._page is None:
            from actgui.ui.depth.page import DepthPage
            from actgui.ui.theme import apply_theme

            self._page = DepthPage(self.session.depth, parent=self)
            self._layout.addWidget(self._page)
            apply_theme(self._page, self.session.view.theme)
        return self._page

    def export_widget(self) -> QWidget:
        """The page's plots, for the export system (builds the page), up to date."""
        page = self.page()
        page.flush()
        return page.plots

    def present_step(self, direction: int) -> bool:
        """PageDown / PageUp in presentation mode: the next or previous experiment."""
        return self.page().present_step(direction)

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
            tabs.setTabText(tabs.indexOf(self), self.tr("Depth"))

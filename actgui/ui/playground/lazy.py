"""A placeholder tab that builds the playground the first time it is shown.

Importing and building the playground (its plots and the first training
state) stays off the application's start-up path. Saved settings handed to
it at start-up are kept as they are and used when the page is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from actgui.ui.i18n.retranslate import Retranslating

if TYPE_CHECKING:
    from actgui.ui.playground.page import PlaygroundPage


class LazyPlaygroundPage(Retranslating, QWidget):
    """Holds the :class:`~actgui.ui.playground.page.PlaygroundPage`, built on demand.

    It also keeps its own tab title translated, so the main window only has
    to add it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._page: PlaygroundPage | None = None
        self._saved: Mapping[str, Any] | None = None

    @property
    def is_built(self) -> bool:
        """Whether the real page exists yet."""
        return self._page is not None

    def page(self) -> PlaygroundPage:
        """The playground page, built now if it was not yet."""
        if self._page is None:
            from actgui.state.playground import PlaygroundState
            from actgui.ui.playground.page import PlaygroundPage

            state = PlaygroundState.from_settings(self._saved) if self._saved is not None else None
            self._page = PlaygroundPage(state, parent=self)
            self._layout.addWidget(self._page)
            theme_setter = getattr(self.window(), "state", None)
            theme_name = getattr(theme_setter, "theme", None)
            if isinstance(theme_name, str):
                from actgui.ui.theme import apply_theme

                apply_theme(self._page, theme_name)
        return self._page

    def restore_settings(self, saved: Mapping[str, Any]) -> None:
        """Set the playground up from saved settings (see ``PlaygroundState.from_settings``).

        Before the page is built they are only kept: reading them costs
        nothing at start-up, and bad values fall back to defaults when the
        page is built.
        """
        self._saved = saved
        if self._page is not None:
            from actgui.state.playground import PlaygroundState

            restored = PlaygroundState.from_settings(saved)
            state = self._page.state
            state.set_data(**vars(restored.data_settings))
            state.set_network(**vars(restored.network))
            state.set_training(**vars(restored.training))

    def settings(self) -> Mapping[str, Any] | None:
        """The playground's settings to save: the page's, else those not yet applied (or None)."""
        return self._page.state.settings() if self._page is not None else self._saved

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

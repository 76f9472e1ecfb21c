"""A page that builds the forward panel the first time it is shown, off the start-up path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from actgui.state.layer import LayerState
from actgui.state.view import ViewSettings

if TYPE_CHECKING:
    from actgui.ui.forward.panel import ForwardPanel


class LazyForwardPanel(QWidget):
    """A light placeholder that creates the real :class:`ForwardPanel` on first show.

    Importing and building the panel (pyqtgraph views, the explain view)
    costs time the start-up does not need to spend for a tab nobody has
    opened yet. The layer's state exists from the start (the session owns
    it, and the settings restore it); only the widgets wait.

    Parameters
    ----------
    layer_state
        The layer the panel shows (it follows the explorer's activation
        through the explorer state it was given).
    view
        The theme the panel follows, if any.
    """

    def __init__(
        self, layer_state: LayerState, view: ViewSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.layer_state = layer_state
        self.view = view
        self._panel: ForwardPanel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        """Whether the real panel exists yet."""
        return self._panel is not None

    def panel(self) -> ForwardPanel:
        """The real panel, built now if needed (e.g. to export it before it was shown)."""
        if self._panel is None:
            from actgui.ui.forward.panel import ForwardPanel

            self._panel = ForwardPanel(self.layer_state, self.view, parent=self)
            self._layout.addWidget(self._panel)
        return self._panel

    def render_now(self) -> None:
        """Build the panel before an export paints it (the export code calls this)."""
        self.panel()

    def showEvent(self, event: QShowEvent) -> None:
        """Build the panel the first time the page is shown."""
        self.panel()
        super().showEvent(event)

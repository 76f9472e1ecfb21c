"""Views of the forward pass that redraw only when they can be seen."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mixin: ``_refresh`` redraws now if the view is visible, else when it is shown.

    A hidden page (another tab in front) does no work on a change; it catches
    up in ``showEvent``. Subclasses implement ``_redraw`` and list this class
    before their Qt base class.
    """

    _stale = True

    def _redraw(self) -> None:
        raise NotImplementedError

    def _refresh(self, *_args: object, force: bool = False) -> None:
        if not (force or self.isVisible()):  # type: ignore[attr-defined]
            self._stale = True
            return
        self._stale = False
        self._redraw()

    def render_now(self) -> None:
        """Bring the view up to date now, shown or not (the export code calls this)."""
        self._refresh(force=True)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while hidden."""
        if self._stale:
            self._refresh()
        super().showEvent(event)  # type: ignore[misc]

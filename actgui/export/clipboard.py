"""Copy the view in front of the user to the clipboard, for pasting into slides.

Ctrl+Shift+C copies the plot under the mouse pointer (or holding the
keyboard focus); otherwise the main content of the current tab: both plots
of the explorer, the softmax view, the forward pass. The image is rendered at
2x in the export theme (light unless chosen otherwise in the export dialog),
so it stays sharp on a projector.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from actgui.export.headless import export_targets
from actgui.export.options import saved_options
from actgui.export.render import render_image, themed

CLIPBOARD_SCALE = 2
_SPECIFIC = ("curve", "derivative")
_PANELS = ("compare", "softmax", "forward", "playground", "depth")


def _contains(outer: QWidget, inner: QWidget | None) -> bool:
    return inner is not None and (inner is outer or outer.isAncestorOf(inner))


def current_view(window: QWidget) -> str:
    """The name of the view the user is looking at (see the module docstring)."""
    targets = export_targets(window)
    focus = QApplication.focusWidget()
    for name in _SPECIFIC:
        target = targets.get(name)
        if target is not None and target.isVisible() and (target.underMouse() or _contains(target, focus)):
            return name
    for name in _PANELS:
        target = targets.get(name)
        if target is not None and target.isVisible():
            return name
    return "window"


def render_view_image(window: QWidget, view: str, theme: str | None, scale: int = CLIPBOARD_SCALE) -> QImage:
    """Render one of the window's views as it is laid out now, in ``theme``."""
    target = export_targets(window)[view]
    with themed(target, theme):
        return render_image(target, scale)


def copy_image(image: QImage) -> None:
    """Put ``image`` on the system clipboard."""
    QGuiApplication.clipboard().setImage(image)


def copy_view(window: QWidget, view: str | None = None, theme: str | None = None) -> str:
    """Copy a view of ``window`` (default: :func:`current_view`) to the clipboard.

    Parameters
    ----------
    window
        The main window.
    view
        The view to copy, or None for the one the user is looking at.
    theme
        The theme to draw it in; None for the remembered export theme.

    Returns
    -------
    str
        The name of the view copied.
    """
    chosen = view or current_view(window)
    theme = theme or saved_options().theme
    copy_image(render_view_image(window, chosen, theme))
    return chosen

"""Export a view without the GUI: build the window offscreen, lay it out, render.

:class:`ExportRequest` describes a figure (view, activation, parameters,
pins, x range, size, scale, theme, language); :func:`render_request` builds
the main window for it offscreen, resizes the window (or the one panel) to
the requested size, lets the plots lay out and renders the view.

The GUI uses the same path when a figure is wanted at another size than the
view has on screen, so what the command line makes and what the dialog
makes look the same.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from actgui.export.naming import VIEWS
from actgui.export.render import check_scale, format_of, render_bytes, settle
from actgui.files.atomic import ExportError, check_target, write_atomic
from actgui.state.explorer import ExplorerState, Pin
from actgui.state.session import Session

DEFAULT_SIZES: Mapping[str, tuple[int, int]] = {
    "curve": (800, 500),
    "derivative": (800, 500),
    "compare": (900, 700),
    "softmax": (900, 560),
    "forward": (1100, 640),
    "window": (1280, 720),
    "playground": (1100, 700),
    "depth": (1200, 760),
}
"""The logical size of each view when no size is asked for."""

MIN_SIZE = 50
MAX_SIZE = 4000
"""Limits of a requested logical width or height."""

VECTOR_DEFAULT = "softmax"

PAGES = ("explorer", "forward", "playground")
"""The window's pages, by the name a setup file gives them (``ExportRequest.page``)."""

CHROME = ("readout", "reset_view_button")
"""Interactive parts of a panel (the hover read-out, its button) that a figure
for a slide leaves out; hidden in offscreen exports of a panel."""


@dataclass(frozen=True)
class ExportRequest:
    """Everything that decides what an exported figure shows.

    Attributes
    ----------
    view
        One of :data:`actgui.export.naming.VIEWS` (or ``"playground"``, ``"depth"``).
    activation, params
        The selected activation and its parameters (defaults if omitted).
    pins
        Curves pinned for the compare view.
    x_range
        The plotted range, or None for the default.
    size
        Logical size (width, height) of the view; None for :data:`DEFAULT_SIZES`.
    scale
        1, 2 or 3 (PNG only).
    theme
        ``"light"`` or ``"dark"``.
    lang
        The interface language, or None to keep the current one.
    page
        For the ``"window"`` view: the page the window shows (``"explorer"``,
        ``"forward"`` or ``"playground"``, as a setup file names it); None
        for the explorer.
    """

    view: str = "window"
    activation: str = "sigmoid"
    params: Mapping[str, Any] = field(default_factory=dict)
    pins: tuple[Pin, ...] = ()
    x_range: tuple[float, float] | None = None
    size: tuple[int, int] | None = None
    scale: int = 1
    theme: str = "light"
    lang: str | None = None
    page: str | None = None

    @property
    def logical_size(self) -> tuple[int, int]:
        """The requested size, or the view's default size."""
        return self.size if self.size is not None else DEFAULT_SIZES.get(self.view, DEFAULT_SIZES["window"])


def check_size(width: int, height: int) -> tuple[int, int]:
    """Return (width, height) if both lie in [MIN_SIZE, MAX_SIZE] (ExportError otherwise)."""
    if not (MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        raise ExportError(
            f"the size must be between {MIN_SIZE}x{MIN_SIZE} and {MAX_SIZE}x{MAX_SIZE}, got {width}x{height}"
        )
    return width, height


def build_state(request: ExportRequest) -> Session:
    """A fresh session showing what ``request`` asks for.

    Raises
    ------
    ExportError
        For an unknown activation, a bad parameter or a bad x range.
    """
    session = Session()
    state = session.explorer
    try:
        state.set_activation(request.activation)
        if request.params:
            state.set_params(request.activation, request.params)
        if request.x_range is not None:
            state.set_x_range(*request.x_range)
        state.set_pins(tuple(request.pins))
        session.view.set_theme(request.theme)
        if request.view == "depth":  # the depth lab shows the requested activation
            session.depth.set_activation(request.activation)
            for name, value in request.params.items():
                session.depth.set_param(name, value)
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    return session


def show_view(state: ExplorerState, view: str) -> None:
    """Adjust ``state`` so that the window shows ``view`` at all.

    The softmax view appears only for the softmax family (an elementwise
    activation is replaced by softmax), and the derivative plot only when
    it is switched on.
    """
    if view == "softmax" and not state.activation.is_vector:
        state.set_activation(VECTOR_DEFAULT)
    if view in ("derivative", "compare"):
        state.set_show_derivative(True)


def copy_state(original: Session, theme: str | None = None) -> Session:
    """A copy of a session's explorer and view settings (for rendering a view offscreen at another size)."""
    session = Session()
    source, state = original.explorer, session.explorer
    for activation_id in _all_ids():
        state.set_params(activation_id, source.params_of(activation_id))
    state.set_activation(source.activation_id)
    state.set_samples(source.samples)
    state.set_x_range(*source.x_range)
    state.set_pins(source.pins)
    state.set_logits(source.logits)
    state.set_selected_output(source.selected_output)
    session.view.set_theme(theme or original.view.theme)
    state.set_show_derivative(source.show_derivative)
    state.set_gradient_threshold(source.gradient_threshold)
    session.view.set_font_scale(original.view.font_scale)
    return session


def _all_ids() -> tuple[str, ...]:
    from actgui.model import ACTIVATIONS

    return tuple(ACTIVATIONS)


@contextmanager
def private_settings() -> Iterator[None]:
    """Point the app's settings at an empty temporary file for the block.

    A headless export must look the same on every machine and must not
    change the user's saved window layout, so it neither reads nor writes
    the user's settings.
    """
    from actgui.ui.persistence import SETTINGS_ENV

    previous = os.environ.get(SETTINGS_ENV)
    with tempfile.TemporaryDirectory(prefix="actgui-export-") as folder:
        os.environ[SETTINGS_ENV] = str(Path(folder) / "settings.ini")
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop(SETTINGS_ENV, None)
            else:
                os.environ[SETTINGS_ENV] = previous


def export_targets(window: QWidget) -> dict[str, QWidget]:
    """The exportable views of a main window, by name (``"window"`` always included)."""
    getter = getattr(window, "export_targets", None)
    targets: dict[str, QWidget] = dict(getter()) if callable(getter) else {}
    targets.setdefault("window", window)
    return targets


def reveal(widget: QWidget) -> None:
    """Make the tab or stacked page that holds ``widget`` the current one."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
            holder = parent.parentWidget()
            if isinstance(holder, QTabWidget):
                holder.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def hide_chrome(panel: QWidget) -> None:
    """Hide the interactive parts (:data:`CHROME`) of a panel for a clean figure."""
    for name in CHROME:
        part = getattr(panel, name, None)
        if isinstance(part, QWidget):
            part.hide()


def fit(window: QWidget, target: QWidget, size: tuple[int, int]) -> None:
    """Lay the window out so that ``target`` is exactly ``size`` logical pixels.

    The window grows or shrinks by the difference, which keeps every other
    panel in proportion; if the layout cannot give the panel that size (its
    neighbours' minimum sizes), the panel is pinned to the size and the
    window grows around it.

    Raises
    ------
    ExportError
        If the view cannot be laid out at that size.
    """
    wanted = QSize(*size)
    if target is window:
        window.resize(wanted)
        settle()
        if window.size() != wanted:
            window.setFixedSize(wanted)
            settle()
    else:
        for _ in range(3):
            if target.size() == wanted:
                break
            delta = wanted - target.size()
            window.resize(window.size() + delta)
            settle()
        if target.size() != wanted:
            target.setFixedSize(wanted)
            window.resize(window.size().expandedTo(window.minimumSizeHint()))
            settle()
    if target.size() != wanted:
        got = target.size()
        raise ExportError(
            f"the view cannot be laid out at {size[0]}x{size[1]} (it got {got.width()}x{got.height()})"
        )


def build_window(request: ExportRequest, session: Session | None = None) -> tuple[QWidget, QWidget]:
    """Build the main window offscreen for ``request``; return (window, target view).

    The caller must close the window (``close_window``) when done.
    """
    from actgui.ui.main_window import MainWindow

    app = QApplication.instance()
    if app is None:
        raise RuntimeError("build_window needs a QApplication")
    if request.lang:
        from actgui.ui.i18n import install_language

        install_language(app, request.lang)
    session = session if session is not None else build_state(request)
    show_view(session.explorer, request.view)
    window = MainWindow(session)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    try:
        if request.view == "depth":  # built on demand, like its tab
            window.depth_page.page()
        targets = export_targets(window)
        if request.view not in targets:
            raise ExportError(f"this window has no {request.view!r} view to export")
        target = targets[request.view]
        reveal(target)
        if target is window and request.page is not None:
            show_page(window, request.page)
        if target is not window:
            hide_chrome(target)
        width, height = request.logical_size
        if target is window:
            window.resize(width, height)
        window.show()
        settle()
        fit(window, target, (width, height))
        from actgui.ui.theme import apply_theme

        apply_theme(window, request.theme)
        settle()
    except BaseException:
        close_window(window)
        raise
    return window, target


def show_page(window: QWidget, page: str) -> None:
    """Make the window's page ``page`` (explorer, forward, playground, depth) the tab shown.

    Raises
    ------
    ExportError
        For a page the window does not have.
    """
    attribute = "depth_page" if page == "depth" else page
    widget = getattr(window, attribute, None) if page in PAGES else None
    tabs = getattr(window, "tabs", None)
    if not isinstance(widget, QWidget) or not isinstance(tabs, QTabWidget) or tabs.indexOf(widget) < 0:
        raise ExportError(f"this window has no {page!r} page to show")
    tabs.setCurrentWidget(widget)


def close_window(window: QWidget) -> None:
    """Close and delete an offscreen window (pyqtgraph must not outlive the app)."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, 0)


def render_request(request: ExportRequest, fmt: str, session: Session | None = None) -> bytes:
    """Render the view ``request`` describes as PNG or SVG bytes.

    Parameters
    ----------
    request
        What to show and how.
    fmt
        ``"png"`` or ``"svg"``.
    session
        A session to show instead of one built from ``request``.
    """
    check_scale(request.scale)
    check_size(*request.logical_size)
    if request.view not in (*VIEWS, "playground", "depth"):
        raise ExportError(f"unknown view {request.view!r}; valid views: {', '.join(VIEWS)}")
    app = QApplication.instance()
    # The main window sets the application palette for its theme; an
    # offscreen copy must not repaint the user's live window in its theme.
    palette = QPalette(app.palette()) if isinstance(app, QApplication) else None
    with private_settings():
        window, target = build_window(request, session)
        try:
            return render_bytes(target, fmt, request.scale, theme=None, title=_title(request))
        finally:
            close_window(window)
            if palette is not None:
                QApplication.setPalette(palette)


def _title(request: ExportRequest) -> str:
    from actgui.model import get_activation

    label = get_activation(request.activation).label(request.params)
    return f"actgui: {label}, {request.view}"


def export_request(request: ExportRequest, path: str | os.PathLike[str]) -> Path:
    """Render the view ``request`` describes and write it atomically to ``path``.

    Raises
    ------
    ExportError
        For a bad request or an unwritable target (checked before rendering).
    """
    fmt = format_of(path)
    check_target(path)
    return write_atomic(path, render_request(request, fmt))

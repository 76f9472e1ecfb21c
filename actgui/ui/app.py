"""Creating the QApplication, the session and the main window, and running them.

The session (every page's state) is restored from the settings here and
handed down; the window saves it and its layout on close. Layers above the
interface (the export actions) extend the window through ``extend``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from actgui import __version__
from actgui.ui.persistence import APPLICATION, ORGANIZATION

if TYPE_CHECKING:
    from actgui.ui.main_window import MainWindow

WindowExtension = Callable[["MainWindow"], object]
"""Adds to a new main window what a higher layer provides (e.g. the export actions)."""


def ensure_display() -> None:
    """Use Qt's offscreen platform when there is no display (headless export, CI)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def create_app(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating and configuring it once."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("actgui")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.actgui.ActGui")
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True)
    return app


def open_main_window(
    lang: str | None = None, extend: WindowExtension | None = None, setup: str | None = None
) -> MainWindow:
    """The main window of a session restored from the settings, saved again on close.

    Parameters
    ----------
    lang
        The user-interface language asked for on the command line, if any.
    extend
        Called with the new window before its layout is restored, e.g.
        ``actgui.export.install_export_actions``.
    setup
        A setup file to open over the restored session (``actgui FILE.actgui``).
    """
    from actgui.ui import persistence
    from actgui.ui.main_window import MainWindow

    settings = persistence.open_settings()
    session = persistence.restore_session(settings)
    window = MainWindow(session, lang=lang)
    if extend is not None:
        extend(window)
    persistence.restore_window(window, window.panels, settings)
    if setup is not None:
        window.setup_actions.open_file(setup)
    from actgui.ui.setup_actions import FileOpenFilter

    QApplication.instance().installEventFilter(FileOpenFilter(window.setup_actions))  # type: ignore[union-attr]

    def save() -> None:
        store = persistence.open_settings()
        persistence.save_session(session, store)
        persistence.save_window(window, window.panels, store)

    window.closing.connect(save)
    return window


def run_gui(lang: str | None = None, extend: WindowExtension | None = None, setup: str | None = None) -> int:
    """Open the main window and run the event loop until it closes.

    Parameters
    ----------
    lang
        The user-interface language asked for on the command line, if any.
    extend
        Called with the new window (see :func:`open_main_window`).
    setup
        A setup file to open in the new window.
    """
    app = create_app()
    from actgui.ui.errors import ExceptionHook
    from actgui.ui.i18n import install_language

    try:
        # Before any widget exists, so every tr() at construction is translated.
        install_language(app, lang)
    except ValueError as exc:  # an unsupported --lang
        print(f"actgui: error: {exc}", file=sys.stderr)
        return 2
    hook = ExceptionHook().install()

    window = open_main_window(lang, extend, setup)
    window.show()
    code = app.exec()
    # Close and delete the window before the interpreter exits: a pyqtgraph
    # GraphicsLayoutWidget still alive at exit can crash the process.
    window.close()
    window.deleteLater()
    del window
    hook.uninstall()
    return int(code)

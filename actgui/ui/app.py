"""Creating the QApplication and running the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from actgui import __version__
from actgui.ui.settings import APPLICATION, ORGANIZATION


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


def run_gui(lang: str | None = None) -> int:
    """Open the main window and run the event loop until it closes."""
    app = create_app()
    from actgui.ui.errors import ExceptionHook
    from actgui.ui.i18n import install_language
    from actgui.ui.main_window import MainWindow

    try:
        # Before any widget exists, so every tr() at construction is translated.
        install_language(app, lang)
    except ValueError as exc:  # an unsupported --lang
        print(f"actgui: error: {exc}", file=sys.stderr)
        return 2
    hook = ExceptionHook().install()

    window = MainWindow(lang=lang)
    window.show()
    code = app.exec()
    # Close and delete the window before the interpreter exits: a pyqtgraph
    # GraphicsLayoutWidget still alive at exit can crash the process.
    window.close()
    window.deleteLater()
    del window
    hook.uninstall()
    return int(code)

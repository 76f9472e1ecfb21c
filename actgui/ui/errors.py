"""A global hook for unexpected exceptions: log them, tell the user, keep running.

An exception raised in a Qt slot reaches ``sys.excepthook``. In front of a
class the app must not die for it: the hook writes the traceback to a log file
in the user's data folder and shows a short dialog with a "Copy details"
button; the event loop carries on.
"""

from __future__ import annotations

import datetime
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from actgui import __version__

MAX_LOG_BYTES = 1_000_000
"""The log is started afresh once it grows beyond this size."""

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path() -> Path:
    """Where unexpected errors are logged: <user data folder>/logs/actgui.log."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if not base:
        base = str(Path.home() / ".actgui")
    return Path(base) / "logs" / "actgui.log"


def format_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The report written to the log and offered by "Copy details"."""
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"[{stamp}] actgui {__version__}, Python {sys.version.split()[0]}\n{trace}"


def write_log(details: str, path: Path | None = None) -> Path | None:
    """Append ``details`` to the log; return its path, or None if it cannot be written."""
    target = path or log_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = "w" if target.exists() and target.stat().st_size > MAX_LOG_BYTES else "a"
        with target.open(mode, encoding="utf-8") as stream:
            stream.write(details.rstrip() + "\n\n")
    except OSError:
        return None
    return target


class ErrorDialog(QMessageBox):
    """A short message, the details on demand, and a button that copies them."""

    def __init__(self, summary: str, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(self.tr("actgui hit an unexpected error and carried on."))
        info = summary
        if log is not None:
            info += "\n\n" + self.tr("The details were written to {path}.").format(path=log)
        self.setInformativeText(info)
        self.setDetailedText(details)
        self.details = details
        self.copy_button = self.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        """Put the full report on the clipboard."""
        QApplication.clipboard().setText(self.details)


class ExceptionHook:
    """Installable replacement for ``sys.excepthook`` (and threading's)."""

    def __init__(self, show_dialog: bool = True) -> None:
        self.show_dialog = show_dialog
        self.last_details: str | None = None
        self._in_hook = False
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook

    def install(self) -> ExceptionHook:
        """Make this the process-wide hook."""
        sys.excepthook = self
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        """Restore the hooks that were there before."""
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self(args.exc_type, args.exc_value, args.exc_traceback)

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Log the exception and, on the GUI thread, show the error dialog."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        details = format_details(exc_type, exc, tb)
        self.last_details = details
        sys.stderr.write(details)
        log = write_log(details)
        if not self.show_dialog or self._in_hook or QApplication.instance() is None:
            return
        if threading.current_thread() is not threading.main_thread():
            return  # widgets only on the GUI thread; the log has it
        self._in_hook = True
        try:
            summary = f"{exc_type.__name__}: {exc}"[:500]
            ErrorDialog(summary, details, log, QApplication.activeWindow()).exec()
        finally:
            self._in_hook = False

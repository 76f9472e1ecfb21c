"""File > Save setup…, Open setup…, Open recent, and Edit > Copy setup / Paste setup.

A setup (:mod:`actgui.files.setup_file`) is the whole session: every page's
state, the page shown and the presentation's step list (the theme and the
language only when "Include theme and language" is checked, the
playground's trained network, its curves and training progress only when
"Include the trained network" is). Opening one
checks the whole file first; a refused setup changes nothing and says why
in the interface language. The work is done by :meth:`SetupActions.open_file`,
:meth:`SetupActions.save_file`, :meth:`SetupActions.copy_setup` and
:meth:`SetupActions.paste_text`, which the menu entries call after a file
dialog or with the clipboard.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QFileOpenEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from actgui.files import setup_file
from actgui.files.setup_checks import SetupFileError
from actgui.files.setup_file import PAGES, SUFFIX, Setup
from actgui.ui import persistence
from actgui.ui.file_errors import os_error_text, setup_error_text

LAST_FOLDER_KEY = "setup/last_folder"


class FileOpenFilter(QObject):
    """Opens the setup a desktop hands over by event (macOS Finder's double click, ``QFileOpenEvent``)."""

    def __init__(self, actions: SetupActions) -> None:
        super().__init__(actions)
        self.actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open a file-open event's file as a setup."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.actions.open_file(event.file())
            return True
        return False


class SetupActions(QObject):
    """The setup entries of one main window.

    Parameters
    ----------
    window
        The main window whose session and pages a setup holds (its
        ``session``, ``tabs``, ``explorer``, ``forward``, ``playground`` and
        ``presentation``; not imported here, which would be a cycle).
    file_menu, edit_menu
        Where the entries go (Save/Open/Open recent, Copy/Paste).

    Attributes
    ----------
    last_message
        The last report shown (its text and whether it was an error), for
        the tests and the self-test.
    """

    def __init__(self, window: QMainWindow, file_menu: QMenu, edit_menu: QMenu) -> None:
        super().__init__(window)
        self.window: Any = window
        self.last_message: tuple[str, bool] | None = None
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.choose_open)
        self.save_action = self._action(QKeySequence.StandardKey.Save, self.choose_save)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.include_view_action = QAction(window, checkable=True)
        self.include_trained_action = QAction(window, checkable=True)
        self.copy_action = self._action(None, self.copy_setup)
        self.paste_action = self._action(None, self.paste_from_clipboard)
        if not file_menu.actions():
            file_menu.addSeparator()  # something to insert above, as Quit is in the window
        first = file_menu.actions()[0]
        file_menu.insertAction(first, self.open_action)
        file_menu.insertMenu(first, self.recent_menu)
        file_menu.insertAction(first, self.save_action)
        file_menu.insertAction(first, self.include_view_action)
        file_menu.insertAction(first, self.include_trained_action)
        if not first.isSeparator():
            file_menu.insertSeparator(first)
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.paste_action)
        window.installEventFilter(self)
        self.retranslate_ui()

    def _action(self, key: QKeySequence.StandardKey | None, slot: object) -> QAction:
        action = QAction(self.window)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.window.addAction(action)  # the shortcut works in full screen too
        return action

    def retranslate_ui(self) -> None:
        """Set the entries' texts in the current language."""
        self.open_action.setText(self.tr("&Open setup…"))
        self.open_action.setToolTip(self.tr("Open a setup file (.actgui): every page as it was saved"))
        self.save_action.setText(self.tr("&Save setup…"))
        self.save_action.setToolTip(
            self.tr("Save every page, the page shown and the presentation steps as a setup file")
        )
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.include_view_action.setText(self.tr("Include theme and &language in setups"))
        self.include_trained_action.setText(self.tr("Include the &trained network in setups"))
        self.include_trained_action.setToolTip(
            self.tr(
                "Save the playground's weights, its loss and accuracy curves and its training progress, "
                "so the setup opens trained and training goes on from there"
            )
        )
        self.copy_action.setText(self.tr("Copy &setup"))
        self.copy_action.setToolTip(self.tr("Copy the whole setup as text, to send in a chat"))
        self.paste_action.setText(self.tr("&Paste setup"))
        self.paste_action.setToolTip(self.tr("Open a setup pasted as text (it is checked first)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's language changes."""
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    # -- the setup of the window ------------------------------------------------------

    def current_page(self) -> str:
        """The name the setup file gives the page shown."""
        shown = self.window.tabs.currentWidget()
        for name in PAGES:
            if self._page(name) is shown:
                return name
        return "explorer"

    def _page(self, name: str) -> QWidget:
        return {
            "explorer": self.window.explorer,
            "forward": self.window.forward,
            "playground": self.window.playground,
            "depth": self.window.depth_page,
        }[name]

    def current_setup(self) -> Setup:
        """The window's whole setup as a file would hold it."""
        include_view = self.include_view_action.isChecked()
        language = None
        if include_view:
            from actgui.ui.i18n import current_language

            language = current_language()
        steps = self.window.presentation.steps.ids
        include_trained = self.include_trained_action.isChecked()
        groups = self.window.session.snapshot(include_view, include_trained)
        return Setup(groups, self.current_page(), steps, language)

    def trained_left_out(self, setup: Setup) -> bool:
        """Whether the trained network was asked for but ``setup`` lacks it (the training diverged)."""
        playground = setup.groups.get("playground", {})
        return self.include_trained_action.isChecked() and "trained" not in playground

    def apply(self, setup: Setup) -> None:
        """Show a checked setup: the session's groups, the step list, the language, the page."""
        self.window.session.apply_settings(setup.groups)
        if setup.steps is not None:
            self.window.presentation.set_steps(setup.steps)
        if setup.language is not None:
            from actgui.ui.i18n import LANGUAGES, current_language, set_language

            if setup.language in LANGUAGES and setup.language != current_language():
                set_language(setup.language)
        if setup.page is not None:
            self.window.tabs.setCurrentWidget(self._page(setup.page))

    # -- files ----------------------------------------------------------------------

    def open_file(self, path: str | os.PathLike[str]) -> bool:
        """Open the setup at ``path``; a refused file changes nothing and says why."""
        name = Path(path).name
        try:
            setup = setup_file.load_setup(path)
        except SetupFileError as exc:
            text = self.tr("Could not open {name}: {reason}").format(name=name, reason=setup_error_text(exc))
            self._report(text, error=True)
            return False
        self.apply(setup)
        self._remember(path)
        self.window.setWindowFilePath(str(Path(path).absolute()))
        self._report_ignored(name, setup)
        return True

    def save_file(self, path: str | os.PathLike[str]) -> bool:
        """Save the window's setup to ``path``, atomically; report a failure."""
        setup = self.current_setup()
        try:
            setup_file.save_setup(path, setup)
        except (OSError, ValueError) as exc:  # ValueError: a path the OS cannot take (NUL byte)
            reason = os_error_text(exc.errno, exc.strerror) if isinstance(exc, OSError) else str(exc)
            text = self.tr("Could not save {name}: {reason}").format(name=Path(path).name, reason=reason)
            self._report(text, error=True)
            return False
        self._remember(path)
        self.window.setWindowFilePath(str(Path(path).absolute()))
        if self.trained_left_out(setup):
            self._report(self._diverged_text(Path(path).name), error=False)
        return True

    def _diverged_text(self, name: str) -> str:
        return self.tr(
            "Saved {name} without the trained network: its weights are no longer finite numbers "
            "(the training diverged). The setup opens with the playground's settings, untrained."
        ).format(name=name)

    def choose_open(self) -> None:
        """Ask for a setup file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open setup"), self._folder(), self._filter()
        )
        if path:
            self.open_file(path)

    def choose_save(self) -> None:
        """Ask where to save the setup and save it there."""
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save setup"), self._folder(), self._filter()
        )
        if path:
            if not path.lower().endswith(SUFFIX):
                path += SUFFIX
            self.save_file(path)

    def _filter(self) -> str:
        return self.tr("actgui setups (*.actgui);;All files (*)")

    def _folder(self) -> str:
        folder = persistence.read_text(LAST_FOLDER_KEY)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    # -- recent files -------------------------------------------------------------------

    def _remember(self, path: str | os.PathLike[str]) -> None:
        absolute = str(Path(path).absolute())
        persistence.write_recent_setups([absolute, *persistence.read_recent_setups()])
        persistence.write_texts({LAST_FOLDER_KEY: str(Path(absolute).parent)})

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = persistence.read_recent_setups()
        for i, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent setups"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(lambda: persistence.write_recent_setups([]))

    # -- the clipboard --------------------------------------------------------------------

    def copy_setup(self) -> str:
        """Copy the setup's JSON text to the clipboard; return it."""
        setup = self.current_setup()
        text = setup_file.setup_to_json(setup)
        QGuiApplication.clipboard().setText(text)
        if self.trained_left_out(setup):
            self._report(self._diverged_text(self.tr("the copied setup")), error=False)
        return text

    def paste_from_clipboard(self) -> bool:
        """Open the setup on the clipboard (see :meth:`paste_text`)."""
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Open a setup pasted as text; refused text changes nothing and says why."""
        try:
            setup = setup_file.loads_setup(text)
        except SetupFileError as exc:
            reason = setup_error_text(exc)
            self._report(self.tr("Could not paste the setup: {reason}").format(reason=reason), error=True)
            return False
        self.apply(setup)
        self._report_ignored(self.tr("the pasted setup"), setup)
        return True

    # -- reports ---------------------------------------------------------------------------

    def _report_ignored(self, name: str, setup: Setup) -> None:
        if setup.ignored:
            shown = ", ".join(setup.ignored[:12]) + (", …" if len(setup.ignored) > 12 else "")
            text = self.tr(
                "Opened {name}. This actgui does not know these entries and left them out: {entries}"
            ).format(name=name, entries=shown)
            self._report(text, error=False)

    def _report(self, text: str, error: bool) -> None:
        self.last_message = (text, error)
        if error:
            QMessageBox.warning(self.window, self.tr("Setup"), text)
        else:
            QMessageBox.information(self.window, self.tr("Setup"), text)

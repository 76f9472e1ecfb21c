"""The export entries of the main window's File menu.

:func:`install_export_actions` adds "Export…" (Ctrl+E, opens the export
dialog), "Copy figure" (Ctrl+Shift+C) and "Record animation…" at the top of
the File menu, and a "Record this sweep" button beside each of the
explorer's parameters; the main window calls it once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar

STATUS_TIMEOUT_MS = 4000


class ExportActions(QObject):
    """The "Export…" and "Copy figure" actions of one main window.

    Attributes
    ----------
    export_action, copy_action
        The two QActions (also reachable as ``window.export_actions``).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_dialog)
        self.copy_action = QAction(window)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.triggered.connect(self.copy_figure)
        self.record_action = QAction(window)
        self.record_action.triggered.connect(lambda: self.open_record_dialog())
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the actions' texts in the current language."""
        self.export_action.setText(self.tr("&Export figure…"))
        self.export_action.setToolTip(self.tr("Save a view as PNG (1×, 2×, 3×) or SVG"))
        self.copy_action.setText(self.tr("&Copy figure"))
        self.copy_action.setToolTip(
            self.tr("Copy the plot under the mouse (or the current view) as an image")
        )
        self.record_action.setText(self.tr("&Record animation…"))
        self.record_action.setToolTip(
            self.tr("Record a parameter sweep or a training run as GIF, APNG, WebP or MP4")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's language changes."""
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def _status(self, text: str) -> None:
        # Only use a status bar the window already has: never add one.
        bar = self.window.findChild(QStatusBar)
        if bar is not None:
            bar.showMessage(text, STATUS_TIMEOUT_MS)

    def open_dialog(self) -> None:
        """Open the export dialog; report the file written."""
        from actgui.export.dialog import ExportDialog

        dialog = ExportDialog(self.window)
        if dialog.exec() and dialog.exported_path is not None:
            self._status(self.tr("Exported {path}").format(path=dialog.exported_path))
        dialog.deleteLater()

    def open_record_dialog(self, view: str = "curve", param: str = "") -> None:
        """Open File > Record animation…, with a view and parameter chosen (e.g. by "Record this sweep")."""
        from actgui.export.record_dialog import RecordDialog

        dialog = RecordDialog(self.window, view, param)
        if dialog.exec() and dialog.written is not None:
            self._status(self.tr("Recorded {path}").format(path=dialog.written))
        dialog.deleteLater()

    def copy_figure(self) -> None:
        """Copy the current view to the clipboard as an image."""
        from actgui.export.clipboard import copy_view
        from actgui.export.options import view_titles

        view = copy_view(self.window)
        self._status(self.tr("Copied {view} to the clipboard").format(view=view_titles().get(view, view)))


def _file_menu(window: QMainWindow) -> QMenu | None:
    menu = getattr(window, "file_menu", None)
    if isinstance(menu, QMenu):
        return menu
    actions = window.menuBar().actions()
    first = actions[0].menu() if actions else None
    return first if isinstance(first, QMenu) else None


def install_export_actions(window: QMainWindow) -> ExportActions:
    """Add "Export figure…" and "Copy figure" to the top of the window's File menu.

    The actions are also added to the window itself, so their shortcuts work
    even where the menu bar is hidden (full screen). Returns the holder,
    stored as ``window.export_actions``.
    """
    actions = ExportActions(window)
    menu = _file_menu(window)
    if menu is not None and not menu.actions():
        menu.addAction(actions.export_action)
        menu.addAction(actions.copy_action)
        menu.addAction(actions.record_action)
    elif menu is not None:
        first = menu.actions()[0]
        menu.insertAction(first, actions.export_action)
        menu.insertAction(first, actions.copy_action)
        menu.insertAction(first, actions.record_action)
        if not first.isSeparator():
            menu.insertSeparator(first)
    window.addAction(actions.export_action)
    window.addAction(actions.copy_action)
    _connect_record_buttons(window, actions)
    window.export_actions = actions  # type: ignore[attr-defined]
    return actions


def _connect_record_buttons(window: QMainWindow, actions: ExportActions) -> None:
    """Give the explorer's parameters their "Record this sweep" buttons (the interface only asks)."""
    controls = getattr(getattr(window, "explorer", None), "params", None)
    editor = getattr(controls, "editor", None)
    if editor is not None and hasattr(editor, "sweep_requested"):
        editor.set_row_button("record")
        editor.sweep_requested.connect(lambda name: actions.open_record_dialog("curve", name))

"""The main window: a tab per part of the app."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from actgui.state import AppState


class MainWindow(QMainWindow):
    """The actgui main window."""

    def __init__(self, state: AppState | None = None, lang: str | None = None) -> None:
        super().__init__()
        self.state = state if state is not None else AppState()
        self.setWindowTitle("actgui")
        self.tabs = QTabWidget(self)
        self.setCentralWidget(self.tabs)
        self.resize(1280, 720)

    def add_page(self, title: str, page: QWidget) -> None:
        """Add a top-level page as a tab."""
        self.tabs.addTab(page, title)

"""The controller that swaps the main window into presentation mode and back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QStatusBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from actgui.state.explorer import ExplorerState
from actgui.state.view import ViewSettings
from actgui.ui.presentation.step_dialog import StepListDialog
from actgui.ui.presentation.steps import StepThrough, load_steps, save_steps
from actgui.ui.presentation.view import PresentationView

PAGE_FONT_SCALE = 1.35
"""How much larger the type of a page shown as it is gets (the explorer's view sets its own)."""


@dataclass
class _SavedLayout:
    central: QWidget
    geometry: QByteArray
    normal_rect: QRect
    state: QByteArray
    window_state: Qt.WindowState
    menu_bar_visible: bool
    status_bar_visible: bool
    hidden_bars: list[QWidget]


class PresentationMode(QObject):
    """F5 toggles presentation mode on a main window; PageDown/PageUp step.

    Parameters
    ----------
    window
        The main window whose central widget is swapped for the teaching view.
    state
        The explorer's state the view binds to.
    menu
        A menu (e.g. View) to add the toggle and step-list actions to; the
        actions are also added to the window, so their shortcuts work while
        the menu bar is hidden.
    view_settings
        The theme the view follows (light if None).

    Attributes
    ----------
    toggle_action
        Checkable, F5.
    next_action, previous_action
        PageDown and PageUp; enabled only in presentation mode.
    steps_action
        Opens the step-list dialog.
    """

    def __init__(
        self,
        window: QMainWindow,
        state: ExplorerState,
        menu: QMenu | None = None,
        view_settings: ViewSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("presentation_mode")
        self.window = window
        self.state = state
        self.view_settings = view_settings
        self.steps = StepThrough(load_steps())
        self.view: PresentationView | None = None
        self._saved: _SavedLayout | None = None
        self._page: QWidget | None = None
        """A page shown as it is, full screen (the depth lab), instead of the explorer's view."""
        self._page_font: QFont | None = None

        self.toggle_action = QAction(window)
        self.toggle_action.setObjectName("action_presentation")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.toggle_action.toggled.connect(self.set_active)
        self.exit_action = QAction(window)
        self.exit_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.exit_action.setEnabled(False)
        self.exit_action.triggered.connect(lambda: self.set_active(False))
        self.next_action = QAction(window)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.setEnabled(False)
        self.next_action.triggered.connect(self.step_next)
        self.previous_action = QAction(window)
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_action.setEnabled(False)
        self.previous_action.triggered.connect(self.step_previous)
        self.steps_action = QAction(window)
        self.steps_action.setObjectName("action_presentation_steps")
        self.steps_action.triggered.connect(self.choose_steps)
        for action in (
            self.toggle_action,
            self.exit_action,
            self.next_action,
            self.previous_action,
            self.steps_action,
        ):
            window.addAction(action)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.toggle_action)
            menu.addAction(self.steps_action)
        window.installEventFilter(self)
        self.retranslate_ui()

    @property
    def active(self) -> bool:
        """Whether the window is in presentation mode."""
        return self._saved is not None

    def retranslate_ui(self) -> None:
        """Set the actions' texts in the current language."""
        self.toggle_action.setText(self.tr("&Presentation mode"))
        self.toggle_action.setToolTip(self.tr("Large type and plots for a projector (F5)"))
        self.toggle_action.setStatusTip(self.tr("Large type and plots for a projector (F5)"))
        self.steps_action.setText(self.tr("Presentation &steps…"))
        self.steps_action.setStatusTip(self.tr("Choose the activations PageDown and PageUp step through"))
        self.next_action.setText(self.tr("Next activation"))
        self.previous_action.setText(self.tr("Previous activation"))
        self.exit_action.setText(self.tr("Exit presentation"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's language and font (Ctrl+=, Ctrl+-); leave the mode before it closes."""
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate_ui()
            elif event.type() == QEvent.Type.FontChange and self.view is not None:
                self.view.apply_font(QFont(self.window.font()))
            elif event.type() == QEvent.Type.Close and self.active:
                # So that the window's own closeEvent saves the normal layout.
                self.set_active(False)
        return False

    def set_active(self, active: bool) -> None:
        """Enter or leave presentation mode (no-op if already in that mode)."""
        if active and not self.active:
            self._enter()
        elif not active and self.active:
            self._leave()
        with QSignalBlocker(self.toggle_action):
            self.toggle_action.setChecked(self.active)
        for action in (self.next_action, self.previous_action, self.exit_action):
            action.setEnabled(self.active)

    def toggle(self) -> None:
        """Switch presentation mode on or off."""
        self.set_active(not self.active)

    def step_next(self) -> bool:
        """Show the next activation of the step list (False at the end); on a page, its next step."""
        if self._page is not None:
            return bool(getattr(self._page, "present_step", lambda _d: False)(1))
        target = self.steps.next(self.state.activation_id)
        if target is None:
            return False
        self.state.set_activation(target)
        return True

    def step_previous(self) -> bool:
        """Show the previous activation of the step list (False at the start); on a page, its previous."""
        if self._page is not None:
            return bool(getattr(self._page, "present_step", lambda _d: False)(-1))
        target = self.steps.previous(self.state.activation_id)
        if target is None:
            return False
        self.state.set_activation(target)
        return True

    def set_steps(self, ids: Sequence[str]) -> None:
        """Use and remember another step list (ValueError if empty or unknown)."""
        self.steps.set_ids(ids)
        save_steps(self.steps.ids)
        if self.view is not None:
            self.view.update_step_label()

    def choose_steps(self) -> None:
        """Let the teacher pick and order the step list."""
        dialog = StepListDialog(self.steps.ids, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.steps():
            self.set_steps(dialog.steps())
        dialog.deleteLater()

    # -- swapping -------------------------------------------------------------------

    def _enter(self) -> None:
        window = self.window
        bars = [w for w in window.findChildren(QToolBar) if w.parent() is window and w.isVisible()]
        docks = [w for w in window.findChildren(QDockWidget) if w.parent() is window and w.isVisible()]
        central = window.centralWidget()
        if central is None:
            return
        self._saved = _SavedLayout(
            central=central,
            geometry=window.saveGeometry(),
            normal_rect=QRect(window.geometry()),
            state=window.saveState(),
            window_state=window.windowState(),
            menu_bar_visible=window.menuBar().isVisible() if window.menuWidget() else False,
            status_bar_visible=window.statusBar().isVisible() if _has_status_bar(window) else False,
            hidden_bars=[*bars, *docks],
        )
        presented = getattr(window, "presented_page", None)
        page = presented() if callable(presented) else None
        if page is not None:
            self._enter_page(page)
            return
        if self.view is None:
            self.view = PresentationView(self.state, self.steps, window, self.view_settings)
            self.view.exit_button.clicked.connect(lambda: self.set_active(False))
            self.view.choose_button.clicked.connect(self.choose_steps)
            self.view.prev_button.clicked.connect(self.step_previous)
            self.view.next_button.clicked.connect(self.step_next)
        else:
            self.view.update_plots()
            self.view.update_step_label()
        self.view.apply_font(QFont(window.font()))
        window.takeCentralWidget()
        self._saved.central.setParent(window)  # keep it alive and owned while detached
        self._saved.central.hide()
        window.setCentralWidget(self.view)
        self.view.show()
        for widget in self._saved.hidden_bars:
            widget.hide()
        if window.menuWidget() is not None:
            window.menuBar().hide()
        if _has_status_bar(window):
            window.statusBar().hide()
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        self.view.setFocus()

    def _enter_page(self, page: QWidget) -> None:
        """Show ``page`` as it is, full screen, without the window's bars and tabs, in larger type."""
        window = self.window
        self._page = page
        self._page_font = QFont(page.font())
        large = QFont(window.font())
        large.setPointSizeF(max(large.pointSizeF(), 9.0) * PAGE_FONT_SCALE)
        page.setFont(large)
        assert self._saved is not None
        for widget in self._saved.hidden_bars:
            widget.hide()
        tabs = window.centralWidget()
        if isinstance(tabs, QTabWidget):
            tabs.tabBar().hide()
        if window.menuWidget() is not None:
            window.menuBar().hide()
        if _has_status_bar(window):
            window.statusBar().hide()
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)

    def _leave(self) -> None:
        window = self.window
        saved = self._saved
        assert saved is not None
        if self._page is not None:
            tabs = window.centralWidget()
            if isinstance(tabs, QTabWidget):
                tabs.tabBar().show()
            if self._page_font is not None:
                self._page.setFont(self._page_font)
            self._page, self._page_font = None, None
        else:
            assert self.view is not None
            window.takeCentralWidget()
            self.view.hide()
            self.view.setParent(window)
            window.setCentralWidget(saved.central)
            saved.central.show()
        if window.menuWidget() is not None:
            window.menuBar().setVisible(saved.menu_bar_visible)
        if _has_status_bar(window):
            window.statusBar().setVisible(saved.status_bar_visible)
        for widget in saved.hidden_bars:
            widget.show()
        window.setWindowState(saved.window_state)
        window.restoreGeometry(saved.geometry)
        if not saved.window_state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            # restoreGeometry() re-derives the position from the frame, which
            # some platforms report late; the client rectangle is exact.
            window.setGeometry(saved.normal_rect)
        window.restoreState(saved.state)
        self._saved = None


def _has_status_bar(window: QMainWindow) -> bool:
    # window.statusBar() would create one; only look for an existing one.
    return window.findChild(QStatusBar, "", Qt.FindChildOption.FindDirectChildrenOnly) is not None

"""The main window: menus, toolbar and a tab per part of the app, the explorer first."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTabWidget, QToolBar, QWidget

from actgui.state.session import Session
from actgui.state.view import FONT_SCALE_RANGE
from actgui.ui import persistence
from actgui.ui.depth.lazy import LazyDepthPage
from actgui.ui.explorer.page import ExplorerPage
from actgui.ui.explorer.shading_menu import ShadingMenu
from actgui.ui.forward import LazyForwardPanel
from actgui.ui.i18n import add_language_menu
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.icon import app_icon
from actgui.ui.playground.lazy import LazyPlaygroundPage
from actgui.ui.presentation import PresentationMode
from actgui.ui.setup_actions import SetupActions
from actgui.ui.theme import apply_theme, get_theme, palette_for

FONT_STEP = 1.1
"""Factor of one Ctrl+= / Ctrl+- step."""


def _unique_keys(*keys: QKeySequence | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Return the key sequences without duplicates (ZoomIn is Ctrl++ on most platforms)."""
    result: list[QKeySequence] = []
    for key in keys:
        for sequence in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]:
            if not sequence.isEmpty() and sequence not in result:
                result.append(sequence)
    return result


class ExplorerPanels:
    """The explorer's panel sizes, as the settings save them (see ``persistence.PanelLayout``)."""

    def __init__(self, explorer: ExplorerPage) -> None:
        self.explorer = explorer

    def splitters(self) -> Mapping[str, QSplitter]:
        """The explorer's splitters, by the name they are saved under."""
        return {
            "columns": self.explorer.splitter,
            "right": self.explorer.right_splitter,
            "plots": self.explorer.plots.splitter,
        }

    def reset_panel_sizes(self) -> None:
        """Give the explorer's panels their default sizes."""
        self.explorer.reset_layout()

    def softmax_layout(self) -> QByteArray | None:
        """The softmax view's splitter state, or the one still waiting for the view."""
        if self.explorer.softmax_built:
            return self.explorer.softmax.splitter.saveState()
        return self.explorer.pending_softmax_layout

    def set_softmax_layout(self, data: QByteArray | None) -> None:
        """Apply ``data`` to the softmax view when it is built."""
        self.explorer.pending_softmax_layout = data


class MainWindow(Retranslating, QMainWindow):
    """The actgui main window.

    Other parts of the app add their pages with :meth:`add_page`, and the
    export code finds the views to render through :meth:`export_targets`.
    The window neither reads nor writes the settings: ``actgui.ui.app``
    restores the session it is given and saves it on :attr:`closing`.

    Parameters
    ----------
    session
        The states the pages show.
    lang
        The user-interface language asked for on the command line, if any.

    Attributes
    ----------
    session
        The session given.
    state
        The explorer's state (``session.explorer``).
    view_settings
        The theme and font size (``session.view``).
    """

    closing = Signal()
    """Emitted when the window is closed (the app saves the session then)."""

    def __init__(self, session: Session, lang: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.state = session.explorer
        self.view_settings = session.view
        self.lang = lang
        self._base_font = QFont(QApplication.font())
        self._export_extra: dict[str, QWidget] = {}
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())  # title bar, task bar and Alt+Tab; the dock on macOS
        self.setMinimumSize(760, 500)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.explorer = ExplorerPage(self.state, self.tabs, view=self.view_settings)
        self.tabs.addTab(self.explorer, "")
        self.panels = ExplorerPanels(self.explorer)
        # Built on first show: the forward panel stays off the start-up path.
        self.forward = LazyForwardPanel(session.layer, self.view_settings)
        self.add_page(self.tr("Forward pass"), self.forward)
        self.add_export_target("forward", self.forward)
        # Built on first show (its state too), keeps its tab title translated.
        self.playground = LazyPlaygroundPage(session, self.tabs)
        self.add_page(self.tr("Playground"), self.playground)
        # Built on first show (its state too), keeps its tab title translated.
        self.depth_page = LazyDepthPage(session, self.tabs)
        self.add_page(self.tr("Depth"), self.depth_page)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()

        self.tabs.currentChanged.connect(self._page_changed)
        self.view_settings.theme_changed.connect(self._apply_theme)
        self.view_settings.font_scale_changed.connect(self._apply_font_scale)
        self.state.show_derivative_changed.connect(self._show_derivative_changed)
        self.resize(1280, 720)
        self._apply_theme(self.view_settings.theme)
        self._apply_font_scale(self.view_settings.font_scale)
        self.show_derivative_action.setChecked(self.state.show_derivative)
        self.language_menu = add_language_menu(self, before=self.help_menu)
        self.presentation = PresentationMode(
            self, self.state, menu=self.view_menu, view_settings=self.view_settings
        )
        self.retranslate_ui()
        # Up/Down step through the activations right away, as in the seed.
        self.explorer.selector.tree.setFocus()

    # -- pages ------------------------------------------------------------

    def add_page(self, title: str, page: QWidget) -> None:
        """Add a top-level page as a tab (after the explorer)."""
        self.tabs.addTab(page, title)

    def presented_page(self) -> QWidget | None:
        """The page presentation mode shows as it is (the depth lab when current), else None."""
        return self.depth_page if self.tabs.currentWidget() is self.depth_page else None

    def explorer_actions(self) -> tuple[QAction, ...]:
        """The actions that act on the explorer's plots: usable only while it is the page shown."""
        return (self.pin_action, self.unpin_all_action, self.show_derivative_action, self.reset_view_action)

    def _page_changed(self, _index: int) -> None:
        on_explorer = self.tabs.currentWidget() is self.explorer
        for action in self.explorer_actions():
            action.setEnabled(on_explorer)

    def export_targets(self) -> dict[str, QWidget]:
        """Return the widgets the export code can render, by view name.

        'curve' and 'derivative' are the two plots, 'compare' both plots with
        the pinned curves, 'softmax' the softmax view, 'window' the whole window.
        """
        self.explorer.plots.ensure_current()  # it may have been hidden behind the softmax view
        targets: dict[str, QWidget] = {
            "curve": self.explorer.plots.f_widget,
            "derivative": self.explorer.plots.df_widget,
            "compare": self.explorer.plots,
            "softmax": self.explorer.softmax,
            "window": self,
        }
        targets.update(self._export_extra)
        targets["playground"] = self.playground.boundary_widget()  # the decision boundary; builds the page
        if self.depth_page.is_built:  # the depth lab's plots, once it was shown (headless export builds it)
            targets["depth"] = self.depth_page.export_widget()
        return targets

    def add_export_target(self, name: str, widget: QWidget) -> None:
        """Register another view for export (e.g. the forward pass page)."""
        self._export_extra[name] = widget

    # -- actions, menus, toolbar -------------------------------------------------

    def _create_actions(self) -> None:
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.light_action = QAction(self, checkable=True)
        self.dark_action = QAction(self, checkable=True)
        self.theme_group = QActionGroup(self)
        for action, name in ((self.light_action, "light"), (self.dark_action, "dark")):
            self.theme_group.addAction(action)
            action.triggered.connect(lambda _checked=False, n=name: self.view_settings.set_theme(n))

        self.reset_layout_action = QAction(self)
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.full_screen_action = QAction(self, checkable=True)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.triggered.connect(self.set_full_screen)
        self.larger_font_action = QAction(self)
        self.larger_font_action.setShortcuts(
            _unique_keys(QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence.StandardKey.ZoomIn)
        )
        self.larger_font_action.triggered.connect(lambda: self.step_font(+1))
        self.smaller_font_action = QAction(self)
        self.smaller_font_action.setShortcuts(
            _unique_keys(QKeySequence("Ctrl+-"), QKeySequence.StandardKey.ZoomOut)
        )
        self.smaller_font_action.triggered.connect(lambda: self.step_font(-1))
        self.reset_font_action = QAction(self)
        self.reset_font_action.setShortcut(QKeySequence("Ctrl+0"))
        self.reset_font_action.triggered.connect(lambda: self.view_settings.set_font_scale(1.0))
        self.show_derivative_action = QAction(self, checkable=True)
        self.show_derivative_action.setShortcut(QKeySequence("Ctrl+D"))
        self.show_derivative_action.toggled.connect(self.state.set_show_derivative)
        self.reset_view_action = QAction(self)
        self.reset_view_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reset_view_action.triggered.connect(self.explorer.plots.reset_view)
        self.pin_action = QAction(self)
        self.pin_action.setShortcut(QKeySequence("Ctrl+P"))
        self.pin_action.triggered.connect(self.state.pin_current)
        self.unpin_all_action = QAction(self)
        self.unpin_all_action.triggered.connect(self.state.clear_pins)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.setup_actions = SetupActions(self, self.file_menu, self.edit_menu)
        self.view_menu = bar.addMenu("")
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addAction(self.light_action)
        self.theme_menu.addAction(self.dark_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.show_derivative_action)
        self.view_menu.addMenu(ShadingMenu(self.state, self.view_menu))
        self.view_menu.addAction(self.reset_view_action)
        self.view_menu.addAction(self.reset_layout_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.larger_font_action)
        self.view_menu.addAction(self.smaller_font_action)
        self.view_menu.addAction(self.reset_font_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen_action)
        self.compare_menu = bar.addMenu("")
        self.compare_menu.addAction(self.pin_action)
        self.compare_menu.addAction(self.unpin_all_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("MainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        for action in (
            self.pin_action,
            self.unpin_all_action,
            None,
            self.show_derivative_action,
            self.reset_view_action,
            None,
            self.dark_action,
            self.full_screen_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("actgui — activation functions"))
        self.tabs.setTabText(self.tabs.indexOf(self.explorer), self.tr("Explorer"))
        self.tabs.setTabText(self.tabs.indexOf(self.forward), self.tr("Forward pass"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.compare_menu.setTitle(self.tr("&Compare"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.light_action.setText(self.tr("&Light"))
        self.dark_action.setText(self.tr("&Dark"))
        self.dark_action.setToolTip(self.tr("Dark theme"))
        self.show_derivative_action.setText(self.tr("Show &derivative"))
        self.reset_view_action.setText(self.tr("&Reset view"))
        self.reset_layout_action.setText(self.tr("Reset &layout"))
        self.larger_font_action.setText(self.tr("&Larger font"))
        self.smaller_font_action.setText(self.tr("&Smaller font"))
        self.reset_font_action.setText(self.tr("&Normal font size"))
        self.full_screen_action.setText(self.tr("&Full screen"))
        self.pin_action.setText(self.tr("&Pin current curve"))
        self.unpin_all_action.setText(self.tr("&Unpin all"))
        self.about_action.setText(self.tr("&About actgui"))

    def changeEvent(self, event: QEvent) -> None:
        """Keep the full-screen action in step (the mixin retranslates on a language change)."""
        if event.type() == QEvent.Type.WindowStateChange:
            self.full_screen_action.setChecked(self.isFullScreen())
        super().changeEvent(event)

    # -- view ---------------------------------------------------------------

    def _show_derivative_changed(self, show: bool) -> None:
        self.show_derivative_action.setChecked(show)

    def _apply_theme(self, name: str) -> None:
        theme = get_theme(name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(palette_for(theme))  # menus and dialogs are windows of their own
        apply_theme(self, theme)
        (self.dark_action if name == "dark" else self.light_action).setChecked(True)

    def _apply_font_scale(self, scale: float) -> None:
        font = QFont(self._base_font)
        base = self._base_font.pointSizeF()
        if base > 0:
            font.setPointSizeF(base * scale)
        self.setFont(font)
        low, high = FONT_SCALE_RANGE
        self.larger_font_action.setEnabled(scale * FONT_STEP <= high + 1e-9)
        self.smaller_font_action.setEnabled(scale / FONT_STEP >= low - 1e-9)

    def step_font(self, direction: int) -> None:
        """Make the fonts one step larger (+1) or smaller (-1), within the limits."""
        low, high = FONT_SCALE_RANGE
        scale = self.view_settings.font_scale * (FONT_STEP if direction > 0 else 1 / FONT_STEP)
        self.view_settings.set_font_scale(min(high, max(low, round(scale, 3))))

    def set_full_screen(self, on: bool) -> None:
        """Enter or leave full screen (F11)."""
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def reset_layout(self) -> None:
        """Restore the default panel sizes and a window that fits the screen."""
        self.explorer.reset_layout()
        self.state.set_show_derivative(True)
        if not self.isFullScreen() and not self.isMaximized():
            persistence.place_default(self)

    def show_about(self) -> None:
        """Open the About dialog."""
        from actgui.ui.about import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell :attr:`closing` listeners (the app saves the session and the layout)."""
        self.closing.emit()
        super().closeEvent(event)

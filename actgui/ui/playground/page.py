"""The training playground page: controls, decision boundary, diagram and curves."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from actgui.state.playground import PlaygroundState
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground.boundary_view import BoundaryView
from actgui.ui.playground.curves_view import CurvesView
from actgui.ui.playground.dataset_controls import DatasetControls
from actgui.ui.playground.experiment_tool import ExperimentToolWindow
from actgui.ui.playground.gradient_view import GradientView
from actgui.ui.playground.lessons import LessonPanel
from actgui.ui.playground.network_controls import NetworkControls
from actgui.ui.playground.network_diagram import NetworkDiagram
from actgui.ui.playground.runner import TrainingRunner
from actgui.ui.playground.training_controls import TrainingControls
from actgui.ui.playground.transport import TransportBar

GRID_RESOLUTION = 128
"""Grid points per side of the decision-boundary heatmap when paused."""

GRID_RESOLUTION_RUNNING = 64
"""Grid points per side while training runs: a quarter of the work per frame
(the heatmap is scaled with bilinear filtering, so it still looks smooth)."""


class SquareBox(QWidget):
    """Keeps its one child square and centred, so the plane is never stretched."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setMinimumSize(child.minimumSize())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the largest centred square (or the child's fixed size, e.g. for an export)."""
        fixed = self.child.minimumSize() == self.child.maximumSize()
        if fixed:
            width, height = self.child.width(), self.child.height()
        else:
            width = height = min(self.width(), self.height())
        self.child.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)
        super().resizeEvent(event)


class PlaygroundPage(Retranslating, QWidget):
    """Everything of the playground, bound to one :class:`PlaygroundState`.

    Views redraw at most once per event-loop pass: every ``progressed``
    signal only marks the page dirty and a zero-delay single-shot timer does
    the drawing, so a burst of changes costs one redraw.
    """

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.frames = 0
        self.longest_redraw_s = 0.0

        self.lessons = LessonPanel(self.state, self)
        self.dataset_controls = DatasetControls(self.state)
        self.network_controls = NetworkControls(self.state)
        self.training_controls = TrainingControls(self.state)
        self.data_box = QGroupBox(self)
        self.network_box = QGroupBox(self)
        self.training_box = QGroupBox(self)
        for box, controls in (
            (self.data_box, self.dataset_controls),
            (self.network_box, self.network_controls),
            (self.training_box, self.training_controls),
        ):
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(controls)
        controls_column = QWidget(self)
        column_layout = QVBoxLayout(controls_column)
        column_layout.setContentsMargins(0, 0, 4, 0)
        column_layout.addWidget(self.data_box)
        column_layout.addWidget(self.network_box)
        column_layout.addWidget(self.training_box)
        column_layout.addStretch(1)
        self.controls_scroll = QScrollArea(self)
        self.controls_scroll.setWidget(controls_column)
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll.setMinimumWidth(controls_column.minimumSizeHint().width() + 16)

        self.transport = TransportBar(self.state, self)
        self.boundary = BoundaryView(self)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.transport)
        centre_layout.addWidget(SquareBox(self.boundary, centre), 1)

        self.diagram = NetworkDiagram(self)
        self.curves = CurvesView(self)
        self.gradients = GradientView(self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.diagram)
        right.addWidget(self.curves)
        right.addWidget(self.gradients)
        right.setStretchFactor(0, 5)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 3)
        right.setChildrenCollapsible(False)
        right.setSizes([290, 170, 170])
        self.right_splitter = right

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.controls_scroll)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([280, 560, 440])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.experiment_button = QPushButton(self)
        self.experiment_button.clicked.connect(self.open_experiment_tool)
        self.experiment_tool: ExperimentToolWindow | None = None
        top = QHBoxLayout()
        top.addWidget(self.lessons, 1)
        top.addWidget(self.experiment_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.runner = TrainingRunner(self.state, self)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self.redraw)
        self._show_test = True
        self.dataset_controls.show_test_toggled.connect(self._set_show_test)
        self.state.data_changed.connect(self._show_data)
        self.state.progressed.connect(self._schedule_redraw)
        self.state.running_changed.connect(self._running_changed)
        self.retranslate_ui()
        self._show_data()
        self.redraw()

    # -- drawing ------------------------------------------------------------

    def _schedule_redraw(self) -> None:
        self._redraw_timer.start()

    def _running_changed(self, running: bool) -> None:
        if not running:  # bring every view up to date on pause
            self._schedule_redraw()

    def _set_show_test(self, show: bool) -> None:
        self._show_test = show
        self._show_data()

    def _show_data(self) -> None:
        self.boundary.show_data(self.state.dataset, self._show_test)

    def redraw(self) -> None:
        """Draw the current network.

        The heatmap and the counters are drawn every time. While training
        runs, the diagram, the curves and the gradient plot take turns, one
        per frame, so no frame holds the event loop for long; when paused
        (a step, a reset, a changed setting) everything is drawn at once.
        """
        start = time.perf_counter()
        trainer = self.state.trainer
        network = trainer.network
        running = self.state.running
        grid = network.predict_grid(GRID_RESOLUTION_RUNNING if running else GRID_RESOLUTION)
        self.boundary.show_grid(grid)
        parts = (self.frames % 3,) if running else range(3)
        for part in parts:
            if part == 0:
                self.diagram.show_network(network, grid, trainer.neuron_stats())
            elif part == 1:
                self.curves.show_history(trainer.history)
            else:
                dead = trainer.dead_neurons()
                total = sum(network.config.layer_sizes)
                self.gradients.show_diagnostics(trainer.typical_gradient_norms(), dead, total)
        self.frames += 1
        self.longest_redraw_s = max(self.longest_redraw_s, time.perf_counter() - start)

    def open_experiment_tool(self) -> ExperimentToolWindow:
        """Show the experiment tool's window (built on first use) and return it."""
        if self.experiment_tool is None:
            self.experiment_tool = ExperimentToolWindow(self.state, self)
        self.experiment_tool.show()
        self.experiment_tool.raise_()
        self.experiment_tool.activateWindow()
        return self.experiment_tool

    # -- page -----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.data_box.setTitle(self.tr("Data"))
        self.network_box.setTitle(self.tr("Network"))
        self.training_box.setTitle(self.tr("Training"))
        self.experiment_button.setText(self.tr("Experiment…"))
        self.experiment_button.setToolTip(
            self.tr("Vary one setting of this set-up over several seeds and compare the outcomes")
        )

    def hideEvent(self, event: QHideEvent) -> None:
        """Pause training when the page is hidden (another tab, window closed)."""
        self.state.set_running(False)
        super().hideEvent(event)

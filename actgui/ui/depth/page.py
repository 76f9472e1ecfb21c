"""The depth lab page: controls, the spread per layer, the phase diagram and per-layer histograms."""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from actgui.model.depth import MeanField, Simulation
from actgui.model.depth_sim import HISTOGRAM_VALUES
from actgui.state.depth import HISTOGRAM_KINDS, HISTOGRAM_STYLES, PRESETS, DepthState
from actgui.ui.depth.controls import DepthControls
from actgui.ui.depth.histogram_view import HistogramView
from actgui.ui.depth.phase_view import PhaseView
from actgui.ui.depth.presets import PresetPanel
from actgui.ui.depth.sim_worker import SimulationResult, SimulationRunner
from actgui.ui.depth.std_view import StdView
from actgui.ui.i18n.retranslate import Retranslating

PREVIEW_SAMPLES = 32
"""Samples of a preview while a setting is dragged (at 50 layers x 512 a fraction of the full run's time)."""
IDLE_MS = 150
"""A setting unchanged this long ends a drag: the full run follows."""


class DepthPage(Retranslating, QWidget):
    """Everything of the depth lab, bound to one :class:`DepthState`.

    A change of a setting only marks the page dirty; a zero-delay timer
    redraws the theory (a few milliseconds) once per event-loop pass and asks
    a worker thread for the simulation (:class:`SimulationRunner`), so the
    window never waits for it. While changes keep coming (a slider or the
    phase diagram's dot dragged) the worker computes quick previews with the
    first :data:`PREVIEW_SAMPLES` samples: the same network, the full run's
    histograms exactly, mean squares over fewer samples. :data:`IDLE_MS`
    after the last change the full run follows; it is always the final
    picture, and :meth:`flush` waits for it. The phase diagram is computed in
    the background too (see :class:`PhaseView`).
    """

    def __init__(self, state: DepthState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.last_compute_s = 0.0
        self.run: Simulation | None = None
        self.run_is_preview = False
        self.runner = SimulationRunner(self)  # first: deleted first, its pool waits for the worker
        self.runner.finished.connect(self._show_result)
        self._full_requested = False
        self._preview_samples = 0
        self._watched: QWidget | None = None
        self.theory: MeanField
        self.presets = PresetPanel(state, self)
        self.controls = DepthControls(state, self)
        self.controls_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.controls_box)
        box_layout.addWidget(self.controls)
        box_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.controls_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.controls_box.minimumSizeHint().width() + 24)

        self.std_view = StdView(self)
        self.phase_view = PhaseView(self)
        self.histograms = HistogramView(self)
        self.kind_box = QComboBox(self)
        for kind in HISTOGRAM_KINDS:
            self.kind_box.addItem("", kind)
        self.style_box = QComboBox(self)
        for style in HISTOGRAM_STYLES:
            self.style_box.addItem("", style)
        self.readout = QLabel(self)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("depthPreview")
        self.preview_label.setStyleSheet("color: gray; font-style: italic;")
        self.preview_label.hide()
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choosers = QHBoxLayout()
        choosers.setContentsMargins(0, 0, 0, 0)
        choosers.addWidget(self.kind_box)
        choosers.addWidget(self.style_box)
        choosers.addStretch(1)
        choosers.addWidget(self.preview_label)

        self.plots = QWidget(self)
        grid = QGridLayout(self.plots)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.std_view, 0, 0)
        grid.addWidget(self.phase_view, 0, 1)
        grid.addLayout(choosers, 1, 0, 1, 2)
        grid.addWidget(self.histograms, 2, 0, 1, 2)
        grid.addWidget(self.readout, 3, 0, 1, 2)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(2, 4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.plots)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 920])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.presets)
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._request_full)
        state.network_changed.connect(self._timer.start)
        state.network_changed.connect(self._show_point)  # cheap: the dot follows at once
        state.view_changed.connect(self._show_histograms)
        self.kind_box.currentIndexChanged.connect(
            lambda _i: state.set_histogram(kind=self.kind_box.currentData())
        )
        self.style_box.currentIndexChanged.connect(
            lambda _i: state.set_histogram(style=self.style_box.currentData())
        )
        self.phase_view.point_dragged.connect(self._dot_dragged)
        self.retranslate_ui()
        self.recompute()

    def flush(self) -> None:
        """Finish pending work now and show it: the full simulation, the phase diagram (before an export).

        Waits for the worker without running the event loop; if the full run of
        the current settings is not what it computes, it is computed here.
        """
        if self._timer.isActive():
            self._timer.stop()
            self.recompute()
        self._idle.stop()
        if self.run is None or self.run_is_preview or self.runner.busy:
            running = self.runner.running
            wanted = self.runner.wanted
            result = None
            if self._full_requested and running is not None and running == (wanted, False):
                result = self.runner.take(wanted)
            else:
                self.runner.take(-1)  # drop what runs or waits
            if result is None:
                simulation = self.state.simulation()
                result = SimulationResult(self.runner.claim(), False, self.state.samples, simulation)
            self._display(result)
        self.phase_view.wait()

    def shutdown(self) -> None:
        """Stop the timers and the worker: nothing runs once the page is closed."""
        self._timer.stop()
        self._idle.stop()
        self.runner.shutdown()
        self.phase_view.pool.waitForDone()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Wait for the worker threads before the page goes."""
        self.shutdown()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Watch the window the page is in: its closing stops the worker (a child gets no close event)."""
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)
            self._watched = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Stop the worker when the window closes (see :meth:`showEvent`)."""
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.shutdown()
        return super().eventFilter(watched, event)

    def present_step(self, direction: int) -> bool:
        """Show the next (1) or previous (-1) experiment; False past either end."""
        order = list(PRESETS)
        if self.state.preset in order:
            index = order.index(self.state.preset) + direction
        else:
            index = 0 if direction > 0 else len(order) - 1
        if not 0 <= index < len(order):
            return False
        self.state.apply_preset(order[index])
        return True

    def _show_point(self) -> None:
        self.phase_view.show_point(self.state.weight_std, self.state.bias_std)

    def _dot_dragged(self, weight_std: float, bias_std: float) -> None:
        self.state.set_point(round(weight_std, 3), round(bias_std, 3))

    def recompute(self) -> None:
        """Redraw the theory for the current settings and ask the worker for the simulation.

        A change within :data:`IDLE_MS` of the previous one asks for a preview
        (the full run follows when the changes stop); a lone change for the
        full run at once.
        """
        start = time.perf_counter()
        state = self.state
        self.theory = state.theory()
        self.std_view.show_theory(self.theory)
        self.phase_view.show_activation(state.activation.id, state.params)
        self.phase_view.show_point(state.weight_std, state.bias_std)
        self._show_readout()
        self._full_requested = False
        dragging = self._idle.isActive()
        self._idle.start()
        samples = self.preview_samples()
        if dragging and samples < state.samples:
            self.runner.request(state.simulation_arguments(samples), preview=True)
        else:
            self._request_full()
        self.last_compute_s = time.perf_counter() - start

    def preview_samples(self) -> int:
        """Samples of a preview: :data:`PREVIEW_SAMPLES`, or every row the histograms use."""
        return max(PREVIEW_SAMPLES, math.ceil(HISTOGRAM_VALUES / self.state.width))

    def _request_full(self) -> None:
        if not self._full_requested:
            self._full_requested = True
            self.runner.request(self.state.simulation_arguments(), preview=False)

    def _show_result(self, result: SimulationResult) -> None:
        self._display(result)

    def _display(self, result: SimulationResult) -> None:
        assert result.simulation is not None
        self.run = result.simulation
        self.run_is_preview = result.preview
        self.std_view.show_measured(self.run)
        self._show_histograms()
        self._show_readout()
        self._show_preview_label(result)

    def _show_preview_label(self, result: SimulationResult | None = None) -> None:
        if result is not None:
            self._preview_samples = result.samples
        if self.run_is_preview:
            self.preview_label.setText(
                self.tr("Preview: the first {0} of {1} samples").format(
                    self._preview_samples, self.state.samples
                )
            )
        self.preview_label.setVisible(self.run_is_preview)

    def _show_histograms(self) -> None:
        state = self.state
        with QSignalBlocker(self.kind_box), QSignalBlocker(self.style_box):
            self.kind_box.setCurrentIndex(self.kind_box.findData(state.histogram))
            self.style_box.setCurrentIndex(self.style_box.findData(state.histogram_style))
        if self.run is not None:
            hist = {"pre": self.run.pre, "post": self.run.post, "grad": self.run.grad}[state.histogram]
            self.histograms.show_histograms(hist, state.histogram, state.histogram_style)

    def _show_readout(self) -> None:
        run, theory = self.run, self.theory
        if run is None or len(run.pre_var) != len(theory.q):
            return  # the first result of a new depth is still being computed
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            measured = float(np.sqrt(run.grad_sq[0] / run.grad_sq[-1]))
            figures = (
                _number(measured),
                _number(float(np.sqrt(theory.grad_sq[0]))),
                _number(float(theory.chi[-1])),
                _number(float(np.sqrt(run.pre_var[-1]))),
                _number(float(np.sqrt(theory.q[-1]))),
            )
        self.readout.setText(
            self.tr(
                "Gradient std at layer 0 ÷ at layer {0}: measured {1}, theory {2}.   "
                "χ at the last layer: {3}.   "
                "Pre-activation std at layer {0}: measured {4}, theory {5}."
            ).format(len(theory.chi), *figures)
        )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.controls_box.setTitle(self.tr("Network"))
        if self._preview_samples:
            self._show_preview_label()
        names = {
            "pre": self.tr("Pre-activations h"),
            "post": self.tr("Activations f(h)"),
            "grad": self.tr("Gradients ∂L/∂h"),
        }
        styles = {"heatmap": self.tr("Heatmap"), "ridgeline": self.tr("Ridgeline")}
        with QSignalBlocker(self.kind_box), QSignalBlocker(self.style_box):
            for i in range(self.kind_box.count()):
                self.kind_box.setItemText(i, names[self.kind_box.itemData(i)])
            for i in range(self.style_box.count()):
                self.style_box.setItemText(i, styles[self.style_box.itemData(i)])


def _number(value: float) -> str:
    """A figure for the readout: 3 significant digits, powers of ten in scientific notation."""
    if not np.isfinite(value):
        return "∞" if value > 0 else "—"
    return f"{value:.3g}"

"""The depth lab page: controls, the spread per layer, the phase diagram and per-layer histograms."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, QTimer
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
from actgui.state.depth import HISTOGRAM_KINDS, HISTOGRAM_STYLES, PRESETS, DepthState
from actgui.ui.depth.controls import DepthControls
from actgui.ui.depth.histogram_view import HistogramView
from actgui.ui.depth.phase_view import PhaseView
from actgui.ui.depth.presets import PresetPanel
from actgui.ui.depth.std_view import StdView
from actgui.ui.i18n.retranslate import Retranslating


class DepthPage(Retranslating, QWidget):
    """Everything of the depth lab, bound to one :class:`DepthState`.

    A change of a setting only marks the page dirty; a zero-delay timer
    recomputes once per event-loop pass, so a slider drag costs one
    simulation per frame however many values it passes. The phase diagram
    is computed in the background (see :class:`PhaseView`).
    """

    def __init__(self, state: DepthState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.last_compute_s = 0.0
        self.run: Simulation | None = None
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
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choosers = QHBoxLayout()
        choosers.setContentsMargins(0, 0, 0, 0)
        choosers.addWidget(self.kind_box)
        choosers.addWidget(self.style_box)
        choosers.addStretch(1)

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
        """Finish pending work now: a scheduled recompute, the phase diagram (before an export)."""
        if self._timer.isActive():
            self._timer.stop()
            self.recompute()
        self.phase_view.wait()

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
        """Recompute theory and simulation for the current settings and redraw every view."""
        start = time.perf_counter()
        state = self.state
        theory = state.theory()
        self.std_view.show_theory(theory)
        self.run = state.simulation()
        self.std_view.show_measured(self.run)
        self.phase_view.show_activation(state.activation.id, state.params)
        self.phase_view.show_point(state.weight_std, state.bias_std)
        self._show_histograms()
        self._show_readout(theory)
        self.last_compute_s = time.perf_counter() - start

    def _show_histograms(self) -> None:
        state = self.state
        with QSignalBlocker(self.kind_box), QSignalBlocker(self.style_box):
            self.kind_box.setCurrentIndex(self.kind_box.findData(state.histogram))
            self.style_box.setCurrentIndex(self.style_box.findData(state.histogram_style))
        if self.run is not None:
            hist = {"pre": self.run.pre, "post": self.run.post, "grad": self.run.grad}[state.histogram]
            self.histograms.show_histograms(hist, state.histogram, state.histogram_style)

    def _show_readout(self, theory: MeanField) -> None:
        run = self.run
        if run is None:
            return
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

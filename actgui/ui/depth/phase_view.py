"""The order-to-chaos phase diagram: log chi at the fixed point over (weight_std, bias_std).

Computed off the UI thread (a QThreadPool worker) and cached per activation
and parameters, so moving the dot or a slider never waits for it. The
current setting is a dot the user drags; the chi = 1 line is the edge of
chaos.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, QRectF, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from actgui.model.depth import phase_diagram
from actgui.state.depth import MAX_BIAS_STD, MAX_WEIGHT_STD
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground._style import ExportScaled, set_title, style_plot
from actgui.ui.theme import LIGHT, Theme

COLUMNS, ROWS = 80, 60
"""Cells of the diagram: weight_std across, bias_std up."""
WEIGHT_STDS = np.linspace(MAX_WEIGHT_STD / (2 * COLUMNS), MAX_WEIGHT_STD * (1 - 1 / (2 * COLUMNS)), COLUMNS)
BIAS_STDS = np.linspace(MAX_BIAS_STD / (2 * ROWS), MAX_BIAS_STD * (1 - 1 / (2 * ROWS)), ROWS)
LOG_CHI_LIMIT = 2.0
"""The colour scale's ends: chi = e^-2 (order, gradients vanish) to e^2 (chaos, they explode)."""
PhaseKey = tuple[str, tuple[tuple[str, Any], ...]]


class _Done(QObject):
    finished = Signal(object, object)


class _Job(QRunnable):
    """Computes one diagram in the pool; reports (key, log chi) through ``done``."""

    def __init__(self, key: PhaseKey, done: _Done, results: dict[PhaseKey, np.ndarray]) -> None:
        super().__init__()
        self.key, self.done, self.results = key, done, results

    def run(self) -> None:
        activation_id, params = self.key
        values = phase_diagram(activation_id, WEIGHT_STDS, BIAS_STDS, **dict(params))
        self.results[self.key] = values  # for wait(), which must not run the event loop
        self.done.finished.emit(self.key, values)


class PhaseView(Retranslating, ExportScaled, QWidget):
    """The phase diagram with the chi = 1 line and a draggable dot.

    Signals
    -------
    point_dragged(float, float)
        The dot was dragged to (weight_std, bias_std).
    """

    point_dragged = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        self.cache: dict[PhaseKey, np.ndarray] = {}
        self._results: dict[PhaseKey, np.ndarray] = {}
        self.key: PhaseKey | None = None
        self._pending: set[PhaseKey] = set()
        # The pool first: children are deleted in creation order, so the pool's destructor waits for
        # a running job before the object it reports through is gone.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._done = _Done(self)
        self._done.finished.connect(self._finished)
        self.plot_widget = pg.PlotWidget(self)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setRect(QRectF(0, 0, MAX_WEIGHT_STD, MAX_BIAS_STD))
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(
            values=(-LOG_CHI_LIMIT, LOG_CHI_LIMIT),
            colorMap=pg.colormap.get("CET-D1"),
            interactive=False,
            width=14,
            colorMapMenu=False,
        )
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        self.edge = pg.IsocurveItem(level=0.0)
        self.edge.setParentItem(self.image)
        self.edge.setPos(0.5, 0.5)  # the isocurve puts sample i at the corner of pixel i, not its centre
        self.dot = pg.TargetItem(pos=(1.0, 0.0), size=14, movable=True)
        self.plot.addItem(self.dot)
        self.dot.sigPositionChanged.connect(self._dot_moved)
        self.plot.setXRange(0, MAX_WEIGHT_STD, padding=0.02)  # room for the dot on an edge
        self.plot.setYRange(0, MAX_BIAS_STD, padding=0.03)
        self.busy = pg.TextItem(anchor=(0.5, 0.5))
        self.busy.setPos(MAX_WEIGHT_STD / 2, MAX_BIAS_STD / 2)
        self.plot.addItem(self.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self._placing = False
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        """Recolour for ``theme``."""
        self.theme = theme
        scale = self.export_scale
        style_plot(self.plot_widget, self.plot, theme, grid=False, scale=scale)
        self.edge.setPen(pg.mkPen(theme.plot_foreground, width=2.5 * scale))
        self.dot.setPen(pg.mkPen(theme.plot_foreground, width=2 * scale))
        self.dot.setBrush(pg.mkBrush(255, 255, 255, 200))
        self.busy.setColor(theme.plot_foreground)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        set_title(self.plot, self.tr("Phase diagram: log χ at the fixed point (line: χ = 1)"), self.theme)
        self.plot.setLabel("bottom", self.tr("weight_std σw"))
        self.plot.setLabel("left", self.tr("bias_std σb"))
        self.busy.setText(self.tr("computing…") if self.key in self._pending else "")
        self.plot_widget.setToolTip(
            self.tr(
                "χ: how much a gradient's mean square grows per layer once the signal has settled.\n"
                "Blue, χ < 1: order, gradients vanish with depth. Red, χ > 1: chaos, they explode.\n"
                "The line χ = 1 is the edge of chaos. Drag the dot to change σw and σb."
            )
        )

    # -- the diagram ------------------------------------------------------------------------

    def show_activation(self, activation_id: str, params: Mapping[str, Any]) -> None:
        """Show the diagram of this activation: from the cache, or computed in the background."""
        key: PhaseKey = (activation_id, tuple(sorted(params.items())))
        if key == self.key:
            return
        self.key = key
        if key in self.cache:
            self._draw(self.cache[key])
        else:
            self.image.clear()
            self.edge.setData(None)
            if key not in self._pending:
                self._pending.add(key)
                self.pool.start(_Job(key, self._done, self._results))
        self.retranslate_ui()

    def _finished(self, key: PhaseKey, values: np.ndarray) -> None:
        if key in self.cache and key not in self._pending:
            return  # wait() took it already
        self._pending.discard(key)
        self.cache[key] = values
        if key == self.key:
            self._draw(values)
            self.retranslate_ui()

    def _draw(self, log_chi: np.ndarray) -> None:
        shown = np.clip(np.nan_to_num(log_chi, nan=-LOG_CHI_LIMIT, neginf=-LOG_CHI_LIMIT), -9.0, 9.0)
        self.image.setImage(shown, levels=(-LOG_CHI_LIMIT, LOG_CHI_LIMIT))
        self.image.setRect(QRectF(0, 0, MAX_WEIGHT_STD, MAX_BIAS_STD))
        # The isocurve is drawn in the image's pixel coordinates, transposed for row-major data.
        self.edge.setData(shown.T, level=0.0)

    def wait(self) -> None:
        """Block until the background work is done and show it (for exports and tests).

        The result is taken directly: running the event loop here could deliver
        events to a half-built widget (an export dialog that asked for its targets).
        """
        self.pool.waitForDone()
        for key in list(self._pending):
            if key in self._results:
                self._finished(key, self._results[key])

    # -- the dot ------------------------------------------------------------------------------

    def show_point(self, weight_std: float, bias_std: float) -> None:
        """Place the dot at the current setting (without reporting it back)."""
        self._placing = True
        try:
            self.dot.setPos(QPointF(weight_std, bias_std))
        finally:
            self._placing = False

    def _dot_moved(self) -> None:
        if self._placing:
            return
        pos = self.dot.pos()
        w = float(np.clip(pos.x(), 0.0, MAX_WEIGHT_STD))
        b = float(np.clip(pos.y(), 0.0, MAX_BIAS_STD))
        self.point_dragged.emit(w, b)

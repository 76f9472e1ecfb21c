"""The explorer's crosshair: a line and a dot on both plots at the hovered x, and the read-out."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt

from actgui.state.explorer import ExplorerState
from actgui.ui.explorer.readout_label import ReadoutLabel, format_number
from actgui.ui.theme import Theme

DOT_SIZE = 8.0
"""The crosshair dot size, in logical pixels."""


class Crosshair(QObject):
    """Follows the mouse over the f and f' plots and writes x, f(x) and f'(x) in ``readout``.

    Parameters
    ----------
    state
        The explorer state (the activation and parameters evaluated at x).
    plots
        The f and the f' plot widgets, in that order.
    readout
        The label above the plots.
    """

    def __init__(
        self, state: ExplorerState, plots: tuple[pg.PlotWidget, pg.PlotWidget], readout: ReadoutLabel
    ) -> None:
        super().__init__(readout)
        self.state = state
        self.readout = readout
        self._viewports = [widget.viewport() for widget in plots]
        self.lines = (pg.InfiniteLine(angle=90, movable=False), pg.InfiniteLine(angle=90, movable=False))
        self.dots = (pg.ScatterPlotItem(size=DOT_SIZE), pg.ScatterPlotItem(size=DOT_SIZE))
        for widget, line, dot in zip(plots, self.lines, self.dots, strict=True):
            plot = widget.getPlotItem()
            line.setZValue(20)
            dot.setZValue(21)
            plot.addItem(line, ignoreBounds=True)
            plot.addItem(dot, ignoreBounds=True)
            widget.viewport().installEventFilter(self)
            widget.scene().sigMouseMoved.connect(lambda pos, plot=plot: self.hover(plot, pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hide the crosshair when the mouse leaves a plot."""
        if watched in self._viewports and event.type() == QEvent.Type.Leave:
            self.hide()
        return False

    @property
    def visible(self) -> bool:
        """Whether the crosshair is shown."""
        return self.lines[0].isVisible()

    def hover(self, plot: pg.PlotItem, scene_pos: QPointF) -> None:
        """Show the crosshair at the mouse's x, or hide it outside the plot area."""
        if not plot.vb.sceneBoundingRect().contains(scene_pos):
            self.hide()
            return
        self.show_at(plot.vb.mapSceneToView(scene_pos).x())

    def show_at(self, x: float) -> None:
        """Put the crosshair at ``x`` and write the values there."""
        act, params = self.state.activation, self.state.params
        if act.is_vector:
            z = np.array([[x, 0.0]])
            y, dy = float(act(z, **params)[0, 0]), float(act.derivative(z, **params)[0, 0])
        else:
            y, dy = float(act(x, **params)), float(act.derivative(x, **params))
        for line in self.lines:
            line.setValue(x)
            line.setVisible(True)
        for dot, value in zip(self.dots, (y, dy), strict=True):
            dot.setData([x], [value] if math.isfinite(value) else [])
            dot.setVisible(math.isfinite(value))
        self.readout.setText(
            f"x = {format_number(x)}    f(x) = {format_number(y)}    f′(x) = {format_number(dy)}"
        )

    def refresh(self) -> None:
        """Re-evaluate at the same x after the curve changed (nothing if hidden)."""
        if self.visible:
            self.show_at(self.lines[0].value())

    def values(self) -> tuple[float, float, float] | None:
        """The crosshair's (x, f(x), f'(x)), or None when it is hidden."""
        if not self.visible:
            return None
        x = float(self.lines[0].value())
        ys = [dot.getData()[1] for dot in self.dots]
        y, d = (float(v[0]) if len(v) else math.nan for v in ys)
        return x, y, d

    def hide(self) -> None:
        """Hide the crosshair and show the hint instead of the read-out."""
        for item in (*self.lines, *self.dots):
            item.setVisible(False)
        # Translated in the context of the plots it belongs to.
        self.readout.setText(
            QCoreApplication.translate("CurvePlots", "Hover over a plot to read x, f(x) and f′(x)")
        )

    def set_theme(self, theme: Theme, px: float) -> None:
        """Colour the lines and dots for ``theme``; ``px`` device pixels per logical pixel."""
        pen = pg.mkPen(theme.crosshair, width=px, style=Qt.PenStyle.DashLine)
        for line in self.lines:
            line.setPen(pen)
        for dot, colour in zip(self.dots, (theme.curve, theme.derivative), strict=True):
            dot.setBrush(pg.mkBrush(colour))
            dot.setPen(pg.mkPen(theme.plot_background, width=1.5 * px))
            dot.setSize(DOT_SIZE * px)

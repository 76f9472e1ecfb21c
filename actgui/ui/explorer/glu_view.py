"""The GLU view: a * g(b) over the (a, b) plane, and its curve along b for a chosen a.

GLU maps a pair of halves to one output, so instead of one curve the view
shows the whole surface as a heatmap (a up, b across; the gate is the
activation's ``gate`` parameter) and, below it, the slice y = a g(b) and
its derivative in b for the a picked with the slider (a line on the map).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSplitter, QVBoxLayout, QWidget

from actgui.model import sample_curve
from actgui.state.explorer import ExplorerState
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, Theme

EXTENT = 4.0
"""The map covers a and b in [-EXTENT, EXTENT]."""

CELLS = 161
"""Samples per side of the map."""

A_STEPS = 80
"""Slider steps over [-EXTENT, EXTENT] (a step of 0.1)."""


def glu_surface(gate: str) -> np.ndarray:
    """A * g(b) on the CELLS x CELLS grid, row i for a_i (increasing), column j for b_j."""
    from actgui.model import get_activation

    axis = np.linspace(-EXTENT, EXTENT, CELLS)
    a, b = np.meshgrid(axis, axis, indexing="ij")
    return get_activation("glu")(np.stack([a, b], axis=-1), gate=gate)[..., 0]


class GluView(Retranslating, QWidget):
    """Heatmap of a * g(b) with a line at the chosen a, and that slice as curves.

    Attributes
    ----------
    image
        The heatmap (row-major: rows are a, columns are b).
    a_slider
        Picks a; a view setting of this page, not a parameter of GLU.
    curve, dcurve
        y = a g(b) and dy/db = a g'(b) along b for the chosen a.
    """

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._gate: str | None = None
        self.map_widget = pg.PlotWidget(self, enableMenu=False)
        self.map_plot = self.map_widget.getPlotItem()
        self.curve_widget = pg.PlotWidget(self, enableMenu=False)
        self.curve_plot = self.curve_widget.getPlotItem()
        for plot in (self.map_plot, self.curve_plot):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            plot.showGrid(x=True, y=True, alpha=0.12)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setRect(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)
        self.map_plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap="CET-D1", values=(-1.0, 1.0), interactive=False, width=14)
        self.colour_bar.setImageItem(self.image, insert_in=self.map_plot)
        self.a_line = pg.InfiniteLine(pos=1.0, angle=0, movable=False)
        self.map_plot.addItem(self.a_line)
        self.map_plot.setRange(xRange=(-EXTENT, EXTENT), yRange=(-EXTENT, EXTENT), padding=0)
        self.curve = pg.PlotDataItem()
        self.dcurve = pg.PlotDataItem()
        self.curve_plot.addItem(self.curve)
        self.curve_plot.addItem(self.dcurve)
        self.legend = self.curve_plot.addLegend(offset=(8, 8))
        self.legend.addItem(self.curve, "y = a·g(b)")
        self.legend.addItem(self.dcurve, "∂y/∂b = a·g′(b)")
        self.map_title = QLabel(self)
        self.curve_title = QLabel(self)
        for title in (self.map_title, self.curve_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.a_label = QLabel(self)
        self.a_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.a_slider.setRange(-A_STEPS // 2 * 1, A_STEPS // 2)
        self.a_slider.setValue(10)  # a = 1: the gate g itself
        self.a_value = QLabel(self)

        map_box = QWidget(self)
        map_layout = QVBoxLayout(map_box)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map_title)
        map_layout.addWidget(self.map_widget, 1)
        curve_box = QWidget(self)
        curve_layout = QVBoxLayout(curve_box)
        curve_layout.setContentsMargins(0, 0, 0, 0)
        curve_layout.addWidget(self.curve_title)
        curve_layout.addWidget(self.curve_widget, 1)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.a_label)
        slider_row.addWidget(self.a_slider, 1)
        slider_row.addWidget(self.a_value)
        curve_layout.addLayout(slider_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(map_box)
        self.splitter.addWidget(curve_box)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.splitter)
        for widget in (self.map_widget, self.curve_widget):
            widget.setMinimumHeight(160)

        self.a_slider.valueChanged.connect(self._show_slice)
        state.activation_changed.connect(self.update_view)
        state.params_changed.connect(self.update_view)
        self.set_theme(LIGHT)
        self.retranslate_ui()

    @property
    def a(self) -> float:
        """The chosen a."""
        return self.a_slider.value() * (2 * EXTENT / A_STEPS)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.map_title.setText(self.tr("y = a · g(b) over the (a, b) plane (a up, b across)"))
        self.curve_title.setText(self.tr("The slice at the chosen a, along b"))
        self.a_label.setText(self.tr("a ="))
        for plot in (self.map_plot, self.curve_plot):
            plot.setLabel("bottom", self.tr("b (second half: the gate's input)"))
        self.map_plot.setLabel("left", self.tr("a (first half)"))
        self.a_slider.setToolTip(
            self.tr("Choose a: the slice y = a·g(b) is drawn below and marked on the map")
        )
        self.update_view()

    def set_theme(self, theme: Theme) -> None:
        """Recolour the plots for ``theme``."""
        for widget in (self.map_widget, self.curve_widget):
            widget.setBackground(theme.plot_background)
        for plot in (self.map_plot, self.curve_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.plot_foreground))
                axis.setTextPen(pg.mkPen(theme.plot_foreground))
        self.colour_bar.axis.setPen(pg.mkPen(theme.plot_foreground))
        self.colour_bar.axis.setTextPen(pg.mkPen(theme.plot_foreground))
        self.a_line.setPen(pg.mkPen(theme.plot_foreground, width=2, style=Qt.PenStyle.DashLine))
        self.curve.setPen(pg.mkPen(theme.curve, width=2.5))
        self.dcurve.setPen(pg.mkPen(theme.derivative, width=2, style=Qt.PenStyle.DashLine))
        self.legend.setLabelTextColor(theme.plot_foreground)

    def update_view(self, *_args: object) -> None:
        """Redraw the map when the gate changed, and the slice."""
        act = self.state.activation
        if not act.is_gated:
            return
        gate = str(self.state.params["gate"])
        if gate != self._gate:
            self._gate = gate
            surface = glu_surface(gate)
            bound = float(np.max(np.abs(surface)))
            self.image.setImage(surface, autoLevels=False)
            self.image.setRect(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)
            self.colour_bar.setLevels((-bound, bound))
        self._show_slice()

    def _show_slice(self, *_args: object) -> None:
        if not self.state.activation.is_gated:
            return
        a = self.a
        curve = sample_curve("glu", self.state.params, -EXTENT, EXTENT, 401, gated_a=a)
        self.curve.setData(curve.x, curve.y)
        self.dcurve.setData(curve.x, curve.dy)
        self.a_line.setPos(a)
        self.a_value.setText(f"{a:+.1f}")

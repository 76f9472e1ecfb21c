"""The decision boundary: the network's P(class 1) as a heatmap behind the points."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from actgui.model.datasets import EXTENT, Dataset
from actgui.model.network import GridOutputs
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground._style import ExportScaled, set_title, style_plot
from actgui.ui.playground.colors import CLASS_COLOURS, diverging_lut
from actgui.ui.theme import LIGHT, Theme


class _SmoothImageItem(pg.ImageItem):
    """An ImageItem scaled with bilinear filtering: a smooth boundary, not blocks."""

    def paint(self, painter: QPainter, *args: object) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        super().paint(painter, *args)


class BoundaryView(Retranslating, ExportScaled, pg.PlotWidget):
    """Heatmap of the network's output with the training and test points on top.

    Training points are filled discs with a light rim, test points the same
    colours with a dark rim and a diamond shape, so both read in greyscale too.
    The items are created once; :meth:`show_grid` and :meth:`show_data` only
    call ``setImage`` / ``setData``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        self.setMinimumSize(300, 300)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.setAspectLocked(True)
        for name in ("left", "bottom"):
            # Ticks outside the view: an axis whose ticks reach into the view
            # overlaps the heatmap and would be repainted with every frame.
            plot.getAxis(name).setStyle(tickLength=6)
        plot.setRange(xRange=(-EXTENT, EXTENT), yRange=(-EXTENT, EXTENT), padding=0.01)
        self.image = _SmoothImageItem(axisOrder="row-major")
        self._rect = QRectF(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)
        self._shape: tuple[int, ...] = ()
        self.image.setZValue(-10)
        plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=9, symbol="o", pxMode=True)
        self.test_points = pg.ScatterPlotItem(size=10, symbol="d", pxMode=True)
        plot.addItem(self.train_points)
        plot.addItem(self.test_points)
        self._brushes = [pg.mkBrush(c) for c in CLASS_COLOURS]
        self.set_theme(LIGHT)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        set_title(self.getPlotItem(), self.tr("Decision boundary: P(class 1)"), self.theme)
        self.getPlotItem().setLabel("bottom", self.tr("x₁"))
        self.getPlotItem().setLabel("left", self.tr("x₂"))

    def set_theme(self, theme: Theme) -> None:
        """Recolour the heatmap, axes and point rims for ``theme``."""
        self.theme = theme
        # The points are pixmaps drawn at the device's scale already; the axes are cosmetic lines.
        style_plot(self, self.getPlotItem(), theme, grid=False, scale=self.export_scale)
        self.image.setLookupTable(diverging_lut(theme.plot_background, strength=0.55))
        light_rim, dark_rim = ("#ffffff", "#202020") if theme.name == "light" else ("#1b1d20", "#f0f0f0")
        self.train_points.setPen(pg.mkPen(light_rim, width=1.2))
        self.test_points.setPen(pg.mkPen(dark_rim, width=1.4))
        self.retranslate_ui()

    def show_data(self, data: Dataset, show_test: bool = True) -> None:
        """Draw the training (and test) points in their class colours."""
        self.train_points.setData(pos=data.x_train, brush=[self._brushes[int(v)] for v in data.y_train])
        if show_test:
            self.test_points.setData(pos=data.x_test, brush=[self._brushes[int(v)] for v in data.y_test])
        else:
            self.test_points.setData(pos=np.empty((0, 2)))

    def show_grid(self, grid: GridOutputs) -> None:
        """Show P(class 1) over the plane (0 orange, 0.5 background, 1 blue)."""
        self.image.setImage(grid.probability, levels=(0.0, 1.0), autoLevels=False)
        if grid.probability.shape != self._shape:
            # setRect scales by the image's pixel count: redo it when that changes.
            self._shape = grid.probability.shape
            self.image.setRect(self._rect)

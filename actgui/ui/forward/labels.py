"""Many short value labels drawn by one graphics item: fast to update, crisp at any zoom.

A pyqtgraph ``TextItem`` per number costs about 0.2 ms per update (a
QGraphicsTextItem re-lays out its document); the forward panel shows 80
numbers and updates them on every step of the weight-scale slider. This
item stores the strings and paints them all in one ``paint`` call, at a fixed
pixel size, anchored to points given in view coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget


class LabelLayer(pg.GraphicsObject):
    """Text labels at points of a ViewBox, drawn unscaled.

    Parameters
    ----------
    font
        The font of every label.
    """

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self._font = QFont(font)
        self._metrics = QFontMetricsF(self._font)
        self._points: list[QPointF] = []
        self._texts: list[str] = []
        self._colours: list[QColor] = []
        self._anchors: list[tuple[float, float]] = []
        self._bounds = QRectF()

    def set_labels(
        self,
        points: Sequence[tuple[float, float]],
        texts: Sequence[str],
        colours: Sequence[QColor],
        anchors: Sequence[tuple[float, float]],
    ) -> None:
        """Replace every label: text i is anchored at ``points[i]`` (view coordinates).

        An anchor (ax, ay) puts that fraction of the text's box on the point:
        (0.5, 0.5) centres it, (0.5, 1.0) puts it above the point.
        """
        self._points = [QPointF(x, y) for x, y in points]
        self._texts = list(texts)
        self._colours = [QColor(c) for c in colours]
        self._anchors = list(anchors)
        self.update()

    def set_font(self, font: QFont) -> None:
        """Draw the labels in another font (the window's font scale changed)."""
        self._font = QFont(font)
        self._metrics = QFontMetricsF(self._font)
        self.update()

    def texts(self) -> list[str]:
        """The labels' texts, in order."""
        return list(self._texts)

    def set_colours(self, colours: Sequence[QColor]) -> None:
        """Recolour the labels (same order as the texts)."""
        self._colours = [QColor(c) for c in colours]
        self.update()

    def viewRangeChanged(self) -> None:
        """Cover the whole visible range: labels may stick out of their cells."""
        self.prepareGeometryChange()
        view = self.getViewBox()
        self._bounds = view.viewRect() if view is not None else QRectF()
        super().viewRangeChanged()

    def boundingRect(self) -> QRectF:
        """The visible view range."""
        return QRectF(self._bounds)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange: object = None) -> None:
        """Labels never widen a view's auto-range."""
        return None

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        """Draw every label at its anchor, in device pixels."""
        if not self._texts:
            return
        to_device = painter.transform()
        painter.save()
        painter.setTransform(QTransform())
        painter.setFont(self._font)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        height = self._metrics.height()
        for point, text, colour, (ax, ay) in zip(
            self._points, self._texts, self._colours, self._anchors, strict=False
        ):
            width = self._metrics.horizontalAdvance(text)
            at = to_device.map(point)
            box = QRectF(at.x() - ax * width, at.y() - ay * height, width, height)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

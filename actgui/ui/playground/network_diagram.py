"""The network as a diagram: each neuron drawn as its output over the plane.

Like browser playgrounds, every node is a thumbnail of what that neuron
computes over the same square as the decision-boundary plot, and every
connection is a line whose colour is the weight's sign and whose width is its
size. Dead neurons (no gradient on any training point) get a red frame.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from actgui.model import get_activation
from actgui.model.network import MLP, GridOutputs, NeuronStats
from actgui.ui.i18n import tr_model, without_gloss
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground._style import ExportScaled
from actgui.ui.playground.colors import CLASS_COLOURS, DEAD_COLOUR, diverging_lut, to_qimage
from actgui.ui.theme import LIGHT, Theme

_LINE_LEVELS = 6

THUMB_RESOLUTION = 40
"""Pixels per side of a thumbnail before it is scaled to the node size (times the export scale)."""


class NetworkDiagram(Retranslating, ExportScaled, QWidget):
    """Columns of neuron thumbnails (inputs, hidden layers, output) joined by weights.

    Its pens are not cosmetic, so they widen with the painter's scale by
    themselves; an export at 2x or 3x only samples the thumbnails finer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        self._lut = diverging_lut(LIGHT.plot_background)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)
        self._columns: list[list[QImage]] = []
        self._grid: GridOutputs | None = None
        self._weights: list[np.ndarray] = []
        self._dead: list[np.ndarray] = []
        self._tips: list[list[str]] = []
        self._titles: list[str] = []
        self._activations: tuple[str, ...] = ()
        self._node_rects: list[list[QRectF]] = []

    def sizeHint(self) -> QSize:
        """A comfortable default size."""
        return QSize(380, 300)

    def set_theme(self, theme: Theme) -> None:
        """Use the theme's background in the thumbnails' colour map."""
        self.theme = theme
        self._lut = diverging_lut(theme.plot_background)
        self._make_thumbnails()
        self.update()

    def retranslate_ui(self) -> None:
        """Name the columns in the current language."""
        self._titles = self._column_titles()
        self.update()

    # -- data -----------------------------------------------------------------

    @property
    def node_counts(self) -> list[int]:
        """Number of nodes per column (inputs, hidden layers, output)."""
        return [len(c) for c in self._columns]

    def show_network(self, network: MLP, grid: GridOutputs, stats: tuple[NeuronStats, ...]) -> None:
        """Build the thumbnails from ``grid`` and remember weights and dead neurons."""
        self._grid = grid
        self._make_thumbnails()
        self._weights = [np.asarray(w) for w in network.weights]
        self._dead = [s.dead for s in stats]
        self._activations = network.config.activations
        self._tips = self._tooltips(stats)
        self._titles = self._column_titles()
        self.update()

    def _make_thumbnails(self) -> None:
        grid = self._grid
        if grid is None:
            return
        step = max(1, int(len(grid.coords) // (THUMB_RESOLUTION * self.export_scale)))
        coords = grid.coords[::step]
        gx, gy = np.meshgrid(coords, coords)
        columns = [[self._image(gx), self._image(gy)]]
        for layer in grid.hidden:
            columns.append([self._image(neuron[::step, ::step]) for neuron in layer])
        columns.append([self._image(grid.probability[::step, ::step] * 2.0 - 1.0, symmetric=False)])
        self._columns = columns

    def _image(self, values: np.ndarray, symmetric: bool = True) -> QImage:
        if symmetric:
            finite = values[np.isfinite(values)]
            peak = float(np.max(np.abs(finite))) if finite.size else 0.0
            peak = peak if peak > 1e-12 else 1.0
            return to_qimage(values, self._lut, -peak, peak)
        return to_qimage(values, self._lut, -1.0, 1.0)

    def _tooltips(self, stats: tuple[NeuronStats, ...]) -> list[list[str]]:
        tips = [[self.tr("Input x₁"), self.tr("Input x₂")]]
        for layer, s in enumerate(stats):
            column = []
            for i in range(len(s.active_fraction)):
                text = self.tr(
                    "Layer {0}, neuron {1}\ngradient flows on {2:.0f} % of points\nmean |f′(z)| = {3:.3g}"
                ).format(layer + 1, i + 1, 100 * s.active_fraction[i], s.mean_abs_derivative[i])
                if s.dead[i]:
                    text += "\n" + self.tr("dead: no gradient on any point, it cannot learn")
                column.append(text)
            tips.append(column)
        tips.append([self.tr("Output: P(class 1)")])
        return tips

    def _column_titles(self) -> list[str]:
        titles = [self.tr("Input")]
        for layer, act in enumerate(self._activations):
            titles.append(self.tr("Layer {0}\n{1}").format(layer + 1, tr_model(get_activation(act).name)))
        titles.append(self.tr("Output"))
        return titles

    # -- painting -------------------------------------------------------------

    def _layout(self) -> tuple[list[list[QRectF]], float]:
        counts = self.node_counts
        if not counts:
            return [], 0.0
        top, bottom, side = 38.0, 10.0, 10.0
        height = max(self.height() - top - bottom, 20.0)
        width = max(self.width() - 2 * side, 20.0)
        n_cols = len(counts)
        col_width = width / n_cols
        most = max(counts)
        gap = 4.0
        size = min((height - gap * (most - 1)) / most, col_width * 0.55, 64.0)
        size = max(size, 8.0)
        rects = []
        for c, count in enumerate(counts):
            cx = side + col_width * (c + 0.5)
            total = count * size + (count - 1) * gap
            y0 = top + (height - total) / 2
            rects.append([QRectF(cx - size / 2, y0 + i * (size + gap), size, size) for i in range(count)])
        return rects, size

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the connections, then the thumbnails and the column titles."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.theme.plot_background))
        rects, _size = self._layout()
        self._node_rects = rects
        if not rects:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._draw_connections(painter, rects)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        frame = QColor(self.theme.plot_foreground)
        frame.setAlphaF(0.45)
        for c, column in enumerate(self._columns):
            dead = self._dead[c - 1] if 0 < c <= len(self._dead) else None
            for i, image in enumerate(column):
                r = rects[c][i]
                painter.drawImage(r, image)
                if dead is not None and dead[i]:
                    painter.setPen(QPen(QColor(DEAD_COLOUR), 2.5))
                    painter.drawRect(r.adjusted(-1, -1, 1, 1))
                    painter.drawLine(r.topLeft(), r.bottomRight())
                else:
                    painter.setPen(QPen(frame, 1))
                    painter.drawRect(r)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        painter.setFont(font)
        painter.setPen(QColor(self.theme.plot_foreground))
        metrics = QFontMetrics(font)
        col_width = (self.width() - 20) / len(rects)
        for c, title in enumerate(self._titles[: len(rects)]):
            cx = rects[c][0].center().x()
            lines = [_fitted(metrics, line, int(col_width) - 4) for line in title.split("\n")]
            box = QRectF(cx - col_width / 2, 2, col_width, 34)
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(box, int(align), "\n".join(lines))
        painter.end()

    def _draw_connections(self, painter: QPainter, rects: list[list[QRectF]]) -> None:
        """One line per weight: colour = sign, width and opacity = size within its layer.

        The sizes are binned into a few pens so each pen draws all its lines in
        one ``drawLines`` call: a 16-16 layer has 256 lines.
        """
        for layer, w in enumerate(self._weights):
            finite = np.isfinite(w)
            peak = float(np.abs(w[finite]).max()) if finite.any() else 0.0
            if peak <= 0.0:
                continue
            src, dst = rects[layer], rects[layer + 1]
            x0, x1 = src[0].right(), dst[0].left()
            y0 = np.array([r.center().y() for r in src])
            y1 = np.array([r.center().y() for r in dst])
            share = np.abs(np.where(finite, w, 0.0)) / peak
            level = np.minimum((share * _LINE_LEVELS).astype(int), _LINE_LEVELS - 1)
            for positive in (False, True):
                sign_mask = finite & ((w > 0) if positive else (w <= 0))
                for lv in range(_LINE_LEVELS):
                    ii, jj = np.nonzero(sign_mask & (level == lv))
                    if ii.size == 0:
                        continue
                    strength = (lv + 0.5) / _LINE_LEVELS
                    colour = QColor(CLASS_COLOURS[1] if positive else CLASS_COLOURS[0])
                    colour.setAlphaF(0.25 + 0.6 * strength)
                    painter.setPen(QPen(colour, 0.4 + 3.6 * strength))
                    painter.drawLines(
                        [QLineF(x0, y0[i], x1, y1[j]) for i, j in zip(ii.tolist(), jj.tolist(), strict=True)]
                    )

    def event(self, event: QEvent) -> bool:
        """Show a neuron's statistics as its tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            for c, column in enumerate(self._node_rects):
                for i, r in enumerate(column):
                    if r.contains(pos) and c < len(self._tips) and i < len(self._tips[c]):
                        QToolTip.showText(event.globalPos(), self._tips[c][i], self)
                        return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


def _fitted(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` if it fits in ``width``; else without a trailing gloss in brackets; else elided.

    A translated name such as "Leaky ReLU（带泄漏的 ReLU）" then reads
    "Leaky ReLU" in a narrow column rather than "Leaky ReLU…".
    """
    if metrics.horizontalAdvance(text) > width:
        text = without_gloss(text)
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

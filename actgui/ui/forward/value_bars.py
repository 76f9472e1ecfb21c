"""A row of bars with each value written at the end of its bar."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from actgui.ui.forward._format import format_number

BAR_WIDTH = 0.62
_ROOM_FOR_TEXT = 0.45
"""Fraction of the span added above and below the bars, where the values are written."""


def bar_range(values: np.ndarray, include: tuple[float, ...] = ()) -> tuple[float, float]:
    """A y range holding 0, the values and ``include``, with room for the value labels."""
    finite = values[np.isfinite(values)]
    lo = min(0.0, *include, float(finite.min()) if finite.size else 0.0)
    hi = max(0.0, *include, float(finite.max()) if finite.size else 0.0)
    span = hi - lo
    if span <= 0.0:
        span = 1.0
    return lo - (_ROOM_FOR_TEXT * span if lo < 0 else 0.08 * span), hi + _ROOM_FOR_TEXT * span


class ValueBars:
    """Bars at x = j + 0.5 (j = 0 .. n-1) inside a ViewBox, with their values written on them.

    Parameters
    ----------
    view
        The ViewBox to draw in.
    font
        The font of the values.
    """

    def __init__(self, view: pg.ViewBox, font: QFont) -> None:
        self.view = view
        self.font = font
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, pen=pg.mkPen(None))
        view.addItem(self.bars)
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen("#7a7a7a", width=1))
        view.addItem(self.zero)
        self.texts: list[pg.TextItem] = []
        self._shown: list[str] = []
        self._text_colour = QColor("#202020")

    def set_text_colour(self, colour: QColor) -> None:
        """The colour of the value labels (follows the theme)."""
        self._text_colour = QColor(colour)
        for item in self.texts:
            item.setColor(self._text_colour)
        self.zero.setPen(pg.mkPen(QColor(colour).lighter(160) if colour.lightness() < 128 else "#8a8a8a"))

    def _ensure_count(self, n: int) -> None:
        while len(self.texts) < n:
            item = pg.TextItem(color=self._text_colour)
            item.setFont(self.font)
            item.setZValue(5)
            self.view.addItem(item)
            self.texts.append(item)
            self._shown.append("")
        while len(self.texts) > n:
            self.view.removeItem(self.texts.pop())
            self._shown.pop()

    def set_values(self, values: np.ndarray, decimals: int, brushes: list[QColor]) -> None:
        """Show one bar per value, coloured with ``brushes``, labelled with ``decimals`` decimals."""
        n = int(values.size)
        self._ensure_count(n)
        centres = np.arange(n) + 0.5
        heights = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
        self.bars.setOpts(x=centres, height=heights, width=BAR_WIDTH, brushes=brushes)
        for j in range(n):
            value = float(values[j])
            item = self.texts[j]
            text = format_number(value, decimals)
            if text != self._shown[j]:
                item.setText(text)
                self._shown[j] = text
            item.setAnchor((0.5, 1.0) if value >= 0 else (0.5, 0.0))
            item.setPos(j + 0.5, float(heights[j]))

    def text(self, j: int) -> str:
        """The label of bar j."""
        return self.texts[j].toPlainText()

"""A row of bars with each value written at the end of its bar."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from actgui.ui.forward._format import format_number
from actgui.ui.forward.labels import LabelLayer

BAR_WIDTH = 0.62
ZERO_LINE = QColor("#7a7a7a")
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
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, pen=pg.mkPen(None))
        view.addItem(self.bars)
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen(ZERO_LINE, width=1))
        view.addItem(self.zero)
        self.labels = LabelLayer(font)
        self.labels.setZValue(5)
        view.addItem(self.labels)
        self._text_colour = QColor("#202020")

    def set_text_colour(self, colour: QColor) -> None:
        """The colour of the value labels (follows the theme)."""
        self._text_colour = QColor(colour)
        self.labels.set_colours([self._text_colour] * len(self.labels.texts()))

    def set_line_width(self, width: float) -> None:
        """Draw the zero line ``width`` device pixels wide."""
        self.zero.setPen(pg.mkPen(ZERO_LINE, width=width))

    def set_values(self, values: np.ndarray, decimals: int, brushes: list[QColor]) -> None:
        """Show one bar per value, coloured with ``brushes``, labelled with ``decimals`` decimals."""
        n = int(values.size)
        centres = np.arange(n) + 0.5
        heights = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
        self.bars.setOpts(x=centres, height=heights, width=BAR_WIDTH, brushes=brushes)
        self.labels.set_labels(
            [(float(c), float(h)) for c, h in zip(centres, heights, strict=True)],
            [format_number(float(v), decimals) for v in values],
            [self._text_colour] * n,
            [(0.5, 1.0) if v >= 0 else (0.5, 0.0) for v in values],
        )

    def text(self, j: int) -> str:
        """The label of bar j."""
        return self.labels.texts()[j]

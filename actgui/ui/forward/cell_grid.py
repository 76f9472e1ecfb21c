"""A matrix drawn as coloured cells with each value written in its cell."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from actgui.ui.forward._format import format_number

DIVERGING_MAP = "CET-D1"
"""Blue (negative) - light grey (zero) - red (positive)."""

_DARK_TEXT = QColor("#1a1a1a")
_LIGHT_TEXT = QColor("#ffffff")
_LIGHT_TEXT_ABOVE = 0.55
"""Cells whose |value| / level exceeds this are dark enough for white text."""


def symmetric_level(values: np.ndarray) -> float:
    """The colour scale's half-width: max |value|, or 1 for an all-zero array."""
    peak = float(np.max(np.abs(values))) if values.size else 0.0
    return peak if peak > 0.0 and np.isfinite(peak) else 1.0


class CellGrid:
    """Coloured cells and their values, inside a ViewBox (cell (i, j) spans [j, j+1] x [i, i+1]).

    The image and the text items are created once per shape and updated in
    place; a text item is only touched when its text or colour changes.

    Parameters
    ----------
    view
        The ViewBox to draw in (y inverted so row 0 is at the top).
    font
        The font of the values.
    """

    def __init__(self, view: pg.ViewBox, font: QFont) -> None:
        self.view = view
        self.font = font
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get(DIVERGING_MAP))
        view.addItem(self.image)
        self.texts: list[list[pg.TextItem]] = []
        self._shown: dict[tuple[int, int], tuple[str, bool]] = {}
        self.shape = (0, 0)

    def _ensure_shape(self, rows: int, cols: int) -> None:
        if (rows, cols) == self.shape:
            return
        for row in self.texts:
            for item in row:
                self.view.removeItem(item)
        self.texts = []
        for i in range(rows):
            row = []
            for j in range(cols):
                item = pg.TextItem(anchor=(0.5, 0.5), color=_DARK_TEXT)
                item.setFont(self.font)
                item.setPos(j + 0.5, i + 0.5)
                item.setZValue(5)
                self.view.addItem(item)
                row.append(item)
            self.texts.append(row)
        self._shown.clear()
        self.shape = (rows, cols)

    def set_values(self, values: np.ndarray, level: float, decimals: int, image_levels: bool = True) -> None:
        """Show ``values`` (2-D) coloured on [-level, level] with ``decimals`` decimals.

        With ``image_levels`` False the caller sets the levels (a ColorBarItem does).
        """
        rows, cols = values.shape
        self._ensure_shape(rows, cols)
        if image_levels:
            self.image.setImage(values, autoLevels=False, levels=(-level, level))
        else:
            self.image.setImage(values, autoLevels=False)
        for i in range(rows):
            for j in range(cols):
                value = float(values[i, j])
                text = format_number(value, decimals)
                light = abs(value) > _LIGHT_TEXT_ABOVE * level
                if self._shown.get((i, j)) != (text, light):
                    item = self.texts[i][j]
                    item.setText(text)
                    item.setColor(_LIGHT_TEXT if light else _DARK_TEXT)
                    self._shown[(i, j)] = (text, light)

    def text(self, i: int, j: int) -> str:
        """The text shown in cell (i, j)."""
        return self.texts[i][j].toPlainText()

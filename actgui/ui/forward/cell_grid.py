"""A matrix drawn as coloured cells with each value written in its cell."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from actgui.ui.forward._format import format_number
from actgui.ui.forward.labels import LabelLayer

DIVERGING_MAP = "CET-D1"
"""Blue (negative) - light grey (zero) - red (positive)."""

_DARK_TEXT = QColor("#1a1a1a")
_LIGHT_TEXT = QColor("#ffffff")
_LIGHT_TEXT_ABOVE = 0.55
"""Cells whose |value| / level exceeds this are dark enough for white text."""


MIN_LEVEL = 1e-300
"""Smallest colour-scale half-width; below it the cells are coloured as zeros."""


def symmetric_level(values: np.ndarray) -> float:
    """The colour scale's half-width: max |value|, or 1 for an all-zero (or all-subnormal) array.

    pyqtgraph divides by the level range: a subnormal range (a cell set to
    1e-320) would overflow, and such values show as 0 at any decimals anyway.
    """
    peak = float(np.max(np.abs(values))) if values.size else 0.0
    return peak if peak > MIN_LEVEL and np.isfinite(peak) else 1.0


class CellGrid:
    """Coloured cells and their values, inside a ViewBox (cell (i, j) spans [j, j+1] x [i, i+1]).

    One ImageItem and one :class:`LabelLayer`, created once and updated in place.

    Parameters
    ----------
    view
        The ViewBox to draw in (y inverted so row 0 is at the top).
    font
        The font of the values.
    """

    def __init__(self, view: pg.ViewBox, font: QFont) -> None:
        self.view = view
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get(DIVERGING_MAP))
        view.addItem(self.image)
        self.labels = LabelLayer(font)
        self.labels.setZValue(5)
        view.addItem(self.labels)
        self.shape = (0, 0)

    def set_values(self, values: np.ndarray, level: float, decimals: int, image_levels: bool = True) -> None:
        """Show ``values`` (2-D) coloured on [-level, level] with ``decimals`` decimals.

        With ``image_levels`` False the caller sets the levels (a ColorBarItem does).
        """
        rows, cols = values.shape
        self.shape = (rows, cols)
        if image_levels:
            self.image.setImage(values, autoLevels=False, levels=(-level, level))
        else:
            self.image.setImage(values, autoLevels=False)
        flat = values.ravel()
        light = np.abs(flat) > _LIGHT_TEXT_ABOVE * level
        self.labels.set_labels(
            [(j + 0.5, i + 0.5) for i in range(rows) for j in range(cols)],
            [format_number(float(v), decimals) for v in flat],
            [_LIGHT_TEXT if is_light else _DARK_TEXT for is_light in light],
            [(0.5, 0.5)] * flat.size,
        )

    def text(self, i: int, j: int) -> str:
        """The text shown in cell (i, j)."""
        return self.labels.texts()[i * self.shape[1] + j]

"""Text labels in pyqtgraph plots that are safe in a plot squeezed to nothing."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Slot


class PlotText(pg.TextItem):
    """A ``pg.TextItem`` that leaves its transform alone while its view has no area.

    A TextItem keeps its size on screen by applying the inverse of its
    parent's scene transform. A plot laid out with no height or width (a
    small window, a figure exported at a small size) has a singular
    transform: pyqtgraph then falls back to a pseudo-inverse, whose code
    (pyqtgraph 0.14.0) sets ``ndarray.shape``, deprecated in NumPy 2.5.
    Nothing of the label can be drawn in a view without area either way,
    so it waits, its text hidden (drawn through a collapsed transform, Qt
    would warn of a glyph "too large for rasterizer"): the view's next
    transform change shows and updates it.
    """

    @Slot()
    def updateTransform(self, force: bool = False) -> None:
        """Follow the parent's transform, unless the parent has collapsed."""
        parent = self.parentItem()
        collapsed = parent is not None and parent.sceneTransform().determinant() == 0.0
        self.textItem.setVisible(not collapsed)
        if collapsed:
            return
        super().updateTransform(force)

"""Shared helpers of the export tests."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage


def image_array(image: QImage) -> np.ndarray:
    """An (h, w, 3) uint8 RGB copy of a QImage."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = rgb.width(), rgb.height()
    data = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=rgb.sizeInBytes())
    return data.reshape(height, rgb.bytesPerLine())[:, : width * 3].reshape(height, width, 3).copy()


def colour_mask(pixels: np.ndarray, colour: str, tolerance: int = 40) -> np.ndarray:
    """Pixels within ``tolerance`` (per channel) of ``colour``."""
    c = QColor(colour)
    target = np.array([c.red(), c.green(), c.blue()], dtype=np.int16)
    return np.all(np.abs(pixels.astype(np.int16) - target) <= tolerance, axis=-1)


def plot_point_to_pixel(plot_widget, x: float, y: float, scale: int) -> tuple[int, int]:
    """Device-pixel position, in an export of ``plot_widget`` at ``scale``, of the data point (x, y)."""
    view_box = plot_widget.getPlotItem().getViewBox()
    scene = view_box.mapViewToScene(QPointF(x, y))
    in_viewport = plot_widget.mapFromScene(scene)
    in_widget = plot_widget.viewport().mapTo(plot_widget, in_viewport)
    return round(in_widget.x() * scale), round(in_widget.y() * scale)


def near(mask: np.ndarray, col: int, row: int, radius: int) -> bool:
    """Whether ``mask`` is set anywhere within ``radius`` pixels of (col, row)."""
    top, left = max(0, row - radius), max(0, col - radius)
    return bool(mask[top : row + radius + 1, left : col + radius + 1].any())


@pytest.fixture
def close_later():
    """Close (and delete) windows at the end of a test: pyqtgraph must not outlive the app."""
    windows = []
    yield windows.append
    for window in windows:
        window.close()
        window.deleteLater()

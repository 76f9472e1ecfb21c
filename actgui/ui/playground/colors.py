"""Colours of the playground: the two classes and the maps built from them.

Class 0 is Okabe-Ito orange and class 1 Okabe-Ito blue, a pair that stays
distinct for the common colour-vision deficiencies and on a projector. The
heatmaps fade from one to the other through the plot background, so an
undecided region (p = 0.5) looks empty.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

CLASS_COLOURS = ("#E69F00", "#0072B2")
"""Class 0 (orange) and class 1 (blue)."""

DEAD_COLOUR = "#D55E00"
"""Outline of a dead neuron (Okabe-Ito vermillion)."""


def _rgb(colour: str) -> np.ndarray:
    c = QColor(colour)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def diverging_lut(background: str, strength: float = 1.0, size: int = 256) -> np.ndarray:
    """A (size, 3) uint8 lookup table: orange -> background -> blue.

    ``strength`` < 1 keeps the ends paler, so saturated points drawn on top
    stay readable.
    """
    t = np.linspace(-1.0, 1.0, size)[:, np.newaxis]
    mid = _rgb(background)
    low, high = _rgb(CLASS_COLOURS[0]), _rgb(CLASS_COLOURS[1])
    a = np.abs(t) * strength
    end = np.where(t < 0, low, high)
    return np.clip(np.round(mid * (1 - a) + end * a), 0, 255).astype(np.uint8)


def to_qimage(values: np.ndarray, lut: np.ndarray, low: float, high: float) -> QImage:
    """Map a 2-D array (row 0 = bottom) to an RGB QImage (row 0 = top) through ``lut``.

    Non-finite values map to the middle of the table.
    """
    span = high - low if high > low else 1.0
    scaled = np.nan_to_num((values - low) / span, nan=0.5, posinf=1.0, neginf=0.0)
    idx = np.clip((scaled * (len(lut) - 1)).round().astype(np.intp), 0, len(lut) - 1)
    rgb = lut[idx[::-1]]  # flip: image rows go down, y goes up
    h, w = rgb.shape[:2]
    argb = np.empty((h, w), dtype=np.uint32)
    argb[:] = 0xFF000000
    argb |= rgb[..., 0].astype(np.uint32) << 16
    argb |= rgb[..., 1].astype(np.uint32) << 8
    argb |= rgb[..., 2].astype(np.uint32)
    image = QImage(argb.data, w, h, 4 * w, QImage.Format.Format_RGB32)
    return image.copy()  # own the pixels: argb is freed on return

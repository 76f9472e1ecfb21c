"""A printable handout: one figure per activation and an ``index.html`` around them.

``actgui export --gallery DIR`` calls :func:`write_gallery`. Each figure shows
f(x) and f'(x) on one plot in the light theme, with the stretches where the
gradient vanishes shaded (:mod:`.gallery_figure`); the page lays the figures
out by category with the name, the typeset formulas, the output range, the
properties, the parameters and the teaching note of every activation
(:mod:`.gallery_page`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt

from actgui.export.gallery_figure import FIGURE_SCALE, FIGURE_SIZE, GalleryFigure
from actgui.export.gallery_page import activation_card, formula_data_uri, gallery_html
from actgui.export.render import settle
from actgui.files.atomic import prepare_folder, write_atomic
from actgui.model import ACTIVATIONS, Activation
from actgui.ui.theme import LIGHT

__all__ = [
    "FIGURE_SCALE",
    "FIGURE_SIZE",
    "INDEX_NAME",
    "GalleryFigure",
    "GalleryResult",
    "activation_card",
    "figure_file_name",
    "formula_data_uri",
    "gallery_html",
    "write_gallery",
]

INDEX_NAME = "index.html"


def figure_file_name(activation_id: str) -> str:
    """The gallery file of one activation, e.g. ``leaky_relu.png``."""
    return f"{activation_id}.png"


@dataclass(frozen=True)
class GalleryResult:
    """What :func:`write_gallery` wrote."""

    index: Path
    figures: tuple[Path, ...]


def write_gallery(
    folder: str | os.PathLike[str],
    lang: str = "en",
    activations: list[Activation] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> GalleryResult:
    """Write one figure per activation and an ``index.html`` into ``folder``.

    Needs a QApplication. Every file is written atomically.

    Parameters
    ----------
    folder
        The output folder; created if it does not exist.
    lang
        The page language (the figures carry no words but the legend).
    activations
        A subset to include (default: the whole catalogue).
    progress
        Called as ``progress(done, total, activation_id)`` after each figure.

    Raises
    ------
    ExportError
        If a file cannot be written.
    """
    path = prepare_folder(folder)
    chosen = list(ACTIVATIONS.values()) if activations is None else list(activations)
    figure = GalleryFigure(LIGHT)
    figure.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # A fixed size set before show(): the offscreen platform warns when size
    # constraints change on a window it has already created.
    figure.setFixedSize(*FIGURE_SIZE)
    figure.show()
    written: list[Path] = []
    names: dict[str, str] = {}
    try:
        for done, activation in enumerate(chosen, start=1):
            figure.show_activation(activation)
            settle()
            name = figure_file_name(activation.id)
            written.append(write_atomic(path / name, figure.render_png()))
            names[activation.id] = name
            if progress is not None:
                progress(done, len(chosen), activation.id)
    finally:
        figure.close()
        figure.deleteLater()
    index = write_atomic(path / INDEX_NAME, gallery_html(chosen, names, lang))
    return GalleryResult(index=index, figures=tuple(written))

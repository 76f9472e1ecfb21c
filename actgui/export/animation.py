"""Record an animated figure: a parameter sweep or a training run, frame by frame, offscreen.

:func:`record_sweep` builds the view once, offscreen (as a static export
does, see :mod:`~actgui.export.headless`), then for each value of the sweep
sets it on the session, lets the view redraw and renders it: frame ``k`` is
the figure the static export draws at the ``k``-th value.
:func:`record_training` does the same for the playground, training a few
epochs between frames. Both hand the frames to :mod:`~actgui.export.encode`
and return the file's bytes, written by the caller in one atomic step.

A ``progress(done, total)`` callback is called after every frame; it
returns False to cancel (the recording then raises :class:`Cancelled` and
nothing is written).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from actgui.export.encode import animation_format_of, check_format, encode
from actgui.export.headless import (
    ExportRequest,
    build_state,
    build_window,
    close_window,
    private_settings,
    show_view,
)
from actgui.export.render import check_scale, render_image, settle, themed
from actgui.export.sweep import Sweep, training_epochs
from actgui.files.atomic import ExportError, check_target, write_atomic
from actgui.state.session import Session

if TYPE_CHECKING:
    from PIL import Image

    from actgui.state.playground import PlaygroundState

Progress = Callable[[int, int], bool]
"""Called with (frames done, frames in all) after each frame; False cancels."""

TRAINING_SIZE = (960, 540)
"""The default size of a training recording (16:9, for slides)."""


class Cancelled(Exception):
    """The recording was cancelled; nothing was written."""


def to_pil(image: QImage) -> Image.Image:
    """An RGB Pillow image of a rendered QImage (the pixels, not the device pixel ratio)."""
    from PIL import Image

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", stride, 1).copy()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise Cancelled


FRESH_VIEW_HOOKS = ("reset_view", "update_legend", "flush")
"""Methods that bring a changed view to what a freshly built one shows (``flush``:
the depth page's recompute and its phase diagram, computed on a worker thread)."""


def _as_built(window: QWidget) -> None:
    """Show every view of ``window`` as a freshly built one would.

    While a parameter changes, the explorer's plots only ever widen (a
    steady frame for a slider), and the legend and the typeset numbers
    follow after a short delay (single-shot timers); a frame of a sweep
    must be the figure a static export draws at that value, so each frame
    is fitted, and every delayed update is done now.
    """
    import pyqtgraph as pg

    for timer in window.findChildren(QTimer):
        if timer.isActive() and timer.isSingleShot():
            timer.stop()
            timer.timeout.emit()
    widgets = (window, *window.findChildren(QWidget))
    for widget in widgets:
        for hook in FRESH_VIEW_HOOKS:
            method = getattr(widget, hook, None)
            if callable(method):
                method()
    # pyqtgraph centres an axis label when the axis is resized, not when its
    # text changes (the forward panel's "k·W" title): centre them all now.
    for view in widgets:
        if isinstance(view, QGraphicsView) and view.scene() is not None:
            for item in view.scene().items():
                if isinstance(item, pg.AxisItem):
                    item.resizeEvent()


def _frame(target: QWidget, scale: int) -> Image.Image:
    settle()
    with themed(target, None):  # draws what waits for the event loop (typeset formulas)
        return to_pil(render_image(target, scale))


def record_sweep_frames(
    request: ExportRequest, sweep: Sweep, session: Session | None = None, progress: Progress | None = None
) -> list[Image.Image]:
    """Render one frame per value of ``sweep`` of the view ``request`` describes.

    Parameters
    ----------
    request
        The view and everything else about the figure (as for a static export).
    sweep
        A sweep checked by :func:`~actgui.export.sweep.plan_sweep`.
    session
        The session to show (it is changed: the target ends at the last
        value); by default one built from ``request``.
    progress
        See :data:`Progress`.
    """
    check_scale(request.scale)
    session = session if session is not None else build_state(request)
    app = QApplication.instance()
    palette = QPalette(app.palette()) if isinstance(app, QApplication) else None
    frames: list[Image.Image] = []
    show_view(session.explorer, request.view)
    with private_settings():
        sweep.target.apply(session, sweep.values[0])
        window, target = build_window(request, session)
        try:
            for index, value in enumerate(sweep.values):
                try:
                    sweep.target.apply(session, value)
                except ValueError as exc:
                    raise ExportError(f"cannot set {sweep.target.name} to {value:g}: {exc}") from None
                _as_built(window)
                frames.append(_frame(target, request.scale))
                _report(progress, index + 1, sweep.frames)
        finally:
            close_window(window)
            if palette is not None:
                QApplication.setPalette(palette)
    return frames


def record_sweep(
    request: ExportRequest,
    sweep: Sweep,
    fmt: str,
    session: Session | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Record ``sweep`` of the view ``request`` describes as ``fmt`` bytes.

    See :func:`record_sweep_frames`; ``fmt`` is one of
    :data:`~actgui.export.encode.ANIMATION_FORMATS`.
    """
    check_format(fmt)
    frames = record_sweep_frames(request, sweep, session, progress)
    return encode(frames, sweep.order, sweep.fps, fmt)


def record_training_frames(
    state: PlaygroundState,
    epochs: int,
    frames: int,
    size: tuple[int, int] | None = None,
    theme: str = "light",
    scale: int = 1,
    progress: Progress | None = None,
) -> list[Image.Image]:
    """Train the playground's network from where ``state`` is and render a frame at each mark.

    The figure shows the decision boundary, the loss and accuracy curves
    and the epoch counter (:class:`~actgui.export.training_figure.TrainingFigure`).
    """
    from actgui.export.training_figure import TrainingFigure
    from actgui.ui.theme import apply_theme

    check_scale(scale)
    marks = training_epochs(epochs, frames)
    figure = TrainingFigure(state)
    try:
        wanted = size or TRAINING_SIZE
        figure.resize(*wanted)
        apply_theme(figure, theme)
        figure.show()
        settle()
        if (figure.width(), figure.height()) != tuple(wanted):
            least = figure.minimumSizeHint()
            raise ExportError(
                f"the training figure needs at least {least.width()}x{least.height()}, "
                f"got {wanted[0]}x{wanted[1]}",
                "figure_too_small",
                least=f"{least.width()}x{least.height()}",
                size=f"{wanted[0]}x{wanted[1]}",
            )
        images: list[Image.Image] = []
        trainer = state.trainer
        for index, mark in enumerate(marks):
            trainer.train_epochs(mark - trainer.epoch)
            figure.redraw()
            images.append(_frame(figure, scale))
            _report(progress, index + 1, len(marks))
        return images
    finally:
        close_window(figure)


def record_training(
    state: PlaygroundState,
    epochs: int,
    fmt: str,
    frames: int,
    fps: int,
    bounce: bool = False,
    size: tuple[int, int] | None = None,
    theme: str = "light",
    scale: int = 1,
    progress: Progress | None = None,
) -> bytes:
    """Record training for ``epochs`` epochs as ``fmt`` bytes (see :func:`record_training_frames`)."""
    from actgui.model.sweep import bounce_order

    check_format(fmt)
    images = record_training_frames(state, epochs, frames, size, theme, scale, progress)
    return encode(images, bounce_order(len(images), bounce), fps, fmt)


def write_recording(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write a recording atomically (the target was checked before recording)."""
    animation_format_of(path)
    check_target(path)
    return write_atomic(path, data)

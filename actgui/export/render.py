"""Render a widget (a plot, a panel, the window) to a PNG or an SVG.

PNG: the widget paints itself into a QImage whose device pixel ratio is the
export scale, so text, lines and markers are drawn at 2x or 3x resolution
rather than enlarged from a 1x picture; the image is exactly the widget's
logical size times the scale.

SVG: the widget paints itself into a ``QSvgGenerator`` whose resolution is
the widget's logical DPI (otherwise Qt converts font and pen sizes with the
wrong factor and the axes come out mis-scaled). pyqtgraph's own
``SVGExporter`` is not used: in pyqtgraph 0.14.0 it fails with PySide6 6.11
and later. Curves stay vector paths.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QWidget

from actgui.files.atomic import ExportError, write_atomic

SCALES = (1, 2, 3)
"""The export scales offered: 1x for screens, 2x and 3x for projectors and print."""

FORMATS = ("png", "svg")
_WA_SET_PALETTE = Qt.WidgetAttribute.WA_SetPalette
PNG_QUALITY = 80
MAX_PIXELS = 12_000
"""The largest width or height, in device pixels, of an exported image."""


def format_of(path: str | os.PathLike[str]) -> str:
    """The export format of a file name from its extension: ``"png"`` or ``"svg"``.

    Raises
    ------
    ExportError
        For any other extension.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        shown = f".{suffix}" if suffix else "no extension"
        raise ExportError(f"cannot export to {Path(path).name}: use a .png or .svg file name, not {shown}")
    return suffix


def check_scale(scale: int) -> int:
    """Return ``scale`` if it is one of :data:`SCALES` (ExportError otherwise)."""
    if isinstance(scale, bool) or scale not in SCALES:
        raise ExportError(f"the scale must be one of {', '.join(map(str, SCALES))}, got {scale!r}")
    return int(scale)


def _flush_deferred(widget: QWidget) -> None:
    # Widgets that defer expensive drawing to the event loop (the typeset
    # formulas) expose render_now(); an export cannot wait for the loop.
    for child in (widget, *widget.findChildren(QWidget)):
        render_now = getattr(child, "render_now", None)
        if callable(render_now) and child.isVisible():
            render_now()


def current_theme(widget: QWidget) -> str | None:
    """The theme a widget is shown in, read from the view settings of its window."""
    node: QWidget | None = widget
    while node is not None:
        view = getattr(node, "view_settings", None)
        theme = getattr(view, "theme", None)
        if isinstance(theme, str):
            return theme
        node = node.parentWidget()
    return None


@contextmanager
def themed(widget: QWidget, theme: str | None) -> Iterator[None]:
    """Show ``widget`` in ``theme`` for the duration of the block, then restore it.

    Nothing reaches the screen in between: the block renders synchronously
    and the event loop never sees the export theme. With ``theme`` None, or
    the theme the widget is already in, nothing changes.
    """
    shown = current_theme(widget)
    if theme is None or theme == shown:
        _flush_deferred(widget)
        yield
        return
    from actgui.ui.theme import apply_theme, get_theme

    # The whole window switches: a plot's colours are often set by the panel
    # that owns it, not by the plot widget itself.
    root = widget.window()
    own_palette = root.testAttribute(_WA_SET_PALETTE)
    palette = QPalette(root.palette())
    apply_theme(root, theme)
    try:
        _flush_deferred(widget)
        yield
    finally:
        # Restore the palette exactly: a widget that inherited its palette
        # must go on inheriting it, or it would miss later theme changes.
        root.setPalette(palette if own_palette else QPalette())
        if not own_palette:
            root.setAttribute(_WA_SET_PALETTE, False)
        original = get_theme(shown or "light")
        for child in (root, *root.findChildren(QWidget)):
            setter = getattr(child, "set_theme", None)
            if callable(setter):
                setter(original)


@contextmanager
def _export_scaled(widget: QWidget, scale: int) -> Iterator[None]:
    """Let every view of the window that draws cosmetic lines style itself for ``scale``."""
    if scale == 1:
        yield
        return
    root = widget.window()
    widgets = (root, *root.findChildren(QWidget))
    owners = [w for w in widgets if callable(getattr(w, "set_export_scale", None))]
    for owner in owners:
        owner.set_export_scale(scale)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for owner in owners:
            owner.set_export_scale(1.0)  # type: ignore[attr-defined]


def _paint_widget(widget: QWidget, painter: QPainter) -> None:
    # QWidget.render explicitly: QGraphicsView (every pyqtgraph plot widget)
    # overrides render() to draw only its scene, without the frame.
    QWidget.render(widget, painter, QPoint())


def render_image(widget: QWidget, scale: int = 1) -> QImage:
    """Paint ``widget`` at its current size into an image ``scale`` times larger.

    Parameters
    ----------
    widget
        A laid-out widget (a plot, a panel or a whole window).
    scale
        The device pixel ratio of the image: 1, 2 or 3.

    Returns
    -------
    QImage
        An opaque image of exactly ``widget.size() * scale`` pixels whose
        ``devicePixelRatio`` is ``scale``.
    """
    scale = check_scale(scale)
    size = widget.size()
    if size.isEmpty():
        raise ExportError("the view to export has no size yet (it is hidden or not laid out)", "no_size")
    width, height = size.width() * scale, size.height() * scale
    if max(width, height) > MAX_PIXELS:
        raise ExportError(
            f"a {width}x{height} image is too large (at most {MAX_PIXELS} pixels a side)",
            "too_large", width=width, height=height, most=MAX_PIXELS,
        )  # fmt: skip
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        message = f"not enough memory for a {width}x{height} image"
        raise ExportError(message, "no_memory", width=width, height=height)
    image.setDevicePixelRatio(scale)
    image.fill(widget.palette().color(QPalette.ColorRole.Window))
    with _export_scaled(widget, scale):
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            _paint_widget(widget, painter)
        finally:
            painter.end()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def png_bytes(image: QImage) -> bytes:
    """Encode an image as PNG, keeping its device pixel ratio as the PNG's DPI."""
    dots_per_metre = round(96 / 0.0254 * image.devicePixelRatio())
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Qt maps quality to zlib's level: 80 compresses figures (large flat
    # areas) within 3% of the default in a third of the time.
    # PySide6's stub types the format as bytes, but at run time it must be a str.
    if not image.save(buffer, "PNG", PNG_QUALITY):  # type: ignore[call-overload]
        raise ExportError("could not encode the image as PNG", "encode_failed")
    return bytes(buffer.data().data())


@contextmanager
def _vector_friendly(widget: QWidget) -> Iterator[None]:
    # A QGraphicsView caches its background as a pixmap, which would land in
    # the SVG as an embedded bitmap; paint it directly while exporting.
    views = [v for v in (widget, *widget.findChildren(QGraphicsView)) if isinstance(v, QGraphicsView)]
    modes = [v.cacheMode() for v in views]
    for view in views:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        view.resetCachedContent()
    # pyqtgraph may draw a thick curve as one line per segment (faster on
    # screen); in an SVG each curve must be one path.
    import pyqtgraph as pg

    curves = [
        item
        for view in views
        if view.scene() is not None
        for item in view.scene().items()
        if isinstance(item, pg.PlotCurveItem)
    ]
    segmented = [curve.opts.get("segmentedLineMode", "auto") for curve in curves]
    for curve in curves:
        curve.setSegmentedLineMode("off")
    try:
        yield
    finally:
        for curve, mode in zip(curves, segmented, strict=True):
            curve.setSegmentedLineMode(mode)
        for view, mode in zip(views, modes, strict=True):
            view.setCacheMode(mode)


def render_svg(widget: QWidget, title: str = "", description: str = "") -> bytes:
    """Paint ``widget`` at its current size into an SVG document.

    Parameters
    ----------
    widget
        A laid-out widget.
    title, description
        The SVG's ``<title>`` and ``<desc>``.

    Returns
    -------
    bytes
        The SVG document, ``widget.size()`` user units wide and high, with
        its physical size taken from the widget's logical DPI.
    """
    size = widget.size()
    if size.isEmpty():
        raise ExportError("the view to export has no size yet (it is hidden or not laid out)", "no_size")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(size))
    generator.setViewBox(QRect(QPoint(0, 0), size))
    generator.setResolution(widget.logicalDpiX())
    generator.setTitle(title or "actgui figure")
    generator.setDescription(description or "Exported from actgui")
    with _vector_friendly(widget):
        painter = QPainter(generator)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(QRect(QPoint(0, 0), size), widget.palette().color(QPalette.ColorRole.Window))
            _paint_widget(widget, painter)
        finally:
            painter.end()
    buffer.close()
    return bytes(data.data())


def render_bytes(
    widget: QWidget, fmt: str, scale: int = 1, theme: str | None = None, title: str = ""
) -> bytes:
    """Render ``widget`` as PNG or SVG bytes, in ``theme`` if one is given."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use png or svg")
    with themed(widget, theme):
        if fmt == "svg":
            return render_svg(widget, title=title)
        return png_bytes(render_image(widget, scale))


def export_widget(
    widget: QWidget,
    path: str | Path,
    scale: int = 1,
    theme: str | None = None,
    title: str = "",
) -> Path:
    """Render ``widget`` and write it atomically to ``path`` (format from its extension).

    The target is checked before anything is rendered, so a bad path fails
    fast; an existing file is only replaced by a complete new one.

    Raises
    ------
    ExportError
        For a bad extension or scale, an unwritable target, or a failed write.
    """
    from actgui.files.atomic import check_target

    fmt = format_of(path)
    check_scale(scale)
    check_target(path)
    return write_atomic(path, render_bytes(widget, fmt, scale, theme, title))


def settle() -> None:
    """Let a freshly built or resized widget finish its layout before rendering.

    Qt and pyqtgraph lay out in posted events (layout requests, deferred
    range updates); this delivers them. Use it on offscreen widgets only,
    never inside a widget callback of the live window.
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        # Outside a running event loop, deleteLater() waits forever: widgets
        # a panel replaced (e.g. the rows of a list) would still be painted.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

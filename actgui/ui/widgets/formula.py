"""Typeset LaTeX formulas: SVG (:mod:`.typeset`) -> QSvgRenderer -> QImage, cached.

The activations' formulas come typeset with actgui; any other formula costs
ziamath about 20 ms in pure Python, far too much for the slider's path, so
:func:`render_formula` is memoised by (latex, colour, size, device pixel
ratio) and :class:`FormulaLabel` renders only when it is visible, deferred
to the event loop.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from actgui.ui.widgets.typeset import CACHE_SIZE, formula_svg

RENDER_DELAY_MS = 30


@lru_cache(maxsize=CACHE_SIZE)
def render_formula(latex: str, colour: str, size: float, dpr: float = 1.0) -> QImage:
    """Render a formula to a transparent QImage (memoised).

    Parameters
    ----------
    latex
        The formula in LaTeX math mode.
    colour
        The glyph colour.
    size
        The font size in points (logical pixels at 96 dpi).
    dpr
        The device pixel ratio of the screen it is shown on, so formulas stay
        crisp on high-DPI screens.

    Returns
    -------
    QImage
        An ARGB image whose ``devicePixelRatio`` is ``dpr``. Treat it as
        read-only: it is shared through the cache.
    """
    renderer = QSvgRenderer(QByteArray(formula_svg(latex, colour, size)))
    if not renderer.isValid():
        raise ValueError(f"the SVG of {latex!r} is not valid")
    logical = renderer.defaultSize()
    width = max(1, round(logical.width() * dpr))
    height = max(1, round(logical.height() * dpr))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    image.setDevicePixelRatio(dpr)
    return image


def clear_cache() -> None:
    """Forget every rendered formula (e.g. to measure cold rendering)."""
    render_formula.cache_clear()
    formula_svg.cache_clear()


class FormulaLabel(QWidget):
    """A widget that shows a typeset formula, rendered lazily and cached.

    Setting a formula while the widget is hidden only stores it; the image is
    made the next time it is shown, one event-loop turn later, so switching
    activations never waits for the typesetter. A formula wider than the
    widget is scaled down to fit rather than clipped.
    """

    def __init__(self, parent: QWidget | None = None, size: float = 15.0) -> None:
        super().__init__(parent)
        self._latex = ""
        self._colour = "#202020"
        self._size = size
        self._image: QImage | None = None
        self._fallback = ""
        self._rendered_key: tuple[str, str, float, float] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Not 0: let the window paint first, then render (a formula that is
        # not in the bundle loads ziamath and its math font, ~150 ms).
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.render_now)

    @property
    def latex(self) -> str:
        """The formula shown (LaTeX)."""
        return self._latex

    @property
    def image(self) -> QImage | None:
        """The rendered image, or None before the first render."""
        return self._image

    def set_latex(self, latex: str) -> None:
        """Show another formula."""
        if latex != self._latex:
            self._latex = latex
            self.setToolTip(latex)
            self._schedule()

    def set_colour(self, colour: str) -> None:
        """Change the glyph colour (e.g. on a theme change)."""
        if colour != self._colour:
            self._colour = colour
            self._schedule()

    def set_font_size(self, size: float) -> None:
        """Change the font size in points."""
        if size != self._size:
            self._size = size
            self._schedule()

    def is_rendered(self) -> bool:
        """Whether the image shown matches the current formula and colour."""
        return self._rendered_key == self._key()

    def _key(self) -> tuple[str, str, float, float]:
        return (self._latex, self._colour, self._size, self.devicePixelRatioF())

    def _schedule(self) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        """Render on first show (or when something changed while hidden)."""
        super().showEvent(event)
        if not self.is_rendered():
            self._timer.start()

    def render_now(self) -> None:
        """Typeset and show the formula now (uses the cache)."""
        key = self._key()
        if key == self._rendered_key:
            return
        self._image, self._fallback = None, ""
        if self._latex:
            try:
                self._image = render_formula(*key)
            except ValueError:
                # A formula ziamath cannot typeset still reads as LaTeX source.
                self._fallback = self._latex
        self._rendered_key = key
        self.updateGeometry()
        self.update()

    def _logical_size(self) -> QSize:
        if self._image is not None:
            dpr = self._image.devicePixelRatio()
            return QSize(round(self._image.width() / dpr), round(self._image.height() / dpr))
        if self._fallback:
            return self.fontMetrics().size(0, self._fallback)
        return QSize(10, round(self._size * 2))

    def sizeHint(self) -> QSize:
        """The natural size of the typeset formula."""
        return self._logical_size()

    def minimumSizeHint(self) -> QSize:
        """Formulas shrink to fit, so only a small minimum is needed."""
        return QSize(40, min(self._logical_size().height(), 24))

    def hasHeightForWidth(self) -> bool:
        """The height follows the width when the formula is scaled down."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Height of the formula scaled to ``width`` (never enlarged)."""
        natural = self._logical_size()
        if natural.width() <= width or natural.width() == 0:
            return natural.height()
        return max(1, round(natural.height() * width / natural.width()))

    def paintEvent(self, event) -> None:
        """Draw the formula, scaled down if it is wider than the widget."""
        painter = QPainter(self)
        if self._image is not None:
            natural = self._logical_size()
            scale = min(1.0, self.width() / max(1, natural.width()))
            target = QRectF(0, 0, natural.width() * scale, natural.height() * scale)
            target.moveTop(max(0.0, (self.height() - target.height()) / 2))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            engine = painter.paintEngine()
            if engine.type() == QPaintEngine.Type.SVG:  # exported as SVG: stay vector
                QSvgRenderer(QByteArray(formula_svg(self._latex, self._colour, self._size))).render(
                    painter, target
                )
            else:
                # Exported at 2x or 3x: typeset at that resolution, not enlarged.
                dpr = max(self._image.devicePixelRatio(), engine.paintDevice().devicePixelRatioF())
                image = self._image
                if dpr > image.devicePixelRatio():
                    image = render_formula(self._latex, self._colour, self._size, dpr)
                painter.drawImage(target, image)
        elif self._fallback:
            painter.setPen(QColor(self._colour))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignVCenter, self._fallback)
        painter.end()

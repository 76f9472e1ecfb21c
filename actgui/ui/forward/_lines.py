"""Line widths of the forward views in logical pixels, on screen and in a 2x/3x export."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class ScaledLines:
    """Mixin: cosmetic pens as wide as the rest of the view is scaled.

    pyqtgraph's pens are cosmetic, drawn in device pixels: a 1 px line stays
    1 device pixel on a 200 % screen and in an image exported at 3x, a
    hairline beside text and bars drawn 2 or 3 times larger. Subclasses build
    every pen with :meth:`_px` in ``_style_lines``, which runs again when the
    screen's pixel ratio or the export scale changes. List this class before
    the Qt base class.
    """

    _export_scale = 1.0

    def _style_lines(self) -> None:
        raise NotImplementedError

    def _px(self, width: float) -> float:
        """A pen width in device pixels for ``width`` logical pixels."""
        return width * self.devicePixelRatioF() * self._export_scale  # type: ignore[attr-defined]

    def set_export_scale(self, scale: float) -> None:
        """Style the lines for an image rendered at ``scale`` (1 for the screen).

        The export code sets this around rendering a PNG at 2x or 3x.
        """
        if scale != self._export_scale:
            self._export_scale = scale
            self._style_lines()

    def changeEvent(self, event: QEvent) -> None:
        """Restyle the lines when the window moves to a screen of another pixel ratio."""
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._style_lines()
        super().changeEvent(event)  # type: ignore[misc]

"""Shared styling of the playground's plots (theme colours, fonts, export scale)."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from actgui.ui.theme import LIGHT, Theme


class ExportScaled:
    """A view that draws cosmetic lines, restyled for an image rendered at a larger scale.

    pyqtgraph's pens are cosmetic, drawn in device pixels: in a 3x export a
    2 px curve would shrink to a hairline. The export code calls
    :meth:`set_export_scale` around rendering; the view's ``set_theme``
    multiplies its pen widths by :attr:`export_scale`.
    """

    theme: Theme
    export_scale: float = 1.0

    def set_theme(self, theme: Theme) -> None:
        """Restyle the view for ``theme`` (each view defines it)."""
        raise NotImplementedError

    def set_export_scale(self, scale: float) -> None:
        """Style the view for an image rendered at ``scale`` (1 for the screen)."""
        if scale != self.export_scale:
            self.export_scale = scale
            self.set_theme(self.theme)


def style_plot(
    widget: pg.GraphicsView, plot: pg.PlotItem, theme: Theme = LIGHT, grid: bool = True, scale: float = 1.0
) -> None:
    """Colour a plot's background, axes and grid for ``theme``, with lines ``scale`` px wide."""
    widget.setBackground(theme.plot_background)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(theme.plot_foreground, width=scale))
        axis.setTextPen(pg.mkPen(theme.plot_foreground))
        axis.label.setDefaultTextColor(pg.mkColor(theme.plot_foreground))
    if grid:
        plot.showGrid(x=True, y=True, alpha=0.12 if theme.name == "light" else 0.2)


def set_title(plot: pg.PlotItem, text: str, theme: Theme = LIGHT, **opts: Any) -> None:
    """Set a plot's title in the theme's foreground colour."""
    plot.setTitle(text, color=theme.plot_foreground, size="10pt", **opts)

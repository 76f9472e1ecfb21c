"""Shared styling of the playground's plots (theme colours, fonts)."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from actgui.ui.theme import LIGHT, Theme


def style_plot(widget: pg.GraphicsView, plot: pg.PlotItem, theme: Theme = LIGHT, grid: bool = True) -> None:
    """Colour a plot's background, axes and grid for ``theme``."""
    widget.setBackground(theme.plot_background)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(theme.plot_foreground))
        axis.setTextPen(pg.mkPen(theme.plot_foreground))
        axis.label.setDefaultTextColor(pg.mkColor(theme.plot_foreground))
    if grid:
        plot.showGrid(x=True, y=True, alpha=0.12 if theme.name == "light" else 0.2)


def set_title(plot: pg.PlotItem, text: str, theme: Theme = LIGHT, **opts: Any) -> None:
    """Set a plot's title in the theme's foreground colour."""
    plot.setTitle(text, color=theme.plot_foreground, size="10pt", **opts)

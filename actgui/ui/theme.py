"""Light and dark themes: the Qt palette and the plot colours that follow it.

A :class:`Theme` is plain data. :func:`apply_theme` sets the palette on a
widget tree and hands the theme to every widget in it that has a
``set_theme(theme)`` method (the plots, the formulas), so the export code can
render any view in the export theme with the same call.

The curve colours come from the Okabe-Ito palette, which stays distinguishable
for the common forms of colour blindness and on a projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}


@dataclass(frozen=True)
class Theme:
    """Every colour the app draws with, for one appearance.

    Attributes
    ----------
    name
        ``"light"`` or ``"dark"``.
    window, base, text, mid, highlight, highlight_text
        The Qt palette roles.
    plot_background, plot_foreground, grid, zero_line
        The pyqtgraph view colours (axes and labels use the foreground).
    curve, derivative
        The live f(x) and f'(x) curves.
    vanishing
        Fill of the vanishing-gradient regions (RGBA hex).
    crosshair
        The hover crosshair.
    pins
        The compare-mode palette, one colour per pin, in pin order.
    error
        Text and frame colour of refused input.
    """

    name: str
    window: str
    base: str
    text: str
    mid: str
    highlight: str
    highlight_text: str
    plot_background: str
    plot_foreground: str
    grid: str
    zero_line: str
    curve: str
    derivative: str
    vanishing: str
    crosshair: str
    pins: tuple[str, ...]
    error: str

    def pin_colour(self, index: int) -> str:
        """The colour of the pin at ``index`` (cycles if there are more pins)."""
        return self.pins[index % len(self.pins)]


LIGHT = Theme(
    name="light",
    window="#f3f3f3",
    base="#ffffff",
    text="#1a1a1a",
    mid="#c8c8c8",
    highlight="#0072B2",
    highlight_text="#ffffff",
    plot_background="#ffffff",
    plot_foreground="#202020",
    grid="#000000",
    zero_line="#7a7a7a",
    curve=OKABE_ITO["blue"],
    derivative=OKABE_ITO["vermillion"],
    vanishing="#CC79A740",
    crosshair="#555555",
    pins=(
        OKABE_ITO["orange"],
        OKABE_ITO["bluish_green"],
        OKABE_ITO["reddish_purple"],
        OKABE_ITO["sky_blue"],
        OKABE_ITO["black"],
        "#B8A800",  # Okabe-Ito yellow darkened: pure yellow vanishes on white
        "#8C8C8C",
    ),
    error="#C0392B",
)

DARK = Theme(
    name="dark",
    window="#232629",
    base="#1b1d20",
    text="#e8e8e8",
    mid="#4a4f55",
    highlight="#56B4E9",
    highlight_text="#101010",
    plot_background="#16181b",
    plot_foreground="#dcdcdc",
    grid="#ffffff",
    zero_line="#8a8a8a",
    curve=OKABE_ITO["sky_blue"],
    derivative="#F07830",  # vermillion lifted for contrast on black
    vanishing="#CC79A755",
    crosshair="#b0b0b0",
    pins=(
        OKABE_ITO["orange"],
        OKABE_ITO["bluish_green"],
        OKABE_ITO["reddish_purple"],
        OKABE_ITO["yellow"],
        "#FFFFFF",
        "#3A9AD9",  # Okabe-Ito blue lifted: pure blue vanishes on black
        "#9A9A9A",
    ),
    error="#FF6F61",
)

THEMES: dict[str, Theme] = {"light": LIGHT, "dark": DARK}


def get_theme(name: str) -> Theme:
    """Return the theme called ``name`` (ValueError for an unknown name)."""
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; valid: {', '.join(THEMES)}") from None


def palette_for(theme: Theme) -> QPalette:
    """The Qt palette of a theme, with sensible disabled-state colours."""
    palette = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    window, base, text = QColor(theme.window), QColor(theme.base), QColor(theme.text)
    alternate = base.lighter(110) if theme.name == "dark" else QColor("#f7f7f7")
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, alternate),
        (role.Text, text),
        (role.Button, window),
        (role.ButtonText, text),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor(theme.zero_line)),
        (role.Highlight, QColor(theme.highlight)),
        (role.HighlightedText, QColor(theme.highlight_text)),
        (role.Link, QColor(theme.highlight)),
        (role.Mid, QColor(theme.mid)),
        (role.Midlight, QColor(theme.mid).lighter(120)),
        (role.Dark, QColor(theme.mid).darker(150)),
        (role.Light, window.lighter(130)),
        (role.Shadow, QColor("#000000")),
    ):
        palette.setColor(r, colour)
    muted = QColor(theme.zero_line)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, muted)
    return palette


def apply_theme(widget: QWidget, theme: Theme | str) -> None:
    """Apply a theme to ``widget`` and everything inside it.

    Sets the palette on ``widget`` (children inherit it) and calls
    ``set_theme(theme)`` on ``widget`` and on every descendant that defines
    it, so plots and typeset formulas switch colours too. A widget that is
    drawn by its parent (for example one plot of the explorer's pair) is
    recoloured through the nearest ancestor with ``set_theme``. The export
    code uses this to render a view in the export theme and then back.

    Parameters
    ----------
    widget
        The root of the widget tree, e.g. the main window or one plot.
    theme
        A :class:`Theme` or its name.
    """
    resolved = get_theme(theme) if isinstance(theme, str) else theme
    widget.setPalette(palette_for(resolved))
    owners: list[QWidget] = [w for w in (widget, *widget.findChildren(QWidget)) if _themed(w)]
    if not _themed(widget):
        ancestor = widget.parentWidget()
        while ancestor is not None and not _themed(ancestor):
            ancestor = ancestor.parentWidget()
        if ancestor is not None:
            owners.insert(0, ancestor)
    for owner in owners:
        owner.set_theme(resolved)  # type: ignore[attr-defined]


def _themed(widget: QWidget) -> bool:
    return callable(getattr(widget, "set_theme", None))

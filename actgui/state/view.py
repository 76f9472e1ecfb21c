"""App-wide view settings: the theme and the font size, Qt-free, with change signals.

Every page follows them; the main window applies them. Setters validate
(raising a :class:`~actgui.model.refusal.Refusal`) and emit only on a real
change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from actgui.model.refusal import Refusal
from actgui.state.signals import Signal

THEMES = ("light", "dark")
FONT_SCALE_RANGE = (0.7, 2.0)


class ViewSettings:
    """The window theme ('light' or 'dark') and the user's font size factor."""

    theme_changed = Signal(str)
    font_scale_changed = Signal(float)

    def __init__(self) -> None:
        self._theme = "light"
        self._font_scale = 1.0

    @property
    def theme(self) -> str:
        """The window theme: 'light' or 'dark'."""
        return self._theme

    def set_theme(self, theme: str) -> None:
        """Set the theme (Refusal unless one of THEMES)."""
        if theme not in THEMES:
            raise Refusal("value_choice", name="theme", choices=", ".join(THEMES), value=repr(theme))
        if theme != self._theme:
            self._theme = theme
            self.theme_changed.emit(theme)

    @property
    def font_scale(self) -> float:
        """The user's font size factor (1.0 is the system size)."""
        return self._font_scale

    def set_font_scale(self, scale: float) -> None:
        """Set the font size factor (Refusal outside FONT_SCALE_RANGE)."""
        if isinstance(scale, bool) or not isinstance(scale, (int, float, np.integer, np.floating)):
            raise Refusal("value_number", name="font scale", value=repr(scale))
        low, high = FONT_SCALE_RANGE
        # Compare without np.isfinite, which raises TypeError for an int beyond int64.
        if not low <= scale <= high:
            raise Refusal("value_range", name="font scale", low=low, high=high, value=repr(scale))
        if round(float(scale), 6) != self._font_scale:
            self._font_scale = round(float(scale), 6)
            self.font_scale_changed.emit(self._font_scale)

    # -- saved settings -------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """The theme and font scale as JSON-able plain values."""
        return {"theme": self._theme, "font_scale": self._font_scale}

    def apply_settings(self, saved: object) -> None:
        """Restore :meth:`settings`; a missing or refused value keeps its current one."""
        values: Mapping[str, Any] = saved if isinstance(saved, Mapping) else {}
        theme = values.get("theme")
        if isinstance(theme, str) and theme in THEMES:
            self.set_theme(theme)
        scale = values.get("font_scale")
        if isinstance(scale, (int, float)) and not isinstance(scale, bool):
            try:
                self.set_font_scale(scale)
            except ValueError:
                pass

    @classmethod
    def from_settings(cls, saved: object) -> ViewSettings:
        """New view settings from :meth:`settings` saved earlier; never raises."""
        view = cls()
        view.apply_settings(saved)
        return view

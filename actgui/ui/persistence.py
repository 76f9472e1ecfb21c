"""Save and restore the window, the explorer's state and the playground's set-up through QSettings.

Everything read back is validated key by key: a value of the wrong type, out
of range, naming an unknown activation, or a window geometry that lies off
every screen is dropped and the default used instead, so a corrupted or
hand-edited settings file can never stop the app from starting visibly.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication

from actgui.model import ACTIVATIONS
from actgui.state.explorer import THEMES, AppState, Pin
from actgui.ui.settings import open_settings

if TYPE_CHECKING:
    from actgui.ui.main_window import MainWindow
    from actgui.ui.playground.lazy import LazyPlaygroundPage

SETTINGS_VERSION = 1
DEFAULT_SIZE = (1280, 720)
MIN_VISIBLE = (120, 60)
"""A restored window must show at least this much of itself on some screen."""

_SPLITTERS = {
    "layout/columns": lambda w: w.explorer.splitter,
    "layout/right": lambda w: w.explorer.right_splitter,
    "layout/plots": lambda w: w.explorer.plots.splitter,
}
SOFTMAX_LAYOUT_KEY = "layout/softmax"
"""The softmax view is built on first use: its layout is applied then."""
PLAYGROUND_GROUPS = ("data", "network", "training")
"""The playground's settings, one JSON key each under ``playground/``; checked when it is built."""


# -- reading helpers: each returns None for a missing or bad value -----------------


def _json(settings: QSettings, key: str) -> Any:
    raw = settings.value(key)
    if not isinstance(raw, str):
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def _float(settings: QSettings, key: str) -> float | None:
    raw = settings.value(key)
    if isinstance(raw, bool):
        return None
    try:
        value = float(raw) if isinstance(raw, (int, float, str)) else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def _int(settings: QSettings, key: str) -> int | None:
    value = _float(settings, key)
    return int(value) if value is not None and value == int(value) else None


def _bool(settings: QSettings, key: str) -> bool | None:
    raw = settings.value(key)
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    return None


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    raw = settings.value(key)
    return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None


def _try(setter: Any, *args: Any) -> bool:
    """Call a validating state setter; a refused value is simply skipped."""
    try:
        setter(*args)
    except (ValueError, TypeError):
        return False
    return True


# -- the state ------------------------------------------------------------


def restore_state(state: AppState, settings: QSettings | None = None) -> None:
    """Load the explorer's state from the settings, skipping every bad value.

    Parameters
    ----------
    state
        The state to fill in; values that are missing or invalid keep the
        state's defaults.
    settings
        The store to read (default: :func:`actgui.ui.settings.open_settings`).
    """
    s = settings if settings is not None else open_settings()
    params = _json(s, "explorer/params")
    if isinstance(params, dict):
        for activation_id, values in params.items():
            if activation_id in ACTIVATIONS and isinstance(values, dict):
                _try(state.set_params, activation_id, values)
    activation = s.value("explorer/activation")
    if isinstance(activation, str) and activation in ACTIVATIONS:
        state.set_activation(activation)
    samples = _int(s, "explorer/samples")
    if samples is not None:
        _try(state.set_samples, samples)
    x_min, x_max = _float(s, "explorer/x_min"), _float(s, "explorer/x_max")
    if x_min is not None and x_max is not None:
        _try(state.set_x_range, x_min, x_max)
    logits = _json(s, "explorer/logits")
    numbers = isinstance(logits, list) and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) for v in logits
    )
    if numbers:
        _try(state.set_logits, logits)
    selected = _int(s, "explorer/selected_output")
    if selected is not None:
        _try(state.set_selected_output, selected)
    pins = _json(s, "explorer/pins")
    if isinstance(pins, list):
        valid: list[Pin] = []
        for entry in pins:
            if not isinstance(entry, dict):
                continue
            if isinstance(entry.get("id"), str) and isinstance(entry.get("params"), dict):
                try:
                    valid.append(Pin.make(entry["id"], entry["params"]))
                except ValueError:
                    continue
        state.set_pins(tuple(valid))
    show_derivative = _bool(s, "view/show_derivative")
    if show_derivative is not None:
        state.set_show_derivative(show_derivative)
    theme = s.value("view/theme")
    if isinstance(theme, str) and theme in THEMES:
        state.set_theme(theme)
    scale = _float(s, "view/font_scale")
    if scale is not None:
        _try(state.set_font_scale, scale)


def save_state(state: AppState, settings: QSettings | None = None) -> None:
    """Write the explorer's state to the settings."""
    s = settings if settings is not None else open_settings()
    s.setValue("version", SETTINGS_VERSION)
    s.setValue("explorer/activation", state.activation_id)
    s.setValue("explorer/params", json.dumps({a: state.params_of(a) for a in ACTIVATIONS}))
    s.setValue("explorer/x_min", repr(state.x_range[0]))
    s.setValue("explorer/x_max", repr(state.x_range[1]))
    s.setValue("explorer/samples", state.samples)
    s.setValue("explorer/logits", json.dumps(list(state.logits)))
    s.setValue("explorer/selected_output", state.selected_output)
    s.setValue(
        "explorer/pins",
        json.dumps([{"id": p.activation_id, "params": p.param_dict} for p in state.pins]),
    )
    s.setValue("view/show_derivative", state.show_derivative)
    s.setValue("view/theme", state.theme)
    s.setValue("view/font_scale", repr(state.font_scale))


# -- the window -----------------------------------------------------------


def is_visible_on_some_screen(rect: QRect) -> bool:
    """Whether enough of ``rect`` (the title bar end of it) lies on a screen to grab it."""
    # In Python integers: QRect's own arithmetic overflows for a corrupted geometry such
    # as y = -2**31 and then reports an overlap that does not exist.
    left, top, width, height = rect.x(), rect.y(), rect.width(), rect.height()
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        x0, y0 = max(left, area.x()), max(top, area.y())
        x1, y1 = min(left + width, area.x() + area.width()), min(top + height, area.y() + area.height())
        if x1 - x0 >= MIN_VISIBLE[0] and y1 - y0 >= MIN_VISIBLE[1]:
            # The top edge must be on the screen too, or the title bar is unreachable.
            if area.x() <= left + width // 2 < area.x() + area.width() and y0 < area.y() + area.height():
                return True
    return False


def place_default(window: MainWindow) -> None:
    """Give the window its default size, fitted to and centred on the primary screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        window.resize(*DEFAULT_SIZE)
        window.move(0, 0)  # back from wherever a corrupted geometry put it
        return
    available = screen.availableGeometry()
    width = min(max(DEFAULT_SIZE[0], round(available.width() * 0.8)), available.width())
    height = min(max(DEFAULT_SIZE[1], round(available.height() * 0.8)), available.height())
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(max(available.left(), frame.left()), max(available.top(), frame.top()))


def restore_window(window: MainWindow, settings: QSettings | None = None) -> None:
    """Restore the window geometry and the panel sizes, or fall back to the defaults."""
    s = settings if settings is not None else open_settings()
    for key, splitter_of in _SPLITTERS.items():
        data = _bytes(s, key)
        splitter = splitter_of(window)
        if data is None or not splitter.restoreState(data) or 0 in splitter.sizes():
            window.explorer.reset_layout()
            break
    window.explorer.pending_softmax_layout = _bytes(s, SOFTMAX_LAYOUT_KEY)
    restore_playground(window.playground, s)
    geometry = _bytes(s, "window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        place_default(window)
    elif not is_visible_on_some_screen(window.frameGeometry()):
        place_default(window)
    toolbars = _bytes(s, "window/state")
    if toolbars is not None:
        window.restoreState(toolbars)


def restore_playground(playground: LazyPlaygroundPage, settings: QSettings | None = None) -> None:
    """Hand the saved playground settings to the (lazy) playground page.

    Only the JSON is parsed here; the page checks every value when it is
    built (see ``PlaygroundState.from_settings``), so start-up neither builds
    the page nor loads the playground's model.
    """
    s = settings if settings is not None else open_settings()
    groups = {group: _json(s, f"playground/{group}") for group in PLAYGROUND_GROUPS}
    saved = {group: value for group, value in groups.items() if isinstance(value, dict)}
    if saved:
        playground.restore_settings(saved)


def save_playground(playground: LazyPlaygroundPage, settings: QSettings | None = None) -> None:
    """Write the playground's settings (those saved before if it was never built)."""
    s = settings if settings is not None else open_settings()
    saved = playground.settings()
    for group in PLAYGROUND_GROUPS:
        if saved is not None and isinstance(saved.get(group), dict):
            s.setValue(f"playground/{group}", json.dumps(saved[group]))


def save(window: MainWindow, settings: QSettings | None = None) -> None:
    """Write the window geometry, panel sizes and the state to the settings."""
    s = settings if settings is not None else open_settings()
    save_state(window.state, s)
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    for key, splitter_of in _SPLITTERS.items():
        s.setValue(key, splitter_of(window).saveState())
    explorer = window.explorer
    if explorer.softmax_built:
        s.setValue(SOFTMAX_LAYOUT_KEY, explorer.softmax.splitter.saveState())
    elif explorer.pending_softmax_layout is not None:
        s.setValue(SOFTMAX_LAYOUT_KEY, explorer.pending_softmax_layout)  # keep it for next time
    save_playground(window.playground, s)
    s.sync()

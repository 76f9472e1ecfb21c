"""The app's settings file: the only code that touches QSettings.

It saves and restores the session (every page's state, see
:class:`~actgui.state.session.Session`), the window's geometry and panel
sizes, and the small values other parts of the interface remember (the
language, the presentation's steps, the last folders) through
:func:`read_text` and :func:`write_text`.

The file is INI (``ACTGUI_SETTINGS_PATH`` points the app at another file:
the tests use it so that they never read or write the user's real
settings). A file larger than :data:`MAX_SETTINGS_BYTES` cannot be the app's
own (a few kB): it is set aside as ``<name>.too-large`` before Qt parses it,
and the app starts with defaults.

Reading back never stops the app: the INI values are parsed here (a value of
the wrong type is dropped), the states check every value and keep their
default for each one they refuse, and a window geometry off every screen is
replaced by the default one. The file carries a ``version``: version 1 holds
the explorer, view and playground keys; version 2 adds the forward-pass
layer's group; version 3 adds the depth lab's (``depth/settings``, one
JSON value); version 4 the explorer's gradient-shading level
(``view/gradient_threshold``, the default 0.01 before); a newer version is
read for the keys this version knows.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

if TYPE_CHECKING:
    from actgui.state.session import Session

ORGANIZATION = "actgui"
APPLICATION = "actgui"
SETTINGS_ENV = "ACTGUI_SETTINGS_PATH"
MAX_SETTINGS_BYTES = 1_000_000
"""Settings files above this size are not read (the app writes a few kB)."""

SETTINGS_VERSION = 4
"""The version written: 1 had no layer group; 2 adds ``layer/``; 3 ``depth/settings``;
4 ``view/gradient_threshold``."""

DEFAULT_SIZE = (1280, 720)
MIN_VISIBLE = (120, 60)
"""A restored window must show at least this much of itself on some screen."""

SOFTMAX_LAYOUT_KEY = "layout/softmax"
"""The softmax view is built on first use: its layout is applied then."""
PLAYGROUND_GROUPS = ("data", "network", "training", "experiment")
"""The playground's settings, one JSON key each under ``playground/``; checked when it is built."""
LAYER_KEYS = (
    "x",
    "W",
    "b",
    "follow_explorer",
    "activation",
    "params",
    "scale",
    "seed",
    "init_range",
    "decimals",
    "selected",
)
"""The forward-pass layer's settings (version 2), one JSON value each under ``layer/``."""


class PanelLayout(Protocol):
    """The panel sizes a window saves besides its geometry."""

    def splitters(self) -> Mapping[str, QSplitter]:
        """The splitters whose state is saved, by name (saved under ``layout/<name>``)."""
        ...

    def reset_panel_sizes(self) -> None:
        """Give every panel its default size."""
        ...

    def softmax_layout(self) -> QByteArray | None:
        """The softmax view's splitter state (or the one pending until it is built)."""
        ...

    def set_softmax_layout(self, data: QByteArray | None) -> None:
        """Apply a saved softmax splitter state when the view is built."""
        ...


# -- the settings file ---------------------------------------------------------------


def settings_path() -> Path:
    """The settings file: ACTGUI_SETTINGS_PATH, or the user's INI file."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return Path(path)
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    return Path(store.fileName())


def set_aside_if_too_large(path: Path) -> Path | None:
    """Rename ``path`` to ``<name>.too-large`` if it is over the limit; return the new path."""
    try:
        if not path.is_file() or path.stat().st_size <= MAX_SETTINGS_BYTES:
            return None
        aside = path.with_name(path.name + ".too-large")
        os.replace(path, aside)
    except OSError:
        return None
    return aside


def open_settings() -> QSettings:
    """The settings store, after setting aside a file too large to be ours."""
    path = settings_path()
    set_aside_if_too_large(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def read_text(key: str, settings: QSettings | None = None) -> str:
    """The text saved under ``key``, or "" if there is none (or it is not text)."""
    raw = (settings if settings is not None else open_settings()).value(key, "")
    return raw if isinstance(raw, str) else ""


def write_text(key: str, value: str, settings: QSettings | None = None) -> None:
    """Save ``value`` under ``key`` now."""
    write_texts({key: value}, settings)


def write_texts(values: Mapping[str, str], settings: QSettings | None = None) -> None:
    """Save several ``key: value`` texts at once."""
    s = settings if settings is not None else open_settings()
    for key, value in values.items():
        s.setValue(key, value)
    s.sync()


RECENT_SETUPS_KEY = "setup/recent"
"""The setup files opened or saved last, newest first, as a JSON list of paths."""
MAX_RECENT_SETUPS = 8


def read_recent_setups(settings: QSettings | None = None) -> list[str]:
    """The recent setup files, newest first (a bad stored value gives none)."""
    try:
        paths = json.loads(read_text(RECENT_SETUPS_KEY, settings) or "[]")
    except (ValueError, RecursionError):
        return []
    if not isinstance(paths, list):
        return []
    return [p for p in dict.fromkeys(paths) if isinstance(p, str) and p][:MAX_RECENT_SETUPS]


def write_recent_setups(paths: list[str], settings: QSettings | None = None) -> None:
    """Remember the recent setup files (newest first; duplicates and extras dropped)."""
    kept = list(dict.fromkeys(paths))[:MAX_RECENT_SETUPS]
    write_text(RECENT_SETUPS_KEY, json.dumps(kept, ensure_ascii=False), settings)


# -- reading INI values: each returns None for a missing or bad value ------------------


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


# -- the session -----------------------------------------------------------------------


def stored_version(settings: QSettings) -> int:
    """The version of the saved settings (1 for a file without one)."""
    version = _int(settings, "version")
    return version if version is not None and version >= 1 else 1


def read_session_settings(settings: QSettings | None = None) -> dict[str, Any]:
    """The saved settings as :meth:`Session.settings` groups, migrated from the version read.

    Only the INI values are parsed here; the states check them (see
    :meth:`Session.from_settings`).
    """
    s = settings if settings is not None else open_settings()
    version = stored_version(s)
    saved = _read_version_1(s)
    if version >= 2:  # a newer version: read the keys this one knows
        saved["layer"] = {key: _json(s, f"layer/{key}") for key in LAYER_KEYS if s.contains(f"layer/{key}")}
    if version >= 3:  # earlier files had no depth lab: it starts from its defaults
        depth = _json(s, "depth/settings")
        saved["depth"] = depth if isinstance(depth, dict) else None
    if version >= 4:  # before, the shading level was always the default, 0.01
        saved["explorer"]["gradient_threshold"] = _float(s, "view/gradient_threshold")
    return saved


def _read_version_1(s: QSettings) -> dict[str, Any]:
    """The groups every version has: explorer, view and playground."""
    x_range = [_float(s, "explorer/x_min"), _float(s, "explorer/x_max")]
    explorer = {
        "activation": s.value("explorer/activation"),
        "params": _json(s, "explorer/params"),
        "x_range": x_range if None not in x_range else None,
        "samples": _int(s, "explorer/samples"),
        "logits": _json(s, "explorer/logits"),
        "selected_output": _int(s, "explorer/selected_output"),
        "pins": _json(s, "explorer/pins"),
        "show_derivative": _bool(s, "view/show_derivative"),
    }
    view = {"theme": s.value("view/theme"), "font_scale": _float(s, "view/font_scale")}
    groups = {group: _json(s, f"playground/{group}") for group in PLAYGROUND_GROUPS}
    playground = {group: value for group, value in groups.items() if isinstance(value, dict)}
    return {"explorer": explorer, "view": view, "playground": playground or None}


def restore_session(settings: QSettings | None = None) -> Session:
    """A session restored from the settings, every bad value replaced by its default."""
    from actgui.state.session import Session

    return Session.from_settings(read_session_settings(settings))


def save_session(session: Session, settings: QSettings | None = None) -> None:
    """Write every state of the session (the playground's and depth lab's only if ever set up)."""
    s = settings if settings is not None else open_settings()
    saved = session.settings()
    explorer, view = saved["explorer"], saved["view"]
    s.setValue("version", SETTINGS_VERSION)
    s.setValue("explorer/activation", explorer["activation"])
    s.setValue("explorer/params", json.dumps(explorer["params"]))
    s.setValue("explorer/x_min", repr(explorer["x_range"][0]))
    s.setValue("explorer/x_max", repr(explorer["x_range"][1]))
    s.setValue("explorer/samples", explorer["samples"])
    s.setValue("explorer/logits", json.dumps(explorer["logits"]))
    s.setValue("explorer/selected_output", explorer["selected_output"])
    s.setValue("explorer/pins", json.dumps(explorer["pins"]))
    s.setValue("view/show_derivative", explorer["show_derivative"])
    s.setValue("view/gradient_threshold", repr(explorer["gradient_threshold"]))
    s.setValue("view/theme", view["theme"])
    s.setValue("view/font_scale", repr(view["font_scale"]))
    for key in LAYER_KEYS:
        s.setValue(f"layer/{key}", json.dumps(saved["layer"][key]))
    playground = saved["playground"]
    for group in PLAYGROUND_GROUPS:
        if isinstance(playground, Mapping) and isinstance(playground.get(group), dict):
            s.setValue(f"playground/{group}", json.dumps(playground[group]))
    if isinstance(saved["depth"], Mapping):
        s.setValue("depth/settings", json.dumps(saved["depth"]))
    s.sync()


# -- the window --------------------------------------------------------------------------


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


def place_default(window: QMainWindow) -> None:
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


def restore_window(window: QMainWindow, panels: PanelLayout, settings: QSettings | None = None) -> None:
    """Restore the window geometry and the panel sizes, or fall back to the defaults."""
    s = settings if settings is not None else open_settings()
    for name, splitter in panels.splitters().items():
        data = _bytes(s, f"layout/{name}")
        if data is None or not splitter.restoreState(data) or 0 in splitter.sizes():
            panels.reset_panel_sizes()
            break
    panels.set_softmax_layout(_bytes(s, SOFTMAX_LAYOUT_KEY))
    geometry = _bytes(s, "window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        place_default(window)
    elif not is_visible_on_some_screen(window.frameGeometry()):
        place_default(window)
    toolbars = _bytes(s, "window/state")
    if toolbars is not None:
        window.restoreState(toolbars)


def save_window(window: QMainWindow, panels: PanelLayout, settings: QSettings | None = None) -> None:
    """Write the window geometry and the panel sizes."""
    s = settings if settings is not None else open_settings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    for name, splitter in panels.splitters().items():
        s.setValue(f"layout/{name}", splitter.saveState())
    softmax = panels.softmax_layout()
    if softmax is not None:
        s.setValue(SOFTMAX_LAYOUT_KEY, softmax)  # kept for next time even if never built
    s.sync()

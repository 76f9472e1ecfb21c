"""Where the app keeps its settings (QSettings, INI format).

``ACTGUI_SETTINGS_PATH`` points the app at another file: the tests use it so
that they never read or write the user's real settings.

The values are validated key by key where they are read (see persistence.py).
The file as a whole is checked here first: one larger than
:data:`MAX_SETTINGS_BYTES` cannot be the app's own (a few kB), so it is set
aside as ``<name>.too-large`` before Qt parses it, and the app starts with
defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "actgui"
APPLICATION = "actgui"
SETTINGS_ENV = "ACTGUI_SETTINGS_PATH"
MAX_SETTINGS_BYTES = 1_000_000
"""Settings files above this size are not read (the app writes a few kB)."""


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

"""Where the app keeps its settings (QSettings, INI format).

``ACTGUI_SETTINGS_PATH`` points the app at another file: the tests use it so
that they never read or write the user's real settings.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORGANIZATION = "actgui"
APPLICATION = "actgui"
SETTINGS_ENV = "ACTGUI_SETTINGS_PATH"


def open_settings() -> QSettings:
    """The settings store: the user's INI file, or the one in ACTGUI_SETTINGS_PATH."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

"""Test-wide set-up: offscreen Qt, and settings that never touch the user's own."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

settings.register_profile("ci", max_examples=400, deadline=None)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """Point QSettings at a fresh temporary file for every test."""
    monkeypatch.setenv("ACTGUI_SETTINGS_PATH", str(tmp_path / "settings.ini"))
    yield tmp_path / "settings.ini"


@pytest.fixture(scope="session", autouse=True)
def _no_user_settings(tmp_path_factory):
    """Belt and braces: even code that ignores ACTGUI_SETTINGS_PATH writes to a temp dir."""
    root = tmp_path_factory.mktemp("qt-user-dirs")
    os.environ["XDG_CONFIG_HOME"] = str(root / "config")
    os.environ["XDG_DATA_HOME"] = str(root / "data")
    os.environ["XDG_CACHE_HOME"] = str(root / "cache")
    os.environ["HOME"] = str(root / "home")
    yield


@pytest.fixture
def session():
    """A fresh session of default states, never read from or written to any settings."""
    from actgui.state.session import Session

    return Session()


@pytest.fixture
def window(qtbot, session, _isolated_settings):
    """The main window of ``session`` at 1280 x 720, shown, with the export actions as the app has them.

    It is not persisted: closing it writes nothing (the settings path is a
    fresh temporary file anyway). Override ``session`` to start from other states.
    """
    from actgui.export import install_export_actions
    from actgui.ui.main_window import MainWindow

    win = MainWindow(session)
    install_export_actions(win)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win

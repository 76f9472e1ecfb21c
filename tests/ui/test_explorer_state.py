"""The view flags of the Qt-free ExplorerState and ViewSettings."""

from __future__ import annotations

import pytest

from actgui.state.explorer import ExplorerState
from actgui.state.view import FONT_SCALE_RANGE, ViewSettings


def test_show_derivative_flag_validates_and_emits_only_on_change():
    state = ExplorerState()
    seen = []
    state.show_derivative_changed.connect(seen.append)
    assert state.show_derivative is True
    state.set_show_derivative(False)
    state.set_show_derivative(False)
    state.set_show_derivative(True)
    assert seen == [False, True]
    for bad in (0, 1, "yes", None):
        with pytest.raises(ValueError):
            state.set_show_derivative(bad)
    assert state.show_derivative is True


def test_font_scale_validates_range_and_type():
    state = ViewSettings()
    seen = []
    state.font_scale_changed.connect(seen.append)
    state.set_font_scale(1.5)
    state.set_font_scale(1.5)
    assert seen == [1.5] and state.font_scale == 1.5
    low, high = FONT_SCALE_RANGE
    state.set_font_scale(low)
    state.set_font_scale(high)
    for bad in (low - 0.01, high + 0.01, float("nan"), float("inf"), True, "1.2", None):
        with pytest.raises(ValueError):
            state.set_font_scale(bad)
    assert state.font_scale == high


def test_state_module_stays_free_of_qt():
    import subprocess
    import sys

    code = "import sys, actgui.state; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0

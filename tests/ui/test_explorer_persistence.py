"""Window and state survive a restart; corrupted settings fall back to defaults."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from actgui.state.explorer import DEFAULT_LOGITS, DEFAULT_SAMPLES, DEFAULT_X_RANGE, ExplorerState, Pin
from actgui.state.session import Session
from actgui.ui import persistence
from actgui.ui.app import open_main_window
from actgui.ui.main_window import MainWindow
from actgui.ui.persistence import open_settings


def open_window(qtbot) -> MainWindow:
    window = open_main_window()  # the app's own session: restored from (and saved to) the settings
    qtbot.addWidget(window)
    return window


def test_settings_are_the_temporary_file(_isolated_settings):
    assert open_settings().fileName() == str(_isolated_settings)


def test_round_trip_of_state_and_layout(qtbot, _isolated_settings):
    first = open_window(qtbot)
    state = first.state
    state.set_activation("elu")
    state.set_param("alpha", 2.5)
    state.set_activation("leaky_relu")
    state.set_param("negative_slope", 0.2)
    state.pin_current()
    state.set_activation("gelu")
    state.set_param("approximate", "tanh")
    state.pin_current()
    state.set_x_range(-3.0, 4.5)
    state.set_samples(321)
    state.set_logits((1.0, -2.0, 3.5))
    state.set_selected_output(2)
    state.set_show_derivative(False)
    first.view_settings.set_theme("dark")
    first.view_settings.set_font_scale(1.21)
    first.explorer.splitter.setSizes([300, 600, 380])
    first.resize(780, 640)  # fits the offscreen screen (800 x 800)
    sizes = first.explorer.splitter.sizes()
    first.close()
    assert _isolated_settings.exists()

    second = open_window(qtbot)
    restored = second.state
    assert restored.activation_id == "gelu"
    assert restored.params == {"approximate": "tanh"}
    assert restored.params_of("elu") == {"alpha": 2.5}
    assert restored.pins == (
        Pin.make("leaky_relu", {"negative_slope": 0.2}),
        Pin.make("gelu", {"approximate": "tanh"}),
    )
    assert restored.x_range == (-3.0, 4.5)
    assert restored.samples == 321
    assert restored.logits == (1.0, -2.0, 3.5)
    assert restored.selected_output == 2
    assert restored.show_derivative is False
    assert second.view_settings.theme == "dark"
    assert second.view_settings.font_scale == pytest.approx(1.21)
    assert (second.width(), second.height()) == (780, 640)
    assert second.explorer.splitter.sizes() == sizes
    # The widgets show the restored state too.
    assert second.dark_action.isChecked()
    assert not second.show_derivative_action.isChecked()
    assert second.explorer.params.rows["approximate"].combo.currentData() == "tanh"
    assert len(second.explorer.compare.rows) == 2
    second.close()


def test_first_start_uses_the_defaults(qtbot):
    window = open_window(qtbot)
    state = window.state
    assert state.activation_id == "sigmoid"
    assert state.x_range == DEFAULT_X_RANGE and state.samples == DEFAULT_SAMPLES
    view = window.view_settings
    assert state.pins == () and view.theme == "light" and view.font_scale == 1.0
    assert window.tabs.widget(0) is window.explorer


CORRUPTIONS = {
    "explorer/activation": ["no_such_activation", "", "42"],
    "explorer/params": [
        "{not json",
        '{"elu": {"alpha": -5}}',
        '{"hardtanh": {"min_val": 3, "max_val": 1}}',
        '{"gelu": {"approximate": "fast"}}',
        '["a", "list"]',
        '{"elu": "text"}',
    ],
    "explorer/x_min": ["nan", "abc", "7"],
    "explorer/samples": ["0", "1e9", "12.5", "many"],
    "explorer/logits": ["[1]", '["a", "b"]', "[1e400, 2]", "{}", "[true, false]"],
    "explorer/selected_output": ["99", "-1", "x"],
    "explorer/pins": [
        '[{"id": "nope", "params": {}}]',
        '[{"id": "elu", "params": {"alpha": 99}}]',
        "7",
        '[1, "x", null]',
    ],
    "view/theme": ["purple", "", "1"],
    "view/font_scale": ["0", "100", "inf", "big"],
    "view/show_derivative": ["maybe", "2"],
    "window/geometry": ["garbage"],
    "layout/columns": ["garbage"],
}


@pytest.mark.parametrize(("key", "value"), [(k, v) for k, values in CORRUPTIONS.items() for v in values])
def test_each_corrupted_value_falls_back_to_the_default(qtbot, key, value):
    settings = open_settings()
    settings.setValue("explorer/x_max", "6")  # so that a bad x_min alone is tested
    settings.setValue(key, value)
    settings.sync()
    session = persistence.restore_session()
    state, view = session.explorer, session.view
    default = ExplorerState()
    assert state.activation_id == default.activation_id
    assert all(state.params_of(a) == default.params_of(a) for a in ("elu", "hardtanh", "gelu"))
    assert state.x_range == DEFAULT_X_RANGE
    assert state.samples == DEFAULT_SAMPLES
    assert state.logits == DEFAULT_LOGITS
    assert state.selected_output == 0
    assert state.pins == ()
    assert view.theme == "light"
    assert view.font_scale == 1.0
    assert state.show_derivative is True


@pytest.mark.parametrize("variant", [0, 1])
def test_window_opens_sanely_from_fully_corrupted_settings(qtbot, variant):
    settings = open_settings()
    for key, values in CORRUPTIONS.items():
        settings.setValue(key, values[min(variant, len(values) - 1)])
    settings.sync()
    window = open_window(qtbot)
    window.show()
    assert window.state.activation_id == "sigmoid"
    assert 0 not in window.explorer.splitter.sizes()
    assert 0 not in window.explorer.right_splitter.sizes()
    assert window.width() >= 760 and window.height() >= 500
    assert persistence.is_visible_on_some_screen(window.frameGeometry())


def test_good_values_survive_next_to_bad_ones(qtbot):
    settings = open_settings()
    settings.setValue("explorer/activation", "tanh")
    settings.setValue("explorer/pins", '[{"id": "nope", "params": {}}, {"id": "relu", "params": {}}]')
    settings.setValue("explorer/params", '{"elu": {"alpha": 3}, "celu": {"alpha": -1}}')
    settings.setValue("view/theme", "purple")
    settings.sync()
    session = persistence.restore_session()
    state = session.explorer
    assert state.activation_id == "tanh"
    assert state.pins == (Pin.make("relu"),)
    assert state.params_of("elu") == {"alpha": 3.0}
    assert state.params_of("celu") == {"alpha": 1.0}
    assert session.view.theme == "light"


def test_geometry_off_every_screen_is_replaced(qtbot):
    window = open_window(qtbot)
    window.setGeometry(QRect(30000, 30000, 1000, 600))
    window.close()
    again = open_window(qtbot)
    assert persistence.is_visible_on_some_screen(again.frameGeometry())
    assert not persistence.is_visible_on_some_screen(QRect(30000, 30000, 1000, 600))
    assert not persistence.is_visible_on_some_screen(QRect(-5000, 100, 800, 600))


def test_window_given_a_state_neither_reads_nor_writes_settings(qtbot, _isolated_settings):
    state = ExplorerState()
    state.set_activation("relu")
    window = MainWindow(Session(explorer=state))
    qtbot.addWidget(window)
    window.close()
    assert not _isolated_settings.exists()
    assert state.activation_id == "relu"

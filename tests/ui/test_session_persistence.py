"""The session through the settings file: the forward-pass layer survives a restart; versions migrate."""

from __future__ import annotations

import json

import numpy as np
import pytest

from actgui.state.explorer import DEFAULT_X_RANGE
from actgui.state.layer import LayerState
from actgui.ui import persistence
from actgui.ui.app import open_main_window
from actgui.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def open_window(qtbot) -> MainWindow:
    window = open_main_window()
    qtbot.addWidget(window)
    return window


def test_a_teachers_layer_survives_a_restart(qtbot, _isolated_settings):
    first = open_window(qtbot)
    first.tabs.setCurrentWidget(first.forward)  # builds the forward page
    panel = first.forward.panel()
    assert panel.state is first.session.layer  # the page shows the session's layer
    panel.apply_cell_text("W", 2, 3, "0.1234567890123")  # what the cell editor does on Enter
    panel.apply_cell_text("x", 4, 0, "-0.3")
    panel.apply_cell_text("b", 0, 1, "0.7")
    layer = panel.state
    layer.set_scale(2.5)
    layer.set_decimals(6)
    weights, x, bias = layer.weights, layer.x, layer.bias
    assert layer.base_weights[2, 3] == 0.1234567890123  # typed at k = 1, shown now as 2.5 * W
    first.close()
    assert _isolated_settings.exists()

    second = open_window(qtbot)
    assert not second.forward.is_built  # restored without building the page
    restored = second.session.layer
    assert restored.base_weights[2, 3] == 0.1234567890123  # the exact float
    assert restored.weights.tobytes() == weights.tobytes()  # k * W too
    assert restored.x.tobytes() == x.tobytes() and restored.x[0, 4] == -0.3
    assert restored.bias.tobytes() == bias.tobytes() and restored.bias[1] == 0.7
    assert restored.scale == 2.5 and restored.decimals == 6
    assert restored.follow_explorer  # still following the explorer
    # The page shows it once built.
    panel = second.forward.panel()
    assert panel.state is restored
    assert "2.5" in panel.scale.value_label.text()
    assert panel.controls.decimals.value() == 6
    second.close()


def test_an_own_activation_and_its_parameters_survive_a_restart(qtbot):
    first = open_window(qtbot)
    layer = first.session.layer
    layer.set_activation("elu", {"alpha": 0.25})
    layer.set_init_range(-0.5, 0.5)
    layer.set_seed(11)
    first.close()
    restored = open_window(qtbot).session.layer
    assert not restored.follow_explorer
    assert restored.activation_id == "elu" and restored.params == {"alpha": 0.25}
    assert restored.seed == 11 and restored.init_range == (-0.5, 0.5)
    assert restored.forward.output.tobytes() == layer.forward.output.tobytes()


def test_a_corrupted_layer_group_falls_back_value_by_value(qtbot):
    settings = persistence.open_settings()
    settings.setValue("version", 2)
    settings.setValue("layer/W", "[[1, 2], [3, 4], [5, 6]]")  # a good 3 x 2 W
    settings.setValue("layer/x", "[1, 2]")  # wrong length for that W
    settings.setValue("layer/b", "{not json")
    settings.setValue("layer/scale", "3.5")
    settings.setValue("layer/decimals", "99")
    settings.setValue("layer/follow_explorer", '"maybe"')
    settings.setValue("layer/activation", '"relu"')
    settings.setValue("layer/init_range", "[2, 1]")
    settings.sync()
    session = persistence.restore_session()
    layer, default = session.layer, LayerState()
    np.testing.assert_array_equal(layer.base_weights, [[1, 2], [3, 4], [5, 6]])
    assert layer.x.shape == (1, 3)  # a default x that fits the restored W
    np.testing.assert_array_equal(layer.bias, [0.0, 0.0])
    assert layer.scale == 3.5
    assert layer.decimals == default.decimals
    assert layer.init_range == default.init_range
    assert layer.own_activation_id == "relu"  # the own choice is kept...
    assert layer.follow_explorer and layer.activation_id == "sigmoid"  # ...the bad flag is the default
    # The window opens on it and shows it.
    window = open_window(qtbot)
    panel = window.forward.panel()
    assert (panel.state.n_in, panel.state.n_out) == (3, 2)


def test_the_current_version_is_written_with_the_layer_group_and_the_shading_level(qtbot):
    window = open_window(qtbot)
    window.session.layer.set_bias_value(0, 0.5)
    window.session.explorer.set_gradient_threshold(0.001)
    window.close()
    settings = persistence.open_settings()
    assert persistence.stored_version(settings) == persistence.SETTINGS_VERSION == 4
    assert float(settings.value("view/gradient_threshold")) == 0.001
    assert persistence.restore_session().explorer.gradient_threshold == 0.001
    assert json.loads(settings.value("layer/b"))[0] == 0.5
    assert all(settings.contains(f"layer/{key}") for key in persistence.LAYER_KEYS)


def test_a_version_1_file_is_read_as_before_and_ignores_a_layer_group(qtbot):
    settings = persistence.open_settings()
    settings.setValue("version", 1)
    settings.setValue("explorer/activation", "tanh")
    settings.setValue("explorer/x_min", "-2.0")
    settings.setValue("explorer/x_max", "3.0")
    settings.setValue("view/theme", "dark")
    settings.setValue("layer/scale", "4.0")  # version 1 had no layer group: not read
    settings.sync()
    saved = persistence.read_session_settings()
    assert "layer" not in saved
    session = persistence.restore_session()
    assert session.explorer.activation_id == "tanh" and session.explorer.x_range == (-2.0, 3.0)
    assert session.view.theme == "dark"
    assert session.layer.scale == 1.0
    # Saving migrates it to the current version.
    persistence.save_session(session)
    assert persistence.stored_version(persistence.open_settings()) == 4


def test_a_version_3_file_keeps_the_default_shading_level(qtbot):
    settings = persistence.open_settings()
    settings.setValue("version", 3)
    settings.setValue("view/gradient_threshold", "0.1")  # version 3 had no such key: not read
    settings.sync()
    assert persistence.restore_session().explorer.gradient_threshold == 0.01
    settings.setValue("version", 4)
    settings.setValue("view/gradient_threshold", "0.5")  # not a level the menu offers: refused
    settings.sync()
    assert persistence.restore_session().explorer.gradient_threshold == 0.01
    settings.setValue("view/gradient_threshold", "0.0")
    settings.sync()
    assert persistence.restore_session().explorer.gradient_threshold == 0.0


def test_a_file_without_a_version_is_version_1_and_a_newer_one_is_read_for_what_is_known(qtbot):
    settings = persistence.open_settings()
    assert persistence.stored_version(settings) == 1
    settings.setValue("version", 7)
    settings.setValue("layer/scale", "4.0")
    settings.setValue("layer/future_key", '"whatever"')
    settings.setValue("future/group", "1")
    settings.setValue("explorer/x_min", "nonsense")
    settings.sync()
    session = persistence.restore_session()
    assert session.layer.scale == 4.0
    assert session.explorer.x_range == DEFAULT_X_RANGE


def test_a_window_given_a_session_neither_reads_nor_writes_settings(qtbot, window, _isolated_settings):
    window.session.layer.set_scale(9.0)
    window.close()
    assert not _isolated_settings.exists()


def test_the_app_window_gets_the_export_actions_in_the_file_menu_order_of_old(qtbot):
    from actgui.export import install_export_actions

    window = open_main_window(extend=install_export_actions)
    qtbot.addWidget(window)
    actions = window.file_menu.actions()
    export = window.export_actions
    assert actions[:3] == [export.export_action, export.copy_action, export.record_action]
    setups = window.setup_actions
    assert actions[3].isSeparator()
    assert actions[4:9] == [
        setups.open_action,
        setups.recent_menu.menuAction(),
        setups.save_action,
        setups.include_view_action,
        setups.include_trained_action,
    ]
    assert actions[9].isSeparator() and actions[10] is window.quit_action and len(actions) == 11
    assert window.export_actions.export_action.shortcut().toString() == "Ctrl+E"
    assert window.export_actions.copy_action.shortcut().toString() == "Ctrl+Shift+C"


def test_the_depth_lab_survives_a_restart(qtbot):
    session = persistence.restore_session()
    assert not session.depth_created  # start-up does not build it
    session.depth.apply_preset("relu_he")
    session.depth.set_sizes(depth=80, width=128)
    session.depth.set_histogram("grad", "ridgeline")
    persistence.save_session(session)
    settings = persistence.open_settings()
    assert persistence.stored_version(settings) == 4
    restored = persistence.restore_session()
    assert not restored.depth_created
    depth = restored.depth
    assert depth.activation.id == "relu" and depth.init == "he" and depth.weight_std == pytest.approx(2**0.5)
    assert (depth.depth, depth.width) == (80, 128)
    assert (depth.histogram, depth.histogram_style) == ("grad", "ridgeline")


def test_a_version_2_file_migrates_with_a_default_depth_lab(qtbot):
    settings = persistence.open_settings()
    settings.setValue("version", 2)
    settings.setValue("explorer/activation", "relu")
    settings.setValue("depth/settings", json.dumps({"depth": 7}))  # version 2 had no depth group: not read
    settings.sync()
    saved = persistence.read_session_settings()
    assert "depth" not in saved
    session = persistence.restore_session()
    assert session.depth.depth == 50
    persistence.save_session(session)
    assert persistence.stored_version(persistence.open_settings()) == 4
    assert json.loads(persistence.open_settings().value("depth/settings"))["depth"] == 50


def test_a_corrupted_depth_group_falls_back_value_by_value(qtbot):
    settings = persistence.open_settings()
    settings.setValue("version", 3)
    bad = {"activation": "softmax", "depth": 5000, "width": 64, "weight_std": "big", "bias_std": 0.5}
    settings.setValue("depth/settings", json.dumps(bad))
    settings.sync()
    depth = persistence.restore_session().depth
    assert depth.activation.id == "tanh" and depth.depth == 50  # refused values keep their defaults
    assert depth.width == 64 and depth.bias_std == 0.5 and depth.weight_std == 1.0


def test_the_experiment_tools_choices_survive_a_restart(qtbot):
    session = persistence.restore_session()
    tool = session.playground.tool
    tool.set_setting("init_scale")
    tool.set_values_text("0.25, 1, 8")
    tool.set_seeds(3)
    persistence.save_session(session)
    restored = persistence.restore_session().playground.tool
    assert (restored.setting, restored.values, restored.seeds) == ("init_scale", (0.25, 1.0, 8.0), 3)

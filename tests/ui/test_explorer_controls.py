"""The selector, parameter and range controls: built from metadata, bound both ways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from actgui.model import ACTIVATIONS, CATEGORIES, SEED_IDS
from actgui.state.explorer import DEFAULT_X_RANGE, ExplorerState
from actgui.ui.explorer.activation_selector import ActivationSelector, grouped_ids
from actgui.ui.explorer.param_controls import ParamControls
from actgui.ui.explorer.range_controls import RangeControls
from actgui.ui.widgets.param_rows import ChoiceParamRow, NumericParamRow
from actgui.ui.widgets.refusing_spin_box import decimals_for

# A bare widget shown as its own window makes the offscreen platform say that it
# cannot pass size hints to a window manager; that is not a problem of the widget.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def state():
    return ExplorerState()


@pytest.fixture
def selector(qtbot, state):
    widget = ActivationSelector(state)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def params(qtbot, state):
    widget = ParamControls(state)
    qtbot.addWidget(widget)
    widget.show()
    return widget


# -- selector -------------------------------------------------------------------


def test_groups_put_the_seed_first_and_cover_every_activation_once():
    groups = grouped_ids()
    assert groups[0][1] == SEED_IDS
    ids = [i for _title, members in groups for i in members]
    assert sorted(ids) == sorted(ACTIVATIONS)
    assert len(ids) == len(set(ids))
    titles = [title for title, _members in groups[1:]]
    assert titles == [c for c in CATEGORIES if c in titles]  # catalogue order


def test_sigmoid_is_selected_on_first_start(selector):
    assert selector.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == "sigmoid"
    assert selector.visible_ids()[:5] == list(SEED_IDS)


def test_clicking_an_item_selects_the_activation(selector, state, qtbot):
    item = selector._items["gelu"]
    selector.resize(260, 700)
    selector.tree.scrollToItem(item)
    rect = selector.tree.visualItemRect(item)
    qtbot.mouseClick(selector.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert state.activation_id == "gelu"


def test_state_changes_move_the_selection_without_echo(selector, state):
    emitted = []
    state.activation_changed.connect(emitted.append)
    state.set_activation("mish")
    assert selector.tree.currentItem() is selector._items["mish"]
    assert emitted == ["mish"]  # selecting in the tree did not emit a second time


def test_up_and_down_step_through_skipping_headers(selector, state, qtbot):
    selector.tree.setFocus()
    order = selector.visible_ids()
    for expected in order[1:7]:
        qtbot.keyClick(selector.tree, Qt.Key.Key_Down)
        assert state.activation_id == expected
    for expected in reversed(order[:6]):
        qtbot.keyClick(selector.tree, Qt.Key.Key_Up)
        assert state.activation_id == expected
    qtbot.keyClick(selector.tree, Qt.Key.Key_Up)  # stays on the first one
    assert state.activation_id == order[0]


def test_filter_box_filters_and_steps(selector, state, qtbot):
    qtbot.keyClicks(selector.filter_box, "relu")
    visible = selector.visible_ids()
    assert visible == ["relu", "leaky_relu", "prelu", "rrelu", "relu6"]
    assert state.activation_id == "relu"  # the selection follows the filter
    qtbot.keyClick(selector.filter_box, Qt.Key.Key_Down)
    assert state.activation_id == "leaky_relu"
    selector.filter_box.clear()
    assert len(selector.visible_ids()) == len(ACTIVATIONS)


def test_filter_with_no_match_keeps_the_selection(selector, state, qtbot):
    qtbot.keyClicks(selector.filter_box, "zzz")
    assert selector.visible_ids() == []
    assert state.activation_id == "sigmoid"


# -- parameter controls ----------------------------------------------------------


def test_rows_are_built_from_the_metadata(params, state):
    for act in ACTIVATIONS.values():
        state.set_activation(act.id)
        assert list(params.rows) == list(act.param_names)
        for p in act.params:
            row = params.rows[p.name]
            if p.is_choice:
                assert isinstance(row, ChoiceParamRow)
                assert [row.combo.itemData(i) for i in range(row.combo.count())] == list(p.choices)
            else:
                assert isinstance(row, NumericParamRow)
                assert (row.spin.minimum(), row.spin.maximum()) == (p.minimum, p.maximum)
                assert row.spin.singleStep() == p.step
                assert row.value_of(row.slider.maximum()) == pytest.approx(p.maximum)
                # Shown to the spin box's decimals (RReLU's upper = 1/3 reads 0.333).
                assert row.spin.value() == pytest.approx(p.default, abs=0.5 * 10.0 ** -row.spin.decimals())
        assert params.empty_label.isVisibleTo(params) == (not act.params)


def test_choice_parameter_uses_a_combo_box(params, state):
    state.set_activation("gelu")
    row = params.rows["approximate"]
    row.combo.setCurrentIndex(row.combo.findData("tanh"))
    assert state.params["approximate"] == "tanh"
    state.reset_params()
    assert row.combo.currentData() == "none"


def test_invalid_value_is_refused_visibly_and_the_state_keeps_its_value(params, state):
    state.set_activation("hardtanh")
    min_row = params.rows["min_val"]
    before = state.params
    min_row.slider.setValue(min_row.tick_of(2.0))  # above max_val = 1
    assert state.params == before
    assert "min_val" in params.error_text and "max_val" in params.error_text
    assert min_row.slider.value() == min_row.tick_of(-1.0)  # snapped back
    assert min_row.spin.value() == -1.0
    assert min_row.spin.is_marked_refused()
    assert min_row.spin.lineEdit().palette().text().color().name() == params.editor.error_colour.lower()
    # A valid value clears the message.
    min_row.slider.setValue(min_row.tick_of(-0.5))
    assert state.params["min_val"] == pytest.approx(-0.5)
    assert params.error_text == ""
    assert not min_row.spin.is_marked_refused()


def test_text_that_is_not_a_number_never_reaches_the_state(params, state, qtbot):
    state.set_activation("elu")
    row = params.rows["alpha"]
    row.spin.lineEdit().selectAll()
    qtbot.keyClicks(row.spin.lineEdit(), "abc")
    qtbot.keyClick(row.spin.lineEdit(), Qt.Key.Key_Return)
    assert state.params["alpha"] == 1.0
    row.spin.lineEdit().selectAll()
    qtbot.keyClicks(row.spin.lineEdit(), "99")  # above the maximum of 10: refused, not clamped
    qtbot.keyClick(row.spin.lineEdit(), Qt.Key.Key_Return)
    assert state.params["alpha"] == 1.0
    assert row.spin.value() == 1.0
    assert "99" in params.error_text and "[0, 10]" in params.error_text
    row.spin.lineEdit().selectAll()
    qtbot.keyClicks(row.spin.lineEdit(), "2")
    qtbot.keyClick(row.spin.lineEdit(), Qt.Key.Key_Return)
    assert state.params["alpha"] == 2.0
    assert params.error_text == ""


def test_reset_button_restores_defaults(params, state):
    state.set_activation("softplus")
    state.set_param("beta", 3.0)
    params.reset_button.click()
    assert state.params == ACTIVATIONS["softplus"].defaults()
    assert params.rows["beta"].spin.value() == 1.0


def test_model_to_widget_updates_do_not_echo(params, state):
    state.set_activation("leaky_relu")
    emitted = []
    state.params_changed.connect(emitted.append)
    state.set_param("negative_slope", 0.42)
    assert emitted == [{"negative_slope": 0.42}]
    assert params.rows["negative_slope"].spin.value() == pytest.approx(0.42)


def test_decimals_follow_the_step():
    assert decimals_for(0.01) == 2
    assert decimals_for(0.05) == 2
    assert decimals_for(1.0) == 1
    assert decimals_for(0.1) == 1


# -- range controls -------------------------------------------------------------------


def test_range_controls_bind_both_ways(qtbot, state):
    ranges = RangeControls(state)
    qtbot.addWidget(ranges)
    ranges.show()
    assert (ranges.x_min.value(), ranges.x_max.value()) == DEFAULT_X_RANGE
    ranges.x_max.setValue(10.0)
    assert state.x_range == (-6.0, 10.0)
    state.set_x_range(-1.0, 1.0)
    assert (ranges.x_min.value(), ranges.x_max.value()) == (-1.0, 1.0)
    ranges.samples.setValue(300)
    assert state.samples == 300


def test_inverted_range_is_refused_visibly(qtbot, state):
    ranges = RangeControls(state)
    qtbot.addWidget(ranges)
    ranges.show()
    ranges.x_min.setValue(8.0)  # above x max = 6
    assert state.x_range == DEFAULT_X_RANGE
    assert ranges.x_min.value() == -6.0
    assert ranges.error_text
    ranges.x_min.setValue(-3.0)
    assert state.x_range == (-3.0, 6.0)
    assert ranges.error_text == ""

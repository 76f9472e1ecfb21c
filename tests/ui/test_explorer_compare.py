"""Compare mode: pinned curves overlaid in the colour-blind-safe palette, unpinned one by one."""

from __future__ import annotations

import numpy as np

from actgui.model import sample_curve
from actgui.state.explorer import MAX_PINS
from actgui.ui.theme import DARK, LIGHT, OKABE_ITO


def legend_names(plots):
    return [label.text for _sample, label in plots.f_legend.items]


def visible_pins(plots):
    return [(f, d) for f, d in zip(plots.pin_curves, plots.pin_dcurves, strict=True) if f.isVisible()]


def test_pin_three_curves_then_unpin_one(window, qtbot):
    state, plots, panel = window.state, window.explorer.plots, window.explorer.compare
    state.set_activation("leaky_relu")
    state.set_param("negative_slope", 0.1)
    panel.pin_button.click()
    state.set_activation("elu")
    panel.pin_button.click()
    state.set_activation("tanh")
    panel.pin_button.click()
    state.set_activation("gelu")

    pins = visible_pins(plots)
    assert len(pins) == 3
    expected = [
        ("leaky_relu", {"negative_slope": 0.1}, "leaky_relu(negative_slope=0.1)"),
        ("elu", {"alpha": 1.0}, "elu"),
        ("tanh", {}, "tanh"),
    ]
    for index, ((f_item, df_item), (act_id, params, label)) in enumerate(zip(pins, expected, strict=True)):
        curve = sample_curve(act_id, params, *state.x_range, state.samples)
        np.testing.assert_array_equal(f_item.getOriginalDataset()[1], curve.y)
        np.testing.assert_array_equal(df_item.getOriginalDataset()[1], curve.dy)
        colour = LIGHT.pin_colour(index)
        assert f_item.opts["pen"].color().name().upper() == colour.upper()
        assert df_item.opts["pen"].color().name().upper() == colour.upper()
        assert panel.rows[index].label.text() == label
        assert panel.rows[index].colour == colour
    assert legend_names(plots) == ["gelu"] + [e[2] for e in expected]
    # The live curve is still the selected activation, drawn on top of the pins.
    np.testing.assert_array_equal(
        plots.f_curve.getOriginalDataset()[1], sample_curve("gelu", {}, *state.x_range, state.samples).y
    )

    # Unpin the middle one: the others keep their curves, and colours follow pin order.
    panel.rows[1].unpin_button.click()
    assert [p.activation_id for p in state.pins] == ["leaky_relu", "tanh"]
    pins = visible_pins(plots)
    assert len(pins) == 2
    assert legend_names(plots) == ["gelu", "leaky_relu(negative_slope=0.1)", "tanh"]
    tanh_x, tanh_y = pins[1][0].getOriginalDataset()
    np.testing.assert_array_equal(tanh_y, np.tanh(tanh_x))
    assert pins[1][0].opts["pen"].color().name().upper() == LIGHT.pin_colour(1).upper()
    assert len(panel.rows) == 2

    panel.clear_button.click()
    assert state.pins == ()
    assert visible_pins(plots) == []
    assert legend_names(plots) == ["gelu"]
    assert not panel.clear_button.isEnabled()


def test_pin_button_is_disabled_for_an_existing_pin_and_at_the_limit(window):
    state, panel = window.state, window.explorer.compare
    panel.pin_button.click()
    assert not panel.pin_button.isEnabled()  # sigmoid is pinned already
    state.set_activation("relu")
    assert panel.pin_button.isEnabled()
    ids = ["relu", "tanh", "leaky_relu", "elu", "gelu", "silu"]
    for act_id in ids:
        state.set_activation(act_id)
        state.pin_current()
    assert len(state.pins) == MAX_PINS
    state.set_activation("mish")
    assert not panel.pin_button.isEnabled()
    assert len(visible_pins(window.explorer.plots)) == MAX_PINS


def test_palette_is_okabe_ito_and_distinct():
    for theme in (LIGHT, DARK):
        assert len(set(theme.pins)) == len(theme.pins) >= MAX_PINS
        assert theme.curve not in theme.pins and theme.derivative not in theme.pins
    okabe = {c.upper() for c in OKABE_ITO.values()}
    assert sum(c.upper() in okabe for c in LIGHT.pins) >= 5


def test_pins_follow_the_theme(window):
    window.state.pin_current()
    window.view_settings.set_theme("dark")
    item = window.explorer.plots.pin_curves[0]
    assert item.opts["pen"].color().name().upper() == DARK.pin_colour(0).upper()
    assert window.explorer.compare.rows[0].colour == DARK.pin_colour(0)


def test_pinned_vector_activation_is_drawn_as_its_curve(window):
    state = window.state
    state.set_activation("softmax")
    state.pin_current()
    state.set_activation("relu")
    f_item, _df_item = visible_pins(window.explorer.plots)[0]
    curve = sample_curve("softmax", {"temperature": 1.0}, *state.x_range, state.samples)
    np.testing.assert_array_equal(f_item.getOriginalDataset()[1], curve.y)

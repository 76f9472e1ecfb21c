"""LayerState: recomputation through DenseLayer.forward, validation, signals."""

from __future__ import annotations

import numpy as np
import pytest

from actgui.model import DenseLayer, get_activation, random_input
from actgui.state.explorer import ExplorerState
from actgui.state.layer import LayerState
from actgui.state.layer_values import DEFAULT_INIT_RANGE, SCALE_MAX, SCALE_MIN, VALUE_LIMIT


def snapshot(state: LayerState) -> tuple:
    fp = state.forward
    return (
        fp.x.tobytes(),
        fp.weights.tobytes(),
        fp.bias.tobytes(),
        fp.output.tobytes(),
        fp.activation,
        tuple(sorted(fp.params.items())),
        state.scale,
        state.seed,
        state.init_range,
        state.decimals,
        state.selected,
        state.follow_explorer,
    )


def expected(state: LayerState) -> np.ndarray:
    layer = DenseLayer(state.base_weights * state.scale, state.bias)
    return layer.forward(state.x, state.activation_id, **state.params).output


def test_defaults_are_the_seed_example():
    state = LayerState()
    fp = state.forward
    assert fp.x.shape == (1, 10) and fp.weights.shape == (10, 5) and fp.bias.shape == (5,)
    assert fp.activation == "sigmoid"
    assert np.all((fp.x >= 0) & (fp.x < 1))
    low, high = DEFAULT_INIT_RANGE
    assert np.all((fp.weights >= low) & (fp.weights < high))
    assert np.all(fp.bias == 0.0)
    np.testing.assert_array_equal(fp.x, random_input(10, seed=0))
    np.testing.assert_array_equal(fp.weights, DenseLayer.random(10, 5, low, high, seed=0).weights)
    np.testing.assert_array_equal(fp.output, expected(state))


def test_seed_example_matches_an_independent_float32_computation():
    state = LayerState()
    x32 = state.x.astype(np.float32)
    w32 = state.weights.astype(np.float32)
    b32 = state.bias.astype(np.float32)
    h32 = x32 @ w32 + b32
    y32 = (np.float32(1.0) / (np.float32(1.0) + np.exp(-h32))).astype(np.float32)
    assert y32.dtype == np.float32
    np.testing.assert_allclose(state.forward.output, y32, rtol=float(np.finfo(np.float32).eps) * 4, atol=0)


def test_every_edit_recomputes_through_dense_layer():
    state = LayerState()
    seen = []
    state.forward_changed.connect(seen.append)
    edits = [
        lambda: state.set_x_value(3, 0.75),
        lambda: state.set_weight(2, 4, -0.5),
        lambda: state.set_bias_value(1, 0.25),
        lambda: state.set_seed(7),
        lambda: state.set_init_range(-0.5, 0.6),
        lambda: state.set_scale(3.0),
        lambda: state.new_random_x(),
        lambda: state.new_random_weights(),
        lambda: state.reset_bias(),
        lambda: state.set_activation("tanh"),
        lambda: state.set_activation("softmax", {"temperature": 2.0}),
        lambda: state.set_param("temperature", 0.5),
    ]
    for n, edit in enumerate(edits, start=1):
        before = (state.forward.pre_activation.copy(), state.forward.output.copy())
        edit()
        assert len(seen) == n
        assert seen[-1] is state.forward
        np.testing.assert_array_equal(state.forward.output, expected(state))
        after = (state.forward.pre_activation, state.forward.output)
        assert not np.array_equal(before[0], after[0]) or not np.array_equal(before[1], after[1])


def test_cell_setters_store_the_values():
    state = LayerState()
    state.set_x_value(0, 0.5)
    state.set_weight(9, 4, 0.125)
    state.set_bias_value(4, -1.5)
    assert state.x[0, 0] == 0.5
    assert state.weights[9, 4] == 0.125
    assert state.bias[4] == -1.5
    h = state.forward.pre_activation
    np.testing.assert_allclose(h, state.x @ state.weights + state.bias, rtol=0, atol=1e-15)


def test_weight_edit_under_scale_stores_value_over_k():
    state = LayerState()
    state.set_scale(4.0)
    state.set_weight(1, 1, 2.0)
    assert state.base_weights[1, 1] == 0.5
    assert state.weights[1, 1] == 2.0


def test_scale_multiplies_weights_and_saturates_the_sigmoid():
    state = LayerState()
    base = state.weights
    state.set_scale(SCALE_MAX)
    np.testing.assert_array_equal(state.weights, base * SCALE_MAX)
    assert np.max(np.abs(state.forward.output - 0.5)) > 0.49
    assert np.min(state.gradient) < 1e-3
    state.set_scale(SCALE_MIN)
    assert np.max(np.abs(state.forward.output - 0.5)) < 0.01


def test_same_seed_same_weights_and_range_redraws():
    state = LayerState()
    state.set_seed(42)
    w42 = state.weights
    state.set_seed(3)
    state.set_seed(42)
    np.testing.assert_array_equal(state.weights, w42)
    state.set_init_range(-2.0, -1.0)
    assert np.all((state.weights >= -2.0) & (state.weights < -1.0))
    np.testing.assert_array_equal(state.weights, DenseLayer.random(10, 5, -2.0, -1.0, seed=42).weights)
    state.new_random_weights()
    assert state.seed == 43


@pytest.mark.parametrize(
    ("call", "args"),
    [
        ("set_x_value", (0, float("nan"))),
        ("set_x_value", (10, 0.5)),
        ("set_x_value", (-1, 0.5)),
        ("set_x_value", (0, "0.5")),
        ("set_x_value", (0, True)),
        ("set_weight", (0, 5, 0.1)),
        ("set_weight", (0, 0, float("inf"))),
        ("set_weight", (0, 0, VALUE_LIMIT * 2)),
        ("set_bias_value", (5, 0.0)),
        ("set_bias_value", (0, None)),
        ("set_scale", (0.05,)),
        ("set_scale", (101.0,)),
        ("set_scale", (float("nan"),)),
        ("set_seed", (-1,)),
        ("set_seed", (2**31,)),
        ("set_seed", (1.5,)),
        ("set_init_range", (0.1, -0.1)),
        ("set_init_range", (0.1, 0.1)),
        ("set_init_range", (-1000.0, 0.0)),
        ("set_init_range", (float("nan"), 1.0)),
        ("set_decimals", (11,)),
        ("set_decimals", (-1,)),
        ("set_selected", (5,)),
        ("set_activation", ("nope",)),
        ("set_activation", ("softmax", {"temperature": 0.0})),
        ("set_param", ("alpha", 1.0)),
        ("set_x", ([0.5] * 9,)),
        ("set_x", ([[0.5] * 10, [0.5] * 10],)),
        ("set_layer", (np.zeros((1, 3)), np.zeros((3, 2)), np.zeros(3))),
        ("set_layer", (np.zeros((1, 3)), np.zeros((3, 65)), np.zeros(65))),
        ("set_layer", (np.zeros((1, 3)), np.full((3, 2), np.nan), np.zeros(2))),
        ("set_layer", (np.zeros((1, 3)), np.zeros((3, 2)), np.zeros(2), "relu", {"alpha": 1})),
    ],
)
def test_invalid_input_raises_and_changes_nothing(call, args):
    state = LayerState(ExplorerState())
    before = snapshot(state)
    emitted = []
    state.forward_changed.connect(emitted.append)
    with pytest.raises(ValueError):
        getattr(state, call)(*args)
    assert snapshot(state) == before
    assert emitted == []


def test_no_emission_without_change():
    state = LayerState()
    emitted = []
    state.forward_changed.connect(emitted.append)
    state.set_scale(1.0)
    state.set_x_value(0, float(state.x[0, 0]))
    state.reset_bias()
    state.set_seed(state.seed)
    state.set_init_range(*state.init_range)
    assert emitted == []


def test_own_sigmoid_when_not_following():
    app = ExplorerState()
    app.set_activation("relu")
    state = LayerState(app, follow_explorer=False)
    assert not state.follow_explorer and state.forward.activation == "sigmoid"
    app.set_activation("tanh")
    assert state.forward.activation == "sigmoid"
    assert LayerState().forward.activation == "sigmoid"


def test_follows_the_explorer_until_told_otherwise():
    app = ExplorerState()
    state = LayerState(app)
    assert state.follow_explorer and state.activation_id == "sigmoid"
    app.set_activation("relu")
    assert state.forward.activation == "relu"
    app.set_activation("leaky_relu")
    app.set_param("negative_slope", 0.2)
    assert state.forward.params == {"negative_slope": 0.2}
    np.testing.assert_array_equal(state.forward.output, expected(state))
    state.set_activation("tanh")
    assert not state.follow_explorer
    app.set_activation("relu")
    assert state.forward.activation == "tanh"
    state.set_follow_explorer(True)
    assert state.forward.activation == "relu"
    with pytest.raises(ValueError):
        LayerState().set_follow_explorer(True)


def test_softmax_across_the_outputs():
    state = LayerState()
    state.set_activation("softmax")
    assert state.forward.output.sum() == pytest.approx(1.0, abs=1e-15)
    grid, values = state.neuron_curve(2)
    j_at = np.argmin(np.abs(grid - state.forward.pre_activation[0, 2]))
    assert values[j_at] == pytest.approx(state.forward.output[0, 2], abs=0.02)


def test_explain_gives_the_contributions_that_sum_to_h():
    state = LayerState()
    state.set_bias_value(2, 0.3)
    ex = state.explain(2)
    np.testing.assert_array_equal(ex.contributions, state.x[0] * state.weights[:, 2])
    assert ex.contributions.sum() + ex.bias == pytest.approx(ex.pre_activation, abs=1e-15)
    np.testing.assert_array_equal(ex.steps, [*ex.contributions, 0.3])
    assert ex.running_sums[-1] == pytest.approx(ex.pre_activation, abs=1e-15)
    act = get_activation("sigmoid")
    assert ex.output == float(act(ex.pre_activation))
    assert ex.gradient == pytest.approx(ex.output * (1 - ex.output), rel=1e-12)


def test_set_layer_changes_shape_and_resets_scale():
    state = LayerState()
    state.set_scale(10.0)
    state.set_selected(4)
    shapes = []
    state.shape_changed.connect(lambda a, b: shapes.append((a, b)))
    state.set_layer([1.0, 2.0, 3.0], np.ones((3, 2)), [0.5, -0.5], "relu", {})
    assert shapes == [(3, 2)]
    assert state.scale == 1.0 and state.selected == 0
    np.testing.assert_array_equal(state.forward.output, [[6.5, 5.5]])
    assert state.n_in == 3 and state.n_out == 2


def test_reference_ranges():
    state = LayerState()
    bounds, peak = state.reference_ranges()
    assert bounds == pytest.approx((0.0, 1.0), abs=0.01)
    assert peak == pytest.approx(0.25)
    state.set_activation("relu")
    assert state.reference_ranges() == (None, 1.0)

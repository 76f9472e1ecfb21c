"""What an animated figure can sweep, and the checks of a sweep (no Qt)."""

from __future__ import annotations

import pytest

from actgui.export.sweep import (
    _PROVIDERS,
    SweepError,
    SweepTarget,
    check_timing,
    parse_sweep_text,
    plan_sweep,
    register_provider,
    session_for,
    sweep_targets,
    training_epochs,
)
from actgui.state.session import Session


def test_targets_by_view():
    assert set(sweep_targets("curve", "leaky_relu", (-6, 6))) == {"negative_slope", "xmin", "xmax"}
    assert set(sweep_targets("softmax", "sigmoid", (-6, 6))) == {"temperature"}  # the view shows softmax
    assert set(sweep_targets("forward", "elu", (-6, 6))) == {"alpha", "weight_scale"}
    assert set(sweep_targets("playground", "elu", (-6, 6))) == set()
    assert set(sweep_targets("compare", "hardtanh", (-6, 6))) == {"min_val", "max_val", "xmin", "xmax"}
    assert set(sweep_targets("depth", "elu", (-6, 6))) == {"depth", "weight_std", "bias_std", "alpha"}


def test_temperature_and_weight_scale_step_logarithmically():
    assert sweep_targets("softmax", "softmax", (-6, 6))["temperature"].log
    assert sweep_targets("forward", "relu", (-6, 6))["weight_scale"].log
    assert not sweep_targets("curve", "leaky_relu", (-6, 6))["negative_slope"].log


def test_the_x_range_ends_keep_the_other_end_fixed():
    session = Session()
    targets = sweep_targets("curve", "sigmoid", (-6.0, 6.0))
    assert targets["xmin"].high < 6.0 and targets["xmax"].low > -6.0
    targets["xmin"].apply(session, -12.0)
    assert session.explorer.x_range == (-12.0, 6.0)
    targets["xmax"].apply(session, 20.0)
    assert session.explorer.x_range == (-6.0, 20.0)


def test_a_plan_has_the_frames_values_in_order():
    session = session_for("softmax", "softmax", {}, None)
    sweep = plan_sweep(session, "softmax", "temperature", 0.1, 10.0, frames=3, fps=10, bounce=True)
    assert sweep.values == pytest.approx([0.1, 1.0, 10.0])
    assert sweep.values[0] == 0.1 and sweep.values[-1] == 10.0
    assert sweep.order == [0, 1, 2, 1, 0]


REFUSED = [
    ("curve", "leaky_relu", "alpha", 0.0, 1.0, {}, "nothing called 'alpha'.*negative_slope, xmin, xmax"),
    ("curve", "leaky_relu", "negative_slope", 0.0, 2.0, {}, "within 0 to 1, got 2"),
    ("curve", "leaky_relu", "negative_slope", -0.5, 1.0, {}, "within 0 to 1, got -0.5"),
    ("curve", "leaky_relu", "negative_slope", 0.5, 0.5, {}, "equal"),
    ("forward", "relu", "weight_scale", 0.01, 5.0, {}, "within 0.1 to 100"),
    ("curve", "sigmoid", "xmin", -10.0, 6.0, {}, "within"),
    ("curve", "sigmoid", "weight_scale", 1.0, 2.0, {}, "nothing called 'weight_scale'"),
    # Hardtanh's min_val would pass max_val (1) halfway: refused before anything is drawn.
    ("curve", "hardtanh", "min_val", -2.0, 2.0, {}, "at 1.07692.*min_val < max_val"),
    ("curve", "sigmoid", "xmin", -10.0, -3.0, {"frames": 601}, "--frames must be between 2 and 600"),
    ("curve", "sigmoid", "xmin", -10.0, -3.0, {"frames": 1}, "--frames must be between 2 and 600"),
    ("curve", "sigmoid", "xmin", -10.0, -3.0, {"fps": 0}, "--fps must be between 1 and 60"),
    ("curve", "sigmoid", "xmin", -10.0, -3.0, {"fps": 61}, "--fps must be between 1 and 60"),
]


@pytest.mark.parametrize(("view", "activation", "name", "start", "stop", "timing", "message"), REFUSED)
def test_refused_sweeps(view, activation, name, start, stop, timing, message):
    session = session_for(view, activation, {}, None)
    with pytest.raises(SweepError, match=message):
        plan_sweep(session, view, name, start, stop, **timing)


def test_timing_limits_are_inclusive():
    check_timing(2, 1)
    check_timing(600, 60)


def test_sweep_text():
    assert parse_sweep_text("negative_slope=0:1") == ("negative_slope", 0.0, 1.0)
    assert parse_sweep_text(" xmin = -12 : -6 ") == ("xmin", -12.0, -6.0)
    for bad in ("negative_slope", "negative_slope=0", "=0:1", "t=a:b"):
        with pytest.raises(SweepError):
            parse_sweep_text(bad)


def test_training_marks_start_at_epoch_0_and_end_at_the_last():
    assert training_epochs(100, 5) == [0, 25, 50, 75, 100]
    assert training_epochs(3, 40) == [0, 1, 2, 3]  # one frame per epoch at most
    with pytest.raises(SweepError, match="--train-epochs"):
        training_epochs(0, 40)


def test_a_later_page_registers_its_own_targets():
    def lab_targets(context):
        if context.view == "depth":
            yield SweepTarget("layers_shown", 1, 50, lambda session, value: None, integer=True)

    register_provider(lab_targets)
    try:
        targets = sweep_targets("depth", "tanh", (-6, 6))
        assert "layers_shown" in targets and "xmin" not in targets
        assert "layers_shown" not in sweep_targets("curve", "tanh", (-6, 6))
        session = session_for("depth", "tanh", {}, None)
        sweep = plan_sweep(session, "depth", "layers_shown", 1, 50, frames=4)
        assert sweep.values == [1.0, 17.0, 34.0, 50.0]  # whole numbers
    finally:
        _PROVIDERS.remove(lab_targets)

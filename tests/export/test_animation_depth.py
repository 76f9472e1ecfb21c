"""Sweeps of the depth lab (``--view depth``): depth, weight_std, bias_std and its activation's parameters."""

from __future__ import annotations

import io
import itertools

import numpy as np
import pytest
from PIL import Image

from actgui.export.animation import record_sweep, record_sweep_frames
from actgui.export.headless import ExportRequest, render_request
from actgui.export.sweep import SweepError, plan_sweep, session_for, sweep_targets
from tests.export.test_animation import _assert_matches, _frames
from tests.export.test_command import run_cli

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SIZE = (640, 420)


def _request(activation="tanh"):
    return ExportRequest(view="depth", activation=activation, size=SIZE)


def _plan(request, name, start, stop, **kw):
    session = session_for(request.view, request.activation, dict(request.params), request.x_range)
    return plan_sweep(session, request.view, name, start, stop, **kw)


def _static(request, **settings):
    """The static export of the depth view with the lab set to ``settings``."""
    session = session_for(request.view, request.activation, dict(request.params), request.x_range)
    lab = session.depth
    for name, value in settings.items():
        if name == "depth":
            lab.set_sizes(depth=value)
        elif name == "weight_std":
            lab.set_weight_std(value)
        elif name == "bias_std":
            lab.set_bias_std(value)
        else:
            lab.set_param(name, value)
    data = render_request(request, "png", session)
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def test_the_depth_view_sweeps_the_labs_settings_and_its_own_activation():
    targets = sweep_targets("depth", "leaky_relu", (-6, 6))
    assert set(targets) == {"depth", "weight_std", "bias_std", "negative_slope"}
    assert (targets["depth"].low, targets["depth"].high, targets["depth"].integer) == (1, 200, True)
    assert (targets["weight_std"].low, targets["weight_std"].high) == (0, 4)
    assert (targets["bias_std"].low, targets["bias_std"].high) == (0, 2)
    assert targets["weight_std"].proposed_range == (0.5, 2.5)
    assert "depth" not in sweep_targets("curve", "tanh", (-6, 6))
    session = session_for("depth", "leaky_relu", {}, None)
    targets["negative_slope"].apply(session, 0.3)
    targets["depth"].apply(session, 7.0)
    targets["weight_std"].apply(session, 1.5)
    targets["bias_std"].apply(session, 0.25)
    lab = session.depth
    assert (lab.params["negative_slope"], lab.depth, lab.weight_std, lab.bias_std) == (0.3, 7, 1.5, 0.25)
    assert session.explorer.params["negative_slope"] != 0.3  # the explorer's curve is not the lab's
    assert lab.seed == 0


def test_a_depth_sweep_steps_in_whole_layers():
    sweep = _plan(_request(), "depth", 1, 100, frames=20)
    assert sweep.values[0] == 1 and sweep.values[-1] == 100
    assert all(v == int(v) for v in sweep.values) and sweep.values == sorted(set(sweep.values))


@pytest.mark.parametrize(
    ("name", "start", "stop", "message"),
    [
        ("depth", 0, 100, "depth must stay within 1 to 200, got 0"),
        ("depth", 1, 201, "depth must stay within 1 to 200, got 201"),
        ("weight_std", 0.5, 4.5, "weight_std must stay within 0 to 4, got 4.5"),
        ("weight_std", -0.1, 2, "weight_std must stay within 0 to 4, got -0.1"),
        ("bias_std", 0, 2.5, "bias_std must stay within 0 to 2, got 2.5"),
        (
            "xmin",
            -8,
            -6,
            "depth has nothing called 'xmin' to sweep; it can sweep: depth, weight_std, bias_std",
        ),
    ],
)
def test_refused_depth_sweeps(name, start, stop, message):
    with pytest.raises(SweepError) as refused:
        _plan(_request(), name, start, stop)
    assert message in str(refused.value)


def test_a_depth_sweep_reads_back_with_the_static_exports_at_its_ends(qapp):
    request = _request("sigmoid")
    sweep = _plan(request, "depth", 1, 60, frames=4, fps=10)
    assert sweep.values == [1.0, 21.0, 40.0, 60.0]
    frames, times, fmt = _frames(record_sweep(request, sweep, "gif"))
    assert fmt == "GIF" and len(frames) == 4 and times[:3] == [100] * 3
    for before, after in itertools.pairwise(frames):
        assert np.abs(before - after).max(axis=-1).mean() > 1.0  # every frame shows another depth
    _assert_matches(frames[0], _static(request, depth=1), lossless=False)
    _assert_matches(frames[-1], _static(request, depth=60), lossless=False)


@pytest.mark.parametrize(("name", "start", "stop"), [("weight_std", 0.5, 2.5), ("bias_std", 0.0, 1.0)])
def test_a_spread_sweep_matches_the_static_exports_exactly(qapp, name, start, stop):
    request = _request("tanh")
    sweep = _plan(request, name, start, stop, frames=3, fps=20)
    frames, _, _ = _frames(record_sweep(request, sweep, "apng"))
    assert len(frames) == 3
    for before, after in itertools.pairwise(frames):
        assert np.abs(before - after).max() > 0
    _assert_matches(frames[0], _static(request, **{name: start}), lossless=True)
    _assert_matches(frames[-1], _static(request, **{name: stop}), lossless=True)


def test_the_labs_activation_parameter_moves_its_figure(qapp):
    request = _request("leaky_relu")
    sweep = _plan(request, "negative_slope", 0.0, 1.0, frames=2)
    first, last = (np.asarray(f, dtype=np.int16) for f in record_sweep_frames(request, sweep))
    assert np.abs(first - last).max() > 0
    _assert_matches(last, _static(request, negative_slope=1.0), lossless=True)


def test_frames_are_deterministic_the_network_is_drawn_once(qapp):
    request = _request("relu")
    sweep = _plan(request, "weight_std", 1.0, 2.0, frames=2)
    once = [np.asarray(f) for f in record_sweep_frames(request, sweep)]
    again = [np.asarray(f) for f in record_sweep_frames(request, sweep)]
    assert all(np.array_equal(a, b) for a, b in zip(once, again, strict=True))


def test_the_command_line_records_a_depth_sweep(tmp_path, capsys):
    out = tmp_path / "d.gif"
    args = ["export", "--view", "depth", "--activation", "tanh", "--size", "480x320"]
    status, stdout, err = run_cli(
        [*args, "--sweep", "depth=1:100", "--frames", "3", "--out", str(out)], capsys
    )
    assert status == 0, err
    assert "3 frames" in stdout
    with Image.open(out) as image:
        assert image.n_frames == 3 and image.size == (480, 320)


@pytest.mark.parametrize(
    ("sweep", "message"),
    [
        ("depth=1:300", "depth must stay within 1 to 200, got 300"),
        ("weight_std=0.5:5", "weight_std must stay within 0 to 4, got 5"),
        ("bias_std=-1:1", "bias_std must stay within 0 to 2, got -1"),
    ],
)
def test_command_line_refusals_exit_2_with_one_line_and_write_nothing(sweep, message, tmp_path, capsys):
    out = tmp_path / "d.gif"
    status, stdout, err = run_cli(["export", "--view", "depth", "--sweep", sweep, "--out", str(out)], capsys)
    assert status == 2 and message in err
    assert err.count("\n") == 1 and stdout == ""
    assert list(tmp_path.iterdir()) == []

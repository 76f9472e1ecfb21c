"""Animated figures read back with Pillow: frames, durations, and the static exports at the ends."""

from __future__ import annotations

import io
import itertools

import numpy as np
import pytest
from PIL import Image, ImageSequence

from actgui.export.animation import Cancelled, record_sweep, record_training, write_recording
from actgui.export.encode import HOLD_MS, encode, video_available
from actgui.export.headless import ExportRequest, render_request
from actgui.export.sweep import plan_sweep, session_for
from actgui.files.atomic import ExportError
from actgui.state.playground import PlaygroundState
from actgui.state.session import Session

SIZE = (400, 300)
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _request(view="curve", activation="leaky_relu", **kw):
    return ExportRequest(view=view, activation=activation, size=SIZE, **kw)


def _plan(request, name, start, stop, **kw):
    session = session_for(request.view, request.activation, dict(request.params), request.x_range)
    return plan_sweep(session, request.view, name, start, stop, **kw)


def _frames(data):
    frames, times = [], []
    with Image.open(io.BytesIO(data)) as image:
        for frame in ImageSequence.Iterator(image):
            frames.append(np.asarray(frame.convert("RGB"), dtype=np.int16))
            times.append(frame.info.get("duration"))  # a WebP frame knows it once loaded
        return frames, times, image.format


def _static(request, params):
    data = render_request(ExportRequest(**{**vars(request), "params": params}), "png")
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def _assert_matches(frame, static, lossless):
    assert frame.shape == static.shape
    difference = np.abs(frame - static).max(axis=-1)
    if lossless:
        assert difference.max() == 0
    else:  # the GIF palette: antialiased edge pixels move to the nearest of 256 colours
        assert np.mean(difference > 48) < 0.002
        assert difference.mean() < 2.0


@pytest.mark.parametrize("fmt", ["gif", "apng", "webp"])
def test_a_sweep_reads_back_with_its_frames_durations_and_static_ends(qapp, fmt):
    request = _request()
    sweep = _plan(request, "negative_slope", 0.0, 1.0, frames=6, fps=10)
    data = record_sweep(request, sweep, fmt)
    frames, times, _ = _frames(data)
    assert len(frames) == 6
    assert times == [100] * 5 + [HOLD_MS]  # 10 fps, the last frame held
    for before, after in itertools.pairwise(frames):
        assert np.abs(before - after).max() > 0  # every frame shows a new slope
    _assert_matches(frames[0], _static(request, {"negative_slope": 0.0}), lossless=fmt != "gif")
    _assert_matches(frames[-1], _static(request, {"negative_slope": 1.0}), lossless=fmt != "gif")


def test_a_logarithmic_temperature_sweep_matches_the_static_softmax_view_at_both_ends(qapp):
    request = ExportRequest(view="softmax", activation="softmax", size=(500, 360))
    sweep = _plan(request, "temperature", 0.1, 10.0, frames=5, fps=20, bounce=True)
    assert sweep.values[2] == pytest.approx(1.0)  # the middle of 0.1 to 10 in equal ratios
    frames, times, fmt = _frames(record_sweep(request, sweep, "webp"))
    assert fmt == "WEBP"
    assert len(frames) == 9  # 0 1 2 3 4 3 2 1 0
    assert times == [50] * 8 + [HOLD_MS]
    assert np.array_equal(frames[1], frames[7]) and np.array_equal(frames[0], frames[8])
    # The typeset formulas land a fraction of a pixel apart in a fresh layout:
    # their antialiased edges differ slightly, every number and bar is the same.
    for frame, temperature in ((frames[0], 0.1), (frames[4], 10.0)):
        difference = np.abs(frame - _static(request, {"temperature": temperature})).max(axis=-1)
        assert np.mean(difference > 0) < 0.02 and difference.mean() < 1.0
    assert np.abs(frames[0] - frames[4]).max(axis=-1).mean() > 5 * 1.0  # while the two ends differ a lot


def test_an_x_range_sweep_matches_the_static_export_with_that_range(qapp):
    request = _request(activation="tanh")
    sweep = _plan(request, "xmax", 6.0, 12.0, frames=3, fps=20)
    frames, _, _ = _frames(record_sweep(request, sweep, "apng"))
    data = render_request(_request(activation="tanh", x_range=(-6.0, 12.0)), "png")
    static = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.int16)
    _assert_matches(frames[-1], static, lossless=True)


def test_a_weight_scale_sweep_of_the_forward_panel_matches_its_static_export(qapp):
    request = ExportRequest(view="forward", activation="sigmoid", size=(900, 560))
    sweep = _plan(request, "weight_scale", 1.0, 20.0, frames=3, fps=20)
    assert sweep.values[1] == pytest.approx(np.sqrt(20.0))  # logarithmic
    frames, _, _ = _frames(record_sweep(request, sweep, "apng"))
    assert np.abs(frames[0] - frames[-1]).max() > 0
    session = Session()
    session.layer.set_scale(20.0)
    static = np.asarray(Image.open(io.BytesIO(render_request(request, "png", session))).convert("RGB"))
    _assert_matches(frames[-1], static.astype(np.int16), lossless=True)


def test_the_gif_palette_keeps_the_curve_colour_clean(qapp):
    request = _request()
    sweep = _plan(request, "negative_slope", 0.0, 1.0, frames=3, fps=20)
    frames, _, _ = _frames(record_sweep(request, sweep, "gif"))
    static = _static(request, {"negative_slope": 1.0})
    colours = {tuple(c) for c in static.reshape(-1, 3)}
    # Every solid colour of the figure is kept exactly: the curve is not dithered into speckles.
    curve = (0, 114, 178)  # Okabe-Ito blue, the first curve
    assert curve in colours
    assert np.all(frames[-1] == curve, axis=-1).sum() >= 0.9 * np.all(static == curve, axis=-1).sum()


@pytest.mark.skipif(not video_available(), reason="PyAV (the video extra) is not installed")
def test_an_mp4_has_the_frames_and_the_held_end(qapp):
    import av

    request = _request()
    sweep = _plan(request, "negative_slope", 0.0, 1.0, frames=6, fps=10)
    data = record_sweep(request, sweep, "mp4")
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        assert stream.average_rate == 10
        frames = [frame.to_ndarray(format="rgb24").astype(np.int16) for frame in container.decode(stream)]
    assert len(frames) == 6 + 9  # the last frame repeated for one second at 10 fps
    assert frames[0].shape == (300, 400, 3)
    static = _static(request, {"negative_slope": 0.0})
    assert np.abs(frames[0] - static).mean() < 3.0  # H.264 is lossy, but close
    assert np.abs(frames[0] - frames[5]).mean() > np.abs(frames[0] - static).mean()


def test_mp4_without_pyav_is_refused_naming_the_extra(monkeypatch):
    monkeypatch.setattr("actgui.export.encode.video_available", lambda: False)
    with pytest.raises(ExportError, match=r'pip install "actgui\[video\]"'):
        encode([Image.new("RGB", (4, 4))], [0], 20, "mp4")


def test_a_cancelled_recording_raises_and_writes_nothing(qapp, tmp_path):
    request = _request()
    sweep = _plan(request, "negative_slope", 0.0, 1.0, frames=10, fps=20)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 3

    target = tmp_path / "leaky.gif"
    with pytest.raises(Cancelled):
        write_recording(target, record_sweep(request, sweep, "gif", progress=progress))
    assert seen == [(1, 10), (2, 10), (3, 10)]
    assert list(tmp_path.iterdir()) == []


def test_a_training_recording_shows_the_epochs_moving(qapp):
    state = PlaygroundState()
    data = record_training(state, 40, "apng", frames=5, fps=5, size=(640, 360))
    frames, times, _ = _frames(data)
    assert len(frames) == 5 and times == [200] * 4 + [HOLD_MS]
    assert state.epoch == 40
    for before, after in itertools.pairwise(frames):
        assert np.abs(before - after).max() > 0
    assert frames[0].shape == (360, 640, 3)

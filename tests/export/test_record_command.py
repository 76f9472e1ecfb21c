"""``actgui export --sweep`` / ``--train-epochs`` on the command line: files written, refusals."""

from __future__ import annotations

import pytest
from PIL import Image

from tests.export.test_command import run_cli

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LEAKY = ["export", "--view", "curve", "--activation", "leaky_relu"]

REFUSED = [
    (["--sweep", "alpha=0:1"], "nothing called 'alpha' to sweep; it can sweep: negative_slope, xmin, xmax"),
    (["--sweep", "negative_slope=0:1.5"], "negative_slope must stay within 0 to 1, got 1.5"),
    (["--sweep", "negative_slope=-1:1"], "within 0 to 1, got -1"),
    (["--sweep", "negative_slope=0"], "NAME=FROM:TO"),
    (["--sweep", "negative_slope=0:1", "--frames", "1"], "--frames must be between 2 and 600, got 1"),
    (["--sweep", "negative_slope=0:1", "--frames", "601"], "--frames must be between 2 and 600, got 601"),
    (["--sweep", "negative_slope=0:1", "--fps", "0"], "--fps must be between 1 and 60, got 0"),
    (["--sweep", "negative_slope=0:1", "--fps", "61"], "--fps must be between 1 and 60, got 61"),
    (["--sweep", "negative_slope=0:1", "--train-epochs", "5"], "give one of them"),
    (["--train-epochs", "5"], "use --view playground, not curve"),
    (["--frames", "10"], "needs --sweep"),
    (["--bounce"], "needs --sweep"),
]


@pytest.mark.parametrize(("extra", "message"), REFUSED)
def test_refusals_exit_2_with_one_line_and_write_nothing(extra, message, tmp_path, capsys):
    out = tmp_path / "x.gif"
    status, stdout, err = run_cli([*LEAKY, *extra, "--out", str(out)], capsys)
    assert status == 2
    assert message in err
    assert err.count("\n") == 1 and stdout == ""
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("x.avi", "use a .gif, .apng, .webp or .mp4 file name, not .avi"),
        ("x.png", "not .png (an animated PNG is .apng)"),
        ("x", "not no extension"),
    ],
)
def test_an_unknown_extension_is_refused(name, message, tmp_path, capsys):
    status, _, err = run_cli([*LEAKY, "--sweep", "negative_slope=0:1", "--out", str(tmp_path / name)], capsys)
    assert status == 2 and message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_gif_without_a_sweep_is_refused(tmp_path, capsys):
    status, _, err = run_cli([*LEAKY, "--out", str(tmp_path / "x.gif")], capsys)
    assert status == 2 and "--sweep NAME=FROM:TO" in err


def test_the_playground_needs_train_epochs(tmp_path, capsys):
    status, _, err = run_cli(["export", "--view", "playground", "--out", str(tmp_path / "x.gif")], capsys)
    assert status == 2 and "--train-epochs" in err
    status, _, err = run_cli(
        ["export", "--view", "playground", "--train-epochs", "0", "--out", str(tmp_path / "x.gif")], capsys
    )
    assert status == 2 and "--train-epochs must be between 1 and 20000, got 0" in err
    assert list(tmp_path.iterdir()) == []


def test_mp4_without_pyav_is_refused_naming_the_extra(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("actgui.export.encode.video_available", lambda: False)
    out = tmp_path / "x.mp4"
    status, _, err = run_cli([*LEAKY, "--sweep", "negative_slope=0:1", "--out", str(out)], capsys)
    assert status == 2
    assert err.strip().endswith('MP4 needs PyAV, which is not installed: pip install "actgui[video]"')
    assert err.count("\n") == 1 and not out.exists()


def test_a_refused_sweep_leaves_an_existing_file_alone(tmp_path, capsys):
    out = tmp_path / "x.gif"
    out.write_bytes(b"old")
    status, _, _ = run_cli([*LEAKY, "--sweep", "negative_slope=0:9", "--out", str(out)], capsys)
    assert status == 2 and out.read_bytes() == b"old"


def test_a_bounced_gif_from_the_command_line(qapp, tmp_path, capsys):
    out = tmp_path / "leaky.gif"
    status, stdout, err = run_cli(
        [
            *LEAKY,
            "--sweep",
            "negative_slope=0:1",
            "--frames",
            "5",
            "--fps",
            "25",
            "--bounce",
            "--size",
            "320x240",
            "--out",
            str(out),
        ],
        capsys,
    )
    assert status == 0, err
    assert "GIF 320x240, 9 frames at 25 fps" in stdout
    with Image.open(out) as image:
        assert image.n_frames == 9 and image.size == (320, 240)
        assert image.info["loop"] == 0
        image.seek(1)
        assert image.info["duration"] == 40
    assert [p.name for p in tmp_path.iterdir()] == ["leaky.gif"]  # no temporary file left


def test_a_training_recording_from_the_command_line(qapp, tmp_path, capsys):
    out = tmp_path / "training.webp"
    status, stdout, err = run_cli(
        [
            "export",
            "--view",
            "playground",
            "--activation",
            "relu",
            "--train-epochs",
            "6",
            "--size",
            "640x360",
            "--out",
            str(out),
        ],
        capsys,
    )
    assert status == 0, err
    assert "7 frames" in stdout  # epochs 0 to 6, one frame each: fewer epochs than the 40 frames asked
    with Image.open(out) as image:
        assert image.n_frames == 7 and image.size == (640, 360)

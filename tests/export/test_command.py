"""``actgui export`` on the command line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from actgui.cli.main import main


def run_cli(args, capsys):
    """Run ``actgui`` in-process; return (status, stdout, stderr)."""
    try:
        status = main(args)
    except SystemExit as exc:  # argparse errors
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_writes_a_png_of_exactly_size_times_scale_headless(tmp_path):
    out = tmp_path / "x.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "actgui",
            "export",
            "--view",
            "curve",
            "--activation",
            "relu",
            "--out",
            str(out),
            "--size",
            "800x600",
            "--scale",
            "2",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1200)
    assert "1600x1200" in proc.stdout


BAD = [
    (["--view", "nope"], "invalid choice"),
    (["--size", "0x0"], "--size"),
    (["--size", "big"], "WIDTHxHEIGHT"),
    (["--scale", "7"], "--scale"),
    (["--param", "alpha=2"], "no parameter 'alpha'"),
    (["--activation", "leaky_relu", "--param", "negative_slope=abc"], "negative_slope"),
    (["--activation", "nope"], "unknown activation"),
    (["--compare", "elu:alpha=-5"], "--compare"),
    (["--xrange", "3", "1"], "--xrange"),
    (["--theme", "blue"], "invalid choice"),
    (["--lang", "xx"], "unsupported language"),
]


@pytest.mark.parametrize(("extra", "message"), BAD)
def test_bad_arguments_exit_2_with_one_line(extra, message, tmp_path, capsys):
    status, _, err = run_cli(["export", *extra, "--out", str(tmp_path / "x.png")], capsys)
    assert status == 2
    assert err.count("\n") == 1 and message in err, err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("/etc/passwd/x.png", "is a file, not a folder"),
        ("{tmp}/missing/x.png", "does not exist"),
        ("{tmp}/x.jpg", "use a .png or .svg"),
        ("{tmp}/x", "use a .png or .svg"),
    ],
)
def test_unwritable_or_misnamed_out_exits_2(out, message, tmp_path, capsys):
    status, _, err = run_cli(["export", "--out", out.format(tmp=tmp_path)], capsys)
    assert status == 2
    assert err.count("\n") == 1 and message in err, err


def test_out_or_gallery_is_required(capsys):
    status, _, err = run_cli(["export", "--view", "curve"], capsys)
    assert status == 2 and err.count("\n") == 1 and "--out" in err


def test_existing_file_survives_a_refused_export(tmp_path, capsys):
    target = tmp_path / "x.png"
    target.write_bytes(b"previous")
    status, _, _ = run_cli(["export", "--scale", "9", "--out", str(target)], capsys)
    assert status == 2
    assert target.read_bytes() == b"previous"


def test_cli_svg_in_process(qapp, tmp_path, capsys):
    out = tmp_path / "cmp.svg"
    status, _, err = run_cli(
        [
            "export",
            "--view",
            "compare",
            "--activation",
            "relu",
            "--compare",
            "sigmoid",
            "--compare",
            "elu:alpha=0.5",
            "--out",
            str(out),
        ],
        capsys,
    )
    assert status == 0, err
    text = out.read_text()
    assert text.startswith("<?xml") and "<path" in text


def test_cli_exports_the_depth_lab(tmp_path, capsys):
    out = tmp_path / "depth.svg"
    status, _, err = run_cli(["export", "--view", "depth", "--activation", "tanh", "--out", str(out)], capsys)
    assert status == 0, err
    svg = out.read_text(encoding="utf-8")
    assert "<svg" in svg and "Phase diagram" in svg
    status, _, err = run_cli(
        ["export", "--view", "depth", "--activation", "softmax", "--out", str(out)], capsys
    )
    assert status == 2 and "vector activation" in err

"""Every bad argument of every subcommand exits 2 with one line on stderr and no traceback.

A table of hand-picked bad arguments runs through real subprocesses (in
parallel, to stay fast); Hypothesis then throws generated argument lists at
``actgui.cli.main`` in-process, where an escaping exception would fail the
test directly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actgui.cli.main import EXIT_USAGE, main

ROOT = Path(__file__).resolve().parents[2]
SUBPROCESS_EVERY = 5
"""Every fifth case of the table also runs as a real process."""


def _cases(tmp: Path) -> list[list[str]]:
    a_file = tmp / "a_file.txt"
    a_file.write_text("not a folder")
    missing = tmp / "no" / "such" / "folder"
    out = str(tmp / "out.png")
    return [
        # the top level
        ["--no-such-option"],
        ["no-such-command"],
        ["--lang"],
        ["--lang", "klingon", "--self-test"],
        ["--lang", "", "list", "--bogus"],
        # list
        ["list", "--json", "extra"],
        ["list", "--csv"],
        # forward
        ["forward", "--seed"],
        ["forward", "--seed", "abc"],
        ["forward", "--seed", "1.5"],
        ["forward", "--seed", "-5"],
        ["forward", "--seed", "1e999"],
        ["forward", "--activation", "nope"],
        ["forward", "--activation", ""],
        ["forward", "--activation", "relu\x01"],
        ["forward", "--param", "alpha"],
        ["forward", "--param", "="],
        ["forward", "--param", "alpha=1"],  # sigmoid has no parameters
        ["forward", "--activation", "elu", "--param", "alpha=nan"],
        ["forward", "--activation", "elu", "--param", "alpha=inf"],
        ["forward", "--activation", "elu", "--param", "alpha=1e999"],
        ["forward", "--activation", "elu", "--param", "alpha=-1e308"],
        ["forward", "--activation", "elu", "--param", "alpha=abc"],
        ["forward", "--activation", "elu", "--param", "alpha="],
        ["forward", "--activation", "gelu", "--param", "approximate=sometimes"],
        ["forward", "--activation", "hardtanh", "--param", "min_val=2", "--param", "max_val=1"],
        ["forward", "--x", "1,2,3"],
        ["forward", "--x", ""],
        ["forward", "--x", "a,b,c,d,e,f,g,h,i,j"],
        ["forward", "--x", "1,2,3,4,5,6,7,8,9,nan"],
        ["forward", "--x", "1,2,3,4,5,6,7,8,9,1e999"],
        ["forward", "--x", ",,,,,,,,,"],
        ["forward", "--init-range", "1"],
        ["forward", "--init-range", "1", "0"],
        ["forward", "--init-range", "0", "0"],
        ["forward", "--init-range", "nan", "1"],
        ["forward", "--init-range", "0", "inf"],
        ["forward", "--init-range", "x", "y"],
        ["forward", "--init-range", "0", "1e999"],
        # argparse reads a long negative integer as a number: a range wider than NumPy can draw from
        ["forward", "--init-range", str(-int(1.7976931348623157e308)), "1e308"],
        # export
        ["export"],
        ["export", "--out", out, "--gallery", str(tmp)],
        ["export", "--out", str(tmp / "a.jpg")],
        ["export", "--out", str(tmp / "noextension")],
        ["export", "--out", ""],
        ["export", "--out", str(tmp)],
        ["export", "--out", str(missing / "a.png")],
        ["export", "--out", str(a_file / "a.png")],
        ["export", "--out", out, "--view", "nope"],
        ["export", "--out", out, "--size", "0x0"],
        ["export", "--out", out, "--size", "800"],
        ["export", "--out", out, "--size", "99999999999999999999x600"],
        ["export", "--out", out, "--size", "-800x600"],
        ["export", "--out", out, "--scale", "4"],
        ["export", "--out", out, "--scale", "0x"],
        ["export", "--out", out, "--scale", "two"],
        ["export", "--out", str(tmp / "a.svg"), "--scale", "2"],
        ["export", "--out", out, "--theme", "blue"],
        ["export", "--out", out, "--lang", "xx"],
        ["export", "--out", out, "--activation", "nope"],
        ["export", "--out", out, "--activation", "elu", "--param", "alpha=nan"],
        ["export", "--out", out, "--param", "alpha=1"],
        ["export", "--out", out, "--compare", ":::"],
        ["export", "--out", out, "--compare", "elu:alpha=abc"],
        ["export", "--out", out, "--compare", "elu:beta=1"],
        ["export", "--out", out, "--xrange", "1", "0"],
        ["export", "--out", out, "--xrange", "nan", "1"],
        ["export", "--out", out, "--xrange", "0", "1e999"],
        ["export", "--out", out, "--xrange", "-1e300", "1e300"],
        ["export", "--out", out, "--xrange", "a", "b"],
        ["export", "--out", out, "--xrange", "0", "1e-320"],  # drew an empty figure
        ["export", "--gallery", str(a_file)],
        ["export", "--gallery", str(a_file / "sub")],
        ["export", "--gallery", str(tmp / "g"), "--activation", "relu"],
        ["export", "--gallery", str(tmp / "g"), "--size", "800x600"],
    ]


def _run(argv: list[str], module: str = "actgui") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONWARNINGS="default")
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", module, *argv],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=60,
        cwd=ROOT,
        env=env,
    )


def _check(argv: list[str], result: subprocess.CompletedProcess[str]) -> str | None:
    """Return what is wrong with the outcome, or None."""
    lines = result.stderr.splitlines()
    if result.returncode != EXIT_USAGE:
        return f"{argv}: exit {result.returncode} (stderr {result.stderr!r})"
    if "Traceback" in result.stderr:
        return f"{argv}: traceback on stderr:\n{result.stderr}"
    if len(lines) != 1 or "error" not in lines[0]:
        return f"{argv}: expected one error line on stderr, got {lines!r}"
    return None


def _in_process(argv: list[str], capsys: pytest.CaptureFixture[str]) -> subprocess.CompletedProcess[str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(argv, code, out, err)


def test_every_bad_argument_exits_2_with_one_line(tmp_path, capsys):
    cases = _cases(tmp_path)
    problems = [p for argv in cases if (p := _check(argv, _in_process(argv, capsys)))]
    with capsys.disabled():
        print(f"\nCLI cases tried: {len(cases)} in-process, {len(cases[::SUBPROCESS_EVERY])} as processes")
    assert not problems, "\n".join(problems)
    # Nothing was written by a refused export.
    assert not (tmp_path / "out.png").exists() and not (tmp_path / "g").exists()


def test_bad_arguments_as_real_processes(tmp_path):
    """A spread of the table through real processes: exit status and stderr as a user sees them."""
    cases = _cases(tmp_path)[::SUBPROCESS_EVERY]
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = list(pool.map(_run, cases))
    problems = [p for p in (_check(a, r) for a, r in zip(cases, results, strict=True)) if p]
    assert not problems, "\n".join(problems)


def test_running_the_cli_module_directly_also_reports_one_line(tmp_path):
    """``python -m actgui.cli`` used to let the export's UsageError escape as a traceback."""
    for argv in (["export", "--out", str(tmp_path / "a.jpg")], ["export", "--out", "x.png", "--lang", "xx"]):
        problem = _check(argv, _run(argv, module="actgui.cli"))
        assert problem is None, problem


# -- generated argument lists, in-process ------------------------------------------------

_WORDS = st.sampled_from(
    [
        "--seed",
        "--activation",
        "--param",
        "--x",
        "--init-range",
        "--json",
        "--view",
        "--size",
        "--scale",
        "--theme",
        "--compare",
        "--xrange",
        "--lang",
        "--out",
        "--gallery",
        "relu",
        "elu",
        "softmax",
        "hardtanh",
        "alpha=",
        "alpha=nan",
        "alpha=1e999",
        "min_val=3",
        "temperature=0",
        "approximate=x",
        "nan",
        "inf",
        "-inf",
        "1e999",
        "-0",
        "0",
        "1",
        "-1",
        "",
        " ",
        "1,2,3",
        "800x600",
        "0x0",
        "4",
        "2x",
        "png",
        "x.jpg",
        "中文",
        "\u2212",
        "--",
        "=",
        ":",
        ",",
    ]
)
_GARBAGE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


@st.composite
def _argv(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(["forward", "export"]))
    rest = draw(st.lists(st.one_of(_WORDS, _GARBAGE), max_size=8))
    argv = [command, *rest]
    if command == "export":
        # Every export target lies in a folder that does not exist: whatever else is
        # drawn, nothing is rendered or written, so each example stays fast.
        argv = [*argv, "--out", "/nonexistent-actgui-folder/out.png"]
        argv = [a for a in argv if a != "--gallery"]
    return argv


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=_argv())
def test_generated_arguments_never_escape_as_exceptions(argv, capsys):
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    out, err = capsys.readouterr()
    assert code in (0, EXIT_USAGE), (argv, code, err)
    if code == EXIT_USAGE:
        lines = err.splitlines()
        assert len(lines) == 1 and "error" in lines[0], (argv, err)
    else:
        assert argv[0] == "forward" and out and not err, (argv, err)


@pytest.mark.parametrize("argv", [["list"], ["forward", "--seed", "3", "--json"]])
def test_good_arguments_still_work(argv):
    result = _run(argv)
    assert result.returncode == 0 and result.stdout and not result.stderr

"""The ``actgui`` command line, run as a user runs it: ``python -m actgui ...`` in a subprocess."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys

import pytest

from actgui import __version__
from actgui.model import ACTIVATIONS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "actgui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_version():
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"actgui {__version__}"


def test_list_shows_every_activation_with_its_parameters():
    proc = run("list")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(ACTIVATIONS)
    by_id = {line.split()[0]: line for line in lines}
    assert "negative_slope=0.01 [0, 1]" in by_id["leaky_relu"]
    assert "approximate=none (none|tanh)" in by_id["gelu"]
    assert "beta=1 [0.1, 20]" in by_id["softplus"] and "threshold=20 [1, 50]" in by_id["softplus"]


def test_list_json_has_ids_params_defaults_and_ranges():
    proc = run("list", "--json")
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert [r["id"] for r in records] == list(ACTIVATIONS)
    assert [r["id"] for r in records][:5] == ["sigmoid", "relu", "tanh", "softmax", "leaky_relu"]
    for record in records:
        act = ACTIVATIONS[record["id"]]
        assert record["name"] == act.name and record["kind"] == act.kind
        assert [p["name"] for p in record["params"]] == list(act.param_names)
        for p, meta in zip(record["params"], act.params, strict=True):
            assert p["default"] == meta.default
            if meta.is_choice:
                assert p["choices"] == list(meta.choices)
            else:
                assert (p["minimum"], p["maximum"], p["step"]) == (meta.minimum, meta.maximum, meta.step)
                assert p["minimum"] <= p["default"] <= p["maximum"]


def sigmoid(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-v))


def test_forward_json_recomputed():
    proc = run("forward", "--seed", "3", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert {"x", "W", "b", "h", "y"} <= set(doc)
    x, w, b = doc["x"][0], doc["W"], doc["b"]
    assert len(x) == 10 and len(w) == 10 and all(len(row) == 5 for row in w) and b == [0.0] * 5
    assert all(0.0 <= v < 1.0 for v in x) and all(-0.1 <= v < 0.1 for row in w for v in row)
    h = [math.fsum([b[j]] + [x[i] * w[i][j] for i in range(10)]) for j in range(5)]
    for j in range(5):
        assert math.isclose(doc["h"][0][j], h[j], rel_tol=1e-14, abs_tol=1e-16)
        assert math.isclose(doc["y"][0][j], sigmoid(h[j]), rel_tol=1e-15)
    assert doc["activation"] == "sigmoid" and doc["seed"] == 3
    # The same seed gives the same layer and input.
    assert json.loads(run("forward", "--seed", "3", "--json").stdout) == doc


def test_forward_with_activation_params_x_and_init_range():
    x = [0.1 * i for i in range(10)]
    proc = run(
        "forward", "--seed", "1", "--activation", "leaky_relu", "--param", "negative_slope=0.2",
        "--x", ",".join(str(v) for v in x), "--init-range", "-1", "1", "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["x"] == [x] and doc["params"] == {"negative_slope": 0.2}
    assert all(-1.0 <= v < 1.0 for row in doc["W"] for v in row)
    for hj, yj in zip(doc["h"][0], doc["y"][0], strict=True):
        assert yj == (hj if hj > 0 else 0.2 * hj)


def test_forward_text_output():
    proc = run("forward", "--seed", "5", "--activation", "softmax")
    assert proc.returncode == 0, proc.stderr
    labels = ("seed = 5", "x (1x10)", "W (10x5)", "b (5)", "h = x W + b", "y = softmax(temperature=1.0)(h)")
    for label in labels:
        assert label in proc.stdout


ELU = ["forward", "--activation", "elu", "--param"]
BAD = [
    pytest.param(["forward", "--activation", "swish"], "unknown activation 'swish'", id="unknown-activation"),
    pytest.param(["forward", "--param", "alpha"], "NAME=VALUE", id="param-without-value"),
    pytest.param([*ELU, "alpha=abc"], "'alpha'", id="param-not-a-number"),
    pytest.param([*ELU, "alpha=99"], "[0, 10]", id="param-out-of-range"),
    pytest.param([*ELU, "alpha=nan"], "'alpha'", id="param-nan"),
    pytest.param(["forward", "--param", "beta=1"], "no parameter 'beta'", id="unknown-param"),
    pytest.param(
        ["forward", "--activation", "gelu", "--param", "approximate=fast"], "'approximate'", id="bad-choice"
    ),
    pytest.param(["forward", "--x", "1,2,x,4,5,6,7,8,9,10"], "--x must be 10", id="x-malformed"),
    pytest.param(["forward", "--x", "1,2,3"], "--x must have 10 values, got 3", id="x-too-short"),
    pytest.param(["forward", "--x", ",".join(["1"] * 11)], "got 11", id="x-too-long"),
    pytest.param(["forward", "--x", ",".join(["nan"] * 10)], "finite", id="x-nan"),
    pytest.param(["forward", "--x", ",".join(["1"] * 9 + ["inf"])], "finite", id="x-inf"),
    pytest.param(["forward", "--init-range", "1", "0"], "low < high", id="init-range-reversed"),
    pytest.param(["forward", "--init-range", "0", "inf"], "low < high", id="init-range-inf"),
    pytest.param(["forward", "--init-range", "a", "b"], "invalid float value", id="init-range-not-numbers"),
    pytest.param(["forward", "--init-range", "1"], "expected 2 arguments", id="init-range-one-number"),
    pytest.param(["forward", "--seed", "abc"], "invalid int value", id="seed-not-an-integer"),
    pytest.param(["frobnicate"], "invalid choice", id="unknown-command"),
    pytest.param(["list", "--yaml"], "unrecognized arguments", id="unknown-option"),
]


@pytest.mark.parametrize(("args", "fragment"), BAD)
def test_bad_input_exits_2_with_one_clear_line_and_no_traceback(args, fragment):
    proc = run(*args)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert re.match(r"actgui( forward| list)?: error: ", lines[0]) and fragment in lines[0], lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_the_gui_is_started_with_the_export_actions_added_from_above(monkeypatch):
    # The interface does not import the export layer: the command hands its actions down.
    from actgui.cli.main import main
    from actgui.export import install_export_actions
    from actgui.ui import app

    seen: dict = {}
    monkeypatch.setattr(app, "run_gui", lambda **kwargs: seen.update(kwargs) or 0)
    assert main(["--lang", "en"]) == 0
    assert seen == {"lang": "en", "extend": install_export_actions, "setup": None}


@pytest.mark.parametrize(("given", "used"), [(None, "1"), ("2", "2")])
def test_the_app_runs_numpy_with_one_blas_thread_unless_told_otherwise(given, used):
    """The command sets OPENBLAS_NUM_THREADS before NumPy loads; a value the user set wins.

    Counted as the process's threads after a matrix product: OpenBLAS starts its pool then.
    """
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    code = (
        "import os, sys, actgui.cli\n"
        "import numpy as np\n"
        "a = np.ones((512, 512), np.float32); a @ a\n"
        "print(os.environ['OPENBLAS_NUM_THREADS'], len(os.listdir('/proc/self/task')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    setting, threads = out.stdout.split()
    assert setting == used
    if sys.platform.startswith("linux") and (os.cpu_count() or 1) >= 2:
        assert int(threads) == int(used)

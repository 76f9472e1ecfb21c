"""Speed of every activation's value and derivative over 10^6 float64 points, against np.tanh.

The target (issue 9): no activation slower than 8x ``np.tanh`` over the same
array. Vector activations (the softmax family) get the same 10^6 numbers as
rows of 5 logits. np.tanh is timed in the same rounds, interleaved with the
activation, so a busy machine slows both alike; the table shows medians.

Run from the repository root::

    python tests/benchmarks/model_speed.py [--repeats 15] [--points 1000000] [--check]

With ``--check`` the exit status is 1 if any ratio exceeds the target.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections.abc import Callable

import numpy as np

TARGET = 8.0


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(repeats: int, points: int) -> list[tuple[str, float, float, float]]:
    """(label, value ms, derivative ms, np.tanh ms) medians for every activation."""
    from actgui.model import ACTIVATIONS

    x = np.random.default_rng(0).normal(0.0, 4.0, points)
    cases: list[tuple[str, object, dict[str, object]]] = []
    for act in ACTIVATIONS.values():
        cases.append((act.id, act, {}))
        if act.id == "gelu":
            cases.append(("gelu(tanh)", act, {"approximate": "tanh"}))
    rows = []
    for label, act, params in cases:
        z = x.reshape(-1, 5) if act.is_vector else x  # type: ignore[attr-defined]
        value = functools.partial(act, z, **params)  # type: ignore[arg-type]
        derivative = functools.partial(act.derivative, z, **params)  # type: ignore[attr-defined]
        value(), derivative()  # warm up
        tv, td, tt = [], [], []
        for _ in range(repeats):
            tt.append(_timed(functools.partial(np.tanh, x)))
            tv.append(_timed(value))
            td.append(_timed(derivative))
        ms = [statistics.median(t) * 1e3 for t in (tv, td, tt)]
        rows.append((label, ms[0], ms[1], ms[2]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--points", type=int, default=10**6)
    parser.add_argument("--check", action="store_true", help=f"exit 1 if any ratio exceeds {TARGET:g}x")
    args = parser.parse_args(argv)

    rows = measure(args.repeats, args.points)
    print(f"{args.points:,} float64 points, medians of {args.repeats} rounds; target <= {TARGET:g}x np.tanh")
    print(f"{'activation':<13} {'value ms':>9} {'deriv ms':>9} {'tanh ms':>8} {'value x':>8} {'deriv x':>8}")
    worst = 0.0
    for label, tv, td, tt in rows:
        rv, rd = tv / tt, td / tt
        worst = max(worst, rv, rd)
        flag = "" if max(rv, rd) <= TARGET else "  <-- over target"
        print(f"{label:<13} {tv:9.2f} {td:9.2f} {tt:8.2f} {rv:8.1f} {rd:8.1f}{flag}")
    print(f"slowest: {worst:.1f}x np.tanh (target <= {TARGET:g}x)")
    return 1 if args.check and worst > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())

"""The vectorised erfc, erf and normal CDF against mpmath, densely, tails included."""

from __future__ import annotations

import base64
import os

import mpmath as mp
import numpy as np
import pytest

from actgui.model import _erfcx_table
from actgui.model import _numerics as nx
from tests.model.reference import SMALLEST_NORMAL

RNG = np.random.default_rng(20261130)


def _points() -> np.ndarray:
    parts = [
        np.linspace(-8.0, 40.0, 6_001),
        RNG.uniform(-40.0, 40.0, 2_000),
        np.geomspace(1e-300, 40.0, 1_500),
        -np.geomspace(1e-300, 40.0, 1_500),
        np.array([0.0, -0.0, 5e-324, -5e-324, 1e-310, SMALLEST_NORMAL, 26.5, 27.2, 27.3, 38.4, 38.5]),
    ]
    # The piece boundaries of the table (x + 1 = 2^e (1 + m / 512)) and their neighbours.
    edges = np.array([2.0**e * (1 + m / 512) - 1 for e in range(6) for m in range(0, 512, 7)])
    parts += [edges, np.nextafter(edges, np.inf), np.nextafter(edges, -np.inf)]
    return np.concatenate(parts)


POINTS = _points()


def _max_relative_error(got: np.ndarray, want_fn, xs: np.ndarray) -> tuple[float, float]:
    worst, where = 0.0, float("nan")
    with mp.workdps(40):
        for x, g in zip(xs, got, strict=True):
            w = want_fn(mp.mpf(float(x)))
            err = float(abs(mp.mpf(float(g)) - w) / max(abs(w), mp.mpf(SMALLEST_NORMAL)))
            if err > worst:
                worst, where = err, float(x)
    return worst, where


@pytest.mark.parametrize(
    ("name", "function", "reference", "points"),
    [
        ("erfc", nx.erfc, mp.erfc, POINTS / np.sqrt(2.0)),  # erfc underflows past 27.3
        ("erf", nx.erf, mp.erf, POINTS / 4.0),
        ("ndtr", nx.ndtr, mp.ncdf, POINTS),
    ],
)
def test_full_double_precision_against_mpmath(name, function, reference, points):
    worst, where = _max_relative_error(function(points), reference, points)
    assert worst <= 1e-15, f"{name} off by {worst:.3g} (relative) at x = {where!r}"


def test_special_values():
    x = np.array([np.inf, -np.inf, np.nan, 0.0, -0.0, 1e308, -1e308])
    assert np.array_equal(nx.erfc(x), [0.0, 2.0, np.nan, 1.0, 1.0, 0.0, 2.0], equal_nan=True)
    assert np.array_equal(nx.erf(x), [1.0, -1.0, np.nan, 0.0, -0.0, 1.0, -1.0], equal_nan=True)
    assert np.array_equal(nx.ndtr(x), [1.0, 0.0, np.nan, 0.5, 0.5, 1.0, 0.0], equal_nan=True)
    assert np.signbit(nx.erf(np.array([-0.0]))[0])


@pytest.mark.parametrize("shape", [(), (0,), (7,), (3, 4), (2, 3, 40_000)])
def test_shapes_and_blocks(shape):
    x = RNG.normal(0.0, 5.0, shape)
    got = nx.erfc(x)
    assert got.shape == np.shape(x)
    if got.size:
        # Block boundaries (nx.BLOCK) change nothing: the same values as one element at a time.
        flat = x.reshape(-1)
        picks = RNG.integers(0, flat.size, 50)
        for i in picks:
            assert nx.erfc(flat[i : i + 1])[0] == got.reshape(-1)[i]


def test_table_matches_its_description():
    table = np.frombuffer(base64.b64decode(_erfcx_table.TABLE_BASE64), dtype="<f8")
    assert table.size == _erfcx_table.ROWS * (_erfcx_table.DEGREE + 1)
    assert np.all(np.isfinite(table))
    assert _erfcx_table.ROWS == 6 * 2 ** (52 - _erfcx_table.FRACTION_BITS)
    assert nx.NDTR_CLAMP < _erfcx_table.X_MAX


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("ACTGUI_SLOW_TESTS"), reason="40 s of mpmath; set ACTGUI_SLOW_TESTS=1")
def test_generator_reproduces_the_committed_table():
    from tests.model import make_erfcx_table

    rows, worst = make_erfcx_table.build()
    blob = base64.b64encode(np.array(rows, dtype="<f8").tobytes()).decode("ascii")
    assert blob == _erfcx_table.TABLE_BASE64
    assert worst < 2e-16

"""The depth lab's figures: one simulation, the theory curves, the phase diagram.

Run alone (``python tests/benchmarks/depth_speed.py``) or as rows of
``tests/benchmarks/run.py``. The simulation's baseline is its floor: the 100
float32 matrix products of the same forward and backward pass, nothing else,
and the machine's float32 matrix-product peak (a 2048 x 2048 sgemm), which
bounds any implementation: the full run's 2 x 100 x 256 x 512 x 512 = 13.4
GFLOP take at least 13.4 / peak seconds. The preview is what the page
computes while a setting is dragged (the first PREVIEW_SAMPLES samples).
"""

from __future__ import annotations

import statistics
import time

import numpy as np

DEPTH, WIDTH, SAMPLES = 50, 512, 256
FLOP = 2 * 2 * DEPTH * SAMPLES * WIDTH * WIDTH
"""The full run's matrix products: forward and backward, a multiply and an add each."""


def _median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def depth_times(runs: int = 9) -> dict[str, float]:
    """Median milliseconds of each figure (weights already drawn, as while a slider moves)."""
    from actgui.model.depth import mean_field, phase_diagram, simulate
    from actgui.model.depth_sim import DEFAULT_BANK
    from actgui.ui.depth.page import PREVIEW_SAMPLES
    from actgui.ui.depth.phase_view import BIAS_STDS, WEIGHT_STDS

    stds = iter(np.linspace(0.9, 1.1, 10 * runs))
    simulate("tanh", depth=DEPTH, width=WIDTH, weight_std=1.0, n_samples=SAMPLES, seed=0)  # draws the weights
    sim = _median_ms(
        lambda: simulate(
            "tanh", depth=DEPTH, width=WIDTH, weight_std=float(next(stds)), n_samples=SAMPLES, seed=0
        ),
        runs,
    )
    preview = _median_ms(
        lambda: simulate(
            "tanh", depth=DEPTH, width=WIDTH, weight_std=float(next(stds)), n_samples=PREVIEW_SAMPLES, seed=0
        ),
        runs,
    )
    weights = [DEFAULT_BANK.layer(WIDTH, 0, layer, False)[0] for layer in range(DEPTH)]
    x = np.random.default_rng(0).standard_normal((SAMPLES, WIDTH), dtype=np.float32)

    def products() -> None:
        for z in weights:
            x @ z
        for z in weights:
            x @ z.T

    floor = _median_ms(products, runs)
    big = np.random.default_rng(1).standard_normal((2048, 2048), dtype=np.float32)
    sgemm_ms = min(_median_ms(lambda: big @ big, 3) for _ in range(3))
    peak = 2 * 2048**3 / (sgemm_ms * 1e-3) / 1e9
    theory = _median_ms(
        lambda: mean_field("tanh", weight_std=float(next(stds)), bias_std=0.3, depth=DEPTH), runs
    )
    from actgui.model import depth_theory

    def diagram() -> None:
        depth_theory._table.cache_clear()  # a new activation: the table is computed too
        phase_diagram("tanh", WEIGHT_STDS, BIAS_STDS)

    phase = _median_ms(diagram, max(3, runs // 3))
    return {
        "simulate": sim,
        "preview": preview,
        "products": floor,
        "peak_gflops": peak,
        "floor_at_peak": FLOP / (peak * 1e9) * 1e3,
        "theory": theory,
        "phase": phase,
    }


if __name__ == "__main__":
    for name, ms in depth_times().items():
        print(f"{name:14s} {ms:8.2f} {'GFLOP/s' if name == 'peak_gflops' else 'ms'}")

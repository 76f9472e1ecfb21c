"""actgui's performance benchmark: each figure against its baseline, in one run.

Run from the repository root (needs the ``bench`` extra for matplotlib)::

    pip install -e ".[test,bench]"
    python tests/benchmarks/run.py            # full run
    python tests/benchmarks/run.py --quick    # fewer repetitions

It prints a table: figure, median and p95, the baseline measured in the same
run, the ratio, the target and whether it is met. The window is 1280x720 on
Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
SAMPLES = 2000


def drag_values(steps: int) -> np.ndarray:
    """Slider positions of a drag: back and forth twice across alpha in [0.1, 3]."""
    phase = np.linspace(0.0, 4.0 * np.pi, steps)
    return 1.55 - 1.45 * np.cos(phase)


@dataclass
class Row:
    """One line of the result table."""

    figure: str
    value: str
    baseline: str
    ratio: float
    target: str
    met: bool


def _percentiles(times: list[float]) -> tuple[float, float]:
    arr = np.asarray(times)
    return float(np.median(arr)), float(np.percentile(arr, 95))


# -- slider drag -------------------------------------------------------------


def _matplotlib_drag(steps: int, curves: int) -> list[float]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from actgui.model import get_activation

    act = get_activation("elu")
    fig = Figure(figsize=(12.8, 7.2), dpi=100)
    canvas = FigureCanvasAgg(fig)
    ax_f, ax_d = fig.subplots(2, 1, sharex=True)
    x = np.linspace(-6.0, 6.0, SAMPLES)
    lines = [(ax_f.plot(x, x)[0], ax_d.plot(x, x)[0]) for _ in range(curves)]
    for ax in (ax_f, ax_d):
        ax.set_ylim(-3, 6)
        ax.axhline(0, color="grey")
    times = []
    for alpha in drag_values(steps):
        t0 = time.perf_counter()
        for i, (lf, ld) in enumerate(lines):
            a = float(alpha) + 0.1 * i
            lf.set_data(x, act(x, alpha=a))
            ld.set_data(x, act.derivative(x, alpha=a))
        canvas.draw()
        times.append(time.perf_counter() - t0)
    return times


def _app_drag(steps: int, pins: int) -> list[float]:
    """One parameter step until the event loop has repainted the window.

    ``QWidget.repaint()`` does not reach pyqtgraph's viewports, so each step
    is timed from the state change to the end of ``processEvents()``, which
    runs the recomputation and paints every dirty widget; a paint counter on
    the plot viewports proves that they really were repainted each step.
    """
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject

    from actgui.state.explorer import ExplorerState
    from actgui.state.session import Session
    from actgui.ui.app import create_app
    from actgui.ui.main_window import MainWindow

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                PaintCounter.count += 1
            return False

    app = create_app([sys.argv[0]])
    state = ExplorerState()
    window = MainWindow(Session(explorer=state))
    window.resize(1280, 720)
    window.show()
    state.set_samples(SAMPLES)
    state.set_activation("elu")
    for i in range(pins):
        state.set_param("alpha", 0.2 + 0.4 * i)
        state.pin_current()
    counter = PaintCounter()
    views = [v for v in window.findChildren(pg.GraphicsView) if v.isVisible()]
    for view in views:
        view.viewport().installEventFilter(counter)
    for _ in range(5):
        app.processEvents()
    times: list[float] = []
    painted: list[int] = []
    for alpha in drag_values(steps):
        before = PaintCounter.count
        t0 = time.perf_counter()
        state.set_param("alpha", float(alpha))
        app.processEvents()
        times.append(time.perf_counter() - t0)
        painted.append(PaintCounter.count - before)
    window.close()
    window.deleteLater()
    app.processEvents()
    if sum(1 for n in painted if n >= 2) < 0.95 * steps:
        raise RuntimeError(f"the plots were not repainted after most steps: {painted}")
    return times


# -- start-up and memory ---------------------------------------------------


def _probe(kind: str) -> tuple[float, float]:
    # Both windows start as an installed program does, from compiled bytecode
    # (pip and PyInstaller install .pyc files): a PYTHONDONTWRITEBYTECODE in
    # the environment would otherwise make every start compile actgui's sources.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, str(HERE / "_startup_probe.py"), kind, repr(t0)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    doc = json.loads(out.stdout.strip().splitlines()[-1])
    return doc["start_to_paint_s"], doc["peak_rss_mb"]


def _startups(runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """Start-to-paint times and peak RSS of the app and the bare window, interleaved.

    One discarded start of each first writes the bytecode cache and warms the
    disk cache; alternating the two kinds then lets a busy machine slow both alike.
    """
    kinds = ("app", "bare")
    for kind in kinds:
        _probe(kind)
    results: dict[str, tuple[list[float], list[float]]] = {kind: ([], []) for kind in kinds}
    for _ in range(runs):
        for kind in kinds:
            start, rss = _probe(kind)
            results[kind][0].append(start)
            results[kind][1].append(rss)
    return results


# -- export --------------------------------------------------------------


def _grab_at(widget, scale: float):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter

    image = QImage(widget.size() * scale, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(0)
    painter = QPainter(image)
    widget.render(painter, QPoint())
    painter.end()
    return image


def _export_times(runs: int) -> tuple[list[float], list[float]]:
    import tempfile

    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication, QMainWindow

    from actgui.export import install_export_actions
    from actgui.ui.app import create_app, open_main_window

    app = create_app([sys.argv[0]])
    bare = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot(np.linspace(-6, 6, SAMPLES), np.tanh(np.linspace(-6, 6, SAMPLES)))
    bare.setCentralWidget(plot)
    bare.resize(1280, 720)
    bare.show()
    window = open_main_window(extend=install_export_actions)
    window.resize(1280, 720)
    window.show()
    QApplication.processEvents()
    export_png = _find_export_function()
    base, ours = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            t0 = time.perf_counter()
            _grab_at(bare, 2.0).save(os.path.join(tmp, f"bare{i}.png"))
            base.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            export_png(window, os.path.join(tmp, f"app{i}.png"))
            ours.append(time.perf_counter() - t0)
    for w in (bare, window):
        w.close()
        w.deleteLater()
    app.processEvents()
    return ours, base


def _find_export_function() -> Callable[[object, str], None]:
    """The app's own PNG export of the whole window at 2x (render, encode, atomic write)."""
    from actgui.export.render import export_widget

    return lambda window, path: export_widget(window, path, scale=2)


# -- model ---------------------------------------------------------------------


def _model_ratios(repeats: int) -> tuple[str, float, float]:
    """The slowest activation (value or derivative) relative to np.tanh, by medians.

    np.tanh is timed right before each activation in the same round, so both
    see the same machine load.
    """
    from actgui.model import ACTIVATIONS

    x = np.random.default_rng(0).normal(0.0, 4.0, 10**6)
    worst_id, worst, tanh_ms = "", 0.0, 0.0
    tanh_all: list[float] = []
    for act in ACTIVATIONS.values():
        z = x.reshape(-1, 5) if act.is_vector else x
        for fn in (lambda a=act, z=z: a(z), lambda a=act, z=z: a.derivative(z)):
            ratios = []
            for _ in range(repeats):
                t_tanh = _timed(lambda: np.tanh(x))
                ratios.append(_timed(fn) / t_tanh)
                tanh_all.append(t_tanh)
            ratio = statistics.median(ratios)
            if ratio > worst:
                worst_id, worst = act.id, ratio
    tanh_ms = statistics.median(tanh_all)
    return worst_id, worst, tanh_ms


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


# -- the table ---------------------------------------------------------------


def run(quick: bool) -> list[Row]:
    """Measure every figure and return the table rows."""
    steps = 60 if quick else 300
    runs = 3 if quick else 7
    rows: list[Row] = []

    mpl = _matplotlib_drag(steps, 1)
    ours = _app_drag(steps, 0)
    (m_med, _), (o_med, o_p95) = _percentiles(mpl), _percentiles(ours)
    ratio = o_med / m_med
    rows.append(
        Row(
            f"slider drag, 1 curve ({SAMPLES} samples, {steps} steps)",
            f"median {o_med * 1e3:.2f} ms, p95 {o_p95 * 1e3:.2f} ms",
            f"matplotlib Agg median {m_med * 1e3:.2f} ms",
            ratio,
            "<= 0.15x, p95 < 12 ms",
            ratio <= 0.15 and o_p95 < 0.012,
        )
    )

    mpl5 = _matplotlib_drag(steps, 6)
    ours5 = _app_drag(steps, 5)
    (m_med, _), (o_med, o_p95) = _percentiles(mpl5), _percentiles(ours5)
    rows.append(
        Row(
            "slider drag, 5 pinned curves",
            f"median {o_med * 1e3:.2f} ms, p95 {o_p95 * 1e3:.2f} ms",
            f"matplotlib Agg median {m_med * 1e3:.2f} ms",
            o_med / m_med,
            "p95 < 16 ms",
            o_p95 < 0.016,
        )
    )

    starts = _startups(runs)
    app_start, app_rss = starts["app"]
    bare_start, bare_rss = starts["bare"]
    s_app, s_bare = statistics.median(app_start), statistics.median(bare_start)
    rows.append(
        Row(
            "cold start to first painted window",
            f"median {s_app:.3f} s",
            f"bare window {s_bare:.3f} s",
            s_app / s_bare,
            "<= 1.3x",
            s_app / s_bare <= 1.3,
        )
    )
    r_app, r_bare = statistics.median(app_rss), statistics.median(bare_rss)
    rows.append(
        Row(
            "idle memory (peak RSS)",
            f"{r_app:.1f} MB",
            f"bare window {r_bare:.1f} MB",
            r_app / r_bare,
            "<= 1.3x",
            r_app / r_bare <= 1.3,
        )
    )

    export, bare = _export_times(runs)
    e_med, b_med = statistics.median(export), statistics.median(bare)
    rows.append(
        Row(
            "PNG export of the window at 2x",
            f"median {e_med:.3f} s",
            f"bare window grab {b_med:.3f} s",
            e_med / b_med,
            "<= 2x, < 0.3 s",
            e_med / b_med <= 2.0 and e_med < 0.3,
        )
    )

    worst_id, worst, tanh = _model_ratios(3 if quick else 7)
    rows.append(
        Row(
            "model: slowest activation, value and derivative, 1e6 points",
            f"{worst_id}: {worst * tanh * 1e3:.1f} ms",
            f"np.tanh {tanh * 1e3:.1f} ms",
            worst,
            "<= 8x",
            worst <= 8.0,
        )
    )

    from depth_speed import DEPTH, WIDTH, depth_times
    from depth_speed import SAMPLES as DEPTH_SAMPLES

    depth = depth_times(3 if quick else 9)
    rows.append(
        Row(
            f"depth lab: simulate {DEPTH} layers x {WIDTH} x {DEPTH_SAMPLES} samples, forward + backward",
            f"median {depth['simulate']:.1f} ms",
            f"the 100 float32 products alone {depth['products']:.1f} ms",
            depth["simulate"] / depth["products"],
            "< 30 ms",
            depth["simulate"] < 30.0,
        )
    )
    rows.append(
        Row(
            f"depth lab: the same, products at the sgemm peak ({depth['peak_gflops']:.0f} GFLOP/s, 2048^2)",
            f"floor {depth['floor_at_peak']:.1f} ms",
            f"simulate {depth['simulate']:.1f} ms",
            depth["simulate"] / depth["floor_at_peak"],
            "< 30 ms possible?",
            depth["floor_at_peak"] < 30.0,
        )
    )
    from actgui.ui.depth.page import PREVIEW_SAMPLES

    rows.append(
        Row(
            f"depth lab: preview while dragging, {DEPTH} layers x {WIDTH} x {PREVIEW_SAMPLES} samples",
            f"median {depth['preview']:.1f} ms",
            f"full run {depth['simulate']:.1f} ms",
            depth["preview"] / depth["simulate"],
            "< 30 ms",
            depth["preview"] < 30.0,
        )
    )
    rows.append(
        Row(
            f"depth lab: mean-field theory, {DEPTH} layers",
            f"median {depth['theory']:.2f} ms",
            "",
            float("nan"),
            "< 5 ms",
            depth["theory"] < 5.0,
        )
    )
    rows.append(
        Row(
            "depth lab: phase diagram 80 x 60 (worker thread, cached per activation)",
            f"median {depth['phase']:.0f} ms",
            "",
            float("nan"),
            "off the UI thread",
            True,
        )
    )
    return rows


def format_table(rows: list[Row]) -> str:
    """Render the rows as a Markdown table."""
    lines = [
        "| figure | measured | baseline (same run) | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.figure} | {r.value} | {r.baseline} | {r.ratio:.2f}x | {r.target} | "
            f"{'yes' if r.met else 'NO'} |"
        )
    return "\n".join(lines)


def main() -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer steps and runs")
    args = parser.parse_args()
    rows = run(args.quick)
    import platform

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(format_table(rows))
    return 0 if all(r.met for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

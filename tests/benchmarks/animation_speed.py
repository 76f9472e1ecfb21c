"""Animated export: 40 frames of an 800x600 curve figure as GIF, WebP, APNG (and MP4 with PyAV).

Run by hand: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/animation_speed.py``.
Prints one README table row per format: median recording time (frames
rendered offscreen and encoded to bytes, in process) of 3 runs, and the
file size. Targets: GIF within 4 s and under 2.5 MB; WebP smaller than GIF.
"""

from __future__ import annotations

import statistics
import time

from actgui.ui.app import create_app


def main() -> None:
    app = create_app()
    from actgui.export.animation import record_sweep
    from actgui.export.encode import video_available
    from actgui.export.headless import ExportRequest
    from actgui.export.sweep import plan_sweep, session_for

    request = ExportRequest(view="curve", activation="leaky_relu", size=(800, 600))
    sweep = plan_sweep(session_for("curve", "leaky_relu", {}, None), "curve", "negative_slope", 0.0, 1.0)
    sizes: dict[str, int] = {}
    for fmt in ("gif", "webp", "apng", *(("mp4",) if video_available() else ())):
        times = []
        for _ in range(3):
            started = time.perf_counter()
            data = record_sweep(request, sweep, fmt)
            times.append(time.perf_counter() - started)
        sizes[fmt] = len(data)
        print(
            f"| animated {fmt.upper()}, Leaky ReLU sweep, 40 frames 800x600 | "
            f"median {statistics.median(times):.2f} s, {len(data) / 1e6:.2f} MB |"
        )
    print(f"WebP / GIF size: {sizes['webp'] / sizes['gif']:.2f}")
    del app


if __name__ == "__main__":
    main()

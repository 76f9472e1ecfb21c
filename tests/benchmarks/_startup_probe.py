"""Child process of the start-up benchmark: start a window, report when it painted.

Usage: ``python _startup_probe.py app|bare T0`` where T0 is the parent's
``time.time()`` just before it started this process. Prints one JSON line:
``{"start_to_paint_s": ..., "peak_rss_mb": ...}``.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_rss_mb() -> float:
    # VmHWM, not getrusage: ru_maxrss survives exec, so a child started from
    # a big parent would report the parent's peak.
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> None:
    kind, t0 = sys.argv[1], float(sys.argv[2])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    painted: dict[str, float] = {}

    class PaintWatcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            # The first paint of any widget of the window: the picture is on screen.
            if event.type() == QEvent.Type.Paint and "t" not in painted:
                painted["t"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    if kind == "app":
        from actgui.export import install_export_actions
        from actgui.ui.app import create_app, open_main_window

        app = create_app([sys.argv[0]])
        window: QMainWindow = open_main_window(extend=install_export_actions)
    else:
        import pyqtgraph as pg

        app = QApplication([sys.argv[0]])
        window = QMainWindow()
        plot = pg.PlotWidget()
        plot.plot([0.0, 1.0, 2.0], [0.0, 1.0, 0.0])
        window.setCentralWidget(plot)
    window.resize(1280, 720)
    watcher = PaintWatcher()
    app.installEventFilter(watcher)
    QTimer.singleShot(20_000, app.quit)  # never hang a benchmark run
    window.show()
    app.exec()
    app.removeEventFilter(watcher)
    if "t" not in painted:
        raise SystemExit("the window was never painted")
    # Stay idle briefly so that lazily started work shows in the peak RSS.
    end = time.time() + 0.3
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    print(json.dumps({"start_to_paint_s": painted["t"] - t0, "peak_rss_mb": _peak_rss_mb()}))
    window.close()
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()

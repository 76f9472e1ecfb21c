"""Soak: thousands of parameter changes and repaints neither crash nor leak.

Every step changes a parameter (or the activation, the pins, the theme) and
repaints the whole window synchronously, the way a slider drag does.
"""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsView

from actgui.state.session import Session
from actgui.ui.main_window import MainWindow

REPAINTS = 2000
WARM_UP = 100
MAX_GROWTH_MB = 10.0


class PaintCounter(QObject):
    """Count the paint events of the widgets it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def rss_mb() -> float:
    """Resident set size of this process in MB (from /proc/self/statm)."""
    with open("/proc/self/statm") as f:
        resident_pages = int(f.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs Linux /proc")
def test_window_survives_thousands_of_repaints_without_leaking(qtbot):
    session = Session()
    state, view_settings = session.explorer, session.view
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    params = window.explorer.params

    views = window.findChildren(QGraphicsView)
    schedule = ["leaky_relu", "elu", "softplus", "gelu", "softmax", "hardtanh", "sigmoid"]

    def step(i: int) -> None:
        """One user action, then a synchronous repaint of the whole window."""
        if i % 250 == 0:
            state.set_activation(schedule[(i // 250) % len(schedule)])
        if i % 400 == 100:
            state.pin_current()
        if i % 400 == 300:
            state.clear_pins()
        if i % 700 == 350:
            view_settings.set_theme("dark" if view_settings.theme == "light" else "light")
        numeric = [row for row in params.rows.values() if hasattr(row, "slider")]
        if numeric:
            row = numeric[i % len(numeric)]
            span = row.slider.maximum()
            # A triangle wave: the slider sweeps up and down like a hand drag.
            phase = (i * 7) % (2 * span) if span else 0
            row.slider.setValue(phase if phase <= span else 2 * span - phase)
        elif state.activation.is_vector:
            state.set_logit(i % len(state.logits), ((i * 37) % 200) / 20 - 5)
        # Mark the whole window dirty and let Qt paint it. A window's update()
        # does not reach the pyqtgraph viewports, so they are marked too.
        window.update()
        for view in views:
            if view.isVisible():
                view.viewport().update()
        QApplication.processEvents()

    # Fill the caches first (typeset formulas, glyphs, pyqtgraph paths) for every
    # activation and theme the loop visits: what grows after that is a leak.
    for theme in ("dark", "light"):
        view_settings.set_theme(theme)
        for activation_id in schedule:
            state.set_activation(activation_id)
            state.pin_current()
            qtbot.wait(150)  # the formulas are typeset when the event loop is idle
        state.clear_pins()
    for i in range(WARM_UP):
        step(i)
    qtbot.wait(50)
    painted = PaintCounter()
    for view in (window.explorer.plots.f_widget, window.explorer.softmax.bars_widget):
        view.viewport().installEventFilter(painted)
    before = rss_mb()
    start = time.perf_counter()
    for i in range(WARM_UP, WARM_UP + REPAINTS):
        step(i)
        if i % 200 == 0:
            qtbot.wait(1)  # let deferred deletes and timers run, as the event loop would
    elapsed = time.perf_counter() - start
    qtbot.wait(50)
    growth = rss_mb() - before
    assert window.isVisible()
    assert painted.count >= REPAINTS  # the plots really were painted on every step
    assert growth < MAX_GROWTH_MB, f"RSS grew by {growth:.1f} MB over {REPAINTS} repaints"
    print(f"soak: {REPAINTS} repaints in {elapsed:.1f} s, RSS growth {growth:+.2f} MB")

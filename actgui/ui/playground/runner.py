"""Runs training in short slices on a timer so the window stays responsive.

Each tick trains mini-batches for at most :data:`TRAIN_BUDGET_S` seconds
(the trainer can stop after any mini-batch), then the page redraws once.
Training and drawing share the GUI thread, which keeps NumPy and Qt out of
each other's way, and no tick holds the event loop for much longer than the
budget plus one redraw.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

from actgui.state.playground import PlaygroundState

TICK_MS = 16
"""Timer interval: about 60 ticks a second when there is time for them."""

TRAIN_BUDGET_S = 0.008
"""Training time per tick; the rest of a frame is for drawing and input."""


class TrainingRunner(QObject):
    """Drives ``state.train_for`` from a timer while the state is running.

    Attributes
    ----------
    ticks
        Training slices run so far (each followed by one redraw).
    longest_tick_s
        The longest slice, training only, in seconds.
    train_cpu_s
        CPU time of the GUI thread spent in training slices.
    """

    def __init__(self, state: PlaygroundState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ticks = 0
        self.longest_tick_s = 0.0
        self.train_cpu_s = 0.0
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        state.running_changed.connect(self._running_changed)
        self._running_changed(state.running)

    def _running_changed(self, running: bool) -> None:
        if running:
            self.timer.start()
        else:
            self.timer.stop()

    def tick(self) -> None:
        """Train for one slice; pause if the weights blew up."""
        if not self.state.running:
            return
        start, cpu = time.perf_counter(), time.thread_time()
        self.state.train_for(TRAIN_BUDGET_S)
        self.train_cpu_s += time.thread_time() - cpu
        self.longest_tick_s = max(self.longest_tick_s, time.perf_counter() - start)
        self.ticks += 1
        if self.state.trainer.diverged:
            self.state.set_running(False)

    def stop(self) -> None:
        """Stop the timer for good (the page is closing)."""
        self.timer.stop()

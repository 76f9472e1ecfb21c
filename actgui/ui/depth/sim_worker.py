"""The depth lab's simulations, run off the UI thread one at a time.

A request is a snapshot of the simulation's arguments (taken on the UI
thread, so the worker never reads the state while it changes). One job runs
at a time; requests made meanwhile collapse into one pending request, the
latest, which starts when the running job ends. So a drag never queues up
work and the result shown always follows the user's hand:

- a full run whose request was superseded is cancelled between two layers
  and its result is never shown;
- a preview (a few samples, a few tens of milliseconds) always finishes and
  is shown if nothing newer was shown, so the picture moves during a drag;
- results are shown in request order: nothing older ever replaces something
  newer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from actgui.model.depth import Simulation, simulate
from actgui.model.depth_sim import SimulationCancelled


@dataclass(frozen=True)
class SimulationResult:
    """A finished request: its number, whether it was a preview, its samples, the run (None if cancelled).

    ``error`` is what the simulation raised, if anything: the runner raises it
    again on the UI thread, so a failure is reported instead of leaving the
    worker marked busy.
    """

    number: int
    preview: bool
    samples: int
    simulation: Simulation | None
    error: Exception | None = None


class _Signals(QObject):
    finished = Signal(object)


class _Job(QRunnable):
    def __init__(self, runner: SimulationRunner, number: int, preview: bool, kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.runner, self.number, self.preview, self.kwargs = runner, number, preview, kwargs
        # Plain Python objects only from here on: the worker never touches a QObject but the signal.
        self.results, self.signals = runner.results, runner.signals

    def run(self) -> None:
        runner, number = self.runner, self.number
        cancelled = None if self.preview else (lambda: runner.wanted != number)
        error: Exception | None = None
        simulation: Simulation | None = None
        try:
            simulation = simulate(**self.kwargs, cancelled=cancelled)
        except SimulationCancelled:
            pass
        except Exception as exc:  # reported on the UI thread; the worker must always answer
            error = exc
        result = SimulationResult(number, self.preview, int(self.kwargs["n_samples"]), simulation, error)
        self.results[number] = result  # for wait(), which must not run the event loop
        self.signals.finished.emit(result)


class SimulationRunner(QObject):
    """Runs :func:`~actgui.model.depth.simulate` in a worker thread, latest request first.

    Signals
    -------
    finished(SimulationResult)
        A result to show (stale ones are filtered out already).
    """

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool first: children are deleted in creation order, so the pool's destructor waits for
        # a running job before the object it reports through is gone.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.finished.connect(self._finished)
        self.results: dict[int, SimulationResult] = {}
        self.wanted = 0
        """The latest request's number; a full run of an older one stops."""
        self.shown = 0
        """The number of the result shown last: older ones are dropped."""
        self.running: tuple[int, bool] | None = None
        self._pending: tuple[int, bool, dict[str, Any]] | None = None
        self._counter = 0

    @property
    def busy(self) -> bool:
        """Whether a job runs or waits."""
        return self.running is not None or self._pending is not None

    def request(self, kwargs: dict[str, Any], *, preview: bool) -> int:
        """Ask for ``simulate(**kwargs)``; returns the request's number."""
        self._counter += 1
        number = self.wanted = self._counter
        if self.running is None:
            self._start(number, preview, kwargs)
        else:
            self._pending = (number, preview, kwargs)
        return number

    def _start(self, number: int, preview: bool, kwargs: dict[str, Any]) -> None:
        self.running = (number, preview)
        self.pool.start(_Job(self, number, preview, kwargs))

    def _finished(self, result: SimulationResult) -> None:
        if self.results.pop(result.number, None) is None:
            return  # take() had it (or dropped it) already
        if self.running is not None and self.running[0] == result.number:
            self.running = None
            if self._pending is not None:
                self._start(*self._pending)
                self._pending = None
        if result.error is not None:
            raise result.error
        self._show(result)

    def _show(self, result: SimulationResult) -> None:
        if result.simulation is None or result.number <= self.shown:
            return
        if not result.preview and result.number != self.wanted:
            return  # a full run of settings no longer current
        self.shown = result.number
        self.finished.emit(result)

    def take(self, number: int) -> SimulationResult | None:
        """Wait for request ``number`` (if it is running) and return its result, without the event loop.

        Every other job is cancelled or dropped; None if ``number`` was not the running job.
        """
        self._pending = None
        self.pool.waitForDone()
        result = self.results.pop(number, None)
        errors = [r.error for r in self.results.values() if r.error is not None]
        self.results.clear()
        self.running = None
        if result is not None and result.error is not None:
            raise result.error
        if errors:
            raise errors[0]
        if result is not None and result.simulation is not None:
            self.shown = max(self.shown, number)
            return result
        return None

    def claim(self) -> int:
        """A number for a result computed elsewhere (on the UI thread): older results are dropped."""
        self._counter += 1
        self.wanted = self.shown = self._counter
        return self._counter

    def shutdown(self) -> None:
        """Cancel what runs and wait for the worker (before the window closes)."""
        self._pending = None
        self.wanted = -1
        self.pool.clear()
        self.pool.waitForDone()
        self.running = None

"""Trains an experiment's runs on a worker thread while the window stays usable.

:class:`ExperimentRunner` plans the runs in an
:class:`~actgui.state.experiment_run.ExperimentRun` (GUI thread), trains
them one after another on a :class:`QThread` and hands every result back
to the GUI thread through a queued signal, where the state records it. The
worker only reads its own copy of the plan and the state's
``cancel_requested`` flag (asked before every epoch), so cancelling takes
effect within one epoch, a few milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from actgui.model.experiment import Experiment, PlannedRun, RunCancelled, RunResult
from actgui.state.experiment_run import ExperimentRun


class _Worker(QObject):
    """Trains the planned runs in order on its thread."""

    result = Signal(int, object)
    stopped = Signal()

    def __init__(self, experiment: Experiment, planned: tuple[PlannedRun, ...], state: ExperimentRun) -> None:
        super().__init__()
        self.experiment = experiment
        self.planned = planned
        self.state = state

    @Slot()
    def work(self) -> None:
        def cancelled() -> bool:
            return self.state.cancel_requested

        for index, planned in enumerate(self.planned):
            try:
                result: RunResult = self.experiment.run(planned, cancelled)
            except RunCancelled:
                break
            self.result.emit(index, result)
        self.stopped.emit()


class ExperimentRunner(QObject):
    """Runs one :class:`ExperimentRun`'s experiments in the background, one at a time."""

    def __init__(self, state: ExperimentRun, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        """Whether a worker thread is still alive (also briefly after a cancel)."""
        return self._thread is not None

    def start(self, experiment: Experiment) -> None:
        """Start ``experiment``, stopping one still running first."""
        self.shutdown()
        planned = self.state.start(experiment)
        thread = QThread(self)
        worker = _Worker(experiment, planned, self.state)
        worker.moveToThread(thread)
        thread.started.connect(worker.work)
        worker.result.connect(self._record)
        worker.stopped.connect(self._stopped)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        """Ask the worker to stop after the current epoch."""
        self.state.cancel()

    def shutdown(self) -> None:
        """Cancel and wait for the worker thread to end (the page is closing)."""
        if self._thread is None:
            return
        self.state.cancel()
        self._thread.quit()
        self._thread.wait()
        self._stopped()

    @Slot(int, object)
    def _record(self, index: int, result: RunResult) -> None:
        if self.sender() is self._worker:  # not a late result of a stopped worker
            self.state.record(index, result)

    @Slot()
    def _stopped(self) -> None:
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return
        if self.sender() not in (None, worker):
            return
        self._thread = self._worker = None
        thread.quit()
        thread.wait()
        worker.deleteLater()
        thread.deleteLater()
        self.state.stopped()

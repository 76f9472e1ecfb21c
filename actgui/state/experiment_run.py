"""The state of one background experiment: what is planned, what finished, what it shows.

The playground runs a lesson's baseline and variants over several seeds, or
the experiment tool's values, while the window stays usable. This object
holds the orchestration (Qt-free): :meth:`ExperimentRun.start` plans the
runs, a worker in the UI trains them one by one
(:meth:`~actgui.model.experiment.Experiment.run`, asking
:attr:`ExperimentRun.cancel_requested` before every epoch) and hands each
result back through :meth:`ExperimentRun.record`; views draw from the
signals.

    >>> from actgui.model.lessons import LESSONS
    >>> run = ExperimentRun()
    >>> planned = run.start(LESSONS["linear_xor"].experiment(seeds=(1,)))
    >>> len(planned), run.status
    (2, 'running')
"""

from __future__ import annotations

from actgui.model.experiment import Experiment, PlannedRun, RunResult, median_and_range, median_gradient_norms
from actgui.state.signals import Signal

IDLE, RUNNING, DONE, CANCELLED = "idle", "running", "done", "cancelled"
"""The statuses of a run."""


class ExperimentRun:
    """One experiment, planned, in progress or finished.

    Signals
    -------
    started
        A new experiment was planned; earlier results are gone.
    progressed(int, int)
        A run finished: (runs done, runs planned).
    finished(str)
        The experiment ended: ``"done"`` or ``"cancelled"``.
    """

    started = Signal()
    progressed = Signal(int, int)
    finished = Signal(str)

    def __init__(self) -> None:
        self._experiment: Experiment | None = None
        self._planned: tuple[PlannedRun, ...] = ()
        self._results: dict[int, RunResult] = {}
        self._status = IDLE
        self.cancel_requested = False
        """Set by :meth:`cancel`; the worker asks it before every epoch (read from its thread)."""

    # -- read access ------------------------------------------------------------------

    @property
    def experiment(self) -> Experiment | None:
        """The experiment last started, or None."""
        return self._experiment

    @property
    def status(self) -> str:
        """``"idle"``, ``"running"``, ``"done"`` or ``"cancelled"``."""
        return self._status

    @property
    def running(self) -> bool:
        """Whether runs are still being trained."""
        return self._status == RUNNING

    @property
    def done(self) -> int:
        """Runs finished so far."""
        return len(self._results)

    @property
    def total(self) -> int:
        """Runs planned."""
        return len(self._planned)

    def accuracies(self) -> dict[str, list[float]]:
        """Each group's final test accuracies so far (0 to 1), in the experiment's order."""
        by_group: dict[str, list[float]] = {}
        if self._experiment is not None:
            by_group = {name: [] for name in self._experiment.group_names}
        for index in sorted(self._results):
            by_group[self._planned[index].group].append(self._results[index].test_accuracy)
        return by_group

    def results(self) -> list[tuple[PlannedRun, RunResult]]:
        """Every finished run with its result, in the planned order."""
        return [(self._planned[i], self._results[i]) for i in sorted(self._results)]

    def summary(self) -> list[tuple[str, float, float, float, int]]:
        """Per group with results: (name, median, lowest, highest, number of seeds), accuracies 0 to 1."""
        return [
            (name, *median_and_range(values), len(values))
            for name, values in self.accuracies().items()
            if values
        ]

    def gradient_norms(self) -> dict[str, tuple[float, ...]]:
        """Per group with results, the median over its seeds of each layer's gradient norm."""
        by_group: dict[str, list[RunResult]] = {}
        for planned, result in self.results():
            by_group.setdefault(planned.group, []).append(result)
        return {name: median_gradient_norms(results) for name, results in by_group.items()}

    # -- orchestration ------------------------------------------------------------------

    def start(self, experiment: Experiment) -> tuple[PlannedRun, ...]:
        """Plan ``experiment``, forget earlier results and return the runs to train, in order."""
        self._experiment = experiment
        self._planned = experiment.runs()
        self._results = {}
        self.cancel_requested = False
        self._status = RUNNING
        self.started.emit()
        self.progressed.emit(0, self.total)
        return self._planned

    def record(self, index: int, result: RunResult) -> None:
        """Keep the result of planned run ``index``; ends the experiment after the last one."""
        if self._status != RUNNING:
            return  # a late result of a cancelled experiment
        self._results[index] = result
        self.progressed.emit(self.done, self.total)
        if self.done == self.total:
            self._finish(DONE)

    def cancel(self) -> None:
        """Ask the worker to stop; it confirms with :meth:`stopped`."""
        if self._status == RUNNING:
            self.cancel_requested = True

    def stopped(self) -> None:
        """The worker stopped before the last run (after :meth:`cancel`)."""
        if self._status == RUNNING:
            self._finish(CANCELLED)

    def _finish(self, status: str) -> None:
        self._status = status
        self.finished.emit(status)

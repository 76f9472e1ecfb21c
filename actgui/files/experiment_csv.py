"""An experiment's runs as a CSV table, one row per run (Qt-free).

Columns: the varied setting's value (or the lesson's run name), the seed,
the final test accuracy (0 to 1), the dead neurons, and the gradient norm
each layer's weights receive from a typical training point (``grad_L1``
for the first hidden layer, ``grad_out`` for the output layer; a run with
fewer layers leaves the missing ones empty).

    >>> from actgui.model.experiment import PlannedRun, RunResult, RunSettings
    >>> run = PlannedRun("tanh", 1, RunSettings())
    >>> print(experiment_csv("activation", [(run, RunResult(0.95, 0, (0.1, 0.2, 0.3)))]), end="")
    activation,seed,test_accuracy,dead_neurons,grad_L1,grad_L2,grad_out
    tanh,1,0.95,0,0.1,0.2,0.3
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path

from actgui.files.atomic import write_atomic
from actgui.model.experiment import PlannedRun, RunResult


def experiment_csv(setting: str, results: Sequence[tuple[PlannedRun, RunResult]]) -> str:
    """The CSV text of ``results``; ``setting`` names the first column."""
    hidden = max((len(r.gradient_norms) - 1 for _, r in results), default=0)
    header = [setting, "seed", "test_accuracy", "dead_neurons"]
    header += [f"grad_L{i + 1}" for i in range(hidden)] + ["grad_out"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for planned, result in results:
        *layers, out = result.gradient_norms or (float("nan"),)
        norms = [repr(v) for v in layers] + [""] * (hidden - len(layers)) + [repr(out)]
        writer.writerow(
            [planned.group, planned.seed, repr(result.test_accuracy), result.dead_neurons, *norms]
        )
    return buffer.getvalue()


def write_experiment_csv(
    path: str | os.PathLike[str], setting: str, results: Sequence[tuple[PlannedRun, RunResult]]
) -> Path:
    """Write :func:`experiment_csv` to ``path`` atomically; raises ``ExportError``."""
    return write_atomic(path, experiment_csv(setting, results))

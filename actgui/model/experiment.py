"""Controlled training experiments: one set of settings, trained from a seed, measured.

A run is fully described by its :class:`RunSettings`, its data and a seed;
the seed sets both the initial weights and the order of the mini-batches, so
the same three give the same numbers on every machine. Lessons
(:mod:`actgui.model.lessons`) and the playground's experiment tool compare
runs that differ in exactly one setting, over several seeds.

    >>> from actgui.model.datasets import DataSettings
    >>> result = run_settings(DataSettings("xor"), RunSettings(), epochs=5, seed=1)
    >>> 0.0 <= result.test_accuracy <= 1.0
    True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from actgui.model.datasets import DataSettings, generate
from actgui.model.mlp import MLP, NetworkConfig
from actgui.model.refusal import Refusal
from actgui.model.training import TrainConfig, Trainer

SETTING_NAMES: tuple[str, ...] = ("activation", "init_scale", "learning_rate", "init", "depth")
"""The settings an experiment may vary, one at a time."""


@dataclass(frozen=True)
class RunSettings:
    """Everything about a run but its data and its seed.

    Every hidden layer has ``neurons`` neurons and the same ``activation``.
    Validated when a run builds its network and optimiser from it.
    """

    activation: str = "tanh"
    depth: int = 2
    neurons: int = 8
    init: str = "xavier"
    init_scale: float = 1.0
    optimizer: str = "adam"
    learning_rate: float = 0.03
    batch_size: int = 32

    def changed(self, changes: Mapping[str, Any]) -> RunSettings:
        """These settings with ``changes`` applied (a mapping of setting name to value).

        Raises
        ------
        Refusal
            ``setting_unknown`` for a name that is not a setting.
        """
        names = {f.name for f in fields(self)}
        for name in changes:
            if name not in names:
                raise Refusal("setting_unknown", name=repr(name), valid=", ".join(sorted(names)))
        return replace(self, **dict(changes))

    def network(self, seed: int) -> NetworkConfig:
        """The network these settings describe, its initial weights drawn from ``seed``."""
        return NetworkConfig(
            (self.neurons,) * self.depth,
            (self.activation,) * self.depth,
            init=self.init,
            init_scale=self.init_scale,
            seed=seed,
        )

    def training(self) -> TrainConfig:
        """The optimiser these settings describe."""
        return TrainConfig(self.optimizer, self.learning_rate, self.batch_size, 0.0)


@dataclass(frozen=True)
class RunResult:
    """What a run ended with.

    Attributes
    ----------
    test_accuracy
        Share of the test points classified correctly, 0 to 1.
    dead_neurons
        Hidden neurons whose derivative is 0 on every training point.
    gradient_norms
        Per layer (input layer first, the output layer last), the median over
        the training points of the norm of the gradient each point sends to
        that layer's weights, after training.
    """

    test_accuracy: float
    dead_neurons: int
    gradient_norms: tuple[float, ...]


class RunCancelled(Exception):
    """A run stopped before its last epoch because it was asked to."""


def run_settings(
    data: DataSettings,
    settings: RunSettings,
    epochs: int,
    seed: int,
    cancelled: Callable[[], bool] | None = None,
) -> RunResult:
    """Train a fresh network on ``data`` for ``epochs`` epochs from ``seed``; return the result.

    ``seed`` draws the initial weights and the order of the mini-batches; the
    data stay as ``data`` describes them. A run that diverges (weights not
    finite) ends with the accuracy it has, usually 50 %.

    Raises
    ------
    RunCancelled
        If ``cancelled`` (asked before every epoch) returns True.
    """
    dataset = generate(data)
    trainer = Trainer(MLP(settings.network(seed)), dataset, settings.training(), seed=seed)
    with np.errstate(all="ignore"):  # a diverging run is a result, not an error
        for _ in range(epochs):
            if cancelled is not None and cancelled():
                raise RunCancelled
            trainer.finish_epoch()
        norms = trainer.typical_gradient_norms()
    return RunResult(
        test_accuracy=float(trainer.history.test_accuracy[-1]),
        dead_neurons=trainer.dead_neurons(),
        gradient_norms=tuple(float(n) for n in norms),
    )


def median_and_range(values: Sequence[float]) -> tuple[float, float, float]:
    """(median, lowest, highest) of ``values``."""
    arr = np.asarray(values, dtype=float)
    return float(np.median(arr)), float(np.min(arr)), float(np.max(arr))


@dataclass(frozen=True)
class PlannedRun:
    """One run of an experiment: its group (a lesson's run name or a varied value), seed and settings."""

    group: str
    seed: int
    settings: RunSettings


@dataclass(frozen=True)
class Experiment:
    """Groups of settings, each trained from the same seeds on the same data.

    Attributes
    ----------
    data
        The points every run trains on.
    epochs
        How long every run trains.
    groups
        (name, settings) pairs in display order; the names are unique.
    seeds
        The seeds every group is trained from.
    """

    data: DataSettings
    epochs: int
    groups: tuple[tuple[str, RunSettings], ...]
    seeds: tuple[int, ...]

    @property
    def group_names(self) -> tuple[str, ...]:
        """The groups' names in display order."""
        return tuple(name for name, _ in self.groups)

    def runs(self) -> tuple[PlannedRun, ...]:
        """Every run, seed by seed (each group's first seed comes before any group's second)."""
        return tuple(
            PlannedRun(name, seed, settings) for seed in self.seeds for name, settings in self.groups
        )

    def run(self, planned: PlannedRun, cancelled: Callable[[], bool] | None = None) -> RunResult:
        """Train one planned run (see :func:`run_settings`)."""
        return run_settings(self.data, planned.settings, self.epochs, planned.seed, cancelled)


MAX_VALUES = 5
MAX_SEEDS = 10
MAX_EPOCHS = 500


def value_label(value: object) -> str:
    """How a setting's value names its group: ``tanh``, ``0.1``, ``4``."""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def vary(
    data: DataSettings,
    base: RunSettings,
    setting: str,
    values: Sequence[Any],
    seeds: Sequence[int],
    epochs: int,
) -> Experiment:
    """An experiment that changes only ``setting`` of ``base``: one group per value.

    Raises
    ------
    Refusal
        ``experiment_setting`` for a setting not in :data:`SETTING_NAMES`,
        ``experiment_values`` for fewer than 2 or more than 5 values or a
        repeated one, ``experiment_seeds`` for 0 or more than 10 seeds,
        ``experiment_epochs`` outside 1 to 500, and the settings' own refusals
        for an invalid value (checked here by building each network).
    """
    if setting not in SETTING_NAMES:
        raise Refusal("experiment_setting", setting=repr(setting), valid=", ".join(SETTING_NAMES))
    labels = [value_label(v) for v in values]
    if not 2 <= len(values) <= MAX_VALUES or len(set(labels)) != len(labels):
        raise Refusal("experiment_values", count=len(values), high=MAX_VALUES)
    if not 1 <= len(seeds) <= MAX_SEEDS:
        raise Refusal("experiment_seeds", count=len(seeds), high=MAX_SEEDS)
    if not 1 <= epochs <= MAX_EPOCHS:
        raise Refusal("experiment_epochs", epochs=epochs, high=MAX_EPOCHS)
    groups = tuple(
        (label, base.changed({setting: value})) for label, value in zip(labels, values, strict=True)
    )
    for _, settings in groups:
        MLP(settings.network(0))
        settings.training()
    return Experiment(data, epochs, groups, tuple(seeds))


def median_gradient_norms(results: Sequence[RunResult]) -> tuple[float, ...]:
    """Per layer, the median over ``results`` of the runs' gradient norms."""
    if not results:
        return ()
    return tuple(float(v) for v in np.median(np.array([r.gradient_norms for r in results]), axis=0))

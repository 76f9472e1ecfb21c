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

from collections.abc import Mapping, Sequence
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


def run_settings(data: DataSettings, settings: RunSettings, epochs: int, seed: int) -> RunResult:
    """Train a fresh network on ``data`` for ``epochs`` epochs from ``seed``; return the result.

    ``seed`` draws the initial weights and the order of the mini-batches; the
    data stay as ``data`` describes them. A run that diverges (weights not
    finite) ends with the accuracy it has, usually 50 %.
    """
    dataset = generate(data)
    trainer = Trainer(MLP(settings.network(seed)), dataset, settings.training(), seed=seed)
    with np.errstate(all="ignore"):  # a diverging run is a result, not an error
        trainer.train_epochs(epochs)
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

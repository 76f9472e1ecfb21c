"""The playground's experiment tool: vary one setting of the current set-up over seeds.

A user picks one setting (activation, weight scale, learning rate,
initialisation or depth), 2 to 5 values and 1 to 10 seeds; every other
setting is the playground's. The runs themselves are an
:class:`~actgui.state.experiment_run.ExperimentRun` (:attr:`ExperimentToolState.run`).

    >>> tool = ExperimentToolState()
    >>> tool.set_setting("learning_rate")
    >>> tool.values
    (0.01, 0.1, 1.0)
    >>> tool.set_values_text("0.03, 3")
    >>> tool.values
    (0.03, 3.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from actgui.model.activations import get_activation
from actgui.model.datasets import DataSettings
from actgui.model.experiment import (
    MAX_EPOCHS,
    MAX_SEEDS,
    MAX_VALUES,
    SETTING_NAMES,
    Experiment,
    RunSettings,
    vary,
)
from actgui.model.mlp import INIT_SCHEMES, NetworkConfig
from actgui.model.refusal import Refusal
from actgui.model.training import TrainConfig
from actgui.state.experiment_run import ExperimentRun
from actgui.state.signals import Signal

DEFAULT_VALUES: dict[str, tuple[Any, ...]] = {
    "activation": ("tanh", "relu", "sigmoid"),
    "init_scale": (0.5, 1.0, 4.0),
    "learning_rate": (0.01, 0.1, 1.0),
    "init": ("xavier", "he"),
    "depth": (1, 2, 4),
}
"""What the tool offers first for each setting."""


def base_settings(network: NetworkConfig, training: TrainConfig) -> RunSettings:
    """The playground's set-up as :class:`RunSettings`: its first layer's activation and width throughout.

    A network without hidden layers keeps one linear layer of 4 neurons for
    settings that need one (an experiment on depth or on the activation).
    """
    return RunSettings(
        activation=network.activations[0] if network.activations else "linear",
        depth=network.depth,
        neurons=network.layer_sizes[0] if network.layer_sizes else 4,
        init=network.init,
        init_scale=network.init_scale,
        optimizer=training.optimizer,
        learning_rate=training.learning_rate,
        batch_size=training.batch_size,
    )


def parse_value(setting: str, text: str) -> Any:
    """One value of ``setting`` from its text; raises :class:`Refusal` (``experiment_value``)."""
    text = text.strip()
    try:
        if setting == "activation":
            return get_activation(text).id
        if setting == "init":
            if text not in INIT_SCHEMES:
                raise ValueError(text)
            return text
        if setting == "depth":
            return int(text)
        return float(text)
    except (ValueError, KeyError) as exc:
        raise Refusal("experiment_value", setting=setting, value=repr(text)) from exc


class ExperimentToolState:
    """Which setting to vary, its values, how many seeds and epochs; and the run.

    Signals
    -------
    changed
        The setting, the values, the seeds or the epochs changed.
    """

    changed = Signal()

    def __init__(self) -> None:
        self._setting = "activation"
        self._values: tuple[Any, ...] = DEFAULT_VALUES["activation"]
        self._seeds = 5
        self._epochs = 60
        self.run = ExperimentRun()

    @property
    def setting(self) -> str:
        """The setting varied (one of :data:`~actgui.model.experiment.SETTING_NAMES`)."""
        return self._setting

    @property
    def values(self) -> tuple[Any, ...]:
        """Its values, one group each."""
        return self._values

    @property
    def seeds(self) -> int:
        """How many seeds (1 to ``seeds``) each value is trained from."""
        return self._seeds

    @property
    def epochs(self) -> int:
        """How long every run trains."""
        return self._epochs

    def values_text(self) -> str:
        """The values as the user types them: ``"tanh, relu"``, ``"0.01, 0.1"``."""
        return ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in self._values)

    def set_setting(self, setting: str) -> None:
        """Vary ``setting``, starting from its default values."""
        if setting not in SETTING_NAMES:
            raise Refusal("experiment_setting", setting=repr(setting), valid=", ".join(SETTING_NAMES))
        if setting != self._setting:
            self._setting = setting
            self._values = DEFAULT_VALUES[setting]
            self.changed.emit()

    def set_values(self, values: Sequence[Any]) -> None:
        """Use ``values`` (2 to 5, all different)."""
        values = tuple(values)
        if not 2 <= len(values) <= MAX_VALUES or len(set(values)) != len(values):
            raise Refusal("experiment_values", count=len(values), high=MAX_VALUES)
        if values != self._values:
            self._values = values
            self.changed.emit()

    def set_values_text(self, text: str) -> None:
        """Use the comma-separated values in ``text``; refuses a value the setting cannot take."""
        parts = [part for part in text.replace(";", ",").split(",") if part.strip()]
        self.set_values([parse_value(self._setting, part) for part in parts])

    def set_seeds(self, seeds: int) -> None:
        """Train each value from seeds 1 to ``seeds`` (1 to 10)."""
        if not 1 <= seeds <= MAX_SEEDS:
            raise Refusal("experiment_seeds", count=seeds, high=MAX_SEEDS)
        if seeds != self._seeds:
            self._seeds = seeds
            self.changed.emit()

    def set_epochs(self, epochs: int) -> None:
        """Train every run for ``epochs`` epochs (1 to 500)."""
        if not 1 <= epochs <= MAX_EPOCHS:
            raise Refusal("experiment_epochs", epochs=epochs, high=MAX_EPOCHS)
        if epochs != self._epochs:
            self._epochs = epochs
            self.changed.emit()

    def experiment(self, data: DataSettings, network: NetworkConfig, training: TrainConfig) -> Experiment:
        """The experiment on the playground's data and set-up; refuses values that cannot be trained."""
        base = base_settings(network, training)
        if base.depth == 0 and self._setting != "depth":
            base = base.changed({"depth": 1, "activation": "linear"})
        seeds = tuple(range(1, self._seeds + 1))
        return vary(data, base, self._setting, self._values, seeds, self._epochs)

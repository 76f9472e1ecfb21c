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

from collections.abc import Mapping, Sequence
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

    # -- saved settings -----------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """The choices as JSON-able values: ``setting``, ``values``, ``seeds`` and ``epochs``."""
        return {
            "setting": self._setting,
            "values": list(self._values),
            "seeds": self._seeds,
            "epochs": self._epochs,
        }

    def apply_settings(self, saved: Mapping[str, Any]) -> None:
        """Take the choices of :meth:`settings` (the keys present); refuses a bad value as its setter does.

        Everything is checked on a scratch tool first, so a refusal changes nothing.
        """
        scratch = ExperimentToolState()
        scratch._setting, scratch._values = self._setting, self._values
        scratch._seeds, scratch._epochs = self._seeds, self._epochs
        if "setting" in saved:
            scratch.set_setting(str(saved["setting"]))
        if "values" in saved:
            values = saved["values"]
            if isinstance(values, str) or not isinstance(values, Sequence):
                raise Refusal("experiment_values", count=0, high=MAX_VALUES)
            scratch.set_values([parse_value(scratch.setting, _text(value)) for value in values])
        if "seeds" in saved:
            scratch.set_seeds(_whole(saved["seeds"], "seeds"))
        if "epochs" in saved:
            scratch.set_epochs(_whole(saved["epochs"], "epochs"))
        new = (scratch._setting, scratch._values, scratch._seeds, scratch._epochs)
        if new != (self._setting, self._values, self._seeds, self._epochs):
            self._setting, self._values, self._seeds, self._epochs = new
            self.changed.emit()

    def restore(self, saved: object) -> None:
        """Take saved choices where they are valid; never raises (a bad one keeps its current value)."""
        if not isinstance(saved, Mapping):
            return

        def taken(*keys: str) -> bool:
            try:
                self.apply_settings({key: saved[key] for key in keys if key in saved})
            except Refusal:
                return False
            return True

        if not taken("setting", "values"):
            taken("setting")  # with its default values
        taken("seeds")
        taken("epochs")

    def experiment(self, data: DataSettings, network: NetworkConfig, training: TrainConfig) -> Experiment:
        """The experiment on the playground's data and set-up; refuses values that cannot be trained."""
        base = base_settings(network, training)
        if base.depth == 0 and self._setting != "depth":
            base = base.changed({"depth": 1, "activation": "linear"})
        seeds = tuple(range(1, self._seeds + 1))
        return vary(data, base, self._setting, self._values, seeds, self._epochs)


def _text(value: Any) -> str:
    """A saved value as the text :func:`parse_value` reads (numbers exactly, ``repr`` of a float)."""
    if isinstance(value, bool):
        return repr(value)  # refused by every setting: no setting takes True or False
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _whole(value: Any, name: str) -> int:
    """A saved count as an int; refuses a bool, a fraction or a non-number as the setters' range does."""
    if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
        code = "experiment_seeds" if name == "seeds" else "experiment_epochs"
        high = MAX_SEEDS if name == "seeds" else MAX_EPOCHS
        shown = repr(value)
        raise Refusal(code, **({"count": shown} if name == "seeds" else {"epochs": shown}), high=high)
    return int(value)

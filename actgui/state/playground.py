"""The training playground's state: one Qt-free object with change signals.

It holds the dataset, network and training settings and the trainer built
from them. Widgets call the setters and update themselves from the signals;
a timer in the UI calls :meth:`PlaygroundState.train_for` in short slices.

Changing the data, the architecture, an activation or one of its parameters
(Leaky ReLU's slope, ELU's alpha, ...) or the initialisation starts over with
fresh weights (epoch 0); changing the learning rate, batch size, L2 or the
optimiser applies to the running training, as in browser playgrounds.

:meth:`PlaygroundState.settings` gives the settings a user chose as plain
JSON-able data, and :meth:`PlaygroundState.from_settings` builds a state back
from them, falling back to the default for every missing or invalid value:
the app saves the playground's set-up this way (not its trained weights).
:meth:`PlaygroundState.trained_settings` and
:meth:`PlaygroundState.resume_trained` carry the trained network in a setup
file when the teacher asks for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, fields, replace
from typing import Any, TypeVar

from actgui.model.activations import get_activation
from actgui.model.datasets import Dataset, DataSettings, generate
from actgui.model.lessons import BASELINE, LESSONS, SHOWN_SEEDS
from actgui.model.network import (
    MAX_HIDDEN_LAYERS,
    MLP,
    NetworkConfig,
    TrainConfig,
    Trainer,
)
from actgui.model.refusal import Refusal
from actgui.state.experiment_run import ExperimentRun
from actgui.state.experiment_tool import ExperimentToolState
from actgui.state.playground_trained import progress_from_settings, trained_settings
from actgui.state.signals import Signal

DEFAULT_NEURONS = 4
DEFAULT_ACTIVATION = "tanh"

_Config = TypeVar("_Config", DataSettings, NetworkConfig, TrainConfig)
_REFUSED = (ValueError, TypeError, OverflowError)
"""What a config or an activation raises for a value it does not accept."""


class PlaygroundState:
    """Settings, data, network and training progress of the playground.

    Signals
    -------
    data_changed
        New points (dataset settings changed); the network was reset too.
    network_changed
        New network (architecture, activations, their parameters or init
        changed, or reset).
    training_changed
        Optimiser, learning rate, batch size or L2 changed.
    progressed
        Training advanced (epochs, weights, history changed).
    running_changed(bool)
        Play / pause.
    lesson_changed(str)
        The lesson shown ("" when the settings were changed by hand).

    Attributes
    ----------
    lesson_run
        The shown lesson's experiment over seeds (baseline and variants).
    tool
        The experiment tool's choices and its run.
    """

    data_changed = Signal()
    network_changed = Signal()
    training_changed = Signal()
    progressed = Signal()
    running_changed = Signal(bool)
    lesson_changed = Signal(str)

    def __init__(
        self,
        data: DataSettings | None = None,
        network: NetworkConfig | None = None,
        training: TrainConfig | None = None,
    ) -> None:
        self._data_settings = data if data is not None else DataSettings()
        self._network = network if network is not None else NetworkConfig()
        self._training = training if training is not None else TrainConfig()
        self._dataset = generate(self._data_settings)
        self._running = False
        self._lesson = ""
        self._trainer = self._new_trainer()
        self.lesson_run = ExperimentRun()
        self.tool = ExperimentToolState()

    def _new_trainer(self) -> Trainer:
        return Trainer(MLP(self._network), self._dataset, self._training, seed=self._network.seed)

    # -- read access ----------------------------------------------------------

    @property
    def data_settings(self) -> DataSettings:
        """How the points are generated."""
        return self._data_settings

    @property
    def dataset(self) -> Dataset:
        """The current points."""
        return self._dataset

    @property
    def network(self) -> NetworkConfig:
        """The current architecture and initialisation."""
        return self._network

    @property
    def training(self) -> TrainConfig:
        """The current training hyper-parameters."""
        return self._training

    @property
    def trainer(self) -> Trainer:
        """The trainer (network, history, diagnostics)."""
        return self._trainer

    @property
    def epoch(self) -> int:
        """Completed epochs since the last reset."""
        return self._trainer.epoch

    @property
    def running(self) -> bool:
        """Whether training is playing."""
        return self._running

    @property
    def lesson(self) -> str:
        """The id of the lesson shown, or "" if none."""
        return self._lesson

    # -- settings -------------------------------------------------------------

    def set_data(self, **changes: Any) -> None:
        """Change dataset settings (kind, n_points, noise, seed, test_fraction).

        New points mean a fresh network. Raises ValueError for invalid values,
        leaving the state unchanged.
        """
        settings = replace(self._data_settings, **changes)
        if settings != self._data_settings:
            self._data_settings = settings
            self._dataset = generate(settings)
            self._trainer = self._new_trainer()
            self._set_lesson("")
            self.data_changed.emit()
            self.network_changed.emit()
            self.progressed.emit()

    def set_network(self, **changes: Any) -> None:
        """Change the architecture or init.

        ``changes`` are fields of :class:`NetworkConfig`: layer_sizes,
        activations, activation_params, init, init_scale, seed. Starts over
        with fresh weights. Raises ValueError for invalid values.
        """
        config = replace(self._network, **changes)
        if config != self._network:
            self._network = config
            self._trainer = self._new_trainer()
            self._set_lesson("")
            self.network_changed.emit()
            self.progressed.emit()

    def set_layer_count(self, count: int) -> None:
        """Use ``count`` hidden layers; new layers copy the last one (or the defaults)."""
        if not 0 <= count <= MAX_HIDDEN_LAYERS:
            raise Refusal("hidden_layers_count", high=MAX_HIDDEN_LAYERS, count=count)
        net = self._network
        sizes, acts, params = list(net.layer_sizes), list(net.activations), list(net.activation_params)
        while len(sizes) < count:
            sizes.append(sizes[-1] if sizes else DEFAULT_NEURONS)
            acts.append(acts[-1] if acts else DEFAULT_ACTIVATION)
            params.append(params[-1] if params else {})
        self.set_network(
            layer_sizes=tuple(sizes[:count]),
            activations=tuple(acts[:count]),
            activation_params=tuple(params[:count]),
        )

    def set_layer_size(self, layer: int, size: int) -> None:
        """Set the number of neurons of hidden layer ``layer`` (0-based)."""
        sizes = list(self._network.layer_sizes)
        sizes[layer] = size
        self.set_network(layer_sizes=tuple(sizes))

    def set_layer_activation(self, layer: int, activation_id: str) -> None:
        """Set the activation of hidden layer ``layer`` (0-based), with its default parameters.

        The other layers keep their activations and parameters.
        """
        acts = list(self._network.activations)
        params = list(self._network.activation_params)
        if acts[layer] == activation_id:
            return
        acts[layer] = activation_id
        params[layer] = {}
        self.set_network(activations=tuple(acts), activation_params=tuple(params))

    def set_activation_param(self, layer: int, name: str, value: Any) -> None:
        """Set one parameter of hidden layer ``layer``'s activation; starts over with fresh weights.

        Raises ValueError for a parameter the activation does not have, or a
        value it refuses (out of range, or e.g. Hardtanh's min_val not below
        max_val), leaving the state unchanged.
        """
        params = [dict(p) for p in self._network.activation_params]
        params[layer][name] = value
        self.set_network(activation_params=tuple(params))

    def set_all_activations(self, activation_id: str) -> None:
        """Use one activation in every hidden layer."""
        self.set_network(activations=(activation_id,) * self._network.depth, activation_params=())

    def set_training(self, **changes: Any) -> None:
        """Change optimizer, learning_rate, batch_size or l2; training continues.

        Raises ValueError for invalid values.
        """
        config = replace(self._training, **changes)
        if config != self._training:
            self._training = config
            self._trainer.set_config(config)
            self._set_lesson("")
            self.training_changed.emit()

    # -- saved settings -----------------------------------------------------

    def settings(self) -> dict[str, dict[str, Any]]:
        """The settings a user chose, as JSON-able data (no weights, no progress).

        Four groups: ``data``, ``network`` and ``training``, each holding the
        fields of :class:`DataSettings`, :class:`NetworkConfig` and
        :class:`TrainConfig`, and ``experiment``, the experiment tool's choices.
        """
        net = self._network
        network = {
            **asdict(net),
            "layer_sizes": list(net.layer_sizes),
            "activations": list(net.activations),
            "activation_params": [dict(p) for p in net.activation_params],
        }
        return {
            "data": asdict(self._data_settings),
            "network": network,
            "training": asdict(self._training),
            "experiment": self.tool.settings(),
        }

    @classmethod
    def from_settings(cls, settings: object) -> PlaygroundState:
        """A state set up from :meth:`settings` as saved earlier; never raises.

        Every missing or invalid value (wrong type, out of range, unknown
        dataset or activation, corrupt structure) is replaced by its default,
        one value at a time; the layers' sizes and activations go together.
        """
        groups = settings if isinstance(settings, Mapping) else {}
        state = cls(
            _restored(DataSettings(), groups.get("data")),
            _restored_network(groups.get("network")),
            _restored(TrainConfig(), groups.get("training")),
        )
        state.tool.restore(groups.get("experiment"))
        return state

    def trained_settings(self) -> dict[str, Any] | None:
        """The trained network, its history and training progress as JSON-able data.

        None when the weights are no longer finite (training diverged). See
        :mod:`actgui.state.playground_trained`.
        """
        return trained_settings(self._trainer)

    def resume_trained(self, trained: Mapping[str, Any]) -> None:
        """Pause and continue from :meth:`trained_settings` saved with these same settings.

        Raises ValueError (a Refusal naming the first problem: shapes that do
        not match the network, numbers that are not finite, a history or an
        order that does not fit) and leaves the state unchanged.
        """
        progress = progress_from_settings(trained)
        trainer = self._new_trainer()
        trainer.resume(progress)
        self.set_running(False)
        self._trainer = trainer
        self.network_changed.emit()
        self.progressed.emit()

    # -- lessons ----------------------------------------------------------------

    def apply_lesson(self, lesson_id: str, variant: str = BASELINE) -> None:
        """Set up a lesson's baseline (or one of its variants) from its first shown seed; show its text.

        Pauses and starts over; the lesson's experiment over seeds, if one
        ran for another lesson, is cancelled.
        """
        lesson = LESSONS[lesson_id]
        settings = lesson.settings(variant)
        if lesson_id != self._lesson:
            self.lesson_run.cancel()
        self.set_running(False)
        self._data_settings = lesson.data
        self._dataset = generate(lesson.data)
        self._network = settings.network(SHOWN_SEEDS[0])
        self._training = settings.training()
        self._trainer = self._new_trainer()
        self.data_changed.emit()
        self.network_changed.emit()
        self.training_changed.emit()
        self.progressed.emit()
        self._set_lesson(lesson_id)

    def _set_lesson(self, lesson_id: str) -> None:
        if lesson_id != self._lesson:
            self._lesson = lesson_id
            self.lesson_changed.emit(lesson_id)

    # -- running ------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        """Play or pause."""
        if bool(running) != self._running:
            self._running = bool(running)
            self.running_changed.emit(self._running)

    def train_for(self, seconds: float) -> int:
        """Train mini-batches for about ``seconds``; return the epochs completed."""
        done = self._trainer.train_for(seconds)
        self.progressed.emit()
        return done

    def step(self) -> None:
        """Pause and train exactly one more epoch (finishing a partial one)."""
        self.set_running(False)
        self._trainer.finish_epoch()
        self.progressed.emit()

    def reset(self) -> None:
        """Pause and start over with the initial weights (epoch 0)."""
        self.set_running(False)
        self._trainer = self._new_trainer()
        self.network_changed.emit()
        self.progressed.emit()

    def regenerate(self) -> None:
        """New points from the next seed."""
        self.set_data(seed=self._data_settings.seed + 1)


# -- reading saved settings ------------------------------------------------------


def _restored(default: _Config, saved: object) -> _Config:
    """``default`` with every saved field that it accepts; the others stay default."""
    config = default
    if isinstance(saved, Mapping):
        for name in (f.name for f in fields(default)):
            if name in saved:
                try:
                    config = replace(config, **{name: saved[name]})
                except _REFUSED:
                    continue
    return config


def _valid_params(activation_id: str, saved: object) -> dict[str, Any]:
    """The saved parameters of an activation that it accepts, one by one."""
    activation = get_activation(activation_id)
    kept: dict[str, Any] = {}
    if isinstance(saved, Mapping):
        for name, value in saved.items():
            try:
                activation.resolve({**kept, name: value})
            except _REFUSED:
                continue
            kept[name] = value
    return kept


def _restored_network(saved: object) -> NetworkConfig:
    """The default network with the saved architecture, parameters and init that are valid."""
    config = NetworkConfig()
    if not isinstance(saved, Mapping):
        return config
    sizes, acts = saved.get("layer_sizes"), saved.get("activations")
    if isinstance(sizes, list) and isinstance(acts, list):
        try:
            config = replace(config, layer_sizes=tuple(sizes), activations=tuple(acts), activation_params=())
        except _REFUSED:
            pass
        else:
            params = saved.get("activation_params")
            if isinstance(params, list) and len(params) == config.depth:
                layers = tuple(_valid_params(a, p) for a, p in zip(config.activations, params, strict=True))
                config = replace(config, activation_params=layers)
    without_architecture = {k: v for k, v in saved.items() if k in ("init", "init_scale", "seed")}
    return _restored(config, without_architecture)

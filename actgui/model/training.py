"""Training the playground's network: mini-batch SGD or Adam, resumable at any batch.

For example::

    >>> from actgui.model.datasets import make_dataset
    >>> from actgui.model.mlp import MLP, NetworkConfig
    >>> from actgui.model.training import Trainer, TrainConfig
    >>> data = make_dataset("xor", seed=0)
    >>> trainer = Trainer(MLP(NetworkConfig((8, 8), ("tanh", "tanh"))), data, TrainConfig())
    >>> trainer.train_epochs(5)
    >>> trainer.epoch
    5
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np

from actgui.model._numerics import FloatArray
from actgui.model.checks import check_float, check_int
from actgui.model.datasets import Dataset
from actgui.model.mlp import MLP, Gradients, NetworkConfig, NeuronStats, bce_with_logits
from actgui.model.refusal import Refusal

OPTIMIZERS: tuple[str, ...] = ("sgd", "adam")
"""Plain (mini-batch) gradient descent and Adam."""

MIN_LEARNING_RATE = 1e-4
MAX_LEARNING_RATE = 10.0
MAX_L2 = 1.0
MAX_BATCH_SIZE = 2000

_ADAM_BETA1, _ADAM_BETA2, _ADAM_EPS = 0.9, 0.999, 1e-8


@dataclass(frozen=True)
class TrainConfig:
    """How to train; validated on construction.

    Parameters
    ----------
    optimizer
        One of :data:`OPTIMIZERS`.
    learning_rate
        Step size, in [1e-4, 10] (what the playground's box can show).
    batch_size
        Points per gradient step; larger than the training set means full batch.
    l2
        L2 penalty: adds ``l2 / 2 * sum(W**2)`` to the loss (weights, not biases). Under SGD
        that is weight decay; under Adam it is not AdamW's decoupled weight decay.
    """

    optimizer: str = "adam"
    learning_rate: float = 0.03
    batch_size: int = 32
    l2: float = 0.0

    def __post_init__(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise Refusal("optimizer_unknown", optimizer=repr(self.optimizer), valid=", ".join(OPTIMIZERS))
        check_float("learning_rate", self.learning_rate, MIN_LEARNING_RATE, MAX_LEARNING_RATE)
        check_int("batch_size", self.batch_size, 1, MAX_BATCH_SIZE)
        check_float("l2", self.l2, 0.0, MAX_L2)


@dataclass
class History:
    """Loss and accuracy after each epoch (BCE without the L2 term)."""

    epochs: list[int] = field(default_factory=list)
    train_loss: list[float] = field(default_factory=list)
    test_loss: list[float] = field(default_factory=list)
    train_accuracy: list[float] = field(default_factory=list)
    test_accuracy: list[float] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.epochs)

    def copy(self) -> History:
        """An independent copy."""
        return History(
            list(self.epochs),
            list(self.train_loss),
            list(self.test_loss),
            list(self.train_accuracy),
            list(self.test_accuracy),
        )


MAX_EPOCH = 10**9
"""The most epochs (and ten times the most steps) a saved training may have run."""


@dataclass(frozen=True)
class TrainingProgress:
    """Where a training stands: enough to show it and to continue it bit for bit.

    Attributes
    ----------
    weights, biases
        The network's parameters per layer, input layer first.
    epoch, steps
        Completed epochs and gradient steps.
    history
        The metrics recorded (one entry per recorded epoch, epoch 0 first,
        the current epoch last; a long history may have been thinned).
    order, cursor
        The current epoch's shuffled order of the training points and the
        position of the next mini-batch in it.
    generator
        The shuffling generator's state (``numpy.random.PCG64().state``).
    adam_m, adam_v, adam_t
        Adam's moment estimates (per weight matrix, then per bias vector)
        and its step count; empty moments mean fresh ones (and SGD needs none).
    """

    weights: tuple[FloatArray, ...]
    biases: tuple[FloatArray, ...]
    epoch: int
    steps: int
    history: History
    order: np.ndarray
    cursor: int
    generator: Mapping[str, Any]
    adam_m: tuple[FloatArray, ...] = ()
    adam_v: tuple[FloatArray, ...] = ()
    adam_t: int = 0


class Trainer:
    """Trains a network on a dataset in mini-batches, resumable at any batch.

    Training can stop after any mini-batch (``train_for`` with a time budget),
    so a GUI can run it in short slices between frames. An epoch is one pass
    over the shuffled training set; the history records the metrics after
    each completed epoch, starting with epoch 0 (the untrained network).

    Parameters
    ----------
    network
        The network to train (updated in place).
    data
        Training and test points.
    config
        Optimiser, learning rate, batch size and L2.
    seed
        Seed of the mini-batch shuffling.
    """

    def __init__(self, network: MLP, data: Dataset, config: TrainConfig | None = None, seed: int = 0) -> None:
        self.network = network
        self.data = data
        self.config = config if config is not None else TrainConfig()
        self._rng = np.random.default_rng(seed)
        self.epoch = 0
        self.steps = 0
        self._order = self._rng.permutation(len(data.y_train))
        self._cursor = 0
        self._reset_optimizer()
        self.history = History()
        self._record()

    def set_config(self, config: TrainConfig) -> None:
        """Change the hyper-parameters without resetting the weights.

        Switching optimiser starts it with fresh moment estimates.
        """
        if config.optimizer != self.config.optimizer:
            self.config = config
            self._reset_optimizer()
        self.config = config

    def progress(self) -> TrainingProgress:
        """Where the training stands (copies; see :meth:`resume`)."""
        adam = self.config.optimizer == "adam"
        return TrainingProgress(
            weights=tuple(w.copy() for w in self.network.weights),
            biases=tuple(b.copy() for b in self.network.biases),
            epoch=self.epoch,
            steps=self.steps,
            history=self.history.copy(),
            order=self._order.copy(),
            cursor=self._cursor,
            generator=self._rng.bit_generator.state,
            adam_m=tuple(m.copy() for m in self._m) if adam else (),
            adam_v=tuple(v.copy() for v in self._v) if adam else (),
            adam_t=self._adam_t if adam else 0,
        )

    def resume(self, progress: TrainingProgress) -> None:
        """Continue from ``progress`` (of a network of the same shapes, on the same data).

        Everything is checked before anything changes: training then goes
        on exactly as it would have from where ``progress`` was taken.

        Raises
        ------
        Refusal
            ``trained_shape``, ``entries_not_finite``, ``trained_negative``,
            ``integer_range``, ``trained_history``, ``trained_order`` or
            ``trained_generator``, naming the first problem; the trainer is
            then unchanged.
        """
        shapes = self.network.config.shapes
        weights = _arrays("weights", progress.weights, [s for s in shapes])
        biases = _arrays("biases", progress.biases, [(n_out,) for _, n_out in shapes])
        moments = [*[s for s in shapes], *[(n_out,) for _, n_out in shapes]]
        adam_m = _arrays("adam_m", progress.adam_m, moments) if progress.adam_m else None
        adam_v = _arrays("adam_v", progress.adam_v, moments) if progress.adam_v else None
        if (adam_m is None) != (adam_v is None):
            raise Refusal("trained_shape", name="adam_v", expected=f"{len(moments)} arrays", shape="none")
        if adam_v is not None and any(np.any(v < 0.0) for v in adam_v):
            raise Refusal("trained_negative", name="adam_v")
        check_int("epoch", progress.epoch, 0, MAX_EPOCH)
        check_int("steps", progress.steps, 0, 10 * MAX_EPOCH)
        check_int("adam_t", progress.adam_t, 0, 10 * MAX_EPOCH)
        history = _checked_history(progress.history, progress.epoch)
        n = len(self.data.y_train)
        order = np.asarray(progress.order)
        if (
            order.shape != (n,)
            or not np.issubdtype(order.dtype, np.integer)
            or not np.array_equal(np.sort(order), np.arange(n))
        ):
            raise Refusal("trained_order", count=n)
        check_int("position", progress.cursor, 0, max(n - 1, 0))
        rng = _generator(progress.generator, type(self._rng.bit_generator))
        self.network.weights = weights
        self.network.biases = biases
        self.epoch, self.steps, self.history = progress.epoch, progress.steps, history
        self._order, self._cursor, self._rng = order.astype(np.int64), progress.cursor, rng
        self._reset_optimizer()
        if adam_m is not None and adam_v is not None:
            self._m, self._v, self._adam_t = adam_m, adam_v, progress.adam_t

    def _reset_optimizer(self) -> None:
        params = self._parameters()
        self._m = [np.zeros_like(p) for p in params]
        self._v = [np.zeros_like(p) for p in params]
        self._adam_t = 0

    def _parameters(self) -> list[FloatArray]:
        return [*self.network.weights, *self.network.biases]

    def _apply(self, grads: Gradients) -> None:
        params = self._parameters()
        flat = [*grads.weights, *grads.biases]
        lr = self.config.learning_rate
        if self.config.optimizer == "sgd":
            with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected, not warned of
                for p, g in zip(params, flat, strict=True):
                    p -= lr * g
            return
        self._adam_t += 1
        c1 = 1.0 - _ADAM_BETA1**self._adam_t
        c2 = 1.0 - _ADAM_BETA2**self._adam_t
        with np.errstate(over="ignore", invalid="ignore"):
            for p, g, m, v in zip(params, flat, self._m, self._v, strict=True):
                m *= _ADAM_BETA1
                m += (1.0 - _ADAM_BETA1) * g
                v *= _ADAM_BETA2
                v += (1.0 - _ADAM_BETA2) * g * g
                p -= lr * (m / c1) / (np.sqrt(v / c2) + _ADAM_EPS)

    def train_batch(self) -> bool:
        """Take one gradient step on the next mini-batch.

        Returns True when the step completed an epoch.
        """
        n = len(self._order)
        if n == 0:
            self.epoch += 1
            self._record()
            return True
        stop = min(self._cursor + self.config.batch_size, n)
        idx = self._order[self._cursor : stop]
        grads = self.network.gradients(self.data.x_train[idx], self.data.y_train[idx], self.config.l2)
        self._apply(grads)
        self.steps += 1
        self._cursor = stop
        if self._cursor >= n:
            self._cursor = 0
            self._order = self._rng.permutation(n)
            self.epoch += 1
            self._record()
            return True
        return False

    def finish_epoch(self) -> None:
        """Train until the current epoch is complete (one full epoch from a boundary)."""
        while not self.train_batch():
            pass

    def train_epochs(self, n: int) -> None:
        """Train ``n`` complete epochs."""
        for _ in range(n):
            self.finish_epoch()

    def train_for(self, seconds: float, max_epochs: int | None = None) -> int:
        """Train mini-batches until ``seconds`` have passed; return the epochs completed.

        At least one mini-batch is taken. Stops early after ``max_epochs``
        completed epochs if given.
        """
        start = time.perf_counter()
        done = 0
        while True:
            if self.train_batch():
                done += 1
                if max_epochs is not None and done >= max_epochs:
                    break
            if time.perf_counter() - start >= seconds:
                break
        return done

    def _record(self) -> None:
        net, data = self.network, self.data
        h = self.history
        h.epochs.append(self.epoch)
        for x, y, losses, accuracies in (
            (data.x_train, data.y_train, h.train_loss, h.train_accuracy),
            (data.x_test, data.y_test, h.test_loss, h.test_accuracy),
        ):
            logits = net.forward(x).logits
            losses.append(bce_with_logits(logits, y))
            accuracies.append(float(np.mean((logits >= 0.0) == (y >= 0.5))) if len(y) else float("nan"))

    @property
    def diverged(self) -> bool:
        """Whether any weight became non-finite (learning rate far too large)."""
        return not all(np.all(np.isfinite(p)) for p in self._parameters())

    def gradient_norms(self) -> FloatArray:
        """Per-layer norms of the BCE's gradient summed over the training set."""
        return self.network.gradient_norms(self.data.x_train, self.data.y_train)

    def typical_gradient_norms(self) -> FloatArray:
        """Per-layer median of the per-point gradient norms on the training set."""
        return self.network.typical_gradient_norms(self.data.x_train, self.data.y_train)

    def neuron_stats(self) -> tuple[NeuronStats, ...]:
        """Per-layer neuron statistics on the training set."""
        return self.network.neuron_stats(self.data.x_train)

    def dead_neurons(self) -> int:
        """How many hidden neurons are dead on the whole training set."""
        return int(sum(int(np.sum(s.dead)) for s in self.neuron_stats()))


def _arrays(name: str, given: tuple[FloatArray, ...], shapes: list[tuple[int, ...]]) -> list[FloatArray]:
    """Copies of ``given`` as float arrays of ``shapes``, all finite."""
    arrays = [np.array(a, dtype=np.float64) for a in given]
    got = [a.shape for a in arrays]
    if got != shapes:
        expected = ", ".join(str(s) for s in shapes)
        shown = ", ".join(str(s) for s in got) or "none"
        raise Refusal("trained_shape", name=name, expected=expected, shape=shown)
    if not all(np.all(np.isfinite(a)) for a in arrays):
        raise Refusal("entries_not_finite", name=name)
    return arrays


def _checked_history(history: History, epoch: int) -> History:
    """A copy of ``history`` if it runs from epoch 0 to ``epoch``, rising, every list as long."""
    copy = history.copy()
    epochs = copy.epochs
    lists = (copy.train_loss, copy.test_loss, copy.train_accuracy, copy.test_accuracy)
    if (
        not epochs
        or any(len(values) != len(epochs) for values in lists)
        or any(isinstance(e, bool) or not isinstance(e, (int, np.integer)) for e in epochs)
        or epochs[0] != 0
        or epochs[-1] != epoch
        or any(b <= a for a, b in pairwise(epochs))
    ):
        raise Refusal("trained_history", epoch=epoch)
    copy.epochs = [int(e) for e in epochs]
    for values in lists:
        values[:] = [float(v) for v in values]
    if any(not (np.isnan(v) or v >= 0.0) for v in (*copy.train_loss, *copy.test_loss)) or any(
        not (np.isnan(v) or 0.0 <= v <= 1.0) for v in (*copy.train_accuracy, *copy.test_accuracy)
    ):
        raise Refusal("trained_history", epoch=epoch)
    return copy


def _generator(state: Mapping[str, Any], kind: type[np.random.BitGenerator]) -> np.random.Generator:
    """A generator of ``kind`` in ``state``."""
    bit_generator = kind()
    if not isinstance(state, Mapping) or state.get("bit_generator") != kind.__name__:
        raise Refusal("trained_generator", kind=kind.__name__)
    try:
        bit_generator.state = dict(state)
    except (ValueError, TypeError, KeyError, OverflowError, AttributeError):
        raise Refusal("trained_generator", kind=kind.__name__) from None
    return np.random.Generator(bit_generator)


def train(
    data: Dataset,
    network: NetworkConfig | None = None,
    config: TrainConfig | None = None,
    epochs: int = 100,
    seed: int = 0,
) -> Trainer:
    """Build a network and train it for ``epochs`` epochs; return the trainer.

    ``network`` None means the default :class:`NetworkConfig`.
    """
    trainer = Trainer(MLP(network), data, config, seed=seed)
    trainer.train_epochs(epochs)
    return trainer

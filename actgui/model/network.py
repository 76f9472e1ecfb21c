"""A small fully connected network for the training playground, in NumPy.

The network maps 2-D points to the probability of class 1::

    a_0 = x
    z_l = a_{l-1} W_l + b_l,   a_l = f_l(z_l)        for each hidden layer l
    s   = a_L W_out + b_out                          (the logit)
    p   = sigmoid(s)                                 (the seed's sigmoid as a probability)

and is trained on binary cross-entropy computed from the logit. Backpropagation
multiplies by ``f_l.derivative(z_l)`` from the activation catalogue: the same
derivative the explorer plots, so what the student sees on the curve is what
the training uses.

    >>> from actgui.model.datasets import make_dataset
    >>> from actgui.model.network import MLP, NetworkConfig, Trainer, TrainConfig
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

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations import Activation, get_activation
from actgui.model.datasets import EXTENT, Dataset
from actgui.model.params import ParamValue

INIT_SCHEMES: tuple[str, ...] = ("uniform", "xavier", "he")
"""Weight initialisations: the seed's uniform [-0.1, 0.1], Xavier/Glorot, He."""

OPTIMIZERS: tuple[str, ...] = ("sgd", "adam")
"""Plain (mini-batch) gradient descent and Adam."""

MAX_HIDDEN_LAYERS = 4
MAX_NEURONS = 16
MIN_INIT_SCALE = 0.1
MAX_INIT_SCALE = 100.0
MIN_LEARNING_RATE = 1e-4
MAX_LEARNING_RATE = 10.0
MAX_L2 = 1.0
MAX_BATCH_SIZE = 2000

DEAD_TOLERANCE = 1e-8
"""|f'(z)| at or below this on every training point: the neuron passes no gradient."""

_ADAM_BETA1, _ADAM_BETA2, _ADAM_EPS = 0.9, 0.999, 1e-8
_GRID_BLOCK = 1000


def _check_int(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
        raise ValueError(f"{name} must be an integer in [{low}, {high}], got {value!r}")


def _check_float(name: str, value: object, low: float, high: float) -> None:
    ok = isinstance(value, (int, float, np.floating)) and not isinstance(value, bool) and np.isfinite(value)
    if ok:
        ok = low <= value <= high
    if not ok:
        raise ValueError(f"{name} must be a number in [{low:g}, {high:g}], got {value!r}")


# --------------------------------------------------------------------------
# Configuration
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkConfig:
    """The architecture and initialisation of a network; validated on construction.

    Parameters
    ----------
    layer_sizes
        Neurons per hidden layer: 0 to 4 layers of 1 to 16 neurons.
    activations
        An elementwise activation id of the catalogue per hidden layer.
    activation_params
        Parameters per hidden layer (a mapping each); empty means defaults.
    init
        One of :data:`INIT_SCHEMES`.
    init_scale
        Multiplies the initial weights: the playground's "large initial
        weights" knob, in [0.1, 100].
    seed
        Seed of the initial weights.
    """

    layer_sizes: tuple[int, ...] = (8, 8)
    activations: tuple[str, ...] = ("tanh", "tanh")
    activation_params: tuple[Mapping[str, ParamValue], ...] = ()
    init: str = "xavier"
    init_scale: float = 1.0
    seed: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "layer_sizes", tuple(self.layer_sizes))
        object.__setattr__(self, "activations", tuple(self.activations))
        if not 0 <= len(self.layer_sizes) <= MAX_HIDDEN_LAYERS:
            raise ValueError(
                f"a network has 0 to {MAX_HIDDEN_LAYERS} hidden layers, got {len(self.layer_sizes)}"
            )
        for size in self.layer_sizes:
            _check_int("a hidden layer's size", size, 1, MAX_NEURONS)
        if len(self.activations) != len(self.layer_sizes):
            raise ValueError(
                f"need one activation per hidden layer: {len(self.layer_sizes)} layers, "
                f"{len(self.activations)} activations"
            )
        for act_id in self.activations:
            if get_activation(act_id).is_vector:
                raise ValueError(f"{act_id} is a vector activation; hidden layers need an elementwise one")
        params = tuple(dict(p) for p in self.activation_params) or tuple({} for _ in self.layer_sizes)
        if len(params) != len(self.layer_sizes):
            raise ValueError("activation_params needs one mapping per hidden layer (or none at all)")
        object.__setattr__(
            self,
            "activation_params",
            tuple(get_activation(a).resolve(p) for a, p in zip(self.activations, params, strict=True)),
        )
        if self.init not in INIT_SCHEMES:
            raise ValueError(f"unknown init {self.init!r}; valid: {', '.join(INIT_SCHEMES)}")
        _check_float("init_scale", self.init_scale, MIN_INIT_SCALE, MAX_INIT_SCALE)
        _check_int("seed", self.seed, 0, 2**63 - 1)

    @property
    def depth(self) -> int:
        """Number of hidden layers."""
        return len(self.layer_sizes)

    @property
    def shapes(self) -> tuple[tuple[int, int], ...]:
        """Shapes of the weight matrices, input to output."""
        sizes = (2, *self.layer_sizes, 1)
        return tuple((sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1))


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
        Weight decay: adds ``l2 / 2 * sum(W**2)`` to the loss (weights, not biases).
    """

    optimizer: str = "adam"
    learning_rate: float = 0.03
    batch_size: int = 32
    l2: float = 0.0

    def __post_init__(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {self.optimizer!r}; valid: {', '.join(OPTIMIZERS)}")
        _check_float("learning_rate", self.learning_rate, MIN_LEARNING_RATE, MAX_LEARNING_RATE)
        _check_int("batch_size", self.batch_size, 1, MAX_BATCH_SIZE)
        _check_float("l2", self.l2, 0.0, MAX_L2)


# --------------------------------------------------------------------------
# The network
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Forward:
    """The intermediate arrays of a forward pass over n points.

    Attributes
    ----------
    inputs
        a_{l-1} for every layer including the output layer (a_0 = x).
    pre_activations
        z_l per hidden layer, shape (n, size_l).
    logits
        s, shape (n,).
    """

    inputs: tuple[FloatArray, ...]
    pre_activations: tuple[FloatArray, ...]
    logits: FloatArray

    @property
    def hidden_outputs(self) -> tuple[FloatArray, ...]:
        """a_l per hidden layer, shape (n, size_l)."""
        return self.inputs[1:]


@dataclass(frozen=True)
class Gradients:
    """The loss and its gradient with respect to every weight and bias."""

    loss: float
    weights: tuple[FloatArray, ...]
    biases: tuple[FloatArray, ...]


def bce_with_logits(logits: FloatArray, y: FloatArray) -> float:
    """Mean binary cross-entropy of sigmoid(logits) against labels y, stably.

    Uses ``log(1 + e^s) - y s = max(s, 0) - y s + log1p(e^-|s|)``, which never
    overflows nor takes the log of 0.
    """
    if logits.size == 0:
        return float("nan")
    return float(np.mean(np.maximum(logits, 0.0) - y * logits + np.log1p(np.exp(-np.abs(logits)))))


class MLP:
    """A multilayer perceptron with a single sigmoid output.

    Parameters
    ----------
    config
        Architecture, activations and initialisation.
    """

    def __init__(self, config: NetworkConfig | None = None) -> None:
        self.config = config if config is not None else NetworkConfig()
        self._activations: tuple[Activation, ...] = tuple(get_activation(a) for a in self.config.activations)
        self._params: tuple[dict[str, ParamValue], ...] = tuple(
            dict(p) for p in self.config.activation_params
        )
        rng = np.random.default_rng(self.config.seed)
        self.weights: list[FloatArray] = [
            init_weights(self.config.init, n_in, n_out, rng) * self.config.init_scale
            for n_in, n_out in self.config.shapes
        ]
        self.biases: list[FloatArray] = [np.zeros(n_out) for _, n_out in self.config.shapes]

    @property
    def depth(self) -> int:
        """Number of hidden layers."""
        return self.config.depth

    def activation(self, layer: int, z: FloatArray) -> FloatArray:
        """f_l(z) of hidden layer ``layer`` (0-based)."""
        return self._activations[layer](z, **self._params[layer])

    def activation_derivative(self, layer: int, z: FloatArray) -> FloatArray:
        """f_l'(z) of hidden layer ``layer``: the catalogue's derivative."""
        return self._activations[layer].derivative(z, **self._params[layer])

    def forward(self, x: FloatArray) -> Forward:
        """Run the network on points ``x`` of shape (n, 2)."""
        a = np.asarray(x, dtype=np.float64)
        inputs = [a]
        pres = []
        # Huge weights (a saturation lesson, a diverging learning rate) may
        # overflow to inf; the activations then saturate, which is the point.
        with np.errstate(over="ignore", invalid="ignore"):
            for layer in range(self.depth):
                z = a @ self.weights[layer] + self.biases[layer]
                a = self.activation(layer, z)
                pres.append(z)
                inputs.append(a)
            logits = (a @ self.weights[-1] + self.biases[-1])[:, 0]
        return Forward(tuple(inputs), tuple(pres), logits)

    def predict_proba(self, x: FloatArray) -> FloatArray:
        """P(class 1 | x), shape (n,)."""
        return nx.sigmoid(self.forward(x).logits)

    def l2_penalty(self, l2: float) -> float:
        """``l2 / 2 * sum(W**2)`` over all weight matrices."""
        return 0.5 * l2 * float(sum(np.sum(w * w) for w in self.weights))

    def loss(self, x: FloatArray, y: FloatArray, l2: float = 0.0) -> float:
        """Binary cross-entropy on (x, y) plus the L2 penalty."""
        return bce_with_logits(self.forward(x).logits, y) + self.l2_penalty(l2)

    def gradients(self, x: FloatArray, y: FloatArray, l2: float = 0.0) -> Gradients:
        """Backpropagation: the loss (with L2) and its gradients on (x, y)."""
        fwd = self.forward(x)
        n = max(len(y), 1)
        loss = bce_with_logits(fwd.logits, y) + self.l2_penalty(l2)
        # d loss / d s for the mean BCE of sigmoid(s).
        delta = ((nx.sigmoid(fwd.logits) - y) / n)[:, np.newaxis]
        grad_w: list[FloatArray] = [np.empty(0)] * (self.depth + 1)
        grad_b: list[FloatArray] = [np.empty(0)] * (self.depth + 1)
        with np.errstate(over="ignore", invalid="ignore"):
            for layer in range(self.depth, -1, -1):
                grad_w[layer] = fwd.inputs[layer].T @ delta + l2 * self.weights[layer]
                grad_b[layer] = delta.sum(axis=0)
                if layer > 0:
                    z = fwd.pre_activations[layer - 1]
                    delta = (delta @ self.weights[layer].T) * self.activation_derivative(layer - 1, z)
        return Gradients(loss, tuple(grad_w), tuple(grad_b))

    def accuracy(self, x: FloatArray, y: FloatArray) -> float:
        """Share of points classified correctly (p >= 0.5 means class 1)."""
        if len(y) == 0:
            return float("nan")
        return float(np.mean((self.forward(x).logits >= 0.0) == (y >= 0.5)))

    def predict_grid(self, resolution: int = 64, extent: float = EXTENT) -> GridOutputs:
        """Evaluate the network on a square grid over [-extent, extent]^2.

        The arrays are row-major: ``probability[i, j]`` is at
        ``(x = coords[j], y = coords[i])``, rows going up in y.
        """
        _check_int("resolution", resolution, 2, 1024)
        coords = np.linspace(-extent, extent, resolution)
        gx, gy = np.meshgrid(coords, coords)
        points = np.stack([gx.ravel(), gy.ravel()], axis=1)
        # In blocks: OpenBLAS multi-threads a product once m*n*k passes 2^18,
        # and for these thin matrices its threads cost far more than they save.
        parts = [self.forward(points[i : i + _GRID_BLOCK]) for i in range(0, len(points), _GRID_BLOCK)]
        shape = (resolution, resolution)
        hidden = tuple(
            np.concatenate([p.hidden_outputs[layer] for p in parts]).T.reshape(-1, *shape)
            for layer in range(self.depth)
        )
        logits = np.concatenate([p.logits for p in parts])
        return GridOutputs(coords, nx.sigmoid(logits).reshape(shape), hidden)

    def neuron_stats(self, x: FloatArray) -> tuple[NeuronStats, ...]:
        """Per hidden layer, how each neuron behaves on the points ``x``."""
        fwd = self.forward(x)
        stats = []
        for layer, (z, a) in enumerate(zip(fwd.pre_activations, fwd.hidden_outputs, strict=True)):
            d = np.abs(self.activation_derivative(layer, z))
            d = np.where(np.isfinite(d), d, 0.0)
            stats.append(
                NeuronStats(
                    mean_output=np.mean(a, axis=0) if len(a) else np.zeros(a.shape[1]),
                    active_fraction=np.mean(d > DEAD_TOLERANCE, axis=0) if len(a) else np.zeros(a.shape[1]),
                    mean_abs_derivative=np.mean(d, axis=0) if len(a) else np.zeros(a.shape[1]),
                )
            )
        return tuple(stats)

    def gradient_norms(self, x: FloatArray, y: FloatArray) -> FloatArray:
        """Frobenius norm of d(BCE)/dW per layer on the whole set, input layer first (no L2)."""
        grads = self.gradients(x, y, l2=0.0)
        return np.array([float(np.linalg.norm(g)) for g in grads.weights])

    def point_gradient_norms(self, x: FloatArray, y: FloatArray) -> FloatArray:
        """||d loss_i / dW_l|| for every point i and layer l, shape (depth + 1, n).

        The gradient of one point's loss with respect to W_l is the outer
        product a_{l-1,i} delta_{l,i}, whose norm is ``|a_{l-1,i}| |delta_{l,i}|``.
        Their median over the points is the gradient a typical point sends to
        the layer: with saturated neurons it vanishes for most points even when
        a few points near a boundary still send large gradients and keep the
        norm of the summed gradient up.
        """
        fwd = self.forward(x)
        delta = (nx.sigmoid(fwd.logits) - y)[:, np.newaxis]
        norms = np.empty((self.depth + 1, len(y)))
        with np.errstate(over="ignore", invalid="ignore"):
            for layer in range(self.depth, -1, -1):
                norms[layer] = np.linalg.norm(fwd.inputs[layer], axis=1) * np.linalg.norm(delta, axis=1)
                if layer > 0:
                    z = fwd.pre_activations[layer - 1]
                    delta = (delta @ self.weights[layer].T) * self.activation_derivative(layer - 1, z)
        return norms

    def typical_gradient_norms(self, x: FloatArray, y: FloatArray) -> FloatArray:
        """Median over the points of each layer's per-point gradient norm, input layer first."""
        if len(y) == 0:
            return np.full(self.depth + 1, np.nan)
        return np.median(self.point_gradient_norms(x, y), axis=1)


def init_weights(scheme: str, n_in: int, n_out: int, rng: np.random.Generator) -> FloatArray:
    """Initial weights of shape (n_in, n_out).

    ``uniform`` is the seed's ``tf.random_uniform((n_in, n_out), -0.1, 0.1)``;
    ``xavier`` is Glorot's uniform in +-sqrt(6 / (n_in + n_out)), made for
    tanh and sigmoid; ``he`` is normal with std sqrt(2 / n_in), made for ReLU.
    """
    if scheme == "uniform":
        return rng.uniform(-0.1, 0.1, size=(n_in, n_out))
    if scheme == "xavier":
        limit = np.sqrt(6.0 / (n_in + n_out))
        return rng.uniform(-limit, limit, size=(n_in, n_out))
    if scheme == "he":
        return rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_in, n_out))
    raise ValueError(f"unknown init {scheme!r}; valid: {', '.join(INIT_SCHEMES)}")


@dataclass(frozen=True)
class GridOutputs:
    """The network evaluated on a grid, for the heatmap and the thumbnails.

    Attributes
    ----------
    coords
        The grid's coordinates along x and along y, shape (resolution,).
    probability
        P(class 1), shape (resolution, resolution), row-major (rows = y).
    hidden
        Per hidden layer, every neuron's output, shape (size_l, resolution, resolution).
    """

    coords: FloatArray
    probability: FloatArray
    hidden: tuple[FloatArray, ...]


@dataclass(frozen=True)
class NeuronStats:
    """How the neurons of one hidden layer behave on a set of points.

    Attributes
    ----------
    mean_output
        Mean of f(z) per neuron.
    active_fraction
        Share of points where |f'(z)| > DEAD_TOLERANCE, i.e. where a gradient
        can flow through the neuron.
    mean_abs_derivative
        Mean |f'(z)| per neuron: near 0 means saturated or dead.
    """

    mean_output: FloatArray
    active_fraction: FloatArray
    mean_abs_derivative: FloatArray

    @property
    def dead(self) -> np.ndarray:
        """Neurons never active on any point: they can no longer learn."""
        return self.active_fraction == 0.0


# --------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------


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

"""A small fully connected network for the training playground, in NumPy.

The network maps 2-D points to the probability of class 1::

    a_0 = x
    z_l = a_{l-1} W_l + b_l,   a_l = f_l(z_l)        for each hidden layer l
    s   = a_L W_out + b_out                          (the logit)
    p   = sigmoid(s)                                 (the seed's sigmoid as a probability)

and its loss is binary cross-entropy computed from the logit. Backpropagation
multiplies by ``f_l.derivative(z_l)`` from the activation catalogue: the same
derivative the explorer plots, so what the student sees on the curve is what
the training (:mod:`actgui.model.training`) uses.

    >>> from actgui.model.mlp import MLP, NetworkConfig
    >>> net = MLP(NetworkConfig((8, 8), ("tanh", "tanh")))
    >>> net.predict_proba(np.zeros((1, 2))).shape
    (1,)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from actgui.model import _numerics as nx
from actgui.model._numerics import FloatArray
from actgui.model.activations import Activation, get_activation
from actgui.model.checks import check_float, check_int
from actgui.model.datasets import EXTENT
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal

INIT_SCHEMES: tuple[str, ...] = ("uniform", "xavier", "he")
"""Weight initialisations: the seed's uniform [-0.1, 0.1], Xavier/Glorot, He."""

MAX_HIDDEN_LAYERS = 4
MAX_NEURONS = 16
MIN_INIT_SCALE = 0.1
MAX_INIT_SCALE = 100.0

DEAD_TOLERANCE = 1e-8
"""|f'(z)| at or below this on every training point: the neuron passes no gradient."""

_GRID_BLOCK = 1000


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
            raise Refusal("hidden_layers_range", high=MAX_HIDDEN_LAYERS, count=len(self.layer_sizes))
        for size in self.layer_sizes:
            check_int("a hidden layer's size", size, 1, MAX_NEURONS)
        if len(self.activations) != len(self.layer_sizes):
            raise Refusal("activations_count", layers=len(self.layer_sizes), count=len(self.activations))
        for act_id in self.activations:
            if get_activation(act_id).is_vector:
                raise Refusal("hidden_activation_vector", activation=act_id)
        params = tuple(dict(p) for p in self.activation_params) or tuple({} for _ in self.layer_sizes)
        if len(params) != len(self.layer_sizes):
            raise Refusal("activation_params_count")
        object.__setattr__(
            self,
            "activation_params",
            tuple(get_activation(a).resolve(p) for a, p in zip(self.activations, params, strict=True)),
        )
        if self.init not in INIT_SCHEMES:
            raise Refusal("init_unknown", init=repr(self.init), valid=", ".join(INIT_SCHEMES))
        check_float("init_scale", self.init_scale, MIN_INIT_SCALE, MAX_INIT_SCALE)
        check_int("seed", self.seed, 0, 2**63 - 1)

    @property
    def depth(self) -> int:
        """Number of hidden layers."""
        return len(self.layer_sizes)

    @property
    def shapes(self) -> tuple[tuple[int, int], ...]:
        """Shapes of the weight matrices, input to output."""
        sizes = (2, *self.layer_sizes, 1)
        return tuple((sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1))


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
    with np.errstate(over="ignore", invalid="ignore"):  # infinite logits of a diverged network: nan
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
        with np.errstate(over="ignore"):  # diverged weights: an infinite penalty, no warning
            return 0.5 * l2 * float(sum(np.sum(w * w) for w in self.weights))

    def loss(self, x: FloatArray, y: FloatArray, l2: float = 0.0) -> float:
        """Binary cross-entropy on (x, y) plus the L2 penalty."""
        return bce_with_logits(self.forward(x).logits, y) + self.l2_penalty(l2)

    def gradients(self, x: FloatArray, y: FloatArray, l2: float = 0.0) -> Gradients:
        """Backpropagation: the loss (with L2) and its gradients on (x, y)."""
        fwd = self.forward(x)
        n = max(len(y), 1)
        with np.errstate(over="ignore", invalid="ignore"):  # a diverged network: the trainer reports it
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
        check_int("resolution", resolution, 2, 1024)
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
    raise Refusal("init_unknown", init=repr(scheme), valid=", ".join(INIT_SCHEMES))


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
        never_active: np.ndarray = self.active_fraction == 0.0
        return never_active

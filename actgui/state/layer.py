"""The forward-pass panel's state: one dense layer, Qt-free, with change signals.

It holds the seed example's x (1 x 10), W (10 x 5) and b (5), the activation
(either following the explorer's selection in an :class:`~actgui.state.AppState`
or chosen here), a weight scale k, the seed and init range of the random
weights, the number of decimals shown and the neuron being explained.

Every change recomputes the forward pass through
:meth:`actgui.model.DenseLayer.forward` and emits :attr:`LayerState.forward_changed`
with the new :class:`~actgui.model.ForwardPass`; the views only display it.
Setters validate first and raise ``ValueError`` with the state unchanged, and
emit only when something really changed.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

from actgui.model import DenseLayer, ForwardPass, get_activation, random_input, sample_curve
from actgui.model._numerics import FloatArray, as_float_array
from actgui.model.params import ParamValue
from actgui.state.signals import Signal

if TYPE_CHECKING:
    from actgui.state.explorer import AppState

N_IN = 10
N_OUT = 5
MAX_UNITS = 64
"""Largest n_in or n_out a layer may have (loaded files are checked against it)."""

VALUE_LIMIT = 1e6
"""Largest |value| accepted for any entry of x, W or b (keeps h finite at any k)."""

SCALE_MIN = 0.1
SCALE_MAX = 100.0
DEFAULT_INIT_RANGE = (-0.1, 0.1)
"""The seed's ``tf.random_uniform((10, 5), -0.1, 0.1)``."""

INIT_LIMIT = 100.0
"""The init range must lie within [-INIT_LIMIT, INIT_LIMIT]."""

SEED_MAX = 2**31 - 1
DEFAULT_SEED = 0
DEFAULT_X_SEED = 0
DEFAULT_DECIMALS = 3
MIN_DECIMALS = 0
MAX_DECIMALS = 10
DEFAULT_ACTIVATION = "sigmoid"
CURVE_SAMPLES = 401
EXP_LIMIT = 700.0
"""Above this |h / T| the softmax's e^(h/T) terms overflow and are not spelled out."""
CURVE_HALF_WIDTH = 6.0


def _int_in(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if not low <= int(value) <= high:
        raise ValueError(f"{name} must be in [{low}, {high}], got {value}")
    return int(value)


def _real(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number, got {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return number


def check_entries(arr: FloatArray, name: str) -> FloatArray:
    """Raise ValueError unless every entry is finite with |value| <= VALUE_LIMIT."""
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must contain only finite numbers")
    if arr.size and float(np.max(np.abs(arr))) > VALUE_LIMIT:
        raise ValueError(f"{name} entries must lie within ±{VALUE_LIMIT:g}")
    return arr


def check_value(value: object, name: str) -> float:
    """Validate one cell value typed by a user or read from a file."""
    number = _real(value, name)
    if abs(number) > VALUE_LIMIT:
        raise ValueError(f"{name} must lie within ±{VALUE_LIMIT:g}, got {number!r}")
    return number


def check_layer_arrays(x: ArrayLike, weights: ArrayLike, bias: ArrayLike) -> tuple[FloatArray, ...]:
    """Validate a whole layer and return (x (1, n_in), W (n_in, n_out), b (n_out,)).

    Raises
    ------
    ValueError
        For wrong types or shapes, non-finite or too large values.
    """
    w = check_entries(as_float_array(weights, "W"), "W")
    if w.ndim != 2 or not (1 <= w.shape[0] <= MAX_UNITS and 1 <= w.shape[1] <= MAX_UNITS):
        raise ValueError(
            f"W must be an n_in x n_out matrix with 1 <= n <= {MAX_UNITS}, got shape {w.shape}"
        )
    n_in, n_out = w.shape
    xa = check_entries(as_float_array(x, "x"), "x")
    if xa.shape == (n_in,):
        xa = xa.reshape(1, n_in)
    if xa.shape != (1, n_in):
        raise ValueError(f"x must have shape (1, {n_in}) or ({n_in},) to match W, got {xa.shape}")
    ba = check_entries(as_float_array(bias, "b"), "b")
    if ba.shape == (1, n_out):
        ba = ba.reshape(n_out)
    if ba.shape != (n_out,):
        raise ValueError(f"b must have shape ({n_out},) to match W, got {ba.shape}")
    return xa, w, ba


@dataclass(frozen=True)
class NeuronExplanation:
    """Everything the explain-one-neuron view shows for output j.

    Attributes
    ----------
    index
        j.
    x
        The inputs x_i, shape (n_in,).
    weights
        Column j of W (scaled by k), shape (n_in,).
    contributions
        x_i * W_ij, shape (n_in,).
    bias
        b_j.
    pre_activation
        h_j = sum_i x_i W_ij + b_j.
    output
        y_j = f(h)_j.
    gradient
        f'(h_j) (for the softmax family dy_j / dh_j).
    activation
        The activation's id.
    params
        Its resolved parameters.
    exponentials
        For the softmax family, e^(s_k) for every output k, where s = h / T
        (s = -h / T for softmin): y_j = e^(s_j) / sum_k e^(s_k). None for an
        elementwise activation, or when an e^(s_k) would overflow.
    """

    index: int
    x: FloatArray
    weights: FloatArray
    contributions: FloatArray
    bias: float
    pre_activation: float
    output: float
    gradient: float
    activation: str
    params: dict[str, ParamValue]
    exponentials: FloatArray | None = None

    @property
    def steps(self) -> FloatArray:
        """The terms of the sum in order: x_0 W_0j, ..., x_{n-1} W_{n-1}j, then b_j."""
        return np.concatenate([self.contributions, [self.bias]])

    @property
    def running_sums(self) -> FloatArray:
        """The sum after each step; the last is h_j (up to rounding in the order of the sum)."""
        return np.cumsum(self.steps)


class LayerState:
    """The dense layer shown by the forward-pass panel.

    Parameters
    ----------
    app_state
        The explorer's state; while :attr:`follow_explorer` is on, the layer
        uses its selected activation and parameters.
    follow_explorer
        Whether to start following the explorer's activation (the default:
        the explorer starts on the seed's sigmoid, and an export of the
        forward view with ``--activation relu`` should show ReLU). Without
        an explorer, or with False, the layer uses its own sigmoid.
    """

    forward_changed = Signal(object)
    """Emitted with the new ForwardPass after every recomputation."""
    shape_changed = Signal(int, int)
    activation_changed = Signal(str)
    params_changed = Signal(dict)
    follow_changed = Signal(bool)
    explorer_activation_changed = Signal(str)
    """The explorer selected another activation (whether or not the layer follows)."""
    scale_changed = Signal(float)
    seed_changed = Signal(int)
    init_range_changed = Signal(float, float)
    decimals_changed = Signal(int)
    selected_changed = Signal(int)

    def __init__(self, app_state: AppState | None = None, follow_explorer: bool = True) -> None:
        self._app = app_state
        self._follow = bool(follow_explorer and app_state is not None)
        self._own_activation = DEFAULT_ACTIVATION
        self._own_params: dict[str, dict[str, ParamValue]] = {}
        self._seed = DEFAULT_SEED
        self._x_seed = DEFAULT_X_SEED
        self._init_range = DEFAULT_INIT_RANGE
        self._scale = 1.0
        self._decimals = DEFAULT_DECIMALS
        self._selected = 0
        self._x = random_input(N_IN, seed=self._x_seed)
        self._base = DenseLayer.random(N_IN, N_OUT, *self._init_range, seed=self._seed).weights
        self._bias = np.zeros(N_OUT)
        self._ranges_key: tuple[Any, ...] | None = None
        self._ranges: tuple[tuple[float, float] | None, float] = (None, 1.0)
        self._forward = self._compute(self._x, self._base, self._bias, self._scale)
        if app_state is not None:
            app_state.activation_changed.connect(self._on_app_activation)
            app_state.params_changed.connect(self._on_app_params)

    # -- reading ------------------------------------------------------------

    @property
    def forward(self) -> ForwardPass:
        """The current forward pass (x, k·W, b, contributions, h, y)."""
        return self._forward

    @property
    def n_in(self) -> int:
        """Number of inputs."""
        return int(self._base.shape[0])

    @property
    def n_out(self) -> int:
        """Number of outputs (neurons)."""
        return int(self._base.shape[1])

    @property
    def x(self) -> FloatArray:
        """A copy of x, shape (1, n_in)."""
        return self._x.copy()

    @property
    def base_weights(self) -> FloatArray:
        """A copy of W before the weight scale k is applied."""
        return self._base.copy()

    @property
    def weights(self) -> FloatArray:
        """A copy of the weights the layer uses: k · W."""
        return self._forward.weights.copy()

    @property
    def bias(self) -> FloatArray:
        """A copy of b, shape (n_out,)."""
        return self._bias.copy()

    @property
    def follow_explorer(self) -> bool:
        """Whether the activation follows the explorer's selection."""
        return self._follow

    @property
    def app_state(self) -> AppState | None:
        """The explorer's state this layer can follow, if any."""
        return self._app

    @property
    def can_follow(self) -> bool:
        """Whether there is an explorer state to follow."""
        return self._app is not None

    @property
    def activation_id(self) -> str:
        """The activation the layer uses now."""
        if self._follow and self._app is not None:
            return self._app.activation_id
        return self._own_activation

    @property
    def params(self) -> dict[str, ParamValue]:
        """The resolved parameters of the activation the layer uses now."""
        if self._follow and self._app is not None:
            return self._app.params
        return self._own_params_of(self._own_activation)

    @property
    def own_activation_id(self) -> str:
        """The layer's own choice, used when not following the explorer."""
        return self._own_activation

    @property
    def scale(self) -> float:
        """The weight scale k: the layer computes with k · W."""
        return self._scale

    @property
    def seed(self) -> int:
        """The seed of the current random weights."""
        return self._seed

    @property
    def init_range(self) -> tuple[float, float]:
        """The uniform init range [low, high) of random weights."""
        return self._init_range

    @property
    def decimals(self) -> int:
        """How many decimals the views show."""
        return self._decimals

    @property
    def selected(self) -> int:
        """The neuron j being explained."""
        return self._selected

    # -- activation -------------------------------------------------------------

    def _own_params_of(self, activation_id: str) -> dict[str, ParamValue]:
        act = get_activation(activation_id)
        return dict(self._own_params.get(act.id) or act.defaults())

    def detach(self) -> None:
        """Stop listening to the explorer's state (when the layer's owner goes away)."""
        if self._app is not None:
            self._app.activation_changed.disconnect(self._on_app_activation)
            self._app.params_changed.disconnect(self._on_app_params)

    def set_follow_explorer(self, follow: bool) -> None:
        """Follow the explorer's activation (True) or use the layer's own choice."""
        follow = bool(follow)
        if follow and self._app is None:
            raise ValueError("there is no explorer state to follow")
        if follow != self._follow:
            before = (self.activation_id, self.params)
            self._follow = follow
            self.follow_changed.emit(follow)
            self._activation_maybe_changed(before)

    def set_activation(self, activation_id: str, params: Mapping[str, Any] | None = None) -> None:
        """Choose the layer's own activation (and stop following the explorer).

        ``params`` (validated as a whole) replace the remembered ones; omitted,
        the activation's remembered or default parameters are used.
        """
        act = get_activation(activation_id)
        resolved = act.resolve(params) if params is not None else self._own_params_of(act.id)
        before = (self.activation_id, self.params)
        self._own_activation = act.id
        self._own_params[act.id] = resolved
        if self._follow:
            self._follow = False
            self.follow_changed.emit(False)
        self._activation_maybe_changed(before)

    def set_param(self, name: str, value: Any) -> None:
        """Set one parameter of the layer's own activation (ValueError if invalid)."""
        act = get_activation(self._own_activation)
        candidate = self._own_params_of(act.id)
        candidate[name] = act.param(name).validate(value)
        resolved = act.resolve(candidate)
        before = (self.activation_id, self.params)
        self._own_params[act.id] = resolved
        self._activation_maybe_changed(before)

    def _activation_maybe_changed(self, before: tuple[str, dict[str, ParamValue]]) -> None:
        activation_id, params = self.activation_id, self.params
        if activation_id != before[0]:
            self.activation_changed.emit(activation_id)
        if activation_id != before[0] or params != before[1]:
            self.params_changed.emit(dict(params))
            self._recompute()

    def _on_app_activation(self, activation_id: str) -> None:
        self.explorer_activation_changed.emit(activation_id)
        # The explorer emits params_changed right after; recompute there once.
        if self._follow:
            self.activation_changed.emit(self.activation_id)

    def _on_app_params(self, _params: dict) -> None:
        if self._follow:
            self.params_changed.emit(self.params)
            self._recompute()

    # -- numbers -----------------------------------------------------------------

    def set_x(self, x: ArrayLike) -> None:
        """Replace x (shape (1, n_in) or (n_in,))."""
        xa, _, _ = check_layer_arrays(x, self._base, self._bias)
        if not np.array_equal(xa, self._x):
            self._apply(x=xa)

    def set_x_value(self, i: int, value: object) -> None:
        """Set x_i."""
        i = _int_in(i, "input index i", 0, self.n_in - 1)
        number = check_value(value, f"x_{i}")
        if number != self._x[0, i]:
            x = self._x.copy()
            x[0, i] = number
            self._apply(x=x)

    def set_weight(self, i: int, j: int, value: object) -> None:
        """Set the scaled weight k · W_ij to ``value`` (stored as value / k)."""
        i = _int_in(i, "input index i", 0, self.n_in - 1)
        j = _int_in(j, "neuron index j", 0, self.n_out - 1)
        number = check_value(value, f"W_{i},{j}")
        base = self._base.copy()
        base[i, j] = number / self._scale
        if base[i, j] != self._base[i, j]:
            self._apply(base=base)

    def set_bias_value(self, j: int, value: object) -> None:
        """Set b_j."""
        j = _int_in(j, "neuron index j", 0, self.n_out - 1)
        number = check_value(value, f"b_{j}")
        if number != self._bias[j]:
            bias = self._bias.copy()
            bias[j] = number
            self._apply(bias=bias)

    def reset_bias(self) -> None:
        """Set b to zeros, like the seed's ``tf.zeros(5)``."""
        if np.any(self._bias != 0.0):
            self._apply(bias=np.zeros(self.n_out))

    def new_random_x(self) -> None:
        """Draw a new x uniform in [0, 1) (the seed's ``np.random.rand(1, 10)``)."""
        self._x_seed = (self._x_seed + 1) % (SEED_MAX + 1)
        self._apply(x=random_input(self.n_in, seed=self._x_seed))

    def _random_base(self, seed: int, low: float, high: float) -> FloatArray:
        return DenseLayer.random(self.n_in, self.n_out, low, high, seed=seed).weights

    def set_seed(self, seed: int) -> None:
        """Re-draw W uniform in the init range with this seed (same seed, same W)."""
        seed = _int_in(seed, "seed", 0, SEED_MAX)
        base = self._random_base(seed, *self._init_range)
        changed = seed != self._seed
        self._seed = seed
        if changed:
            self.seed_changed.emit(seed)
        if changed or not np.array_equal(base, self._base):
            self._apply(base=base)

    def new_random_weights(self) -> None:
        """Draw new weights with the next seed."""
        self.set_seed((self._seed + 1) % (SEED_MAX + 1))

    def set_init_range(self, low: float, high: float) -> None:
        """Set the init range [low, high) and re-draw W with the current seed."""
        lo, hi = _real(low, "the init range's low end"), _real(high, "the init range's high end")
        if not lo < hi:
            raise ValueError(f"the init range needs low < high, got [{lo:g}, {hi:g})")
        if abs(lo) > INIT_LIMIT or abs(hi) > INIT_LIMIT:
            raise ValueError(f"the init range must lie within [-{INIT_LIMIT:g}, {INIT_LIMIT:g}]")
        if (lo, hi) != self._init_range:
            self._init_range = (lo, hi)
            self.init_range_changed.emit(lo, hi)
            self._apply(base=self._random_base(self._seed, lo, hi))

    def set_scale(self, k: float) -> None:
        """Set the weight scale k in [SCALE_MIN, SCALE_MAX]: the layer uses k · W."""
        number = _real(k, "the weight scale k")
        if not SCALE_MIN <= number <= SCALE_MAX:
            raise ValueError(f"the weight scale k must be in [{SCALE_MIN:g}, {SCALE_MAX:g}], got {number:g}")
        if number != self._scale:
            self._scale = number
            self.scale_changed.emit(number)
            self._recompute()

    def set_layer(
        self,
        x: ArrayLike,
        weights: ArrayLike,
        bias: ArrayLike,
        activation: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        """Replace the whole layer at once (e.g. from a file); k is reset to 1.

        Everything is validated before anything changes. With ``activation``
        given, the layer uses it as its own choice (no longer following).
        """
        xa, w, ba = check_layer_arrays(x, weights, bias)
        if activation is not None:
            act = get_activation(activation)
            resolved = act.resolve(params)
            activation = act.id
        elif params is not None:
            raise ValueError("params given without an activation")
        old_shape = self._base.shape
        if activation is not None:
            before = (self.activation_id, self.params)
            self._own_activation = activation
            self._own_params[activation] = resolved
            if self._follow:
                self._follow = False
                self.follow_changed.emit(False)
            if self.activation_id != before[0]:
                self.activation_changed.emit(self.activation_id)
            if (self.activation_id, self.params) != before:
                self.params_changed.emit(self.params)
        if self._scale != 1.0:
            self._scale = 1.0
            self.scale_changed.emit(1.0)
        if self._selected >= w.shape[1]:
            self._selected = 0
            self.selected_changed.emit(0)
        self._x, self._base, self._bias = xa, w, ba
        if w.shape != old_shape:
            self.shape_changed.emit(*w.shape)
        self._recompute()

    # -- view settings --------------------------------------------------------------

    def set_decimals(self, decimals: int) -> None:
        """Set how many decimals the views show."""
        decimals = _int_in(decimals, "decimals", MIN_DECIMALS, MAX_DECIMALS)
        if decimals != self._decimals:
            self._decimals = decimals
            self.decimals_changed.emit(decimals)

    def set_selected(self, j: int) -> None:
        """Select the neuron j to explain."""
        j = _int_in(j, "neuron index j", 0, self.n_out - 1)
        if j != self._selected:
            self._selected = j
            self.selected_changed.emit(j)

    # -- derived quantities ---------------------------------------------------------

    def explain(self, j: int | None = None) -> NeuronExplanation:
        """The numbers behind output j (default: the selected neuron)."""
        j = self._selected if j is None else _int_in(j, "neuron index j", 0, self.n_out - 1)
        fp = self._forward
        return NeuronExplanation(
            index=j,
            x=fp.x[0].copy(),
            weights=fp.weights[:, j].copy(),
            contributions=fp.contributions[:, j].copy(),
            bias=float(fp.bias[j]),
            pre_activation=float(fp.pre_activation[0, j]),
            output=float(fp.output[0, j]),
            gradient=float(self._gradient[0, j]),
            activation=fp.activation,
            params=dict(fp.params),
            exponentials=self._exponentials(fp),
        )

    @staticmethod
    def _exponentials(fp: ForwardPass) -> FloatArray | None:
        if not get_activation(fp.activation).is_vector:
            return None
        sign = -1.0 if fp.activation == "softmin" else 1.0
        scaled = sign * fp.pre_activation[0] / float(fp.params["temperature"])
        if float(np.max(np.abs(scaled))) > EXP_LIMIT:
            return None
        return np.exp(scaled)

    @property
    def gradient(self) -> FloatArray:
        """f'(h) for every output, shape (1, n_out)."""
        return self._gradient.copy()

    def neuron_curve(self, j: int | None = None) -> tuple[FloatArray, FloatArray]:
        """y_j as a function of h_j (the other outputs held fixed), around h_j.

        The range is [-6, 6], widened to include h_j with a margin. For an
        elementwise activation this is simply f.
        """
        j = self._selected if j is None else _int_in(j, "neuron index j", 0, self.n_out - 1)
        fp = self._forward
        hj = float(fp.pre_activation[0, j])
        half = max(CURVE_HALF_WIDTH, 1.15 * abs(hj))
        grid = np.linspace(-half, half, CURVE_SAMPLES)
        act = get_activation(fp.activation)
        if act.is_vector:
            logits = np.repeat(fp.pre_activation, CURVE_SAMPLES, axis=0)
            logits[:, j] = grid
            values = act(logits, **fp.params)[:, j]
        else:
            values = act(grid, **fp.params)
        return grid, values

    def reference_ranges(self) -> tuple[tuple[float, float] | None, float]:
        """The activation's natural display scale, for steady bar charts.

        Returns ``(y_bounds, gradient_peak)``: the range of f over [-6, 6] if f
        is bounded (None otherwise), and the largest |f'| there, so the bars
        of y and f'(h) can be drawn against the most they could be.
        """
        key = (self._forward.activation, tuple(sorted(self._forward.params.items())))
        if self._ranges_key != key:
            curve = sample_curve(self._forward.activation, self._forward.params, -6.0, 6.0, 241)
            act = get_activation(self._forward.activation)
            bounds = (float(np.min(curve.y)), float(np.max(curve.y))) if act.properties.bounded else None
            self._ranges = (bounds, float(np.max(np.abs(curve.dy))))
            self._ranges_key = key
        return self._ranges

    # -- internals --------------------------------------------------------------------

    def _compute(self, x: FloatArray, base: FloatArray, bias: FloatArray, scale: float) -> ForwardPass:
        layer = DenseLayer(base * scale, bias)
        fp = layer.forward(x, self.activation_id, **self.params)
        self._gradient = fp.gradient
        return fp

    def _apply(
        self,
        x: FloatArray | None = None,
        base: FloatArray | None = None,
        bias: FloatArray | None = None,
    ) -> None:
        if x is not None:
            self._x = x
        if base is not None:
            self._base = base
        if bias is not None:
            self._bias = bias
        self._recompute()

    def _recompute(self) -> None:
        self._forward = self._compute(self._x, self._base, self._bias, self._scale)
        self.forward_changed.emit(self._forward)

"""The forward-pass panel's state: one dense layer, Qt-free, with change signals.

It holds the seed example's x (1 x 10), W (10 x 5) and b (5), the activation
(either following the explorer's selection in an
:class:`~actgui.state.explorer.ExplorerState` or chosen here), a weight scale
k, the seed and init range of the random weights, the number of decimals
shown and the neuron being explained.

Every change recomputes the forward pass through
:meth:`actgui.model.DenseLayer.forward` and emits :attr:`LayerState.forward_changed`
with the new :class:`~actgui.model.ForwardPass`; the views only display it.
Setters validate first and raise a :class:`~actgui.model.refusal.Refusal`
(a ``ValueError``) with the state unchanged, and emit only when something
really changed. :meth:`LayerState.settings` and :meth:`LayerState.apply_settings`
save and restore everything a teacher set up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

from actgui.model import ACTIVATIONS, DenseLayer, ForwardPass, get_activation, random_input
from actgui.model._numerics import FloatArray
from actgui.model.refusal import Refusal
from actgui.state import neuron
from actgui.state.layer_activation import LayerActivation
from actgui.state.layer_values import (
    DEFAULT_DECIMALS,
    DEFAULT_INIT_RANGE,
    DEFAULT_SEED,
    DEFAULT_X_SEED,
    MAX_DECIMALS,
    MIN_DECIMALS,
    N_IN,
    N_OUT,
    REFUSED,
    SEED_MAX,
    accepted_params,
    check_bias,
    check_init_range,
    check_input,
    check_layer_arrays,
    check_scale,
    check_value,
    check_weights,
    checked_array,
    int_in,
)
from actgui.state.neuron import NeuronExplanation
from actgui.state.signals import Signal

if TYPE_CHECKING:
    from actgui.state.explorer import ExplorerState


class LayerState(LayerActivation):
    """The dense layer shown by the forward-pass panel.

    Parameters
    ----------
    explorer
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
    scale_changed = Signal(float)
    seed_changed = Signal(int)
    init_range_changed = Signal(float, float)
    decimals_changed = Signal(int)
    selected_changed = Signal(int)

    def __init__(self, explorer: ExplorerState | None = None, follow_explorer: bool = True) -> None:
        super().__init__(explorer, follow_explorer)
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

    # -- reading ------------------------------------------------------------

    @property
    def forward(self) -> ForwardPass:
        """The current forward pass (x, k·W, b, contributions, h, y)."""
        return self._forward

    @property
    def n_in(self) -> int:
        """Number of inputs."""
        return int(self._base.shape[0])

    def layer_outputs(self) -> int:
        """The layer's number of outputs, for refusals of the activation mixin."""
        return self.n_out

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

    # -- numbers -----------------------------------------------------------------

    def set_x(self, x: ArrayLike) -> None:
        """Replace x (shape (1, n_in) or (n_in,))."""
        xa, _, _ = check_layer_arrays(x, self._base, self._bias)
        if not np.array_equal(xa, self._x):
            self._apply(x=xa)

    def set_x_value(self, i: int, value: object) -> None:
        """Set x_i."""
        i = int_in(i, "input index i", 0, self.n_in - 1)
        number = check_value(value, f"x_{i}")
        if number != self._x[0, i]:
            x = self._x.copy()
            x[0, i] = number
            self._apply(x=x)

    def set_weight(self, i: int, j: int, value: object) -> None:
        """Set the scaled weight k · W_ij to ``value`` (stored as value / k)."""
        i = int_in(i, "input index i", 0, self.n_in - 1)
        j = int_in(j, "neuron index j", 0, self.n_out - 1)
        number = check_value(value, f"W_{i},{j}")
        base = self._base.copy()
        base[i, j] = number / self._scale
        if base[i, j] != self._base[i, j]:
            self._apply(base=base)

    def set_bias_value(self, j: int, value: object) -> None:
        """Set b_j."""
        j = int_in(j, "neuron index j", 0, self.n_out - 1)
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
        seed = int_in(seed, "seed", 0, SEED_MAX)
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
        lo, hi = check_init_range(low, high)
        if (lo, hi) != self._init_range:
            self._init_range = (lo, hi)
            self.init_range_changed.emit(lo, hi)
            self._apply(base=self._random_base(self._seed, lo, hi))

    def set_scale(self, k: float) -> None:
        """Set the weight scale k in [SCALE_MIN, SCALE_MAX]: the layer uses k · W."""
        number = check_scale(k)
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
            if act.is_gated:  # GLU halves its input: the layer's outputs cannot end in it
                raise Refusal("layer_gated", activation=act.id, n_out=f"{w.shape[1]}")
            resolved = act.resolve(params)
            activation = act.id
        elif params is not None:
            raise Refusal("params_without_activation")
        old_shape = self._base.shape
        if activation is not None:
            self._choose_own(activation, resolved, recompute=False)
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
        decimals = int_in(decimals, "decimals", MIN_DECIMALS, MAX_DECIMALS)
        if decimals != self._decimals:
            self._decimals = decimals
            self.decimals_changed.emit(decimals)

    def set_selected(self, j: int) -> None:
        """Select the neuron j to explain."""
        j = int_in(j, "neuron index j", 0, self.n_out - 1)
        if j != self._selected:
            self._selected = j
            self.selected_changed.emit(j)

    # -- derived quantities ---------------------------------------------------------

    def explain(self, j: int | None = None) -> NeuronExplanation:
        """The numbers behind output j (default: the selected neuron)."""
        j = self._selected if j is None else int_in(j, "neuron index j", 0, self.n_out - 1)
        return neuron.explain_neuron(self._forward, self._gradient, j)

    @property
    def gradient(self) -> FloatArray:
        """f'(h) for every output, shape (1, n_out)."""
        return self._gradient.copy()

    def neuron_curve(self, j: int | None = None) -> tuple[FloatArray, FloatArray]:
        """y_j as a function of h_j (the other outputs held fixed), around h_j.

        The range is [-6, 6], widened to include h_j with a margin. For an
        elementwise activation this is simply f.
        """
        j = self._selected if j is None else int_in(j, "neuron index j", 0, self.n_out - 1)
        return neuron.neuron_curve(self._forward, j)

    def reference_ranges(self) -> tuple[tuple[float, float] | None, float]:
        """The activation's natural display scale, for steady bar charts.

        Returns ``(y_bounds, gradient_peak)``: the range of f over [-6, 6] if f
        is bounded (None otherwise), and the largest |f'| there, so the bars
        of y and f'(h) can be drawn against the most they could be.
        """
        key = (self._forward.activation, tuple(sorted(self._forward.params.items())))
        if self._ranges_key != key:
            self._ranges = neuron.reference_ranges(self._forward)
            self._ranges_key = key
        return self._ranges

    # -- saved settings ---------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """Everything a teacher set up, as JSON-able plain values.

        W is saved before the weight scale k is applied, and floats as they
        are, so a restored W is the same float.
        """
        low, high = self._init_range
        return {
            "x": self._x[0].tolist(),
            "W": self._base.tolist(),
            "b": self._bias.tolist(),
            "follow_explorer": self._follow,
            "activation": self._own_activation,
            "params": self.own_params,
            "scale": self._scale,
            "seed": self._seed,
            "init_range": [low, high],
            "decimals": self._decimals,
            "selected": self._selected,
        }

    def apply_settings(self, saved: object) -> None:
        """Restore :meth:`settings` saved earlier; never raises.

        Every missing or invalid value keeps its current one (the default on
        a new layer), one at a time. x and b must match the (restored or
        current) W; one that does not is replaced by the current value of
        that shape, else the default (the seed's x, zero b).
        """
        values: Mapping[str, Any] = saved if isinstance(saved, Mapping) else {}
        follow_before = self._follow
        init_range = values.get("init_range")
        if isinstance(init_range, list) and len(init_range) == 2:
            _try(self.set_init_range, *init_range)
        _try_value(self.set_seed, values, "seed")
        w = checked_array(check_weights, values.get("W"))
        w = w if w is not None else self._base
        n_in, n_out = w.shape
        x = checked_array(lambda v: check_input(v, n_in), values.get("x"))
        if x is None:
            x = self._x if self.n_in == n_in else random_input(n_in, seed=DEFAULT_X_SEED)
        b = checked_array(lambda v: check_bias(v, n_out), values.get("b"))
        if b is None:
            b = self._bias if self.n_out == n_out else np.zeros(n_out)
        self.set_layer(x, w, b)
        _try_value(self.set_scale, values, "scale")
        activation = values.get("activation")
        if isinstance(activation, str) and activation in ACTIVATIONS and not ACTIVATIONS[activation].is_gated:
            self.set_activation(activation, accepted_params(activation, values.get("params")))
        follow = values.get("follow_explorer")
        follow = follow if isinstance(follow, bool) else follow_before
        self.set_follow_explorer(follow and self.can_follow)
        _try_value(self.set_decimals, values, "decimals")
        _try_value(self.set_selected, values, "selected")

    @classmethod
    def from_settings(cls, saved: object, explorer: ExplorerState | None = None) -> LayerState:
        """A layer beside ``explorer`` set up from saved :meth:`settings`; never raises."""
        state = cls(explorer)
        state.apply_settings(saved)
        return state

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


def _try(setter: Callable[..., None], *args: Any) -> None:
    try:
        setter(*args)
    except REFUSED:
        pass


def _try_value(setter: Callable[[Any], None], values: Mapping[str, Any], key: str) -> None:
    if key in values:
        _try(setter, values[key])

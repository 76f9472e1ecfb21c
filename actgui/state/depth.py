"""The depth lab's state: one deep random network's settings, with change signals.

It holds the activation and its parameters, the depth, width and sample
count, the initialisation (a preset or a weight_std of one's own), the bias
spread, the seed and which histograms the page shows. The page calls the
setters and redraws from the signals; :meth:`DepthState.theory` and
:meth:`DepthState.simulation` compute what it shows from the model.

Three presets set up the classroom experiments (:data:`PRESETS`); the
interface maps each id to its translated title and explanation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from actgui.model.activations import Activation, get_activation
from actgui.model.checks import check_float, check_int
from actgui.model.depth import (
    INITS,
    MAX_DEPTH,
    MAX_SAMPLES,
    MAX_WIDTH,
    MIN_SAMPLES,
    MIN_WIDTH,
    MeanField,
    Simulation,
    edge_of_chaos,
    init_weight_std,
    mean_field,
    simulate,
)
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal
from actgui.state.signals import Signal

CUSTOM = "custom"
"""The init id when weight_std was set by hand."""
MAX_WEIGHT_STD = 4.0
MAX_BIAS_STD = 2.0
"""The ranges of the page's sliders and of the phase diagram."""
HISTOGRAM_KINDS = ("pre", "post", "grad")
HISTOGRAM_STYLES = ("heatmap", "ridgeline")
_REFUSED = (ValueError, TypeError, OverflowError)


@dataclass(frozen=True)
class DepthPreset:
    """A classroom experiment: an activation, an initialisation and a depth.

    ``weight_std`` None means "at the edge of chaos" for the preset's
    activation and bias_std, computed when the preset is applied.
    """

    id: str
    activation: str
    init: str
    weight_std: float | None
    bias_std: float
    depth: int


PRESETS: dict[str, DepthPreset] = {
    p.id: p
    for p in (
        # sigma'(x) <= 1/4: with Xavier's weight_std = 1 every layer shrinks the gradient.
        DepthPreset("sigmoid_xavier", "sigmoid", "xavier", 1.0, 0.0, 50),
        # He's weight_std = sqrt(2) makes chi = 1 at every variance: signal and gradient held.
        DepthPreset("relu_he", "relu", "he", 2.0**0.5, 0.0, 50),
        # chi = 1 at the fixed point: the gradient neither vanishes nor explodes.
        DepthPreset("tanh_edge", "tanh", CUSTOM, None, 0.3, 50),
    )
}


class DepthState:
    """Settings of the depth lab.

    Signals
    -------
    network_changed
        Anything the simulation or the theory depends on changed.
    view_changed
        The histogram kind or style changed.
    preset_changed(str)
        The preset shown ("" once a setting was changed by hand).
    """

    network_changed = Signal()
    view_changed = Signal()
    preset_changed = Signal(str)

    def __init__(self) -> None:
        self._activation = get_activation("tanh")
        self._params: dict[str, ParamValue] = {}
        self.depth = 50
        self.width = 256
        self.samples = 256
        self.init = "xavier"
        self.weight_std = 1.0
        self.bias_std = 0.0
        self.seed = 0
        self.histogram = "pre"
        self.histogram_style = "heatmap"
        self.preset = ""

    # -- the activation, a ParamTarget for the shared parameter editor -------------------------

    @property
    def activation(self) -> Activation:
        """The activation of every layer."""
        return self._activation

    @property
    def params(self) -> Mapping[str, ParamValue]:
        """Its parameters (all of them, defaults filled in)."""
        return self._activation.resolve(self._params)

    def set_activation(self, activation_id: str) -> None:
        """Use another elementwise activation (its default parameters)."""
        act = get_activation(activation_id)
        if act.is_vector or act.is_gated:  # a layer of the lab keeps its width: elementwise only
            raise Refusal("hidden_activation_vector", activation=act.id)
        if act is not self._activation:
            self._activation, self._params = act, {}
            self._changed()

    def set_param(self, name: str, value: ParamValue) -> None:
        """Set one parameter of the activation; raises ValueError for a refused value."""
        values = self._activation.resolve({**self._params, name: value})
        if values != self.params:
            self._params = {k: v for k, v in values.items() if v != self._activation.param(k).default}
            self._changed()

    def set_params(self, params: Mapping[str, ParamValue]) -> None:
        """Set the activation's parameters together (checked as a whole, e.g. RReLU's lower < upper)."""
        values = self._activation.resolve(params)
        if values != self.params:
            self._params = {k: v for k, v in values.items() if v != self._activation.param(k).default}
            self._changed()

    # -- sizes, initialisation -----------------------------------------------------------------

    def set_sizes(
        self, *, depth: int | None = None, width: int | None = None, samples: int | None = None
    ) -> None:
        """Change the depth (1-200), width (16-2048) or the number of samples (16-1024)."""
        new_depth = self.depth if depth is None else depth
        new_width = self.width if width is None else width
        new_samples = self.samples if samples is None else samples
        check_int("depth", new_depth, 1, MAX_DEPTH)
        check_int("width", new_width, MIN_WIDTH, MAX_WIDTH)
        check_int("samples", new_samples, MIN_SAMPLES, MAX_SAMPLES)
        if (new_depth, new_width, new_samples) != (self.depth, self.width, self.samples):
            self.depth, self.width, self.samples = int(new_depth), int(new_width), int(new_samples)
            self._changed()

    def set_init(self, init_id: str) -> None:
        """Use an initialisation preset: it sets weight_std (orthogonal keeps the current gain)."""
        if init_id not in INITS:
            raise Refusal("init_unknown", init=repr(init_id), valid=", ".join(INITS))
        weight_std = (
            self.weight_std if init_id == "orthogonal" else init_weight_std(init_id, self.width, self.width)
        )
        if (init_id, weight_std) != (self.init, self.weight_std):
            self.init, self.weight_std = init_id, weight_std
            self._changed()

    def set_weight_std(self, value: float) -> None:
        """Set weight_std by hand (0-4); a Gaussian preset's name gives way to "custom"."""
        check_float("weight_std", value, 0.0, MAX_WEIGHT_STD)
        if value != self.weight_std:
            self.weight_std = float(value)
            if (
                self.init != "orthogonal"
                and init_weight_std(self.init if self.init in INITS else "lecun") != value
            ):
                self.init = CUSTOM
            self._changed()

    def set_bias_std(self, value: float) -> None:
        """Set the spread of the biases (0-2)."""
        check_float("bias_std", value, 0.0, MAX_BIAS_STD)
        if value != self.bias_std:
            self.bias_std = float(value)
            self._changed()

    def set_point(self, weight_std: float, bias_std: float) -> None:
        """Set weight_std and bias_std together (the phase diagram's dot)."""
        check_float("weight_std", weight_std, 0.0, MAX_WEIGHT_STD)
        check_float("bias_std", bias_std, 0.0, MAX_BIAS_STD)
        if (weight_std, bias_std) != (self.weight_std, self.bias_std):
            self.bias_std = float(bias_std)
            self.weight_std = float(weight_std)
            if self.init != "orthogonal":
                self.init = CUSTOM
            self._changed()

    def set_to_edge_of_chaos(self) -> float:
        """Move weight_std to the edge of chaos for the current bias_std; return it.

        Raises
        ------
        Refusal
            ``edge_none`` where the activation has none (within the slider's range too).
        """
        edge = edge_of_chaos(self._activation, bias_std=self.bias_std, **self.params)
        if edge > MAX_WEIGHT_STD:
            raise Refusal(
                "edge_none", activation=self._activation.id, bias_std=f"{self.bias_std:g}", limit="4"
            )
        self.set_point(edge, self.bias_std)
        return edge

    def new_seed(self) -> None:
        """Draw another network."""
        self.seed = (self.seed + 1) % (2**31)
        self._changed()

    # -- what the page shows ------------------------------------------------------------------

    def set_histogram(self, kind: str | None = None, style: str | None = None) -> None:
        """Choose the histograms shown: of pre-activations, activations or gradients; heatmap or ridgeline."""
        new_kind = self.histogram if kind is None else kind
        new_style = self.histogram_style if style is None else style
        if new_kind not in HISTOGRAM_KINDS:
            raise Refusal(
                "value_choice", name="histogram", choices=", ".join(HISTOGRAM_KINDS), value=repr(kind)
            )
        if new_style not in HISTOGRAM_STYLES:
            raise Refusal(
                "value_choice", name="style", choices=", ".join(HISTOGRAM_STYLES), value=repr(style)
            )
        if (new_kind, new_style) != (self.histogram, self.histogram_style):
            self.histogram, self.histogram_style = new_kind, new_style
            self.view_changed.emit()

    @property
    def orthogonal(self) -> bool:
        """Whether the weights are scaled orthogonal matrices."""
        return self.init == "orthogonal"

    def theory(self) -> MeanField:
        """The mean-field prediction for the current settings."""
        params: dict[str, Any] = dict(self.params)
        return mean_field(
            self._activation, weight_std=self.weight_std, bias_std=self.bias_std, depth=self.depth, **params
        )

    def simulation(self) -> Simulation:
        """One random network with the current settings, measured."""
        return simulate(**self.simulation_arguments())

    def simulation_arguments(self, samples: int | None = None) -> dict[str, Any]:
        """The arguments of :func:`~actgui.model.depth.simulate` for the current settings, a snapshot.

        ``samples`` (fewer than the setting) asks for a preview: the same
        network and the first samples of the full run.
        """
        return {
            "activation": self._activation,
            "depth": self.depth,
            "width": self.width,
            "weight_std": self.weight_std,
            "bias_std": self.bias_std,
            "n_samples": self.samples if samples is None else min(samples, self.samples),
            "seed": self.seed,
            "orthogonal": self.orthogonal,
            **self.params,
        }

    # -- presets --------------------------------------------------------------------------------

    def apply_preset(self, preset_id: str) -> None:
        """Set up a classroom experiment (:data:`PRESETS`) and show its explanation."""
        preset = PRESETS[preset_id]
        act = get_activation(preset.activation)
        weight_std = preset.weight_std
        if weight_std is None:
            weight_std = edge_of_chaos(act, bias_std=preset.bias_std)
        self._activation, self._params = act, {}
        self.depth, self.init = preset.depth, preset.init
        self.weight_std, self.bias_std = weight_std, preset.bias_std
        self.network_changed.emit()
        self._set_preset(preset_id)

    def _changed(self) -> None:
        self.network_changed.emit()
        self._set_preset("")

    def _set_preset(self, preset_id: str) -> None:
        if preset_id != self.preset:
            self.preset = preset_id
            self.preset_changed.emit(preset_id)

    # -- saved settings --------------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """The settings as JSON-able plain values."""
        return {
            "activation": self._activation.id,
            "params": dict(self._params),
            "depth": self.depth,
            "width": self.width,
            "samples": self.samples,
            "init": self.init,
            "weight_std": self.weight_std,
            "bias_std": self.bias_std,
            "seed": self.seed,
            "histogram": self.histogram,
            "histogram_style": self.histogram_style,
            "preset": self.preset,
        }

    @classmethod
    def from_settings(cls, saved: object) -> DepthState:
        """A state from :meth:`settings` saved earlier; never raises (a bad value keeps its default)."""
        state = cls()
        state.apply_settings(saved)
        return state

    def apply_settings(self, saved: object) -> None:
        """Set every value :meth:`settings` saved (a missing or bad one keeps the current value)."""
        state = self
        values = saved if isinstance(saved, Mapping) else {}

        def attempt(setter: Any, *args: Any, **kwargs: Any) -> None:
            try:
                setter(*args, **kwargs)
            except _REFUSED:
                pass

        if "activation" in values:
            attempt(state.set_activation, values["activation"])
        params = values.get("params")
        if isinstance(params, Mapping):
            try:
                state.set_params(params)
            except _REFUSED:  # keep the values that are valid on their own
                for name, value in params.items():
                    attempt(state.set_param, name, value)
        for key in ("depth", "width", "samples"):
            if key in values:
                attempt(state.set_sizes, **{key: values[key]})
        if values.get("init") in INITS:
            attempt(state.set_init, values["init"])
        if "weight_std" in values:
            attempt(state.set_weight_std, values["weight_std"])
        if "bias_std" in values:
            attempt(state.set_bias_std, values["bias_std"])
        if values.get("init") in (CUSTOM, *INITS):
            state.init = str(values["init"])
        seed = values.get("seed")
        if isinstance(seed, int) and not isinstance(seed, bool) and 0 <= seed < 2**31:
            state.seed = seed
        attempt(state.set_histogram, values.get("histogram"), values.get("histogram_style"))
        if values.get("preset") in PRESETS:
            state.preset = str(values["preset"])

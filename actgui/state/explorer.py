"""The explorer's state: one Qt-free object with change signals.

Widgets bind to it both ways: they call the setters when the user acts and
update themselves from the signals. Setters validate (raising a
:class:`~actgui.model.refusal.Refusal`), store, and emit only when the value
really changed, so a widget that is updated from a signal and writes the same
value back causes no second emission: no feedback loops.

:meth:`ExplorerState.settings` gives what the user chose as JSON-able plain
values and :meth:`ExplorerState.apply_settings` restores them, keeping the
current value for every one that is missing or refused. The app-wide view
settings (theme, font size) live in :mod:`actgui.state.view`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from actgui.model import ACTIVATIONS, Activation, get_activation
from actgui.model.conventions_data import framework_settings
from actgui.model.curves import check_range
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal
from actgui.state.signals import Signal

DEFAULT_ACTIVATION = "sigmoid"
DEFAULT_X_RANGE = (-6.0, 6.0)
DEFAULT_SAMPLES = 1000
DEFAULT_LOGITS = (2.0, 1.0, 0.1, -1.0, 0.5)
MAX_PINS = 7
MAX_LOGITS = 12
LOGIT_LIMIT = 1e4
DEFAULT_GRADIENT_THRESHOLD = 0.01
"""Shade the derivative plot where |f'| < 0.01: one absolute level for every activation and view."""
GRADIENT_THRESHOLDS = (0.1, 0.01, 0.001, 0.0)
"""The shading levels a user can pick (View > Gradient shading); 0 turns the shading off."""


@dataclass(frozen=True)
class Pin:
    """An activation with fixed parameter values, overlaid in compare mode."""

    activation_id: str
    params: tuple[tuple[str, ParamValue], ...]

    @property
    def param_dict(self) -> dict[str, ParamValue]:
        """The parameters as a dict."""
        return dict(self.params)

    @property
    def label(self) -> str:
        """Legend text, e.g. ``leaky_relu(negative_slope=0.1)``."""
        return get_activation(self.activation_id).label(self.param_dict)

    @classmethod
    def make(cls, activation_id: str, params: Mapping[str, Any] | None = None) -> Pin:
        """Validate and build a pin (raises ValueError for bad input)."""
        act = get_activation(activation_id)
        resolved = act.resolve(params)
        return cls(act.id, tuple((p.name, resolved[p.name]) for p in act.params))


class ExplorerState:
    """Selected activation, its parameters, plotted range, pins, logits, derivative plot."""

    activation_changed = Signal(str)
    params_changed = Signal(dict)
    x_range_changed = Signal(float, float)
    samples_changed = Signal(int)
    pins_changed = Signal(tuple)
    logits_changed = Signal(tuple)
    selected_output_changed = Signal(int)
    show_derivative_changed = Signal(bool)
    gradient_threshold_changed = Signal(float)

    def __init__(self) -> None:
        self._activation = DEFAULT_ACTIVATION
        self._params: dict[str, dict[str, ParamValue]] = {a.id: a.defaults() for a in ACTIVATIONS.values()}
        self._x_range = DEFAULT_X_RANGE
        self._samples = DEFAULT_SAMPLES
        self._pins: tuple[Pin, ...] = ()
        self._logits: tuple[float, ...] = DEFAULT_LOGITS
        self._selected_output = 0
        self._show_derivative = True
        self._gradient_threshold = DEFAULT_GRADIENT_THRESHOLD

    # -- activation and parameters ---------------------------------------

    @property
    def activation_id(self) -> str:
        """Id of the selected activation."""
        return self._activation

    @property
    def activation(self) -> Activation:
        """The selected activation object."""
        return get_activation(self._activation)

    def set_activation(self, activation_id: str) -> None:
        """Select an activation (ValueError for an unknown id)."""
        act = get_activation(activation_id)
        if act.id != self._activation:
            self._activation = act.id
            self.activation_changed.emit(act.id)
            self.params_changed.emit(self.params)

    @property
    def params(self) -> dict[str, ParamValue]:
        """A copy of the selected activation's parameter values."""
        return dict(self._params[self._activation])

    def params_of(self, activation_id: str) -> dict[str, ParamValue]:
        """A copy of the remembered parameter values of any activation."""
        return dict(self._params[get_activation(activation_id).id])

    def set_param(self, name: str, value: Any) -> None:
        """Set one parameter of the selected activation.

        Raises
        ------
        ValueError
            If the value is invalid; the state is then unchanged.
        """
        act = self.activation
        candidate = dict(self._params[act.id])
        candidate[name] = act.param(name).validate(value)
        resolved = act.resolve(candidate)
        if resolved != self._params[act.id]:
            self._params[act.id] = resolved
            self.params_changed.emit(dict(resolved))

    def set_params(self, activation_id: str, params: Mapping[str, Any]) -> None:
        """Replace the parameters of any activation (validated as a whole)."""
        act = get_activation(activation_id)
        resolved = act.resolve(params)
        if resolved != self._params[act.id]:
            self._params[act.id] = resolved
            if act.id == self._activation:
                self.params_changed.emit(dict(resolved))

    def reset_params(self) -> None:
        """Restore the selected activation's default parameters."""
        self.set_params(self._activation, self.activation.defaults())

    # -- plotted range ------------------------------------------------------

    @property
    def x_range(self) -> tuple[float, float]:
        """The plotted x range (min, max)."""
        return self._x_range

    def set_x_range(self, x_min: float, x_max: float) -> None:
        """Set the plotted range (ValueError unless finite min < max within limits)."""
        check_range(float(x_min), float(x_max), self._samples)
        new = (float(x_min), float(x_max))
        if new != self._x_range:
            self._x_range = new
            self.x_range_changed.emit(*new)

    @property
    def samples(self) -> int:
        """Number of sample points of the curves."""
        return self._samples

    def set_samples(self, samples: int) -> None:
        """Set the number of samples (ValueError outside the allowed range)."""
        if isinstance(samples, bool) or not isinstance(samples, (int, np.integer)):
            raise Refusal("value_integer", name="the number of samples", value=repr(samples))
        check_range(*self._x_range, int(samples))
        if int(samples) != self._samples:
            self._samples = int(samples)
            self.samples_changed.emit(self._samples)

    # -- compare mode -----------------------------------------------------

    @property
    def pins(self) -> tuple[Pin, ...]:
        """The pinned curves, oldest first."""
        return self._pins

    def pin_current(self) -> Pin | None:
        """Pin the selected activation with its current parameters.

        Returns the new pin, or None if an identical pin exists or the limit
        of MAX_PINS is reached.
        """
        pin = Pin.make(self._activation, self.params)
        if pin in self._pins or len(self._pins) >= MAX_PINS:
            return None
        self._pins = (*self._pins, pin)
        self.pins_changed.emit(self._pins)
        return pin

    def pin_frameworks(self) -> tuple[Pin, ...]:
        """Pin the selected activation once per framework setting (Leaky ReLU: 0.01, 0.2, 0.3).

        Returns the pins added (settings already pinned, and any beyond MAX_PINS, are skipped).
        """
        act = self.activation
        wanted = [Pin.make(act.id, values) for values, _ in framework_settings(act.id, act.defaults())]
        added = tuple(p for p in dict.fromkeys(wanted) if p not in self._pins)
        self.set_pins((*self._pins, *added))
        return tuple(p for p in added if p in self._pins)

    def set_pins(self, pins: tuple[Pin, ...]) -> None:
        """Replace all pins (duplicates dropped, at most MAX_PINS kept)."""
        unique = tuple(dict.fromkeys(pins))[:MAX_PINS]
        if unique != self._pins:
            self._pins = unique
            self.pins_changed.emit(self._pins)

    def unpin(self, pin: Pin) -> None:
        """Remove one pin (no-op if it is not pinned)."""
        if pin in self._pins:
            self._pins = tuple(p for p in self._pins if p != pin)
            self.pins_changed.emit(self._pins)

    def clear_pins(self) -> None:
        """Remove every pin."""
        self.set_pins(())

    # -- softmax view -------------------------------------------------------

    @property
    def logits(self) -> tuple[float, ...]:
        """The logits vector shown in the softmax view."""
        return self._logits

    def set_logits(self, logits: Any) -> None:
        """Set the logits (ValueError unless 2..MAX_LOGITS finite numbers within +-1e4)."""
        values = tuple(float(v) for v in np.asarray(logits, dtype=np.float64).reshape(-1))
        if not 2 <= len(values) <= MAX_LOGITS:
            raise Refusal("logits_count", high=MAX_LOGITS, count=len(values))
        if not all(np.isfinite(v) and abs(v) <= LOGIT_LIMIT for v in values):
            raise Refusal("logits_value", limit=LOGIT_LIMIT)
        if values != self._logits:
            self._logits = values
            # Move the selection first: a view redrawn on logits_changed reads it.
            reselect = self._selected_output >= len(values)
            if reselect:
                self._selected_output = 0
            self.logits_changed.emit(values)
            if reselect:
                self.selected_output_changed.emit(0)

    def set_logit(self, index: int, value: float) -> None:
        """Set one logit (ValueError for a bad index or value)."""
        if not 0 <= index < len(self._logits):
            raise Refusal("value_range", name="logit index", low=0, high=len(self._logits) - 1, value=index)
        values = list(self._logits)
        values[index] = value
        self.set_logits(values)

    @property
    def selected_output(self) -> int:
        """Which output's formula the softmax view spells out."""
        return self._selected_output

    def set_selected_output(self, index: int) -> None:
        """Select the output whose formula is shown."""
        if not 0 <= index < len(self._logits):
            raise Refusal("value_range", name="output index", low=0, high=len(self._logits) - 1, value=index)
        if index != self._selected_output:
            self._selected_output = index
            self.selected_output_changed.emit(index)

    # -- derivative plot --------------------------------------------------------

    @property
    def show_derivative(self) -> bool:
        """Whether the explorer shows the derivative plot."""
        return self._show_derivative

    def set_show_derivative(self, show: bool) -> None:
        """Show or hide the derivative plot (Refusal unless a bool)."""
        if not isinstance(show, (bool, np.bool_)):
            raise Refusal("value_bool", name="show_derivative", value=repr(show))
        if bool(show) != self._show_derivative:
            self._show_derivative = bool(show)
            self.show_derivative_changed.emit(self._show_derivative)

    @property
    def gradient_threshold(self) -> float:
        """The derivative plot shades where |f'(x)| is below this (0: no shading)."""
        return self._gradient_threshold

    def set_gradient_threshold(self, threshold: float) -> None:
        """Shade where |f'| < ``threshold``, one of :data:`GRADIENT_THRESHOLDS` (0 turns it off)."""
        if isinstance(threshold, bool) or threshold not in GRADIENT_THRESHOLDS:
            choices = ", ".join(f"{t:g}" for t in GRADIENT_THRESHOLDS)
            raise Refusal("value_choice", name="gradient_threshold", choices=choices, value=repr(threshold))
        if float(threshold) != self._gradient_threshold:
            self._gradient_threshold = float(threshold)
            self.gradient_threshold_changed.emit(self._gradient_threshold)

    # -- saved settings -----------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """What the user chose, as JSON-able plain values."""
        return {
            "activation": self._activation,
            "params": {activation_id: dict(values) for activation_id, values in self._params.items()},
            "x_range": list(self._x_range),
            "samples": self._samples,
            "logits": list(self._logits),
            "selected_output": self._selected_output,
            "pins": [{"id": pin.activation_id, "params": pin.param_dict} for pin in self._pins],
            "show_derivative": self._show_derivative,
            "gradient_threshold": self._gradient_threshold,
        }

    def apply_settings(self, saved: object) -> None:
        """Restore :meth:`settings` saved earlier; never raises.

        Every missing or refused value (wrong type, out of range, unknown
        activation or parameter) keeps its current value, one at a time; a
        refused pin is dropped.
        """
        values: Mapping[str, Any] = saved if isinstance(saved, Mapping) else {}
        params = values.get("params")
        if isinstance(params, Mapping):
            for activation_id, chosen in params.items():
                if activation_id in ACTIVATIONS and isinstance(chosen, Mapping):
                    _try(self.set_params, activation_id, chosen)
        activation = values.get("activation")
        if isinstance(activation, str) and activation in ACTIVATIONS:
            self.set_activation(activation)
        if _is_number(values.get("samples"), integer=True):
            _try(self.set_samples, values["samples"])
        x_range = values.get("x_range")
        if isinstance(x_range, (list, tuple)) and len(x_range) == 2 and all(map(_is_number, x_range)):
            _try(self.set_x_range, *x_range)
        logits = values.get("logits")
        if isinstance(logits, (list, tuple)) and all(map(_is_number, logits)):
            _try(self.set_logits, logits)
        if _is_number(values.get("selected_output"), integer=True):
            _try(self.set_selected_output, values["selected_output"])
        pins = values.get("pins")
        if isinstance(pins, (list, tuple)):
            self.set_pins(tuple(pin for pin in map(_pin_or_none, pins) if pin is not None))
        show = values.get("show_derivative")
        if isinstance(show, bool):
            self.set_show_derivative(show)
        if _is_number(values.get("gradient_threshold")):
            _try(self.set_gradient_threshold, values["gradient_threshold"])

    @classmethod
    def from_settings(cls, saved: object) -> ExplorerState:
        """A new state set up from :meth:`settings` saved earlier; never raises."""
        state = cls()
        state.apply_settings(saved)
        return state


_REFUSED = (ValueError, TypeError, OverflowError)
"""What a setter raises for a value it does not accept."""


def _try(setter: Any, *args: Any) -> None:
    try:
        setter(*args)
    except _REFUSED:
        pass


def _is_number(value: object, integer: bool = False) -> bool:
    """Whether ``value`` is a real number (an int if ``integer``), booleans excluded."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) if integer else isinstance(value, (int, float))


def _pin_or_none(entry: object) -> Pin | None:
    """A saved pin ``{"id": ..., "params": {...}}``, or None if it is refused."""
    if not isinstance(entry, Mapping):
        return None
    activation_id, params = entry.get("id"), entry.get("params")
    if not isinstance(activation_id, str) or not isinstance(params, Mapping):
        return None
    try:
        return Pin.make(activation_id, params)
    except _REFUSED:
        return None

"""What a layer file may hold: its format, the :class:`LayerData` it stores, the checks.

:func:`parse_layer` validates a decoded JSON document (no unknown or
missing keys, the format and version, types, shapes, finite values within
±VALUE_LIMIT, a known activation and valid parameters) and raises
:class:`LayerFileError` with a clear English message, a stable ``code`` and
the message's ``details``, from which the interface builds the message in
its own language. Reading and writing the file is :mod:`.layer_file`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from actgui.model import ACTIVATIONS, get_activation
from actgui.model._numerics import FloatArray
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal
from actgui.state.layer import LayerState
from actgui.state.layer_values import MAX_UNITS, VALUE_LIMIT, check_layer_arrays

FORMAT = "actgui-layer"
VERSION = 1

_KEYS = frozenset({"format", "version", "activation", "params", "x", "W", "b"})
_MAX_DEPTH = 4
QUOTED_CHARS = 40
"""Text quoted from the file in a message is cut to this many characters."""


class LayerFileError(ValueError):
    """A layer file that cannot be loaded.

    ``str(exc)`` is the English message (the command line and the logs show
    it). ``code`` names the problem and ``details`` holds the values the
    message quotes, so that the interface can say it in its own language.

    Parameters
    ----------
    message
        The English message.
    code
        A stable identifier of the problem, e.g. ``"invalid_json"``.
    **details
        The message's values (names, counts, line numbers, text quoted
        from the file, the OS error's ``errno`` and ``strerror``).
    """

    def __init__(self, message: str, code: str, **details: object) -> None:
        super().__init__(message)
        self.code = code
        self.details = details


def shortened(text: str, most: int = QUOTED_CHARS) -> str:
    """``text`` cut to ``most`` characters, an ellipsis marking the cut."""
    return text if len(text) <= most else text[: most - 1] + "…"


def quoted(value: Any) -> str:
    """``value`` as it would be quoted in a message: its repr, cut to a few words."""
    return shortened(repr(value))


@dataclass(frozen=True)
class LayerData:
    """A layer as stored in a file: x (1, n_in), W (n_in, n_out), b (n_out,), activation."""

    x: FloatArray
    weights: FloatArray
    bias: FloatArray
    activation: str
    params: dict[str, ParamValue]

    @classmethod
    def from_state(cls, state: LayerState) -> LayerData:
        """The layer the state computes with (W already multiplied by k)."""
        fp = state.forward
        return cls(fp.x.copy(), fp.weights.copy(), fp.bias.copy(), fp.activation, dict(fp.params))

    def apply_to(self, state: LayerState) -> None:
        """Load this layer into ``state`` (the activation becomes the layer's own choice)."""
        state.set_layer(self.x, self.weights, self.bias, self.activation, self.params)


def _depth(value: Any, limit: int) -> int:
    if isinstance(value, (list, dict)):
        if limit == 0:
            raise LayerFileError("the data is nested too deeply", "too_deep")
        items = value.values() if isinstance(value, dict) else value
        return 1 + max((_depth(v, limit - 1) for v in items), default=0)
    return 0


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        kind, quoted = type(value).__name__, f"{value!r:.40}"
        raise LayerFileError(
            f"{where} must be a number, got {kind} {quoted}",
            "not_a_number", where=where, kind=kind, value=quoted,
        )  # fmt: skip
    try:
        number = float(value)
    except OverflowError:
        raise LayerFileError(f"{where} is too large", "too_large", where=where) from None
    if not math.isfinite(number):
        message = f"{where} must be finite, got {value!r}"
        raise LayerFileError(message, "not_finite", where=where, value=repr(value))
    if abs(number) > VALUE_LIMIT:
        raise LayerFileError(
            f"{where} must lie within ±{VALUE_LIMIT:g}, got {number!r}",
            "out_of_range", where=where, limit=f"{VALUE_LIMIT:g}", value=repr(number),
        )  # fmt: skip
    return number


def _vector(value: Any, name: str) -> list[float]:
    if not isinstance(value, list):
        kind = type(value).__name__
        message = f"{name} must be a list of numbers, got {kind}"
        raise LayerFileError(message, "not_a_list", name=name, kind=kind)
    if not 1 <= len(value) <= MAX_UNITS:
        raise LayerFileError(
            f"{name} must have 1 to {MAX_UNITS} numbers, got {len(value)}",
            "vector_length", name=name, most=MAX_UNITS, count=len(value),
        )  # fmt: skip
    return [_number(v, f"{name}[{i}]") for i, v in enumerate(value)]


def _matrix(value: Any, name: str) -> list[list[float]]:
    if not isinstance(value, list) or not value:
        raise LayerFileError(f"{name} must be a non-empty list of rows", "no_rows", name=name)
    if len(value) > MAX_UNITS:
        raise LayerFileError(
            f"{name} must have at most {MAX_UNITS} rows, got {len(value)}",
            "too_many_rows", name=name, most=MAX_UNITS, count=len(value),
        )  # fmt: skip
    rows = [_vector(row, f"{name}[{i}]") for i, row in enumerate(value)]
    if len({len(row) for row in rows}) != 1:
        raise LayerFileError(f"the rows of {name} must all have the same length", "ragged", name=name)
    return rows


def _keys(keys: list[str]) -> str:
    return ", ".join(quoted(key) for key in keys[:8]) + (", …" if len(keys) > 8 else "")


def parse_layer(doc: Any) -> LayerData:
    """Validate a decoded JSON document and return the layer.

    Raises
    ------
    LayerFileError
        Naming the first problem found.
    ValueError
        For invalid parameter values, with the model's message.
    """
    if not isinstance(doc, dict):
        kind = type(doc).__name__
        raise LayerFileError(f"the file must hold a JSON object, got {kind}", "not_an_object", kind=kind)
    _depth(doc, _MAX_DEPTH)
    unknown = sorted(set(doc) - _KEYS)
    if unknown:
        raise LayerFileError(f"unknown keys: {_keys(unknown)}", "unknown_keys", keys=_keys(unknown))
    missing = sorted(_KEYS - set(doc))
    if missing:
        raise LayerFileError(f"missing keys: {_keys(missing)}", "missing_keys", keys=_keys(missing))
    if doc["format"] != FORMAT:
        got = f"{doc['format']!r:.40}"
        raise LayerFileError(
            f"not an actgui layer file (format must be {FORMAT!r}, got {got})",
            "wrong_format", expected=repr(FORMAT), got=got,
        )  # fmt: skip
    version = doc["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version != VERSION:
        got = f"{version!r:.40}"
        raise LayerFileError(
            f"unsupported version {got} (this actgui reads version {VERSION})",
            "wrong_version", got=got, version=VERSION,
        )  # fmt: skip
    activation = doc["activation"]
    if not isinstance(activation, str):
        raise LayerFileError("activation must be a string id such as 'sigmoid'", "activation_not_string")
    try:
        act = get_activation(activation)
    except ValueError as exc:
        raise LayerFileError(
            str(exc), "unknown_activation", activation=quoted(activation), valid=", ".join(ACTIVATIONS)
        ) from None
    params = doc["params"]
    if not isinstance(params, Mapping):
        raise LayerFileError("params must be an object of parameter values", "params_not_object")
    names = [param.name for param in act.params]
    for name in params:
        if name not in names:  # the same English message as Activation.resolve
            valid = ", ".join(names) or "none"
            raise LayerFileError(
                f"{act.id} has no parameter {quoted(name)} (valid: {valid})",
                "unknown_parameter", activation=act.id, name=quoted(name), valid=valid,
            )  # fmt: skip
    resolved = act.resolve(params)
    weights = _matrix(doc["W"], "W")
    x_raw = doc["x"]
    if isinstance(x_raw, list) and len(x_raw) == 1 and isinstance(x_raw[0], list):
        x = _vector(x_raw[0], "x[0]")
    else:
        x = _vector(x_raw, "x")
    bias = _vector(doc["b"], "b")
    n_in, n_out = len(weights), len(weights[0])
    if len(x) != n_in:  # the same English message as check_layer_arrays
        raise LayerFileError(
            f"x must have shape (1, {n_in}) or ({n_in},) to match W, got ({len(x)},)",
            "x_length", rows=n_in, count=len(x),
        )  # fmt: skip
    if len(bias) != n_out:
        raise LayerFileError(
            f"b must have shape ({n_out},) to match W, got ({len(bias)},)",
            "b_length", columns=n_out, count=len(bias),
        )  # fmt: skip
    xa, w, b = check_layer_arrays(x, weights, bias)
    if act.is_gated:  # as the layer itself refuses it: GLU would halve the layer's outputs
        raise Refusal("layer_gated", activation=act.id, n_out=f"{n_out}")
    return LayerData(xa, w, b, act.id, resolved)

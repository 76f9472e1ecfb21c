"""Saving and loading the forward-pass layer (JSON) and exporting it as CSV.

The JSON file::

    {
      "format": "actgui-layer",
      "version": 1,
      "activation": "sigmoid",
      "params": {},
      "x": [[0.63, ...]],            # 1 x n_in (a flat list of n_in is accepted)
      "W": [[...], ...],             # n_in x n_out, 1 <= n <= 64
      "b": [0.0, ...]                # n_out
    }

Floats are written with ``repr`` so that a save/load round trip is exact.
Loading checks everything (size before reading, UTF-8, JSON syntax, no
NaN/Infinity, no duplicate keys, types, shapes, finite values within
±VALUE_LIMIT, a known activation and valid parameters) and raises
:class:`LayerFileError` (a ``ValueError``) with a clear English message, a
stable ``code`` and the message's ``details``, from which the interface
builds the message in its own language; nothing is changed by a failed load.
Every write is atomic: a temporary file in the target's folder is written,
flushed and renamed over the target, so an existing file is never truncated.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from actgui.model import ACTIVATIONS, ForwardPass, get_activation
from actgui.model._numerics import FloatArray
from actgui.model.params import ParamValue
from actgui.state.layer import LayerState
from actgui.state.layer_values import MAX_UNITS, VALUE_LIMIT, check_layer_arrays

FORMAT = "actgui-layer"
VERSION = 1
MAX_FILE_BYTES = 1_000_000
"""Layer files larger than this (1 MB) are refused before being read."""

MAX_MESSAGE_CHARS = 300
"""Longer refusal messages (quoting a huge id or value from the file) are cut here."""

_KEYS = frozenset({"format", "version", "activation", "params", "x", "W", "b"})
_MAX_DEPTH = 4
_QUOTED_CHARS = 40
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


def _quoted(value: Any) -> str:
    """``value`` as it would be quoted in a message: its repr, cut to a few words."""
    text = repr(value)
    return text if len(text) <= _QUOTED_CHARS else text[: _QUOTED_CHARS - 1] + "…"


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


# -- writing ---------------------------------------------------------------------


def _floats(values: np.ndarray) -> Any:
    return [_floats(row) for row in values] if values.ndim > 1 else [float(v) for v in values]


def layer_to_json(data: LayerData) -> str:
    """Serialise a layer; floats keep every bit (``json`` writes ``repr``).

    Each vector and each row of W sits on one line, so the file reads like
    the panel in a text editor and is still plain JSON.
    """

    def dumps(value: Any) -> str:
        return json.dumps(value, allow_nan=False)

    rows = ",\n    ".join(dumps(row) for row in _floats(data.weights))
    lines = [
        f'  "format": {dumps(FORMAT)}',
        f'  "version": {VERSION}',
        f'  "activation": {dumps(data.activation)}',
        f'  "params": {dumps(dict(data.params))}',
        f'  "x": {dumps(_floats(data.x))}',
        f'  "W": [\n    {rows}\n  ]',
        f'  "b": {dumps(_floats(data.bias))}',
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically.

    A temporary file in the same folder is written, flushed to disk and then
    renamed over ``path`` with ``os.replace``; on any error it is removed and
    an existing ``path`` is left as it was.

    Raises
    ------
    OSError
        If the folder is missing or not writable.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def save_layer(path: str | os.PathLike[str], data: LayerData) -> None:
    """Save a layer as JSON, atomically."""
    atomic_write_text(path, layer_to_json(data))


def layer_csv(fp: ForwardPass) -> str:
    """The forward pass as one CSV table laid out like the panel.

    Rows x_0..x_{n-1} hold x_i and row i of W; the rows b, h and y hold
    those vectors under W's columns. Floats are written with ``repr``.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    n_out = fp.weights.shape[1]
    writer.writerow(["", "x", *(f"neuron {j}" for j in range(n_out))])
    for i in range(fp.weights.shape[0]):
        writer.writerow([f"x_{i}", repr(float(fp.x[0, i])), *(repr(float(v)) for v in fp.weights[i])])
    for name, values in (("b", fp.bias), ("h", fp.pre_activation[0]), ("y", fp.output[0])):
        writer.writerow([name, "", *(repr(float(v)) for v in values)])
    return buffer.getvalue()


def export_csv(path: str | os.PathLike[str], fp: ForwardPass) -> None:
    """Write :func:`layer_csv` to ``path``, atomically."""
    atomic_write_text(path, layer_csv(fp))


# -- reading ---------------------------------------------------------------------


def _refuse_constant(name: str) -> None:
    raise LayerFileError(f"{name} is not allowed: every number must be finite", "constant", name=name)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise LayerFileError(f"the key {_quoted(key)} appears twice", "duplicate_key", key=_quoted(key))
        result[key] = value
    return result


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
    return ", ".join(_quoted(key) for key in keys[:8]) + (", …" if len(keys) > 8 else "")


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
            str(exc), "unknown_activation", activation=_quoted(activation), valid=", ".join(ACTIVATIONS)
        ) from None
    params = doc["params"]
    if not isinstance(params, Mapping):
        raise LayerFileError("params must be an object of parameter values", "params_not_object")
    names = [param.name for param in act.params]
    for name in params:
        if name not in names:  # the same English message as Activation.resolve
            valid = ", ".join(names) or "none"
            raise LayerFileError(
                f"{act.id} has no parameter {_quoted(name)} (valid: {valid})",
                "unknown_parameter", activation=act.id, name=_quoted(name), valid=valid,
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
    return LayerData(xa, w, b, act.id, resolved)


def loads_layer(raw: bytes) -> LayerData:
    """Decode and validate the bytes of a layer file (see :func:`parse_layer`)."""
    if len(raw) > MAX_FILE_BYTES:
        kb = MAX_FILE_BYTES // 1000
        raise LayerFileError(f"the file is larger than {kb} kB", "too_big", kb=kb)
    if not raw.strip():
        raise LayerFileError("the file is empty", "empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LayerFileError(
            f"not a text file (invalid UTF-8 at byte {exc.start})", "not_utf8", byte=exc.start
        ) from None
    if "\x00" in text:
        raise LayerFileError("not a text file (it contains NUL bytes)", "nul_bytes")
    try:
        doc = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise LayerFileError(
            f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            "invalid_json", reason=exc.msg, line=exc.lineno, column=exc.colno,
        ) from None  # fmt: skip
    except RecursionError:
        raise LayerFileError("the data is nested too deeply", "too_deep") from None
    except LayerFileError:
        raise
    except ValueError as exc:  # Python's own limit on the digits of an integer
        if "digits" not in str(exc):
            raise
        raise LayerFileError("a number in the file has too many digits", "too_many_digits") from None
    try:
        return parse_layer(doc)
    except ValueError as exc:
        # The messages quote the file's text: keep a pasted novel out of the panel.
        message = str(exc)
        if len(message) <= MAX_MESSAGE_CHARS:
            raise
        cut = message[: MAX_MESSAGE_CHARS - 1] + "…"
        if isinstance(exc, LayerFileError):
            raise LayerFileError(cut, exc.code, **exc.details) from None
        raise ValueError(cut) from None


def load_layer(path: str | os.PathLike[str]) -> LayerData:
    """Read and validate a layer file.

    The size is checked with ``os.stat`` before anything is read.

    Raises
    ------
    LayerFileError
        For a missing, unreadable, too large or invalid file; the message
        says what is wrong.
    ValueError
        For invalid parameter values, with the model's message.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _os_error("cannot open the file", "cannot_open", exc) from None
    if not stat.S_ISREG(info.st_mode):  # a folder, a device, or a FIFO that would block the read
        raise LayerFileError(
            "cannot read the file: it is not a regular file (a folder, a device or a pipe)", "not_regular"
        )
    size = info.st_size
    if size > MAX_FILE_BYTES:
        megabytes, kb = f"{size / 1e6:.1f}", MAX_FILE_BYTES // 1000
        message = f"the file is {megabytes} MB; layer files are at most {kb} kB"
        raise LayerFileError(message, "file_too_big", mb=megabytes, kb=kb)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _os_error("cannot read the file", "cannot_read", exc) from None
    return loads_layer(raw)


def _os_error(what: str, code: str, exc: OSError) -> LayerFileError:
    reason = exc.strerror or str(exc)
    return LayerFileError(f"{what}: {reason}", code, errno=exc.errno, strerror=reason)

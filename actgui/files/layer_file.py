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
NaN/Infinity, no duplicate keys, then the document itself:
:func:`~actgui.files.layer_schema.parse_layer`) and raises
:class:`LayerFileError` (a ``ValueError``) with a clear English message, a
stable ``code`` and the message's ``details``, from which the interface
builds the message in its own language; nothing is changed by a failed load.
Every write goes through :func:`actgui.files.atomic.replace_atomically`, so
an existing file is replaced whole or not at all, never truncated.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from typing import Any

import numpy as np

from actgui.files.atomic import replace_atomically
from actgui.files.layer_schema import (
    FORMAT,
    VERSION,
    LayerData,
    LayerFileError,
    parse_layer,
    quoted,
    shortened,
)
from actgui.model import ForwardPass
from actgui.model.refusal import Refusal

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "MAX_MESSAGE_CHARS",
    "VERSION",
    "LayerData",
    "LayerFileError",
    "decode_json",
    "export_csv",
    "layer_csv",
    "layer_to_json",
    "load_layer",
    "loads_layer",
    "parse_layer",
    "save_layer",
]

MAX_FILE_BYTES = 1_000_000
"""Layer files larger than this (1 MB) are refused before being read."""

MAX_MESSAGE_CHARS = 300
"""Longer refusal messages (quoting a huge id or value from the file) are cut here."""


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


def save_layer(path: str | os.PathLike[str], data: LayerData) -> None:
    """Save a layer as JSON, atomically.

    Raises
    ------
    OSError
        If the file cannot be written; an existing file is then unchanged.
    """
    replace_atomically(path, layer_to_json(data))


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
    """Write :func:`layer_csv` to ``path``, atomically.

    Raises
    ------
    OSError
        If the file cannot be written; an existing file is then unchanged.
    """
    replace_atomically(path, layer_csv(fp))


def _refuse_constant(name: str) -> None:
    raise LayerFileError(f"{name} is not allowed: every number must be finite", "constant", name=name)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise LayerFileError(f"the key {quoted(key)} appears twice", "duplicate_key", key=quoted(key))
        result[key] = value
    return result


def decode_json(raw: bytes) -> Any:
    """Decode the bytes of a JSON file, strictly: UTF-8, no NaN or Infinity, no duplicate keys.

    Shared by every file format of the app (layer files, setups).

    Raises
    ------
    LayerFileError
        For an empty file, text that is not UTF-8 or holds NUL bytes,
        invalid JSON, a constant such as NaN, a duplicate key, nesting too
        deep for the parser, or an integer with too many digits.
    """
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
    return doc


def loads_layer(raw: bytes) -> LayerData:
    """Decode and validate the bytes of a layer file (see :func:`parse_layer`).

    Raises
    ------
    LayerFileError
        Naming the first problem found.
    ValueError
        For invalid parameter values, with the model's message (a
        :class:`~actgui.model.refusal.Refusal` keeps its code; values quoted
        from the file are cut short).
    """
    if len(raw) > MAX_FILE_BYTES:
        kb = MAX_FILE_BYTES // 1000
        raise LayerFileError(f"the file is larger than {kb} kB", "too_big", kb=kb)
    doc = decode_json(raw)
    try:
        return parse_layer(doc)
    except ValueError as exc:
        # The messages quote the file's text: keep a pasted novel out of the panel.
        message = str(exc)
        if len(message) <= MAX_MESSAGE_CHARS:
            raise
        if isinstance(exc, Refusal):  # the model's refusal: its code stays, its values are cut
            raise Refusal(exc.code, **{key: shortened(value) for key, value in exc.values.items()}) from None
        cut = shortened(message, MAX_MESSAGE_CHARS)
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

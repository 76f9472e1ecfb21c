"""Why a file could not be read or written, in the interface language.

The Qt-free modules explain a refused file in English (the command line
prints that) and attach a stable ``code`` and the message's ``details``:
:class:`actgui.files.layer_file.LayerFileError` for layer files,
:class:`actgui.files.atomic.ExportError` for exports. An ``OSError``
carries its ``errno``. This module turns them into translated sentences, in
the ``"file_errors"`` context, with the file names, paths and numbers kept.
A code without a sentence here falls back to the English message.
"""

from __future__ import annotations

import errno as errnos
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from actgui.ui.i18n import translate_refusal
from actgui.ui.i18n.noop import QT_TRANSLATE_NOOP

# The sources are glibc's own strerror() texts, so English stays as the system says it.
_OS_ERRORS: dict[int, str] = {
    errnos.ENOENT: QT_TRANSLATE_NOOP("file_errors", "No such file or directory"),
    errnos.EACCES: QT_TRANSLATE_NOOP("file_errors", "Permission denied"),
    errnos.EPERM: QT_TRANSLATE_NOOP("file_errors", "Operation not permitted"),
    errnos.ENOSPC: QT_TRANSLATE_NOOP("file_errors", "No space left on device"),
    errnos.EDQUOT: QT_TRANSLATE_NOOP("file_errors", "Disk quota exceeded"),
    errnos.EROFS: QT_TRANSLATE_NOOP("file_errors", "Read-only file system"),
    errnos.EISDIR: QT_TRANSLATE_NOOP("file_errors", "Is a directory"),
    errnos.ENOTDIR: QT_TRANSLATE_NOOP("file_errors", "Not a directory"),
    errnos.ENAMETOOLONG: QT_TRANSLATE_NOOP("file_errors", "File name too long"),
    errnos.EEXIST: QT_TRANSLATE_NOOP("file_errors", "File exists"),
    errnos.EBUSY: QT_TRANSLATE_NOOP("file_errors", "Device or resource busy"),
    errnos.EIO: QT_TRANSLATE_NOOP("file_errors", "Input/output error"),
}

_LAYER_ERRORS: dict[str, str] = {
    "constant": QT_TRANSLATE_NOOP("file_errors", "{name} is not allowed: every number must be finite"),
    "duplicate_key": QT_TRANSLATE_NOOP("file_errors", "the key {key} appears twice"),
    "too_deep": QT_TRANSLATE_NOOP("file_errors", "the data is nested too deeply"),
    "not_a_number": QT_TRANSLATE_NOOP("file_errors", "{where} must be a number, got {kind} {value}"),
    "too_large": QT_TRANSLATE_NOOP("file_errors", "{where} is too large"),
    "not_finite": QT_TRANSLATE_NOOP("file_errors", "{where} must be finite, got {value}"),
    "out_of_range": QT_TRANSLATE_NOOP("file_errors", "{where} must lie within ±{limit}, got {value}"),
    "not_a_list": QT_TRANSLATE_NOOP("file_errors", "{name} must be a list of numbers, got {kind}"),
    "vector_length": QT_TRANSLATE_NOOP("file_errors", "{name} must have 1 to {most} numbers, got {count}"),
    "no_rows": QT_TRANSLATE_NOOP("file_errors", "{name} must be a non-empty list of rows"),
    "too_many_rows": QT_TRANSLATE_NOOP("file_errors", "{name} must have at most {most} rows, got {count}"),
    "ragged": QT_TRANSLATE_NOOP("file_errors", "the rows of {name} must all have the same length"),
    "not_an_object": QT_TRANSLATE_NOOP("file_errors", "the file must hold a JSON object, got {kind}"),
    "unknown_keys": QT_TRANSLATE_NOOP("file_errors", "unknown keys: {keys}"),
    "missing_keys": QT_TRANSLATE_NOOP("file_errors", "missing keys: {keys}"),
    "wrong_format": QT_TRANSLATE_NOOP(
        "file_errors", "not an actgui layer file (“format” must be {expected}, got {got})"
    ),
    "wrong_version": QT_TRANSLATE_NOOP(
        "file_errors", "unsupported version {got} (this actgui reads version {version})"
    ),
    "activation_not_string": QT_TRANSLATE_NOOP(
        "file_errors", "“activation” must be the id of an activation as a string, such as 'sigmoid'"
    ),
    "unknown_activation": QT_TRANSLATE_NOOP(
        "file_errors", "unknown activation {activation}; valid ids: {valid}"
    ),
    "params_not_object": QT_TRANSLATE_NOOP("file_errors", "“params” must be an object of parameter values"),
    "unknown_parameter": QT_TRANSLATE_NOOP(
        "file_errors", "{activation} has no parameter {name} (valid: {valid})"
    ),
    "x_length": QT_TRANSLATE_NOOP("file_errors", "x must have {rows} numbers, one per row of W, got {count}"),
    "b_length": QT_TRANSLATE_NOOP(
        "file_errors", "b must have {columns} numbers, one per column of W, got {count}"
    ),
    "too_big": QT_TRANSLATE_NOOP("file_errors", "the file is larger than {kb} kB"),
    "file_too_big": QT_TRANSLATE_NOOP("file_errors", "the file is {mb} MB; layer files are at most {kb} kB"),
    "empty": QT_TRANSLATE_NOOP("file_errors", "the file is empty"),
    "not_utf8": QT_TRANSLATE_NOOP("file_errors", "not a text file (invalid UTF-8 at byte {byte})"),
    "nul_bytes": QT_TRANSLATE_NOOP("file_errors", "not a text file (it contains NUL bytes)"),
    "invalid_json": QT_TRANSLATE_NOOP(
        "file_errors", "invalid JSON at line {line}, column {column}: {reason}"
    ),
    "too_many_digits": QT_TRANSLATE_NOOP("file_errors", "a number in the file has too many digits"),
    "cannot_open": QT_TRANSLATE_NOOP("file_errors", "cannot open the file: {reason}"),
    "cannot_read": QT_TRANSLATE_NOOP("file_errors", "cannot read the file: {reason}"),
    "not_regular": QT_TRANSLATE_NOOP(
        "file_errors", "cannot read the file: it is not a regular file (a folder, a device or a pipe)"
    ),
}

_SETUP_ERRORS: dict[str, str] = {
    "setup_type": QT_TRANSLATE_NOOP("file_errors", "{where} must be {expected}, got {kind} {value}"),
    "setup_value": QT_TRANSLATE_NOOP("file_errors", "{where}: {reason}"),
    "setup_too_many": QT_TRANSLATE_NOOP(
        "file_errors", "{where} has {count} items, at most {most} are allowed"
    ),
    "setup_pair": QT_TRANSLATE_NOOP("file_errors", "{where} must hold two numbers, got {count}"),
    "setup_per_layer": QT_TRANSLATE_NOOP(
        "file_errors", "{where} must have {layers} items, one per hidden layer, got {count}"
    ),
    "setup_no_steps": QT_TRANSLATE_NOOP("file_errors", "{where} must name at least one activation"),
    "setup_wrong_format": QT_TRANSLATE_NOOP(
        "file_errors", "not an actgui setup file (“format” must be {expected}, got {got})"
    ),
    "setup_bad_version": QT_TRANSLATE_NOOP(
        "file_errors", "“version” must be a whole number from 1 to {version}, got {got}"
    ),
    "setup_newer_version": QT_TRANSLATE_NOOP(
        "file_errors",
        "this setup is format version {got}, from a newer actgui; "
        "this actgui reads format versions up to {version}: please update actgui",
    ),
    "setup_language": QT_TRANSLATE_NOOP(
        "file_errors", "“language” must be a language code such as 'zh_CN', got {got}"
    ),
    "setup_too_big": QT_TRANSLATE_NOOP("file_errors", "the setup is larger than {kb} kB"),
    "setup_file_too_big": QT_TRANSLATE_NOOP(
        "file_errors", "the file is {mb} MB; setup files are at most {kb} kB"
    ),
    "ragged": QT_TRANSLATE_NOOP("file_errors", "the rows of {name} must all have the same length"),
    "missing_keys": QT_TRANSLATE_NOOP("file_errors", "missing key {keys}"),
}

# The JSON types a setup's value must have (actgui.files.setup_checks.EXPECTED).
_EXPECTED: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("file_errors", "a number"),
    "integer": QT_TRANSLATE_NOOP("file_errors", "a whole number"),
    "bool": QT_TRANSLATE_NOOP("file_errors", "true or false"),
    "string": QT_TRANSLATE_NOOP("file_errors", "a text"),
    "list": QT_TRANSLATE_NOOP("file_errors", "a list"),
    "object": QT_TRANSLATE_NOOP("file_errors", "an object"),
}

_JSON_TYPES: dict[str, str] = {
    "list": QT_TRANSLATE_NOOP("file_errors", "a list"),
    "dict": QT_TRANSLATE_NOOP("file_errors", "an object"),
    "str": QT_TRANSLATE_NOOP("file_errors", "a string"),
    "bool": QT_TRANSLATE_NOOP("file_errors", "a Boolean"),
    "NoneType": QT_TRANSLATE_NOOP("file_errors", "null"),
    "int": QT_TRANSLATE_NOOP("file_errors", "a number"),
    "float": QT_TRANSLATE_NOOP("file_errors", "a number"),
}

# json.JSONDecodeError.msg of Python's json module.
_JSON_REASONS: dict[str, str] = {
    "Expecting value": QT_TRANSLATE_NOOP("file_errors", "a value was expected"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "file_errors", "a key in double quotes was expected"
    ),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("file_errors", "a comma was expected"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("file_errors", "a colon was expected"),
    "Extra data": QT_TRANSLATE_NOOP("file_errors", "more text follows the end of the data"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("file_errors", "a string is not closed"),
    "Invalid control character at": QT_TRANSLATE_NOOP("file_errors", "a control character inside a string"),
    "Unexpected UTF-8 BOM (decode using utf-8-sig)": QT_TRANSLATE_NOOP(
        "file_errors", "a second byte order mark"
    ),
    "Invalid \\escape": QT_TRANSLATE_NOOP("file_errors", "an invalid escape sequence"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("file_errors", "an invalid escape sequence"),
}

_EXPORT_ERRORS: dict[str, str] = {
    "not_a_file_name": QT_TRANSLATE_NOOP("file_errors", "cannot write {target}: not a file name"),
    "is_a_folder": QT_TRANSLATE_NOOP("file_errors", "cannot write {target}: it is a folder"),
    "not_a_folder": QT_TRANSLATE_NOOP(
        "file_errors", "cannot write {target}: {folder} is a file, not a folder"
    ),
    "no_folder": QT_TRANSLATE_NOOP(
        "file_errors", "cannot write {target}: the folder {folder} does not exist"
    ),
    "no_permission": QT_TRANSLATE_NOOP(
        "file_errors", "cannot write {target}: no permission to write in {folder}"
    ),
    "read_only": QT_TRANSLATE_NOOP("file_errors", "cannot write {target}: the existing file is read-only"),
    "os_error": QT_TRANSLATE_NOOP("file_errors", "cannot write {target}: {reason}"),
    "write_failed": QT_TRANSLATE_NOOP("file_errors", "cannot write {target}: {reason}"),
    "no_size": QT_TRANSLATE_NOOP(
        "file_errors", "the view to export has no size yet (it is hidden or not laid out)"
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "file_errors", "a {width}x{height} image is too large (at most {most} pixels a side)"
    ),
    "no_memory": QT_TRANSLATE_NOOP("file_errors", "not enough memory for a {width}x{height} image"),
    "encode_failed": QT_TRANSLATE_NOOP("file_errors", "could not encode the image as PNG"),
    "animation_extension": QT_TRANSLATE_NOOP(
        "file_errors", "cannot record to {name}: use a .gif, .apng, .webp or .mp4 file name, not {suffix}"
    ),
    "animation_png": QT_TRANSLATE_NOOP(
        "file_errors", "cannot record to {name}: an animated PNG is .apng (or use .gif, .webp or .mp4)"
    ),
    "animation_no_extension": QT_TRANSLATE_NOOP(
        "file_errors", "cannot record to {name}: the name needs an extension, .gif, .apng, .webp or .mp4"
    ),
    "video_extra": QT_TRANSLATE_NOOP(
        "file_errors", 'MP4 needs PyAV, which is not installed: pip install "actgui[video]"'
    ),
    "figure_too_small": QT_TRANSLATE_NOOP(
        "file_errors", "the training figure needs at least {least} pixels, got {size}"
    ),
}


def _translated(marked: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP above, in the interface language."""
    return QCoreApplication.translate("file_errors", marked)


def os_error_text(code: int | None, strerror: str | None) -> str:
    """Why the OS refused, in the interface language.

    Parameters
    ----------
    code
        The ``errno`` of the ``OSError``.
    strerror
        Its English explanation, shown with the number for an errno
        without a translation here.
    """
    if code in _OS_ERRORS:
        return _translated(_OS_ERRORS[code])
    return QCoreApplication.translate("file_errors", "system error {code}: {reason}").format(
        code=code, reason=strerror or "?"
    )


def _details(details: Mapping[str, object]) -> dict[str, str]:
    # Paths are shown whole; text quoted from a file comes already cut short.
    shown = {key: str(value) for key, value in details.items()}
    if "errno" in details:
        shown["reason"] = os_error_text(details["errno"], details.get("strerror"))  # type: ignore[arg-type]
    if "kind" in details:
        kind = str(details["kind"])
        shown["kind"] = _translated(_JSON_TYPES[kind]) if kind in _JSON_TYPES else kind
    return shown


def layer_error_text(exc: ValueError) -> str:
    """Why a layer file was refused, in the interface language.

    Parameters
    ----------
    exc
        A :class:`~actgui.files.layer_file.LayerFileError`, or the model's
        ``ValueError`` for an invalid parameter value in the file.
    """
    code = getattr(exc, "code", None)
    if code not in _LAYER_ERRORS:
        return translate_refusal(exc)
    details = _details(exc.details)  # type: ignore[attr-defined]
    if code == "invalid_json":
        reason = exc.details["reason"]  # type: ignore[attr-defined]
        if reason not in _JSON_REASONS:
            return QCoreApplication.translate(
                "file_errors", "invalid JSON at line {line}, column {column}"
            ).format(**details)
        details["reason"] = _translated(_JSON_REASONS[reason])
    if code == "unknown_parameter" and details["valid"] == "none":
        return QCoreApplication.translate(
            "file_errors", "{activation} has no parameters, so not {name} either"
        ).format(**details)
    return _translated(_LAYER_ERRORS[code]).format(**details)


def setup_error_text(exc: ValueError) -> str:
    """Why a setup file (or a pasted setup) was refused, in the interface language.

    Parameters
    ----------
    exc
        A :class:`~actgui.files.setup_checks.SetupFileError`: its own codes
        are said here, a value a state refused by that state's refusal
        code, and the JSON checks it shares with layer files as for them.
    """
    code = getattr(exc, "code", None)
    if code not in _SETUP_ERRORS:
        return layer_error_text(exc)
    details = _details(exc.details)  # type: ignore[attr-defined]
    if code == "setup_type":
        expected = str(exc.details["expected"])  # type: ignore[attr-defined]
        details["expected"] = _translated(_EXPECTED[expected]) if expected in _EXPECTED else expected
    refusal = getattr(exc, "refusal", None)
    if code == "setup_value" and refusal is not None:
        details["reason"] = translate_refusal(refusal)
    return _translated(_SETUP_ERRORS[code]).format(**details)


def export_error_text(exc: Exception) -> str:
    """Why an export failed, in the interface language.

    Parameters
    ----------
    exc
        An :class:`~actgui.files.atomic.ExportError`; one without a known
        ``code`` (a message that is already translated) is shown as it is.
    """
    code = getattr(exc, "code", "")
    if code not in _EXPORT_ERRORS:
        return str(exc)
    return _translated(_EXPORT_ERRORS[code]).format(**_details(exc.details))  # type: ignore[attr-defined]

"""Setup files (``.actgui``): a whole session a teacher prepares, saves and opens in class.

A setup is UTF-8 JSON::

    {
      "format": "actgui-setup",
      "version": 1,
      "page": "explorer",                  # the page shown: explorer, forward, playground or depth
      "explorer": {...},                   # ExplorerState.settings()
      "layer": {...},                      # LayerState.settings() (the forward panel)
      "playground": {"data": {...}, "network": {...}, "training": {...},
                     "trained": {...}},       # only when asked for (setup_trained.py)
      "presentation": {"steps": ["sigmoid", "tanh", ...]},
      "view": {"theme": "dark", "font_scale": 1.2},   # only when asked for
      "language": "zh_CN"                               # only when asked for
    }

Only ``format`` and ``version`` are required. Every group is optional: a
group that is present sets its page entirely (a value it leaves out takes
its default), a group that is absent leaves that page as it is. So a page
added later (e.g. a depth page) is one more optional group: an older
actgui notes it as unknown and opens the rest; a change to the meaning of
an existing group bumps :data:`VERSION` and adds a step to
:data:`MIGRATIONS`, which bring an older file up to date before it is
checked.

Adding a page's group (say ``"depth"`` for a depth page) takes no new
format version, since an older actgui ignores the group with a note and a
file without it leaves the page as it is:

1. its state gets ``settings()`` (JSON-able values) and ``apply_settings()``;
   ``Session.settings``/``snapshot`` put the group under its name and
   ``Session.apply_settings`` applies it when present (``state/session.py``);
2. a ``check_depth(group, ignored)`` in :mod:`.setup_groups` (or its own
   ``setup_<name>.py`` past a few dozen lines) checks every value's JSON
   type with :mod:`.setup_checks` and hands it to a scratch state's
   setters, returning that state's ``settings()``; unknown keys go to
   ``ignored``;
3. the name joins :data:`GROUPS` (and :data:`PAGES` if the page can be the
   one shown) and :func:`_parse` calls the check;
4. tests: the hypothesis round trip draws the group, the malformed corpus
   (``tests/robustness/corpus/setup``) gets a file per refusal, and the kept
   files of older versions still open with the page untouched.

Reading is strict (:func:`loads_setup`): at most :data:`MAX_FILE_BYTES`,
UTF-8, JSON without NaN or duplicate keys, not nested deeper than the
format needs, every value of the right type and accepted by its state, a
newer version refused naming it. A refused file raises
:class:`~actgui.files.setup_checks.SetupFileError` (code and values for the
interface, an English message for the command line) before anything is
applied; unknown keys are ignored and listed in :attr:`Setup.ignored`.
Writing goes through :func:`actgui.files.atomic.replace_atomically`.
Qt-free.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from actgui.files.atomic import replace_atomically
from actgui.files.layer_file import decode_json
from actgui.files.layer_schema import LayerFileError, quoted, shortened
from actgui.files.setup_checks import SetupFileError, known_keys, string
from actgui.files.setup_depth import check_depth
from actgui.files.setup_groups import check_explorer, check_layer, check_playground, check_steps, check_view

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "MIME_TYPE",
    "PAGES",
    "SUFFIX",
    "VERSION",
    "Setup",
    "SetupFileError",
    "load_setup",
    "loads_setup",
    "parse_setup",
    "save_setup",
    "setup_to_json",
]

FORMAT = "actgui-setup"
VERSION = 1
"""The format version written; every version from 1 up to it is read."""
SUFFIX = ".actgui"
MIME_TYPE = "application/x-actgui-setup"
MAX_FILE_BYTES = 1_000_000
"""Setup files (and pasted setups) larger than this (1 MB) are refused before being decoded."""
PAGES = ("explorer", "forward", "playground", "depth")
"""The pages a setup can show, by the name the file uses."""
GROUPS = ("explorer", "layer", "playground", "depth", "view")
"""The session's groups a setup may hold (see ``Session.snapshot``)."""
TOP_KEYS = ("format", "version", "page", *GROUPS, "presentation", "language")
MAX_MESSAGE_CHARS = 300
"""Longer refusal messages (quoting a long list of ids) are cut here."""
MAX_DEPTH = 8
"""The deepest nesting the format needs is 6 (playground.trained.adam.m_weights[layer][row])."""

MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
"""``MIGRATIONS[n]`` turns a version-n document into a version n+1 one (none yet: 1 is the first)."""


@dataclass(frozen=True)
class Setup:
    """A checked setup: the session's groups and what the window shows.

    Attributes
    ----------
    groups
        The session's groups present in the file (``explorer``, ``layer``,
        ``playground``, ``view``), each complete, as the states'
        ``settings()`` give them.
    page
        The page to show, one of :data:`PAGES`, or None to keep the current one.
    steps
        The presentation's step list, or None to keep the current one.
    language
        The interface language (e.g. ``"zh_CN"``), or None to keep the current one.
    ignored
        The keys the file holds that this actgui does not know (ignored), by path.
    """

    groups: Mapping[str, Mapping[str, Any]]
    page: str | None = None
    steps: tuple[str, ...] | None = None
    language: str | None = None
    ignored: tuple[str, ...] = field(default=())


# -- writing ----------------------------------------------------------------------------


def _dumps(value: Any, indent: str = "") -> str:
    """JSON with one key per line, but a list of numbers (a row, a history) on one line.

    A trained network's weights and history one number per line would make
    a setup several times larger and no easier to read.
    """
    inner = indent + "  "
    if isinstance(value, dict) and value:
        entries = (
            f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dumps(v, inner)}" for k, v in value.items()
        )
        return "{\n" + ",\n".join(entries) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(v, (list, dict)) for v in value):
        return "[\n" + ",\n".join(inner + _dumps(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def setup_to_json(setup: Setup) -> str:
    """The setup as the text of a ``.actgui`` file (floats keep every bit)."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if setup.page is not None:
        doc["page"] = setup.page
    for group in GROUPS:
        if group in setup.groups:
            doc[group] = setup.groups[group]
    if setup.steps is not None:
        doc["presentation"] = {"steps": list(setup.steps)}
    if setup.language is not None:
        doc["language"] = setup.language
    return _dumps(doc) + "\n"


def save_setup(path: str | os.PathLike[str], setup: Setup) -> None:
    """Save a setup, atomically.

    Raises
    ------
    OSError
        If the file cannot be written; an existing file is then unchanged.
    """
    replace_atomically(path, setup_to_json(setup))


# -- reading ----------------------------------------------------------------------------


def _depth(value: Any, limit: int) -> None:
    """Refuse nesting deeper than ``limit`` (iteratively: no recursion to exhaust)."""
    stack = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            if level >= limit:
                raise SetupFileError("the data is nested too deeply", "too_deep")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)


def _version(doc: Mapping[str, Any]) -> int:
    if "version" not in doc:
        raise SetupFileError("missing key 'version'", "missing_keys", keys="'version'")
    version = doc["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        got = quoted(version)
        raise SetupFileError(
            f"'version' must be a whole number from 1 to {VERSION}, got {got}",
            "setup_bad_version", got=got, version=VERSION,
        )  # fmt: skip
    if version > VERSION:
        shown = shortened(str(version))
        raise SetupFileError(
            f"this setup is format version {shown}, from a newer actgui; "
            f"this actgui reads format versions up to {VERSION}: please update actgui",
            "setup_newer_version", got=shown, version=VERSION,
        )  # fmt: skip
    return version


def parse_setup(doc: Any) -> Setup:
    """Check a decoded JSON document and return the setup (see the module docstring).

    Raises
    ------
    SetupFileError
        Naming the first problem found.
    """
    try:
        return _parse(doc)
    except SetupFileError as exc:  # messages quote the file: keep a pasted novel out of a dialog
        if len(str(exc)) <= MAX_MESSAGE_CHARS:
            raise
        cut = shortened(str(exc), MAX_MESSAGE_CHARS)
        raise SetupFileError(cut, exc.code, exc.refusal, **exc.details) from None


def _parse(doc: Any) -> Setup:
    if not isinstance(doc, dict):
        kind = type(doc).__name__
        raise SetupFileError(f"the file must hold a JSON object, got {kind}", "not_an_object", kind=kind)
    _depth(doc, MAX_DEPTH)
    if "format" not in doc:
        raise SetupFileError("missing key 'format'", "missing_keys", keys="'format'")
    if doc["format"] != FORMAT:
        got = quoted(doc["format"])
        raise SetupFileError(
            f"not an actgui setup file ('format' must be {FORMAT!r}, got {got})",
            "setup_wrong_format", expected=repr(FORMAT), got=got,
        )  # fmt: skip
    version = _version(doc)
    for step in range(version, VERSION):
        doc = MIGRATIONS[step](doc)
    ignored: list[str] = []
    known_keys(doc, "", TOP_KEYS, ignored)
    groups: dict[str, Mapping[str, Any]] = {}
    if "explorer" in doc:
        groups["explorer"] = check_explorer(doc["explorer"], ignored)
    if "layer" in doc:
        explorer = groups.get("explorer", {})
        groups["layer"] = check_layer(doc["layer"], ignored, explorer)
    if "playground" in doc:
        groups["playground"] = check_playground(doc["playground"], ignored)
    if "depth" in doc:
        groups["depth"] = check_depth(doc["depth"], ignored)
    if "view" in doc:
        groups["view"] = check_view(doc["view"], ignored)
    page = None
    if "page" in doc:
        page = string(doc["page"], "page")
        if page not in PAGES:  # a page of a newer actgui: open the rest
            ignored.append(f"page={shortened(page)}")
            page = None
    steps = check_steps(doc["presentation"], ignored) if "presentation" in doc else None
    language = None
    if "language" in doc:
        language = string(doc["language"], "language")
        if not 2 <= len(language) <= 16 or not language.replace("_", "").replace("-", "").isalnum():
            got = quoted(language)
            raise SetupFileError(
                f"'language' must be a language code such as 'zh_CN', got {got}", "setup_language", got=got
            )
    return Setup(groups, page, steps, language, tuple(ignored))


def loads_setup(raw: bytes | str) -> Setup:
    """Decode and check the bytes (or pasted text) of a setup file.

    Raises
    ------
    SetupFileError
        Naming the first problem found; nothing is applied anywhere.
    """
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if len(data) > MAX_FILE_BYTES:
        kb = MAX_FILE_BYTES // 1000
        raise SetupFileError(f"the setup is larger than {kb} kB", "setup_too_big", kb=kb)
    try:
        doc = decode_json(data)
    except SetupFileError:
        raise
    except LayerFileError as exc:  # the shared JSON checks: same code, same values
        raise SetupFileError(str(exc), exc.code, None, **exc.details) from None
    return parse_setup(doc)


def load_setup(path: str | os.PathLike[str]) -> Setup:
    """Read and check a setup file; its size is checked before anything is read.

    Raises
    ------
    SetupFileError
        For a missing, unreadable, too large or invalid file.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _os_error("cannot open the file", "cannot_open", exc) from None
    if not stat.S_ISREG(info.st_mode):  # a folder, a device, or a FIFO that would block the read
        raise SetupFileError(
            "cannot read the file: it is not a regular file (a folder, a device or a pipe)", "not_regular"
        )
    if info.st_size > MAX_FILE_BYTES:
        megabytes, kb = f"{info.st_size / 1e6:.1f}", MAX_FILE_BYTES // 1000
        message = f"the file is {megabytes} MB; setup files are at most {kb} kB"
        raise SetupFileError(message, "setup_file_too_big", mb=megabytes, kb=kb)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _os_error("cannot read the file", "cannot_read", exc) from None
    return loads_setup(raw)


def _os_error(what: str, code: str, exc: OSError) -> SetupFileError:
    reason = exc.strerror or str(exc)
    return SetupFileError(f"{what}: {reason}", code, errno=exc.errno, strerror=reason)

"""Malformed setups are refused with one clear line, and the session stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actgui.files.setup_checks import SetupFileError
from actgui.files.setup_file import MAX_MESSAGE_CHARS, load_setup, loads_setup
from actgui.state.session import Session

CORPUS = Path(__file__).parents[1] / "robustness" / "corpus" / "setup"
CASES = sorted(CORPUS.glob("*.actgui"))


def _session() -> Session:
    session = Session()
    session.explorer.set_activation("gelu")
    session.explorer.set_x_range(-3, 5)
    session.layer.set_scale(3.0)
    return session


def _open(session: Session, path: Path) -> None:
    """What every caller does: check the whole file first, then apply it."""
    session.apply_settings(load_setup(path).groups)


def test_the_corpus_covers_what_the_issue_lists():
    names = {p.stem for p in CASES}
    for kind in ("truncated", "nan", "huge_float", "huge_integer", "deep_nesting", "newer_version"):
        assert kind in names
    assert any("string" in n or "number" in n for n in names)  # wrong types
    assert any("out_of_range" in n or "negative" in n for n in names)  # out-of-range values
    assert len(CASES) >= 50


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_a_malformed_setup_is_refused_and_changes_nothing(path):
    session = _session()
    before = session.snapshot(include_view=True)
    with pytest.raises(SetupFileError) as caught:
        _open(session, path)
    message = str(caught.value)
    assert message.strip() and "\n" not in message and "Traceback" not in message
    assert len(message) <= MAX_MESSAGE_CHARS
    assert caught.value.code  # the interface translates by it
    assert session.snapshot(include_view=True) == before


def test_refusals_name_the_value_and_the_reason():
    cases = {
        "x_range_reversed": ("setup_value", "explorer.x_range"),
        "samples_float": ("setup_type", "explorer.samples"),
        "W_ragged": ("ragged", "layer.W"),
        "newer_version": ("setup_newer_version", "version 2"),
        "playground_points_string": ("setup_type", "playground.data.n_points"),
    }
    for name, (code, quoted) in cases.items():
        with pytest.raises(SetupFileError) as caught:
            load_setup(CORPUS / f"{name}.actgui")
        assert caught.value.code == code, name
        assert quoted in str(caught.value), name


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_are_refused_or_read_never_crash(raw):
    try:
        loads_setup(raw)
    except SetupFileError as exc:
        assert "\n" not in str(exc)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
groups = st.sampled_from(("explorer", "layer", "playground", "view", "presentation", "page", "language"))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(groups, json_values, max_size=4))
def test_random_documents_are_refused_or_read_never_crash(doc):
    import json

    text = json.dumps({"format": "actgui-setup", "version": 1, **doc})
    try:
        opened = loads_setup(text)
    except SetupFileError as exc:
        assert "\n" not in str(exc)
    else:
        Session().apply_settings(opened.groups)  # what is read is applied without a refusal

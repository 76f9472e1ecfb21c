"""Atomic writes: a failed write never truncates or replaces the existing file."""

from __future__ import annotations

import os
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QSaveFile

from actgui.files.atomic import ExportError, check_target, write_atomic


def test_write_creates_and_replaces(tmp_path):
    target = tmp_path / "a.png"
    write_atomic(target, b"first")
    write_atomic(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]  # no temporary files left


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "a.png", b"x")
    assert not (tmp_path / "nope").exists()


def test_path_under_a_regular_file_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("keep me")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        write_atomic(blocker / "a.png", b"x")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        write_atomic("/etc/passwd/x.png", b"x")
    assert blocker.read_text() == "keep me"


def test_folder_as_target_is_refused(tmp_path):
    with pytest.raises(ExportError, match="it is a folder"):
        write_atomic(tmp_path, b"x")


@contextmanager
def _as_unprivileged_user():
    """Root writes anywhere: act as 'nobody' for the block (effective uid only)."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


def test_unwritable_folder_is_refused_and_the_old_file_kept(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"old")
    folder.chmod(0)
    try:
        with _as_unprivileged_user(), pytest.raises(ExportError, match=r"(?i)permission"):
            write_atomic(folder / "a.png", b"new")
    finally:
        folder.chmod(0o755)
    assert (folder / "a.png").read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["a.png"]


def test_a_write_that_fails_midway_leaves_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "a.png"
    target.write_bytes(b"the previous figure")
    monkeypatch.setattr(QSaveFile, "write", lambda self, data: -1)
    with pytest.raises(ExportError, match="cannot write"):
        write_atomic(target, b"a new figure")
    assert target.read_bytes() == b"the previous figure"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


def test_a_failed_commit_leaves_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "a.png"
    target.write_bytes(b"the previous figure")

    original = QSaveFile.commit
    monkeypatch.setattr(QSaveFile, "commit", lambda self: (self.cancelWriting(), original(self))[1])
    with pytest.raises(ExportError):
        write_atomic(target, b"a new figure")
    assert target.read_bytes() == b"the previous figure"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


def test_check_target_returns_an_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert check_target("x.svg") == tmp_path / "x.svg"

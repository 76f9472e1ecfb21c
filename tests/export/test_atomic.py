"""Atomic writes: a failed write never truncates or replaces the existing file."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from contextlib import contextmanager

import pytest

from actgui.files import atomic
from actgui.files.atomic import ExportError, check_target, replace_atomically, write_atomic


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


class _DiskFull(OSError):
    def __init__(self) -> None:
        super().__init__(errno.ENOSPC, "No space left on device")


def _half_then(error: BaseException):
    """os.fdopen whose file writes half of what it is given, then raises ``error``."""
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        real_write = handle.write

        def write(data):
            real_write(data[: len(data) // 2])
            handle.flush()
            raise error

        handle.write = write
        return handle

    return fdopen


def _fail(error: BaseException):
    def failing(*_args, **_kwargs):
        raise error

    return failing


def test_a_write_that_fails_midway_leaves_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "a.png"
    target.write_bytes(b"the previous figure")
    monkeypatch.setattr(atomic.os, "fdopen", _half_then(_DiskFull()))
    with pytest.raises(ExportError, match="cannot write") as caught:
        write_atomic(target, b"a new figure")
    assert caught.value.code == "write_failed"
    assert caught.value.details["errno"] == errno.ENOSPC
    assert caught.value.details["reason"] == "No space left on device"
    assert caught.value.details["target"] == str(target)
    assert target.read_bytes() == b"the previous figure"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


@pytest.mark.parametrize("step", ["fsync", "chmod", "replace"])
def test_a_failure_after_the_data_is_written_leaves_the_old_file_intact(tmp_path, monkeypatch, step):
    """A failed flush to disk, mode change or rename: the old file stays, the temporary one goes."""
    target = tmp_path / "a.png"
    target.write_bytes(b"the previous figure")
    monkeypatch.setattr(atomic.os, step, _fail(OSError(errno.EIO, "Input/output error")))
    with pytest.raises(ExportError) as caught:
        write_atomic(target, b"a new figure")
    assert (caught.value.code, caught.value.details["errno"]) == ("write_failed", errno.EIO)
    assert target.read_bytes() == b"the previous figure"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


@pytest.mark.parametrize("error", [RuntimeError("a bug mid-write"), KeyboardInterrupt()])
def test_an_exception_mid_write_propagates_and_leaves_the_old_file_intact(tmp_path, monkeypatch, error):
    """Not only OSError: anything raised mid-write removes the temporary file and is re-raised."""
    target = tmp_path / "a.png"
    target.write_bytes(b"the previous figure")
    monkeypatch.setattr(atomic.os, "fdopen", _half_then(error))
    with pytest.raises(type(error)):
        replace_atomically(target, b"a new figure")
    assert target.read_bytes() == b"the previous figure"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


def test_a_failure_to_open_the_temporary_file_closes_it(tmp_path, monkeypatch):
    target = tmp_path / "a.png"
    target.write_bytes(b"old")
    closed: list[int] = []
    real_close = os.close
    monkeypatch.setattr(atomic.os, "fdopen", _fail(MemoryError()))
    monkeypatch.setattr(atomic.os, "close", lambda fd: (closed.append(fd), real_close(fd)))
    with pytest.raises(MemoryError):
        replace_atomically(target, b"new")
    assert len(closed) == 1
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o444])
def test_the_permissions_of_an_existing_file_are_kept(tmp_path, mode):
    target = tmp_path / "layer.json"
    target.write_bytes(b"old")
    target.chmod(mode)
    replace_atomically(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_bytes() == b"new"


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_a_new_file_gets_the_usual_permissions(tmp_path, umask):
    previous = os.umask(umask)
    try:
        written = replace_atomically(tmp_path / "new.csv", "x,y\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~umask


def test_a_private_file_is_never_readable_by_others_while_it_is_replaced(tmp_path, monkeypatch):
    target = tmp_path / "private.json"
    target.write_bytes(b"old secret")
    target.chmod(0o600)
    modes: list[int] = []
    real_fsync = os.fsync

    def fsync(fd):
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_fsync(fd)

    previous = os.umask(0o022)
    try:
        monkeypatch.setattr(atomic.os, "fsync", fsync)
        replace_atomically(target, b"new secret")
    finally:
        os.umask(previous)
    assert modes and modes[0] == 0o600  # the temporary file, with the data in it
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_data_is_on_disk_before_the_rename(tmp_path, monkeypatch):
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    replace_atomically(tmp_path / "a.bin", b"data")
    assert calls[:2] == ["fsync", "replace"]


def test_text_is_written_as_utf8_with_its_line_endings(tmp_path):
    target = tmp_path / "table.csv"
    replace_atomically(target, "x,ä\r\n激活,1\n")
    assert target.read_bytes() == "x,ä\r\n激活,1\n".encode()


def test_a_symbolic_link_is_followed_and_kept(tmp_path):
    real = tmp_path / "real.png"
    real.write_bytes(b"old")
    link = tmp_path / "link.png"
    link.symlink_to(real)
    assert write_atomic(link, b"new") == link
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.png", "real.png"]


def test_a_relative_path_is_written_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    replace_atomically("plain.txt", b"here")
    assert (tmp_path / "plain.txt").read_bytes() == b"here"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.txt"]


def test_check_target_returns_an_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert check_target("x.svg") == tmp_path / "x.svg"


def test_the_files_layer_loads_without_qt():
    """files/ is Qt-free: the atomic writer, the layer files and code generation import no Qt."""
    code = (
        "import sys\n"
        "import actgui.files.atomic, actgui.files.layer_file, actgui.files.codegen, actgui.files.resources\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'pyqtgraph'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

"""Atomic file writes: a target is replaced only by a complete new file.

Every file the app writes (layer files, CSV tables, figures, the gallery)
goes through :func:`replace_atomically`:

1. the data goes to a new temporary file in the target's folder (the same
   file system, so the rename below is atomic);
2. the data is flushed and ``fsync``-ed, so it is on disk before the rename;
3. the temporary file gets the permissions of the file it replaces (a new
   file: ``0o666`` less the umask, as ``open()`` gives);
4. ``os.replace`` renames it over the target in one step.

A write that fails or is interrupted at any point (a full disk, an
exception, even ``KeyboardInterrupt``) removes the temporary file and
leaves an existing target untouched; a process killed mid-write leaves the
old file or the new one, never a mix. A symbolic link is followed: the file
it points to is replaced and the link stays (as Qt's save-file class, which
exports used before, does).

:func:`write_atomic` adds the checks an export makes first
(:func:`check_target`) and reports every failure as an :class:`ExportError`
with a stable code. Qt-free: figures are rendered to bytes in memory first.
"""

from __future__ import annotations

import errno as errnos
import os
import secrets
import stat
from pathlib import Path

_TEMP_ATTEMPTS = 100


class ExportError(Exception):
    """An export that cannot be done; the message is meant for the user.

    ``str(exc)`` is the English message (the command line prints it).
    ``code`` names the problem, if it has a name, and ``details`` holds the
    values the message quotes (the paths, an OS error's ``errno`` and
    ``strerror``), so that the interface can say it in its own language.
    """

    def __init__(self, message: str, code: str = "", **details: object) -> None:
        super().__init__(message)
        self.code = code
        self.details = details


def _refuse(target: Path, why: str, code: str, /, **details: object) -> ExportError:
    return ExportError(f"cannot write {target}: {why}", code, target=str(target), **details)


def check_target(path: str | os.PathLike[str]) -> Path:
    """Refuse, before any rendering, a target that can certainly not be written.

    Parameters
    ----------
    path
        The file to be written.

    Returns
    -------
    Path
        The target as an absolute path.

    Raises
    ------
    ExportError
        If the folder does not exist, a part of the path is a file, the
        target is a folder, or the folder (or an existing target) is not
        writable.
    """
    target = Path(path).expanduser().absolute()
    try:
        return _check_target(target)
    except OSError as exc:  # e.g. a folder on the way that may not even be looked into
        reason = exc.strerror or str(exc)
        raise _refuse(target, reason, "os_error", errno=exc.errno, strerror=reason) from None


def _check_target(target: Path) -> Path:
    if target.name in ("", ".", ".."):
        raise _refuse(target, "not a file name", "not_a_file_name")
    if target.is_dir():
        raise _refuse(target, "it is a folder", "is_a_folder")
    folder = target.parent
    if not folder.exists():
        # Tell "a file is in the way" apart from "the folder is missing".
        for ancestor in folder.parents:
            if ancestor.exists():
                if not ancestor.is_dir():
                    reason = f"{ancestor} is a file, not a folder"
                    raise _refuse(target, reason, "not_a_folder", folder=str(ancestor))
                break
        raise _refuse(target, f"the folder {folder} does not exist", "no_folder", folder=str(folder))
    if not folder.is_dir():
        raise _refuse(target, f"{folder} is a file, not a folder", "not_a_folder", folder=str(folder))
    effective = os.access in os.supports_effective_ids
    if not os.access(folder, os.W_OK | os.X_OK, effective_ids=effective):
        raise _refuse(target, f"no permission to write in {folder}", "no_permission", folder=str(folder))
    if target.exists() and not os.access(target, os.W_OK, effective_ids=effective):
        raise _refuse(target, "the existing file is read-only", "read_only")
    return target


def replace_atomically(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Replace the file at ``path`` by ``data``, whole or not at all.

    The one atomic writer of the app (see the module docstring for the
    steps and the guarantees).

    Parameters
    ----------
    path
        The file to write; its folder must exist. A symbolic link is
        followed.
    data
        The complete new contents; text is written as UTF-8, line endings
        as given.

    Returns
    -------
    Path
        The file written (the link's target for a symbolic link).

    Raises
    ------
    OSError
        If the file cannot be written (its ``errno`` says why); the target
        is then as it was and no temporary file is left.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    # Readable by the owner alone while the data is written when the old
    # file is there (it may have been private); its mode is set at the end.
    fd, temporary = _create_temporary(target, 0o666 if mode is None else 0o600)
    try:
        try:
            handle = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            raise
        with handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    _sync_folder(target.parent)
    return target


def _create_temporary(target: Path, mode: int) -> tuple[int, str]:
    """A new, empty, exclusively created file beside ``target``: (descriptor, path).

    ``mode`` less the umask, as ``open()`` would give a new file.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(_TEMP_ATTEMPTS):
        name = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(name, flags, mode), str(name)
        except FileExistsError:
            continue
    raise FileExistsError(errnos.EEXIST, "no free temporary file name", str(target.parent))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; a file system that cannot is no error."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Check the target, then write ``data`` to it atomically (an export's write).

    Parameters
    ----------
    path
        The file to write.
    data
        Its complete new contents (text is written as UTF-8).

    Returns
    -------
    Path
        The absolute path written.

    Raises
    ------
    ExportError
        With a clear message and a stable code if the file cannot be
        written (see :func:`check_target`); a failure of the write itself
        has the code ``"write_failed"`` and the OS error's ``errno`` and
        ``strerror``.
    """
    target = check_target(path)
    try:
        replace_atomically(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        details = {"reason": reason, "errno": exc.errno, "strerror": reason}
        raise _refuse(target, reason, "write_failed", **details) from None
    return target


def prepare_folder(folder: str | os.PathLike[str]) -> Path:
    """Create the gallery folder if needed and check it can be written.

    Returns
    -------
    Path
        The folder as an absolute path.

    Raises
    ------
    ExportError
        If the folder cannot be created or written to; the codes are
        ``"gallery_is_a_file"``, ``"gallery_not_a_folder"`` (a part of the
        path is a file: ``blocker``), ``"gallery_cannot_create"`` (with the
        OS error's ``errno`` and ``strerror``) and ``"gallery_no_permission"``;
        ``folder`` is always among the details.
    """
    path = Path(folder).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise _refuse_folder(path, "it is a file, not a folder", "gallery_is_a_file")
    for ancestor in path.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                why = f"{ancestor} is a file, not a folder"
                raise _refuse_folder(path, why, "gallery_not_a_folder", blocker=str(ancestor))
            break
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportError(
            f"cannot create the gallery folder {path}: {reason}",
            "gallery_cannot_create", folder=str(path), reason=reason, errno=exc.errno, strerror=reason,
        ) from None  # fmt: skip
    if not os.access(path, os.W_OK | os.X_OK):
        raise _refuse_folder(path, "no permission", "gallery_no_permission")
    return path


def _refuse_folder(path: Path, why: str, code: str, /, **details: object) -> ExportError:
    return ExportError(f"cannot write the gallery to {path}: {why}", code, folder=str(path), **details)

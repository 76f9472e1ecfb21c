"""Atomic file writes: the target is replaced only by a complete new file.

Every export goes through :func:`write_atomic`, which writes to a temporary
file beside the target (Qt's ``QSaveFile``) and renames it over the target
only once everything is written. A failed or cancelled write leaves no
truncated file behind and never destroys an existing one.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile


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


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically.

    The bytes go to a temporary file in the same folder, which replaces the
    target only after it was written completely. If anything fails, the
    temporary file is removed and an existing target is left untouched.

    Parameters
    ----------
    path
        The file to write.
    data
        Its complete new contents.

    Returns
    -------
    Path
        The absolute path written.

    Raises
    ------
    ExportError
        With a clear message if the file cannot be written.
    """
    target = check_target(path)
    save = QSaveFile(str(target))
    # Qt's error strings are in the interface language already (Qt's own translation).
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise _refuse(target, save.errorString(), "write_failed", reason=save.errorString())
    written = save.write(data)
    if written != len(data):
        message = save.errorString()
        save.cancelWriting()
        save.commit()  # discards the temporary file; the target is untouched
        raise _refuse(target, message, "write_failed", reason=message)
    if not save.commit():
        raise _refuse(target, save.errorString(), "write_failed", reason=save.errorString())
    return target


def prepare_folder(folder: str | os.PathLike[str]) -> Path:
    """Create the gallery folder if needed and check it can be written.

    Raises
    ------
    ExportError
        If the folder cannot be created or written to.
    """
    path = Path(folder).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise ExportError(f"cannot write the gallery to {path}: it is a file, not a folder")
    for ancestor in path.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise ExportError(f"cannot write the gallery to {path}: {ancestor} is a file, not a folder")
            break
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the gallery folder {path}: {exc.strerror or exc}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write the gallery to {path}: no permission")
    return path

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
    """An export that cannot be done; the message is meant for the user."""


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
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None


def _check_target(target: Path) -> Path:
    if target.name in ("", ".", ".."):
        raise ExportError(f"cannot write {target}: not a file name")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    folder = target.parent
    if not folder.exists():
        # Tell "a file is in the way" apart from "the folder is missing".
        for ancestor in folder.parents:
            if ancestor.exists():
                if not ancestor.is_dir():
                    raise ExportError(f"cannot write {target}: {ancestor} is a file, not a folder")
                break
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: {folder} is a file, not a folder")
    effective = os.access in os.supports_effective_ids
    if not os.access(folder, os.W_OK | os.X_OK, effective_ids=effective):
        raise ExportError(f"cannot write {target}: no permission to write in {folder}")
    if target.exists() and not os.access(target, os.W_OK, effective_ids=effective):
        raise ExportError(f"cannot write {target}: the existing file is read-only")
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
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"cannot write {target}: {save.errorString()}")
    written = save.write(data)
    if written != len(data):
        message = save.errorString()
        save.cancelWriting()
        save.commit()  # discards the temporary file; the target is untouched
        raise ExportError(f"cannot write {target}: {message}")
    if not save.commit():
        raise ExportError(f"cannot write {target}: {save.errorString()}")
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

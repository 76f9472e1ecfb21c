"""The application icon as a QIcon."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from actgui.files.resources import icon_paths


def app_icon() -> QIcon:
    """Return the actgui icon with every rendered size, for windows and the dock.

    Each size is its own PNG rendered from ``resources/icons/actgui.svg``, so
    Qt picks a crisp bitmap instead of scaling one down.

    Returns
    -------
    QIcon
        The icon; set it once with ``QApplication.setWindowIcon``.
    """
    icon = QIcon()
    for path in icon_paths().values():
        icon.addFile(str(path))
    return icon

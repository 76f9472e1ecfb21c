"""Figure export: PNG at 1x/2x/3x and SVG, from the GUI and headless.

- :mod:`~actgui.files.atomic`: atomic file writes (Qt-free; figures are rendered to bytes first).
- :mod:`~actgui.export.render`: a widget to a crisp PNG or a vector SVG.
- :mod:`~actgui.export.naming`: default file names.
- :mod:`~actgui.export.headless`: build a view offscreen and render it.
- :mod:`~actgui.export.dialog`, :mod:`~actgui.export.clipboard`,
  :mod:`~actgui.export.actions`: File > Export and Ctrl+Shift+C.
- :mod:`~actgui.cli.export_command`: ``actgui export``.
- :mod:`~actgui.export.gallery`: the one-command handout of every activation.

Importing this package imports no Qt: ``actgui export`` checks its arguments
before Qt starts.
"""

from __future__ import annotations

from typing import Any

__all__ = ["install_export_actions"]


def install_export_actions(window: Any) -> Any:
    """Add "Export figure…" and "Copy figure" to the window's File menu (see :mod:`.actions`)."""
    from actgui.export.actions import install_export_actions as install

    return install(window)

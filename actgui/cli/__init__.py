"""The ``actgui`` command line: the top layer, which assembles the app and runs its commands."""

from actgui.cli.main import gui_main, main

__all__ = ["gui_main", "main"]

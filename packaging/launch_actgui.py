"""Entry script of the PyInstaller bundle: the ``actgui`` console command.

A separate script rather than ``actgui/__main__.py`` so that PyInstaller
does not put the package folder itself on ``sys.path``.
"""

import sys

from actgui.cli.main import main

if __name__ == "__main__":
    sys.exit(main())

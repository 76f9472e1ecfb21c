"""``python -m actgui.cli``: the same as the ``actgui`` command."""

import sys

from actgui.cli.main import main

sys.exit(main())

"""The ``actgui`` command line: the top layer, which assembles the app and runs its commands."""

import os

# One BLAS thread, set before NumPy loads (a value the user set wins). The depth lab simulates in
# a worker thread beside the interface; OpenBLAS's extra threads spin on the cores the interface
# needs. Measured on 2 cores while a weight_std slider moved every 16 ms for 6 s (50 layers x 512
# x 256): the interface ran 235 steps with one BLAS thread, 131 to 148 with two; the full run alone
# takes about the same either way (204 against 196 ms on a quiet machine).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from actgui.cli.main import gui_main, main  # after the thread count, which NumPy reads once

__all__ = ["gui_main", "main"]

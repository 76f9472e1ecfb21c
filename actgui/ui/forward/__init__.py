"""The forward-pass page: one dense layer, x · W + b -> activation, seen, explained and editable.

Import :class:`LazyForwardPanel` for the main window (it builds the real
:class:`~actgui.ui.forward.panel.ForwardPanel` on first show).
"""

from actgui.ui.forward.lazy import LazyForwardPanel

__all__ = ["LazyForwardPanel"]

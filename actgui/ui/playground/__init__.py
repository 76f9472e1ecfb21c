"""The training playground: a small network learns 2-D toy data while you watch.

Only the light :class:`LazyPlaygroundPage` is imported eagerly; the page
itself (pyqtgraph, the network) loads when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from actgui.ui.playground.lazy import LazyPlaygroundPage

if TYPE_CHECKING:
    from actgui.ui.playground.page import PlaygroundPage

__all__ = ["LazyPlaygroundPage", "PlaygroundPage"]


def __getattr__(name: str) -> Any:
    if name == "PlaygroundPage":
        from actgui.ui.playground.page import PlaygroundPage

        return PlaygroundPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

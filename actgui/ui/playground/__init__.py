"""The training playground: a small network learns 2-D toy data while you watch."""

from actgui.ui.playground.lazy import LazyPlaygroundPage
from actgui.ui.playground.page import PlaygroundPage

__all__ = ["LazyPlaygroundPage", "PlaygroundPage"]

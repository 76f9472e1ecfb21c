"""actgui: see and teach how neural-network activation functions work."""

__version__ = "0.1.0"

"""The Qt user interface of actgui (PySide6 + pyqtgraph)."""

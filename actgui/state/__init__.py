"""Application state: Qt-free objects with change signals, owned by one session."""

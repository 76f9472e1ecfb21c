"""Files the app reads and writes: layer files, generated code, one atomic writer (Qt-free)."""

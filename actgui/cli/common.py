"""What the ``actgui`` sub-commands share: exit codes, the one-line usage error, argument parsing."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any, NoReturn

import numpy as np

from actgui.model import get_activation

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad command-line input: reported as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        """Report ``message`` on one line and exit with status 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {one_line(message)}\n")


def one_line(text: str) -> str:
    """``text`` on one line: an argument may hold line breaks, the error report may not."""
    return " ".join(text.splitlines())


def parse_param_assignments(activation_id: str, items: Sequence[str]) -> dict[str, Any]:
    """Turn ``["alpha=0.5", ...]`` into validated parameters of an activation.

    Raises
    ------
    UsageError
        For a malformed item, an unknown parameter or an invalid value.
    """
    try:
        act = get_activation(activation_id)
        params: dict[str, Any] = {}
        for item in items:
            name, sep, text = item.partition("=")
            if not sep or not name.strip():
                raise ValueError(f"--param expects NAME=VALUE, got {item!r}")
            params[name.strip()] = act.param(name.strip()).parse(text)
        return act.resolve(params)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def parse_vector(text: str, length: int, name: str) -> np.ndarray:
    """Parse ``"v1,v2,..."`` into a finite float vector of the given length."""
    parts = [p.strip() for p in text.split(",")]
    try:
        values = np.array([float(p) for p in parts], dtype=np.float64)
    except ValueError:
        raise UsageError(f"{name} must be {length} comma-separated numbers, got {text!r}") from None
    if values.size != length:
        raise UsageError(f"{name} must have {length} values, got {values.size}")
    if not np.all(np.isfinite(values)):
        raise UsageError(f"{name} must contain only finite numbers")
    return values

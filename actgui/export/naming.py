"""Default file names for exported figures, from the activation, parameters and view.

``leaky_relu_negative_slope-0.1_curve@2x.png``: the activation id, each
parameter that differs from its default as ``name-value``, the view, and the
scale for PNGs (the ``@2x`` convention of slide and web tools). Names use
only ASCII letters, digits and ``_ - . + @``, so they are safe on every file
system and in URLs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from actgui.model import get_activation

VIEWS = ("curve", "derivative", "compare", "softmax", "forward", "window")
"""The views that can be exported, in menu order."""

_UNSAFE = re.compile(r"[^A-Za-z0-9_.+-]+")
MAX_STEM = 120


def format_value(value: Any) -> str:
    """A parameter value as it appears in a file name: ``0.1``, ``1e-05``, ``neg2``, ``tanh``.

    A minus sign becomes ``neg`` so that it does not read as the separator.
    """
    if isinstance(value, float):
        text = f"{value:g}"
        return "neg" + text[1:] if text.startswith("-") else text
    return str(value)


def activation_slug(activation_id: str, params: Mapping[str, Any] | None = None) -> str:
    """``leaky_relu_negative_slope-0.1``: the id plus every non-default parameter."""
    act = get_activation(activation_id)
    values = act.resolve(params)
    parts = [act.id]
    for p in act.params:
        if values[p.name] != p.default:
            parts.append(f"{p.name}-{format_value(values[p.name])}")
    return "_".join(parts)


def sanitize(stem: str) -> str:
    """Replace characters that are unsafe in file names and trim the length."""
    clean = _UNSAFE.sub("-", stem).strip("-._")
    return clean[:MAX_STEM].rstrip("-._") or "figure"


def default_file_name(
    view: str,
    activation_id: str,
    params: Mapping[str, Any] | None = None,
    fmt: str = "png",
    scale: int = 1,
    pins: Sequence[tuple[str, Mapping[str, Any]]] = (),
) -> str:
    """A descriptive default file name for an exported view.

    Parameters
    ----------
    view
        One of :data:`VIEWS`.
    activation_id, params
        The activation shown and its parameter values (defaults are left out).
    fmt
        ``"png"`` or ``"svg"``.
    scale
        The PNG scale; 1 adds no suffix, 2 adds ``@2x``. Ignored for SVG.
    pins
        For the compare view, the pinned curves as (id, params) pairs.

    Examples
    --------
    >>> default_file_name("curve", "leaky_relu", {"negative_slope": 0.1}, "png", 2)
    'leaky_relu_negative_slope-0.1_curve@2x.png'
    >>> default_file_name("compare", "relu", pins=[("sigmoid", {}), ("tanh", {})], fmt="svg")
    'relu_vs_sigmoid_tanh_compare.svg'
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; valid views: {', '.join(VIEWS)}")
    stem = activation_slug(activation_id, params)
    if view == "compare" and pins:
        others = [activation_slug(pid, pparams) for pid, pparams in pins]
        others = [o for o in others if o != stem]
        if others:
            stem += "_vs_" + "_".join(others)
    stem = sanitize(f"{stem}_{view}")
    suffix = f"@{scale}x" if fmt == "png" and scale != 1 else ""
    return f"{stem}{suffix}.{fmt}"

"""LaTeX to SVG: the activations' formulas come typeset with actgui, others from ziamath.

ziamath typesets in pure Python and loads a whole math font first: the first
formula costs about 150 ms and 20 MB. Every formula the model defines (each
activation's f, f' and output range) is therefore typeset when actgui is
built, by ``packaging/formulas.py``, into ``resources/formulas/formulas.json.gz``,
in one reference size and a placeholder colour. Showing one is a dictionary
lookup, a colour substitution and a change of the SVG's width and height
(its viewBox, and so its drawing, stays as it is: ziamath's geometry scales
with the font size). Anything else, such as the softmax view's formula with
the current numbers in it, is typeset by ziamath on demand.

This module does not use Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
import warnings
from collections.abc import Iterable
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from actgui.files.resources import resource_path

CACHE_SIZE = 256
REFERENCE_SIZE = 16.0
"""Font size (points) of the typeset formulas in the bundle."""
PLACEHOLDER_COLOUR = "#123456"
"""Glyph colour of the typeset formulas in the bundle, replaced when shown."""
BUNDLE_DIR = "formulas"
INDEX_NAME = "index.json"

_ROOT_SIZE = re.compile(r'^(<svg\b[^>]*?\bwidth=")([0-9.]+)("[^>]*?\bheight=")([0-9.]+)(")')


@cache
def ziamath_module() -> ModuleType:
    """Import and configure ziamath on first use (it loads a math font: keep it off start-up)."""
    with warnings.catch_warnings():
        # ziamath < 0.14 uses importlib.resources.path(), deprecated since Python 3.11.
        warnings.simplefilter("ignore", DeprecationWarning)
        import ziamath
    # Without this, Qt's SVG renderer draws only the fraction bars: ziamath's
    # SVG 2 output uses <symbol>/<use> constructs that QtSvg does not resolve.
    ziamath.config.svg2 = False
    return ziamath


def typeset(latex: str, colour: str, size: float) -> str:
    """Typeset ``latex`` with ziamath (slow: no cache).

    Raises
    ------
    ValueError
        If ziamath cannot parse the formula.
    """
    try:
        return str(ziamath_module().Latex(latex, size=size, color=colour).svg())
    except Exception as exc:  # ziamath raises assorted errors for bad input
        raise ValueError(f"cannot typeset {latex!r}: {exc}") from exc


def model_formulas() -> list[str]:
    """Every formula the model defines, in a stable order, without repeats."""
    from actgui.model import ACTIVATIONS

    seen: dict[str, None] = {}
    for act in ACTIVATIONS.values():
        for latex in (act.latex, act.latex_derivative, act.output_range):
            if latex:
                seen.setdefault(latex, None)
    return list(seen)


def svg_file_name(latex: str) -> str:
    """The bundle's file name for a formula: stable, from a hash of its LaTeX."""
    return hashlib.sha1(latex.encode("utf-8")).hexdigest()[:16] + ".svg"


def build_bundle(formulas: Iterable[str]) -> tuple[dict[str, Any], dict[str, str]]:
    """Typeset ``formulas`` for the bundle: its index and {file name: SVG} (see ``packaging/formulas.py``)."""
    files = {svg_file_name(latex): typeset(latex, PLACEHOLDER_COLOUR, REFERENCE_SIZE) for latex in formulas}
    index = {
        "ziamath": str(ziamath_module().__version__),
        "size": REFERENCE_SIZE,
        "colour": PLACEHOLDER_COLOUR,
        "formulas": {latex: svg_file_name(latex) for latex in formulas},
    }
    return index, files


@cache
def bundle_index() -> dict[str, Any]:
    """The index of the typeset formulas shipped with actgui (no formulas if missing or unreadable)."""
    try:
        doc = json.loads(resource_path(BUNDLE_DIR, INDEX_NAME).read_text(encoding="utf-8"))
        if not (
            isinstance(doc["formulas"], dict) and float(doc["size"]) > 0 and isinstance(doc["colour"], str)
        ):
            raise ValueError("malformed formula index")
    except (OSError, ValueError, KeyError, TypeError):
        # Missing or damaged: every formula is typeset on demand instead.
        return {"size": REFERENCE_SIZE, "colour": PLACEHOLDER_COLOUR, "formulas": {}}
    return doc


def shipped_svg(latex: str) -> str | None:
    """The bundle's SVG of ``latex`` (reference size, placeholder colour), or None."""
    name = bundle_index()["formulas"].get(latex)
    if not isinstance(name, str) or name != svg_file_name(latex):
        return None
    try:
        svg = resource_path(BUNDLE_DIR, name).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    return svg if _ROOT_SIZE.match(svg) else None


def _rescaled(svg: str, factor: float) -> str:
    """``svg`` with its root width and height multiplied by ``factor`` (viewBox unchanged)."""

    def scale(match: re.Match[str]) -> str:
        width, height = float(match.group(2)) * factor, float(match.group(4)) * factor
        return f"{match.group(1)}{width:.3f}{match.group(3)}{height:.3f}{match.group(5)}"

    return _ROOT_SIZE.sub(scale, svg, count=1)


@lru_cache(maxsize=CACHE_SIZE)
def formula_svg(latex: str, colour: str, size: float) -> bytes:
    """The SVG document of a formula (memoised).

    Parameters
    ----------
    latex
        The formula in LaTeX math mode, without dollar signs.
    colour
        The glyph colour, e.g. ``"#202020"``.
    size
        The font size in points.

    Raises
    ------
    ValueError
        If the formula is not in the bundle and ziamath cannot parse it.
    """
    svg = shipped_svg(latex)
    if svg is not None:
        index = bundle_index()
        svg = _rescaled(svg, size / float(index["size"])).replace(index["colour"], colour)
    else:
        svg = typeset(latex, colour, size)
    return svg.encode("utf-8")

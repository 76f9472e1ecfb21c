"""Locate the files actgui ships: icons, desktop metadata, translations, licences.

The canonical files live in the repository's top-level ``resources/`` folder.
Every way of running actgui puts them next to this module under one name,
so a single lookup serves all of them:

* **wheel / ``pip install .``**: setuptools maps ``resources/`` onto the data
  package ``actgui._resources`` (``[tool.setuptools.package-dir]`` in
  ``pyproject.toml``), so the files are installed at
  ``site-packages/actgui/_resources/``.
* **PyInstaller bundle**: ``packaging/actgui.spec`` collects ``resources/`` to
  ``actgui/_resources`` inside the bundle, and a frozen module's ``__file__``
  points into the bundle, so the same relative path holds.
* **source checkout or editable install**: nothing is copied; the fallback
  is ``resources/`` beside the ``actgui`` package.

This module is deliberately free of Qt; ``actgui.ui.icon`` builds the QIcon.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = [
    "ICON_SIZES",
    "LicenseInfo",
    "icon_paths",
    "license_texts",
    "licenses",
    "resource_path",
    "resource_roots",
]

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
"""The ``actgui`` package folder (this module lives in ``actgui/files``)."""

#: Pixel sizes of the rendered app icon, ``icons/actgui-<size>.png``.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource_roots() -> list[Path]:
    """Return the folders searched for resources, most specific first.

    Returns
    -------
    list of pathlib.Path
        The installed or bundled data folder ``actgui/_resources``, then the
        source tree's ``resources/``. Folders that do not exist are left out.
    """
    candidates = (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources")
    return [root for root in candidates if root.is_dir()]


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource file or folder.

    Parameters
    ----------
    *parts
        Path components below the resources folder, e.g.
        ``resource_path("icons", "actgui-32.png")``.

    Returns
    -------
    pathlib.Path
        The first existing match in :func:`resource_roots`.

    Raises
    ------
    FileNotFoundError
        If no resource folder contains the path.
    """
    roots = resource_roots()
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    searched = ", ".join(str(root) for root in roots) or "no resource folder found"
    raise FileNotFoundError(f"resource {'/'.join(parts)!r} not found (searched: {searched})")


def icon_paths() -> dict[int, Path]:
    """Return the app icon PNG for each size in :data:`ICON_SIZES`.

    Returns
    -------
    dict of int to pathlib.Path
        Pixel size to PNG file.
    """
    return {size: resource_path("icons", f"actgui-{size}.png") for size in ICON_SIZES}


@dataclass(frozen=True)
class LicenseInfo:
    """The licence of one component shipped with actgui.

    Attributes
    ----------
    name
        Display name, e.g. ``"Qt 6 / PySide6"``.
    version
        Version the text was collected from (may be empty).
    spdx
        SPDX licence expression.
    text
        Full licence text.
    """

    name: str
    version: str
    spdx: str
    text: str


@cache
def licenses() -> tuple[LicenseInfo, ...]:
    """Return the licences of actgui and every component it ships.

    The texts are written by ``packaging/collect_licenses.py`` into
    ``resources/licenses/`` together with an ``index.json`` that gives the
    display order.

    Returns
    -------
    tuple of LicenseInfo
        actgui first, then its dependencies.
    """
    folder = resource_path("licenses")
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    return tuple(
        LicenseInfo(
            name=entry["name"],
            version=entry["version"],
            spdx=entry["spdx"],
            text="\n\n".join(
                (folder / filename).read_text(encoding="utf-8").strip() for filename in entry["files"]
            ),
        )
        for entry in index["components"]
    )


def license_texts() -> dict[str, str]:
    """Return each shipped component's licence text, keyed by display name.

    Returns
    -------
    dict of str to str
        For example ``license_texts()["pyqtgraph"]``; insertion order is the
        display order of :func:`licenses`.
    """
    return {info.name: info.text for info in licenses()}

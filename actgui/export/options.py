"""The export choices shared by the dialog, the clipboard copy and the menu actions.

The views offered (in order, with their titles in the interface language)
and the options remembered between exports (folder, format, scale, theme).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from actgui.export.render import FORMATS, SCALES
from actgui.ui.persistence import read_text, write_texts

SETTINGS_GROUP = "export"
VIEW_ORDER = ("curve", "derivative", "compare", "softmax", "forward", "playground", "depth", "window")


@dataclass(frozen=True)
class ExportOptions:
    """The choices the dialog remembers between exports."""

    folder: str
    fmt: str = "png"
    scale: int = 2
    theme: str = "light"


def _default_folder() -> str:
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else str(Path.home())


def saved_options() -> ExportOptions:
    """The remembered export choices (defaults: pictures folder, PNG, 2x, light)."""
    folder = read_text(f"{SETTINGS_GROUP}/folder")
    fmt = read_text(f"{SETTINGS_GROUP}/format")
    scale_text = read_text(f"{SETTINGS_GROUP}/scale")
    scale = int(scale_text) if scale_text.isdigit() else 2
    theme = read_text(f"{SETTINGS_GROUP}/theme")
    return ExportOptions(
        folder=folder if folder and Path(folder).is_dir() else _default_folder(),
        fmt=fmt if fmt in FORMATS else "png",
        scale=scale if scale in SCALES else 2,
        theme=theme if theme in ("light", "dark") else "light",
    )


def save_options(options: ExportOptions) -> None:
    """Remember the export choices for the next time."""
    write_texts(
        {
            f"{SETTINGS_GROUP}/folder": options.folder,
            f"{SETTINGS_GROUP}/format": options.fmt,
            f"{SETTINGS_GROUP}/scale": str(options.scale),
            f"{SETTINGS_GROUP}/theme": options.theme,
        }
    )


def view_titles() -> dict[str, str]:
    """The views' names in the current language."""
    return {
        "curve": QApplication.translate("ExportDialog", "Curve f(x)"),
        "derivative": QApplication.translate("ExportDialog", "Derivative f′(x)"),
        "compare": QApplication.translate("ExportDialog", "Both plots, with pinned curves"),
        "softmax": QApplication.translate("ExportDialog", "Softmax view"),
        "forward": QApplication.translate("ExportDialog", "Forward pass"),
        "playground": QApplication.translate("ExportDialog", "Playground"),
        "depth": QApplication.translate("ExportDialog", "Depth lab"),
        "window": QApplication.translate("ExportDialog", "Whole window"),
    }

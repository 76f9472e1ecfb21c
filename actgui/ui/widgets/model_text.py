"""Translation of the model's metadata (activation names, categories, notes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MODEL_CONTEXT = "model"


def model_text(text: str) -> str:
    """Return a text of the model's metadata in the current language.

    The model is Qt-free and English; its strings are translated under the
    ``model`` context of the application's translation catalogue.
    """
    return QCoreApplication.translate(MODEL_CONTEXT, text)

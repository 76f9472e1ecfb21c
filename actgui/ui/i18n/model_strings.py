"""The model's metadata in the interface language: activation names, notes, descriptions.

The model is Qt-free and English. Its strings are collected by
``packaging/translations.py`` (through :func:`model_strings`) into the
``"model"`` context of the translation files, where :func:`tr_model` looks
them up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MODEL_CONTEXT = "model"
"""Translation context of the model's metadata strings."""


def model_strings() -> list[tuple[str, str]]:
    """Every translatable metadata string of the model, with a note for translators.

    Activation names, categories, teaching notes, parameter descriptions,
    the names of the qualitative properties and the notes on the frameworks'
    calls, each once, in catalogue order.
    ``packaging/translations.py`` writes them into a source file that lupdate
    reads, so they land in the ``"model"`` context of the ``.ts`` file.

    Returns
    -------
    list of (text, comment)
    """
    from actgui.model import ACTIVATIONS, CATEGORIES

    seen: set[str] = set()
    entries: list[tuple[str, str]] = []

    def add(text: str, comment: str) -> None:
        if text and text not in seen:
            seen.add(text)
            entries.append((text, comment))

    for category in CATEGORIES:
        add(category, "Category of activation functions")
    for label, comment in PROPERTY_LABELS:
        add(label, comment)
    for act in ACTIVATIONS.values():
        add(act.name, f"Name of the activation '{act.id}'; keep the usual English name in it")
    for act in ACTIVATIONS.values():
        for param in act.params:
            add(param.description, f"Tooltip of the parameter '{param.name}' of '{act.id}'")
    for act in ACTIVATIONS.values():
        add(act.note, f"Teaching note on the activation '{act.id}'")
    for act in ACTIVATIONS.values():
        for conv in act.conventions:
            add(conv.note, f"Note on the call {conv.call} of '{act.id}'; keep code names as they are")
    from actgui.model.seed_claims import SEED_CLAIMS

    for act_id, claim in SEED_CLAIMS.items():
        add(claim.claim, f"The seed article's advice on '{act_id}', quoted")
        add(claim.holds, f"What holds instead of the seed article's advice on '{act_id}'")
    return entries


PROPERTY_LABELS: tuple[tuple[str, str], ...] = (
    ("Bounded", "Property of an activation: its output range is bounded"),
    ("Monotonic", "Property of an activation: it never decreases"),
    ("Smooth", "Property of an activation: it is continuously differentiable"),
    ("Zero-centred", "Property of an activation: its outputs are centred on zero"),
    ("Output range", "The set of values an activation can output"),
)
"""How the qualitative properties of :class:`actgui.model.Properties` are labelled."""


def tr_model(text: str) -> str:
    """Translate one of the model's metadata strings (name, category, note, ...).

    The strings are collected into the ``"model"`` context by
    ``packaging/translations.py``; an empty string stays empty.
    """
    return QCoreApplication.translate(MODEL_CONTEXT, text) if text else text


def without_gloss(text: str) -> str:
    """``text`` without a trailing explanation in brackets, if that leaves anything.

    Translated names carry one ("Leaky ReLU（带泄漏的 ReLU）"); a formula or
    a narrow column wants the name itself ("Leaky ReLU"). Brackets may be
    ASCII or full-width; a gloss that holds brackets itself is kept.
    """
    stripped = text.rstrip()
    if not stripped.endswith((")", "）")):
        return text
    body = stripped[:-1]
    opening = max(body.rfind("("), body.rfind("（"))
    if opening < 0 or ")" in body[opening:] or "）" in body[opening:]:
        return text
    return body[:opening].rstrip() or text

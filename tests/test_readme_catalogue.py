"""README's catalogue table lists every activation id with its torch and Keras names, and nothing else.

Print the table to paste into README.md::

    python -m tests.test_readme_catalogue
"""

from __future__ import annotations

from pathlib import Path

from actgui.model import ACTIVATIONS
from actgui.model.conventions import Convention

README = Path(__file__).resolve().parents[1] / "README.md"


def _name(conv: Convention) -> str:
    """The function a call names: ``F.leaky_relu`` for ``F.leaky_relu(x)``; a hand-written product as is."""
    if conv.call.startswith("a *"):
        return f"`{conv.call}`"
    return f"`{conv.call.split('(')[0]}`"


def _names(activation_id: str, framework: str) -> str:
    calls = [
        c for c in ACTIVATIONS[activation_id].conventions if c.framework == framework and c.params is not None
    ]
    names = list(dict.fromkeys(_name(c) for c in calls))
    return ", ".join(names) if names else "—"


def catalogue_table() -> str:
    """The Markdown table: id, name, category, PyTorch, Keras."""
    lines = ["| id | name | category | PyTorch | Keras |", "|---|---|---|---|---|"]
    for act in ACTIVATIONS.values():
        torch_names, keras_names = _names(act.id, "pytorch"), _names(act.id, "keras")
        lines.append(f"| `{act.id}` | {act.name} | {act.category} | {torch_names} | {keras_names} |")
    return "\n".join(lines) + "\n"


def test_the_readme_has_the_catalogue_table_of_every_id():
    text = README.read_text(encoding="utf-8")
    assert catalogue_table() in text
    assert f"{len(ACTIVATIONS)} activations" in text


if __name__ == "__main__":
    print(catalogue_table(), end="")

"""``QT_TRANSLATE_NOOP`` with the type it has at run time.

lupdate collects every ``QT_TRANSLATE_NOOP("context", "text")`` call by its
name; at run time the call only returns the text. PySide6's stub declares
the return type ``object``, so tables of marked strings would not type-check
as ``dict[str, str]``. This function has the same name and behaviour, typed.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it unchanged."""
    del context
    return source

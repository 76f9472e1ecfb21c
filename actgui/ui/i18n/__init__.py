"""The user-interface language: English or 简体中文, switchable at run time.

- :mod:`~actgui.ui.i18n.language`: which language, and installing its
  translators (Qt sends ``QEvent.LanguageChange`` to every widget, so a
  widget with :class:`~actgui.ui.i18n.retranslate.Retranslating` follows a
  switch with no restart);
- :mod:`~actgui.ui.i18n.model_strings`: the model's metadata (activation
  names, categories, notes, parameter descriptions) in the ``"model"``
  context, see :func:`tr_model`;
- :mod:`~actgui.ui.i18n.refusals`: refused input, translated by the
  refusal's code, see :func:`translate_refusal`;
- :mod:`~actgui.ui.i18n.menu`: the Language menu.
"""

from __future__ import annotations

from actgui.ui.i18n.language import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    LANGUAGES,
    SETTINGS_KEY,
    app_translation_path,
    current_language,
    install_language,
    language_notifier,
    normalize_language,
    qt_translation_path,
    resolve_language,
    save_language,
    saved_language,
    set_language,
    system_language,
)
from actgui.ui.i18n.menu import LanguageMenu, add_language_menu
from actgui.ui.i18n.model_strings import (
    MODEL_CONTEXT,
    PROPERTY_LABELS,
    model_strings,
    tr_model,
    without_gloss,
)
from actgui.ui.i18n.refusals import ERRORS_CONTEXT, REFUSAL_TEMPLATES, range_text, translate_refusal

__all__ = [
    "DEFAULT_LANGUAGE",
    "ERRORS_CONTEXT",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "MODEL_CONTEXT",
    "PROPERTY_LABELS",
    "REFUSAL_TEMPLATES",
    "SETTINGS_KEY",
    "LanguageMenu",
    "add_language_menu",
    "app_translation_path",
    "current_language",
    "install_language",
    "language_notifier",
    "model_strings",
    "normalize_language",
    "qt_translation_path",
    "range_text",
    "resolve_language",
    "save_language",
    "saved_language",
    "set_language",
    "system_language",
    "tr_model",
    "translate_refusal",
    "without_gloss",
]

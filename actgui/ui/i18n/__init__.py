"""The user-interface language: English or 简体中文, switchable at run time.

English is the source language, so it needs no translation file. For zh_CN
two Qt translators are installed on the application: actgui's own
(``resources/translations/actgui_zh_CN.qm``, compiled by
``packaging/translations.py``) and Qt's ``qtbase_zh_CN.qm`` from PySide6's
translations folder, which translates Qt's own dialogs and buttons
(QFileDialog, QMessageBox, "OK"/"Cancel", ...).

Installing or removing a translator makes Qt send ``QEvent.LanguageChange``
to every widget, so a widget that sets its texts in ``retranslate_ui()`` and
calls it from ``changeEvent`` follows a switch with no restart.

Which language is used, in order of precedence:

1. ``actgui --lang zh_CN|en`` (or ``actgui export --lang``);
2. the language chosen earlier from the Language menu (settings key
   :data:`SETTINGS_KEY`);
3. the system locale (:func:`system_language`) on first start.

The model's metadata (activation names, categories, notes, parameter
descriptions) is translated in the ``"model"`` context: see :func:`tr_model`.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from actgui.files.resources import resource_path
from actgui.ui.persistence import read_text, write_text

__all__ = [
    "DEFAULT_LANGUAGE",
    "ERRORS_CONTEXT",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "MODEL_CONTEXT",
    "PROPERTY_LABELS",
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
    "resolve_language",
    "save_language",
    "saved_language",
    "set_language",
    "system_language",
    "tr_model",
    "translate_error",
]

DEFAULT_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
"""The supported interface languages; ``en`` is the source language."""

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
"""Each language's name in itself (an endonym), as language menus show them."""

SETTINGS_KEY = "ui/language"
MODEL_CONTEXT = "model"
"""Translation context of the model's metadata strings."""

_ALIASES = {
    "en": "en",
    "en_us": "en",
    "en_gb": "en",
    "english": "en",
    "c": "en",
    "posix": "en",
    "zh": "zh_CN",
    "zh_cn": "zh_CN",
    "zh_hans": "zh_CN",
    "zh_hans_cn": "zh_CN",
    "zh_sg": "zh_CN",
    "chinese": "zh_CN",
}


def normalize_language(lang: str) -> str:
    """Return the supported language code that ``lang`` names.

    Accepts the usual spellings: ``zh_CN``, ``zh-CN``, ``zh``, ``zh_Hans``,
    ``en``, ``en_US``, ``en-GB``, case-insensitively, with or without an
    encoding suffix (``zh_CN.UTF-8``).

    Raises
    ------
    ValueError
        For a language actgui has no translation for; the message lists
        the supported codes.
    """
    key = lang.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    try:
        return _ALIASES[key]
    except KeyError:
        supported = ", ".join(LANGUAGES)
        raise ValueError(f"unsupported language {lang!r}; supported: {supported}") from None


def system_language() -> str:
    """The language to use for the system locale: zh_CN for any Chinese locale, else English.

    Traditional-Chinese users get Simplified Chinese rather than English, which
    they read far more easily.
    """
    for name in QLocale.system().uiLanguages():
        if name.lower().startswith("zh"):
            return "zh_CN"
        if name.lower().startswith("en"):
            return "en"
    return DEFAULT_LANGUAGE


def saved_language() -> str | None:
    """The language remembered in the settings, or None before the first choice."""
    value = read_text(SETTINGS_KEY)
    if not value:
        return None
    try:
        return normalize_language(str(value))
    except ValueError:
        return None  # a hand-edited or future value: fall back to the system locale


def save_language(lang: str) -> None:
    """Remember ``lang`` for the next start."""
    write_text(SETTINGS_KEY, normalize_language(lang))


def resolve_language(override: str | None = None) -> str:
    """The language to start with: ``override``, else the saved one, else the system's.

    Raises
    ------
    ValueError
        If ``override`` names an unsupported language.
    """
    if override:
        return normalize_language(override)
    return saved_language() or system_language()


def app_translation_path(lang: str) -> Path | None:
    """The compiled actgui translation for ``lang``, or None for the source language.

    Raises
    ------
    FileNotFoundError
        If the ``.qm`` file is missing from the installation.
    """
    lang = normalize_language(lang)
    if lang == DEFAULT_LANGUAGE:
        return None
    return resource_path("translations", f"actgui_{lang}.qm")


def qt_translation_path(lang: str) -> Path | None:
    """Qt's own ``qtbase_<lang>.qm`` shipped with PySide6, or None if absent."""
    lang = normalize_language(lang)
    if lang == DEFAULT_LANGUAGE:
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{lang}.qm"
    return path if path.is_file() else None


class _LanguageNotifier(QObject):
    """Announces language switches to objects that are not widgets (plot items, models)."""

    language_changed = Signal(str)


_notifier: _LanguageNotifier | None = None
_translators: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def language_notifier() -> _LanguageNotifier:
    """The object whose ``language_changed(str)`` signal follows every switch.

    Widgets should rather react to ``QEvent.LanguageChange`` in ``changeEvent``;
    this is for pyqtgraph items and other non-widgets.
    """
    global _notifier
    if _notifier is None:
        _notifier = _LanguageNotifier()
    return _notifier


def current_language() -> str:
    """The language installed last by :func:`install_language` (``"en"`` before)."""
    return _current


def _load(path: Path, parent: QObject) -> QTranslator:
    translator = QTranslator(parent)
    if not translator.load(str(path)):
        raise RuntimeError(f"cannot load the translation file {path}")
    return translator


def install_language(app: QCoreApplication, lang: str | None = None) -> str:
    """Switch the application to ``lang`` (None: saved choice, else system locale).

    Removes the translators installed by an earlier call, then installs Qt's
    and actgui's translators for the new language; Qt then sends
    ``LanguageChange`` to every widget. The default QLocale follows, so
    number and date formatting matches the language.

    Parameters
    ----------
    app
        The running QApplication (or QCoreApplication for headless export).
    lang
        ``"en"``, ``"zh_CN"`` or another spelling accepted by
        :func:`normalize_language`; None to use :func:`resolve_language`.

    Returns
    -------
    str
        The normalised language code now in use.

    Raises
    ------
    ValueError
        If ``lang`` is not a supported language.
    """
    global _current
    lang = resolve_language(lang)
    new: list[QTranslator] = []
    qt_path = qt_translation_path(lang)
    if qt_path is not None:
        new.append(_load(qt_path, app))
    app_path = app_translation_path(lang)
    if app_path is not None:
        new.append(_load(app_path, app))
    for old in _translators:
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    _translators[:] = new
    for translator in new:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))
    changed = lang != _current
    _current = lang
    if changed:
        language_notifier().language_changed.emit(lang)
    return lang


def set_language(lang: str) -> str:
    """Switch the running application to ``lang`` and remember the choice."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a running QApplication")
    lang = install_language(app, normalize_language(lang))
    save_language(lang)
    return lang


def model_strings() -> list[tuple[str, str]]:
    """Every translatable metadata string of the model, with a note for translators.

    Activation names, categories, teaching notes, parameter descriptions and
    the names of the qualitative properties, each once, in catalogue order.
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


_GLOSS = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def without_gloss(text: str) -> str:
    """``text`` without a trailing explanation in brackets, if that leaves anything.

    Translated names carry one ("Leaky ReLU（带泄漏的 ReLU）"); a formula or
    a narrow column wants the name itself ("Leaky ReLU").
    """
    return _GLOSS.sub("", text) or text


ERRORS_CONTEXT = "errors"

# The model and the states explain refused input in English (they are Qt-free).
# Each entry matches one such message and rebuilds it from a template that is
# translated in the "errors" context; in English the template gives back the
# original message exactly. Messages without an entry are shown as they are.
_ERROR_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (
            r"parameter '(?P<name>\w+)' must be a number in \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\], "
            r"got (?P<value>.+)",
            QT_TRANSLATE_NOOP(
                "errors", "parameter '{name}' must be a number in [{low}, {high}], got {value}"
            ),
        ),
        (
            r"parameter '(?P<name>\w+)' must be one of (?P<choices>.+), got (?P<value>.+)",
            QT_TRANSLATE_NOOP("errors", "parameter '{name}' must be one of {choices}, got {value}"),
        ),
        (
            r"parameters '(?P<low_name>\w+)' and '(?P<high_name>\w+)' need (?P=low_name) < (?P=high_name), "
            r"got (?P=low_name)=(?P<low>\S+), (?P=high_name)=(?P<high>\S+)",
            QT_TRANSLATE_NOOP(
                "errors",
                "parameters '{low_name}' and '{high_name}' need {low_name} < {high_name}, "
                "got {low_name}={low}, {high_name}={high}",
            ),
        ),
        (
            r"the x range needs finite min < max, got \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\]",
            QT_TRANSLATE_NOOP("errors", "the x range needs finite min < max, got [{low}, {high}]"),
        ),
        (
            r"the x range must lie within \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\]",
            QT_TRANSLATE_NOOP("errors", "the x range must lie within [{low}, {high}]"),
        ),
        (
            r"the number of samples must be in \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\], got (?P<value>.+)",
            QT_TRANSLATE_NOOP("errors", "the number of samples must be in [{low}, {high}], got {value}"),
        ),
        (
            r"the init range needs low < high, got \[(?P<low>[^,\]]+), (?P<high>[^)]+)\)",
            QT_TRANSLATE_NOOP("errors", "the init range needs low < high, got [{low}, {high})"),
        ),
        (
            r"the init range must lie within \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\]",
            QT_TRANSLATE_NOOP("errors", "the init range must lie within [{low}, {high}]"),
        ),
        (
            r"the weight scale k must be in \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\], got (?P<value>.+)",
            QT_TRANSLATE_NOOP("errors", "the weight scale k must be in [{low}, {high}], got {value}"),
        ),
        (
            r"logits must be finite numbers within \+-(?P<limit>\S+)",
            QT_TRANSLATE_NOOP("errors", "logits must be finite numbers within +-{limit}"),
        ),
        (
            r"the logits vector needs 2 to (?P<high>\d+) values, got (?P<count>\d+)",
            QT_TRANSLATE_NOOP("errors", "the logits vector needs 2 to {high} values, got {count}"),
        ),
        # Param.range_text(), shown inside other messages.
        (
            r"a number in \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\]",
            QT_TRANSLATE_NOOP("errors", "a number in [{low}, {high}]"),
        ),
        (
            r"one of (?P<choices>'[^']*'(?:, '[^']*')*)",
            QT_TRANSLATE_NOOP("errors", "one of {choices}"),
        ),
        (
            r"(?P<name>.+) must lie within ±(?P<limit>\S+), got (?P<value>.+)",
            QT_TRANSLATE_NOOP("errors", "{name} must lie within ±{limit}, got {value}"),
        ),
        (
            r"(?P<name>.+) must be a finite number, got (?P<value>.+)",
            QT_TRANSLATE_NOOP("errors", "{name} must be a finite number, got {value}"),
        ),
        (
            r"(?P<name>.+) must be in \[(?P<low>[^,\]]+), (?P<high>[^\]]+)\], got (?P<value>.+)",
            QT_TRANSLATE_NOOP("errors", "{name} must be in [{low}, {high}], got {value}"),
        ),
    )
)


def translate_error(message: str) -> str:
    """Return a refusal message of the model or a state in the interface language.

    Parameters
    ----------
    message
        ``str(exc)`` of a ValueError raised for bad input, e.g.
        ``"the x range needs finite min < max, got [3.0, 1.0]"``.

    Returns
    -------
    str
        The message in the current language; unknown messages unchanged.
    """
    for pattern, template in _ERROR_PATTERNS:
        match = pattern.fullmatch(message)
        if match is not None:
            return QCoreApplication.translate(ERRORS_CONTEXT, template).format(**match.groupdict())
    return message


class LanguageMenu(QMenu):
    """A "Language" menu with one checkable entry per language, in its own script.

    Choosing an entry switches the running application (no restart) and
    remembers the choice. The entries are endonyms ("English", "简体中文"):
    a reader finds their language even when the interface is in another one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_menu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self)
            action.setCheckable(True)
            action.setData(lang)
            action.setObjectName(f"language_{lang}")
            self._group.addAction(action)
            self.addAction(action)
            self._actions[lang] = action
        self._group.triggered.connect(self._on_triggered)
        language_notifier().language_changed.connect(self._sync_checks)
        self._sync_checks(current_language())
        self.retranslate_ui()

    def action_for(self, lang: str) -> QAction:
        """The menu entry of ``lang``."""
        return self._actions[normalize_language(lang)]

    def retranslate_ui(self) -> None:
        """Set the translatable texts."""
        self.setTitle(self.tr("&Language"))
        self.menuAction().setStatusTip(self.tr("Switch the language of the interface"))
        for lang, action in self._actions.items():
            action.setStatusTip(
                self.tr("Show the interface in {language}").format(language=LANGUAGE_NAMES[lang])
            )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_triggered(self, action: QAction) -> None:
        set_language(str(action.data()))

    def _sync_checks(self, lang: str) -> None:
        action = self._actions.get(lang)
        if action is not None:
            action.setChecked(True)


def add_language_menu(window: QMainWindow, before: QMenu | None = None) -> LanguageMenu:
    """Add a :class:`LanguageMenu` to ``window``'s menu bar and return it.

    Parameters
    ----------
    window
        The main window; the menu is parented to it.
    before
        Insert before this menu (e.g. the Help menu); None appends.
    """
    menu = LanguageMenu(window)
    bar = window.menuBar()
    if before is not None:
        bar.insertMenu(before.menuAction(), menu)
    else:
        bar.addMenu(menu)
    return menu

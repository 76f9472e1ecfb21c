"""Which interface language is used, and switching it at run time.

English is the source language, so it needs no translation file. For zh_CN
two Qt translators are installed on the application: actgui's own
(``resources/translations/actgui_zh_CN.qm``, compiled by
``packaging/translations.py``) and Qt's ``qtbase_zh_CN.qm`` from PySide6's
translations folder, which translates Qt's own dialogs and buttons.

Which language is used, in order of precedence:

1. ``actgui --lang zh_CN|en`` (or ``actgui export --lang``);
2. the language chosen earlier from the Language menu (settings key
   :data:`SETTINGS_KEY`);
3. the system locale (:func:`system_language`) on first start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from actgui.files.resources import resource_path
from actgui.ui.persistence import read_text, write_text

DEFAULT_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
"""The supported interface languages; ``en`` is the source language."""

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
"""Each language's name in itself (an endonym), as language menus show them."""

SETTINGS_KEY = "ui/language"
"""Settings key of the language chosen from the Language menu."""

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

"""The translation files and the language machinery (no main window needed)."""

from __future__ import annotations

import ast
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QMainWindow

from actgui.files.resources import resource_path
from actgui.model import ACTIVATIONS, CATEGORIES
from actgui.model.refusal import REFUSALS, Refusal, fields_of
from actgui.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("actgui_*.ts"))


def _messages(ts: Path):
    """Yield (context, source, comment, translation element, message element) of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield (
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                message.find("translation"),
                message,
            )


@pytest.fixture
def english(qapp):
    """Leave the application in English after the test, whatever it switched to."""
    yield qapp
    i18n.install_language(qapp, "en")


def test_there_is_a_simplified_chinese_translation():
    assert [p.name for p in TS_FILES] == ["actgui_zh_CN.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_ts_entry_is_unfinished(ts):
    unfinished = []
    for context, source, _comment, translation, message in _messages(ts):
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            unfinished.append((context, source))
        elif message.get("numerus") == "yes":
            if not all(form.text for form in translation.iter("numerusform")):
                unfinished.append((context, source))
        elif not (translation.text or "").strip():
            unfinished.append((context, source))
    assert not unfinished, f"{len(unfinished)} unfinished entries, e.g. {unfinished[:8]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_their_placeholders(ts):
    import re

    placeholder = re.compile(r"\{[^{}]*\}|%\d|%n")
    wrong = [
        (context, source)
        for context, source, _c, translation, _m in _messages(ts)
        if translation is not None
        and translation.text
        and sorted(placeholder.findall(source)) != sorted(placeholder.findall(translation.text))
    ]
    assert not wrong, wrong[:8]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_qm_is_shipped_and_matches_its_ts(ts, qapp):
    # resource_path looks in the installed package (actgui/_resources) first,
    # then in the checkout: the file the running app will really load.
    qm = resource_path("translations", ts.with_suffix(".qm").name)
    translator = QTranslator()
    assert translator.load(str(qm))
    checked = 0
    for context, source, comment, translation, message in _messages(ts):
        if translation is None or message.get("numerus") == "yes" or not translation.text:
            continue
        got = translator.translate(context, source, comment or None)
        assert got == translation.text, f"stale .qm: run packaging/translations.py ({context}: {source!r})"
        checked += 1
    assert checked > 100


def test_qt_translation_for_chinese_ships_with_pyside6():
    path = i18n.qt_translation_path("zh_CN")
    assert path is not None and path.name == "qtbase_zh_CN.qm"
    assert i18n.qt_translation_path("en") is None


def test_model_strings_cover_the_whole_catalogue():
    texts = {text for text, _comment in i18n.model_strings()}
    for act in ACTIVATIONS.values():
        assert {act.name, act.note} <= texts
        assert {p.description for p in act.params} <= texts
    assert set(CATEGORIES) <= texts


def test_every_model_string_is_translated_in_the_model_context(english):
    i18n.install_language(english, "zh_CN")
    for text, _comment in i18n.model_strings():
        translated = i18n.tr_model(text)
        assert translated != text, text
        assert any("\u4e00" <= ch <= "\u9fff" for ch in translated), translated
    assert i18n.tr_model("ReLU") == "ReLU（修正线性单元）"
    assert i18n.tr_model("") == ""


def test_generated_model_source_round_trips_through_lupdate_escaping(tmp_path):
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = tmp_path / "model_strings.py"
    count = module.write_model_source(target)
    assert count == len(i18n.model_strings())
    namespace: dict = {}
    recorded: list[tuple[str, str]] = []
    source = target.read_text(encoding="utf-8").replace("from PySide6.QtCore import QT_TRANSLATE_NOOP", "")
    exec(source, {"QT_TRANSLATE_NOOP": lambda c, t: recorded.append((c, t))}, namespace)
    assert [t for _c, t in recorded] == [t for t, _ in i18n.model_strings()]
    assert {c for c, _t in recorded} == {"model"}


@pytest.mark.parametrize(
    ("spelling", "code"),
    [
        ("zh_CN", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_Hans", "zh_CN"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("en", "en"),
        ("en_US", "en"),
        ("EN-gb", "en"),
    ],
)
def test_language_spellings_are_normalised(spelling, code):
    assert i18n.normalize_language(spelling) == code


def test_unsupported_language_is_refused_with_the_supported_list():
    with pytest.raises(ValueError, match="supported: en, zh_CN"):
        i18n.normalize_language("fr")


def test_language_precedence_is_override_then_saved_then_system(monkeypatch):
    monkeypatch.setattr(i18n.language, "system_language", lambda: "zh_CN")
    assert i18n.saved_language() is None
    assert i18n.resolve_language() == "zh_CN"  # first start: the system locale
    i18n.save_language("en")
    assert i18n.resolve_language() == "en"  # remembered choice
    assert i18n.resolve_language("zh-CN") == "zh_CN"  # --lang wins


def test_system_locale_decides_on_first_start():
    try:
        QLocale.setDefault(QLocale("en_US"))
        for name, expected in (("zh_TW", "zh_CN"), ("zh_CN", "zh_CN"), ("de_DE", "en")):
            # QLocale.system() cannot be faked portably; check the mapping it feeds.
            ui = QLocale(name).uiLanguages()
            got = "zh_CN" if any(n.lower().startswith("zh") for n in ui) else "en"
            assert got == expected
        assert i18n.system_language() in i18n.LANGUAGES
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_a_corrupt_saved_language_falls_back_to_the_system(monkeypatch):
    from actgui.ui.persistence import open_settings

    open_settings().setValue(i18n.SETTINGS_KEY, "klingon")
    monkeypatch.setattr(i18n.language, "system_language", lambda: "en")
    assert i18n.saved_language() is None
    assert i18n.resolve_language() == "en"


def test_install_language_switches_qt_and_app_strings_and_back(english):
    assert i18n.install_language(english, "zh_CN") == "zh_CN"
    assert i18n.current_language() == "zh_CN"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own strings
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "语言(&L)"
    assert QLocale().language() == QLocale.Language.Chinese
    assert i18n.install_language(english, "en") == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Language"


def test_switching_notifies_non_widgets_once_per_change(english, qtbot):
    seen: list[str] = []
    i18n.language_notifier().language_changed.connect(seen.append)
    try:
        i18n.install_language(english, "zh_CN")
        i18n.install_language(english, "zh_CN")
        i18n.install_language(english, "en")
    finally:
        i18n.language_notifier().language_changed.disconnect(seen.append)
    assert seen == ["zh_CN", "en"]


def test_language_menu_switches_at_run_time_and_remembers(english, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    help_menu = window.menuBar().addMenu("&Help")
    menu = i18n.add_language_menu(window, before=help_menu)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Language", "&Help"]
    assert [a.text() for a in menu.actions()] == ["English", "简体中文"]
    assert menu.action_for("en").isChecked()

    menu.action_for("zh_CN").trigger()
    assert i18n.current_language() == "zh_CN"
    assert i18n.saved_language() == "zh_CN"
    # Retranslated through the (posted) LanguageChange event, no restart.
    qtbot.waitUntil(lambda: menu.title() == "语言(&L)", timeout=2000)
    assert menu.action_for("zh_CN").isChecked()
    assert menu.action_for("en").statusTip() == "以 English 显示界面"

    menu.action_for("en").trigger()
    qtbot.waitUntil(lambda: menu.title() == "&Language", timeout=2000)
    assert i18n.saved_language() == "en"


# -- every translatable string must be visible to lupdate ----------------------------------

_TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _is_translate(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in _TRANSLATE_OWNERS
    )


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _lupdate_blind_spots(path: Path) -> list[str]:
    """Translation calls lupdate cannot extract, so their strings would never be translated."""
    problems = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # Module-level NAME = "text" constants count as literals (e.g. MODEL_CONTEXT).
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and _is_literal(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    # A module that marks strings with QT_TR_NOOP / QT_TRANSLATE_NOOP may pass them to tr() in a variable.
    marks_noop = any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id.startswith("QT_TR")
        for n in ast.walk(tree)
    )

    def literal(node: ast.expr) -> str | None:
        if _is_literal(node):
            return node.value
        if isinstance(node, ast.Name):
            return constants.get(node.id)
        return None

    for node in ast.walk(tree):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            if _is_translate(node.value):
                problems.append(f"{where}: an alias of translate() hides its strings from lupdate")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if _is_translate(func):
            context = literal(node.args[0]) if node.args else None
            if len(node.args) < 2 or context is None:
                problems.append(f"{where}: translate() needs a literal context")
            elif context != i18n.MODEL_CONTEXT and not (_is_literal(node.args[1]) or marks_noop):
                # Only the model's metadata (collected by packaging/translations.py)
                # and strings marked with QT_TRANSLATE_NOOP may come in a variable.
                problems.append(f"{where}: translate() of a non-literal outside the 'model' context")
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
            if func.value.id == "self" and not (node.args and (_is_literal(node.args[0]) or marks_noop)):
                problems.append(f"{where}: self.tr() of a non-literal")
        elif isinstance(func, ast.Name) and func.id in {"tr", "_tr"}:
            problems.append(f"{where}: {func.id}() is not a function lupdate knows")
    return problems


def test_every_translation_call_is_visible_to_lupdate():
    problems = [
        problem for path in sorted((ROOT / "actgui").rglob("*.py")) for problem in _lupdate_blind_spots(path)
    ]
    assert not problems, "\n".join(problems)


# -- refusals of the model and the states, in the interface language ------------------------


def _refusals() -> list[Refusal]:
    """One refusal per code, each value a distinct number (so that a test can find it again)."""
    refusals = []
    for code, template in sorted(REFUSALS.items()):
        values = {name: f"{k + 2}.{k + 1}" for k, name in enumerate(sorted(fields_of(template)))}
        refusals.append(Refusal(code, **values))
    return refusals


def test_every_refusal_code_has_a_template_with_the_same_english_text_and_fields():
    assert set(i18n.REFUSAL_TEMPLATES) == set(REFUSALS)
    for code, template in REFUSALS.items():
        assert i18n.REFUSAL_TEMPLATES[code] == template, code
        assert fields_of(i18n.REFUSAL_TEMPLATES[code]) == fields_of(template), code


def test_refusals_are_unchanged_in_english(english):
    i18n.install_language(english, "en")
    for refusal in _refusals():
        assert i18n.translate_refusal(refusal) == str(refusal), refusal.code
    for act_id, name in (("elu", "alpha"), ("gelu", "approximate")):
        param = ACTIVATIONS[act_id].param(name)
        assert i18n.range_text(param) == param.range_text()


def test_refusals_are_translated_in_chinese_with_their_numbers(english):
    import re

    i18n.install_language(english, "zh_CN")
    for refusal in _refusals():
        translated = i18n.translate_refusal(refusal)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in translated), translated
        assert all(value in translated for value in refusal.values.values()), (refusal.code, translated)
    for act_id, name in (("elu", "alpha"), ("gelu", "approximate")):
        param = ACTIVATIONS[act_id].param(name)
        english_text = param.range_text()
        translated = i18n.range_text(param)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in translated), translated
        numbers = re.findall(r"\d+(?:\.\d+)?|'[^']*'", english_text)
        assert numbers and all(n in translated for n in numbers), (english_text, translated)
    # Any other exception shows its own text.
    assert i18n.translate_refusal(ValueError("something new went wrong")) == "something new went wrong"
    assert (
        i18n.translate_refusal(Refusal("x_range_order", low="3.0", high="1.0"))
        == "x 范围需要是有限值且最小值 < 最大值，输入的是 [3.0, 1.0]"
    )


# -- Chinese text in exported figures ------------------------------------------------------


def _glyph_image(text: str):
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(QCoreApplication.instance().font())
    font.setPixelSize(40)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), 0x84, text)  # AlignCenter
    painter.end()
    return image


def test_a_font_with_chinese_glyphs_is_installed(qapp):
    # Without one, every Chinese character is drawn as the same empty box.
    first, second = _glyph_image("导"), _glyph_image("数")
    assert first != second, "no font draws Chinese: install fonts-noto-cjk (or fonts-wqy-microhei)"
    assert first != _glyph_image("")


def test_exported_figures_carry_the_chinese_interface(english):
    # Rendering goes through the same QPainter text path as _glyph_image above,
    # so with the Chinese font present the PNG shows these glyphs too.
    headless = pytest.importorskip("actgui.export.headless")
    request = headless.ExportRequest(view="derivative", activation="relu", size=(400, 260), lang="zh_CN")
    svg = headless.render_request(request, "svg").decode("utf-8")
    assert "导数" in svg  # SVG keeps the text as text: any viewer with a CJK font shows it


def test_formulas_name_a_function_without_its_gloss(english):
    from actgui.ui.forward.explain import activation_symbol

    assert i18n.without_gloss("Leaky ReLU（带泄漏的 ReLU）") == "Leaky ReLU"
    assert i18n.without_gloss("Step (Heaviside)") == "Step"
    assert i18n.without_gloss("（仅括号）") == "（仅括号）"  # nothing would be left
    assert i18n.without_gloss("Tanh") == "Tanh"
    i18n.install_language(english, "zh_CN")
    try:
        assert "（" in i18n.tr_model("Leaky ReLU")  # the translated name has a gloss...
        assert activation_symbol("leaky_relu") == "Leaky ReLU"  # ...that formulas leave out
        assert activation_symbol("sigmoid") == "σ"
    finally:
        i18n.install_language(english, "en")

"""The whole window in Chinese: nothing left in English, switching at run time, nothing clipped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import (
    QAction,
    Qt,  # QtGui.Qt also has mightBeRichText()
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from actgui.files.resources import licenses, resource_path
from actgui.model import ACTIVATIONS
from actgui.state.session import Session
from actgui.ui import i18n

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]")
TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
WORD = re.compile(r"[A-Za-z]{3,}")

#: Words that stay as they are in a Chinese interface: product and library
#: names, method names, and terms Chinese courses use untranslated.
ALLOWED_WORDS = {
    "actgui",
    "English",
    "PyTorch",
    "NumPy",
    "TensorFlow",
    "Keras",
    "Xavier",
    "Glorot",
    "LeCun",
    "Kaiming",
    "Adam",
    "SGD",
    "XOR",
    "JSON",
    "CSV",
    "PNG",
    "SVG",
    "dpi",
    "logit",
    "Logit",
    "logits",
    "Logits",
    "PageUp",
    "PageDown",
    "Esc",
    "Enter",
    "NaN",
}


def _identifiers() -> set[str]:
    """Activation ids, parameter names and choice values: code, shown as code in both languages."""
    words = set(ACTIVATIONS)
    for act in ACTIVATIONS.values():
        for param in act.params:
            words.add(param.name)
            words.update(param.choices or ())
    return words


IDENTIFIERS = _identifiers()


def _names_kept_in_english() -> set[str]:
    """Words of activation names that the Chinese translation itself keeps before its gloss.

    "Softmax" is translated "Softmax（归一化指数函数）"; a formula names the
    function without the gloss ("y₀ = Softmax(h)₀"), so "Softmax" is Chinese
    text there. Read from the .ts file, so no running translator decides it.
    """
    names = {act.name for act in ACTIVATIONS.values()}
    kept: set[str] = set()
    root = ET.parse(resource_path("translations", "actgui_zh_CN.ts")).getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "model":
            continue
        for message in context.iter("message"):
            if message.findtext("source") in names:
                kept.update(TOKEN.findall(i18n.without_gloss(message.findtext("translation") or "")))
    return kept


NAMES_KEPT_IN_ENGLISH = _names_kept_in_english()
FORMULAS = {
    text for act in ACTIVATIONS.values() for text in (act.latex, act.latex_derivative, act.output_range)
}
#: Names of shipped components (About dialog): proper names, not interface text.
COMPONENTS = {info.name for info in licenses()}
#: The frameworks' calls in the facts panel: code, the same in every language.
CODE = {conv.call for act in ACTIVATIONS.values() for conv in act.conventions}


def untranslated(text: str) -> bool:
    """Whether a visible text in the Chinese interface is still English.

    A text passes if it contains Chinese, is a formula, or all its words of
    three or more letters are identifiers or allowed names (numbers,
    symbols such as ``f(x)``, ``x₁`` or ``k = 1``, ids such as ``relu``).
    """
    if text in FORMULAS or text in COMPONENTS or text in CODE:
        return False
    plain = text.replace("&&", "").replace("&", "").strip()
    if not plain or CJK.search(plain):
        return False
    allowed = IDENTIFIERS | ALLOWED_WORDS | NAMES_KEPT_IN_ENGLISH
    words = (w for w in TOKEN.findall(plain) if w not in allowed)
    return any(WORD.search(w) for w in words)


SCRIPTS = re.compile(r"<(sub|sup)>.*?</\1>", re.IGNORECASE | re.DOTALL)


def _plain(text: str) -> str:
    if text in FORMULAS or not Qt.mightBeRichText(text):
        return text
    # Sub- and superscripts are indices and exponents, not words: e<sup>h<sub>k</sub></sup> is no "ehk".
    return QTextDocumentFragment.fromHtml(SCRIPTS.sub(" ", text)).toPlainText()


def _columns(model, parent: QModelIndex | None = None) -> int:
    try:
        return model.columnCount(parent if parent is not None else QModelIndex())
    except TypeError:  # QAbstractListModel makes columnCount private in PySide6
        return 1


def _has_children(model, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # private in list models: they have no children
        return False


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(min(_columns(model, parent), 50)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and _has_children(model, index):
                    stack.append(index)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model) if orientation == Qt.Orientation.Horizontal else model.rowCount()
        for section in range(min(count, 50)):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value


def _plot_texts(view: pg.GraphicsView) -> Iterator[str]:
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, pg.AxisItem):
            yield item.labelText
            yield item.labelUnits
        elif isinstance(item, pg.LabelItem):
            yield _plain(item.text)
        elif isinstance(item, pg.TextItem):
            yield item.textItem.toPlainText()


def visible_texts(root: QWidget, shown_only: bool = False) -> Iterator[tuple[str, str]]:
    """Every user-visible text of a widget tree, with a hint of where it is.

    Hidden widgets count too (a page not shown yet must be translated as
    well), unless ``shown_only``: a hidden view may refresh its texts only
    when it is shown again.
    """
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if shown_only and not widget.isVisible():
            continue
        kind = type(widget).__name__
        name = f"{kind}#{widget.objectName()}" if widget.objectName() else kind
        if widget.toolTip() and kind != "FormulaLabel":  # a formula's tooltip is its LaTeX source
            yield name + ".toolTip", _plain(widget.toolTip())
        if widget.isWindow() and widget.windowTitle():
            yield name + ".windowTitle", widget.windowTitle()
        if isinstance(widget, QLabel):
            yield name + ".text", _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name + ".text", widget.text()
        elif isinstance(widget, QGroupBox):
            yield name + ".title", widget.title()
        elif isinstance(widget, QMenu):
            yield name + ".title", widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield name + ".tab", widget.tabText(index)
                yield name + ".tabToolTip", widget.tabToolTip(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name + ".item", widget.itemText(index)
        elif isinstance(widget, QLineEdit):
            yield name + ".placeholder", widget.placeholderText()
        elif isinstance(widget, QAbstractSpinBox):
            for attribute in ("prefix", "suffix", "specialValueText"):
                getter = getattr(widget, attribute, None)
                if getter is not None:
                    yield f"{name}.{attribute}", getter()
        if isinstance(widget, QAbstractItemView):
            for text in _model_texts(widget):
                yield name + ".model", _plain(text)
        if isinstance(widget, pg.GraphicsView):
            for text in _plot_texts(widget):
                yield name + ".plot", text
    for action in root.findChildren(QAction):
        if isinstance(action.parent(), pg.GraphicsScene):
            # pyqtgraph's scene menu ("Export..."): only reachable through a plot's
            # context menu, which actgui's plots disable.
            continue
        label = f"QAction#{action.objectName() or action.text()}"
        for attribute in ("text", "toolTip", "statusTip", "whatsThis", "iconText"):
            yield f"{label}.{attribute}", getattr(action, attribute)()


def english_left(root: QWidget) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(root) if untranslated(text)})


def _settle(qapp, rounds: int = 3) -> None:
    # LanguageChange is posted: let every widget receive it.
    for _ in range(rounds):
        qapp.processEvents()


@pytest.fixture(scope="module")
def window(qapp):
    """One main window for the module, built in Chinese, every tab visited once."""
    from actgui.ui.main_window import MainWindow

    i18n.install_language(qapp, "zh_CN")
    win = MainWindow(Session())
    win.resize(1280, 720)
    win.show()
    _settle(qapp)
    for index in range(win.tabs.count()):  # pages built on first show now exist
        win.tabs.setCurrentIndex(index)
        _settle(qapp)
    win.tabs.setCurrentIndex(0)
    _settle(qapp)
    yield win
    win.close()
    win.deleteLater()
    _settle(qapp)
    i18n.install_language(qapp, "en")


@pytest.fixture
def chinese(qapp, window):
    """The module's window, in Chinese."""
    i18n.install_language(qapp, "zh_CN")
    _settle(qapp)
    window.state.set_activation("sigmoid")
    yield window


def test_the_allow_list_rule():
    assert untranslated("Reset view")
    assert untranslated("&Language")
    assert not untranslated("重置视图")
    assert not untranslated("f′(x)")
    assert not untranslated("x₁")
    assert not untranslated("k = 1")
    assert not untranslated("0.010")
    assert not untranslated("leaky_relu(negative_slope=0.1)")
    assert not untranslated("sigmoid′")
    assert not untranslated("English")
    assert not untranslated(ACTIVATIONS["relu"].latex)
    assert not untranslated("y₀ = Softmax(h)₀ = 0.52")  # the translation keeps "Softmax"
    assert untranslated("Linear (identity)")  # translated as 线性（恒等）函数: nothing kept
    assert {"Softmax", "ReLU", "Leaky"} <= NAMES_KEPT_IN_ENGLISH
    assert "Linear" not in NAMES_KEPT_IN_ENGLISH and "identity" not in NAMES_KEPT_IN_ENGLISH


def test_main_window_in_chinese_has_no_english_left(chinese, qapp):
    for activation_id in ("sigmoid", "softmax", "leaky_relu", "gelu"):
        chinese.state.set_activation(activation_id)
        _settle(qapp)
        for index in range(chinese.tabs.count()):
            chinese.tabs.setCurrentIndex(index)
            _settle(qapp, 1)
        chinese.tabs.setCurrentIndex(0)
        left = english_left(chinese)
        assert not left, f"{activation_id}: untranslated texts:\n" + "\n".join(left)


def test_presentation_mode_in_chinese_has_no_english_left(chinese, qtbot):
    from actgui.ui.presentation import StepListDialog

    mode = chinese.presentation
    mode.set_active(True)
    try:
        for activation_id in ("relu", "softmax", "elu"):
            chinese.state.set_activation(activation_id)
            left = english_left(mode.view)
            assert not left, "\n".join(left)
    finally:
        mode.set_active(False)
    dialog = StepListDialog(mode.steps.ids, chinese)
    qtbot.addWidget(dialog)
    assert not english_left(dialog)


def test_dialogs_in_chinese_have_no_english_left(chinese, qtbot):
    from actgui.ui.about import AboutDialog

    dialogs: list[QWidget] = [AboutDialog(chinese)]
    export_dialog = pytest.importorskip("actgui.export.dialog")
    dialogs.append(export_dialog.ExportDialog(chinese))
    code_dialog = pytest.importorskip("actgui.ui.forward.code_dialog")
    layer_state = pytest.importorskip("actgui.state.layer")
    dialogs.append(code_dialog.CodeDialog(layer_state.LayerState(chinese.state), chinese))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        left = english_left(dialog)
        dialog.close()
        assert not left, f"{type(dialog).__name__}:\n" + "\n".join(left)


def test_switching_language_at_run_time_updates_menus_facts_and_plots(chinese, qapp, qtbot):
    window = chinese
    menus = window.menuBar()
    facts = window.explorer.facts
    plots = window.explorer.plots

    def menu_texts() -> list[str]:
        return [a.text() for a in menus.actions()]

    assert "视图(&V)" in menu_texts() and "语言(&L)" in menu_texts()
    assert facts.title.text() == "Sigmoid 函数"
    assert facts.note.text().startswith("把任意输入压缩到 (0, 1) 区间")
    assert plots.df_plot.titleLabel.text == "导数"

    window.language_menu.action_for("en").trigger()
    qtbot.waitUntil(lambda: "&View" in menu_texts(), timeout=3000)
    assert "&Language" in menu_texts()
    assert facts.title.text() == "Sigmoid"
    assert facts.note.text() == ACTIVATIONS["sigmoid"].note
    assert plots.df_plot.titleLabel.text == "Derivative"
    assert window.presentation.toggle_action.text() == "&Presentation mode"
    assert window.tabs.tabText(0) == "Explorer"
    assert i18n.saved_language() == "en"
    chinese_left = [
        f"{where}: {text!r}"
        for where, text in visible_texts(window, shown_only=True)
        if CJK.search(text.replace(i18n.LANGUAGE_NAMES["zh_CN"], ""))
    ]
    assert not chinese_left, "not retranslated:\n" + "\n".join(chinese_left)

    window.language_menu.action_for("zh_CN").trigger()
    qtbot.waitUntil(lambda: "视图(&V)" in menu_texts(), timeout=3000)
    assert facts.title.text() == "Sigmoid 函数"
    assert plots.df_plot.titleLabel.text == "导数"
    assert window.presentation.toggle_action.text() == "演示模式(&P)"
    assert window.tabs.tabText(0) == "函数探索"
    assert i18n.saved_language() == "zh_CN"
    # Switched back at run time, the window is as Chinese as one built in Chinese.
    assert not english_left(window)


def _clipped(root: QWidget) -> list[str]:
    """Single-line labels and buttons whose text is wider than the room they have."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and not Qt.mightBeRichText(widget.text()):
            text = widget.text().replace("&", "")
            room = widget.contentsRect().width()
        elif isinstance(widget, QAbstractButton) and type(widget).__name__ in {
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
        }:
            text = widget.text().replace("&", "")
            room = widget.width() - (28 if type(widget).__name__ != "QPushButton" else 12)
        else:
            continue
        if not text or "\n" in text:
            continue
        need = widget.fontMetrics().horizontalAdvance(text)
        if need > room + 1:
            problems.append(f"{type(widget).__name__} {text!r}: needs {need}px, has {room}px")
    return problems


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_text_is_clipped_at_1280x720(chinese, qapp, lang):
    window = chinese
    i18n.install_language(qapp, lang)
    _settle(qapp)
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle(qapp)
        problems += _clipped(window)
    window.tabs.setCurrentIndex(0)
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("page", ["forward", "playground", "depth"])
def test_other_pages_built_alone_in_chinese_have_no_english_left(chinese, qtbot, page):
    if page == "forward":
        panel_module = pytest.importorskip("actgui.ui.forward.panel")
        widget = panel_module.ForwardPanel(Session().layer)
    elif page == "depth":
        depth_module = pytest.importorskip("actgui.ui.depth.page")
        widget = depth_module.DepthPage(Session().depth)
        widget.state.apply_preset("tanh_edge")  # its explanation shown too
    else:
        page_module = pytest.importorskip("actgui.ui.playground.page")
        widget = page_module.PlaygroundPage(Session().playground)
    qtbot.addWidget(widget)
    widget.resize(1280, 680)
    widget.show()
    qtbot.waitExposed(widget)
    left = english_left(widget)
    assert not left, "\n".join(left)

"""A seeded monkey drives the real main window through its widgets and checks it never breaks.

At least 1,000 random actions per run go through the real widgets: clicks
and arrow keys in the activation list, filter text, sliders dragged to their
ends and to random places, garbage typed into every spin box and line edit,
pins, logits, forward-panel cells, seed, init range and scale, tabs, theme,
derivative, presentation mode, language, malformed files loaded and saves
and exports to bad paths. Modal dialogs are replaced so nothing blocks.

Every few actions the plotted arrays are compared with the model's output
for the state the window shows. Any exception (in a slot, a Qt virtual or
a state callback) or Qt warning fails the test.

``ACTGUI_MONKEY_SEED`` and ``ACTGUI_MONKEY_ACTIONS`` replay or lengthen a run.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSlider,
    QWidget,
)

from actgui.export import install_export_actions
from actgui.model import ACTIVATIONS, DenseLayer, sample_curve
from actgui.state.session import Session
from actgui.ui.i18n import set_language
from actgui.ui.main_window import MainWindow

HERE = Path(__file__).parent
LAYER_CORPORA = (HERE.parent / "data" / "layer_corpus", HERE / "corpus" / "layer")
DEFAULT_SEED = 20261130
DEFAULT_ACTIONS = 1000
CHECK_EVERY = 20

GARBAGE = [
    "",
    " ",
    "abc",
    "nan",
    "NaN",
    "-nan",
    "inf",
    "-inf",
    "Infinity",
    "1e999",
    "-1e999",
    "1e308",
    "-1e308",
    "-0",
    "0",
    "0.0",
    "1e-320",
    "4.9e-324",
    "99999999999999999999999",
    "-99999999999",
    "1,5",
    "1.5.5",
    "--1",
    "+-1",
    "0x1F",
    "1_000",
    "½",
    "٣",
    "五",
    "中文",
    "\u22121.5",
    "😀",
    "\t",
    "1e",
    "e5",
    ".",
    "-",
    "12345678901234567890.123456789",
    "0.000000001",
    "3",
    "-3",
    "0.5",
    "100",
    "-100",
    "7.25",
]

pytestmark = pytest.mark.qt_log_ignore(
    # Notes of Qt's offscreen platform on what it cannot do (pop-ups, window raising).
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing",
)


class Monkey:
    """Random actions on a main window, each through a real widget."""

    def __init__(self, window: MainWindow, qtbot, rng: random.Random, tmp: Path) -> None:
        self.window = window
        self.qtbot = qtbot
        self.rng = rng
        self.tmp = tmp
        self.counts: Counter[str] = Counter()
        self.seconds: Counter[str] = Counter()
        self.dialogs: Counter[str] = Counter()
        self.files_tried: set[str] = set()
        good = tmp / "good_layer.json"
        huge = tmp / "huge.json"
        with open(huge, "wb") as handle:
            handle.truncate(3_000_000)
        missing = tmp / "no" / "such" / "folder"
        # Load from copies: a bug that wrote to a loaded file must not damage the repository.
        copies = tmp / "corpus"
        copies.mkdir()
        corpus = []
        for folder in LAYER_CORPORA:
            for path in sorted(folder.iterdir()) if folder.is_dir() else ():
                copy = copies / f"{folder.parent.name}_{path.name}"
                shutil.copyfile(path, copy)
                corpus.append(str(copy))
        self.load_paths = [
            *corpus,
            str(good),
            str(huge),
            str(tmp),
            str(missing / "x.json"),
            "",
            str(tmp / "a\x00b.json"),
            str(tmp / ("n" * 300 + ".json")),
        ]
        self.load_paths += [p for p in ("/dev/zero", "/dev/null", "/proc/self/status") if os.path.exists(p)]
        self.save_paths = [
            str(good),
            str(tmp / "out.csv"),
            str(tmp),
            str(missing / "x.json"),
            "",
            str(tmp / "a\x00b.json"),
            str(tmp / ("n" * 300 + ".json")),
        ]
        self.export_paths = [
            str(tmp / "figure.png"),
            str(tmp / "figure.svg"),
            str(tmp / "figure.jpg"),
            str(tmp),
            str(missing / "f.png"),
            "",
            "   ",
            str(tmp / ("n" * 300 + ".png")),
            str(good / "f.png"),
        ]
        self.actions: list[tuple[Callable[[], None], int]] = [
            (self.click_activation, 6),
            (self.arrow_key, 6),
            (self.filter_text, 3),
            (self.drag_slider, 8),
            (self.type_into_spin_box, 14),
            (self.step_spin_box, 4),
            (self.type_into_line_edit, 4),
            (self.pin, 4),
            (self.unpin, 3),
            (self.edit_logits, 4),
            (self.edit_cell, 6),
            (self.forward_controls, 5),
            (self.click_button, 5),
            (self.switch_tab, 4),
            (self.toggle_view, 4),
            (self.presentation, 2),
            (self.language, 1),
            (self.load_file, 3),
            (self.save_file, 2),
            (self.export, 1),
            (self.resize, 1),
            (self.hover_plot, 2),
            (self.pick_combo, 3),
        ]

    # -- helpers --------------------------------------------------------------------

    def page(self) -> QWidget:
        """What the window shows now (presentation mode replaces the tabs)."""
        central = self.window.centralWidget()
        if central is self.window.tabs:
            return self.window.tabs.currentWidget()
        return central

    def visible(self, kind: type, root: QWidget | None = None) -> list:
        root = root or self.page()
        found = [w for w in root.findChildren(kind) if w.isVisible() and w.isEnabled()]
        popup = self.forward_panel().editor if self.window.forward.is_built else None
        if popup is not None and popup.isVisible():
            found += [w for w in popup.findChildren(kind) if w.isVisible()]
        return found

    def forward_panel(self):
        return self.window.forward.panel()

    def garbage(self) -> str:
        if self.rng.random() < 0.15:
            return "".join(chr(self.rng.randrange(32, 0x3000)) for _ in range(self.rng.randrange(1, 12)))
        return self.rng.choice(GARBAGE)

    def type(self, widget: QWidget, text: str) -> None:
        """Type ``text`` as key presses (QTest only knows ASCII, so other characters go as text events)."""
        if text.isascii():
            self.qtbot.keyClicks(widget, text)
            return
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def flush(self) -> None:
        """What returning to the event loop does: posted events, then widgets deleted later."""
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # -- actions --------------------------------------------------------------------

    def click_activation(self) -> None:
        selector = self.window.explorer.selector
        if not selector.isVisible():
            return self.switch_tab(0)
        ids = selector.visible_ids()
        if not ids:
            selector.filter_box.clear()
            return None
        item = selector._items[self.rng.choice(ids)]
        selector.tree.scrollToItem(item)
        rect = selector.tree.visualItemRect(item)
        self.qtbot.mouseClick(selector.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return None

    def arrow_key(self) -> None:
        selector = self.window.explorer.selector
        target = self.rng.choice([selector.tree, selector.filter_box])
        self.qtbot.keyClick(target, self.rng.choice([Qt.Key.Key_Up, Qt.Key.Key_Down]))

    def filter_text(self) -> None:
        box = self.window.explorer.selector.filter_box
        box.selectAll()
        text = self.rng.choice(["", "", "re", "lu", "soft", "sig", "zzz", "中", "h", self.garbage()])
        if text:
            self.type(box, text)
        else:
            box.clear()

    def drag_slider(self) -> None:
        sliders = self.visible(QSlider)
        if not sliders:
            return
        slider = self.rng.choice(sliders)
        how = self.rng.random()
        if how < 0.3:
            self.qtbot.keyClick(slider, self.rng.choice([Qt.Key.Key_Home, Qt.Key.Key_End]))
        elif how < 0.45:
            self.qtbot.keyClick(slider, self.rng.choice([Qt.Key.Key_PageUp, Qt.Key.Key_PageDown]))
        else:
            # A drag: several positions in a row, as the mouse would produce.
            for _ in range(self.rng.randrange(1, 6)):
                slider.setValue(self.rng.randint(slider.minimum(), slider.maximum()))

    def type_into_spin_box(self) -> None:
        boxes = self.visible(QAbstractSpinBox)
        if not boxes:
            return
        box = self.rng.choice(boxes)
        box.selectAll()
        text = self.garbage()
        if text:
            self.type(box, text)
        else:
            self.qtbot.keyClick(box, Qt.Key.Key_Delete)
        if self.rng.random() < 0.8:
            self.qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            box.clearFocus()  # editingFinished through focus loss
            box.editingFinished.emit()
        # A refused or unparsable text leaves a finite number in the box.
        if isinstance(box, QDoubleSpinBox):
            assert np.isfinite(box.value())

    def step_spin_box(self) -> None:
        boxes = self.visible(QAbstractSpinBox)
        if boxes:
            box = self.rng.choice(boxes)
            keys = [Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown]
            for _ in range(self.rng.randrange(1, 4)):
                self.qtbot.keyClick(box, self.rng.choice(keys))

    def type_into_line_edit(self) -> None:
        edits = [
            e
            for e in self.visible(QLineEdit)
            if not isinstance(e.parent(), QAbstractSpinBox) and not e.isReadOnly()
        ]
        if not edits:
            return
        edit = self.rng.choice(edits)
        edit.selectAll()
        self.type(edit, self.garbage() or "x")
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)

    def pin(self) -> None:
        self.window.pin_action.trigger()

    def unpin(self) -> None:
        compare = self.window.explorer.compare
        rows = [r for r in getattr(compare, "rows", []) if r.unpin_button.isVisible()]
        if rows and self.rng.random() < 0.7:
            self.qtbot.mouseClick(self.rng.choice(rows).unpin_button, Qt.MouseButton.LeftButton)
        else:
            self.window.unpin_all_action.trigger()

    def edit_logits(self) -> None:
        state = self.window.state
        if not state.activation.is_vector:
            vector_ids = [a.id for a in ACTIVATIONS.values() if a.is_vector]
            state.set_activation(self.rng.choice(vector_ids))
            self.flush()
        editor = self.window.explorer.softmax.logits_editor
        choice = self.rng.random()
        if choice < 0.15 and editor.add_button.isEnabled():
            self.qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        elif choice < 0.3 and editor.remove_button.isEnabled():
            self.qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
        else:
            boxes = [b for b in editor.findChildren(QAbstractSpinBox) if b.isVisible()]
            if boxes:
                box = self.rng.choice(boxes)
                box.selectAll()
                self.type(box, self.garbage() or "1")
                self.qtbot.keyClick(box, Qt.Key.Key_Return)

    def edit_cell(self) -> None:
        if self.window.tabs.currentWidget() is not self.window.forward:
            self.window.tabs.setCurrentWidget(self.window.forward)
            self.flush()
        panel = self.forward_panel()
        state = panel.state
        kind = self.rng.choice(["x", "W", "b"])
        i = self.rng.randrange(state.n_in) if kind != "b" else 0
        j = self.rng.randrange(state.n_out) if kind != "x" else 0
        panel.edit_cell(kind, i, j)
        editor = panel.editor
        editor.line_edit.selectAll()
        self.type(editor.line_edit, self.garbage() or "0")
        key = Qt.Key.Key_Escape if self.rng.random() < 0.15 else Qt.Key.Key_Return
        self.qtbot.keyClick(editor.line_edit if key == Qt.Key.Key_Return else editor, key)
        if editor.isVisible():
            assert editor.error.text(), "a refused cell must say why"
            self.qtbot.keyClick(editor, Qt.Key.Key_Escape)

    def forward_controls(self) -> None:
        if self.window.tabs.currentWidget() is not self.window.forward:
            self.window.tabs.setCurrentWidget(self.window.forward)
            self.flush()
        panel = self.forward_panel()
        controls = panel.controls
        choice = self.rng.randrange(6)
        if choice == 0:
            box = controls.seed
            box.selectAll()
            seeds = ["0", "1", "2147483647", "2147483648", "-1", "abc", "42"]
            self.type(box, self.rng.choice(seeds))
            self.qtbot.keyClick(box, Qt.Key.Key_Return)
        elif choice in (1, 2):
            box = controls.low if choice == 1 else controls.high
            box.selectAll()
            self.type(box, self.garbage() or "0")
            self.qtbot.keyClick(box, Qt.Key.Key_Return)
        elif choice == 3:
            slider = panel.scale.slider
            slider.setValue(
                self.rng.choice(
                    [slider.minimum(), slider.maximum(), self.rng.randint(slider.minimum(), slider.maximum())]
                )
            )
        elif choice == 4:
            button = self.rng.choice(
                [controls.new_weights, controls.new_x, controls.reset_b, panel.scale.reset_button]
            )
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            combos = [c for c in panel.activation.findChildren(QComboBox) if c.isVisible()]
            if combos:
                combo = self.rng.choice(combos)
                combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def click_button(self) -> None:
        page = self.page()
        if page is self.window.playground:
            return  # its own tests cover training; a running trainer would only slow the monkey
        buttons = [b for b in self.visible(QAbstractButton) if b.text() or b.toolTip()]
        if buttons:
            self.qtbot.mouseClick(self.rng.choice(buttons), Qt.MouseButton.LeftButton)

    def switch_tab(self, index: int | None = None) -> None:
        if self.window.presentation.active:
            self.window.presentation.set_active(False)
        tabs = self.window.tabs
        # The playground is built once but visited rarely: it has its own tests.
        weights = [6, 3, 1, 1][: tabs.count()]
        if index is None:
            index = self.rng.choices(range(tabs.count()), weights)[0]
        tabs.setCurrentIndex(index)

    def toggle_view(self) -> None:
        window = self.window
        action = self.rng.choice(
            [
                window.dark_action,
                window.light_action,
                window.show_derivative_action,
                window.reset_view_action,
                window.larger_font_action,
                window.smaller_font_action,
                window.reset_font_action,
                window.reset_layout_action,
            ]
        )
        action.trigger()

    def presentation(self) -> None:
        presentation = self.window.presentation
        choice = self.rng.random()
        if choice < 0.5:
            presentation.toggle_action.trigger()
        elif presentation.active:
            self.rng.choice(
                [
                    presentation.next_action,
                    presentation.previous_action,
                    presentation.steps_action,
                    presentation.exit_action,
                ]
            ).trigger()

    def language(self) -> None:
        menu = self.window.language_menu
        menu.action_for(self.rng.choice(["en", "zh_CN"])).trigger()

    def open_answer(self) -> str:
        """What the faked open dialog returns: a malformed file, a good one, or a bad path."""
        path = self.rng.choice(self.load_paths)
        self.files_tried.add(path)
        return path

    def save_answer(self) -> str:
        """What the faked save dialog returns: only places inside the test's folder."""
        return self.rng.choice(self.save_paths)

    def load_file(self) -> None:
        self.forward_panel().files.choose_load()

    def save_file(self) -> None:
        files = self.forward_panel().files
        (files.choose_save if self.rng.random() < 0.6 else files.choose_csv)()

    def export(self) -> None:
        self.window.export_actions.export_action.trigger()

    def resize(self) -> None:
        self.window.resize(self.rng.randint(760, 1600), self.rng.randint(500, 1000))

    def hover_plot(self) -> None:
        plots = self.window.explorer.plots
        if not plots.isVisible():
            return
        widget = self.rng.choice([plots.f_widget, plots.df_widget])
        point = QPoint(
            self.rng.randrange(max(1, widget.width())), self.rng.randrange(max(1, widget.height()))
        )
        self.qtbot.mouseMove(widget.viewport(), point)

    def pick_combo(self) -> None:
        combos = [c for c in self.visible(QComboBox) if c.count()]
        if combos:
            combo = self.rng.choice(combos)
            combo.setCurrentIndex(self.rng.randrange(combo.count()))

    # -- the run ----------------------------------------------------------------------

    def step(self) -> str:
        functions, weights = zip(*self.actions, strict=True)
        action = self.rng.choices(functions, weights)[0]
        started = time.perf_counter()
        action()
        self.flush()
        name = action.__name__
        self.counts[name] += 1
        self.seconds[name] += time.perf_counter() - started
        return name


# -- fakes for every modal dialog ------------------------------------------------------------


@pytest.fixture
def no_modal_dialogs(monkeypatch):
    """Replace every blocking dialog; the monkey sets what the file dialogs answer."""
    holder: dict[str, Monkey] = {}

    def message(kind: str):
        def show(*_args, **_kwargs):
            holder["monkey"].dialogs[f"QMessageBox.{kind}"] += 1
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, message(kind))

    def open_answer(*_args, **_kwargs):
        holder["monkey"].dialogs["QFileDialog.getOpenFileName"] += 1
        return holder["monkey"].open_answer(), ""

    def save_answer(*_args, **_kwargs):
        holder["monkey"].dialogs["QFileDialog.getSaveFileName"] += 1
        return holder["monkey"].save_answer(), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_answer))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_answer))

    def dialog_exec(dialog: QDialog) -> int:
        monkey = holder["monkey"]
        name = type(dialog).__name__
        monkey.dialogs[name] += 1
        if name == "ExportDialog":
            for combo in dialog.findChildren(QComboBox):
                if combo.count() and monkey.rng.random() < 0.3:
                    combo.setCurrentIndex(monkey.rng.randrange(combo.count()))
            for box in dialog.findChildren(QAbstractSpinBox):
                if monkey.rng.random() < 0.3:
                    box.selectAll()
                    monkey.type(box, monkey.garbage() or "1")
                    monkey.qtbot.keyClick(box, Qt.Key.Key_Return)
            dialog.path_edit.setText(monkey.rng.choice(monkey.export_paths))
            dialog.export()  # a refused path calls QMessageBox.warning (faked) and keeps the dialog
            return int(dialog.result())
        if name == "StepListDialog" and monkey.rng.random() < 0.5:
            dialog.accept()
            return int(QDialog.DialogCode.Accepted)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", dialog_exec)

    def message_box_exec(_box: QMessageBox) -> int:
        holder["monkey"].dialogs["QMessageBox"] += 1
        return 0

    monkeypatch.setattr(QMessageBox, "exec", message_box_exec)
    return holder


# -- the model's view of what the window shows ---------------------------------------------


def check_plots_equal_the_model(window: MainWindow) -> int:
    """Assert that every plotted array on screen equals the model's output; return how many were compared.

    Views hidden behind another tab may wait to catch up until they are shown
    again, so only the visible ones are compared.
    """
    state = window.state
    explorer = window.explorer
    compared = 0
    act = state.activation
    if not explorer.isVisible():
        pass
    elif act.is_vector:
        view = explorer.softmax
        z = np.asarray(state.logits)
        np.testing.assert_array_equal(view.bars.opts["height"], act(z, **state.params))
        np.testing.assert_array_equal(view.image.image, act.jacobian(z, **state.params))
        compared += 2
    else:
        plots = explorer.plots
        curve = sample_curve(state.activation_id, state.params, *state.x_range, state.samples)
        x, y = plots.f_curve.getOriginalDataset()
        dx, dy = plots.df_curve.getOriginalDataset()
        np.testing.assert_array_equal(x, curve.x)
        np.testing.assert_array_equal(y, curve.y)
        np.testing.assert_array_equal(dx, curve.x)
        np.testing.assert_array_equal(dy, curve.dy)
        compared += 2
    for index, pin in enumerate(state.pins if explorer.plots.isVisible() else ()):
        pin_curve = sample_curve(pin.activation_id, pin.param_dict, *state.x_range, state.samples)
        px, py = explorer.plots.pin_curves[index].getOriginalDataset()
        np.testing.assert_array_equal(px, pin_curve.x)
        np.testing.assert_array_equal(py, pin_curve.y)
        _, pdy = explorer.plots.pin_dcurves[index].getOriginalDataset()
        np.testing.assert_array_equal(pdy, pin_curve.dy)
        compared += 2
    # The controls show the state (a refused edit snapped back).
    for name, value in state.params.items():
        row = explorer.params.rows.get(name)
        spin = getattr(row, "spin", None)
        if spin is not None:
            assert abs(spin.value() - float(value)) <= 0.51 * 10 ** -spin.decimals() + 1e-12, (name, value)
    ranges = explorer.ranges
    assert abs(ranges.x_min.value() - state.x_range[0]) <= 0.0051
    assert abs(ranges.x_max.value() - state.x_range[1]) <= 0.0051
    assert ranges.samples.value() == state.samples
    if window.forward.is_built and window.forward.panel().diagram.isVisible():
        layer = window.forward.panel().state
        expected = DenseLayer(layer.base_weights * layer.scale, layer.bias).forward(
            layer.x, layer.activation_id, **layer.params
        )
        diagram = window.forward.panel().diagram
        np.testing.assert_array_equal(diagram.h_bars.bars.opts["height"], expected.pre_activation[0])
        np.testing.assert_array_equal(diagram.y_bars.bars.opts["height"], expected.output[0])
        np.testing.assert_array_equal(diagram.dy_bars.bars.opts["height"], expected.gradient[0])
        np.testing.assert_array_equal(diagram.w_grid.image.image, expected.weights)
        low, high = layer.init_range
        assert window.forward.panel().controls.low.value() == pytest.approx(low, abs=6e-4)
        assert window.forward.panel().controls.high.value() == pytest.approx(high, abs=6e-4)
        compared += 4
    return compared


def _fingerprints() -> dict[str, bytes]:
    return {str(p): p.read_bytes() for folder in LAYER_CORPORA if folder.is_dir() for p in folder.iterdir()}


# -- the test ------------------------------------------------------------------------------------


def test_monkey_drives_the_main_window(qtbot, no_modal_dialogs, tmp_path, monkeypatch):
    seed = int(os.environ.get("ACTGUI_MONKEY_SEED", DEFAULT_SEED))
    n_actions = int(os.environ.get("ACTGUI_MONKEY_ACTIONS", DEFAULT_ACTIONS))
    errors: list[str] = []
    log: list[str] = []

    def catch(exc_type, exc, tb):
        import traceback

        trace = "".join(traceback.format_exception(exc_type, exc, tb))
        where = "".join(traceback.format_stack(limit=6))  # the action that set it off
        errors.append(f"after actions {log[-5:]}:\n{trace}\nraised during:\n{where}")

    monkeypatch.setattr(sys, "excepthook", catch)
    corpus_before = _fingerprints()
    window = MainWindow(Session())
    install_export_actions(window)  # as the app does: the monkey uses File > Export too
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    monkey = Monkey(window, qtbot, random.Random(seed), tmp_path)
    no_modal_dialogs["monkey"] = monkey
    compared = 0
    started = time.perf_counter()
    try:
        for number in range(1, n_actions + 1):
            log.append(monkey.step())
            assert not errors, errors[0]
            if number % CHECK_EVERY == 0:
                compared += check_plots_equal_the_model(window)
        if window.presentation.active:
            window.presentation.set_active(False)
        for page in (window.explorer, window.forward):  # every view, brought on screen
            window.tabs.setCurrentWidget(page)
            QApplication.processEvents()
            compared += check_plots_equal_the_model(window)
    finally:
        elapsed = time.perf_counter() - started
        print(
            f"\nmonkey seed {seed}: {sum(monkey.counts.values())} actions in {elapsed:.1f} s, "
            f"{compared} arrays compared with the model, {len(monkey.files_tried)} files loaded"
        )
        print("actions:", dict(sorted(monkey.counts.items())))
        print("dialogs:", dict(sorted(monkey.dialogs.items())))
        slowest = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in monkey.seconds.most_common(5))
        print("slowest kinds:", slowest)
        set_language("en")
    assert not errors, errors[0]
    assert _fingerprints() == corpus_before, "the repository's corpus files were written to"
    assert sum(monkey.counts.values()) == n_actions
    assert window.isVisible()
    # A run long enough to have done every kind of action.
    if n_actions >= DEFAULT_ACTIONS:
        assert set(monkey.counts) == {f.__name__ for f, _ in monkey.actions}


def test_the_monkey_checker_would_notice_a_wrong_plot(qtbot):
    """The consistency check is not vacuous: a plot that disagrees with the model fails it."""
    window = MainWindow(Session())
    qtbot.addWidget(window)
    window.show()
    check_plots_equal_the_model(window)
    x, y = window.explorer.plots.f_curve.getOriginalDataset()
    window.explorer.plots.f_curve.setData(x, y + 1e-12)
    with pytest.raises(AssertionError):
        check_plots_equal_the_model(window)
    window.state.set_activation("relu")  # the next update puts the model's numbers back
    check_plots_equal_the_model(window)

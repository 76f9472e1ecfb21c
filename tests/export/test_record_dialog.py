"""File > Record animation…, the "Record this sweep" buttons, the preview, and presentation's live sweep."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtWidgets import QToolButton

from actgui.export.preview import PreviewDialog
from actgui.export.record_dialog import RecordDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def session():
    from actgui.state.session import Session

    session = Session()
    session.explorer.set_activation("leaky_relu")
    session.explorer.set_param("negative_slope", 0.1)
    return session


def _dialog(qtbot, window, tmp_path, name="leaky.gif", **kw):
    dialog = RecordDialog(window, **kw)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / name))
    dialog.width_spin.setValue(320)
    dialog.height_spin.setValue(240)
    return dialog


def test_the_file_menu_has_record_animation(window):
    assert window.export_actions.record_action in window.file_menu.actions()


def test_record_this_sweep_opens_the_dialog_on_that_parameter(window, qtbot, monkeypatch):
    editor = window.explorer.params.editor
    button = editor.row_buttons["negative_slope"]
    assert isinstance(button, QToolButton) and button.toolTip()
    opened = []
    monkeypatch.setattr(window.export_actions, "open_record_dialog", lambda *a: opened.append(a))
    editor.sweep_requested.disconnect()
    editor.sweep_requested.connect(lambda name: window.export_actions.open_record_dialog("curve", name))
    button.click()
    assert opened == [("curve", "negative_slope")]


def test_the_dialog_proposes_the_parameter_range_and_records_a_file_that_plays(window, qtbot, tmp_path):
    dialog = _dialog(qtbot, window, tmp_path, param="negative_slope")
    assert dialog.param_combo.currentData() == "negative_slope"
    assert (dialog.start_spin.value(), dialog.stop_spin.value()) == (0.0, 1.0)
    assert dialog.start_spin.maximum() == 1.0  # the allowed range bounds the boxes
    dialog.frames_spin.setValue(4)
    dialog.fps_spin.setValue(10)
    seen = []
    dialog.frame_recorded.connect(lambda done, total: seen.append((done, total)))
    dialog.record()
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert dialog.written == tmp_path / "leaky.gif"
    with Image.open(dialog.written) as image:
        assert image.n_frames == 4 and image.size == (320, 240)
    # The window's own state is untouched: the recording used a copy.
    assert window.state.params["negative_slope"] == 0.1
    preview = PreviewDialog(dialog.written)
    qtbot.addWidget(preview)
    assert len(preview.frames) == 4 and preview.durations[0] == 100
    first = preview.picture.pixmap().toImage()
    preview.advance()
    assert preview.position == 1 and preview.picture.pixmap().toImage() != first
    assert "2" in preview.counter.text() and "4" in preview.counter.text()
    preview.close()


def test_a_cancelled_recording_leaves_no_file(window, qtbot, tmp_path):
    dialog = _dialog(qtbot, window, tmp_path, param="negative_slope")
    dialog.frames_spin.setValue(12)

    def cancel_at_three(done, _total):
        if done == 3:
            dialog.progress.cancel()

    dialog.frame_recorded.connect(cancel_at_three)
    dialog.record()
    assert dialog.written is None
    assert list(tmp_path.iterdir()) == []
    assert dialog.error_label.text() and not dialog.error_label.isHidden()


def test_a_refused_sweep_is_shown_and_writes_nothing(window, qtbot, tmp_path):
    window.state.set_activation("hardtanh")
    dialog = _dialog(qtbot, window, tmp_path, param="min_val")
    dialog.start_spin.setValue(-2.0)
    dialog.stop_spin.setValue(2.0)  # passes max_val = 1
    dialog.record()
    assert "min_val < max_val" in dialog.error_label.text()
    assert list(tmp_path.iterdir()) == []


def test_training_is_recorded_from_the_playground_settings(window, qtbot, tmp_path):
    dialog = _dialog(qtbot, window, tmp_path, name="training.apng", view="playground")
    assert dialog.form.isRowVisible(dialog.rows["epochs"])
    assert not dialog.form.isRowVisible(dialog.rows["param"])
    dialog.width_spin.setValue(640)
    dialog.height_spin.setValue(360)
    dialog.epochs_spin.setValue(10)
    dialog.frames_spin.setValue(3)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("apng"))
    dialog.path_edit.setText(str(tmp_path / "training.apng"))
    dialog.record()
    with Image.open(tmp_path / "training.apng") as image:
        assert image.n_frames == 3


def test_presentation_plays_a_sweep_live(window, qtbot):
    from actgui.ui.presentation.steps import StepThrough
    from actgui.ui.presentation.view import PresentationView

    view = PresentationView(window.state, StepThrough(("leaky_relu",)))
    qtbot.addWidget(view)
    player = view.sweep_player
    button = view.param_editor.row_buttons["negative_slope"]
    button.click()
    assert player.playing and button.isChecked()
    values = []
    for _ in range(5):
        player.step()
        values.append(window.state.params["negative_slope"])
    assert values == sorted(values) and len(set(values)) == 5  # it moves, upwards from 0.1
    button.click()
    assert not player.playing and not button.isChecked()
    player.play("negative_slope")
    window.state.set_activation("elu")  # another activation stops it
    assert not player.playing


def test_the_depth_view_records_the_labs_own_settings(window, qtbot, tmp_path):
    lab = window.session.depth
    lab.set_activation("elu")  # the explorer shows Leaky ReLU: the lab's own activation counts
    lab.set_sizes(depth=12)
    dialog = _dialog(qtbot, window, tmp_path, name="depth.webp", view="depth")
    names = [dialog.param_combo.itemData(i) for i in range(dialog.param_combo.count())]
    assert names == ["depth", "weight_std", "bias_std", "alpha"]
    dialog.param_combo.setCurrentIndex(names.index("weight_std"))
    assert (dialog.start_spin.value(), dialog.stop_spin.value()) == (0.5, 2.5)
    assert (dialog.start_spin.minimum(), dialog.start_spin.maximum()) == (0.0, 4.0)
    assert "actgui-elu-weight_std" in dialog.path_edit.text()
    dialog.path_edit.setText(str(tmp_path / "depth.webp"))
    dialog.frames_spin.setValue(3)
    dialog.record()
    with Image.open(dialog.written) as image:
        assert image.n_frames == 3 and image.size == (320, 240)
    assert (lab.weight_std, lab.depth, lab.seed) == (1.0, 12, 0)  # the window's lab is untouched


def test_a_refused_depth_sweep_is_shown_and_writes_nothing(window, qtbot, tmp_path):
    dialog = _dialog(qtbot, window, tmp_path, view="depth", param="depth")
    assert (dialog.start_spin.value(), dialog.stop_spin.value()) == (1.0, 100.0)
    dialog.start_spin.setValue(50.0)
    dialog.stop_spin.setValue(50.0)
    dialog.record()
    assert dialog.error_label.text() == "depth starts and ends at 50: nothing would move"
    assert list(tmp_path.iterdir()) == []


def test_refused_sweeps_and_names_are_said_in_chinese(window, qtbot, tmp_path, qapp):
    """The dialog translates by code: the refused value's own refusal, equal ends, a wrong extension."""
    from actgui.ui import i18n

    window.state.set_activation("hardtanh")
    dialog = _dialog(qtbot, window, tmp_path, param="min_val")
    i18n.install_language(qapp, "zh_CN")
    try:
        dialog.start_spin.setValue(-2.0)
        dialog.stop_spin.setValue(2.0)  # passes max_val = 1
        dialog.record()
        refused = dialog.error_label.text()
        assert refused.startswith("在 min_val = ") and "需要满足 min_val < max_val" in refused
        dialog.stop_spin.setValue(-2.0)
        dialog.record()
        assert dialog.error_label.text() == "min_val 的起点和终点都是 -2：没有任何变化"
        dialog.stop_spin.setValue(0.0)
        dialog.path_edit.setText(str(tmp_path / "sweep.png"))
        dialog.record()
        want = "无法录制到 sweep.png：动画 PNG 的扩展名是 .apng（也可用 .gif、.webp 或 .mp4）"
        assert dialog.error_label.text() == want
    finally:
        i18n.install_language(qapp, "en")
    assert list(tmp_path.iterdir()) == []

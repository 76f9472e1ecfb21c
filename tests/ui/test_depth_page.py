"""The depth lab page: built lazily, bound both ways to its state, plots that show the numbers."""

from __future__ import annotations

import math
import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from actgui.export.headless import ExportRequest, export_request, reveal
from actgui.export.render import render_image
from actgui.files.atomic import ExportError
from actgui.state.depth import DepthState
from actgui.ui.depth.histogram_view import ridge_layers
from actgui.ui.depth.page import DepthPage
from actgui.ui.depth.phase_view import BIAS_STDS, WEIGHT_STDS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot):
    # Delete the widgets earlier tests closed: their timers must not share this page's event loop
    # (the worker's results and the idle timer arrive through it).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    state = DepthState()
    state.set_sizes(depth=12, width=64, samples=32)
    widget = DepthPage(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.flush()
    return widget


def test_start_up_builds_neither_page_nor_state(window):
    assert window.tabs.tabText(window.tabs.indexOf(window.depth_page)) == "Depth"
    assert not window.depth_page.is_built and not window.session.depth_created
    assert "actgui.ui.depth.page" not in sys.modules or window.depth_page.is_built is False
    window.tabs.setCurrentWidget(window.depth_page)
    assert window.depth_page.is_built and window.session.depth_created


def test_controls_follow_the_state_and_set_it(page, qtbot):
    state, controls = page.state, page.controls
    controls.weight_std.box.setValue(1.25)
    assert state.weight_std == 1.25 and state.init == "custom"
    state.set_init("he")
    assert controls.weight_std.box.value() == pytest.approx(math.sqrt(2), abs=1e-3)
    assert controls.init.currentData() == "he"
    controls.depth_control.box.setValue(20)
    assert state.depth == 20
    controls.activation.setCurrentIndex(controls.activation.findData("leaky_relu"))
    assert state.activation.id == "leaky_relu"
    assert page.controls.params.isVisible()  # leaky ReLU's slope, in the shared editor


def test_plots_show_theory_and_measurements(page, qtbot):
    page.flush()
    theory = page.state.theory()
    _x, y = page.std_view.signal_theory.getData()
    np.testing.assert_allclose(10**y, np.sqrt(theory.q))
    _x, measured = page.std_view.gradient_points.getData()
    assert len(measured) == page.state.depth + 1
    assert measured[-1] == pytest.approx(0.0, abs=0.1)  # the top gradient has std 1


def test_a_slider_move_recomputes_once_per_pass(page, qtbot):
    before = page.run
    for value in (1.1, 1.2, 1.3):
        page.controls.weight_std.box.setValue(value)
    qtbot.waitUntil(lambda: page.run is not before)
    assert page.std_view.signal_theory.getData()[1][1] == pytest.approx(
        0.5 * np.log10(page.state.theory().q[1])
    )


def test_presets_set_up_and_explain(page, qtbot):
    page.presets.buttons["relu_he"].click()
    assert page.state.activation.id == "relu" and page.state.weight_std == pytest.approx(math.sqrt(2))
    assert page.presets.text.isVisible() and "√2" in page.presets.text.text()
    page.controls.bias_std.box.setValue(0.2)
    assert not page.presets.text.isVisible()


def test_edge_of_chaos_button_and_its_refusal(page, qtbot):
    page.state.set_activation("relu")
    page.controls.edge_button.click()
    assert page.state.weight_std == pytest.approx(math.sqrt(2), abs=1e-12)
    page.state.set_activation("step")
    page.controls.edge_button.click()
    assert page.controls.message.isVisible() and "edge of chaos" in page.controls.message.text()


def test_phase_diagram_and_its_dot(page, qtbot):
    page.state.set_activation("relu")
    qtbot.waitUntil(lambda: not page._timer.isActive())
    page.phase_view.wait()
    image = page.phase_view.image.image
    assert image.shape == (len(BIAS_STDS), len(WEIGHT_STDS))
    # ReLU: log chi = log(w^2 / 2) in every row, the chi = 1 line at w = sqrt 2.
    np.testing.assert_allclose(image[0], np.clip(np.log(WEIGHT_STDS**2 / 2), -9, 9), atol=1e-9)
    page.phase_view.dot.setPos(QPointF(2.0, 0.5))
    assert (page.state.weight_std, page.state.bias_std) == (2.0, 0.5)
    page.state.set_point(1.0, 0.25)
    pos = page.phase_view.dot.pos()
    assert (pos.x(), pos.y()) == (1.0, 0.25)


def test_phase_diagram_is_cached_per_activation(page, qtbot):
    page.state.set_activation("relu")
    page.recompute()
    page.phase_view.wait()
    page.state.set_activation("tanh")
    page.recompute()
    page.phase_view.wait()
    assert len(page.phase_view.cache) >= 2
    page.state.set_activation("relu")
    page.recompute()
    assert page.phase_view.busy.toPlainText() == ""  # from the cache, at once


def test_histogram_styles(page, qtbot):
    page.state.set_histogram("grad", "ridgeline")
    assert page.kind_box.currentData() == "grad" and page.style_box.currentData() == "ridgeline"
    shown = [c for c in page.histograms.ridges if c.getData()[0] is not None and len(c.getData()[0])]
    assert len(shown) == len(ridge_layers(page.state.depth))
    page.style_box.setCurrentIndex(page.style_box.findData("heatmap"))
    assert page.state.histogram_style == "heatmap"
    assert page.histograms.image.image.shape[1] == page.state.depth + 1


def test_readout_states_the_measured_and_predicted_ratio(page, qtbot):
    page.state.apply_preset("sigmoid_xavier")
    page.state.set_sizes(width=64, samples=32)
    page.flush()
    text = page.readout.text()
    assert "theory 3.99e-32" in text


def test_language_change_retranslates(page):
    page.controls.edge_button.setText("")
    QApplication.sendEvent(page.controls, QEvent(QEvent.Type.LanguageChange))
    assert page.controls.edge_button.text() == "Set to the edge of chaos"


def test_export_renders_the_plots(window, qtbot):
    assert "depth" not in window.export_targets()  # an export dialog does not build the page
    window.tabs.setCurrentWidget(window.depth_page)
    target = window.export_targets()["depth"]
    reveal(target)
    qtbot.waitUntil(lambda: target.width() > 600)
    image = render_image(target, 2)
    assert image.width() == 2 * target.width() and not image.isNull()


def test_headless_export_of_the_depth_view(tmp_path, qtbot):
    path = export_request(ExportRequest(view="depth", activation="relu", size=(900, 600)), tmp_path / "d.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 600)
    with pytest.raises(ExportError):
        export_request(ExportRequest(view="depth", activation="softmax"), tmp_path / "s.png")


def test_presentation_mode_shows_the_depth_lab_and_steps_through_the_experiments(window, qtbot):
    window.tabs.setCurrentWidget(window.depth_page)
    state = window.session.depth
    presentation = window.presentation
    presentation.set_active(True)
    assert window.centralWidget() is window.tabs and not window.tabs.tabBar().isVisible()
    assert window.depth_page.isVisible() and not window.menuBar().isVisible()
    assert window.depth_page.font().pointSizeF() > window.font().pointSizeF()
    assert presentation.step_next() and state.preset == "sigmoid_xavier"
    assert presentation.step_next() and state.preset == "relu_he"
    assert presentation.step_next() and state.preset == "tanh_edge"
    assert not presentation.step_next()  # the end: a clicker pressed once too often stays
    assert presentation.step_previous() and state.preset == "relu_he"
    presentation.set_active(False)
    assert window.tabs.tabBar().isVisible() and window.menuBar().isVisible()
    assert window.depth_page.font().pointSizeF() == window.font().pointSizeF()


def test_presentation_mode_on_the_explorer_is_unchanged(window, qtbot):
    window.presentation.set_active(True)
    assert window.centralWidget() is window.presentation.view
    window.presentation.set_active(False)
    assert window.centralWidget() is window.tabs


def _same_run(a, b):
    np.testing.assert_array_equal(a.pre_var, b.pre_var)
    np.testing.assert_array_equal(a.grad_sq, b.grad_sq)
    for kind in ("pre", "post", "grad"):
        np.testing.assert_array_equal(getattr(a, kind).counts, getattr(b, kind).counts)


def _settled(page):
    return not page.runner.busy and not page._idle.isActive() and not page._timer.isActive()


def test_a_drag_shows_previews_then_the_full_run(page, qtbot):
    page.state.set_sizes(depth=20, width=256, samples=256)
    page.flush()
    shown = []
    page.runner.finished.connect(lambda r: shown.append((r.number, r.preview, r.samples)))
    labels = []
    page.runner.finished.connect(lambda r: labels.append(page.preview_label.isVisibleTo(page)))
    for w in np.linspace(1.0, 2.0, 12):
        page.state.set_point(float(w), 0.1)  # the phase diagram's dot, dragged
        qtbot.wait(40)  # shorter than IDLE_MS: the drag goes on
    qtbot.waitUntil(lambda: _settled(page) and not page.run_is_preview, timeout=10000)
    previews = [s for s in shown if s[1]]
    assert previews and all(samples == page.preview_samples() == 32 for _n, _p, samples in previews)
    assert any(labels)  # "Preview" was shown while dragging...
    assert shown[-1][1] is False and shown[-1][2] == 256
    assert not page.preview_label.isVisibleTo(page)  # ...and never stays
    numbers = [n for n, _p, _s in shown]
    assert numbers == sorted(set(numbers))  # never an older result after a newer one
    assert [p for _n, p, _s in shown].count(False) == 1  # the full runs superseded mid-drag were dropped
    _same_run(page.run, page.state.simulation())
    assert page.readout.text().startswith("Gradient std at layer 0 ÷ at layer 20")


def test_flush_during_a_drag_shows_the_full_run(page, qtbot):
    page.state.set_sizes(depth=20, width=256, samples=256)
    page.flush()
    for w in (1.1, 1.2, 1.3):
        page.state.set_point(w, 0.2)
        qtbot.wait(10)
    page.flush()
    assert not page.run_is_preview and not page.preview_label.isVisibleTo(page)
    _same_run(page.run, page.state.simulation())
    qtbot.wait(250)  # results still queued when flush took over are dropped
    _same_run(page.run, page.state.simulation())
    assert not page.run_is_preview


def test_the_window_stays_live_while_the_full_run_computes(page, qtbot):
    from PySide6.QtCore import QTimer

    page.state.set_sizes(depth=50, width=512, samples=256)
    page.flush()
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    page.state.new_seed()  # a lone change: the full run at once, in the worker
    before = page.run
    started = time.perf_counter()
    qtbot.waitUntil(lambda: page.run is not before, timeout=20000)
    elapsed = time.perf_counter() - started
    timer.stop()
    assert elapsed > 0.03  # it did take a while...
    assert len(ticks) >= max(2, int(elapsed / 0.005 / 4))  # ...and the event loop kept ticking
    _same_run(page.run, page.state.simulation())


def test_closing_waits_for_the_worker(qtbot):
    state = DepthState()
    state.set_sizes(depth=50, width=512, samples=256)
    widget = DepthPage(state)
    qtbot.addWidget(widget)
    widget.show()
    state.new_seed()
    widget.close()
    assert widget.runner.pool.activeThreadCount() == 0 and not widget.runner.busy


def test_a_failing_simulation_is_reported_and_the_worker_goes_on(page, qtbot, monkeypatch):
    from actgui.ui.depth import sim_worker

    def broken(**_kwargs):
        raise RuntimeError("broken simulation")

    monkeypatch.setattr(sim_worker, "simulate", broken)
    with pytest.raises(RuntimeError, match="broken simulation"):
        page.runner.request(page.state.simulation_arguments(), preview=False)
        page.runner.take(page.runner.wanted)
    assert not page.runner.busy
    monkeypatch.undo()
    before = page.run
    page.state.new_seed()
    qtbot.waitUntil(lambda: page.run is not before)


def test_an_exploding_network_is_measured_without_warnings_and_says_where_it_overflowed(page, recwarn):
    # e^x at weight_std 4 (the slider's end): the signal passes float32's 3.4e38 within a few
    # layers (theory: q3 = 16 e^(8e103)); the measured points stop there and a note says so.
    state = page.state
    state.set_activation("exponential")
    state.set_weight_std(4.0)
    page.flush()
    run = page.run
    first = int(np.flatnonzero(np.isinf(run.pre_var))[0])
    assert 1 <= first <= 4 and np.all(np.isinf(run.pre_var[first:]))
    assert np.all(np.isfinite(run.pre_var[:first])) and np.all(np.isnan(run.grad_sq[:-1]))
    note = page.std_view.note.toPlainText()
    assert f"float32's range (3.4 × 10³⁸) at layer {first}" in note
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
    state.set_activation("tanh")
    page.flush()
    assert "float32" not in page.std_view.note.toPlainText()


def test_closing_the_main_window_stops_the_worker(window, qtbot):
    window.tabs.setCurrentWidget(window.depth_page)
    page = window.depth_page.page()
    page.flush()
    window.session.depth.set_sizes(depth=200, width=2048, samples=1024)  # seconds of work
    qtbot.waitUntil(lambda: page.runner.busy)
    started = time.perf_counter()
    window.close()
    assert not page.runner.busy and page.runner.pool.activeThreadCount() == 0
    assert time.perf_counter() - started < 2.0  # cancelled between layers, not run to the end

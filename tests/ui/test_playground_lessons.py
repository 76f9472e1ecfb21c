"""The lessons' experiments over seeds, run in the background, and their outcome plot."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from actgui.model.datasets import DataSettings
from actgui.model.experiment import Experiment, RunSettings
from actgui.model.lessons import LESSONS, SHOWN_SEEDS
from actgui.state.experiment_run import ExperimentRun
from actgui.state.playground import PlaygroundState
from actgui.ui.playground.experiment_worker import ExperimentRunner
from actgui.ui.playground.lessons import range_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from actgui.ui.playground import PlaygroundPage

    # Delete the widgets earlier tests closed: their timers must not share this test's event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widget = PlaygroundPage(PlaygroundState())
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.lessons.shutdown()
    widget.state.set_running(False)
    widget.close()


def slow_experiment(epochs=400):
    settings = RunSettings("tanh", 2, 8)
    return Experiment(
        DataSettings("xor"), epochs, (("a", settings), ("b", settings.changed({"depth": 1}))), (1, 2)
    )


def test_range_text():
    assert range_text(0.4512, 0.5699) == "45-57 %"
    assert range_text(0.5, 0.5) == "50 %"


def test_the_lesson_experiment_runs_in_the_background_and_shows_each_seed(page, qtbot):
    page.lessons.start("linear_xor")
    page.state.set_running(False)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    progress = []
    page.state.lesson_run.progressed.connect(lambda done, total: progress.append((done, total)))
    page.lessons.run_button.click()
    assert page.state.lesson_run.running
    assert not page.lessons.run_button.isEnabled() and page.lessons.cancel_button.isEnabled()
    assert page.lessons.progress.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.state.lesson_run.status == "done", timeout=120_000)
    timer.stop()
    total = 2 * len(SHOWN_SEEDS)
    assert progress[0] == (0, total) and progress[-1] == (total, total)
    assert [d for d, _ in progress] == list(range(total + 1))
    # The event loop kept running while the runs trained on the worker thread.
    assert len(ticks) >= 20
    assert np.max(np.diff(ticks)) < 1.0
    # Every seed's accuracy is plotted with the median and range of each run.
    lesson = LESSONS["linear_xor"]
    expected = {name: [lesson.run(s, name).test_accuracy for s in SHOWN_SEEDS] for name in lesson.run_names}
    assert page.state.lesson_run.accuracies() == expected
    _x, y = page.lessons.plot.points.getData()
    assert sorted(np.round(y, 6)) == sorted(np.round([100 * a for v in expected.values() for a in v], 6))
    _, medians = page.lessons.plot.medians.getData()
    assert list(medians) == pytest.approx([100 * np.median(v) for v in expected.values()])
    base, tanh = expected["baseline"], expected["tanh"]
    assert page.lessons.summary.text() == (
        f"linear {range_text(min(base), max(base))}, tanh {range_text(min(tanh), max(tanh))} (5 seeds)"
    )
    assert page.lessons.run_button.isEnabled() and not page.lessons.progress.isVisibleTo(page)


def test_cancel_stops_within_an_epoch(qtbot):
    state = ExperimentRun()
    runner = ExperimentRunner(state)
    finished = []
    state.finished.connect(finished.append)
    runner.start(slow_experiment())
    qtbot.wait(50)
    start = time.perf_counter()
    runner.cancel()
    qtbot.waitUntil(lambda: finished == ["cancelled"], timeout=5000)
    assert time.perf_counter() - start < 2.0
    assert state.status == "cancelled" and state.done < state.total
    assert not runner.busy


def test_a_new_experiment_replaces_a_running_one(qtbot):
    state = ExperimentRun()
    runner = ExperimentRunner(state)
    runner.start(slow_experiment())
    quick = slow_experiment(epochs=2)
    runner.start(quick)
    qtbot.waitUntil(lambda: state.status == "done", timeout=20_000)
    assert state.experiment == quick and state.done == 4
    assert all(len(v) == 2 for v in state.accuracies().values())


def test_the_cancel_button_cancels(page, qtbot):
    page.lessons.start("sigmoid_saturation")
    page.state.set_running(False)
    page.lessons.run_button.click()
    page.lessons.cancel_button.click()
    qtbot.waitUntil(lambda: page.state.lesson_run.status == "cancelled", timeout=5000)
    assert page.lessons.run_button.isEnabled()
    assert "(cancelled)" in page.lessons.summary.text() or page.state.lesson_run.done == 0


def test_another_lesson_hides_the_previous_outcome(page, qtbot):
    page.lessons.start("linear_xor")
    page.lessons.runner.start(LESSONS["linear_xor"].experiment((1,)))
    qtbot.waitUntil(lambda: page.state.lesson_run.status == "done", timeout=30_000)
    page.lessons.start("dead_relu")
    page.state.set_running(False)
    assert len(page.lessons.plot.points.getData()[0]) == 0
    assert page.lessons.plot.groups == list(LESSONS["dead_relu"].run_names)

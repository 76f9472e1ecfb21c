"""The playground's experiment tool window: choices, background runs, plots, PNG and CSV."""

import csv
import io

import numpy as np
import pytest
from PySide6.QtGui import QImage

from actgui.files.experiment_csv import experiment_csv
from actgui.model.experiment import median_gradient_norms
from actgui.state.playground import PlaygroundState
from actgui.ui.playground.experiment_tool import PNG_SCALE, ExperimentToolWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")


@pytest.fixture
def tool(qtbot):
    window = ExperimentToolWindow(PlaygroundState())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()
    window.close()


def run_to_the_end(tool, qtbot):
    tool.run_button.click()
    assert tool.run_state.running
    assert not tool.run_button.isEnabled() and tool.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: tool.run_state.status == "done", timeout=120_000)
    qtbot.waitUntil(lambda: not tool.runner.busy, timeout=10_000)


def test_the_controls_follow_the_tool_state_and_refusals_are_shown(tool):
    assert tool.setting.currentData() == "activation"
    assert tool.values.text() == "tanh, relu, sigmoid"
    tool.setting.setCurrentIndex(tool.setting.findData("learning_rate"))
    assert tool.tool.setting == "learning_rate"
    assert tool.values.text() == "0.01, 0.1, 1"
    tool.values.setText("0.01, 0.01")
    tool.values.editingFinished.emit()
    assert tool.error.text().startswith("Refused:") and "2 to 5 different values" in tool.error.text()
    assert tool.tool.values == (0.01, 0.1, 1.0)
    assert tool.values.text() == "0.01, 0.1, 1"  # the refused text is replaced by what holds
    tool.values.setText("0.03, 3")
    tool.values.editingFinished.emit()
    assert tool.error.text() == "" and tool.tool.values == (0.03, 3.0)
    tool.seeds.setValue(7)
    tool.epochs.setValue(12)
    assert (tool.tool.seeds, tool.tool.epochs) == (7, 12)
    tool.tool.set_seeds(2)
    assert tool.seeds.value() == 2


def test_an_experiment_runs_in_the_background_and_shows_every_seed(tool, qtbot):
    tool.tool.set_setting("depth")
    tool.tool.set_values([1, 2])
    tool.tool.set_seeds(2)
    tool.tool.set_epochs(5)
    assert not tool.png_button.isEnabled() and not tool.csv_button.isEnabled()
    progress = []
    tool.run_state.progressed.connect(lambda done, total: progress.append((done, total)))
    run_to_the_end(tool, qtbot)
    assert progress[0] == (0, 4) and progress[-1] == (4, 4)
    assert tool.run_button.isEnabled() and not tool.cancel_button.isEnabled()
    assert tool.png_button.isEnabled() and tool.csv_button.isEnabled()
    accuracies = tool.run_state.accuracies()
    assert list(accuracies) == ["1", "2"] and all(len(v) == 2 for v in accuracies.values())
    plotted_x, plotted_y = tool.outcome.points.getData()
    assert sorted(plotted_y) == pytest.approx(sorted(100 * a for v in accuracies.values() for a in v))
    assert np.all(np.abs(plotted_x - np.round(plotted_x)) < 0.2)  # each seed under its value
    _, medians = tool.outcome.medians.getData()
    assert list(medians) == pytest.approx([100 * np.median(accuracies[name]) for name in ("1", "2")])
    # The gradient plot: one line per value, the median over seeds of each layer's norm.
    by_group = {}
    for planned, result in tool.run_state.results():
        by_group.setdefault(planned.group, []).append(result)
    for line, name in zip(tool.gradients.lines, ("1", "2"), strict=False):
        expected = median_gradient_norms(by_group[name])
        assert len(expected) == int(name) + 1  # hidden layers and the output layer
        _, y = line.getData()
        assert y == pytest.approx(np.log10(expected))  # the log axis plots log10
    assert not tool.gradients.lines[2].isVisible()
    text = tool.summary.text()
    assert "(2 seeds)" in text and text.startswith("1 ")
    assert tool.outcome.getPlotItem().getAxis("bottom").labelText == "depth (hidden layers)"


def test_cancel_stops_within_moments_and_keeps_the_window_usable(tool, qtbot):
    tool.tool.set_seeds(10)
    tool.tool.set_epochs(500)
    tool.run_button.click()
    qtbot.waitUntil(lambda: tool.run_state.running)
    tool.cancel_button.click()
    qtbot.waitUntil(lambda: tool.run_state.status == "cancelled", timeout=10_000)
    qtbot.waitUntil(lambda: not tool.runner.busy, timeout=10_000)
    assert tool.run_button.isEnabled() and not tool.cancel_button.isEnabled()
    assert tool.run_state.done < tool.run_state.total == 30
    assert not tool.progress.isVisibleTo(tool)


def test_closing_the_window_cancels_its_experiment(tool, qtbot):
    tool.tool.set_epochs(500)
    tool.run_button.click()
    tool.close()
    qtbot.waitUntil(lambda: tool.run_state.status == "cancelled", timeout=10_000)


def test_png_and_csv_exports(tool, qtbot, tmp_path):
    tool.tool.set_setting("learning_rate")
    tool.tool.set_values([0.01, 1.0])
    tool.tool.set_seeds(2)
    tool.tool.set_epochs(4)
    run_to_the_end(tool, qtbot)

    csv_path = tool.export_csv(tmp_path / "runs.csv")
    text = csv_path.read_text(encoding="utf-8")
    assert text == experiment_csv("learning_rate", tool.run_state.results())
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == [
        "learning_rate",
        "seed",
        "test_accuracy",
        "dead_neurons",
        "grad_L1",
        "grad_L2",
        "grad_out",
    ]
    assert [(r[0], r[1]) for r in rows[1:]] == [("0.01", "1"), ("1", "1"), ("0.01", "2"), ("1", "2")]
    for row, (_planned, result) in zip(rows[1:], tool.run_state.results(), strict=True):
        assert float(row[2]) == result.test_accuracy
        assert int(row[3]) == result.dead_neurons
        assert tuple(float(v) for v in row[4:]) == result.gradient_norms

    png_path = tool.export_png(tmp_path / "figure.png")
    image = QImage(str(png_path))
    assert image.width() == PNG_SCALE * tool.figure.width()
    assert image.height() == PNG_SCALE * tool.figure.height()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # plots, points and text were drawn
    assert tool.outcome.export_scale == tool.gradients.export_scale == 1.0  # back to the screen's


def test_the_playground_page_opens_one_tool_window(qtbot):
    from actgui.ui.playground import PlaygroundPage

    page = PlaygroundPage(PlaygroundState())
    qtbot.addWidget(page)
    page.show()
    page.experiment_button.click()
    first = page.experiment_tool
    assert first is not None and first.isVisible() and first.state is page.state
    first.close()
    assert page.open_experiment_tool() is first
    first.close()
    page.lessons.shutdown()
    page.close()

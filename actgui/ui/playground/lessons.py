"""The lessons: one click sets up a lesson's baseline; a second runs its experiment over five seeds.

Each lesson (:data:`actgui.model.lessons.LESSONS`) is a controlled
experiment: a baseline and variants that each change one setting. A lesson
button puts the baseline into the playground (train it as usual, or set up
a variant); "Run the experiment" trains the baseline and every variant from
the five shown seeds in the background and plots each run's final test
accuracy with the median and range, e.g. "baseline 50-62 %, tanh 96-98 %".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actgui.model.lessons import BASELINE, LESSONS, SHOWN_SEEDS
from actgui.state.playground import PlaygroundState
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground.experiment_worker import ExperimentRunner
from actgui.ui.playground.lesson_texts import lesson_texts, run_label
from actgui.ui.playground.outcome_plot import OutcomePlot


def range_text(low: float, high: float) -> str:
    """``45-57 %`` (or ``50 %`` when every seed ended the same), from accuracies 0 to 1."""
    lo, hi = round(100 * low), round(100 * high)
    return f"{lo} %" if lo == hi else f"{lo}-{hi} %"


class LessonPanel(Retranslating, QWidget):
    """A row of lesson buttons and, when a lesson is on, its explanation and experiment."""

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.run_state = state.lesson_run
        self.runner = ExperimentRunner(self.run_state, self)
        self.heading = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading)
        for lesson_id in LESSONS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, i=lesson_id: self.start(i))
            self.buttons[lesson_id] = button
            row.addWidget(button)
        row.addStretch(1)

        self.frame = QFrame(self)
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setObjectName("LessonFrame")
        self.title = QLabel(self.frame)
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.text = QLabel(self.frame)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.setup_label = QLabel(self.frame)
        self.setup_buttons: list[QPushButton] = []
        self.setup_row = QHBoxLayout()
        self.setup_row.addWidget(self.setup_label)
        self.run_button = QPushButton(self.frame)
        self.run_button.clicked.connect(self.run_experiment)
        self.cancel_button = QPushButton(self.frame)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.progress = QProgressBar(self.frame)
        self.progress.setTextVisible(True)
        self.summary = QLabel(self.frame)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plot = OutcomePlot(self.frame)
        self.plot.setMinimumHeight(170)
        self.plot.setMaximumWidth(420)
        self.close_button = QPushButton(self.frame)
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(lambda: self.frame.hide())

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        left = QVBoxLayout()
        left.addWidget(self.text)
        left.addLayout(self.setup_row)
        left.addLayout(run_row)
        left.addWidget(self.summary)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.plot, 2)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(10, 6, 10, 8)
        inner.addLayout(top)
        inner.addLayout(body)
        self.frame.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.frame)
        state.lesson_changed.connect(self._show_lesson)
        self.run_state.started.connect(self._show_outcome)
        self.run_state.progressed.connect(self._show_progress)
        self.run_state.finished.connect(self._finished)
        self._shown = ""
        self.retranslate_ui()
        self._show_progress(0, 0)

    # -- actions --------------------------------------------------------------------

    def start(self, lesson_id: str) -> None:
        """Set up a lesson's baseline in the playground and start training it."""
        self.state.apply_lesson(lesson_id)
        self.buttons[lesson_id].setChecked(True)
        self.state.set_running(True)

    def set_up(self, variant: str) -> None:
        """Put the shown lesson's baseline or a variant into the playground and train it."""
        if self.state.lesson:
            self.state.apply_lesson(self.state.lesson, variant)
            self.state.set_running(True)

    def run_experiment(self) -> None:
        """Train the shown lesson's baseline and variants from the shown seeds, in the background."""
        lesson_id = self.state.lesson or self._shown
        if lesson_id:
            self._shown = lesson_id
            self.runner.start(LESSONS[lesson_id].experiment(SHOWN_SEEDS))

    def shutdown(self) -> None:
        """Stop a running experiment and wait for its thread (the page is closing)."""
        self.runner.shutdown()

    # -- views ------------------------------------------------------------------------

    def _experiment_is_shown_lesson(self) -> bool:
        experiment = self.run_state.experiment
        lesson = LESSONS.get(self._shown)
        return experiment is not None and lesson is not None and experiment == lesson.experiment(SHOWN_SEEDS)

    def _finished(self) -> None:
        self._show_progress(self.run_state.done, self.run_state.total)

    def _show_progress(self, done: int, total: int) -> None:
        running = self.run_state.running
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 runs").replace("%1", str(done)).replace("%2", str(total)))
        if self._experiment_is_shown_lesson():
            self._show_outcome()

    def _show_outcome(self) -> None:
        lesson = LESSONS.get(self._shown)
        if lesson is None:
            return
        names = lesson.run_names
        if not self._experiment_is_shown_lesson():
            self.plot.show_outcome(names, {})
            self.summary.setText(self.tr("Run the experiment to see how each seed ends."))
            return
        accuracies = self.run_state.accuracies()
        self.plot.show_outcome(names, accuracies)
        parts = [
            f"{run_label(lesson.id, name)} {range_text(low, high)}"
            for name, _median, low, high, _n in self.run_state.summary()
        ]
        seeds = min((len(v) for v in accuracies.values()), default=0)
        text = self.tr("%1 (%2 seeds)").replace("%1", ", ".join(parts)).replace("%2", str(seeds))
        if self.run_state.status == "cancelled":
            text += " " + self.tr("(cancelled)")
        self.summary.setText(text if parts else "")

    def _show_lesson(self, lesson_id: str) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == lesson_id)
        if not lesson_id:
            self.frame.hide()
            return
        if lesson_id != self._shown:
            self._shown = lesson_id
            self._rebuild_setup_buttons()
        title, text = lesson_texts()[lesson_id]
        self.title.setText(title)
        self.text.setText(text)
        self.plot.set_group_labels([run_label(lesson_id, name) for name in LESSONS[lesson_id].run_names])
        self._show_outcome()
        self.frame.show()

    def _rebuild_setup_buttons(self) -> None:
        for button in self.setup_buttons:
            self.setup_row.removeWidget(button)
            button.deleteLater()
        self.setup_buttons = []
        for name in LESSONS[self._shown].run_names:
            button = QPushButton(run_label(self._shown, name), self.frame)
            button.setProperty("variant", name)
            button.clicked.connect(lambda _checked=False, v=name: self.set_up(v))
            self.setup_row.addWidget(button)
            self.setup_buttons.append(button)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Lessons:"))
        texts = lesson_texts()
        for lesson_id, button in self.buttons.items():
            button.setText(texts[lesson_id][0])
        self.close_button.setText(self.tr("Hide"))
        self.close_button.setToolTip(self.tr("Hide the explanation"))
        self.setup_label.setText(self.tr("Train in the playground:"))
        self.run_button.setText(self.tr("Run the experiment (%1 seeds)").replace("%1", str(len(SHOWN_SEEDS))))
        self.run_button.setToolTip(
            self.tr("Train the baseline and every variant from seeds 1 to %1 in the background").replace(
                "%1", str(len(SHOWN_SEEDS))
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.plot.set_title(self.tr("Final test accuracy per seed"))
        self.plot.set_axis_labels(self.tr("test accuracy (%)"))
        for button in self.setup_buttons:
            button.setText(run_label(self._shown, str(button.property("variant"))))
        if self._shown:
            self.plot.set_group_labels([run_label(self._shown, n) for n in LESSONS[self._shown].run_names])
        if self.state.lesson:
            self._show_lesson(self.state.lesson)
        else:
            self._show_outcome()


__all__ = ["BASELINE", "LessonPanel", "range_text"]

"""The experiment tool: vary one setting of the playground's set-up over seeds, in the background.

A window of the playground (:class:`ExperimentToolWindow`), bound to the
playground's :class:`~actgui.state.experiment_tool.ExperimentToolState`.
The user picks one setting (activation, weight scale, learning rate,
initialisation or depth), 2 to 5 values and 1 to 10 seeds; every other
setting is the playground's current one. The runs train on a worker thread
(:class:`~actgui.ui.playground.experiment_worker.ExperimentRunner`) with
progress and Cancel; the outcome is every seed's final test accuracy per
value (strip plot with medians and ranges) and the median gradient norm per
layer. Both export: the figure as PNG, the runs as CSV.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from actgui.files.atomic import write_atomic
from actgui.files.experiment_csv import write_experiment_csv
from actgui.model.experiment import MAX_EPOCHS, MAX_SEEDS, SETTING_NAMES
from actgui.model.refusal import Refusal
from actgui.state.experiment_run import CANCELLED
from actgui.state.playground import PlaygroundState
from actgui.ui.file_errors import export_error_text
from actgui.ui.i18n import translate_refusal
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.persistence import read_text, write_text
from actgui.ui.playground.experiment_worker import ExperimentRunner
from actgui.ui.playground.layer_gradient_plot import LayerGradientPlot
from actgui.ui.playground.lessons import range_text
from actgui.ui.playground.outcome_plot import OutcomePlot

LAST_FOLDER_KEY = "experiment/last_folder"
"""Where the tool's PNG and CSV were last exported."""

PNG_SCALE = 2
"""The exported figure is drawn at twice the window's size, for print and slides."""


class ExperimentToolWindow(Retranslating, QDialog):
    """Pick a setting, values and seeds; run; see and export the outcome."""

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.state = state
        self.tool = state.tool
        self.run_state = state.tool.run
        self.runner = ExperimentRunner(self.run_state, self)

        self.setting = QComboBox(self)
        for name in SETTING_NAMES:
            self.setting.addItem("", name)
        self.values = QLineEdit(self)
        self.seeds = QSpinBox(self)
        self.seeds.setRange(1, MAX_SEEDS)
        self.epochs = QSpinBox(self)
        self.epochs.setRange(1, MAX_EPOCHS)
        self.epochs.setKeyboardTracking(False)
        self.labels = [QLabel(self) for _ in range(4)]
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C0392B;")
        form = QFormLayout()
        for label, field in zip(
            self.labels, (self.setting, self.values, self.seeds, self.epochs), strict=True
        ):
            form.addRow(label, field)
        form.addRow(self.hint)
        form.addRow(self.error)

        self.run_button = QPushButton(self)
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)

        self.figure = QWidget(self)
        self.figure.setObjectName("ExperimentFigure")
        self.figure.setAutoFillBackground(True)
        self.summary = QLabel(self.figure)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = OutcomePlot(self.figure)
        self.gradients = LayerGradientPlot(self.figure)
        for plot in (self.outcome, self.gradients):
            plot.setMinimumSize(300, 240)
        plots = QHBoxLayout()
        plots.addWidget(self.outcome, 1)
        plots.addWidget(self.gradients, 1)
        figure_layout = QVBoxLayout(self.figure)
        figure_layout.setContentsMargins(6, 6, 6, 6)
        figure_layout.addLayout(plots, 1)
        figure_layout.addWidget(self.summary)

        self.png_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.png_button)
        export_row.addWidget(self.csv_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(run_row)
        layout.addWidget(self.figure, 1)
        layout.addLayout(export_row)

        self.setting.currentIndexChanged.connect(
            lambda _i: self._set(self.tool.set_setting, self.setting.currentData())
        )
        self.values.editingFinished.connect(lambda: self._set(self.tool.set_values_text, self.values.text()))
        self.seeds.valueChanged.connect(lambda v: self._set(self.tool.set_seeds, int(v)))
        self.epochs.valueChanged.connect(lambda v: self._set(self.tool.set_epochs, int(v)))
        self.run_button.clicked.connect(self.run_experiment)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.png_button.clicked.connect(self.choose_png)
        self.csv_button.clicked.connect(self.choose_csv)
        self.tool.changed.connect(self.sync)
        self.run_state.started.connect(self._show_outcome)
        self.run_state.progressed.connect(self._show_progress)
        self.run_state.finished.connect(
            lambda _status: self._show_progress(self.run_state.done, self.run_state.total)
        )
        self.resize(760, 620)
        self.retranslate_ui()
        self.sync()
        self._show_progress(self.run_state.done, self.run_state.total)

    # -- binding ------------------------------------------------------------------------

    def _set(self, setter: object, value: object) -> None:
        try:
            setter(value)  # type: ignore[operator]
        except Refusal as exc:
            self.error.setText(self.tr("Refused: %1").replace("%1", translate_refusal(exc)))
            self.sync(keep_error=True)
            return
        self.error.clear()

    def sync(self, keep_error: bool = False) -> None:
        """Show the tool's choices (signals blocked)."""
        with QSignalBlocker(self.setting), QSignalBlocker(self.seeds), QSignalBlocker(self.epochs):
            self.setting.setCurrentIndex(SETTING_NAMES.index(self.tool.setting))
            self.seeds.setValue(self.tool.seeds)
            self.epochs.setValue(self.tool.epochs)
        self.values.setText(self.tool.values_text())
        self.hint.setText(self._hint(self.tool.setting))
        if not keep_error:
            self.error.clear()

    # -- actions ------------------------------------------------------------------------

    def run_experiment(self) -> None:
        """Train every value from seeds 1 to N on the playground's data and set-up, in the background."""
        if self.values.text() != self.tool.values_text():
            self._set(self.tool.set_values_text, self.values.text())
            if self.error.text():
                return
        state = self.state
        try:
            experiment = self.tool.experiment(state.data_settings, state.network, state.training)
        except Refusal as exc:
            self.error.setText(self.tr("Refused: %1").replace("%1", translate_refusal(exc)))
            return
        self.error.clear()
        self.runner.start(experiment)

    def shutdown(self) -> None:
        """Stop a running experiment and wait for its thread (the window or the app is closing)."""
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window cancels a running experiment (its finished runs stay shown)."""
        self.runner.cancel()
        super().closeEvent(event)

    def export_png(self, path: str | os.PathLike[str]) -> Path:
        """Write the figure (plots and summary) as PNG at :data:`PNG_SCALE`; raises ``ExportError``."""
        size = self.figure.size()
        image = QImage(size.width() * PNG_SCALE, size.height() * PNG_SCALE, QImage.Format.Format_ARGB32)
        image.fill(self.figure.palette().window().color())
        for plot in (self.outcome, self.gradients):
            plot.set_export_scale(PNG_SCALE)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(PNG_SCALE, PNG_SCALE)
        self.figure.render(painter, QPoint(0, 0))
        painter.end()
        for plot in (self.outcome, self.gradients):
            plot.set_export_scale(1.0)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stub types the format as bytes, but at run time it must be a str.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return write_atomic(path, bytes(buffer.data().data()))

    def export_csv(self, path: str | os.PathLike[str]) -> Path:
        """Write every finished run as CSV (:mod:`actgui.files.experiment_csv`); raises ``ExportError``."""
        return write_experiment_csv(path, self.tool.setting, self.run_state.results())

    def choose_png(self) -> None:
        """Ask for a file name and export the figure as PNG."""
        self._choose(
            self.tr("Export the figure as PNG"),
            "experiment.png",
            self.tr("PNG images (*.png)"),
            self.export_png,
        )

    def choose_csv(self) -> None:
        """Ask for a file name and export the runs as CSV."""
        self._choose(
            self.tr("Export the runs as CSV"), "experiment.csv", self.tr("CSV files (*.csv)"), self.export_csv
        )

    def _choose(self, title: str, name: str, filters: str, export: object) -> None:
        folder = read_text(LAST_FOLDER_KEY)
        folder = folder if folder and os.path.isdir(folder) else str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, os.path.join(folder, name), filters)
        if not path:
            return
        write_text(LAST_FOLDER_KEY, str(Path(path).parent))
        try:
            export(path)  # type: ignore[operator]
        except ValueError as exc:  # ExportError
            self.error.setText(self.tr("Could not export: %1").replace("%1", export_error_text(exc)))
        else:
            self.error.clear()

    # -- views --------------------------------------------------------------------------

    def _show_progress(self, done: int, total: int) -> None:
        running = self.run_state.running
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 runs").replace("%1", str(done)).replace("%2", str(total)))
        has_results = bool(self.run_state.results())
        self.png_button.setEnabled(has_results and not running)
        self.csv_button.setEnabled(has_results and not running)
        self._show_outcome()

    def _show_outcome(self) -> None:
        experiment = self.run_state.experiment
        if experiment is None:
            self.outcome.show_outcome([], {})
            self.gradients.show_norms([], {})
            self.summary.setText(self.tr("Pick a setting and its values, then run."))
            return
        names = experiment.group_names
        accuracies = self.run_state.accuracies()
        self.outcome.show_outcome(names, accuracies)
        self.outcome.set_group_labels(list(names))
        norms = self.run_state.gradient_norms()
        self.gradients.show_norms(names, norms)
        parts = [f"{name} {range_text(low, high)}" for name, _m, low, high, _n in self.run_state.summary()]
        seeds = min((len(v) for v in accuracies.values()), default=0)
        lines = []
        if parts:
            lines.append(self.tr("%1 (%2 seeds)").replace("%1", ", ".join(parts)).replace("%2", str(seeds)))
        dead = [name for name, values in norms.items() if any(v <= 0 for v in values)]
        if dead:
            lines.append(
                self.tr("No gradient at all in some layer (left out of the log plot): %1").replace(
                    "%1", ", ".join(dead)
                )
            )
        if self.run_state.status == CANCELLED:
            lines.append(self.tr("Cancelled: the plots show the runs that finished."))
        self.summary.setText("\n".join(lines) or self.tr("Running…"))
        self._title_plots()

    def _title_plots(self) -> None:
        experiment = self.run_state.experiment
        setting = self._setting_name(self.tool.setting if experiment is None else self._varied())
        self.outcome.set_axis_labels(self.tr("test accuracy (%)"), setting)
        self.gradients.set_axis_labels(
            self.tr("median gradient norm"), self.tr("layer (L1 = first hidden layer, out = output)")
        )

    def _varied(self) -> str:
        experiment = self.run_state.experiment
        if experiment is None or len(experiment.groups) < 2:
            return self.tool.setting
        (_, first), (_, second) = experiment.groups[:2]
        changed = [name for name in SETTING_NAMES if getattr(first, name) != getattr(second, name)]
        return changed[0] if changed else self.tool.setting

    def _setting_name(self, setting: str) -> str:
        return {
            "activation": self.tr("activation"),
            "init_scale": self.tr("weight scale (× the initialisation)"),
            "learning_rate": self.tr("learning rate"),
            "init": self.tr("initialisation"),
            "depth": self.tr("depth (hidden layers)"),
        }[setting]

    def _hint(self, setting: str) -> str:
        return (
            {
                "activation": self.tr("Activation ids, e.g. tanh, relu, sigmoid, leaky_relu, linear."),
                "init_scale": self.tr(
                    "Factors on the initial weights, e.g. 0.5, 1, 4 (1 is the scheme's own scale)."
                ),
                "learning_rate": self.tr("Step sizes, e.g. 0.01, 0.1, 1."),
                "init": self.tr("Schemes: uniform, xavier, he."),
                "depth": self.tr(
                    "Numbers of hidden layers, e.g. 1, 2, 4 (each as wide as the playground's first)."
                ),
            }[setting]
            + " "
            + self.tr("Every other setting is the playground's; every value trains from seeds 1 to N.")
        )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Experiment"))
        for index, name in enumerate(SETTING_NAMES):
            self.setting.setItemText(index, self._setting_name(name))
        for label, text in zip(
            self.labels,
            (self.tr("Vary"), self.tr("Values"), self.tr("Seeds"), self.tr("Epochs")),
            strict=True,
        ):
            label.setText(text)
        self.values.setToolTip(self.tr("2 to 5 different values, separated by commas"))
        self.seeds.setToolTip(
            self.tr("Each value trains from seeds 1 to this number (initial weights and batch order)")
        )
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.png_button.setText(self.tr("Export PNG…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.outcome.set_title(self.tr("Final test accuracy per seed"))
        self.gradients.set_title(self.tr("Median gradient norm per layer"))
        self.hint.setText(self._hint(self.tool.setting))
        self._show_progress(self.run_state.done, self.run_state.total)

"""File > Record animation…: a parameter sweep or a training run as GIF, APNG, WebP or MP4.

The dialog records a copy of the window's session offscreen (the window
itself never changes), with a progress bar and Cancel; a cancelled
recording writes nothing. The file written opens in a preview that plays it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from actgui.export import animation
from actgui.export.encode import ANIMATION_FORMATS, video_available
from actgui.export.headless import DEFAULT_SIZES, MAX_SIZE, ExportRequest
from actgui.export.options import VIEW_ORDER, saved_options, view_titles
from actgui.export.sweep import (
    DEFAULT_FPS,
    DEFAULT_FRAMES,
    MAX_FPS,
    MAX_FRAMES,
    MAX_TRAIN_EPOCHS,
    MIN_FPS,
    MIN_FRAMES,
    SweepError,
    SweepTarget,
    activation_of,
    plan_sweep,
    sweep_targets,
)
from actgui.files.atomic import ExportError, check_target
from actgui.state.session import Session
from actgui.ui.file_errors import export_error_text
from actgui.ui.i18n import translate_refusal
from actgui.ui.i18n.retranslate import Retranslating

FORMAT_NAMES = {"gif": "GIF", "apng": "APNG", "webp": "WebP", "mp4": "MP4 (H.264)"}
DEFAULT_EPOCHS = 300


class RecordDialog(Retranslating, QDialog):
    """Choose what to animate and how, record it, and show the result.

    Parameters
    ----------
    window
        The main window (its ``session`` is copied for the recording).
    view, param
        The view and parameter selected at first (the "Record this sweep"
        button passes the explorer's curve and its parameter).

    Signals
    -------
    frame_recorded(int, int)
        A frame was recorded: (frames done, frames in all).
    """

    frame_recorded = Signal(int, int)

    def __init__(self, window: QWidget, view: str = "curve", param: str = "") -> None:
        super().__init__(window)
        self.main_window = window
        session: Session = window.session  # type: ignore[attr-defined]
        self.session = session
        self.written: Path | None = None
        self.progress: QProgressDialog | None = None
        self.view_combo = QComboBox(self)
        for name in VIEW_ORDER:
            self.view_combo.addItem("", name)
        self.param_combo = QComboBox(self)
        self.start_spin, self.stop_spin = QDoubleSpinBox(self), QDoubleSpinBox(self)
        for spin in (self.start_spin, self.stop_spin):
            spin.setDecimals(4)
        range_row = QHBoxLayout()
        self.to_label = QLabel(self)
        range_row.addWidget(self.start_spin, 1)
        range_row.addWidget(self.to_label)
        range_row.addWidget(self.stop_spin, 1)
        self.epochs_spin = QSpinBox(self)
        self.epochs_spin.setRange(1, MAX_TRAIN_EPOCHS)
        self.epochs_spin.setValue(DEFAULT_EPOCHS)
        self.frames_spin, self.fps_spin = QSpinBox(self), QSpinBox(self)
        self.frames_spin.setRange(MIN_FRAMES, MAX_FRAMES)
        self.frames_spin.setValue(DEFAULT_FRAMES)
        self.fps_spin.setRange(MIN_FPS, MAX_FPS)
        self.fps_spin.setValue(DEFAULT_FPS)
        self.bounce_check = QCheckBox(self)
        self.format_combo = QComboBox(self)
        for fmt in ANIMATION_FORMATS:
            self.format_combo.addItem(FORMAT_NAMES[fmt], fmt)
        self.width_spin, self.height_spin = QSpinBox(self), QSpinBox(self)
        for side in (self.width_spin, self.height_spin):
            side.setRange(200, MAX_SIZE)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×", self))
        size_row.addWidget(self.height_spin)
        size_row.addStretch(1)
        self.size_row = size_row
        self.path_edit = QLineEdit(self)
        self.path_edit.setMinimumWidth(380)
        self.browse_button = QPushButton(self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #D55E00;")
        self.error_label.hide()

        self.form = QFormLayout()
        self.rows: dict[str, int] = {}
        self.labels = {key: QLabel(self) for key in ("view", "param", "range", "epochs", "frames", "fps")}
        self.labels.update({key: QLabel(self) for key in ("format", "size", "file")})
        for key, field in (
            ("view", self.view_combo),
            ("param", self.param_combo),
            ("range", range_row),
            ("epochs", self.epochs_spin),
            ("frames", self.frames_spin),
            ("fps", self.fps_spin),
            ("", self.bounce_check),
            ("format", self.format_combo),
            ("size", size_row),
            ("file", path_row),
        ):
            self.rows[key] = self.form.rowCount()
            self.form.addRow(self.labels[key] if key else QLabel(self), field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(view)))
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        self.param_combo.currentIndexChanged.connect(self._param_changed)
        self.format_combo.currentIndexChanged.connect(self._update_path)
        self.browse_button.clicked.connect(self.browse)
        self.retranslate_ui()
        self._view_changed()
        if param:
            self.param_combo.setCurrentIndex(max(0, self.param_combo.findData(param)))

    # -- texts ----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Record animation"))
        titles = view_titles()
        for index in range(self.view_combo.count()):
            name = self.view_combo.itemData(index)
            title = titles.get(name, name)
            if name == "playground":
                title = self.tr("Playground: training")
            self.view_combo.setItemText(index, title)
        texts = {
            "view": self.tr("&View:"),
            "param": self.tr("&Parameter:"),
            "range": self.tr("&From:"),
            "epochs": self.tr("&Epochs:"),
            "frames": self.tr("F&rames:"),
            "fps": self.tr("Frames per &second:"),
            "format": self.tr("F&ormat:"),
            "size": self.tr("Si&ze:"),
            "file": self.tr("F&ile:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.to_label.setText(self.tr("to"))
        self.bounce_check.setText(self.tr("&Bounce: play forward, then back"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.record_button.setText(self.tr("&Record"))
        mp4 = self.format_combo.model().item(ANIMATION_FORMATS.index("mp4"))  # type: ignore[attr-defined]
        if not video_available():
            mp4.setEnabled(False)
            mp4.setToolTip(self.tr('MP4 needs PyAV: pip install "actgui[video]"'))

    # -- choices --------------------------------------------------------------

    @property
    def view(self) -> str:
        """The view to animate (``"playground"``: training)."""
        return str(self.view_combo.currentData())

    @property
    def fmt(self) -> str:
        """The file format."""
        return str(self.format_combo.currentData())

    @property
    def shown_activation(self) -> str:
        """The activation the chosen view shows (the depth lab has its own)."""
        return activation_of(self.session, self.view)

    def targets(self) -> dict[str, SweepTarget]:
        """What the chosen view can sweep, by name."""
        view = self.view
        return sweep_targets(view, activation_of(self.session, view), self.session.explorer.x_range)

    def _view_changed(self) -> None:
        training = self.view == "playground"
        current = self.param_combo.currentData()
        self.param_combo.blockSignals(True)
        self.param_combo.clear()
        for name in self.targets():
            self.param_combo.addItem(name, name)
        self.param_combo.setCurrentIndex(max(0, self.param_combo.findData(current)))
        self.param_combo.blockSignals(False)
        for key in ("param", "range", "epochs"):
            self.form.setRowVisible(self.rows[key], training if key == "epochs" else not training)
        size = animation.TRAINING_SIZE if training else DEFAULT_SIZES.get(self.view, (800, 600))
        self.width_spin.setValue(size[0])
        self.height_spin.setValue(size[1])
        self.record_button.setEnabled(training or self.param_combo.count() > 0)
        self._param_changed()

    def _param_changed(self) -> None:
        target = self.targets().get(str(self.param_combo.currentData()))
        if target is not None:
            start, stop = target.proposed_range
            for spin, value in ((self.start_spin, start), (self.stop_spin, stop)):
                spin.setRange(target.low, target.high)
                spin.setSingleStep(abs(stop - start) / 20 or 0.1)
                spin.setValue(value)
        self._update_path()

    def _update_path(self) -> None:
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else Path(saved_options().folder)
        what = "training" if self.view == "playground" else str(self.param_combo.currentData() or "sweep")
        name = f"actgui-{self.shown_activation}-{what}.{self.fmt}"
        self.path_edit.setText(str(folder / name))

    def browse(self) -> None:
        """Choose the file with the system's save dialog."""
        filters = self.tr("Animations (*.gif *.apng *.webp *.mp4)")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Record animation"), self.path_edit.text(), filters
        )
        if path:
            self.path_edit.setText(path if Path(path).suffix else f"{path}.{self.fmt}")

    # -- recording ------------------------------------------------------------

    def _sweep_error_text(self, exc: SweepError) -> str:
        """A refused sweep in the interface language (by its code; the English message otherwise)."""
        values = {key: str(value) for key, value in exc.details.items()}
        if exc.code == "sweep_equal_ends":
            return self.tr("{name} starts and ends at {value}: nothing would move").format(**values)
        if exc.code == "sweep_range":
            return self.tr("{name} must stay within {low} to {high}, got {value}").format(**values)
        if exc.code == "sweep_refused" and exc.refusal is not None:
            reason = translate_refusal(exc.refusal)
            return self.tr("at {name} = {value}: {reason}").format(reason=reason, **values)
        return str(exc)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _progress(self, done: int, total: int) -> bool:
        assert self.progress is not None
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.frame_recorded.emit(done, total)
        QApplication.processEvents()
        return not self.progress.wasCanceled()

    def record(self) -> None:
        """Record, write the file atomically and open the preview; a cancel writes nothing."""
        self._show_error("")
        path = Path(self.path_edit.text().strip()).expanduser()
        copy = Session.from_settings(self.session.settings())
        size = (self.width_spin.value(), self.height_spin.value())
        theme = self.session.view.theme
        frames, fps, bounce = self.frames_spin.value(), self.fps_spin.value(), self.bounce_check.isChecked()
        try:
            animation.animation_format_of(path)
            check_target(path)
            sweep = None
            if self.view != "playground":
                name, start, stop = (
                    str(self.param_combo.currentData()),
                    self.start_spin.value(),
                    self.stop_spin.value(),
                )
                sweep = plan_sweep(copy, self.view, name, start, stop, frames, fps, bounce)
        except SweepError as exc:
            self._show_error(self._sweep_error_text(exc))
            return
        except ExportError as exc:
            self._show_error(export_error_text(exc))
            return
        self.progress = QProgressDialog(self.tr("Recording…"), self.tr("Cancel"), 0, frames, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        try:
            if sweep is not None:
                request = ExportRequest(
                    view=self.view, activation=activation_of(copy, self.view), size=size, theme=theme
                )
                data = animation.record_sweep(request, sweep, self.fmt, copy, self._progress)
            else:
                epochs = self.epochs_spin.value()
                data = animation.record_training(
                    copy.playground, epochs, self.fmt, frames, fps, bounce, size, theme, 1, self._progress
                )
            self.written = animation.write_recording(path, data)
        except animation.Cancelled:
            self._show_error(self.tr("Cancelled: nothing was written."))
            return
        except ExportError as exc:
            self._show_error(export_error_text(exc))
            return
        finally:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.accept()
        self.show_preview()

    def show_preview(self) -> None:
        """Open the file just written in a preview that plays it."""
        from actgui.export.preview import PreviewDialog

        if self.written is not None:
            preview = PreviewDialog(self.written, self.main_window)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            preview.show()

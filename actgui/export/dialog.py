"""File > Export: choose a view, PNG or SVG, a scale, a theme, a size and a file.

The dialog proposes a descriptive file name in the folder used last, keeps
the name in step with the choices until the user types one, and writes the
file atomically. A failed export shows the reason and keeps the dialog open;
nothing on disk is harmed.

At the view's on-screen size the live view is rendered (exactly what is on
screen, in the export theme); at another size the view is rebuilt offscreen
from the current state, as ``actgui export`` does, so the window never jumps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from actgui.export.clipboard import current_view
from actgui.export.headless import (
    CHROME,
    MAX_SIZE,
    MIN_SIZE,
    ExportRequest,
    copy_state,
    export_targets,
    render_request,
)
from actgui.export.naming import default_file_name
from actgui.export.options import VIEW_ORDER, ExportOptions, save_options, saved_options, view_titles
from actgui.export.render import FORMATS, SCALES, format_of, render_bytes
from actgui.files.atomic import ExportError, check_target, write_atomic
from actgui.ui.file_errors import export_error_text
from actgui.ui.i18n.retranslate import Retranslating


def _has_chrome(target: QWidget) -> bool:
    # A panel with interactive parts is redrawn offscreen without them.
    return any(isinstance(getattr(target, name, None), QWidget) for name in CHROME)


class ExportDialog(Retranslating, QDialog):
    """Export one view of the main window as PNG or SVG.

    Parameters
    ----------
    window
        The main window: its ``state`` names the activation and its
        ``export_targets()`` the views.
    view
        The view selected at first (default: the one the user looks at).
    """

    def __init__(self, window: QWidget, view: str | None = None) -> None:
        super().__init__(window)
        self.main_window = window
        self.state = window.state  # type: ignore[attr-defined]
        self.targets = export_targets(window)
        self.options = saved_options()
        self._name_edited = False
        self._confirmed_path: Path | None = None  # replacing it was agreed in the file dialog
        self.exported_path: Path | None = None

        self.view_combo = QComboBox(self)
        for name in VIEW_ORDER:
            if name in self.targets:
                self.view_combo.addItem("", name)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem("PNG", "png")
        self.format_combo.addItem("SVG", "svg")
        self.scale_combo = QComboBox(self)
        for scale in SCALES:
            self.scale_combo.addItem(f"{scale}×", scale)
        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem("", "light")
        self.theme_combo.addItem("", "dark")
        self.width_spin = QSpinBox(self)
        self.height_spin = QSpinBox(self)
        for spin in (self.width_spin, self.height_spin):
            spin.setRange(MIN_SIZE, MAX_SIZE)
            spin.setAccelerated(True)
        self.times_label = QLabel("×", self)
        self.current_size_button = QPushButton(self)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(self.times_label)
        size_row.addWidget(self.height_spin)
        size_row.addWidget(self.current_size_button)
        size_row.addStretch(1)
        self.pixels_label = QLabel(self)
        self.pixels_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_edit = QLineEdit(self)
        self.path_edit.setMinimumWidth(380)
        self.browse_button = QPushButton(self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.view_label, self.format_label, self.scale_label = QLabel(self), QLabel(self), QLabel(self)
        self.theme_label, self.size_label, self.file_label = QLabel(self), QLabel(self), QLabel(self)
        self.form.addRow(self.view_label, self.view_combo)
        self.form.addRow(self.format_label, self.format_combo)
        self.form.addRow(self.scale_label, self.scale_combo)
        self.form.addRow(self.theme_label, self.theme_combo)
        self.form.addRow(self.size_label, size_row)
        self.form.addRow("", self.pixels_label)
        self.form.addRow(self.file_label, path_row)
        for label, field in (
            (self.view_label, self.view_combo),
            (self.format_label, self.format_combo),
            (self.scale_label, self.scale_combo),
            (self.theme_label, self.theme_combo),
            (self.size_label, self.width_spin),
            (self.file_label, self.path_edit),
        ):
            label.setBuddy(field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

        self._select(self.format_combo, self.options.fmt)
        self._select(self.scale_combo, self.options.scale)
        self._select(self.theme_combo, self.options.theme)
        self._select(self.view_combo, view or current_view(window))
        self.use_current_size()

        self.view_combo.currentIndexChanged.connect(self._view_changed)
        self.format_combo.currentIndexChanged.connect(self._choices_changed)
        self.scale_combo.currentIndexChanged.connect(self._choices_changed)
        self.width_spin.valueChanged.connect(self._update_pixels)
        self.height_spin.valueChanged.connect(self._update_pixels)
        self.current_size_button.clicked.connect(self.use_current_size)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textEdited.connect(self._path_edited)
        self.retranslate_ui()
        self._choices_changed()

    # -- texts ----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Export figure"))
        titles = view_titles()
        for index in range(self.view_combo.count()):
            self.view_combo.setItemText(index, titles[self.view_combo.itemData(index)])
        self.theme_combo.setItemText(0, self.tr("Light (print)"))
        self.theme_combo.setItemText(1, self.tr("Dark"))
        self.view_label.setText(self.tr("&View:"))
        self.format_label.setText(self.tr("&Format:"))
        self.scale_label.setText(self.tr("S&cale:"))
        self.theme_label.setText(self.tr("&Theme:"))
        self.size_label.setText(self.tr("Si&ze:"))
        self.file_label.setText(self.tr("F&ile:"))
        self.current_size_button.setText(self.tr("As on screen"))
        self.current_size_button.setToolTip(self.tr("The size the view has in the window now"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.scale_combo.setToolTip(
            self.tr("2× or 3× draws every line and letter at that resolution: sharp on a projector")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export"))
        self._update_pixels()

    # -- choices --------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    @property
    def view(self) -> str:
        """The chosen view."""
        return str(self.view_combo.currentData())

    @property
    def fmt(self) -> str:
        """The chosen format: ``"png"`` or ``"svg"``."""
        return str(self.format_combo.currentData())

    @property
    def scale(self) -> int:
        """The chosen PNG scale."""
        return int(self.scale_combo.currentData())

    @property
    def theme(self) -> str:
        """The chosen theme."""
        return str(self.theme_combo.currentData())

    @property
    def figure_size(self) -> tuple[int, int]:
        """The chosen logical size (width, height)."""
        return self.width_spin.value(), self.height_spin.value()

    def target_size(self) -> QSize:
        """The chosen view's size in the window now."""
        return self.targets[self.view].size()

    def use_current_size(self) -> None:
        """Set the size fields to the view's size on screen."""
        size = self.target_size()
        self.width_spin.setValue(max(MIN_SIZE, min(MAX_SIZE, size.width())))
        self.height_spin.setValue(max(MIN_SIZE, min(MAX_SIZE, size.height())))

    def _view_changed(self) -> None:
        self.use_current_size()
        self._choices_changed()

    def _choices_changed(self) -> None:
        self.scale_combo.setEnabled(self.fmt == "png")
        if self._name_edited:
            # Keep the user's name, but make its extension match the format.
            path = Path(self.path_edit.text().strip())
            if path.name and path.suffix.lower().lstrip(".") != self.fmt:
                self.path_edit.setText(str(path.with_suffix(f".{self.fmt}")))
        else:
            self.path_edit.setText(str(Path(self.options.folder) / self.default_name()))
        self._update_pixels()

    def _update_pixels(self) -> None:
        width, height = self.figure_size
        if self.fmt == "png":
            text = self.tr("{w} × {h} pixels").format(w=width * self.scale, h=height * self.scale)
        else:
            text = self.tr("Vector graphics, {w} × {h} at 96 dpi").format(w=width, h=height)
        if not self.is_live():
            text += " · " + self.tr("redrawn at this size")
        self.pixels_label.setText(text)

    def _path_edited(self, text: str) -> None:
        self._name_edited = bool(text.strip())
        suffix = Path(text.strip()).suffix.lower().lstrip(".")
        if suffix in FORMATS and suffix != self.fmt:
            self.format_combo.blockSignals(True)
            self._select(self.format_combo, suffix)
            self.format_combo.blockSignals(False)
            self.scale_combo.setEnabled(suffix == "png")
            self._update_pixels()

    def default_name(self) -> str:
        """The proposed file name for the current choices."""
        view = self.view
        activation = self.state.activation_id
        if view == "softmax" and not self.state.activation.is_vector:
            activation = "softmax"
        pins = [(p.activation_id, p.param_dict) for p in self.state.pins]
        naming_view = view if view not in ("playground", "depth") else "window"
        name = default_file_name(
            naming_view,
            activation,
            self.state.params_of(activation),
            self.fmt,
            self.scale,
            pins if view == "compare" else (),
        )
        return name.replace("_window", f"_{view}") if view in ("playground", "depth") else name

    def browse(self) -> None:
        """Choose the file with the system's save dialog."""
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG vector image (*.svg)")}
        current = self.path_edit.text().strip() or str(Path(self.options.folder) / self.default_name())
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export figure"), current, ";;".join(filters.values()), filters[self.fmt]
        )
        if not path:
            return
        if not Path(path).suffix:
            fmt = next((key for key, text in filters.items() if text == chosen), self.fmt)
            path += f".{fmt}"
        self.path_edit.setText(path)
        self._path_edited(path)
        self._confirmed_path = Path(path)

    # -- export ---------------------------------------------------------------

    def is_live(self) -> bool:
        """Whether the view is rendered as it is on screen (else redrawn offscreen).

        Live needs the view visible at the chosen size and without interactive
        parts to leave out; otherwise a copy is laid out offscreen.
        """
        target = self.targets[self.view]
        return target.isVisible() and QSize(*self.figure_size) == target.size() and not _has_chrome(target)

    def render_figure(self) -> bytes:
        """Render the chosen view with the chosen options (PNG or SVG bytes)."""
        target = self.targets[self.view]
        width, height = self.figure_size
        if self.is_live():
            return render_bytes(target, self.fmt, self.scale, self.theme)
        activation = self.state.activation_id
        request = ExportRequest(
            view=self.view,
            activation=activation,
            params=self.state.params_of(activation),
            pins=self.state.pins,
            x_range=self.state.x_range,
            size=(width, height),
            scale=self.scale,
            theme=self.theme,
        )
        session = self.main_window.session  # type: ignore[attr-defined]
        return render_request(request, self.fmt, session=copy_state(session, self.theme))

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace file?"),
            self.tr("{name} already exists. Replace it?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> None:
        """Write the file; on failure explain why and keep the dialog open."""
        text = self.path_edit.text().strip()
        try:
            if not text:
                raise ExportError(self.tr("Choose a file name first."))
            path = Path(text).expanduser()
            if not path.suffix:
                path = path.with_suffix(f".{self.fmt}")
            if format_of(path) != self.fmt:
                path = path.with_suffix(f".{self.fmt}")
            check_target(path)
            if path.exists() and path != self._confirmed_path and not self._confirm_replace(path):
                return
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                written = write_atomic(path, self.render_figure())
            finally:
                QApplication.restoreOverrideCursor()
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), export_error_text(exc))
            return
        self.exported_path = written
        save_options(ExportOptions(str(written.parent), self.fmt, self.scale, self.theme))
        self.accept()

"""Save and load the layer as JSON, export it as CSV: buttons with file dialogs."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from actgui.files import layer_file
from actgui.state.layer import LayerState
from actgui.ui.file_errors import layer_error_text, os_error_text
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.persistence import read_text, write_text

LAST_FOLDER_KEY = "forward/last_folder"


class FileActions(Retranslating, QWidget):
    """Save…, Load… and Export CSV… buttons for a :class:`LayerState`.

    The work is done by :meth:`save_to`, :meth:`load_from` and
    :meth:`export_csv_to`, which the buttons call after a file dialog.

    Signals
    -------
    message(str, bool)
        What happened, and whether it is an error (the panel shows it).
    """

    message = Signal(str, bool)

    def __init__(self, state: LayerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.save_button = QPushButton()
        self.load_button = QPushButton()
        self.csv_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.save_button, self.load_button, self.csv_button):
            layout.addWidget(button)
        self.save_button.clicked.connect(self.choose_save)
        self.load_button.clicked.connect(self.choose_load)
        self.csv_button.clicked.connect(self.choose_csv)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save x, W, b and the activation as a JSON file"))
        self.load_button.setText(self.tr("Load…"))
        self.load_button.setToolTip(
            self.tr("Load a layer saved as JSON (it is checked before anything changes)")
        )
        self.csv_button.setText(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("Write x, W, b, h and y as one CSV table for a spreadsheet"))

    # -- the work -------------------------------------------------------------------

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        """Save the layer to ``path``; report the outcome through :attr:`message`."""
        try:
            layer_file.save_layer(path, layer_file.LayerData.from_state(self.state))
        except (OSError, ValueError) as exc:  # ValueError: a path the OS cannot take (NUL byte)
            self.message.emit(
                self.tr("Could not save {name}: {reason}").format(
                    name=Path(path).name, reason=self._write_error(exc)
                ),
                True,
            )
            return False
        self.message.emit(self.tr("Saved {name}.").format(name=Path(path).name), False)
        return True

    def load_from(self, path: str | os.PathLike[str]) -> bool:
        """Load a layer from ``path``; a refused file changes nothing and says why."""
        try:
            data = layer_file.load_layer(path)
            data.apply_to(self.state)
        except ValueError as exc:
            self.message.emit(
                self.tr("Could not load {name}: {reason}. Nothing was changed.").format(
                    name=Path(path).name, reason=layer_error_text(exc)
                ),
                True,
            )
            return False
        self.message.emit(self.tr("Loaded {name}.").format(name=Path(path).name), False)
        return True

    def export_csv_to(self, path: str | os.PathLike[str]) -> bool:
        """Export the forward pass as CSV to ``path``."""
        try:
            layer_file.export_csv(path, self.state.forward)
        except (OSError, ValueError) as exc:
            self.message.emit(
                self.tr("Could not export {name}: {reason}").format(
                    name=Path(path).name, reason=self._write_error(exc)
                ),
                True,
            )
            return False
        self.message.emit(self.tr("Exported {name}.").format(name=Path(path).name), False)
        return True

    def _write_error(self, exc: OSError | ValueError) -> str:
        """Why a file could not be written, in the interface language."""
        if isinstance(exc, OSError):
            return os_error_text(exc.errno, exc.strerror or str(exc))
        return self.tr("the file name is not valid")

    # -- dialogs ------------------------------------------------------------------------

    def _folder(self) -> str:
        folder = read_text(LAST_FOLDER_KEY)
        return folder if folder and os.path.isdir(folder) else str(Path.home())

    def _remember(self, path: str) -> None:
        write_text(LAST_FOLDER_KEY, str(Path(path).parent))

    def choose_save(self) -> None:
        """Ask for a file name and save."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the layer"),
            os.path.join(self._folder(), "layer.json"),
            self.tr("Layer files (*.json)"),
        )
        if path:
            self._remember(path)
            self.save_to(path)

    def choose_load(self) -> None:
        """Ask for a file and load it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a layer"), self._folder(), self.tr("Layer files (*.json);;All files (*)")
        )
        if path:
            self._remember(path)
            self.load_from(path)

    def choose_csv(self) -> None:
        """Ask for a file name and export CSV."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as CSV"),
            os.path.join(self._folder(), "forward_pass.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self._remember(path)
            self.export_csv_to(path)

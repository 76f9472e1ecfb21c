"""The About dialog: version, the versions of the libraries, and their licences."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from actgui import __version__
from actgui.ui.i18n.retranslate import Retranslating


def component_versions() -> dict[str, str]:
    """Return the versions of actgui and of what it runs on, for display and bug reports."""
    import numpy
    import pyqtgraph
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "actgui": __version__,
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "pyqtgraph": pyqtgraph.__version__,
        "NumPy": numpy.__version__,
        "Python": platform.python_version(),
    }


def licence_texts() -> dict[str, str]:
    """Return the shipped licence texts by component, or {} if they are not available."""
    try:
        from actgui.files.resources import license_texts
    except ImportError:
        return {}
    try:
        return license_texts()
    except (OSError, ValueError, KeyError, TypeError):  # TypeError: an index of the wrong shape
        return {}


class AboutDialog(Retranslating, QDialog):
    """About actgui: what it is, the versions in use, and every licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = component_versions()
        self.licences = licence_texts()
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setOpenExternalLinks(True)
        self.versions_label = QLabel(self)
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence_caption = QLabel(self)
        self.licence_list = QListWidget(self)
        self.licence_list.addItems(list(self.licences))
        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.licence_list)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([180, 460])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.versions_label)
        layout.addWidget(self.licence_caption)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.licence_list.currentTextChanged.connect(self._show_licence)
        self.resize(680, 520)
        self.retranslate_ui()
        if self.licences:
            self.licence_list.setCurrentRow(0)
        else:
            splitter.hide()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("About actgui"))
        self.heading.setText(
            "<h2>actgui {version}</h2><p>{text}</p>".format(
                version=__version__,
                text=self.tr("See and teach how neural-network activation functions work."),
            )
        )
        lines = [f"{name} {version}" for name, version in self.versions.items() if name != "actgui"]
        self.versions_label.setText(self.tr("Running on: {versions}").format(versions=", ".join(lines)))
        self.licence_caption.setText(
            self.tr("Licences of actgui and the components it ships:")
            if self.licences
            else self.tr("The licence texts are not installed.")
        )

    def _show_licence(self, name: str) -> None:
        self.licence_text.setPlainText(self.licences.get(name, ""))

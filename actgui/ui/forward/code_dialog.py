"""Show the code: the current forward pass as NumPy, TensorFlow 2, TF 1.x and PyTorch code."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from actgui.files.codegen import CODE_GENERATORS
from actgui.model import ForwardPass
from actgui.state.layer import LayerState
from actgui.ui.i18n.retranslate import Retranslating


class CodeDialog(Retranslating, QDialog):
    """A dialog with one tab per framework and a copy button; follows the layer while open."""

    def __init__(self, state: LayerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.resize(900, 640)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for key in CODE_GENERATORS:
            editor = QPlainTextEdit()
            editor.setReadOnly(True)
            editor.setFont(mono)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.tabs.addTab(editor, "")
            self.editors[key] = editor
        self.copy_button = QPushButton()
        self.copied = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy_current)
        self.tabs.currentChanged.connect(lambda _i: self.copied.clear())
        state.forward_changed.connect(self._on_forward)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("The forward pass as code"))
        self.intro.setText(
            self.tr(
                "The same layer with the numbers shown in the panel (W already multiplied by k). "
                "Run the NumPy code as it is: it prints the h and y the panel shows."
            )
        )
        titles = {
            "numpy": self.tr("NumPy"),
            "tf2": self.tr("TensorFlow 2"),
            "tf1": self.tr("TensorFlow 1.x (the seed's style)"),
            "torch": self.tr("PyTorch"),
            "keras": self.tr("Keras 3"),
        }
        for index, key in enumerate(self.editors):
            self.tabs.setTabText(index, titles[key])
        self.copy_button.setText(self.tr("Copy"))

    def current_key(self) -> str:
        """The framework of the visible tab."""
        return list(self.editors)[self.tabs.currentIndex()]

    def code(self, key: str) -> str:
        """The text of one tab."""
        return self.editors[key].toPlainText()

    def refresh(self) -> None:
        """Regenerate every tab from the current forward pass."""
        fp = self.state.forward
        for key, generate in CODE_GENERATORS.items():
            editor = self.editors[key]
            scroll = editor.verticalScrollBar().value()
            editor.setPlainText(generate(fp))
            editor.verticalScrollBar().setValue(scroll)
        self.copied.clear()

    def copy_current(self) -> None:
        """Copy the visible tab's code to the clipboard."""
        QGuiApplication.clipboard().setText(self.code(self.current_key()))
        self.copied.setText(self.tr("Copied to the clipboard."))

    def _on_forward(self, _fp: ForwardPass) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Show the layer as it is now."""
        self.refresh()
        super().showEvent(event)

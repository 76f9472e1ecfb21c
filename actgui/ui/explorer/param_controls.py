"""The explorer's parameter controls: the shared editor with sliders, and a reset button.

Each numeric parameter gets a slider and a spin box (range and step from its
:class:`~actgui.model.Param`), a choice parameter gets a combo box, and one
button restores the defaults. Nothing here is specific to an activation.

A value the model refuses (for example Hardtanh's ``min_val`` above
``max_val``) is shown in red with the model's reason, and the controls snap
back to the state's last good value (see :class:`~actgui.ui.widgets.param_editor.ParamEditor`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from actgui.state.explorer import ExplorerState
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.widgets.param_editor import ParamEditor
from actgui.ui.widgets.param_rows import ParamRow


class ParamControls(Retranslating, QWidget):
    """The parameters of the selected activation, bound to the state both ways."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.editor = ParamEditor(state, "column", sliders=True, parent=self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.reset_button = QPushButton(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.editor)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignRight)

        self.reset_button.clicked.connect(self._reset)
        state.activation_changed.connect(self._activation_changed)
        state.params_changed.connect(self.editor.refresh)
        self.retranslate_ui()
        self._activation_changed()

    @property
    def rows(self) -> dict[str, ParamRow]:
        """The rows of the selected activation's parameters, by name."""
        return self.editor.rows

    @property
    def error_text(self) -> str:
        """The message shown for the last refused value ('' if none)."""
        return self.editor.error_text

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.empty_label.setText(self.tr("This activation has no parameters."))
        self.reset_button.setText(self.tr("Reset to defaults"))
        self.reset_button.setToolTip(self.tr("Restore PyTorch's default values"))

    def _activation_changed(self, *_args: object) -> None:
        self.editor.refresh()
        has_params = bool(self.editor.rows)
        self.editor.setVisible(has_params)
        self.empty_label.setVisible(not has_params)
        self.reset_button.setEnabled(has_params)

    def _reset(self) -> None:
        self.state.reset_params()
        self.editor.clear_refusal()

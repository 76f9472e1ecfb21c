"""The forward-pass page: the seed's x (1x10) · W (10x5) + b -> sigmoid, seen, explained, editable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from actgui.state.layer import LayerState
from actgui.state.signals import disconnect_receivers
from actgui.state.view import ViewSettings
from actgui.ui.forward._format import format_number, parse_number
from actgui.ui.forward.activation_picker import ActivationPicker
from actgui.ui.forward.cell_editor import CellEditor
from actgui.ui.forward.code_dialog import CodeDialog
from actgui.ui.forward.diagram import ForwardDiagram, subscript
from actgui.ui.forward.explain import NeuronExplainer
from actgui.ui.forward.file_actions import FileActions
from actgui.ui.forward.layer_controls import LayerControls
from actgui.ui.forward.scale_slider import ScaleSlider
from actgui.ui.i18n import translate_refusal
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, Theme, get_theme

MESSAGE_SECONDS = 12


class ForwardPanel(Retranslating, QWidget):
    """The forward-pass page bound to a :class:`LayerState`.

    Parameters
    ----------
    layer_state
        The layer to show (it can follow the explorer's activation through
        the explorer state it was given).
    view
        The theme the page follows; the light theme if None.
    """

    def __init__(
        self,
        layer_state: LayerState,
        view: ViewSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = layer_state
        self.view = view
        self._theme = LIGHT

        self.heading = QLabel()
        self.activation = ActivationPicker(self.state)
        self.code_button = QPushButton()
        self.files = FileActions(self.state)
        self.controls = LayerControls(self.state)
        self.diagram = ForwardDiagram(self.state)
        self.explainer = NeuronExplainer(self.state)
        self.scale = ScaleSlider(self.state)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = CellEditor(self)
        self.code_dialog: CodeDialog | None = None
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_SECONDS * 1000)
        self._message_timer.timeout.connect(self.message.clear)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.activation)
        top.addStretch(1)
        top.addWidget(self.code_button)
        top.addWidget(self.files)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.diagram)
        self.splitter.addWidget(self.explainer)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 660])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.controls)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.scale)
        layout.addWidget(self.message)

        self.diagram.neuron_clicked.connect(self.state.set_selected)
        self.diagram.edit_requested.connect(self.edit_cell)
        self.code_button.clicked.connect(self.show_code)
        self.controls.message.connect(lambda text: self.show_message(text, error=True))
        self.files.message.connect(self.show_message)
        if view is not None:
            view.theme_changed.connect(self._on_app_theme)
            self._on_app_theme(view.theme)
        else:
            self.set_theme(LIGHT)
        self.destroyed.connect(self._detacher(view))
        self._apply_fonts()
        self.retranslate_ui()

    def _apply_fonts(self) -> None:
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

    def _detacher(self, view: ViewSettings | None) -> Callable[[], None]:
        """A clean-up for when the widget is destroyed: the states outlive it."""
        on_theme, state = self._on_app_theme, self.state

        def detach() -> None:
            if view is not None:
                view.theme_changed.disconnect(on_theme)
            # Only Python attributes are read here: the C++ widgets are being deleted.
            views = (self.activation, self.controls, self.diagram, self.explainer, self.scale)
            disconnect_receivers(state, (*views, self.code_dialog))

        return detach

    # -- text and theme ---------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("One dense layer: y = f(x W + b)"))
        self.code_button.setText(self.tr("Show the code…"))
        self.code_button.setToolTip(self.tr("This forward pass as NumPy, TensorFlow and PyTorch code"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch and the window's font size."""
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _on_app_theme(self, name: str) -> None:
        self.set_theme(get_theme(name))

    def set_theme(self, theme: Theme) -> None:
        """Use a theme's colours in the plots and messages."""
        self._theme = theme
        self.diagram.set_theme(theme)
        self.explainer.set_theme(theme)
        self.editor.set_error_colour(theme.error)

    # -- messages ---------------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        """Show a message under the page (refusals in the theme's error colour)."""
        colour = self._theme.error if error else self._theme.text
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self._message_timer.start()

    # -- editing -----------------------------------------------------------------------------

    def cell_value(self, kind: str, i: int, j: int) -> float:
        """The value a cell of x, W (scaled) or b shows."""
        fp = self.state.forward
        if kind == "x":
            return float(fp.x[0, i])
        if kind == "W":
            return float(fp.weights[i, j])
        return float(fp.bias[j])

    def cell_name(self, kind: str, i: int, j: int) -> str:
        """The cell's name, e.g. x₃, W₂,₄ or b₁."""
        if kind == "x":
            return f"x{subscript(i)}"
        if kind == "W":
            return f"W{subscript(i)},{subscript(j)}"
        return f"b{subscript(j)}"

    def apply_cell_text(self, kind: str, i: int, j: int, text: str) -> None:
        """Parse ``text`` and set the cell; ValueError (with a message for the user) if refused."""
        old = format_number(self.cell_value(kind, i, j), self.state.decimals)
        try:
            value = parse_number(text)
        except ValueError:
            raise ValueError(
                self.tr("“{text}” is not a number. {name} keeps its value {old}.").format(
                    text=text.strip(), name=self.cell_name(kind, i, j), old=old
                )
            ) from None
        try:
            if kind == "x":
                self.state.set_x_value(i, value)
            elif kind == "W":
                self.state.set_weight(i, j, value)
            else:
                self.state.set_bias_value(j, value)
        except ValueError as exc:
            raise ValueError(
                self.tr("Refused: {reason}. {name} keeps its value {old}.").format(
                    reason=translate_refusal(exc), name=self.cell_name(kind, i, j), old=old
                )
            ) from None

    def edit_cell(self, kind: str, i: int, j: int) -> None:
        """Open the in-place editor on a cell of x, W or b."""
        rect = self.diagram.cell_scene_rect(kind, i, j)
        view_point = self.diagram.mapFromScene(rect.bottomLeft())
        at = self.diagram.viewport().mapToGlobal(view_point) + QPoint(0, 2)
        value = self.cell_value(kind, i, j)
        title = self.tr("New value of {name} (Enter to apply, Esc to cancel):").format(
            name=self.cell_name(kind, i, j)
        )
        self.editor.open(title, repr(value), lambda text: self.apply_cell_text(kind, i, j, text), at)

    # -- code --------------------------------------------------------------------------------

    def show_code(self) -> CodeDialog:
        """Open (or raise) the Show-the-code dialog."""
        if self.code_dialog is None:
            self.code_dialog = CodeDialog(self.state, self)
        self.code_dialog.show()
        self.code_dialog.raise_()
        return self.code_dialog

"""The facts panel's "In PyTorch / Keras / TensorFlow" section: each framework's call, side by side.

One row per call of the selected activation (its ``conventions``): the
framework, the call as a user writes it, a mark where the current parameters
are not what that call computes, and a button that sets them to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from actgui.model.conventions import Convention
from actgui.state.explorer import ExplorerState
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.widgets.model_text import model_text

SAME, DIFFERS = "=", "≠"
"""The marks: the current parameters are (not) what the call computes."""


class ConventionRow:
    """The widgets of one call: framework, call, mark, set button, note."""

    def __init__(self, owner: QWidget, grid: QGridLayout, row: int, conv: Convention) -> None:
        self.conv = conv
        self.framework = QLabel(owner)
        self.framework.setEnabled(False)
        self.call = QLabel(conv.call, owner)
        self.call.setObjectName("code")  # code, the same in every language
        self.call.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.call.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call.setWordWrap(True)
        self.call.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mark = QLabel(owner)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_button = QToolButton(owner)
        self.set_button.setAutoRaise(True)
        self.note = QLabel(owner)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The framework's name above its first call; the call gets the whole width.
        grid.addWidget(self.framework, 3 * row, 0, 1, 3)
        grid.addWidget(self.call, 3 * row + 1, 0)
        grid.addWidget(self.mark, 3 * row + 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.set_button, 3 * row + 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 3 * row + 2, 0, 1, 3)

    def widgets(self) -> tuple[QWidget, ...]:
        """Every widget of the row."""
        return (self.framework, self.call, self.mark, self.set_button, self.note)


class ConventionsView(Retranslating, QWidget):
    """Each framework's call of the selected activation, marked where the parameters differ.

    Attributes
    ----------
    rows
        One :class:`ConventionRow` per call, in the order of ``conventions``.
    """

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[ConventionRow] = []
        self.caption = QLabel(self)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.empty = QLabel(self)
        self.empty.setEnabled(False)
        self.empty.setWordWrap(True)
        self._grid_box = QWidget(self)
        self._grid = QGridLayout(self._grid_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(1)
        self._grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.empty)
        layout.addWidget(self._grid_box)
        self._shown: str | None = None
        state.activation_changed.connect(self._rebuild)
        state.params_changed.connect(self._mark)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.caption.setText(self.tr("In PyTorch / Keras / TensorFlow"))
        self.empty.setText(self.tr("No framework has this activation."))
        if self._shown != self.state.activation_id:
            self._rebuild(self.state.activation_id)
        self._set_texts()
        self._mark()

    def _set_texts(self) -> None:
        """The rows' words in the current language (the calls are code and stay as they are)."""
        names = {
            "pytorch": self.tr("PyTorch"),
            "keras": self.tr("Keras"),
            "tensorflow": self.tr("TensorFlow"),
        }
        for row in self.rows:
            row.framework.setText(names[row.conv.framework])
            row.note.setText(model_text(row.conv.note))
            row.set_button.setText(self.tr("Set"))

    def _rebuild(self, _activation_id: str) -> None:
        act = self.state.activation
        if self._shown == act.id:
            self._mark()
            return
        self._shown = act.id
        for row in self.rows:
            for widget in row.widgets():
                self._grid.removeWidget(widget)
                widget.hide()
                widget.setParent(None)  # gone from the tree now, not at the next event loop
                widget.deleteLater()
        self.rows = []
        names = {
            "pytorch": self.tr("PyTorch"),
            "keras": self.tr("Keras"),
            "tensorflow": self.tr("TensorFlow"),
        }
        previous = ""
        for index, conv in enumerate(act.conventions):
            row = ConventionRow(self._grid_box, self._grid, index, conv)
            row.framework.setText(names[conv.framework])
            row.framework.setVisible(conv.framework != previous)
            previous = conv.framework
            row.note.setText(model_text(conv.note))
            row.note.setVisible(bool(conv.note))
            row.set_button.setText(self.tr("Set"))
            row.set_button.clicked.connect(lambda _checked=False, c=conv: self.apply(c))
            self.rows.append(row)
        self.empty.setVisible(not self.rows)
        self._mark()

    def apply(self, conv: Convention) -> None:
        """Set the selected activation's parameters to what ``conv`` computes."""
        act = self.state.activation
        values = conv.values(act.defaults())
        if values is not None:
            self.state.set_params(act.id, values)

    def _mark(self, *_args: object) -> None:
        act = self.state.activation
        current, defaults = self.state.params, act.defaults()
        for row in self.rows:
            conv = row.conv
            reproducible = conv.params is not None
            differs = conv.differs(current, defaults)
            row.mark.setText(DIFFERS if differs else SAME)
            font = row.mark.font()
            font.setBold(differs)
            row.mark.setFont(font)
            row.set_button.setVisible(reproducible)
            row.set_button.setEnabled(reproducible and differs)
            if not reproducible:
                row.mark.setToolTip(self.tr("No setting of the parameters here computes this call."))
            elif differs:
                wanted = conv.values(defaults) or {}
                shown = ", ".join(
                    f"{name} = {wanted[name]:g}"
                    if not isinstance(wanted[name], str)
                    else f"{name} = {wanted[name]}"
                    for name in act.param_names
                    if wanted[name] != current.get(name)
                )
                row.mark.setToolTip(self.tr("Differs: this call computes {values}").format(values=shown))
                row.set_button.setToolTip(self.tr("Set {values}").format(values=shown))
            else:
                row.mark.setToolTip(self.tr("The curve shown is what this call computes."))
                row.set_button.setToolTip(self.tr("The parameters already match this call."))

"""The plotted x range and the number of samples, bound to the state."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QWidget

from actgui.state.explorer import ExplorerState
from actgui.ui.i18n import translate_refusal
from actgui.ui.i18n.retranslate import Retranslating

TYPED_LIMIT = 1_000_000_000
"""What the boxes accept as typed; the state then refuses anything outside its limits."""


class RangeControls(Retranslating, QWidget):
    """Spin boxes for x min, x max and the sample count.

    A range the state refuses (min not below max) is shown in red and the
    spin boxes return to the state's range.
    """

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._error_colour = "#C0392B"
        self.x_min = self._make_x_box()
        self.x_max = self._make_x_box()
        self.samples = QSpinBox(self)
        # The boxes take more than the state allows, so that a typed 10^9 or 0
        # reaches the state and is refused with a message, instead of the box
        # silently swallowing the keystroke.
        self.samples.setRange(0, TYPED_LIMIT)
        self.samples.setSingleStep(100)
        self.samples.setKeyboardTracking(False)
        self.samples.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.x_min_label, self.x_max_label, self.samples_label = QLabel(self), QLabel(self), QLabel(self)

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.x_min_label, self.x_min)
        layout.addRow(self.x_max_label, self.x_max)
        layout.addRow(self.samples_label, self.samples)
        layout.addRow(self.error_label)

        self.x_min.valueChanged.connect(self._range_edited)
        self.x_max.valueChanged.connect(self._range_edited)
        self.samples.valueChanged.connect(self._samples_edited)
        state.x_range_changed.connect(self._show_range)
        state.samples_changed.connect(self._show_samples)
        self.retranslate_ui()
        self._show_range(*state.x_range)
        self._show_samples(state.samples)

    def _make_x_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(-TYPED_LIMIT, TYPED_LIMIT)
        box.setDecimals(2)
        box.setSingleStep(0.5)
        box.setKeyboardTracking(False)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        return box

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.x_min_label.setText(self.tr("x from"))
        self.x_max_label.setText(self.tr("x to"))
        self.samples_label.setText(self.tr("Samples"))
        self.samples.setToolTip(self.tr("Number of points at which f and f' are evaluated"))

    def set_theme(self, theme) -> None:
        """Use the theme's colour for refused input."""
        self._error_colour = theme.error
        self.error_label.setStyleSheet(f"color: {theme.error};")

    @property
    def error_text(self) -> str:
        """The message shown for the last refused input ('' if none)."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def _show_range(self, x_min: float, x_max: float) -> None:
        with QSignalBlocker(self.x_min), QSignalBlocker(self.x_max):
            self.x_min.setValue(x_min)
            self.x_max.setValue(x_max)

    def _show_samples(self, samples: int) -> None:
        with QSignalBlocker(self.samples):
            self.samples.setValue(samples)

    def _range_edited(self, _value: float) -> None:
        x_min, x_max = self.x_min.value(), self.x_max.value()
        try:
            self.state.set_x_range(x_min, x_max)
        except ValueError as exc:
            if x_min < x_max:  # outside the plottable range
                reason = translate_refusal(exc)
                self.error_label.setText(self.tr("Refused: {reason}").format(reason=reason))
            else:
                self.error_label.setText(self.tr("Refused: “x from” must be below “x to”."))
            self.error_label.setStyleSheet(f"color: {self._error_colour};")
            self.error_label.show()
            self._show_range(*self.state.x_range)
        else:
            self.error_label.hide()

    def _samples_edited(self, samples: int) -> None:
        try:
            self.state.set_samples(samples)
        except ValueError as exc:  # e.g. 0 or 10^9 samples
            self.error_label.setText(self.tr("Refused: {reason}").format(reason=translate_refusal(exc)))
            self.error_label.setStyleSheet(f"color: {self._error_colour};")
            self.error_label.show()
            self._show_samples(self.state.samples)
        else:
            self.error_label.hide()

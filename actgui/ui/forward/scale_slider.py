"""The weight-scale control: W is multiplied by k, from 0.1 to 100 on a log scale."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from actgui.state.layer import LayerState
from actgui.state.layer_values import SCALE_MAX, SCALE_MIN
from actgui.ui.i18n.retranslate import Retranslating

STEPS_PER_DECADE = 100


def scale_to_position(k: float) -> int:
    """The slider position of scale k (log10 spacing)."""
    return round((math.log10(k) - math.log10(SCALE_MIN)) * STEPS_PER_DECADE)


def position_to_scale(position: int) -> float:
    """The scale k at a slider position, rounded to 2 significant digits (k = 30, not 30.2)."""
    k = 10.0 ** (math.log10(SCALE_MIN) + position / STEPS_PER_DECADE)
    k = float(f"{k:.2g}")
    return min(max(k, SCALE_MIN), SCALE_MAX)


class ScaleSlider(Retranslating, QWidget):
    """A labelled logarithmic slider bound both ways to ``LayerState.scale``."""

    def __init__(self, state: LayerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.caption = QLabel()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, scale_to_position(SCALE_MAX))
        self.slider.setPageStep(STEPS_PER_DECADE // 4)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(STEPS_PER_DECADE)
        self.slider.setMinimumWidth(220)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(84)
        self.reset_button = QToolButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.slider, 2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.hint, 3)
        self.slider.valueChanged.connect(self._on_slider)
        self.reset_button.clicked.connect(lambda: self.state.set_scale(1.0))
        state.scale_changed.connect(self._on_scale)
        self.retranslate_ui()
        self._on_scale(state.scale)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.caption.setText(self.tr("Weight scale k:"))
        self.reset_button.setText(self.tr("k = 1"))
        self.reset_button.setToolTip(self.tr("Use the weights as they are (k = 1)"))
        self.slider.setToolTip(
            self.tr("The layer uses k·W. Drag right to make the weights larger (logarithmic, 0.1 to 100).")
        )
        self.hint.setText(
            self.tr(
                "Large weights push h far from 0: the sigmoid squashes y to 0 or 1 "
                "and its gradient f′(h) collapses."
            )
        )
        self._on_scale(self.state.scale)

    def _on_slider(self, position: int) -> None:
        self.state.set_scale(position_to_scale(position))

    def _on_scale(self, k: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(scale_to_position(k))
        self.value_label.setText(self.tr("k = {k}").format(k=f"{k:.3g}"))

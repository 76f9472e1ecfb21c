"""One number of the depth lab as a slider and a box, bound both ways to a state setter."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

STEPS = 400
"""Slider positions of a continuous range."""


class NumberControl(QWidget):
    """A slider beside a spin box for one value in [low, high].

    ``log`` spaces the slider's positions geometrically (widths, samples).
    An edit calls ``setter``; a refused value (``ValueError``) is put back
    by the owner's next :meth:`show_value`. Values shown come from the state
    with the widgets' signals blocked, so nothing echoes back.
    """

    def __init__(
        self,
        low: float,
        high: float,
        setter: Callable[[float], None],
        *,
        decimals: int = 2,
        log: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.log, self.setter = low, high, log, setter
        self.integer = decimals == 0
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, STEPS)
        self.box = QDoubleSpinBox(self)
        self.box.setRange(low, high)
        self.box.setDecimals(decimals)
        self.box.setSingleStep(1.0 if self.integer else 10.0 ** (-decimals) * 5)
        self.box.setKeyboardTracking(False)
        self.box.setStepType(QAbstractSpinBox.StepType.DefaultStepType)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.box)
        self.slider.valueChanged.connect(lambda position: self._edited(self._value_at(position)))
        self.box.valueChanged.connect(self._edited)

    def _value_at(self, position: int) -> float:
        t = position / STEPS
        value = self.low * (self.high / self.low) ** t if self.log else self.low + t * (self.high - self.low)
        return float(round(value)) if self.integer else value

    def _position_of(self, value: float) -> int:
        if self.log:
            t = math.log(value / self.low) / math.log(self.high / self.low)
        else:
            t = (value - self.low) / (self.high - self.low)
        return round(min(max(t, 0.0), 1.0) * STEPS)

    def _edited(self, value: float) -> None:
        try:
            self.setter(round(value) if self.integer else float(value))
        except ValueError:
            pass

    def show_value(self, value: float) -> None:
        """Show the state's value without calling the setter."""
        with QSignalBlocker(self.slider), QSignalBlocker(self.box):
            self.box.setValue(value)
            self.slider.setValue(self._position_of(value))

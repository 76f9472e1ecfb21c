"""The depth lab's three classroom experiments: buttons, and the explanation of the one shown."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from actgui.state.depth import PRESETS, DepthState
from actgui.ui.i18n.retranslate import Retranslating


class PresetPanel(Retranslating, QWidget):
    """A button per preset and the chosen preset's explanation (hidden once a setting changes)."""

    def __init__(self, state: DepthState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.buttons = {preset_id: QPushButton(self) for preset_id in PRESETS}
        self.caption = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        for preset_id, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, p=preset_id: state.apply_preset(p))
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text)
        state.preset_changed.connect(self._show_text)
        self.retranslate_ui()

    def titles(self) -> dict[str, str]:
        """Each preset's button text in the current language."""
        return {
            "sigmoid_xavier": self.tr("Sigmoid + Xavier, 50 layers"),
            "relu_he": self.tr("ReLU + He"),
            "tanh_edge": self.tr("tanh at the edge of chaos"),
        }

    def explanations(self) -> dict[str, str]:
        """Each preset's explanation in the current language."""
        return {
            "sigmoid_xavier": self.tr(
                "The gradient vanishes. σ′(x) is at most 1/4, so even with Xavier's σw = 1 every layer "
                "multiplies the gradient's mean square by χ ≈ 0.056. Over 50 layers the gradient reaching "
                "layer 0 has a standard deviation about 10⁻³¹·⁴ times the one at the top (the orange line): "
                "the first layers do not learn. Glorot & Bengio (2010) saw it in their histograms."
            ),
            "relu_he": self.tr(
                "Signal and gradient are held. ReLU lets half of a Gaussian through, so "
                "E[relu(h)²] = q/2 and E[relu′(h)²] = 1/2: He's σw = √2 gives χ = 1 at every layer and every "
                "variance. The theory "
                "lines are flat; one finite network still wanders by about √(2/width) per layer (the points)."
            ),
            "tanh_edge": self.tr(
                "The edge of chaos. With σb = 0.3, σw ≈ 1.396 puts χ = 1 at the variance's fixed point: the "
                "gradient neither vanishes nor explodes, however deep the network (Schoenholz et al. 2017). "
                "Drag the dot left into order (blue: gradients vanish) or right into chaos "
                "(red: they explode)."
            ),
        }

    def _show_text(self, preset_id: str = "") -> None:
        preset_id = preset_id or self.state.preset
        self.text.setText(self.explanations().get(preset_id, ""))
        self.text.setVisible(bool(preset_id))
        for pid, button in self.buttons.items():
            button.setDefault(pid == preset_id)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.caption.setText(self.tr("Experiments:"))
        for preset_id, title in self.titles().items():
            self.buttons[preset_id].setText(title)
        self._show_text()

"""The preset lessons: one click sets up an experiment and explains what to look at."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from actgui.state.playground import LESSONS, PlaygroundState
from actgui.ui.i18n.retranslate import Retranslating


class LessonPanel(Retranslating, QWidget):
    """A row of lesson buttons and, when a lesson is on, its explanation and remedy."""

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.heading = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading)
        for lesson_id in LESSONS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, i=lesson_id: self.start(i))
            self.buttons[lesson_id] = button
            row.addWidget(button)
        row.addStretch(1)

        self.frame = QFrame(self)
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setObjectName("LessonFrame")
        self.title = QLabel(self.frame)
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.text = QLabel(self.frame)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.remedy_button = QPushButton(self.frame)
        self.remedy_button.clicked.connect(self.remedy)
        self.close_button = QPushButton(self.frame)
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(lambda: self.frame.hide())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.remedy_button)
        top.addWidget(self.close_button)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(10, 6, 10, 8)
        inner.addLayout(top)
        inner.addWidget(self.text)
        self.frame.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.frame)
        state.lesson_changed.connect(self._show_lesson)
        self.retranslate_ui()

    def start(self, lesson_id: str) -> None:
        """Set up a lesson and start training."""
        self.state.apply_lesson(lesson_id)
        self.remedy_button.setEnabled(True)
        self.buttons[lesson_id].setChecked(True)
        self.state.set_running(True)

    def remedy(self) -> None:
        """Apply the shown lesson's remedy and start training."""
        self.state.apply_remedy()
        self.remedy_button.setEnabled(False)  # applied; the lesson button starts over
        self.state.set_running(True)

    def _texts(self) -> dict[str, tuple[str, str, str]]:
        """Title, explanation and remedy button text of each lesson."""
        return {
            "linear_xor": (
                self.tr("Linear activation cannot solve XOR"),
                self.tr(
                    "With the linear activation f(z) = z every layer computes x·W + b, and a stack of "
                    "such layers is again one x·W + b. However many layers and neurons, the network "
                    "draws <b>one straight line</b>, and no straight line separates XOR's four quadrants: "
                    "accuracy stays near 50 %. The thumbnails show it too: every neuron is a plain ramp. "
                    "Try the remedy: tanh bends the boundary and solves XOR in a few dozen epochs."
                ),
                self.tr("Try tanh"),
            ),
            "sigmoid_saturation": (
                self.tr("Sigmoid saturates with large initial weights"),
                self.tr(
                    "The weights start 50× larger than Xavier's, so |z| is large for almost every point "
                    "and the sigmoid sits on its flat tails, where σ′(z) ≈ 0 (and σ′ ≤ 0.25 even at its "
                    "best). The thumbnails are hard 0/1 steps. Backpropagation multiplies by σ′ at every "
                    "layer, so the gradient a typical point sends back <b>vanishes before it reaches the "
                    "first layer</b> (log scale, right); neurons saturated on every point count as dead. "
                    "Plain gradient descent barely moves. Remedy: tanh with Xavier initial weights."
                )
                + " "
                + self.tr(
                    "(Sigmoid at Xavier's scale, × 1, is stuck too: σ′ ≤ 0.25 shrinks the gradient "
                    "at least 4× per layer. Try × 4, the scale Glorot recommends for sigmoid.)"
                ),
                self.tr("Try tanh with Xavier weights"),
            ),
            "dead_relu": (
                self.tr("Dead ReLUs"),
                self.tr(
                    "ReLU passes no gradient where z &lt; 0. The learning rate 3 is far too large: a few big "
                    "steps push some neurons' z below 0 for <b>every</b> point, and with a gradient of "
                    "exactly 0 they can never come back (red frames; the count is under the gradient "
                    "plot). Remedy: Leaky ReLU keeps a slope of 0.01 for z &lt; 0, so no neuron can die. "
                    "A smaller learning rate helps too."
                ),
                self.tr("Try Leaky ReLU"),
            ),
        }

    def _show_lesson(self, lesson_id: str) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == lesson_id)
        if not lesson_id:
            self.frame.hide()
            return
        title, text, remedy = self._texts()[lesson_id]
        self.title.setText(title)
        self.text.setText(text)
        self.remedy_button.setText(remedy)
        self.frame.show()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Lessons:"))
        texts = self._texts()
        for lesson_id, button in self.buttons.items():
            button.setText(texts[lesson_id][0])
        self.close_button.setText(self.tr("Hide"))
        self.close_button.setToolTip(self.tr("Hide the explanation"))
        if self.state.lesson:
            self._show_lesson(self.state.lesson)

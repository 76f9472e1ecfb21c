"""Which toy dataset, how many points, how noisy, which seed, how much held out."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from actgui.model.datasets import DATASET_KINDS, MAX_NOISE, MAX_POINTS, MAX_TEST_FRACTION, MIN_POINTS
from actgui.state.playground import PlaygroundState
from actgui.ui.i18n.retranslate import Retranslating


class DatasetControls(Retranslating, QWidget):
    """The dataset settings, bound both ways to the playground state."""

    show_test_toggled = Signal(bool)

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.kind = QComboBox(self)
        for kind in DATASET_KINDS:
            self.kind.addItem("", kind)
        self.points = QSpinBox(self)
        self.points.setRange(MIN_POINTS, MAX_POINTS)
        self.points.setSingleStep(50)
        self.noise = QDoubleSpinBox(self)
        self.noise.setRange(0.0, MAX_NOISE)
        self.noise.setSingleStep(0.05)
        self.noise.setDecimals(2)
        self.test_fraction = QSpinBox(self)
        self.test_fraction.setRange(0, int(MAX_TEST_FRACTION * 100))
        self.test_fraction.setSingleStep(10)
        self.test_fraction.setSuffix(" %")
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.regenerate = QPushButton(self)
        self.show_test = QCheckBox(self)
        self.show_test.setChecked(True)
        for box in (self.points, self.noise, self.test_fraction, self.seed):
            box.setKeyboardTracking(False)

        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.regenerate)
        self.labels = [QLabel(self) for _ in range(5)]
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fields: tuple[QWidget, ...] = (self.kind, self.points, self.noise, self.test_fraction)
        for label, field in zip(self.labels[:4], fields, strict=True):
            layout.addRow(label, field)
        layout.addRow(self.labels[4], seed_row)
        layout.addRow(self.show_test)

        self.kind.currentIndexChanged.connect(lambda _i: self._edit(kind=self.kind.currentData()))
        self.points.valueChanged.connect(lambda v: self._edit(n_points=int(v)))
        self.noise.valueChanged.connect(lambda v: self._edit(noise=round(float(v), 4)))
        self.test_fraction.valueChanged.connect(lambda v: self._edit(test_fraction=v / 100.0))
        self.seed.valueChanged.connect(lambda v: self._edit(seed=int(v)))
        self.regenerate.clicked.connect(state.regenerate)
        self.show_test.toggled.connect(self.show_test_toggled)
        state.data_changed.connect(self.sync)
        self.retranslate_ui()
        self.sync()

    def _edit(self, **changes: object) -> None:
        self.state.set_data(**changes)

    def sync(self) -> None:
        """Show the state's settings (without echoing them back)."""
        s = self.state.data_settings
        values = (
            (self.kind, lambda: self.kind.setCurrentIndex(self.kind.findData(s.kind))),
            (self.points, lambda: self.points.setValue(s.n_points)),
            (self.noise, lambda: self.noise.setValue(s.noise)),
            (self.test_fraction, lambda: self.test_fraction.setValue(round(s.test_fraction * 100))),
            (self.seed, lambda: self.seed.setValue(s.seed)),
        )
        for widget, apply in values:
            with QSignalBlocker(widget):
                apply()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        names = {
            "blobs": self.tr("Two blobs (linearly separable)"),
            "xor": self.tr("XOR (four quadrants)"),
            "circle": self.tr("Circle inside a ring"),
            "moons": self.tr("Two moons"),
            "spiral": self.tr("Two spirals"),
        }
        for i in range(self.kind.count()):
            self.kind.setItemText(i, names[self.kind.itemData(i)])
        for label, text in zip(
            self.labels,
            (self.tr("Data"), self.tr("Points"), self.tr("Noise"), self.tr("Test share"), self.tr("Seed")),
            strict=True,
        ):
            label.setText(text)
        self.noise.setToolTip(self.tr("Standard deviation of the Gaussian noise added to each point"))
        self.test_fraction.setToolTip(self.tr("Points held out to measure how well the network generalises"))
        self.regenerate.setText(self.tr("New points"))
        self.regenerate.setToolTip(self.tr("Draw new points with the next seed"))
        self.show_test.setText(self.tr("Show test points (diamonds)"))

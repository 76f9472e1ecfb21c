"""Hidden layers (count, neurons, activation and its parameters per layer) and the weight initialisation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from actgui.model import elementwise_ids, get_activation
from actgui.model.network import INIT_SCHEMES, MAX_HIDDEN_LAYERS, MAX_INIT_SCALE, MAX_NEURONS, MIN_INIT_SCALE
from actgui.state.playground import PlaygroundState
from actgui.ui.i18n import tr_model
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.playground.activation_params import LayerParamControls


class NetworkControls(Retranslating, QWidget):
    """The architecture and initialisation, bound both ways to the playground state.

    One row per possible hidden layer is created up front and shown or hidden
    with the layer count; under each, the parameters of its activation, if it
    has any.
    """

    def __init__(self, state: PlaygroundState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.layer_count = QSpinBox(self)
        self.layer_count.setRange(0, MAX_HIDDEN_LAYERS)
        self.layer_labels: list[QLabel] = []
        self.sizes: list[QSpinBox] = []
        self.activations: list[QComboBox] = []
        self.params: list[LayerParamControls] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        for layer in range(MAX_HIDDEN_LAYERS):
            label = QLabel(self)
            size = QSpinBox(self)
            size.setRange(1, MAX_NEURONS)
            size.setKeyboardTracking(False)
            combo = QComboBox(self)
            for act_id in elementwise_ids():
                combo.addItem("", act_id)
            combo.setMaxVisibleItems(24)
            size.valueChanged.connect(lambda v, i=layer: state.set_layer_size(i, int(v)))
            combo.currentIndexChanged.connect(
                lambda _index, i=layer, c=combo: state.set_layer_activation(i, c.currentData())
            )
            params = LayerParamControls(state, layer, self)
            grid.addWidget(label, 2 * layer, 0)
            grid.addWidget(size, 2 * layer, 1)
            grid.addWidget(combo, 2 * layer, 2)
            grid.addWidget(params, 2 * layer + 1, 1, 1, 2)
            self.layer_labels.append(label)
            self.sizes.append(size)
            self.activations.append(combo)
            self.params.append(params)
        self.init = QComboBox(self)
        for scheme in INIT_SCHEMES:
            self.init.addItem("", scheme)
        self.init_scale = QDoubleSpinBox(self)
        self.init_scale.setRange(MIN_INIT_SCALE, MAX_INIT_SCALE)
        self.init_scale.setDecimals(1)
        self.init_scale.setPrefix("× ")
        self.init_scale.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.init_scale.setKeyboardTracking(False)

        self.count_label, self.init_label, self.scale_label = QLabel(self), QLabel(self), QLabel(self)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.count_label, self.layer_count)
        layout.addRow(grid)
        layout.addRow(self.init_label, self.init)
        layout.addRow(self.scale_label, self.init_scale)

        self.layer_count.valueChanged.connect(lambda v: state.set_layer_count(int(v)))
        self.init.currentIndexChanged.connect(lambda _i: state.set_network(init=self.init.currentData()))
        self.init_scale.valueChanged.connect(lambda v: state.set_network(init_scale=float(v)))
        state.network_changed.connect(self.sync)
        self.retranslate_ui()
        self.sync()

    def _widgets(self) -> list[QWidget]:
        return [self.layer_count, *self.sizes, *self.activations, self.init, self.init_scale]

    def sync(self) -> None:
        """Show the state's network settings (without echoing them back)."""
        net = self.state.network
        widgets = self._widgets()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.layer_count.setValue(net.depth)
            for layer in range(MAX_HIDDEN_LAYERS):
                visible = layer < net.depth
                for widget in (self.layer_labels[layer], self.sizes[layer], self.activations[layer]):
                    widget.setVisible(visible)
                if visible:
                    self.sizes[layer].setValue(net.layer_sizes[layer])
                    combo = self.activations[layer]
                    combo.setCurrentIndex(combo.findData(net.activations[layer]))
            self.init.setCurrentIndex(self.init.findData(net.init))
            self.init_scale.setValue(net.init_scale)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.count_label.setText(self.tr("Hidden layers"))
        for layer, label in enumerate(self.layer_labels):
            label.setText(self.tr("Layer {0}").format(layer + 1))
            self.sizes[layer].setToolTip(self.tr("Neurons in this layer"))
            self.activations[layer].setToolTip(self.tr("Activation of this layer's neurons"))
            combo = self.activations[layer]
            for i in range(combo.count()):  # catalogue names, translated in the "model" context
                combo.setItemText(i, tr_model(get_activation(combo.itemData(i)).name))
        self.init_label.setText(self.tr("Initial weights"))
        names = {
            "uniform": self.tr("Uniform ±0.1 (the seed's)"),
            "xavier": self.tr("Xavier / Glorot"),
            "he": self.tr("He (for ReLU)"),
        }
        self.init.blockSignals(True)
        for i in range(self.init.count()):
            self.init.setItemText(i, names[self.init.itemData(i)])
        self.init.blockSignals(False)
        self.scale_label.setText(self.tr("Weight scale"))
        self.init_scale.setToolTip(self.tr("Multiplies the initial weights: large values saturate neurons"))

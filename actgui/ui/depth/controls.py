"""The depth lab's controls: activation and parameters, sizes, initialisation, the two spreads."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from actgui.model.activations import elementwise_ids, get_activation
from actgui.model.depth import INITS, MAX_DEPTH, MAX_SAMPLES, MAX_WIDTH, MIN_SAMPLES, MIN_WIDTH, torch_gain
from actgui.state.depth import CUSTOM, MAX_BIAS_STD, MAX_WEIGHT_STD, DepthState
from actgui.ui.depth.number_control import NumberControl
from actgui.ui.i18n import tr_model, translate_refusal
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.widgets.param_editor import ParamEditor


class DepthControls(Retranslating, QWidget):
    """Every setting of the depth lab, bound both ways to its :class:`DepthState`."""

    def __init__(self, state: DepthState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.activation = QComboBox(self)
        for act_id in elementwise_ids():
            self.activation.addItem("", act_id)
        self.activation.setMaxVisibleItems(24)
        self.params = ParamEditor(state, "grid", parent=self)
        self.depth_control = NumberControl(
            1, MAX_DEPTH, lambda v: state.set_sizes(depth=int(v)), decimals=0, parent=self
        )
        self.width_control = NumberControl(
            MIN_WIDTH, MAX_WIDTH, lambda v: state.set_sizes(width=int(v)), decimals=0, log=True, parent=self
        )
        self.samples = NumberControl(
            MIN_SAMPLES,
            MAX_SAMPLES,
            lambda v: state.set_sizes(samples=int(v)),
            decimals=0,
            log=True,
            parent=self,
        )
        self.init = QComboBox(self)
        for init_id in (*INITS, CUSTOM):
            self.init.addItem("", init_id)
        self.weight_std = NumberControl(0.0, MAX_WEIGHT_STD, state.set_weight_std, decimals=3, parent=self)
        self.bias_std = NumberControl(0.0, MAX_BIAS_STD, state.set_bias_std, decimals=3, parent=self)
        self.edge_button = QPushButton(self)
        self.seed_button = QPushButton(self)
        self.gain = QLabel(self)
        self.gain.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.labels = {
            name: QLabel(self) for name in ("activation", "depth", "width", "samples", "init", "w", "b")
        }
        buttons = QHBoxLayout()
        buttons.addWidget(self.edge_button)
        buttons.addWidget(self.seed_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.labels["activation"], self.activation)
        form.addRow(self.params)
        form.addRow(self.labels["depth"], self.depth_control)
        form.addRow(self.labels["width"], self.width_control)
        form.addRow(self.labels["samples"], self.samples)
        form.addRow(self.labels["init"], self.init)
        form.addRow(self.labels["w"], self.weight_std)
        form.addRow(self.labels["b"], self.bias_std)
        form.addRow(buttons)
        form.addRow(self.message)
        form.addRow(self.gain)

        self.activation.currentIndexChanged.connect(
            lambda _i: state.set_activation(self.activation.currentData())
        )
        self.init.currentIndexChanged.connect(self._init_chosen)
        self.edge_button.clicked.connect(self._to_edge)
        self.seed_button.clicked.connect(state.new_seed)
        state.network_changed.connect(self.sync)
        self.retranslate_ui()
        self.sync()

    def _init_chosen(self, _index: int) -> None:
        init_id = self.init.currentData()
        if init_id != CUSTOM:
            self.state.set_init(init_id)

    def _to_edge(self) -> None:
        try:
            self.state.set_to_edge_of_chaos()
        except ValueError as refusal:
            self.message.setText(translate_refusal(refusal))
            self.message.show()
        else:
            self.message.hide()

    def sync(self) -> None:
        """Show the state's settings (without echoing them back)."""
        state = self.state
        with QSignalBlocker(self.activation), QSignalBlocker(self.init):
            self.activation.setCurrentIndex(self.activation.findData(state.activation.id))
            self.init.setCurrentIndex(self.init.findData(state.init))
        self.params.refresh()
        self.params.setVisible(bool(state.activation.params))
        self.depth_control.show_value(state.depth)
        self.width_control.show_value(state.width)
        self.samples.show_value(state.samples)
        self.weight_std.show_value(state.weight_std)
        self.bias_std.show_value(state.bias_std)
        self._show_gain()

    def _show_gain(self) -> None:
        gain = torch_gain(self.state.activation.id, self.state.params)
        if gain is None:
            self.gain.setText(self.tr("PyTorch's calculate_gain has no value for this activation."))
        else:
            self.gain.setText(
                self.tr(
                    "PyTorch's calculate_gain for it: {0:.4g} (kaiming_normal_ uses weight_std = gain)."
                ).format(gain)
            )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        texts = {
            "activation": self.tr("Activation"),
            "depth": self.tr("Layers"),
            "width": self.tr("Width"),
            "samples": self.tr("Samples"),
            "init": self.tr("Initialisation"),
            "w": self.tr("weight_std σw"),
            "b": self.tr("bias_std σb"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
        with QSignalBlocker(self.activation), QSignalBlocker(self.init):
            for i in range(self.activation.count()):
                self.activation.setItemText(i, tr_model(get_activation(self.activation.itemData(i)).name))
            names = {
                "lecun": self.tr("LeCun"),
                "xavier": self.tr("Xavier / Glorot"),
                "he": self.tr("He / Kaiming"),
                "orthogonal": self.tr("Orthogonal"),
                CUSTOM: self.tr("Own σw"),
            }
            for i in range(self.init.count()):
                self.init.setItemText(i, names[self.init.itemData(i)])
        self.labels["depth"].setToolTip(self.tr("Number of layers, 1 to 200"))
        self.labels["width"].setToolTip(self.tr("Neurons per layer (fan-in = fan-out = width)"))
        self.labels["samples"].setToolTip(self.tr("Random inputs sent through the network at once"))
        self.labels["w"].setToolTip(self.tr("Weights are drawn from N(0, σw² / fan_in)"))
        self.init.setToolTip(
            self.tr(
                "LeCun: σw = 1. Xavier / Glorot: variance 2 / (fan_in + fan_out), σw = 1 for square layers.\n"
                "He / Kaiming: σw = √2. Orthogonal: a random orthogonal matrix times the gain σw."
            )
        )
        self.labels["b"].setToolTip(self.tr("Biases are drawn from N(0, σb²)"))
        self.edge_button.setText(self.tr("Set to the edge of chaos"))
        self.edge_button.setToolTip(
            self.tr("The smallest σw at which χ = 1 at the fixed point, for the current σb and activation")
        )
        self.seed_button.setText(self.tr("Draw a new network"))
        self._show_gain()

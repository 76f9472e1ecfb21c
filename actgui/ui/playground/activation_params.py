"""The parameters of one hidden layer's activation (Leaky ReLU's slope, ELU's alpha, ...).

The shared :class:`~actgui.ui.widgets.param_editor.ParamEditor`, names beside
boxes, bound to one layer of the playground's network: only the parameters
the layer's activation has, and the widget hides itself when it has none. A
value the model refuses (out of range, or Hardtanh's bounds out of order)
snaps back to the state's value and the reason is shown in red.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from actgui.model import Activation, get_activation
from actgui.model.params import ParamValue
from actgui.state.playground import PlaygroundState
from actgui.ui.widgets.param_editor import ParamEditor


class _LayerTarget:
    """Hidden layer ``layer``'s activation and parameters, as a :class:`ParamTarget`."""

    def __init__(self, state: PlaygroundState, layer: int) -> None:
        self.state = state
        self.layer = layer

    @property
    def activation(self) -> Activation | None:
        net = self.state.network
        return get_activation(net.activations[self.layer]) if self.layer < net.depth else None

    @property
    def params(self) -> Mapping[str, ParamValue]:
        net = self.state.network
        return net.activation_params[self.layer] if self.layer < net.depth else {}

    def set_param(self, name: str, value: ParamValue) -> None:
        self.state.set_activation_param(self.layer, name, value)


class LayerParamControls(ParamEditor):
    """The activation parameters of hidden layer ``layer``, bound both ways to the state."""

    def __init__(self, state: PlaygroundState, layer: int, parent: QWidget | None = None) -> None:
        super().__init__(_LayerTarget(state, layer), "grid", parent=parent)
        self.state = state
        self.layer = layer
        self._layout.setContentsMargins(12, 0, 0, 2)
        self._layout.setSpacing(2)
        state.network_changed.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        """Show the layer's parameters (rebuilt if its activation changed), without echoing them."""
        self.refresh()
        self.setVisible(bool(self.rows))

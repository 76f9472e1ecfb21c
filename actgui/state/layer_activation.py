"""Which activation the forward-pass layer uses: the explorer's selection, or its own.

:class:`LayerActivation` is the part of :class:`~actgui.state.layer.LayerState`
that follows an :class:`~actgui.state.explorer.ExplorerState` or holds the
layer's own choice and its remembered parameters. It declares the activation
signals; the layer recomputes its forward pass in :meth:`_recompute`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from actgui.model import get_activation
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal
from actgui.state.layer_values import DEFAULT_ACTIVATION
from actgui.state.signals import Signal

if TYPE_CHECKING:
    from actgui.state.explorer import ExplorerState


class LayerActivation:
    """The layer's activation choice (a base of :class:`~actgui.state.layer.LayerState`).

    Parameters
    ----------
    explorer
        The explorer's state; while :attr:`follow_explorer` is on, the layer
        uses its selected activation and parameters.
    follow_explorer
        Whether to start following the explorer's activation. Without an
        explorer, or with False, the layer uses its own sigmoid.
    """

    activation_changed = Signal(str)
    params_changed = Signal(dict)
    follow_changed = Signal(bool)
    explorer_activation_changed = Signal(str)
    """The explorer selected another activation (whether or not the layer follows)."""

    def __init__(self, explorer: ExplorerState | None = None, follow_explorer: bool = True) -> None:
        self._app = explorer
        self._follow = bool(follow_explorer and explorer is not None)
        self._own_activation = DEFAULT_ACTIVATION
        self._own_params: dict[str, dict[str, ParamValue]] = {}
        if explorer is not None:
            explorer.activation_changed.connect(self._on_app_activation)
            explorer.params_changed.connect(self._on_app_params)

    def _recompute(self) -> None:
        """Recompute the forward pass (the layer does it)."""
        raise NotImplementedError

    @property
    def follow_explorer(self) -> bool:
        """Whether the activation follows the explorer's selection."""
        return self._follow

    @property
    def explorer(self) -> ExplorerState | None:
        """The explorer's state this layer can follow, if any."""
        return self._app

    @property
    def can_follow(self) -> bool:
        """Whether there is an explorer state to follow."""
        return self._app is not None

    @property
    def activation_id(self) -> str:
        """The activation the layer uses now."""
        if self._follow and self._app is not None and not self._app.activation.is_gated:
            return self._app.activation_id  # GLU halves its input: a layer of n_out outputs keeps its own
        return self._own_activation

    @property
    def params(self) -> dict[str, ParamValue]:
        """The resolved parameters of the activation the layer uses now."""
        if self._follow and self._app is not None and not self._app.activation.is_gated:
            return self._app.params
        return self._own_params_of(self._own_activation)

    @property
    def own_activation_id(self) -> str:
        """The layer's own choice, used when not following the explorer."""
        return self._own_activation

    @property
    def own_params(self) -> dict[str, ParamValue]:
        """The parameters of the layer's own activation."""
        return self._own_params_of(self._own_activation)

    def _own_params_of(self, activation_id: str) -> dict[str, ParamValue]:
        act = get_activation(activation_id)
        return dict(self._own_params.get(act.id) or act.defaults())

    def detach(self) -> None:
        """Stop listening to the explorer's state (when the layer's owner goes away)."""
        if self._app is not None:
            self._app.activation_changed.disconnect(self._on_app_activation)
            self._app.params_changed.disconnect(self._on_app_params)

    def set_follow_explorer(self, follow: bool) -> None:
        """Follow the explorer's activation (True) or use the layer's own choice."""
        follow = bool(follow)
        if follow and self._app is None:
            raise Refusal("no_explorer")
        if follow != self._follow:
            before = (self.activation_id, self.params)
            self._follow = follow
            self.follow_changed.emit(follow)
            self._activation_maybe_changed(before)

    def layer_outputs(self) -> int:
        """The layer's number of outputs (the layer state says; 0 here)."""
        return 0

    def set_activation(self, activation_id: str, params: Mapping[str, Any] | None = None) -> None:
        """Choose the layer's own activation (and stop following the explorer).

        ``params`` (validated as a whole) replace the remembered ones; omitted,
        the activation's remembered or default parameters are used.
        """
        act = get_activation(activation_id)
        if act.is_gated:  # GLU halves its input: the layer's n_out outputs cannot end in it
            raise Refusal("layer_gated", activation=act.id, n_out=f"{self.layer_outputs()}")
        resolved = act.resolve(params) if params is not None else self._own_params_of(act.id)
        self._choose_own(act.id, resolved, recompute=True)

    def set_param(self, name: str, value: Any) -> None:
        """Set one parameter of the layer's own activation (ValueError if invalid)."""
        act = get_activation(self._own_activation)
        candidate = self._own_params_of(act.id)
        candidate[name] = act.param(name).validate(value)
        resolved = act.resolve(candidate)
        before = (self.activation_id, self.params)
        self._own_params[act.id] = resolved
        self._activation_maybe_changed(before)

    def _choose_own(self, activation_id: str, resolved: dict[str, ParamValue], recompute: bool) -> None:
        """Use a validated own activation and stop following; emit what changed."""
        before = (self.activation_id, self.params)
        self._own_activation = activation_id
        self._own_params[activation_id] = resolved
        if self._follow:
            self._follow = False
            self.follow_changed.emit(False)
        self._activation_maybe_changed(before, recompute)

    def _activation_maybe_changed(
        self, before: tuple[str, dict[str, ParamValue]], recompute: bool = True
    ) -> None:
        activation_id, params = self.activation_id, self.params
        if activation_id != before[0]:
            self.activation_changed.emit(activation_id)
        if activation_id != before[0] or params != before[1]:
            self.params_changed.emit(dict(params))
            if recompute:
                self._recompute()

    def _on_app_activation(self, activation_id: str) -> None:
        self.explorer_activation_changed.emit(activation_id)
        # The explorer emits params_changed right after; recompute there once.
        if self._follow:
            self.activation_changed.emit(self.activation_id)

    def _on_app_params(self, _params: dict[str, ParamValue]) -> None:
        if self._follow:
            self.params_changed.emit(self.params)
            self._recompute()

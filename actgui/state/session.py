"""The session: the one owner of every page's state.

The app builds one :class:`Session` at start-up (restored from the saved
settings) and hands each page the state it shows: the explorer its
:class:`~actgui.state.explorer.ExplorerState`, every page the
:class:`~actgui.state.view.ViewSettings`, the forward-pass page its
:class:`~actgui.state.layer.LayerState` (which follows the explorer's
activation), the playground its
:class:`~actgui.state.playground.PlaygroundState`, the depth lab its
:class:`~actgui.state.depth.DepthState`. No widget creates state.

The playground's state pulls in the network model and builds a first
trainer, which start-up does not need: it is created on first access of
:attr:`Session.playground`, from the saved settings handed to the session.
The depth lab's state is created the same way, on first access of
:attr:`Session.depth`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from actgui.state.explorer import ExplorerState
from actgui.state.layer import LayerState
from actgui.state.view import ViewSettings

if TYPE_CHECKING:
    from actgui.state.depth import DepthState
    from actgui.state.playground import PlaygroundState

GROUPS = ("explorer", "view", "layer", "playground", "depth")
"""The groups of :meth:`Session.settings`, one per state."""


class Session:
    """Every state of one run of the app.

    Parameters
    ----------
    explorer, view, layer
        The states to own; new default ones if None. A given ``layer``
        should follow the given ``explorer``.
    playground_settings
        Saved playground settings (see ``PlaygroundState.settings``), used
        when the playground's state is first created.
    depth_settings
        Saved depth-lab settings (see ``DepthState.settings``), used when
        the depth lab's state is first created.
    """

    def __init__(
        self,
        explorer: ExplorerState | None = None,
        view: ViewSettings | None = None,
        layer: LayerState | None = None,
        playground_settings: Mapping[str, Any] | None = None,
        depth_settings: Mapping[str, Any] | None = None,
    ) -> None:
        self.explorer = explorer if explorer is not None else ExplorerState()
        self.view = view if view is not None else ViewSettings()
        self.layer = layer if layer is not None else LayerState(self.explorer)
        self._playground: PlaygroundState | None = None
        self._playground_saved: Mapping[str, Any] | None = playground_settings
        self._depth: DepthState | None = None
        self._depth_saved: Mapping[str, Any] | None = depth_settings
        self._trained_saved: Mapping[str, Any] | None = None

    # -- the playground, created on first access -----------------------------------

    @property
    def playground(self) -> PlaygroundState:
        """The playground's state, created now (from the saved settings) if needed."""
        if self._playground is None:
            from actgui.state.playground import PlaygroundState

            saved = self._playground_saved
            new = PlaygroundState.from_settings(saved) if saved is not None else PlaygroundState()
            if self._trained_saved is not None:
                new.resume_trained(self._trained_saved)  # checked when the setup was read
                self._trained_saved = None
            self._playground = new
        return self._playground

    @property
    def playground_created(self) -> bool:
        """Whether :attr:`playground` was created yet."""
        return self._playground is not None

    def restore_playground(self, saved: Mapping[str, Any]) -> None:
        """Set the playground up from saved settings (checked value by value).

        Before the playground's state exists they are only kept, so reading
        them costs nothing at start-up.
        """
        self._playground_saved = saved
        if self._playground is not None:
            from actgui.state.playground import PlaygroundState

            restored = PlaygroundState.from_settings(saved)
            state = self._playground
            state.set_data(**vars(restored.data_settings))
            state.set_network(**vars(restored.network))
            state.set_training(**vars(restored.training))
            state.tool.restore(saved.get("experiment"))

    def playground_settings(self) -> Mapping[str, Any] | None:
        """The playground's settings to save: its state's, else those handed in (or None)."""
        if self._playground is not None:
            return self._playground.settings()
        return self._playground_saved

    # -- the depth lab, created on first access --------------------------------------------

    @property
    def depth(self) -> DepthState:
        """The depth lab's state, created now (from the saved settings) if needed."""
        if self._depth is None:
            from actgui.state.depth import DepthState

            self._depth = DepthState.from_settings(self._depth_saved)
        return self._depth

    @property
    def depth_created(self) -> bool:
        """Whether :attr:`depth` was created yet."""
        return self._depth is not None

    def depth_settings(self) -> Mapping[str, Any] | None:
        """The depth lab's settings to save: its state's, else those handed in (or None)."""
        if self._depth is not None:
            return self._depth.settings()
        return self._depth_saved

    # -- saved settings ----------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """Every state's settings as JSON-able plain values, one group each (:data:`GROUPS`).

        The playground and depth groups are None when they were never set up.
        """
        return {
            "explorer": self.explorer.settings(),
            "view": self.view.settings(),
            "layer": self.layer.settings(),
            "playground": self.playground_settings(),
            "depth": self.depth_settings(),
        }

    def snapshot(self, include_view: bool = False, include_trained: bool = False) -> dict[str, Any]:
        """The whole session as JSON-able plain values, for a setup file.

        Unlike :meth:`settings`, the playground group is always there (the
        defaults if the playground was never set up); the view group (theme
        and font size) only if ``include_view``; the trained network, its
        history and training progress (the playground group's ``trained``,
        see :mod:`actgui.state.playground_trained`) only if
        ``include_trained`` and the weights are finite.
        """
        groups = self.settings()
        if groups["playground"] is None:
            from actgui.state.playground import PlaygroundState

            groups["playground"] = PlaygroundState().settings()
        if groups["depth"] is None:
            from actgui.state.depth import DepthState

            groups["depth"] = DepthState().settings()
        if include_trained:
            trained = self.trained_settings()
            if trained is not None:
                groups["playground"] = {**groups["playground"], "trained": trained}
        if not include_view:
            del groups["view"]
        return groups

    def trained_settings(self) -> Mapping[str, Any] | None:
        """The playground's trained network as a setup holds it, or None if it diverged.

        Before the playground's state exists, the trained network a setup
        handed in (None if none); creating the state just for this would
        only give the untrained network.
        """
        if self._playground is not None:
            return self._playground.trained_settings()
        return self._trained_saved

    def apply_settings(self, saved: Mapping[str, Any]) -> None:
        """Set the live states from groups of :meth:`settings` (checked earlier, e.g. by a setup file).

        Only the groups present change; each is applied to its state with
        every value it holds (the explorer first: the layer may follow it).
        A new playground set-up starts over, paused, at epoch 0, or from the
        trained network it holds (``trained``, checked earlier like the rest).
        """
        if isinstance(saved.get("explorer"), Mapping):
            self.explorer.apply_settings(saved["explorer"])
        if isinstance(saved.get("view"), Mapping):
            self.view.apply_settings(saved["view"])
        if isinstance(saved.get("layer"), Mapping):
            self.layer.apply_settings(saved["layer"])
        playground = saved.get("playground")
        if isinstance(playground, Mapping):
            trained = playground.get("trained")
            self.restore_playground({k: v for k, v in playground.items() if k != "trained"})
            self._trained_saved = None
            if self._playground is not None:
                self._playground.reset()
                if isinstance(trained, Mapping):
                    self._playground.resume_trained(trained)
            elif isinstance(trained, Mapping):
                self._trained_saved = trained  # resumed when the playground is first shown
        depth = saved.get("depth")
        if isinstance(depth, Mapping):
            if self._depth is None:
                self._depth_saved = depth  # the state is created from it when the page is first shown
            else:
                self._depth.apply_settings(depth)

    @classmethod
    def from_settings(cls, saved: object) -> Session:
        """A session restored from :meth:`settings` saved earlier; never raises.

        Every missing or invalid value falls back to its default, one value
        at a time; a missing group gives default states.
        """
        groups: Mapping[str, Any] = saved if isinstance(saved, Mapping) else {}
        explorer = ExplorerState.from_settings(groups.get("explorer"))
        playground = groups.get("playground")
        depth = groups.get("depth")
        return cls(
            explorer=explorer,
            view=ViewSettings.from_settings(groups.get("view")),
            layer=LayerState.from_settings(groups.get("layer"), explorer),
            playground_settings=playground if isinstance(playground, Mapping) else None,
            depth_settings=depth if isinstance(depth, Mapping) else None,
        )

"""What an animated figure can sweep: a small registry of targets, by view.

A :class:`SweepTarget` is one number a view's figure depends on, with its
allowed range, whether it is stepped logarithmically, and how to set it on a
:class:`~actgui.state.session.Session`. The built-in providers give:

- every numeric parameter of the view's activation (``negative_slope``,
  ``alpha``, ``temperature``, ...), on every view but the playground;
- ``weight_scale``, the forward panel's weight scale k (view ``forward``);
- ``xmin`` and ``xmax``, the ends of the plotted x range (views ``curve``,
  ``derivative``, ``compare`` and ``window``), each swept with the other
  end fixed;
- the depth lab's ``depth`` (1-200, whole layers), ``weight_std`` (0-4),
  ``bias_std`` (0-2) and the parameters of the lab's own activation (view
  ``depth``). The network's seed is never touched: every frame draws the
  same random network at another setting, so a recording is deterministic.

A page added later registers its own provider with :func:`register_provider`;
nothing else changes. Qt-free: ``actgui export`` checks a sweep before Qt
starts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from actgui.model import get_activation
from actgui.model.curves import MIN_WIDTH, X_LIMIT
from actgui.model.depth import MAX_DEPTH
from actgui.model.sweep import bounce_order, spans_decades, sweep_values
from actgui.state.depth import MAX_BIAS_STD, MAX_WEIGHT_STD
from actgui.state.layer_values import SCALE_MAX, SCALE_MIN
from actgui.state.session import Session

MIN_FRAMES, MAX_FRAMES, DEFAULT_FRAMES = 2, 600, 40
MIN_FPS, MAX_FPS, DEFAULT_FPS = 1, 60, 20
MAX_TRAIN_EPOCHS = 20_000
VECTOR_DEFAULT = "softmax"
"""The activation the softmax view shows when an elementwise one is selected."""

X_RANGE_VIEWS = frozenset({"curve", "derivative", "compare", "window"})
"""The views whose figure shows the explorer's x range."""
DEPTH_VIEW = "depth"
"""The depth lab's view: it shows the lab's own activation, not the explorer's."""
DEPTH_PROPOSED = {"depth": (1.0, 100.0), "weight_std": (0.5, 2.5), "bias_std": (0.0, 1.0)}
"""What the recording dialog proposes for the depth lab: from shallow to deep; from
order through the edge of chaos (tanh's is at 1 without biases) into chaos; from no
bias spread to 1."""

Apply = Callable[[Session, float], None]


class SweepError(ValueError):
    """A sweep that cannot be recorded; the message is meant for the user.

    ``str(exc)`` is the English message (the command line prints it); ``code``
    names the problem and ``details`` holds the values it quotes, so that the
    record dialog can say it in its own language. ``refusal`` is the state's
    own refusal where a value of the sweep was refused.
    """

    def __init__(
        self, message: str, code: str = "", refusal: Exception | None = None, **details: object
    ) -> None:
        super().__init__(message)
        self.code = code
        self.refusal = refusal
        self.details = details


@dataclass(frozen=True)
class SweepTarget:
    """One number a figure can be animated over.

    Attributes
    ----------
    name
        What ``--sweep NAME=...`` calls it.
    low, high
        The allowed range (both ends included).
    apply
        Sets the value on a session (raises ``ValueError`` to refuse it).
    log
        Step logarithmically (the range is positive and spans decades).
    default_range
        The range the recording dialog proposes.
    integer
        Whole numbers only (a depth): frames round the values.
    """

    name: str
    low: float
    high: float
    apply: Apply = field(compare=False)
    log: bool = False
    default_range: tuple[float, float] | None = None
    integer: bool = False

    @property
    def proposed_range(self) -> tuple[float, float]:
        """The range a dialog starts with (the whole allowed range if none is given)."""
        return self.default_range if self.default_range is not None else (self.low, self.high)


@dataclass(frozen=True)
class SweepContext:
    """What decides the targets: the view, its activation and the plotted range."""

    view: str
    activation_id: str
    x_range: tuple[float, float]


Provider = Callable[[SweepContext], Iterable[SweepTarget]]
_PROVIDERS: list[Provider] = []


def register_provider(provider: Provider) -> Provider:
    """Add a source of sweep targets (usable as a decorator); it is asked for every view."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)
    return provider


def shown_activation(view: str, activation_id: str) -> str:
    """The activation a view shows: the softmax view replaces an elementwise one by softmax."""
    if view == "softmax" and not get_activation(activation_id).is_vector:
        return VECTOR_DEFAULT
    return activation_id


def activation_of(session: Session, view: str) -> str:
    """The activation ``view`` shows for ``session``: the depth lab's own, else the explorer's."""
    if view == DEPTH_VIEW:
        return session.depth.activation.id
    return shown_activation(view, session.explorer.activation_id)


def sweep_targets(view: str, activation_id: str, x_range: tuple[float, float]) -> dict[str, SweepTarget]:
    """Every target of ``view`` showing ``activation_id`` over ``x_range``, by name."""
    context = SweepContext(view, shown_activation(view, activation_id), x_range)
    targets: dict[str, SweepTarget] = {}
    for provider in _PROVIDERS:
        for target in provider(context):
            targets.setdefault(target.name, target)
    return targets


@register_provider
def _depth_lab(context: SweepContext) -> Iterable[SweepTarget]:
    if context.view != DEPTH_VIEW:
        return

    def apply_depth(session: Session, value: float) -> None:
        session.depth.set_sizes(depth=round(value))

    def apply_weight_std(session: Session, value: float) -> None:
        session.depth.set_weight_std(value)

    def apply_bias_std(session: Session, value: float) -> None:
        session.depth.set_bias_std(value)

    proposed = DEPTH_PROPOSED
    yield SweepTarget("depth", 1.0, MAX_DEPTH, apply_depth, default_range=proposed["depth"], integer=True)
    yield SweepTarget(
        "weight_std", 0.0, MAX_WEIGHT_STD, apply_weight_std, default_range=proposed["weight_std"]
    )
    yield SweepTarget("bias_std", 0.0, MAX_BIAS_STD, apply_bias_std, default_range=proposed["bias_std"])


@register_provider
def _activation_params(context: SweepContext) -> Iterable[SweepTarget]:
    if context.view == "playground":
        return
    depth = context.view == DEPTH_VIEW
    for param in get_activation(context.activation_id).params:
        if param.is_choice or param.minimum is None or param.maximum is None:
            continue
        name = param.name

        def apply(session: Session, value: float, name: str = name) -> None:
            if depth:  # the lab's own activation
                session.depth.set_param(name, value)
            else:
                session.explorer.set_param(name, value)

        yield SweepTarget(
            name, param.minimum, param.maximum, apply, spans_decades(param.minimum, param.maximum)
        )


@register_provider
def _weight_scale(context: SweepContext) -> Iterable[SweepTarget]:
    if context.view != "forward":
        return

    def apply(session: Session, value: float) -> None:
        session.layer.set_scale(value)

    yield SweepTarget(
        "weight_scale", SCALE_MIN, SCALE_MAX, apply, spans_decades(SCALE_MIN, SCALE_MAX), (0.5, 20.0)
    )


@register_provider
def _x_range_ends(context: SweepContext) -> Iterable[SweepTarget]:
    if context.view not in X_RANGE_VIEWS:
        return
    x_min, x_max = context.x_range
    width = x_max - x_min

    def apply_min(session: Session, value: float) -> None:
        session.explorer.set_x_range(value, x_max)

    def apply_max(session: Session, value: float) -> None:
        session.explorer.set_x_range(x_min, value)

    # Proposed: zoom out to twice the width, keeping the other end.
    yield SweepTarget(
        "xmin", -X_LIMIT, x_max - MIN_WIDTH, apply_min, default_range=(x_min, max(-X_LIMIT, x_min - width))
    )
    yield SweepTarget(
        "xmax", x_min + MIN_WIDTH, X_LIMIT, apply_max, default_range=(x_max, min(X_LIMIT, x_max + width))
    )


@dataclass(frozen=True)
class Sweep:
    """A checked sweep: a target, its ends, the frames and how they play.

    Use :func:`plan_sweep` to make one; :attr:`values` are the frames'
    values in order of recording, :attr:`order` the order of showing.
    """

    target: SweepTarget
    start: float
    stop: float
    frames: int = DEFAULT_FRAMES
    fps: int = DEFAULT_FPS
    bounce: bool = False

    @property
    def values(self) -> list[float]:
        """The value of each recorded frame (linear or logarithmic steps, both ends exact)."""
        values = [float(v) for v in sweep_values(self.start, self.stop, self.frames, self.target.log)]
        return [float(round(v)) for v in values] if self.target.integer else values

    @property
    def order(self) -> list[int]:
        """The recorded frames in the order they are shown (see :func:`bounce_order`)."""
        return bounce_order(self.frames, self.bounce)


def check_timing(frames: int, fps: int) -> None:
    """Refuse a frame count outside 2-600 or a rate outside 1-60 frames per second (SweepError)."""
    if isinstance(frames, bool) or not MIN_FRAMES <= frames <= MAX_FRAMES:
        raise SweepError(
            f"--frames must be between {MIN_FRAMES} and {MAX_FRAMES}, got {frames}", "sweep_frames"
        )
    if isinstance(fps, bool) or not MIN_FPS <= fps <= MAX_FPS:
        raise SweepError(f"--fps must be between {MIN_FPS} and {MAX_FPS}, got {fps}", "sweep_fps")


def parse_sweep_text(text: str) -> tuple[str, float, float]:
    """Split ``NAME=FROM:TO`` into its parts (SweepError if malformed)."""
    name, sep, span = text.partition("=")
    start_text, colon, stop_text = span.partition(":")
    if not sep or not colon or not name.strip():
        raise SweepError(f"--sweep expects NAME=FROM:TO such as negative_slope=0:1, got {text!r}")
    try:
        return name.strip(), float(start_text), float(stop_text)
    except ValueError:
        raise SweepError(f"--sweep {text}: FROM and TO must be numbers") from None


def plan_sweep(
    session: Session,
    view: str,
    name: str,
    start: float,
    stop: float,
    frames: int = DEFAULT_FRAMES,
    fps: int = DEFAULT_FPS,
    bounce: bool = False,
) -> Sweep:
    """Check a sweep of ``name`` on ``view`` as ``session`` shows it; return it.

    Every frame's value is tried on a copy of the session's settings, so a
    sweep the state would refuse halfway (Hardtanh's ``min_val`` passing
    ``max_val``) is refused before anything is rendered.

    Raises
    ------
    SweepError
        For an unknown name (the message lists the valid ones), an end
        outside the allowed range, equal ends, or bad timing.
    """
    check_timing(frames, fps)
    explorer = session.explorer
    targets = sweep_targets(view, activation_of(session, view), explorer.x_range)
    target = targets.get(name)
    if target is None:
        valid = ", ".join(targets) if targets else "none"
        raise SweepError(
            f"--sweep: {view} has nothing called {name!r} to sweep; it can sweep: {valid}",
            "sweep_unknown",
            view=view,
            name=name,
            valid=valid,
        )
    for end in (start, stop):
        if not (math.isfinite(end) and target.low <= end <= target.high):
            raise SweepError(
                f"--sweep {name}={start:g}:{stop:g}: {name} must stay within "
                f"{target.low:g} to {target.high:g}, got {end:g}",
                "sweep_range",
                name=name,
                low=f"{target.low:g}",
                high=f"{target.high:g}",
                value=f"{end:g}",
            )
    if start == stop:
        raise SweepError(
            f"--sweep {name}={start:g}:{stop:g}: the two ends are equal; nothing would move",
            "sweep_equal_ends",
            name=name,
            value=f"{start:g}",
        )
    sweep = Sweep(target, float(start), float(stop), frames, fps, bounce)
    trial = Session.from_settings(session.settings())
    if view != DEPTH_VIEW:
        trial.explorer.set_activation(shown_activation(view, explorer.activation_id))
    for value in sweep.values:
        try:
            target.apply(trial, value)
        except ValueError as exc:
            raise SweepError(
                f"--sweep {name}={start:g}:{stop:g}: at {value:g}, {exc}",
                "sweep_refused",
                refusal=exc,
                name=name,
                value=f"{value:g}",
            ) from None
    return sweep


def training_epochs(epochs: int, frames: int) -> list[int]:
    """The epoch each frame of a training recording shows: 0, then evenly up to ``epochs``.

    At most ``epochs + 1`` frames (one per epoch): fewer epochs than frames
    give one frame per epoch.

    Raises
    ------
    SweepError
        For a number of epochs outside 1 to :data:`MAX_TRAIN_EPOCHS`.
    """
    if isinstance(epochs, bool) or not 1 <= epochs <= MAX_TRAIN_EPOCHS:
        raise SweepError(
            f"--train-epochs must be between 1 and {MAX_TRAIN_EPOCHS}, got {epochs}", "sweep_epochs"
        )
    count = min(frames, epochs + 1)
    return [int(e) for e in np.unique(np.round(np.linspace(0, epochs, count)).astype(int))]


def session_for(
    view: str, activation_id: str, params: dict[str, object], x_range: tuple[float, float] | None
) -> Session:
    """A session showing ``view`` as a static export would set it up (Qt-free, for checking a sweep).

    Raises
    ------
    ValueError
        For an unknown activation, a bad parameter or a bad x range.
    """
    session = Session()
    session.explorer.set_activation(activation_id)
    if params:
        session.explorer.set_params(activation_id, params)
    if x_range is not None:
        session.explorer.set_x_range(*x_range)
    session.explorer.set_activation(shown_activation(view, activation_id))
    if view == DEPTH_VIEW:  # the depth lab shows the requested activation (as build_state sets it)
        session.depth.set_activation(activation_id)
        given: dict[str, Any] = dict(params)
        session.depth.set_params(given)
    return session

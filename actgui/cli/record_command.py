"""``actgui export --sweep`` and ``--train-epochs``: animated figures from the command line.

``actgui export`` hands its arguments here when they ask for an animation
(see :func:`wants_animation`). Everything is checked before Qt starts; a
mistake is one line on stderr, exit status 2, and no file.

Examples
--------
::

    actgui export --view curve --activation leaky_relu --sweep negative_slope=0:1 --out leaky.gif
    actgui export --view softmax --sweep temperature=0.1:10 --bounce --out temperature.webp
    actgui export --view depth --activation sigmoid --sweep depth=1:100 --frames 20 --out depth.gif
    actgui export --view playground --activation tanh --train-epochs 300 --out training.mp4
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from actgui.cli.common import EXIT_FAILURE, EXIT_OK, UsageError

FRAMES_HELP = "frames of a sweep or training recording: 2-600 (default 40)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the animation options to ``actgui export``'s parser."""
    group = parser.add_argument_group("animated figures (.gif, .apng, .webp, .mp4)")
    group.add_argument(
        "--sweep",
        metavar="NAME=FROM:TO",
        help="animate NAME from FROM to TO: a parameter of the activation, "
        "weight_scale (--view forward), depth, weight_std or bias_std (--view depth), "
        "xmin or xmax (the ends of the x range)",
    )
    group.add_argument(
        "--train-epochs", type=int, metavar="N", help="--view playground: record N epochs of training"
    )
    group.add_argument("--frames", type=int, metavar="N", help=FRAMES_HELP)
    group.add_argument("--fps", type=int, metavar="F", help="frames per second: 1-60 (default 20)")
    group.add_argument("--bounce", action="store_true", help="play forward, then back")


def wants_animation(args: argparse.Namespace) -> bool:
    """Whether the arguments ask for (or mention) an animated figure."""
    from actgui.export.encode import ANIMATION_FORMATS

    out = getattr(args, "out", None) or ""
    return bool(
        getattr(args, "gallery", None) is None
        and (
            args.sweep is not None
            or args.train_epochs is not None
            or args.frames is not None
            or args.fps is not None
            or args.bounce
            or args.view == "playground"
            or out.lower().rsplit(".", 1)[-1] in ANIMATION_FORMATS
        )
    )


@dataclass
class _Plan:
    fmt: str
    frames: int
    fps: int
    request: Any
    sweep: Any = None
    playground: Any = None


def _check(args: argparse.Namespace, build_request: Callable[[argparse.Namespace], Any]) -> _Plan:
    """Check the animation arguments (UsageError on the first problem); return what to record."""
    from actgui.export.encode import animation_format_of, check_format
    from actgui.export.sweep import DEFAULT_FPS, DEFAULT_FRAMES, SweepError, check_timing
    from actgui.files.atomic import ExportError, check_target

    if args.sweep is None and args.train_epochs is None:
        if args.view == "playground":
            raise UsageError("--view playground records training: add --train-epochs N")
        raise UsageError(
            "an animation needs --sweep NAME=FROM:TO (or --view playground --train-epochs N); "
            "without it, write a .png or .svg"
        )
    if args.sweep is not None and args.train_epochs is not None:
        raise UsageError("--sweep and --train-epochs record different things: give one of them")
    try:
        fmt = check_format(animation_format_of(args.out))
        check_target(args.out)
        frames = DEFAULT_FRAMES if args.frames is None else args.frames
        fps = DEFAULT_FPS if args.fps is None else args.fps
        check_timing(frames, fps)
    except (ExportError, SweepError) as exc:
        raise UsageError(str(exc)) from None
    if args.train_epochs is not None:
        return _check_training(args, fmt, frames, fps, build_request)
    return _check_sweep(args, fmt, frames, fps, build_request)


def _check_sweep(
    args: argparse.Namespace, fmt: str, frames: int, fps: int, build: Callable[[argparse.Namespace], Any]
) -> _Plan:
    from actgui.export.sweep import SweepError, parse_sweep_text, plan_sweep, session_for

    if args.view == "playground":
        raise UsageError("--view playground records training: use --train-epochs N instead of --sweep")
    request = build(args)
    try:
        name, start, stop = parse_sweep_text(args.sweep)
        session = session_for(request.view, request.activation, dict(request.params), request.x_range)
        sweep = plan_sweep(session, request.view, name, start, stop, frames, fps, args.bounce)
    except SweepError as exc:
        raise UsageError(str(exc)) from None
    except ValueError as exc:
        raise UsageError(f"--sweep {args.sweep}: {exc}") from None
    return _Plan(fmt, frames, fps, request, sweep=sweep)


def _check_training(
    args: argparse.Namespace, fmt: str, frames: int, fps: int, build: Callable[[argparse.Namespace], Any]
) -> _Plan:
    from actgui.export.sweep import SweepError, training_epochs
    from actgui.state.playground import PlaygroundState

    if args.view != "playground":
        raise UsageError(f"--train-epochs records the playground: use --view playground, not {args.view}")
    given = [name for name, value in (("--compare", args.compare), ("--xrange", args.xrange)) if value]
    if given:
        raise UsageError(f"--view playground has no x range or pinned curves; drop {', '.join(given)}")
    try:
        training_epochs(args.train_epochs, frames)
    except SweepError as exc:
        raise UsageError(str(exc)) from None
    state = PlaygroundState()
    if args.activation is not None:
        request = build(args)
        try:
            state.set_all_activations(request.activation)
            for layer in range(state.network.depth):
                for name, value in args_params(request).items():
                    state.set_activation_param(layer, name, value)
        except ValueError as exc:
            raise UsageError(f"--activation {args.activation}: {exc}") from None
    elif args.param:
        raise UsageError("--param needs --activation: it sets a parameter of that activation")
    return _Plan(fmt, frames, fps, build(args) if args.activation is None else request, playground=state)


def args_params(request: Any) -> dict[str, Any]:
    """The parameters given on the command line (those differing from the defaults)."""
    from actgui.model import get_activation

    defaults = get_activation(request.activation).defaults()
    return {name: value for name, value in request.params.items() if defaults.get(name) != value}


def run_animation(
    args: argparse.Namespace,
    build_request: Callable[[argparse.Namespace], Any],
    language: Callable[[argparse.Namespace], str | None],
    quiet: Callable[[], Any],
) -> int:
    """Check, record and write an animated figure; return the exit status.

    Raises
    ------
    UsageError
        For bad arguments (printed as one line, exit 2; nothing is written).
    """
    plan = _check(args, build_request)
    from actgui.ui.app import ensure_display

    ensure_display()
    from PySide6.QtCore import qInstallMessageHandler

    previous = quiet()
    try:
        return _record(args, plan, language)
    finally:
        qInstallMessageHandler(previous)


def _record(
    args: argparse.Namespace, plan: _Plan, language: Callable[[argparse.Namespace], str | None]
) -> int:
    from actgui.export import animation
    from actgui.files.atomic import ExportError
    from actgui.ui.app import create_app
    from actgui.ui.i18n import install_language

    started = time.perf_counter()
    app = create_app()
    lang = install_language(app, language(args))
    request = replace(plan.request, lang=lang)
    try:
        if plan.sweep is not None:
            data = animation.record_sweep(request, plan.sweep, plan.fmt)
            count = len(plan.sweep.order)
            width, height = request.logical_size
        else:
            size = args.size or animation.TRAINING_SIZE
            data = animation.record_training(
                plan.playground, args.train_epochs, plan.fmt, plan.frames, plan.fps, args.bounce,
                size, args.theme, args.scale,
            )  # fmt: skip
            count = _frame_count(data, plan.fmt, plan.frames)
            width, height = size
        path = animation.write_recording(args.out, data)
    except ExportError as exc:
        print(f"actgui: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    elapsed = time.perf_counter() - started
    scale = request.scale
    print(
        f"{path} ({plan.fmt.upper()} {width * scale}x{height * scale}, {count} frames at {plan.fps} fps, "
        f"{len(data) / 1e6:.2f} MB, {elapsed:.2f} s)"
    )
    return EXIT_OK


def _frame_count(data: bytes, fmt: str, asked: int) -> int:
    if fmt == "mp4":
        return asked
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return int(getattr(image, "n_frames", 1))

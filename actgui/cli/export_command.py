"""``actgui export``: figures and the gallery handout from the command line.

Every argument is checked before Qt is even imported, so a mistake costs
no start-up time and is reported as one line on stderr with exit status 2.
Without a display, Qt's offscreen platform is selected automatically.

Examples
--------
::

    actgui export --view curve --activation relu --out relu.png --size 800x600 --scale 2
    actgui export --view compare --activation relu --compare sigmoid --compare elu:alpha=0.5 --out cmp.svg
    actgui export --gallery handout/
    actgui export --setup lecture1.actgui --view forward --out lecture1-forward.svg
    actgui export --view curve --activation leaky_relu --sweep negative_slope=0:1 --out leaky.gif

Animated figures (``--sweep``, ``--train-epochs``) are handled by
:mod:`actgui.cli.record_command`.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Any

from actgui.cli.common import EXIT_FAILURE, EXIT_OK, UsageError, parse_param_assignments

VIEW_CHOICES = ("curve", "derivative", "compare", "softmax", "forward", "depth", "window", "playground")
SCALE_CHOICES = (1, 2, 3)
THEME_CHOICES = ("light", "dark")
_SIZE = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")


def parse_size(text: str) -> tuple[int, int]:
    """Parse ``WxH`` (e.g. ``800x600``) into a checked (width, height)."""
    from actgui.export.headless import MAX_SIZE, MIN_SIZE

    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 800x600, got {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        raise argparse.ArgumentTypeError(
            f"width and height must be between {MIN_SIZE} and {MAX_SIZE}, got {width}x{height}"
        )
    return width, height


def parse_scale(text: str) -> int:
    """Parse the scale: 1, 2 or 3 (``2x`` is accepted too)."""
    cleaned = text.strip().lower().removesuffix("x")
    try:
        value = int(cleaned)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected 1, 2 or 3, got {text!r}") from None
    if value not in SCALE_CHOICES:
        raise argparse.ArgumentTypeError(f"expected 1, 2 or 3, got {text!r}")
    return value


def parse_pin(text: str) -> Any:
    """Parse ``ID[:NAME=VALUE,...]`` into a validated compare pin.

    Raises
    ------
    UsageError
        For an unknown activation or a bad parameter.
    """
    from actgui.state.explorer import Pin

    activation_id, _, rest = text.partition(":")
    items = [item for item in rest.split(",") if item.strip()] if rest else []
    try:
        params = parse_param_assignments(activation_id.strip(), items)
        return Pin.make(activation_id.strip(), params)
    except UsageError as exc:
        raise UsageError(f"--compare {text}: {exc}") from None
    except ValueError as exc:
        raise UsageError(f"--compare {text}: {exc}") from None


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``export`` subcommand to the ``actgui`` command's subparsers."""
    parser = subparsers.add_parser(
        "export",
        help="export a view as PNG or SVG, or a gallery of every activation",
        description=(
            "Render a view of actgui to a PNG (at 1x, 2x or 3x) or an SVG without opening\n"
            "a window, or write a printable gallery of every activation with --gallery.\n"
            "With --sweep (or --view playground --train-epochs N), record an animated figure\n"
            "as GIF, APNG, WebP or MP4."
        ),
        epilog=(
            "examples:\n"
            "  actgui export --view curve --activation relu --out relu.png --size 800x600 --scale 2\n"
            "  actgui export --view compare --activation relu --compare sigmoid "
            "--compare elu:alpha=0.5 --out compare.svg\n"
            "  actgui export --gallery handout/\n"
            "  actgui export --setup lecture1.actgui --view forward --out lecture1-forward.svg\n"
            "  actgui export --view curve --activation leaky_relu --sweep negative_slope=0:1 "
            "--out leaky.gif\n"
            "  actgui export --view softmax --sweep temperature=0.1:10 --bounce --out temperature.webp\n"
            "  actgui export --view playground --train-epochs 300 --out training.gif"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--view", choices=VIEW_CHOICES, default="window", help="what to export (default: window)"
    )
    parser.add_argument("--activation", default=None, metavar="ID", help="activation id (default: sigmoid)")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a parameter of the activation (repeatable)",
    )
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        metavar="ID[:NAME=VALUE,...]",
        help="pin another curve for the comparison (repeatable)",
    )
    parser.add_argument(
        "--xrange", nargs=2, type=float, metavar=("MIN", "MAX"), help="the plotted x range (default -6 6)"
    )
    parser.add_argument(
        "--size", type=parse_size, metavar="WxH", help="logical size of the view (default depends on it)"
    )
    parser.add_argument(
        "--scale", type=parse_scale, default=1, metavar="S", help="PNG pixel scale: 1, 2 or 3 (default 1)"
    )
    parser.add_argument("--theme", choices=THEME_CHOICES, default="light", help="default: light")
    # SUPPRESS keeps the top-level --lang when it is not repeated here.
    parser.add_argument(
        "--lang", default=argparse.SUPPRESS, metavar="LANG", help="interface language, e.g. en or zh_CN"
    )
    parser.add_argument(
        "--setup",
        metavar="FILE",
        help=(
            "show the session of a setup file (.actgui): its activation, range, pins, layer and playground; "
            "--view window (the default) shows the page it was saved on"
        ),
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--out",
        metavar="FILE",
        help="the file to write: FILE.png or FILE.svg (animated: .gif, .apng, .webp, .mp4)",
    )
    target.add_argument(
        "--gallery", metavar="DIR", help="write one figure per activation and an index.html into DIR"
    )
    from actgui.cli.record_command import add_arguments

    add_arguments(parser)
    return parser


def _check_arguments(args: argparse.Namespace) -> None:
    """Validate everything that needs no Qt; raise UsageError on the first problem."""
    from actgui.files.atomic import ExportError, check_target

    if getattr(args, "setup", None) is not None:
        _check_setup(args)

    if args.gallery is not None:
        given = [
            name
            for name, value in (
                ("--activation", args.activation),
                ("--param", args.param),
                ("--compare", args.compare),
                ("--xrange", args.xrange),
                ("--size", args.size),
            )
            if value
        ]
        if given:
            raise UsageError(f"--gallery draws every activation at its defaults; drop {', '.join(given)}")
        from actgui.files.atomic import prepare_folder

        try:
            prepare_folder(args.gallery)
        except ExportError as exc:
            raise UsageError(str(exc)) from None
        return
    from actgui.export.render import format_of

    try:
        format_of(args.out)
        check_target(args.out)
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    if args.scale != 1 and args.out.lower().endswith(".svg"):
        raise UsageError("--scale applies to PNG only; an SVG is resolution-independent")
    if args.xrange is not None:
        from actgui.model.curves import check_range

        try:
            check_range(args.xrange[0], args.xrange[1], 1000)
        except ValueError as exc:
            raise UsageError(f"--xrange: {exc}") from None
    if args.view == "depth" and args.activation:
        from actgui.model import ACTIVATIONS

        act = ACTIVATIONS.get(args.activation)  # an unknown id is reported with the valid ones later
        if act is not None and act.is_vector:
            raise UsageError(f"--view depth needs an elementwise activation; {act.id} is a vector activation")


def _check_setup(args: argparse.Namespace) -> None:
    """Read and check ``--setup`` (kept as ``args.setup_data``); refuse what the setup already says."""
    if args.gallery is not None:
        raise UsageError("--gallery draws every activation at its defaults; drop --setup")
    given = [
        name
        for name, value in (
            ("--activation", args.activation),
            ("--param", args.param),
            ("--compare", args.compare),
            ("--xrange", args.xrange),
        )
        if value
    ]
    if given:
        raise UsageError(f"the setup holds the activation, its range and the pins; drop {', '.join(given)}")
    from actgui.files.setup_checks import SetupFileError
    from actgui.files.setup_file import load_setup

    try:
        args.setup_data = load_setup(args.setup)
    except SetupFileError as exc:
        raise UsageError(f"--setup {args.setup}: {exc}") from None


def setup_session(setup: Any) -> Any:
    """A fresh session showing a checked setup (the user's own settings are not read)."""
    from actgui.state.session import Session

    session = Session()
    session.apply_settings(setup.groups)
    return session


def _language(args: argparse.Namespace) -> str | None:
    lang = getattr(args, "lang", None)
    if not lang:
        return None
    from actgui.ui.i18n import normalize_language

    try:
        return normalize_language(lang)
    except ValueError as exc:
        raise UsageError(f"--lang: {exc}") from None


def build_request(args: argparse.Namespace) -> Any:
    """Turn parsed arguments into an :class:`~actgui.export.headless.ExportRequest`."""
    from actgui.export.headless import ExportRequest

    setup = getattr(args, "setup_data", None)
    if setup is not None:
        explorer = setup_session(setup).explorer
        return ExportRequest(
            view=args.view,
            activation=explorer.activation_id,
            params=explorer.params,
            pins=explorer.pins,
            x_range=explorer.x_range,
            size=args.size,
            scale=args.scale,
            theme=args.theme,
            lang=_language(args),
            page=setup.page if args.view == "window" else None,  # the page the teacher saved
        )
    activation = args.activation or "sigmoid"
    params = parse_param_assignments(activation, args.param)
    pins = tuple(parse_pin(text) for text in args.compare)
    return ExportRequest(
        view=args.view,
        activation=activation,
        params=params,
        pins=pins,
        x_range=tuple(args.xrange) if args.xrange else None,
        size=args.size,
        scale=args.scale,
        theme=args.theme,
        lang=_language(args),
    )


def run(args: argparse.Namespace) -> int:
    """Run ``actgui export``; return the exit status.

    Raises
    ------
    UsageError
        For bad arguments (the caller prints it as one line and exits 2).
    """
    from actgui.cli.record_command import run_animation, wants_animation

    if wants_animation(args):
        return run_animation(args, build_request, _language, _quiet_offscreen_platform)
    _check_arguments(args)
    request = None if args.gallery is not None else build_request(args)

    from actgui.ui.app import ensure_display

    ensure_display()
    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = _quiet_offscreen_platform()
    try:
        return _export(args, request)
    finally:
        qInstallMessageHandler(previous_handler)


def _export(args: argparse.Namespace, request: Any) -> int:
    from actgui.ui.app import create_app

    started = time.perf_counter()
    app = create_app()
    from actgui.files.atomic import ExportError
    from actgui.ui.i18n import install_language

    # Without --lang, the language the user chose in the app (or the system's).
    lang = install_language(app, _language(args) or _setup_language(args))
    try:
        if args.gallery is not None:
            from actgui.export.gallery import write_gallery

            result = write_gallery(args.gallery, lang=lang)
            print(f"{result.index} ({len(result.figures)} figures)")
            return EXIT_OK
        from dataclasses import replace

        from actgui.export.headless import export_request

        setup = getattr(args, "setup_data", None)
        if setup is not None:
            path = _export_setup(replace(request, lang=lang), setup, args.out)
        else:
            path = export_request(replace(request, lang=lang), args.out)
    except ExportError as exc:
        print(f"actgui: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    elapsed = time.perf_counter() - started
    print(f"{path} ({_describe(path, request)}, {elapsed:.2f} s)")
    return EXIT_OK


def _setup_language(args: argparse.Namespace) -> str | None:
    """The language a ``--setup`` asks for, if this actgui has it."""
    from actgui.ui.i18n import LANGUAGES

    setup = getattr(args, "setup_data", None)
    language = setup.language if setup is not None else None
    return language if language in LANGUAGES else None


def _export_setup(request: Any, setup: Any, out: str) -> Path:
    """Render ``request``'s view of the setup's session and write it atomically to ``out``."""
    from actgui.export.headless import render_request
    from actgui.export.render import format_of
    from actgui.files.atomic import check_target, write_atomic

    fmt = format_of(out)
    check_target(out)
    session = setup_session(setup)
    session.view.set_theme(request.theme)
    return write_atomic(out, render_request(request, fmt, session))


def _quiet_offscreen_platform() -> Any:
    """Drop the offscreen platform's notes on what it cannot do (raise, size hints).

    They are harmless for rendering and would only clutter the command's
    output; every other Qt message still reaches stderr.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if message.startswith("This plugin does not support"):
            return
        if kind != QtMsgType.QtDebugMsg:
            print(message, file=sys.stderr)

    return qInstallMessageHandler(handler)


def _describe(path: Path, request: Any) -> str:
    width, height = request.logical_size
    if path.suffix.lower() == ".svg":
        return f"SVG {width}x{height}"
    return f"PNG {width * request.scale}x{height * request.scale}"

"""The ``actgui`` command: the GUI by default, plus list, forward, open and export.

Bad input exits with status 2 and one line on stderr, never a traceback.
Qt is imported only by the commands that need it, so ``actgui list`` and
``actgui forward`` start fast and work without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

from actgui import __version__
from actgui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    UsageError,
    one_line,
    parse_param_assignments,
    parse_vector,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``actgui`` command."""
    parser = Parser(
        prog="actgui",
        description="See and teach how neural-network activation functions work.",
        epilog="Without a command, actgui opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"actgui {__version__}")
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="user-interface language, e.g. en or zh_CN (default: the last one chosen, else the system's)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build and paint the main window offscreen, report, and exit 0 (ok) or 1",
    )
    parser.add_argument(
        "--report-in-window",
        action="store_true",
        help="show a setup file that cannot be opened as a message in the window instead of "
        "exiting with status 2 (for a double click in a file manager)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p_list = sub.add_parser("list", help="list every activation with its parameters")
    p_list.add_argument("--json", action="store_true", help="print machine-readable JSON")

    p_fwd = sub.add_parser(
        "forward",
        help="run the seed's dense layer: y = f(x W + b)",
        description="x (1x10, uniform [0,1)) times W (10x5, uniform [-0.1,0.1)) plus b (zeros), "
        "through an activation (sigmoid by default).",
    )
    p_fwd.add_argument("--seed", type=int, default=None, help="random seed for W and x")
    p_fwd.add_argument("--activation", default="sigmoid", metavar="ID", help="activation id")
    p_fwd.add_argument(
        "--param", action="append", default=[], metavar="NAME=VALUE", help="activation parameter"
    )
    p_fwd.add_argument("--x", metavar="v1,...,v10", help="the 10 input values (default: random)")
    p_fwd.add_argument(
        "--init-range",
        nargs=2,
        type=float,
        default=(-0.1, 0.1),
        metavar=("LOW", "HIGH"),
        help="uniform range of W (default -0.1 0.1)",
    )
    p_fwd.add_argument("--json", action="store_true", help="print machine-readable JSON")

    p_open = sub.add_parser(
        "open",
        help="open the main window with a setup file (.actgui)",
        description="Open the main window showing a setup saved with File > Save setup "
        "(also: actgui FILE.actgui). A setup that cannot be read exits with status 2.",
    )
    p_open.add_argument("file", metavar="FILE", help="the setup file")

    p_register = sub.add_parser(
        "register-file-type",
        help="Windows: open setup files (.actgui) with actgui on a double click",
        description="Register .actgui setup files for the current user (Windows; no administrator "
        "rights needed), so a double click in Explorer opens them in actgui. On Linux, "
        "packaging/install-desktop.sh registers the type; the macOS app declares it itself.",
    )
    p_register.add_argument("--remove", action="store_true", help="take the registration out again")

    _add_export_parser(sub)
    return parser


COMMANDS = ("list", "forward", "open", "export", "register-file-type")


def with_open_command(argv: list[str]) -> list[str]:
    """``actgui FILE.actgui`` as ``actgui open FILE.actgui`` (a double click, "Open with").

    The first argument that is not an option is taken for a setup file when
    it is no command and names an existing file or ends in ``.actgui``.
    """
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            break
        if token == "--lang":
            i += 2
            continue
        if token.startswith("-"):
            i += 1
            continue
        if token not in COMMANDS and (token.lower().endswith(".actgui") or os.path.isfile(token)):
            return [*argv[:i], "open", *argv[i:]]
        break
    return argv


def _add_export_parser(sub: Any) -> None:
    try:
        from actgui.cli.export_command import add_parser
    except ImportError:
        return
    add_parser(sub)


def _activation_record(act: Any) -> dict[str, Any]:
    params = []
    for p in act.params:
        entry: dict[str, Any] = {"name": p.name, "default": p.default}
        if p.is_choice:
            entry["choices"] = list(p.choices)
        else:
            entry.update(minimum=p.minimum, maximum=p.maximum, step=p.step)
        params.append(entry)
    return {
        "id": act.id,
        "name": act.name,
        "category": act.category,
        "kind": act.kind,
        "output_range": act.output_range,
        "params": params,
    }


def cmd_list(args: argparse.Namespace) -> int:
    """Print the catalogue."""
    from actgui.model import ACTIVATIONS

    records = [_activation_record(a) for a in ACTIVATIONS.values()]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max(len(r["id"]) for r in records)
    for r in records:
        parts = []
        for p in r["params"]:
            if "choices" in p:
                parts.append(f"{p['name']}={p['default']} ({'|'.join(p['choices'])})")
            else:
                parts.append(f"{p['name']}={p['default']:g} [{p['minimum']:g}, {p['maximum']:g}]")
        params = ", ".join(parts) if parts else "-"
        print(f"{r['id']:<{width}}  {r['name']:<18}  {r['category']:<20}  {params}")
    return EXIT_OK


def cmd_forward(args: argparse.Namespace) -> int:
    """Run and print the dense layer's forward pass."""
    from actgui.model import DenseLayer, random_input

    params = parse_param_assignments(args.activation, args.param)
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
    low, high = args.init_range
    try:
        layer = DenseLayer.random(10, 5, low, high, seed=seed)
        x = parse_vector(args.x, 10, "--x") if args.x is not None else random_input(10, seed=seed + 1)
        result = layer.forward(x, args.activation, **params)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        doc = {
            "seed": seed,
            "activation": result.activation,
            "params": result.params,
            "x": result.x.tolist(),
            "W": result.weights.tolist(),
            "b": result.bias.tolist(),
            "h": result.pre_activation.tolist(),
            "y": result.output.tolist(),
        }
        print(json.dumps(doc, indent=2))
        return EXIT_OK
    with np.printoptions(precision=4, suppress=True, linewidth=100):
        label = result.activation + (
            "(" + ", ".join(f"{k}={v}" for k, v in result.params.items()) + ")" if result.params else ""
        )
        print(f"seed = {seed}")
        print(f"x (1x10) =\n{result.x}")
        print(f"W (10x5), uniform [{low:g}, {high:g}) =\n{result.weights}")
        print(f"b (5) =\n{result.bias}")
        print(f"h = x W + b =\n{result.pre_activation}")
        print(f"y = {label}(h) =\n{result.output}")
    return EXIT_OK


def cmd_register_file_type(args: argparse.Namespace, platform: str = sys.platform) -> int:
    """Register (or with ``--remove`` unregister) ``.actgui`` for the current Windows user."""
    from actgui.cli import file_type

    if platform != "win32":
        raise UsageError(
            "register-file-type is for Windows; on Linux run packaging/install-desktop.sh "
            "(or install-desktop.sh in the unpacked bundle), on macOS the app declares .actgui itself"
        )
    try:
        keys = file_type.unregister() if args.remove else file_type.register()
    except OSError as exc:
        raise UsageError(f"the registry refused: {exc.strerror or exc}") from None
    if args.remove:
        print(f"removed: {', '.join(keys) if keys else 'nothing was registered'}")
    else:
        command = " ".join(file_type.launch_command())
        print(
            f"{file_type.EXTENSION} files now open with: {command} (HKEY_CURRENT_USER\\{file_type.CLASSES})"
        )
    return EXIT_OK


def _checked_language(lang: str | None) -> str | None:
    """Validate ``--lang`` (UsageError for an unsupported language)."""
    if not lang:
        return None
    from actgui.ui.i18n import normalize_language

    try:
        return normalize_language(lang)
    except ValueError as exc:
        raise UsageError(f"--lang: {exc}") from None


def _checked_setup(path: str) -> str:
    """Read and check a setup before Qt starts (UsageError naming the first problem)."""
    from actgui.files.setup_checks import SetupFileError
    from actgui.files.setup_file import load_setup

    try:
        load_setup(path)
    except SetupFileError as exc:
        raise UsageError(f"{path}: {exc}") from None
    return path


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows).

    A setup file given (a double click, "Open with") is opened in the
    window, which says why if it cannot be; other arguments are ignored.
    """
    files = [arg for arg in sys.argv[1:] if not arg.startswith("-")][:1]
    return main(["--report-in-window", *files])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``actgui`` command and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(with_open_command(list(sys.argv[1:] if argv is None else argv)))
    try:
        if args.self_test:
            from actgui.ui.selftest import run_self_test

            return run_self_test(lang=_checked_language(args.lang))
        if args.command == "list":
            return cmd_list(args)
        if args.command == "forward":
            return cmd_forward(args)
        if args.command == "export":
            from actgui.cli.export_command import run

            return run(args)
        if args.command == "register-file-type":
            return cmd_register_file_type(args)
        setup = None
        if args.command == "open":
            setup = args.file if args.report_in_window else _checked_setup(args.file)
        from actgui.export import install_export_actions
        from actgui.ui.app import run_gui

        # The export layer sits above the interface: it adds its File menu entries here.
        return run_gui(lang=_checked_language(args.lang), extend=install_export_actions, setup=setup)
    except UsageError as exc:
        print(f"actgui: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `actgui list | head`): not an error.
        sys.stdout = open(os.devnull, "w")  # silence the flush at exit
        return EXIT_OK

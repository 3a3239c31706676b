"""The command line: ``python -m app`` opens the window; ``run``, ``list`` and ``snapshot`` work headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from models import VARIANTS, ConfigError, RunConfig, available_devices, run
from models.config import MAX_STEPS

from .export import ExportError, atomic_write, csv_text, json_text

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DIVERGED = 0, 1, 2, 3

# How each configuration field is spelled on the command line
OPTION = {
    "variant": "VARIANT",
    "N": "--N",
    "D_in": "--D-in",
    "H": "--H",
    "D_out": "--D-out",
    "lr": "--lr",
    "steps": "--steps",
    "seed": "--seed",
    "device": "--device",
    "dtype": "--dtype",
    "momentum": "--momentum",
    "update": "--update",
    "sizes": "--N/--D-in/--H/--D-out/--steps",
}


class UsageError(Exception):
    """A bad command line: reported in one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def build_parser() -> Parser:
    parser = Parser(
        prog="descent-lab",
        description="Watch the 'Introduction to PyTorch' notebook learn. "
        "With no command, opens the window.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run_parser = commands.add_parser(
        "run",
        help="train one variant headless and print 't loss' lines as the notebook does",
        description="Train one variant headless. Prints 't loss' lines exactly as the notebook "
        "does: every step for numpy, every 100th for the others.",
    )
    add_config_options(run_parser)
    run_parser.add_argument("--every", type=whole_number, metavar="K", help="print every K-th step")
    run_parser.add_argument("--csv", type=Path, metavar="PATH", help="write every step's loss as CSV")
    run_parser.add_argument("--json", type=Path, metavar="PATH", help="write the configuration and a summary")
    run_parser.add_argument("--png", type=Path, metavar="PATH", help="draw the loss curve as PNG")

    commands.add_parser("list", help="list the variants, their notebook sections and defaults")

    snapshot = commands.add_parser(
        "snapshot",
        help="run variants to the end in the window, offscreen, and save screenshots",
        description="Run a variant to the end in the real window, offscreen, and save "
        "a screenshot of the window: one slide per command.",
    )
    add_config_options(snapshot, variant_required=False)
    target = snapshot.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE.png", help="the screenshot of VARIANT")
    target.add_argument("--all", type=Path, metavar="DIR", help="one screenshot per variant, into DIR")
    return parser


def add_config_options(parser: argparse.ArgumentParser, variant_required: bool = True) -> None:
    parser.add_argument(
        "variant", metavar="VARIANT", nargs=None if variant_required else "?",
        help=f"one of {', '.join(VARIANTS)}",
    )
    parser.add_argument("--seed", type=whole_number, help="seeds numpy, torch and random (default 0)")
    parser.add_argument("--steps", type=whole_number, help="training steps (default 500)")
    parser.add_argument("--lr", type=number, help="learning rate (default: the notebook's)")
    parser.add_argument("--N", type=whole_number, help="batch size (default 64)")
    parser.add_argument("--D-in", dest="D_in", type=whole_number, help="input dimension (default 1000)")
    parser.add_argument("--H", type=whole_number, help="hidden dimension (default 100)")
    parser.add_argument("--D-out", dest="D_out", type=whole_number, help="output dimension (default 10)")
    parser.add_argument("--device", help=f"one of {', '.join(available_devices())} (default cpu)")
    parser.add_argument("--dtype", help="float32 or float64 (default: float64 for numpy, else float32)")
    parser.add_argument("--momentum", type=number, help="SGD momentum, dynamic only (default 0.9)")
    parser.add_argument("--update", help="nn only: notebook (its no-op update, default) or in-place")


# Options that mean something for one variant only
ONLY_FOR = {"momentum": "dynamic", "update": "nn"}


def config_from(args: argparse.Namespace, variant: str | None = None) -> RunConfig:
    """The validated configuration the options describe; ConfigError names a bad one.

    With ``variant`` given (snapshot --all), options for other variants are left out.
    """
    name = variant or args.variant
    if name not in VARIANTS:
        raise ConfigError("variant", name, f"one of {', '.join(VARIANTS)}")
    fields = ("N", "D_in", "H", "D_out", "lr", "steps", "seed", "device", "dtype", "momentum", "update")
    given = {field: getattr(args, field) for field in fields if getattr(args, field) is not None}
    for field, owner in ONLY_FOR.items():
        if field in given and name != owner:
            if variant is None:
                raise UsageError(f"argument {OPTION[field]}: applies to the {owner} variant only, not {name}")
            del given[field]
    return RunConfig.for_variant(name, **given)


def check_output(option: str, path: Path | None) -> None:
    """Refuse, before training, a file that could not be written."""
    if path is None:
        return
    folder = path.parent
    if path.is_dir():
        raise UsageError(f"argument {option}: {str(path)!r} is a folder, not a file")
    if not folder.is_dir():
        raise UsageError(f"argument {option}: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"argument {option}: the folder {str(folder)!r} is not writable")


def command_run(args: argparse.Namespace) -> int:
    config = config_from(args)
    if args.every is not None and not 1 <= args.every <= MAX_STEPS:
        raise UsageError(f"argument --every: {args.every} is not allowed: a whole number from 1 to {MAX_STEPS}")
    for option in ("csv", "json", "png"):
        check_output(f"--{option}", getattr(args, option))
    every = args.every or (1 if config.variant == "numpy" else 100)

    def print_loss(t: int, loss: float) -> None:
        if t % every == every - 1:
            print(t, loss)

    result = run(config, on_loss=print_loss)
    sys.stdout.flush()
    status = write_outputs(args, result)
    if result.diverged:
        print(
            f"{result.outcome}: the loss became {result.losses[-1]}; "
            f"try a learning rate smaller than {config.lr:g}",
            file=sys.stderr,
        )
        return EXIT_DIVERGED
    return status


def write_outputs(args: argparse.Namespace, result) -> int:
    status = EXIT_OK
    writers = {"csv": csv_text, "json": json_text, "png": _png}
    for option, make in writers.items():
        path = getattr(args, option)
        if path is None:
            continue
        try:
            atomic_write(path, make(result))
        except ExportError as error:
            print(f"descent-lab: {error}", file=sys.stderr)
            status = EXIT_FAILED
    return status


def _png(result) -> bytes:
    from .render import loss_curve_png  # Qt is loaded only when a picture is asked for

    return loss_curve_png(result)


def command_list() -> int:
    width = max(len(v.title) for v in VARIANTS.values())
    print(f"{'VARIANT':<9} {'NOTEBOOK SECTION':<{width}}  DEFAULTS")
    for variant in VARIANTS.values():
        defaults = RunConfig.for_variant(variant.name)
        extra = {"numpy": ", CPU only", "nn": ", update notebook", "dynamic": ", momentum 0.9"}
        print(
            f"{variant.name:<9} {variant.title:<{width}}  "
            f"lr {defaults.lr:g}, {defaults.dtype}{extra.get(variant.name, '')}"
        )
    base = RunConfig()
    print(f"\nAll: N={base.N}, D_in={base.D_in}, H={base.H}, D_out={base.D_out}, "
          f"steps={base.steps}, seed={base.seed}. Devices here: {', '.join(available_devices())}.")
    return EXIT_OK


def command_snapshot(args: argparse.Namespace) -> int:
    from .snapshot import snapshot_all, snapshot_one

    if args.all is not None:
        if args.variant is not None:
            raise UsageError("argument --all: takes no VARIANT; it saves all seven")
        if not args.all.is_dir():
            raise UsageError(f"argument --all: the folder {str(args.all)!r} does not exist")
        configs = [config_from(args, name) for name in VARIANTS]
        return snapshot_all(configs, args.all)
    if args.variant is None:
        raise UsageError("the following arguments are required: VARIANT (or --all DIR)")
    check_output("--out", args.out)
    return snapshot_one(config_from(args), args.out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if args.command == "run":
            return command_run(args)
        if args.command == "list":
            return command_list()
        if args.command == "snapshot":
            return command_snapshot(args)
        from .main import launch

        return launch()
    except UsageError as error:
        print(f"descent-lab: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ConfigError as error:
        option = OPTION.get(error.field, error.field)
        print(f"descent-lab: error: argument {option}: {error.value!r} is not allowed: {error.allowed}",
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("descent-lab: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `descent-lab run numpy | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK

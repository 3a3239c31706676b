"""The command line: ``python -m app`` opens the window; ``run``, ``list`` and ``snapshot`` work headless."""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from pathlib import Path

import models
from app.io import signals
from app.io.exports import csv_text, json_text
from app.io.filesystem import FileError, refusal_to_write, write_file
from models import VARIANTS, ConfigError, RunConfig
from models.config import MAX_STEPS, MAX_THREADS, REAL, UPDATES, WHOLE, parse_value
from models.edited import DEFAULT_STEP_TIMEOUT_S, MAX_STEP_TIMEOUT_S

from .edited_code import CodeFault, fault, read_code

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DIVERGED = 0, 1, 2, 3
THEMES = ("dark", "light")
SLIDE_PIXELS = (320, 7680)  # a slide's width and height: from a thumbnail's to an 8K screen's
MAX_SCALE = 4

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
    # argparse reads "-inf" or "-1e-4" as an option, not a value ("expected one
    # argument"); any number-like token after an option is its value here, so
    # the message can name it and say what is allowed.
    NEGATIVE_NUMBER = re.compile(r"^-(\d|\.\d|inf|nan)", re.IGNORECASE)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._negative_number_matcher = self.NEGATIVE_NUMBER

    def error(self, message: str):
        raise UsageError(message)

    def _get_values(self, action, arg_strings):
        # `--every=--`: Python 3.11's argparse drops the '--' and hands the option an empty
        # list; the value is the text '--', as Python 3.12 reads it, and is refused as such.
        if action.nargs is None and arg_strings == ["--"]:
            return self._get_value(action, "--")
        return super()._get_values(action, arg_strings)


def build_parser() -> Parser:
    parser = Parser(
        prog="descent-lab",
        description="Watch the 'Introduction to PyTorch' notebook learn. "
        "With no command, opens the window.",
    )
    parser.add_argument("--reset-settings", action="store_true",
                        help="forget the window's remembered settings and layout, then exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    opener = commands.add_parser(
        "open", help="open the window with a session file's settings",
        description="Open the window with the settings of a session file (File, Save session). "
        "A file that cannot be opened is explained in the window, which starts as it would.",
    )
    opener.add_argument("session", type=Path, metavar="FILE.json")

    run_parser = commands.add_parser(
        "run",
        help="train one variant headless and print 't loss' lines as the notebook does",
        description="Train one variant headless. Prints 't loss' lines exactly as the notebook "
        "does: every step for numpy, every 100th for the others.",
    )
    add_config_options(run_parser)
    run_parser.add_argument("--every", metavar="K", help="print every K-th step")
    run_parser.add_argument(
        "--threads", metavar="N",
        help="torch and BLAS threads (default: their own defaults, as the notebook runs)",
    )
    run_parser.add_argument("--csv", type=Path, metavar="PATH", help="write every step's loss as CSV ('-': stdout)")
    run_parser.add_argument("--json", type=Path, metavar="PATH",
                            help="write the configuration and a summary ('-': stdout)")
    run_parser.add_argument("--png", type=Path, metavar="PATH", help="draw the loss curve as PNG")
    add_code_option(run_parser)

    code = commands.add_parser(
        "code", help="print a variant's module, to edit and run with --code",
        description="Print the variant's whole module as models/ has it, its lines numbered as the "
        "code panel numbers them: edit it, then run it with 'run VARIANT --code FILE'.",
    )
    code.add_argument("variant", metavar="VARIANT", help=f"one of {', '.join(VARIANTS)}")

    commands.add_parser("list", help="list the variants, their notebook sections and defaults")

    desktop = commands.add_parser(
        "desktop-entry",
        help="add Descent Lab to the desktop's application menu, with its icon",
        description="Write a desktop entry and the app icon under $XDG_DATA_HOME (~/.local/share), "
        "so the desktop's menu starts this installation of the app.",
    )
    desktop.add_argument("--remove", action="store_true", help="take the entry and icon out again")

    snapshot = commands.add_parser(
        "snapshot",
        help="run variants to the end in the window, offscreen, and save screenshots",
        description="Run a variant to the end in the real window, offscreen, and save "
        "a screenshot of the window: one slide per command.",
    )
    add_config_options(snapshot, variant_required=False)
    target = snapshot.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE.png",
                        help="the screenshot of VARIANT: FILE.png, or FILE.jpg (or .jpeg) for a JPEG")
    target.add_argument("--all", type=Path, metavar="DIR", help="one PNG screenshot per variant, into DIR")
    add_slide_options(snapshot)
    add_code_option(snapshot)

    record = commands.add_parser(
        "record",
        help="run a variant to the end in the window, offscreen, and record it as MP4, GIF or WebP",
        description="Run a variant in the real window, offscreen, and record it frame by frame: "
        "the run's steps spread evenly over fps × seconds frames, so the recording is the same "
        "on any machine.",
    )
    add_config_options(record)
    record.add_argument("--out", type=Path, metavar="FILE", required=True,
                        help="the recording: FILE.mp4, FILE.gif or FILE.webp")
    record.add_argument("--fps", metavar="F", help="frames per second (default 30 for MP4, 10 for GIF and WebP)")
    record.add_argument("--seconds", metavar="S", help="the recording's length (default 10)")
    add_slide_options(record, overlay=False)
    add_code_option(record)
    return parser


def add_code_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--code", type=Path, metavar="FILE",
                        help="run this edited copy of VARIANT's module (see 'code VARIANT') in place of models/'s; "
                        "it runs with your rights, as a notebook cell does")
    parser.add_argument("--step-timeout", metavar="S",
                        help="stop an edit whose step does not come back within S seconds "
                        f"(default {DEFAULT_STEP_TIMEOUT_S:g}), exit code 4")


def step_timeout(text: str | None) -> float:
    """The seconds typed for --step-timeout, or its default."""
    if text is None:
        return DEFAULT_STEP_TIMEOUT_S
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 < seconds <= MAX_STEP_TIMEOUT_S):
        raise UsageError(f"argument --step-timeout: {text!r} is not allowed: "
                         f"a number of seconds > 0 and <= {MAX_STEP_TIMEOUT_S:g}")
    return seconds


def add_slide_options(parser: argparse.ArgumentParser, overlay: bool = True) -> None:
    """How a picture of the window looks: theme, presentation mode, size, pixel ratio, past runs."""
    parser.add_argument("--theme", choices=THEMES, default="dark", help="dark (default) or light")
    parser.add_argument("--presentation", action="store_true",
                        help="larger text and lines, as the window's presentation mode (P)")
    parser.add_argument("--size", metavar="WxH", help="the picture in pixels (default 1600x960)")
    parser.add_argument("--scale", metavar="R",
                        help="device pixel ratio: 2 draws the window as a screen at 200%% shows it (default 1)")
    if overlay:
        parser.add_argument("--overlay", action="store_true",
                            help="keep the earlier variants' runs on each slide as past runs")


def add_config_options(parser: argparse.ArgumentParser, variant_required: bool = True) -> None:
    parser.add_argument(
        "variant", metavar="VARIANT", nargs=None if variant_required else "?",
        help=f"one of {', '.join(VARIANTS)}",
    )
    parser.add_argument("--seed", help="seeds numpy, torch and random (default 0)")
    parser.add_argument("--steps", help="training steps (default 500)")
    parser.add_argument("--lr", help="learning rate (default: the notebook's)")
    parser.add_argument("--N", help="batch size (default 64)")
    parser.add_argument("--D-in", dest="D_in", help="input dimension (default 1000)")
    parser.add_argument("--H", help="hidden dimension (default 100)")
    parser.add_argument("--D-out", dest="D_out", help="output dimension (default 10)")
    parser.add_argument("--device", help="cpu (default), or cuda, cuda:N or mps where torch finds them")
    parser.add_argument("--dtype", help="float32 or float64 (default: float64 for numpy, else float32)")
    parser.add_argument("--momentum", help=f"SGD momentum, {ONLY_FOR['momentum']} only (default {RunConfig.momentum})")
    parser.add_argument("--update", help=f"{ONLY_FOR['update']} only: {' or '.join(UPDATES)} "
                                         f"(default {RunConfig.update}, the notebook's no-op update)")


# Options that mean something for one variant only
ONLY_FOR = {option: name for name, variant in VARIANTS.items() for option in variant.options}


def config_from(args: argparse.Namespace, variant: str | None = None) -> RunConfig:
    """The validated configuration the options describe; ConfigError names a bad one.

    With ``variant`` given (snapshot --all), options for other variants are left out.
    """
    name = variant or args.variant
    if name not in VARIANTS:
        raise ConfigError("variant", name, f"one of {', '.join(VARIANTS)}")
    fields = ("N", "D_in", "H", "D_out", "lr", "steps", "seed", "device", "dtype", "momentum", "update")
    given = {field: getattr(args, field) for field in fields if getattr(args, field) is not None}
    for field, text in given.items():
        if field in WHOLE or field in REAL:
            given[field] = parse_value(field, text)
    for field, owner in ONLY_FOR.items():
        if field in given and name != owner:
            if variant is None:
                raise UsageError(f"argument {OPTION[field]}: applies to the {owner} variant only, not {name}")
            del given[field]
    return RunConfig.for_variant(name, **given)


def _count(option: str, text: str | None, high: int) -> int | None:
    """A whole number from 1 to ``high`` typed for ``option``, or None when it was not given."""
    if text is None:
        return None
    try:
        number = int(text)
    except ValueError:
        number = None
    if number is None or not 1 <= number <= high:
        raise UsageError(f"argument {option}: {text!r} is not allowed: a whole number from 1 to {high}")
    return number


def check_output(option: str, path: Path | None, *, text: bool) -> None:
    """Refuse, before training, a file that could not be written (see filesystem.refusal_to_write)."""
    refusal = None if path is None else refusal_to_write(path, text=text)
    if refusal is not None:
        raise UsageError(f"argument {option}: {refusal}")


def slide_from(args: argparse.Namespace):
    """The look and size the slide options ask for; UsageError names a bad one."""
    from .slides import Slide

    scale = _count("--scale", args.scale, MAX_SCALE) or 1
    size = Slide.size
    if args.size is not None:
        match = re.fullmatch(r"(\d{1,5})[xX](\d{1,5})", args.size.strip())
        low, high = SLIDE_PIXELS
        if not match or not all(low * scale <= int(side) <= high for side in match.groups()):
            raise UsageError(f"argument --size: {args.size!r} is not allowed: WIDTHxHEIGHT in pixels, "
                             f"each from {low * scale} to {high} (at --scale {scale})")
        size = (int(match[1]), int(match[2]))
    return Slide(args.theme, args.presentation, size, scale, getattr(args, "overlay", False))


def command_run(args: argparse.Namespace) -> int:
    every = _count("--every", args.every, MAX_STEPS)
    threads = _count("--threads", args.threads, MAX_THREADS)
    config = config_from(args)
    for option in ("csv", "json", "png"):
        check_output(f"--{option}", getattr(args, option), text=option != "png")
    every = every or VARIANTS[config.variant].print_every

    def print_loss(t: int, loss: float) -> None:
        if t % every == every - 1:
            print(t, loss)

    limit_s = step_timeout(args.step_timeout)  # for --code
    edited = read_code(args.code, config.variant, limit_s) if args.code is not None else None
    result = models.run(config, on_loss=print_loss, threads=threads, train=edited and edited.train)
    sys.stdout.flush()
    status = write_outputs(args, result, edited)
    if result.error is not None:  # the edit's fault, told as the student's own after what it did is written
        raise fault(edited, result.error)
    if result.diverged:
        print(
            f"{result.outcome}: the loss became {result.losses[-1]}; "
            f"try a learning rate smaller than {config.lr:g}",
            file=sys.stderr,
        )
        return EXIT_DIVERGED
    return status


def write_outputs(args: argparse.Namespace, result, edited=None) -> int:
    status = EXIT_OK
    writers = {"csv": csv_text, "json": lambda result: json_text(result, edited), "png": _png}
    for option, make in writers.items():
        path = getattr(args, option)
        if path is None:
            continue
        try:
            write_file(path, make(result))
        except FileError as error:
            print(f"descent-lab: {error}", file=sys.stderr)
            status = EXIT_FAILED
    return status


def _png(result) -> bytes:
    from app.gui.pictures import loss_curve_png  # Qt is loaded only when a picture is asked for

    with signals.deferred():  # Qt paints through Python, where a signal may not raise
        return loss_curve_png(result)


def command_list() -> int:
    width = max(len(v.title) for v in VARIANTS.values())
    print(f"{'VARIANT':<9} {'NOTEBOOK SECTION':<{width}}  DEFAULTS")
    for variant in VARIANTS.values():
        defaults = RunConfig.for_variant(variant.name)
        extra = [", CPU only"] if variant.cpu_only else []
        extra += [f", {option} {getattr(defaults, option)}" for option in variant.options]
        print(f"{variant.name:<9} {variant.title:<{width}}  lr {defaults.lr:g}, {defaults.dtype}{''.join(extra)}")
    base = RunConfig()
    print(f"\nAll: N={base.N}, D_in={base.D_in}, H={base.H}, D_out={base.D_out}, "
          f"steps={base.steps}, seed={base.seed}. Devices here: {', '.join(models.available_devices())}.")
    return EXIT_OK


def command_code(args: argparse.Namespace) -> int:
    if args.variant not in VARIANTS:
        raise ConfigError("variant", args.variant, f"one of {', '.join(VARIANTS)}")
    sys.stdout.write(VARIANTS[args.variant].full_source())
    return EXIT_OK


def command_snapshot(args: argparse.Namespace) -> int:
    from .slides import refusal_of_format, snapshot_all, snapshot_one

    slide = slide_from(args)
    limit_s = step_timeout(args.step_timeout)  # for --code
    if args.all is not None:
        if args.variant is not None:
            raise UsageError("argument --all: takes no VARIANT; it saves all seven")
        if args.code is not None:
            raise UsageError("argument --code: edits one VARIANT's module; give VARIANT --out FILE.png, not --all")
        _make_folder(args.all)
        configs = [config_from(args, name) for name in VARIANTS]
        return snapshot_all(configs, args.all, slide)
    if args.variant is None:
        raise UsageError("the following arguments are required: VARIANT (or --all DIR)")
    check_output("--out", args.out, text=False)
    refusal = refusal_of_format(args.out)
    if refusal is not None:
        raise UsageError(f"argument --out: {refusal}")
    config = config_from(args)
    edited = read_code(args.code, config.variant, limit_s) if args.code is not None else None
    return snapshot_one(config, args.out, slide, edited)


def command_record(args: argparse.Namespace) -> int:
    from app.io import video

    if args.size is None:
        args.size = "1280x720"  # a slide's
    slide = slide_from(args)
    try:
        video.check_destination(args.out)
    except video.RecordingError as error:
        raise UsageError(f"argument --out: {error}") from None
    fps = _count("--fps", args.fps, video.MAX_FPS) or video.DEFAULT_FPS[args.out.suffix.lower()]
    seconds = _seconds(args.seconds)
    limit_s = step_timeout(args.step_timeout)  # for --code
    config = config_from(args)
    edited = read_code(args.code, config.variant, limit_s) if args.code is not None else None
    from .slides import record_one

    return record_one(config, args.out, fps, seconds, slide, edited)


def _seconds(text: str | None) -> float:
    from app.io.video import MAX_SECONDS

    if text is None:
        return 10.0
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 < seconds <= MAX_SECONDS):
        raise UsageError(f"argument --seconds: {text!r} is not allowed: a number > 0 and <= {MAX_SECONDS}")
    return seconds


def command_reset_settings() -> int:
    from app.gui.settings import forget_remembered

    try:
        print(forget_remembered())
    except FileError as error:
        print(f"descent-lab: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def command_desktop_entry(args: argparse.Namespace) -> int:
    from . import desktop

    try:
        done = desktop.remove() if args.remove else desktop.install()
    except (OSError, FileError) as error:
        print(f"descent-lab: {error}", file=sys.stderr)
        return EXIT_FAILED
    verb = "removed" if args.remove else "wrote"
    for path in done:
        print(f"{verb} {path}")
    if not done:
        print("no desktop entry was installed")
    return EXIT_OK


def _make_folder(folder: Path) -> None:
    """``snapshot --all DIR`` makes DIR (and its parents) when it is not there yet."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"argument --all: {str(folder)!r} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"argument --all: could not make the folder {str(folder)!r}: "
                         f"{error.strerror or error}") from None


def _as_typed(argv: list[str], option: str, value):
    """The value as the user typed it (1e400, not inf), when the option was given once."""
    typed = [argv[i + 1] for i, token in enumerate(argv[:-1]) if token == option]
    typed += [token.partition("=")[2] for token in argv if token.startswith(option + "=")]
    return typed[-1] if typed and not isinstance(value, str) else value


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        with signals.handled():  # Ctrl+C and SIGTERM: one line and exit 130 or 143, whatever runs
            return dispatch(argv)
    except UsageError as error:
        print(f"descent-lab: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CodeFault as error:
        print(error.text, file=sys.stderr)
        return error.status
    except ConfigError as error:
        option = OPTION[error.field]  # every field RunConfig checks, and its sizes
        value = _as_typed(argv, option, error.value)
        print(f"descent-lab: error: argument {option}: {value!r} is not allowed: {error.allowed}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # where no handler could be installed (a thread other than the main one)
        print(signals.LINE, file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `descent-lab run numpy | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def dispatch(argv: list[str]) -> int:
    """The command ``argv`` names, run; its exit status."""
    args = build_parser().parse_args(argv)
    if args.reset_settings:
        return command_reset_settings()
    if args.command in (None, "open", "snapshot", "record") or getattr(args, "png", None) is not None:
        signals.import_qt()
    if args.command == "run":
        return command_run(args)
    if args.command == "list":
        return command_list()
    if args.command == "code":
        return command_code(args)
    if args.command == "snapshot":
        return command_snapshot(args)
    if args.command == "record":
        return command_record(args)
    if args.command == "desktop-entry":
        return command_desktop_entry(args)
    from app.gui.launch import launch

    return launch(session=args.session if args.command == "open" else None)

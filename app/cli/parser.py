"""The command line's grammar: the commands, their options, what each option may be (``options``) and
the function that runs each command (``func``, set as the command's default)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any, NoReturn

from app.io import video
from app.language import translate
from models import VARIANTS, RunConfig
from models.config import MAX_STEPS, MAX_THREADS, UPDATES
from models.edited import DEFAULT_STEP_TIMEOUT_S

from . import desktop, inside, notebook, recording, run, snapshot, window
from .options import (
    MAX_SCALE,
    ONLY_FOR,
    Slide,
    UsageError,
    config_value,
    count,
    folder,
    language_code,
    notebook_file,
    predictions_file,
    recording_file,
    screen_number,
    seconds,
    slide_file,
    step_number,
    step_timeout,
    variant_name,
    writable,
)

THEMES = ("dark", "light")
# A token that reads as a negative number ("-1e-4", "-inf", "-.5"), which argparse may take for an option
NUMBER_LIKE = re.compile(r"-(\d|\.\d|inf|nan)", re.IGNORECASE)


class Parser(argparse.ArgumentParser):
    """A refusal raises UsageError, which ``main`` says in one line (exit code 2); values are stored by ``Value``."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.register("action", None, Value)  # the action of every option that takes a value

    def error(self, message: str) -> NoReturn:
        option, colon, why = message.partition(": ")
        if colon and option.startswith("argument "):  # argparse's own English words, in the class's language
            message = translate("Parser", "argument {option}: {why}").format(option=option.removeprefix("argument "),
                                                                              why=why)
        raise UsageError(message)


class Value(argparse.Action):
    """The action of every option that takes a value: argparse's ``store``, and a value typed as '--' read
    as Python 3.12 reads it, where Python 3.11's argparse drops it (``--every=--``) and hands on an empty
    list, unconverted and unchecked."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        if values == [] and self.nargs is None:
            values = self._read("--")
        setattr(namespace, self.dest, values)

    def _read(self, text: str) -> Any:
        try:
            value = self.type(text) if callable(self.type) else text
        except argparse.ArgumentTypeError as error:
            raise argparse.ArgumentError(self, str(error)) from None
        if self.choices is not None and value not in self.choices:
            raise argparse.ArgumentError(self, translate("Parser", "invalid choice: {value}").format(value=repr(value)))
        return value


def joined_values(argv: list[str]) -> list[str]:
    """``argv`` with each negative number joined to the long option before it: ``--lr -1e-4`` becomes
    ``--lr=-1e-4``, the spelling argparse documents for a value that starts with '-'. Left apart, argparse
    takes '-1e-4' or '-inf' for an option of its own and refuses "--lr: expected one argument", where the
    refusal should name the value and what is allowed. No option of this app looks like a negative number,
    and none takes one; after a flag (``--presentation -1``), argparse refuses the value it would ignore."""
    joined: list[str] = []
    for token in argv:
        before = joined[-1] if joined else ""
        if NUMBER_LIKE.match(token) and before.startswith("--") and len(before) > 2 and "=" not in before:
            joined[-1] = f"{before}={token}"
        else:
            joined.append(token)
    return joined


def build_parser() -> Parser:
    parser = Parser(
        prog="descent-lab",
        description=translate("Parser", "Watch the 'Introduction to PyTorch' notebook learn. With no command, opens "
                                        "the window."),
    )
    parser.add_argument("--reset-settings", action="store_true",
                        help=translate("Parser", "forget the window's remembered settings and layout, then exit"))
    parser.add_argument("--lang", type=language_code, metavar="CODE",
                        help=translate("Parser", "the language of the window and of this command's sentences: en, "
                                                 "de or fr (default: the View menu's choice, else the system's)"))
    parser.add_argument("--screen", type=screen_number, metavar="N",
                        help=translate("Parser", "the window's plots full screen on screen N (0 is the first), its "
                                                 "controls where it opens: a projector's view, as View, Show on second "
                                                 "screen gives"))
    parser.set_defaults(func=window.launch)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    opener = commands.add_parser(
        "open", help=translate("Parser", "open the window with a session file's settings"),
        description=translate("Parser", "Open the window with the settings of a session file (File, Save session). A "
                                        "file that cannot be opened is explained in the window, which starts as it "
                                        "would."),
    )
    opener.add_argument("session", type=Path, metavar="FILE.json")
    opener.set_defaults(func=window.open_session)

    run_parser = commands.add_parser(
        "run",
        help=translate("Parser", "train one variant headless and print 't loss' lines as the notebook does"),
        description=translate("Parser", "Train one variant headless. Prints 't loss' lines exactly as the notebook "
                                        "does: every step for numpy, every 100th for the others."),
    )
    add_config_options(run_parser)
    run_parser.add_argument("--every", metavar="K", type=count(MAX_STEPS),
                            help=translate("Parser", "print every K-th step"))
    run_parser.add_argument(
        "--threads", metavar="N", type=count(MAX_THREADS),
        help=translate("Parser", "torch and BLAS threads (default: their own defaults, as the notebook runs)"),
    )
    run_parser.add_argument("--csv", type=writable(text=True), metavar="PATH",
                            help=translate("Parser", "write every step's loss as CSV ('-': stdout)"))
    run_parser.add_argument("--json", type=writable(text=True), metavar="PATH",
                            help=translate("Parser", "write the configuration and a summary ('-': stdout)"))
    run_parser.add_argument("--png", type=writable(text=False), metavar="PATH",
                            help=translate("Parser", "draw the loss curve as PNG"))
    add_code_option(run_parser)
    run_parser.set_defaults(func=run.run)
    add_notebook_command(commands)

    inspecting = commands.add_parser(
        "inspect",
        help=translate("Parser", "print one step's named tensors, from the inside, as the window's 'Inside this step' "
                                 "shows them"),
        description=translate("Parser", "Run a variant to step K and print each tensor of that step's forward and "
                                        "backward passes, under the name the code gives it, in the order the code "
                                        "computes them: name, shape, dtype, min, max, mean and norm, one line each. On "
                                        "the notebook's threads by default, so the numbers are those of the notebook's "
                                        "cells stopped at step K."),
    )
    add_config_options(inspecting)
    inspecting.add_argument("--step", metavar="K", type=step_number, required=True,
                            help=translate("Parser", "the step, counted from 0 as the notebook's t (and the CSV's "
                                                     "step) count"))
    inspecting.add_argument("--threads", metavar="N", type=count(MAX_THREADS),
                            help=translate("Parser", "torch and BLAS threads (default: the notebook's; the window uses "
                                                     "1 for small problems)"))
    inspecting.add_argument("--json", type=writable(text=True), metavar="PATH",
                            help=translate("Parser", "write the step as JSON, with the graph's nodes and edges ('-': "
                                                     "stdout)"))
    inspecting.add_argument("--dot", type=writable(text=True), metavar="PATH",
                            help=translate("Parser", "write the graph in Graphviz's dot language ('-': stdout)"))
    add_code_option(inspecting)
    inspecting.set_defaults(func=inside.inspect)

    code = commands.add_parser(
        "code", help=translate("Parser", "print a variant's module, to edit and run with --code"),
        description=translate("Parser", "Print the variant's whole module as models/ has it, its lines numbered as the "
                                        "code panel numbers them: edit it, then run it with 'run VARIANT --code "
                                        "FILE'."),
    )
    code.add_argument("variant", metavar="VARIANT", type=variant_name,
                      help=translate("Parser", "one of {names}").format(names=", ".join(VARIANTS)))
    code.set_defaults(func=run.print_code)

    listing = commands.add_parser("list", help=translate("Parser", "list the variants, their notebook sections and "
                                                                  "defaults"))
    listing.set_defaults(func=run.list_variants)

    entry = commands.add_parser(
        "desktop-entry",
        help=translate("Parser", "add Descent Lab to the desktop's application menu, with its icon"),
        description=translate("Parser", "Write a desktop entry and the app icon under $XDG_DATA_HOME (~/.local/share), "
                                        "so the desktop's menu starts this installation of the app."),
    )
    entry.add_argument("--remove", action="store_true", help=translate("Parser", "take the entry and icon out again"))
    entry.set_defaults(func=desktop.desktop_entry)

    slides = commands.add_parser(
        "snapshot",
        help=translate("Parser", "run variants to the end in the window, offscreen, and save screenshots"),
        description=translate("Parser", "Run a variant to the end in the real window, offscreen, and save a screenshot "
                                        "of the window: one slide per command."),
    )
    add_config_options(slides, variant_required=False)
    target = slides.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=slide_file, metavar="FILE.png",
                        help=translate("Parser", "the screenshot of VARIANT: FILE.png, or FILE.jpg (or .jpeg) for a "
                                                 "JPEG"))
    target.add_argument("--all", type=folder, metavar="DIR", help=translate("Parser", "one PNG screenshot per variant, "
                                                                                      "into DIR"))
    add_slide_options(slides)
    add_code_option(slides)
    slides.set_defaults(func=snapshot.snapshot)

    record = commands.add_parser(
        "record",
        help=translate("Parser", "run a variant to the end in the window, offscreen, and record it as MP4, GIF or "
                                 "WebP"),
        description=translate("Parser", "Run a variant in the real window, offscreen, and record it frame by frame: "
                                        "the run's steps spread evenly over fps × seconds frames, so the recording is "
                                        "the same on any machine."),
    )
    add_config_options(record)
    record.add_argument("--out", type=recording_file, metavar="FILE", required=True,
                        help=translate("Parser", "the recording: FILE.mp4, FILE.gif or FILE.webp"))
    record.add_argument("--fps", metavar="F", type=count(video.MAX_FPS),
                        help=translate("Parser", "frames per second (default 30 for MP4, 10 for GIF and WebP)"))
    record.add_argument("--seconds", metavar="S", type=seconds, default=10.0,
                        help=translate("Parser", "the recording's length (default 10)"))
    add_slide_options(record, overlay=False, size="1280x720")  # a slide's
    add_code_option(record)
    record.set_defaults(func=recording.record)
    for command in {id(each): each for each in commands.choices.values()}.values():
        # --lang may follow the command too (the program's own option, which its help shows)
        command.add_argument("--lang", type=language_code, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def add_code_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--code", type=Path, metavar="FILE",
                        help=translate("Parser", "run this edited copy of VARIANT's module (see 'code VARIANT'), or "
                                                 "the module cell of a notebook 'notebook' exported (FILE.ipynb), in "
                                                 "place of models/'s; it runs with your rights, as a notebook cell "
                                                 "does"))
    parser.add_argument("--step-timeout", metavar="S", type=step_timeout, default=DEFAULT_STEP_TIMEOUT_S,
                        help=translate("Parser", "stop an edit whose step does not come back within S seconds "
                                                 "(default {seconds}), exit code 4").format(
                            seconds=f"{DEFAULT_STEP_TIMEOUT_S:g}"))


def add_notebook_command(commands: argparse._SubParsersAction) -> None:
    book = commands.add_parser(
        "notebook",
        help=translate("Parser", "run a variant headless and write a Jupyter notebook that reproduces the run"),
        description=translate("Parser", "Run a variant headless, as 'run' does, and write a Jupyter notebook (.ipynb) "
                                        "that prints what 'run' prints with the same options, to the last digit: the "
                                        "notebook's section, its cells with the run's settings put in (or the edited "
                                        "module given with --code), and the run's printed losses."),
    )
    add_config_options(book)
    book.add_argument("--out", type=notebook_file, metavar="FILE.ipynb", required=True,
                      help=translate("Parser", "the notebook to write ('-': stdout)"))
    book.add_argument("--every", metavar="K", type=count(MAX_STEPS), help=translate("Parser", "print every K-th step"))
    book.add_argument("--threads", metavar="N", type=count(MAX_THREADS),
                      help=translate("Parser", "torch and BLAS threads, set in the notebook too (default: their own "
                                               "defaults)"))
    add_code_option(book)
    book.set_defaults(func=notebook.notebook)


def add_slide_options(parser: argparse.ArgumentParser, overlay: bool = True, size: str | None = None) -> None:
    """How a picture of the window looks: theme, presentation mode, size, pixel ratio, past runs, predictions, the
    step inside.

    --size is checked with --scale, once both are read (``options.slide_from``).
    """
    parser.add_argument("--theme", choices=THEMES, default="dark", help=translate("Parser", "dark (default) or light"))
    parser.add_argument("--presentation", action="store_true",
                        help=translate("Parser", "larger text and lines, as the window's presentation mode (P)"))
    shown = size or "x".join(map(str, Slide.size))
    parser.add_argument("--size", metavar="WxH", default=size,
                        help=translate("Parser", "the picture in pixels (default {size})").format(size=shown))
    parser.add_argument("--scale", metavar="R", type=count(MAX_SCALE), default=1,
                        help=translate("Parser", "device pixel ratio: 2 draws the window as a screen at 200%% shows it "
                                                 "(default 1)"))
    step = translate("Parser", "the last step") if overlay else translate("Parser", "each frame's step")
    parser.add_argument("--inside", action="store_true",
                        help=translate("Parser", "show 'Inside this step' (I) beside the loss, on {step}: the graph "
                                                 "autograd built and the first tensor, as the window computes them "
                                                 "(for small problems, what 'inspect --threads 1' prints)"
                                       ).format(step=step))
    if overlay:
        parser.add_argument("--overlay", action="store_true",
                            help=translate("Parser", "keep the earlier variants' runs on each slide as past runs"))
    parser.add_argument("--predict", type=predictions_file, metavar="FILE.csv",
                        help=translate("Parser", "the class's predictions, rows of name,step,loss: drawn from the "
                                                 "start and scored against the run"))


def add_config_options(parser: argparse.ArgumentParser, variant_required: bool = True) -> None:
    parser.add_argument(
        "variant", metavar="VARIANT", nargs=None if variant_required else "?", type=variant_name,
        help=translate("Parser", "one of {names}").format(names=", ".join(VARIANTS)),
    )
    parser.add_argument("--seed", type=config_value("seed"),
                        help=translate("Parser", "seeds numpy, torch and random (default 0)"))
    parser.add_argument("--steps", type=config_value("steps"), help=translate("Parser", "training steps (default 500)"))
    parser.add_argument("--lr", type=config_value("lr"),
                        help=translate("Parser", "learning rate (default: the notebook's)"))
    parser.add_argument("--N", type=config_value("N"), help=translate("Parser", "batch size (default 64)"))
    parser.add_argument("--D-in", dest="D_in", type=config_value("D_in"),
                        help=translate("Parser", "input dimension (default 1000)"))
    parser.add_argument("--H", type=config_value("H"), help=translate("Parser", "hidden dimension (default 100)"))
    parser.add_argument("--D-out", dest="D_out", type=config_value("D_out"),
                        help=translate("Parser", "output dimension (default 10)"))
    parser.add_argument("--device",
                        help=translate("Parser", "cpu (default), or cuda, cuda:N or mps where torch finds them"))
    parser.add_argument("--dtype",
                        help=translate("Parser", "float32 or float64 (default: float64 for numpy, else float32)"))
    parser.add_argument("--momentum", type=config_value("momentum"),
                        help=translate("Parser", "SGD momentum, {variant} only (default {momentum})").format(
                            variant=ONLY_FOR["momentum"], momentum=RunConfig.momentum))
    parser.add_argument("--update", help=translate("Parser", "{variant} only: {choices} (default {update}, the "
                                                             "notebook's no-op update)").format(
                            variant=ONLY_FOR["update"], choices=" or ".join(UPDATES), update=RunConfig.update))

"""What each option may be, checked as argparse reads it, and what the options make together.

Each type callable takes the text as typed and returns its value, or raises
``ArgumentTypeError`` quoting that text with what is allowed; argparse puts the
option's name in front ("argument --lr: '1e400' is not allowed: ..."). What depends
on several options is checked once they are all read: the run's configuration
(``config_from``: a variant's own options, memory) and a slide's look (``slide_from``:
its size at its pixel ratio); ``UsageError`` and ``ConfigError`` say those.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.io import video
from app.io.filesystem import FileError, read_file, refusal_to_write, stream_of
from app.language import LANGUAGES, known, translate
from models import VARIANTS, ConfigError, RunConfig
from models.config import MAX_STEPS, parse_value
from models.edited import DEFAULT_STEP_TIMEOUT_S, MAX_STEP_TIMEOUT_S
from models.prediction_files import MAX_BYTES, parse_predictions
from models.predictions import Prediction, PredictionError

SLIDE_PIXELS = (320, 7680)  # a slide's width and height: from a thumbnail's to an 8K screen's
MAX_SCALE = 4
SLIDE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}  # a slide's, by the name's suffix
SIZE = re.compile(r"(\d{1,5})[xX](\d{1,5})")
CONFIG_FIELDS = ("N", "D_in", "H", "D_out", "lr", "steps", "seed", "device", "dtype", "momentum", "update")

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

# Options that mean something for one variant only
ONLY_FOR = {option: name for name, variant in VARIANTS.items() for option in variant.options}


class UsageError(Exception):
    """A bad command line: reported in one line, exit code 2."""


def _refused(text: str, allowed: str) -> argparse.ArgumentTypeError:
    said = translate("Options", "{text} is not allowed: {allowed}")
    return argparse.ArgumentTypeError(said.format(text=repr(text), allowed=allowed))


def language_code(text: str) -> str:
    """``--lang``: a language the app speaks (en, de, fr), or the pseudo-locale that tests the layout."""
    if not known(text):
        named = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        raise _refused(text, translate("Options", "one of {languages}").format(languages=named))
    return text


def variant_name(text: str) -> str:
    """VARIANT: one of the variants models/ declares."""
    if text not in VARIANTS:
        raise _refused(text, translate("Options", "one of {names}").format(names=", ".join(VARIANTS)))
    return text


def config_value(field: str) -> Callable[[str], int | float]:
    """A numeric setting of the run (``field`` of RunConfig), read and checked as the configuration checks it."""
    def read(text: str) -> int | float:
        try:
            return parse_value(field, text)
        except ConfigError as error:
            raise _refused(text, error.allowed) from None

    return read


def count(high: int) -> Callable[[str], int]:
    """A whole number from 1 to ``high``: --every, --threads, --fps, --scale."""
    def whole(text: str) -> int:
        try:
            number = int(text)
        except ValueError:  # not a whole number, or more digits than int() reads
            number = None
        if number is None or not 1 <= number <= high:
            raise _refused(text, translate("Options", "a whole number from 1 to {high}").format(high=high))
        return number

    return whole


def step_number(text: str) -> int:
    """inspect --step: a step of a run, counted from 0 as the notebook's ``t`` counts (its run's --steps is
    checked once every option is read)."""
    try:
        number = int(text)
    except ValueError:
        number = None
    if number is None or not 0 <= number < MAX_STEPS:
        said = translate("Options", "a step from 0 to {last}, counted from 0 as the notebook's t")
        raise _refused(text, said.format(last=MAX_STEPS - 1))
    return number


MAX_SCREEN = 15  # the highest screen number --screen takes: Qt numbers the screens from 0


def screen_number(text: str) -> int:
    """--screen N: a screen as Qt numbers them, from 0; one this computer lacks is told in the window."""
    number = int(text) if text.isascii() and text.isdigit() and len(text) <= 2 else -1
    if not 0 <= number <= MAX_SCREEN:
        raise _refused(text, translate("Options", "a screen's number, from 0 to {last}").format(last=MAX_SCREEN))
    return number


def _number(text: str) -> float:
    """``text`` as a finite number, else NaN (which no range holds)."""
    try:
        number = float(text)
    except ValueError:
        return math.nan
    return number if math.isfinite(number) else math.nan


def seconds(text: str) -> float:
    """--seconds: a recording's length."""
    number = _number(text)
    if not 0 < number <= video.MAX_SECONDS:
        raise _refused(text, translate("Options", "a number > 0 and <= {high}").format(high=video.MAX_SECONDS))
    return number


def step_timeout(text: str | None) -> float:
    """The seconds typed for --step-timeout, or its default."""
    if text is None:
        return DEFAULT_STEP_TIMEOUT_S
    number = _number(text)
    if not 0 < number <= MAX_STEP_TIMEOUT_S:
        said = translate("Options", "a number of seconds > 0 and <= {high}")
        raise _refused(text, said.format(high=f"{MAX_STEP_TIMEOUT_S:g}"))
    return number


def writable(*, text: bool) -> Callable[[str], Path]:
    """A file to write, refused before anything runs where it could not be (``filesystem.refusal_to_write``);
    ``text``: what is written is text, which '-' (standard output) takes."""
    def path(typed: str) -> Path:
        out = Path(typed)
        refusal = refusal_to_write(out, text=text)
        if refusal is not None:
            raise argparse.ArgumentTypeError(refusal)
        return out

    return path


def slide_file(typed: str) -> Path:
    """snapshot --out: a picture file, its format named by its suffix."""
    out = writable(text=False)(typed)
    if out.suffix.lower() not in SLIDE_FORMATS:
        said = translate("Options", "{name} names no format a slide is saved in: end it in {suffixes}")
        raise argparse.ArgumentTypeError(said.format(name=repr(out.name), suffixes=", ".join(SLIDE_FORMATS)))
    return out


def notebook_file(typed: str) -> Path:
    """notebook --out: a file whose name ends in .ipynb, as Jupyter lists notebooks, or '-' (standard output)."""
    out = writable(text=True)(typed)
    if stream_of(out) is None and out.suffix.lower() != ".ipynb":
        said = translate("Options", "{name} is not a notebook's name: end it in .ipynb")
        raise argparse.ArgumentTypeError(said.format(name=repr(out.name)))
    return out


def recording_file(typed: str) -> Path:
    """record --out: a video or animated picture, its format named by its suffix (and ffmpeg there for MP4)."""
    out = Path(typed)
    try:
        video.check_destination(out)
    except video.RecordingError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return out


def predictions_file(typed: str) -> tuple[Prediction, ...]:
    """--predict: a file of the class's predictions, rows of name,step,loss; a fault names its row."""
    path = Path(typed)
    try:
        return tuple(parse_predictions(read_file(path, MAX_BYTES), path.name))  # slides are drawn on a log scale
    except (FileError, PredictionError) as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def folder(typed: str) -> Path:
    """snapshot --all: a folder, made when the slides are drawn if it is not there yet; not a file."""
    path = Path(typed)
    if path.exists() and not path.is_dir():
        said = translate("Options", "{path} is a file, not a folder")
        raise argparse.ArgumentTypeError(said.format(path=repr(str(path))))
    return path


def config_from(args: argparse.Namespace, variant: str | None = None) -> RunConfig:
    """The validated configuration the options describe; ConfigError names a bad one.

    With ``variant`` given (snapshot --all), options for other variants are left out.
    """
    name = variant or args.variant
    given = {field: getattr(args, field) for field in CONFIG_FIELDS if getattr(args, field) is not None}
    for field, owner in ONLY_FOR.items():
        if field in given and name != owner:
            if variant is None:
                said = translate("Options", "argument {option}: applies to the {owner} variant only, not {name}")
                raise UsageError(said.format(option=OPTION[field], owner=owner, name=name))
            del given[field]
    return RunConfig.for_variant(name, **given)


@dataclass(frozen=True)
class Slide:
    """How a slide looks: the theme, presentation mode, its size in pixels and device pixel ratio, the past runs,
    the class's predictions and "Inside this step"."""

    theme: str = "dark"
    presentation: bool = False
    size: tuple[int, int] = (1600, 960)
    scale: int = 1  # 2: as a 4K screen at 200% shows the window, text and lines twice as fine
    overlay: bool = False  # keep the earlier slides' runs on the plot as past runs
    predictions: tuple[Prediction, ...] = ()  # drawn from the start, and scored against the run
    inside: bool = False  # "Inside this step" beside the loss, on the step on show

    @property
    def window_size(self) -> tuple[int, int]:
        return self.size[0] // self.scale, self.size[1] // self.scale


def slide_from(args: argparse.Namespace) -> Slide:
    """The look and size the slide options ask for; UsageError names a size too small for its --scale."""
    size = Slide.size
    if args.size is not None:  # WIDTHxHEIGHT, each side at least SLIDE_PIXELS[0] times --scale
        match = SIZE.fullmatch(args.size.strip())
        low, high = SLIDE_PIXELS[0] * args.scale, SLIDE_PIXELS[1]
        if not match or not all(low <= int(side) <= high for side in match.groups()):
            said = translate("Options", "argument --size: {size} is not allowed: WIDTHxHEIGHT in pixels, each from "
                                        "{low} to {high} (at --scale {scale})")
            raise UsageError(said.format(size=repr(args.size), low=low, high=high, scale=args.scale))
        size = (int(match[1]), int(match[2]))
    return Slide(args.theme, args.presentation, size, args.scale, getattr(args, "overlay", False), args.predict or (),
                 args.inside)

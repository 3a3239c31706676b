"""`snapshot`: its options checked together, then the slides drawn in the window, offscreen (``slides``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.io import signals
from app.language import translate
from models import VARIANTS

from .edited_code import code_from
from .options import UsageError, config_from, slide_from


def snapshot(args: argparse.Namespace) -> int:
    """VARIANT --out FILE.png: one slide; --all DIR: one per variant, each with the options that apply to it."""
    signals.import_qt()
    slide = slide_from(args)
    from . import slides  # Qt is loaded only for a command that draws

    if args.all is not None:
        if args.variant is not None:
            raise UsageError(translate("Snapshot", "argument --all: takes no VARIANT; it saves all seven"))
        if args.code is not None:
            raise UsageError(translate("Snapshot", "argument --code: edits one VARIANT's module; give VARIANT --out "
                                                   "FILE.png, not --all"))
        _make_folder(args.all)
        return slides.snapshot_all([config_from(args, name) for name in VARIANTS], args.all, slide)
    if args.variant is None:
        raise UsageError(translate("Snapshot", "the following arguments are required: VARIANT (or --all DIR)"))
    config = config_from(args)
    return slides.snapshot_one(config, args.out, slide, code_from(args, config.variant))


def _make_folder(folder: Path) -> None:
    """``snapshot --all DIR`` makes DIR (and its parents) when it is not there yet."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        said = translate("Snapshot", "argument --all: could not make the folder {value}: {value2}")
        raise UsageError(said.format(value=repr(str(folder)), value2=error.strerror or error)) from None

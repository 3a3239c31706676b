"""`notebook`: a run, edited or not, written as a Jupyter notebook that prints what `run` prints
with the same options (``models.notebook``)."""

from __future__ import annotations

import argparse
import sys

import models
from app import __version__
from app.io.filesystem import FileError, stream_of, write_file
from app.language import translate
from models.history import said_outcome

from .edited_code import code_from, fault
from .exit_codes import EXIT_DIVERGED, EXIT_FAILED, EXIT_OK
from .options import config_from


def notebook(args: argparse.Namespace) -> int:
    """Train headless as `run` does, then write the notebook; the exit codes are `run`'s."""
    config = config_from(args)
    edited = code_from(args, config.variant)
    result = models.run(config, threads=args.threads, train=edited and edited.train)
    from models.notebook import notebook_text  # nbformat: loaded for this command alone

    text = notebook_text(result, app_version=__version__, every=args.every, threads=args.threads, edited=edited)
    try:
        write_file(args.out, text)
    except FileError as error:
        print(f"descent-lab: {error}", file=sys.stderr)
        status = EXIT_FAILED
    else:
        status = EXIT_OK
        if stream_of(args.out) is None:  # a notebook written to '-' stands alone on standard output
            print(f"{args.out}  ({config.variant}: {said_outcome(result.outcome)})")
    if edited is not None and result.error is not None:  # the edit's fault, told as `run` tells it
        raise fault(edited, result.error)
    if result.diverged:
        said = translate("Run", "{outcome}: the loss became {loss}; try a learning rate smaller than {lr}")
        print(said.format(outcome=said_outcome(result.outcome), loss=result.losses[-1], lr=f"{config.lr:g}"),
              file=sys.stderr)
        return EXIT_DIVERGED
    return status

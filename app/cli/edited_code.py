"""``--code FILE`` on the command line: a variant's module as the student edited it, and its faults told.

Exit codes: 2 when the code cannot run as a variant (a syntax error, no ``train``
generator), found before training; 4 when it ran and failed (any exception,
``SystemExit`` and ``KeyboardInterrupt`` included, with only the student's
frames; a step the views cannot draw; a step stopped after ``--step-timeout``);
5 when its train yielded fewer or more steps than asked for.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.io.filesystem import FileError, read_file
from models.edited import EditedCode, EditedCodeError, EditedCodeRaised, StepCountError, StepTimeoutError

EXIT_CODE_REFUSED, EXIT_CODE_FAILED, EXIT_STEPS_MISCOUNTED = 2, 4, 5
MAX_CODE_BYTES = 1 << 20  # a variant's module is a few kilobytes


class CodeFault(Exception):
    """What to print, as it stands, and the exit code."""

    def __init__(self, text: str, status: int):
        super().__init__(text)
        self.text, self.status = text, status


def code_from(args: argparse.Namespace, variant: str) -> EditedCode | None:
    """The module ``--code`` names, read for ``variant`` with ``--step-timeout``; None without --code."""
    return None if args.code is None else read_code(args.code, variant, args.step_timeout)


def read_code(path: Path, variant: str, step_timeout_s: float | None = None) -> EditedCode:
    """The module in ``path``, compiled once to find a syntax error before anything runs; each of its
    steps stopped after ``step_timeout_s`` (None: never).

    UTF-8, with or without a byte order mark, as Python reads a source file.
    """
    try:
        text = read_file(path, MAX_CODE_BYTES).decode("utf-8-sig")
    except FileError as error:
        raise CodeFault(f"descent-lab: error: argument --code: {error}", EXIT_CODE_REFUSED) from None
    except UnicodeDecodeError as error:
        raise CodeFault(f"descent-lab: error: argument --code: {str(path)!r} is not UTF-8 text "
                        f"({error.reason} at byte {error.start})", EXIT_CODE_REFUSED) from None
    edited = EditedCode(variant, text, str(path), step_timeout_s)
    try:
        edited.compile()
    except EditedCodeError as error:
        raise fault(edited, error) from None
    return edited


def fault(edited: EditedCode, error: BaseException) -> CodeFault:
    """``error`` told as the student's own: their frames and the exception, or a plain sentence on a line."""
    text, line = edited.traceback_of(error)
    if not isinstance(error, EditedCodeError) or isinstance(error, EditedCodeRaised):
        return CodeFault(text, EXIT_CODE_FAILED)
    where = f"{edited.filename}, line {line}" if line is not None else edited.filename
    if isinstance(error, StepTimeoutError):
        text += f" (--step-timeout {error.limit_s:g})"
    status = EXIT_STEPS_MISCOUNTED if isinstance(error, StepCountError) else EXIT_CODE_FAILED
    return CodeFault(f"{where}: {text}", EXIT_CODE_REFUSED if error.before_running else status)

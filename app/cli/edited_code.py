"""``--code FILE`` on the command line: a variant's module as the student edited it (a ``.py``, or the module
cell of an exported notebook, ``FILE.ipynb``), and its faults told.

Exit codes: 2 when the code cannot run as a variant (a syntax error, no ``train``
generator, a notebook without one variant's module), found before training; 4
when it ran and failed (any exception, ``SystemExit`` and ``KeyboardInterrupt``
included, with only the student's frames; a step the views cannot draw; a step
stopped after ``--step-timeout``); 5 when its train yielded fewer or more steps
than asked for.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.io.code_files import CodeFileError, read_code_file
from app.language import translate
from models.edited import EditedCode, EditedCodeError, EditedCodeRaised, StepCountError, StepTimeoutError

EXIT_CODE_REFUSED, EXIT_CODE_FAILED, EXIT_STEPS_MISCOUNTED = 2, 4, 5


class CodeFault(Exception):
    """What to print, as it stands, and the exit code."""

    def __init__(self, text: str, status: int):
        super().__init__(text)
        self.text, self.status = text, status


def code_from(args: argparse.Namespace, variant: str) -> EditedCode | None:
    """The module ``--code`` names, read for ``variant`` with ``--step-timeout``; None without --code."""
    return None if args.code is None else read_code(args.code, variant, args.step_timeout)


def read_code(path: Path, variant: str, step_timeout_s: float | None = None) -> EditedCode:
    """The module in ``path`` (a ``.py``, or an exported notebook's module cell), compiled once to find a
    syntax error before anything runs; each of its steps stopped after ``step_timeout_s`` (None: never)."""
    try:
        code = read_code_file(path, variant)
    except CodeFileError as error:
        said = translate("EditedCode", "descent-lab: error: argument --code: {error}")
        raise CodeFault(said.format(error=error), EXIT_CODE_REFUSED) from None
    edited = EditedCode(variant, code.text, code.filename, step_timeout_s)
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

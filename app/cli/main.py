"""``python -m app`` and ``descent-lab``: the command line read (``parser``), its command run, and every
way it can end told in one line with its exit code; Ctrl+C and SIGTERM end any command cleanly."""

from __future__ import annotations

import os
import sys

from app import language
from app.io import signals
from app.language import translate
from app.run import allocator
from models import ConfigError

from .edited_code import CodeFault
from .exit_codes import EXIT_OK, EXIT_USAGE
from .options import OPTION, UsageError
from .parser import build_parser, joined_values
from .window import reset_settings


def main(argv: list[str] | None = None) -> int:
    allocator.keep_freed_memory()  # before any run allocates: its steps' buffers are kept for the next step
    try:
        with signals.handled():  # Ctrl+C and SIGTERM: one line and exit 130 or 143, whatever runs
            return dispatch(sys.argv[1:] if argv is None else argv)
    except UsageError as error:
        print(translate("Main", "descent-lab: error: {why}").format(why=error), file=sys.stderr)
        return EXIT_USAGE
    except CodeFault as error:
        print(error.text, file=sys.stderr)
        return error.status
    except ConfigError as error:  # what the options decide together (a variant's device, memory), as typed
        said = translate("Main", "descent-lab: error: argument {option}: {value} is not allowed: {allowed}")
        print(said.format(option=OPTION[error.field], value=repr(error.value), allowed=error.allowed), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # where no handler could be installed (a thread other than the main one)
        print(signals.LINE, file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `descent-lab run numpy | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def dispatch(argv: list[str]) -> int:
    """The command ``argv`` names, run; its exit status. ``--reset-settings`` comes before any command.
    ``--lang`` is read first, wherever it stands, so that the help and every sentence after are in it."""
    language.use(_language_asked(argv))
    args = build_parser().parse_args(joined_values(argv))
    return reset_settings() if args.reset_settings else args.func(args)


def _language_asked(argv: list[str]) -> str | None:
    """The code ``--lang CODE`` (or ``--lang=CODE``) gives, if it is one the app speaks; else None, the system's
    language (the parser then refuses a bad code in a sentence)."""
    asked = None
    for index, token in enumerate(argv):
        if token == "--":
            break
        if token == "--lang" and index + 1 < len(argv):
            asked = argv[index + 1]
        elif token.startswith("--lang="):
            asked = token.removeprefix("--lang=")
    return asked if asked is not None and language.known(asked) else None

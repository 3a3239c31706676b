"""``python -m app`` and ``descent-lab``: the command line read (``parser``), its command run, and every
way it can end told in one line with its exit code; Ctrl+C and SIGTERM end any command cleanly."""

from __future__ import annotations

import os
import sys

from app.io import signals
from models import ConfigError

from .edited_code import CodeFault
from .exit_codes import EXIT_OK, EXIT_USAGE
from .options import OPTION, UsageError
from .parser import build_parser, joined_values
from .window import reset_settings


def main(argv: list[str] | None = None) -> int:
    try:
        with signals.handled():  # Ctrl+C and SIGTERM: one line and exit 130 or 143, whatever runs
            return dispatch(sys.argv[1:] if argv is None else argv)
    except UsageError as error:
        print(f"descent-lab: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CodeFault as error:
        print(error.text, file=sys.stderr)
        return error.status
    except ConfigError as error:  # what the options decide together (a variant's device, memory), as typed
        print(f"descent-lab: error: argument {OPTION[error.field]}: {error.value!r} is not allowed: {error.allowed}",
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # where no handler could be installed (a thread other than the main one)
        print(signals.LINE, file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `descent-lab run numpy | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def dispatch(argv: list[str]) -> int:
    """The command ``argv`` names, run; its exit status. ``--reset-settings`` comes before any command."""
    args = build_parser().parse_args(joined_values(argv))
    return reset_settings() if args.reset_settings else args.func(args)

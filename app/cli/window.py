"""The window's own commands: open it (no command, or ``open FILE.json``), or forget what it remembered."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.io import signals
from app.io.filesystem import FileError

from .exit_codes import EXIT_FAILED, EXIT_OK


def launch(args: argparse.Namespace) -> int:
    """With no command: the window, until it is closed; ``--screen N``: its plots on screen N."""
    return _window(session=None, screen=args.screen, lang=getattr(args, "lang", None))


def open_session(args: argparse.Namespace) -> int:
    """``open FILE.json``: the window, with the session file opened first."""
    return _window(session=args.session, screen=args.screen, lang=getattr(args, "lang", None))


def _window(session: Path | None, screen: int | None, lang: str | None) -> int:
    signals.import_qt()
    from app.gui.launch import launch as launch_window  # Qt is loaded only for a command that shows it

    return launch_window(session=session, screen=screen, lang=lang)


def reset_settings() -> int:
    """``--reset-settings``: remove the settings file, whatever the command."""
    from app.gui.settings import forget_remembered

    try:
        print(forget_remembered())
    except FileError as error:
        print(f"descent-lab: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK

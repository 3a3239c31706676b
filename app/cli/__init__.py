"""The command line, ``python -m app`` and ``descent-lab``: the window, and the headless commands
(run, list, code, snapshot, record, desktop-entry) with their options and exit codes."""

from .main import main

__all__ = ["main"]

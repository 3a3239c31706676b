"""Stopping edited code that does not come back between steps after Stop: ``EditStopped``, raised into it.

A Stop is a flag the training loop reads between steps, which a student's
``while True:`` never reaches. Once ``STOP_GRACE_S`` has passed since Stop, a
watchdog (``models.watchdog``) raises ``EditStopped`` into a step of the edited
file's own lines, never into the trainer's bookkeeping, again until the run has ended.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Collection
from contextlib import AbstractContextManager, nullcontext

from models.stopping import RunStopped
from models.watchdog import Watchdog

STOP_GRACE_S = 0.2  # after Stop, edited code has this long to come back between steps before it is interrupted


class EditStopped(RunStopped):
    """Raised into the training thread after Stop, while edited code does not come back (``while True:``)."""


class EditStopper:
    """Watches the edited files of a run for a Stop they do not come back from."""

    def __init__(self, filenames: Collection[str]):
        self.filenames = frozenset(filenames)
        self.in_step = False  # the variants' code, not the trainer's, is running: set by the training loop
        self.asked_at: float | None = None  # when Stop was first asked for

    def ask(self) -> None:
        """Stop was asked for: the grace starts now, or went on from the first time."""
        self.asked_at = self.asked_at or time.monotonic()

    def watching(self) -> AbstractContextManager[object]:
        """Around the loop, on the training thread: a watchdog while it runs, when the run has edited code."""
        if not self.filenames:
            return nullcontext()
        return Watchdog(threading.get_ident(), self.filenames, EditStopped, self.overdue)

    def overdue(self) -> bool:
        """Whether edited code runs a step still, ``STOP_GRACE_S`` or more after Stop."""
        asked = self.asked_at
        return self.in_step and asked is not None and time.monotonic() - asked >= STOP_GRACE_S

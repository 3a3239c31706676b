"""How the training loop is held between steps: pause, resume, single steps, stop and a set pace.

The window's thread gives commands; the training thread asks ``wait_for_next_step``
between steps. Every flag changes under one Condition, which also wakes the loop.
At max pace, running, the loop takes no lock at all: ``free_running`` is one flag,
read whole under the GIL, kept true to the others by every command.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Pacing:
    """The flags between a run's steps. ``paused``, ``pace`` and ``stopping`` are read anywhere; only the commands
    (``pause``, ``resume``, ``step``, ``stop``, ``set_pace``) change them."""

    def __init__(self, steps_per_s: float | None = None, paused: bool = False):
        self.paused, self.pace, self.stopping = paused, steps_per_s, False
        self.free_running = steps_per_s is None and not paused  # nor stopping: the loop need not hold
        self.holding = threading.Event()  # set while paused, the step shown, until a command wakes it
        self._wake = threading.Condition()
        self._steps_allowed = 0  # while paused
        self._schedule_origin: tuple[float, int] | None = None  # (when, step) the set pace counts from

    # Commands, from the window's thread

    def pause(self) -> None:
        with self._command():
            self.paused = True

    def resume(self) -> None:
        with self._command():
            self.paused, self._schedule_origin = False, None

    def step(self, count: int = 1) -> None:
        """Let ``count`` more steps run while paused."""
        with self._command():
            self._steps_allowed += count

    def stop(self) -> None:
        with self._command():
            self.stopping = True

    def set_pace(self, steps_per_s: float | None) -> None:
        """Steps per second, or None for as fast as it goes."""
        with self._command():
            self.pace, self._schedule_origin = steps_per_s, None

    @contextmanager
    def _command(self) -> Iterator[None]:
        """Change flags under the lock, then wake the loop."""
        with self._wake:
            yield
            self.free_running = self.pace is None and not self.paused and not self.stopping
            self._wake.notify_all()

    # The wait, on the training thread

    def wait_for_next_step(self, t: int, show: Callable[[], None]) -> bool:
        """Hold the loop after step ``t`` as the flags say; False means stop. ``show`` shows the step whole: it is
        called once, outside the lock (it may wait on a GPU), before a pause sleeps."""
        if self.free_running:
            return True
        shown = False
        while True:
            with self._wake:
                if self.stopping:
                    return False
                if self.paused and self._steps_allowed:
                    self._steps_allowed -= 1
                    return True
                if self.paused and shown:
                    self.holding.set()
                    self._wake.wait()
                    self.holding.clear()
                    continue
                if not self.paused:
                    delay = self._delay(t)
                    if delay <= 0:
                        return True
                    self._wake.wait(delay)
                    continue
            show()
            shown = True

    def _delay(self, t: int) -> float:
        """Seconds until step ``t + 1`` is due at the set pace (0 when unpaced)."""
        if self.pace is None:
            return 0.0
        now = time.perf_counter()
        if self._schedule_origin is None:
            self._schedule_origin = (now, t)
        origin, first = self._schedule_origin
        return origin + (t + 1 - first) / self.pace - now

"""Stopping code that does not come back: an exception raised into the thread that runs it.

A flag checked between steps cannot end a ``while True:``. CPython's
``PyThreadState_SetAsyncExc`` raises an exception in another thread at the next
bytecode that thread runs, so it can; a single C call (one huge matrix product,
a ``time.sleep``) finishes first. The exception is sent only while the thread
runs the watched file's own lines, never inside an import, which it would leave
half made for every later run, and again every ``every_s`` while the watch holds,
in case the code catches it.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Callable, Collection

from .stopping import RunStopped


def running_line(thread_id: int, filenames: Collection[str]) -> int | None:
    """The line of ``filenames`` the thread runs now (its innermost frame); None when it runs other code,
    or an import."""
    frame = sys._current_frames().get(thread_id)
    line = frame.f_lineno if frame is not None and frame.f_code.co_filename in filenames else None
    while frame is not None and line is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return None
        frame = frame.f_back
    return line


class Watchdog:
    """While ``when()`` holds, raises ``exception`` into thread ``thread_id`` as it runs a line of ``filenames``.

    Used as a context manager around the code it watches: it checks every ``every_s``
    seconds until the block ends, and never sends after. ``when()`` is evaluated holding
    ``lock``, as the check and the send are: the watched thread changes what ``when``
    reads under the same lock, so no exception is sent once it has left what was watched.
    ``stopped_at`` is the line it last sent at.
    """

    def __init__(self, thread_id: int, filenames: Collection[str], exception: type[RunStopped],
                 when: Callable[[], bool], every_s: float = 0.05):
        self.thread_id, self.filenames, self.exception = thread_id, frozenset(filenames), exception
        self.when, self.every_s = when, every_s
        self.lock = threading.Lock()
        self.stopped_at: int | None = None
        self._ended = False  # set first on leaving: a plain store, which no exception can interrupt
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._watch, name=f"watchdog ({exception.__name__})", daemon=True)

    def __enter__(self) -> Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._ended = True
        self._wake.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._wake.wait(self.every_s):
            with self.lock:
                watching = not self._ended and self.when()
                line = running_line(self.thread_id, self.filenames) if watching else None
                if line is not None:
                    self.stopped_at = line
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id),
                                                               ctypes.py_object(self.exception))

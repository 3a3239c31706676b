"""Ctrl+C (SIGINT) and SIGTERM end a command cleanly, at any phase: one line, exit 130 or 143.

While ``handled()`` runs (``python -m app`` enters it first thing, ``cli.main`` too),
either signal raises ``Interrupted`` in the main thread. It is a
``RunStopped``: whatever drives training lets it pass, and a student's ``except
KeyboardInterrupt`` cannot take it for their own. As it unwinds, ``finally`` and ``with``
blocks stop the run, remove partial files and end child processes; then ``leave`` says so
in one line and ends the process without tearing Python down (torch's modules alone take
a second or more). A second signal ends the process at once, after the clean-ups
registered with ``on_abrupt_exit`` have run.

Qt calls Python back (slots, paint and event overrides) while it runs, and an exception
raised there is no way out: PySide reports it and goes on, or the process crashes (a
``boundingRect`` that raises inside ``grab()`` ended in SIGSEGV here). So code that calls
Qt runs inside ``deferred()``: there a signal only ends every event loop
(``QCoreApplication.exit``: later ones return at once too) and is raised as the block ends.
Python runs a handler only when the main thread runs Python code, which a Qt event loop
withholds: ``wake_qt`` hands the loop the signal's wake-up byte (``signal.set_wakeup_fd``
and a ``QSocketNotifier``), so the handler runs at once. Should an ``Interrupted`` still
be raised in a slot, ``sys.excepthook`` ends the event loops the same way.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from models.stopping import RunStopped

if TYPE_CHECKING:
    from PySide6.QtCore import QSocketNotifier  # imported only once Qt is (``wake_qt``)

SIGNALS = (signal.SIGINT, signal.SIGTERM)
LINE = "descent-lab: interrupted"


class Interrupted(RunStopped):
    """SIGINT or SIGTERM, raised in the main thread: the command ends with exit status 128 + its number."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def status(self) -> int:
        return 128 + self.signum


class _State:
    def __init__(self):
        self.active = False  # inside ``handled()``
        self.deferring = 0  # inside ``deferred()``: a signal is noted, and raised as the block ends
        self.received: int | None = None  # the first signal's number
        self.cleanups: dict[int, Callable[[], None]] = {}  # for a second signal
        self.wakeup: tuple = ()  # the socket pair the wake-up bytes go through
        self.notifier: QSocketNotifier | None = None  # what reads them
        self.stderr: TextIO | None = None  # sys.stderr as it was before a signal quieted it


_state = _State()


@contextmanager
def handled() -> Iterator[None]:
    """SIGINT and SIGTERM raise ``Interrupted`` while the block runs; once it has unwound to the
    block's end (or a signal was noted and not raised yet), the process ends there (``leave``).

    Entered from the main thread only (signal handlers live there); elsewhere, or nested, it
    changes nothing.
    """
    if _state.active or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in SIGNALS}
    previous_hook = sys.excepthook
    for signum in SIGNALS:
        signal.signal(signum, _on_signal)
    sys.excepthook = _hook(previous_hook)
    _state.active, _state.received = True, None
    try:
        yield
        check()
    except Interrupted as stop:  # unwound: the run stopped, partial files removed, children ended
        leave(stop.status)
    finally:
        _stop_waking_qt()
        for signum, handler in previous.items():
            if handler is not None:  # None: a handler set outside Python, which cannot be put back
                signal.signal(signum, handler)
        sys.excepthook = previous_hook
        if _state.stderr is not None:
            sys.stderr.close()
            sys.stderr, _state.stderr = _state.stderr, None
        _state.active, _state.received = False, None


def check() -> None:
    """Raise ``Interrupted`` if a signal came (its first raise may have been swallowed by Qt)."""
    if _state.received is not None:
        raise Interrupted(_state.received)


@contextmanager
def deferred() -> Iterator[None]:
    """A signal waits until the block ends, for code that an exception must not cut short:
    code that calls Qt (see the module's doc), shiboken's start. Qt's event loops end at once."""
    _state.deferring += 1
    try:
        yield
    finally:
        _state.deferring -= 1
    check()


def import_qt() -> None:
    """PySide6 imported for the first time, signals deferred: an exception raised while shiboken
    starts ends the process with "Fatal Python error: libshiboken/signature" (SIGABRT)."""
    with deferred():
        import PySide6.QtCore  # noqa: F401


def received() -> int | None:
    """The signal that came while ``handled()`` runs, or None."""
    return _state.received


@contextmanager
def on_abrupt_exit(cleanup: Callable[[], None]) -> Iterator[None]:
    """Run ``cleanup`` (remove a partial file, kill a child) if a second signal ends the process in the block."""
    key = id(cleanup)
    _state.cleanups[key] = cleanup
    try:
        yield
    finally:
        _state.cleanups.pop(key, None)


def wake_qt() -> None:
    """Let Qt's event loops run the handler as soon as a signal comes (the application must exist)."""
    if not _state.active or _state.notifier is not None:
        return
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: _drain(reader))  # Python runs: the pending handler runs first
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    _state.wakeup, _state.notifier = (reader, writer), notifier


def _drain(reader) -> None:
    try:
        reader.recv(64)
    except BlockingIOError:
        pass


def _stop_waking_qt() -> None:
    notifier = _state.notifier
    if notifier is None:  # set and cleared with the wake-up sockets
        return
    signal.set_wakeup_fd(-1)
    notifier.setEnabled(False)
    notifier.deleteLater()
    for end in _state.wakeup:
        end.close()
    _state.wakeup, _state.notifier = (), None


def _on_signal(signum: int, _frame) -> None:
    if _state.received is not None:
        _leave_at_once(signum)
    _state.received = signum
    # From now on only LINE is said: not what the command says as it unwinds, nor what PySide
    # writes of an Interrupted that still reached a Qt override ("Error calling Python override")
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    _state.stderr, sys.stderr = sys.stderr, open(os.devnull, "w")  # noqa: SIM115 - closed as handled() ends
    if not _state.deferring:
        raise Interrupted(signum)
    _quit_qt(128 + signum)


def _hook(previous: Callable) -> Callable:
    def excepthook(kind, error, traceback) -> None:
        if isinstance(error, Interrupted):  # raised in a slot, where PySide reports it and goes on
            _quit_qt(error.status)
        else:
            previous(kind, error, traceback)

    return excepthook


def _quit_qt(status: int) -> None:
    """Every Qt event loop running ends, and any started later returns at once."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            QCoreApplication.exit(status)


def leave(status: int) -> None:
    """End the process after an interruption, now: ``LINE`` on standard error, then exit ``status``."""
    for stream in (sys.stdout, sys.stderr, _state.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a reader gone, a stream closed: the line still goes to fd 2
            pass
    try:
        os.write(2, f"{LINE}\n".encode())
    finally:
        os._exit(status)


def _leave_at_once(signum: int) -> None:
    """A second signal: partial files removed and children ended, then the process ends, now."""
    for cleanup in list(_state.cleanups.values()):
        try:
            cleanup()
        except Exception:  # noqa: BLE001, S110 - the others must still run, and the process ends anyway
            pass
    leave(128 + signum)

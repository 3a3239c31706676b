"""Work that touches files, done off the window's thread, its outcome handed back on it.

A file the user names can be large or slow (a FIFO, a network folder): reading or
writing it on the window's thread would hold the window. A ``Job`` runs one
function on a thread of its own and calls ``done(value, error)`` on the window's
thread when it ends, through a queued signal to a slot of a QObject that lives
there (never a closure called from the thread). The window waits for its jobs
when it closes (``wait_for_jobs``), so none outlives it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Slot

# done(value, error): the function's value, or None and what it raised
Done = Callable[[Any, BaseException | None], None]


class Job(QThread):
    """``work()`` on its own thread; ``done`` called on the thread ``parent`` lives in when it ends."""

    def __init__(self, work: Callable[[], Any], done: Done, parent: QObject):
        super().__init__(parent)
        self.work, self.done = work, done
        self.value: Any = None
        self.error: BaseException | None = None
        self.finished.connect(self._land)  # emitted from the thread, received on parent's: queued

    def run(self) -> None:
        try:
            self.value = self.work()
        except BaseException as error:  # noqa: BLE001 - whatever it raised is told on the window's thread
            self.error = error

    @Slot()
    def _land(self) -> None:
        try:
            self.done(self.value, self.error)
        finally:
            self.deleteLater()


def in_background(work: Callable[[], Any], done: Done, parent: QObject) -> Job:
    """Start ``work`` on a thread of its own; ``done(value, error)`` follows on ``parent``'s thread."""
    job = Job(work, done, parent)
    job.start()
    return job


def wait_for_jobs(parent: QObject) -> None:
    """Until every job of ``parent`` has ended: before the window goes, so no thread outlives it."""
    for job in parent.findChildren(Job):
        job.wait()

"""Python's cyclic garbage is collected on the window's thread, never on the training thread.

Python collects garbage when its counts of allocations pass their thresholds, on whichever thread allocates
next: at max pace, the training thread most of the time. A cycle that held a Qt widget (a window or a dialog
closed and let go) was then destroyed there, its whole tree of widgets with it, while the window's thread
delivered a posted event to one of them: a segmentation fault (`make bench`, 2026-12-06; in the core dump, a
QWidget tree destroyed by Python's collector on the training thread, inside nn's ``relu``, while the window's
thread sent a posted event). pyqtgraph's answer for the same crash, used as it is: automatic collection off,
and a timer on the window's thread that collects each generation when its count passes Python's own
threshold. A student's code may turn automatic collection on again (``gc.enable()``): each look turns it off.

A look collects only while no thread computes (``COMPUTING``): a collection reads torch's tensors and their
autograd nodes, which a thread computing changes with the GIL let go (`make test-processes`, 2026-12-06: a
segmentation fault with the window's thread collecting while a run's thread ran ``backward``). At max pace a run
computes throughout, so its garbage waits for the run to pause or end; a run at a set pace lets go between steps.
The command line's runs, with no window, keep Python's own collection.
"""

from __future__ import annotations

import gc

from pyqtgraph.util.garbage_collector import GarbageCollector

from app.run.computing import COMPUTING

CHECK_S = 0.2  # how often the window's thread looks: the cyclic garbage of a fifth of a second waits at most


class _KeptOff(GarbageCollector):
    """pyqtgraph's collector (which turns automatic collection off when made), turning it off again at each look,
    and looking only while no thread computes."""

    def check(self) -> None:
        gc.disable()
        if COMPUTING.acquire(blocking=False):
            try:
                super().check()
            finally:
                COMPUTING.release()


_collector: GarbageCollector | None = None


def collect_on_this_thread() -> None:
    """From now on, garbage is collected only by this thread's event loop (once per process)."""
    global _collector
    if _collector is None:
        _collector = _KeptOff(interval=CHECK_S)

"""One computation at a time, in the whole process: ``COMPUTING``.

torch's and the BLAS's thread counts and the random generators are the process's, so a step computed again
never overlaps a step of any run, and both get exactly the bits the run got. The window's thread collects
Python's garbage only under it too (``app.gui.collecting``): a collection reads torch's tensors and their
autograd nodes, which a thread computing changes with the GIL let go. Kept apart from the runs' modules so
that the window can take it before torch is loaded.
"""

from __future__ import annotations

import threading

COMPUTING = threading.Lock()  # held by a run computing, by a step computed again, by a collection of garbage

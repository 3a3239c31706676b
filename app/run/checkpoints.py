"""Checkpoints of the lane on show, for computing a past step again: every tenth step while they fit, sparser beyond.

A checkpoint (``models.inside.Checkpoint``) copies what the lane's generator holds at a
step's yield: its weights, gradients, optimizer state and the random generators'
states, 1 to 2.3 MB at the notebook's sizes, in 0.2 to 1.5 ms. A step is computed again
from the nearest one before it, so the closer they lie, the sooner a rewound step shows.
At a set pace the training thread waits between steps anyway and every tenth step is
kept; at max pace a copy costs steps, and the spacing doubles (the kept ones thinned to
its multiples, as ``RewindStore`` thins snapshots) until copying takes at most a
hundredth of the training thread's time. Beyond the memory budget the spacing doubles too.
"""

from __future__ import annotations

import bisect
import threading
from typing import TYPE_CHECKING

from .rewind_store import ESTIMATE_AFTER, MAX_COPY_SHARE

if TYPE_CHECKING:
    from models.inside import Checkpoint

SPACING = 10  # steps between checkpoints, at first
BUDGET_SHARE = 0.5  # of the rewind memory: checkpoints are kept beside the snapshots, within half as much again


class CheckpointStore:
    """The checkpoints of a run's lane on show, within ``budget_bytes``; kept by the training thread, read by
    the thread that computes past steps again."""

    def __init__(self, budget_bytes: int, spacing: int = SPACING, max_copy_share: float = MAX_COPY_SHARE):
        self.budget_bytes, self.spacing, self.max_copy_share = budget_bytes, spacing, max_copy_share
        self._kept: dict[int, Checkpoint] = {}
        self._steps: list[int] = []  # sorted
        self._bytes = 0
        self._copy_s, self._copies = 0.0, 0
        self._lock = threading.Lock()

    def wants(self, t: int) -> bool:
        """Whether step ``t`` should be kept at the present spacing."""
        return t % self.spacing == 0

    def keep(self, checkpoint: Checkpoint, training_s: float = 0.0) -> None:
        """Add ``checkpoint``; ``training_s`` the training thread has spent since the run began (0 at a set pace,
        where copies cost no steps)."""
        with self._lock:
            if checkpoint.t not in self._kept:
                bisect.insort(self._steps, checkpoint.t)
                self._kept[checkpoint.t] = checkpoint
                self._bytes += checkpoint.nbytes
            if training_s > 0:
                self._copies += 1
                self._copy_s += checkpoint.seconds
            while len(self._steps) > 1 and (self._bytes > self.budget_bytes
                                            or self._too_costly(checkpoint.t + 1, training_s)):
                self._thin()

    def _too_costly(self, steps_done: int, training_s: float) -> bool:
        if self._copies < ESTIMATE_AFTER or training_s <= 0:
            return False
        return self._copy_s / self._copies > self.max_copy_share * self.spacing * training_s / steps_done

    def _thin(self) -> None:
        self.spacing *= 2
        for t in [t for t in self._steps if t % self.spacing]:
            self._bytes -= self._kept.pop(t).nbytes
        self._steps = sorted(self._kept)

    def before(self, t: int) -> Checkpoint | None:
        """The latest checkpoint of a step before ``t``: what computes step ``t`` again soonest."""
        with self._lock:
            index = bisect.bisect_left(self._steps, t) - 1
            return self._kept[self._steps[index]] if index >= 0 else None

    @property
    def steps(self) -> list[int]:
        with self._lock:
            return list(self._steps)

    @property
    def bytes(self) -> int:
        with self._lock:
            return self._bytes

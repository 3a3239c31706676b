"""Checkpoints of the lane on show, for computing a past step again: every tenth step while they fit, sparser beyond.

A checkpoint (``models.inside.Checkpoint``) copies what the lane's generator holds at a
step's yield: its weights, gradients, optimizer state and the random generators'
states, 1 to 2.3 MB at the notebook's sizes, in 0.2 to 1.5 ms. A step is computed again
from the nearest one before it, so the closer they lie, the sooner a rewound step shows.
At a set pace the training thread waits between steps anyway and every tenth step is
kept; at max pace a copy costs steps, and the spacing doubles (the kept ones thinned to
its multiples, as ``RewindStore`` thins snapshots) until copying takes at most
``COPY_SHARE`` of the training thread's time. Beyond the memory budget the spacing doubles too.
Once the run holds still, the gaps its pace left are filled (``gap``), within the budget.
"""

from __future__ import annotations

import bisect
import math
import threading
from typing import TYPE_CHECKING

from .copy_cost import COPY_SHARE, CopyCost

if TYPE_CHECKING:
    from models.inside import Checkpoint

SPACING = 10  # steps between checkpoints, at first
FILL_SHARE = 0.8  # of the budget, for checkpoints filled in evenly: room is left for those the run kept anyway
BUDGET_SHARE = 0.5  # of the rewind memory: checkpoints are kept beside the snapshots, within half as much again


class CheckpointStore:
    """The checkpoints of a run's lane on show, within ``budget_bytes``; kept by the training thread, read by
    the thread that computes past steps again."""

    def __init__(self, budget_bytes: int, spacing: int = SPACING, max_copy_share: float = COPY_SHARE):
        self.budget_bytes, self.spacing = budget_bytes, spacing
        self.cost = CopyCost(max_copy_share)  # the gaps a run at max pace leaves are filled in later
        self._kept: dict[int, Checkpoint] = {}
        self._steps: list[int] = []  # sorted
        self._bytes = 0
        self._lock = threading.Lock()

    def wants(self, t: int) -> bool:
        """Whether step ``t`` should be kept at the present spacing."""
        return t % self.spacing == 0

    def next_wanted(self, t: int) -> int:
        """The first step from ``t`` on that ``wants``."""
        return -(-t // self.spacing) * self.spacing

    def keep(self, checkpoint: Checkpoint, training_s: float = 0.0, within_budget: bool = False) -> bool:
        """Add ``checkpoint``; ``training_s`` the training thread has spent since the run began (0 at a set pace,
        where copies cost no steps); ``within_budget``: only if it fits, thinning none (one filled in after the run:
        thinning to multiples of the spacing would drop those between). Whether it is kept."""
        with self._lock:
            if within_budget and self._bytes + checkpoint.nbytes > self.budget_bytes:
                return False
            if checkpoint.t not in self._kept:
                bisect.insort(self._steps, checkpoint.t)
                self._kept[checkpoint.t] = checkpoint
                self._bytes += checkpoint.nbytes
            if training_s > 0:
                self.cost.add(checkpoint.seconds, checkpoint.t + 1, training_s)
            while len(self._steps) > 1 and self._bytes > self.budget_bytes or self.cost.too_costly(self.spacing):
                self._thin()
            return checkpoint.t in self._kept

    def _thin(self) -> None:
        """Those off the spacing (filled in, or passed by a step computed again) go first, then every other one."""
        if all(t % self.spacing == 0 for t in self._steps):
            self.spacing *= 2
        for t in [t for t in self._steps if t % self.spacing]:
            self._bytes -= self._kept.pop(t).nbytes
        self._steps = sorted(self._kept)

    def before(self, t: int) -> Checkpoint | None:
        """The latest checkpoint of a step before ``t``: what computes step ``t`` again soonest."""
        with self._lock:
            index = bisect.bisect_left(self._steps, t) - 1
            return self._kept[self._steps[index]] if index >= 0 else None

    def gap(self, upto: int, spacing: int) -> tuple[Checkpoint, int] | None:
        """Where a checkpoint is missing for every one of the first ``upto`` steps to lie at most ``spacing`` steps
        after one: the first kept checkpoint with more than that to the next (or to step ``upto - 1``), and the step
        ``spacing`` after it, to keep next. The spacing is widened for the steps to fit in the budget, and None
        returned when no more fit."""
        with self._lock:
            kept = [t for t in self._steps if t < upto]
            if not kept:
                return None
            nbytes = max(self._kept[t].nbytes for t in kept)  # an optimizer's state comes after the first step
            spacing = max(spacing, math.ceil(upto * nbytes / self.budget_bytes / FILL_SHARE))
            for t, end in zip(kept, [*kept[1:], upto - 1]):
                if end - t > spacing:
                    return (self._kept[t], t + spacing) if self._bytes + nbytes <= self.budget_bytes else None
        return None

    @property
    def steps(self) -> list[int]:
        with self._lock:
            return list(self._steps)

    @property
    def bytes(self) -> int:
        with self._lock:
            return self._bytes

"""Snapshots kept for rewinding a run: every step while they fit, evenly thinned beyond.

The training thread keeps the weights and gradients of a step, already reduced to
the heatmaps' pixels, whenever ``wants(t)`` says so. While the kept ones fit in
the memory budget, and copying them takes a negligible share of the training
thread's time, that is every step; beyond either, the stride doubles and the kept
steps are thinned to its multiples, so the keeping stays even. Step 0 is always
kept; the newest step is kept whatever the stride, as the run's last word, and
counts against the budget with the others.

The budget is a setting, capped at half the memory free when the app starts.
"""

from __future__ import annotations

import bisect
import math
import threading
from typing import TYPE_CHECKING

import numpy as np
import psutil

from app.language import translate
from models import VARIANTS

from .copy_cost import COPY_SHARE, CopyCost

if TYPE_CHECKING:
    from .handoff import Snapshot

DEFAULT_BUDGET_MB = 256
REWIND_MB = (16, 65536)  # what the setting allows, on a machine with the memory free for it
MEMORY_SHARE = 0.5  # of the memory free, at most, for rewinding


def rewind_cap_mb() -> int:
    """The most the setting may be now: half the memory free (psutil), rounded down to 16 MB, within REWIND_MB."""
    low, high = REWIND_MB
    share_mb = int(psutil.virtual_memory().available * MEMORY_SHARE) >> 20
    return min(max(share_mb // 16 * 16, low), high)


class RewindStore:
    """The snapshots of a run's steps, within ``budget_bytes``; written by the training thread, read by the window."""

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET_MB << 20, max_copy_share: float = COPY_SHARE,
                 only: frozenset[int] | None = None):
        """``only``: keep exactly these steps, whatever they cost (a recording's frames)."""
        self.budget_bytes = budget_bytes if only is None else 1 << 62
        self.cost = CopyCost(max_copy_share if only is None else math.inf)
        self.only = only
        self._only_sorted = sorted(only or ())
        self.stride = 1
        self._steps: list[int] = []  # sorted
        self._kept: dict[int, Snapshot] = {}
        self._newest: Snapshot | None = None
        self._bytes = 0
        self._lock = threading.Lock()  # the window reads while the training thread keeps

    def wants(self, t: int) -> bool:
        """Whether step ``t`` should be kept at the present stride."""
        return t in self.only if self.only is not None else t % self.stride == 0

    def next_wanted(self, t: int) -> int | float:
        """The first step from ``t`` on that ``wants`` (inf: none)."""
        if self.only is None:
            return -(-t // self.stride) * self.stride
        index = bisect.bisect_left(self._only_sorted, t)
        return self._only_sorted[index] if index < len(self._only_sorted) else math.inf

    def keep(self, snapshot: Snapshot, copy_s: float = 0.0, training_s: float = 0.0) -> None:
        """Add ``snapshot``; ``copy_s`` it took to copy, out of ``training_s`` since the run began
        (0 when the copies cost no steps: at a set pace the thread waits between them anyway)."""
        size = snapshot_bytes(snapshot)
        with self._lock:
            self._newest = snapshot
            if self.wants(snapshot.t) and snapshot.t not in self._kept:
                bisect.insort(self._steps, snapshot.t)
                self._kept[snapshot.t] = snapshot
                self._bytes += size
            if copy_s:
                self.cost.add(copy_s, snapshot.t + 1, training_s)
            # over budget: thinned while more than step 0 is kept; too costly: until it is not, at once
            while len(self._steps) > 1 and self._held() > self.budget_bytes or self.cost.too_costly(self.stride):
                self._thin()

    def _held(self) -> int:
        """The bytes kept, the newest step's included when it is not one of the kept ones."""
        newest = self._newest
        return self._bytes + (snapshot_bytes(newest) if newest is not None and newest.t not in self._kept else 0)

    def _thin(self) -> None:
        """Double the stride and drop the kept steps that are not its multiples (step 0 stays)."""
        self.stride *= 2
        for t in [t for t in self._steps if t % self.stride]:
            self._bytes -= snapshot_bytes(self._kept.pop(t))
        self._steps = sorted(self._kept)

    def at(self, t: int) -> Snapshot | None:
        """The snapshot shown for step ``t``: that step's, or the nearest kept one before it."""
        with self._lock:
            if self._newest is not None and t >= self._newest.t:
                return self._newest
            index = bisect.bisect_right(self._steps, t) - 1
            return self._kept[self._steps[index]] if index >= 0 else None

    @property
    def first(self) -> Snapshot | None:
        with self._lock:
            return self._kept[self._steps[0]] if self._steps else None

    @property
    def steps(self) -> list[int]:
        """The steps kept, oldest first, the newest included."""
        with self._lock:
            newest = [self._newest.t] if self._newest is not None and self._newest.t not in self._kept else []
            return self._steps + newest

    @property
    def bytes(self) -> int:
        """What the kept steps hold, the newest included: within the budget, unless step 0 and the newest
        alone are larger."""
        with self._lock:
            return self._held()

    @property
    def copy_s(self) -> float:
        """The training thread's time spent copying the steps kept, so far (at max pace)."""
        with self._lock:
            return self.cost.total_s

    def density(self) -> str:
        """How densely steps are kept, in words."""
        if self.stride == 1:
            return translate("RewindStore", "every step")
        # {ordinal}: "2nd", as English says it; {count}: 2, for a language that says it otherwise
        return translate("RewindStore", "every {ordinal} step").format(ordinal=_ordinal(self.stride), count=self.stride)


def snapshot_bytes(snapshot: Snapshot) -> int:
    arrays = list(snapshot.weights.values()) + [g for g in snapshot.grads.values() if g is not None]
    return sum(array.nbytes for array in arrays)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def kept_bytes(config, steps: list[int], max_pixels: tuple[int, int]) -> int:
    """What a run of ``config`` keeps to record frames of ``steps``: each step's weights and gradients,
    subsampled to the heatmaps' ``max_pixels`` (rows, columns) as the trainer copies them."""
    shapes = [(config.H, config.D_in), (config.D_out, config.H)]
    if len(VARIANTS[config.variant].layers) > 2:
        shapes.append((config.H, config.H))
    rows, cols = max_pixels
    entries = sum(math.ceil(r / math.ceil(r / rows)) * math.ceil(c / math.ceil(c / cols)) for r, c in shapes)
    return len(set(steps)) * 2 * entries * np.dtype(config.dtype).itemsize

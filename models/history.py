"""What a run leaves behind: each step's loss (and depth), and a summary. numpy only."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .words import translate

if TYPE_CHECKING:
    from .config import RunConfig


class History:
    """Each step's loss (and depth, for DynamicNet) in arrays that grow by doubling.

    One thread appends while others read: a new array is published before the
    count that covers it, so ``losses`` never reads past what was written.
    """

    def __init__(self, capacity: int = 1024, with_depths: bool = False):
        self._losses = np.empty(max(capacity, 1))
        self._depths = np.empty(max(capacity, 1), dtype=np.int8) if with_depths else None
        self.count = 0

    def append(self, loss: float, depth: int | None = None) -> None:
        """Append a step; one of a run that draws depths must say its ``depth`` (ValueError if not)."""
        n = self.count
        if n == len(self._losses):
            self._grow()
        self._losses[n] = loss
        if self._depths is not None:
            self._depths[n] = _drawn(depth)
        self.count = n + 1

    def extend(self, losses: np.ndarray, depths: Sequence[int | None] | None = None) -> None:
        """Append many steps at once: a batch that came back from the device."""
        n, k = self.count, len(losses)
        while n + k > len(self._losses):
            self._grow()
        self._losses[n : n + k] = losses
        if self._depths is not None:
            self._depths[n : n + k] = [_drawn(depth) for depth in depths or [None] * k]
        self.count = n + k

    def _grow(self) -> None:
        self._losses = np.concatenate([self._losses, np.empty_like(self._losses)])
        if self._depths is not None:
            self._depths = np.concatenate([self._depths, np.empty_like(self._depths)])

    @property
    def losses(self) -> np.ndarray:
        n = self.count
        return self._losses[:n]

    @property
    def depths(self) -> np.ndarray | None:
        n = self.count
        return None if self._depths is None else self._depths[:n]


@dataclass
class RunResult:
    """What a finished, stopped or diverged run leaves behind."""

    config: RunConfig
    losses: np.ndarray
    depths: np.ndarray | None
    outcome: str  # "finished", "stopped at step t", "diverged at step t" or "failed: ..."
    wall_s: float
    error: BaseException | None = None  # what failed the run (an edit's fault), to be told

    @property
    def diverged(self) -> bool:
        return self.outcome.startswith("diverged")

    def summary(self) -> dict:
        """The run in a few numbers, ready for JSON (a non-finite loss becomes null)."""
        n = len(self.losses)
        summary = {
            "steps_done": n,
            "first_loss": _finite_or_none(self.losses[0]) if n else None,
            "final_loss": _finite_or_none(self.losses[-1]) if n else None,
            "outcome": self.outcome,
            "wall_s": round(self.wall_s, 6),
            "steps_per_s": round(n / self.wall_s, 3) if self.wall_s > 0 else None,
        }
        if self.depths is not None:
            counts = np.bincount(self.depths.astype(np.int64), minlength=4)
            summary["depth_counts"] = {str(d): int(c) for d, c in enumerate(counts)}
        return summary


def _drawn(depth: int | None) -> int:
    """A step's depth in a run that draws one at every step (DynamicNet's), or ValueError for a step without."""
    if depth is None:
        raise ValueError("a step came without its depth, which this variant draws at every step: "
                         "yield Step.of_model(t, loss, model, depth=...)")
    return depth


def _finite_or_none(value: float) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def said_outcome(outcome: str | None) -> str:
    """A run's outcome as the data keeps it ("stopped at step 41"), said in the class's language."""
    kind, _, rest = (outcome or "").partition(" at step ")
    said = {
        "finished": translate("Outcome", "finished"),
        "stopped": translate("Outcome", "stopped at step {step}"),
        "diverged": translate("Outcome", "diverged at step {step}"),
    }.get(kind if rest or kind == "finished" else "")
    return said.format(step=rest) if said is not None else outcome or ""

"""Running a variant headless: seeding, thread count, history, divergence and a summary."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import torch
from threadpoolctl import threadpool_limits

from .catalog import VARIANTS
from .config import RunConfig
from .problem import Problem
from .step import Step

# Below this many multiply-adds per forward pass, one torch thread beats two:
# measured here, about twice the steps/s at the notebook's sizes on 2 cores.
SMALL_PROBLEM = 1 << 26


def seed_everything(seed: int) -> None:
    """Seed the three generators the notebook draws from."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def steps(config: RunConfig, problem: Problem | None = None) -> Iterator[Step]:
    """The variant's training generator, seeded when its first step is asked for.

    Seeding at the first step rather than here keeps a run reproducible when
    several generators are created before any of them starts, as in a race.
    """
    seed_everything(config.seed)
    yield from VARIANTS[config.variant].train(config, problem)


def thread_count(config: RunConfig) -> int | None:
    """One torch thread for a small problem on the CPU; None leaves torch's default."""
    N, D_in, H, D_out = config.sizes
    small = N * (D_in * H + H * H + H * D_out) < SMALL_PROBLEM
    return 1 if config.device == "cpu" and small else None


@contextmanager
def training_context(config: RunConfig) -> Iterator[None]:
    """What every driver of a training generator sets up around its loop.

    Thread counts: for a small problem, one torch thread and one BLAS thread for
    numpy. Two OpenBLAS threads made the numpy variant 15 times slower on a
    worker thread here (50 against 730 steps/s), its threads spinning against
    the other busy ones on two cores. threadpoolctl sets and restores the BLAS
    limit, whichever BLAS numpy was built with.

    The notebook silences warnings in its second cell; here numpy's overflow
    warnings are silenced the same way, because a diverging run is reported by
    its non-finite loss instead.
    """
    previous = torch.get_num_threads()
    threads = thread_count(config)
    if threads:
        torch.set_num_threads(threads)
    try:
        with threadpool_limits(limits=threads, user_api="blas"), np.errstate(over="ignore", invalid="ignore"):
            yield
    finally:
        torch.set_num_threads(previous)


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
        n = self.count
        if n == len(self._losses):
            self._grow()
        self._losses[n] = loss
        if self._depths is not None:
            self._depths[n] = depth
        self.count = n + 1

    def extend(self, losses: np.ndarray, depths: list[int] | None = None) -> None:
        """Append many steps at once: a batch that came back from the device."""
        n, k = self.count, len(losses)
        while n + k > len(self._losses):
            self._grow()
        self._losses[n : n + k] = losses
        if self._depths is not None:
            self._depths[n : n + k] = depths
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


def _finite_or_none(value: float) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def run(
    config: RunConfig,
    problem: Problem | None = None,
    on_loss: Callable[[int, float], None] | None = None,
) -> RunResult:
    """Run ``config`` to its end, or to its first non-finite loss."""
    history = History(config.steps, with_depths=config.variant == "dynamic")
    outcome = "finished"
    started = time.perf_counter()
    generator = steps(config, problem)
    with training_context(config):
        for step in generator:
            loss = step.loss.item()
            history.append(loss, step.depth)
            if on_loss is not None:
                on_loss(step.t, loss)
            if not math.isfinite(loss):
                outcome = f"diverged at step {step.t}"
                break
        generator.close()
    wall_s = time.perf_counter() - started
    return RunResult(config, history.losses, history.depths, outcome, wall_s)

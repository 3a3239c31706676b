"""Running a variant headless: seeding, thread counts, divergence."""

from __future__ import annotations

import ctypes
import math
import random
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import closing, contextmanager
from functools import cache

import numpy as np
import torch
from threadpoolctl import ThreadpoolController, threadpool_limits

from .catalog import VARIANTS
from .config import RunConfig
from .edited import EditedCodeError
from .history import History, RunResult
from .problem import Problem
from .step import Step


def seed_everything(seed: int) -> None:
    """Seed the three generators the notebook draws from."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def steps(config: RunConfig, problem: Problem | None = None,
          train: Callable | None = None) -> Generator[Step, None, None]:
    """The variant's training generator (or ``train``, an edited one), seeded when its first step is asked for.

    Seeding at the first step rather than here keeps a run reproducible when
    several generators are created before any of them starts, as in a race.
    """
    seed_everything(config.seed)
    yield from (train or VARIANTS[config.variant].train)(config, problem)


class _BlasLimit:
    """The BLAS's thread count is the process's (torch's is each thread's own): threads that ask for a count at
    once (a run and its steps computed again, a benchmark beside the window's run) share one setting, made by the
    first and undone by the last. Each undoing its own, in whatever order they ended, could leave one thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._holders = 0
        self._undo: Callable[[], None] = lambda: None

    @contextmanager
    def held(self, threads: int) -> Iterator[None]:
        with self._lock:
            if self._holders == 0:
                self._undo = _set_blas_threads(threads)
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0:
                    self._undo()


_BLAS_LIMIT = _BlasLimit()


def _set_blas_threads(threads: int) -> Callable[[], None]:
    """Set the BLAS's thread count; returns what sets it back, from whichever thread."""
    setter = _openblas_setter()
    if setter is None:
        return threadpool_limits(limits=threads, user_api="blas").restore_original_limits
    previous = setter(threads)

    def undo() -> None:
        setter(previous)
    return undo


@cache
def _openblas_setter() -> Callable[[int], int] | None:
    """OpenBLAS's ``openblas_set_num_threads_local`` (0.3.27 on), which returns the count it replaces, or None for
    another BLAS: the plain setter, which threadpoolctl calls, cannot raise the count again from a thread other than
    the main one, and a window's run on its worker thread left the whole process on one BLAS thread."""
    for library in ThreadpoolController().lib_controllers:
        setter = getattr(getattr(library, "dynlib", None), "openblas_set_num_threads_local", None)
        if library.internal_api == "openblas" and setter is not None:
            setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
            return setter
    return None


@contextmanager
def training_context(threads: int | None = None) -> Iterator[None]:
    """What every driver of a training generator sets up around its loop.

    ``threads``: None keeps torch's and the BLAS's defaults, as the notebook has
    them; a number sets both for the loop and restores them after (with several
    at once, the BLAS's is set by the first and restored by the last: ``_BlasLimit``). The window
    asks for one thread for small problems (``window_threads``): two OpenBLAS
    threads made the numpy variant 15 times slower on a worker thread here (50
    against 730 steps/s), its threads spinning against the other busy ones on
    two cores. threadpoolctl sets and restores the BLAS limit, whichever BLAS
    numpy was built with. A thread count can change the last bits of a sum, so
    only the notebook's own threads reproduce its printed numbers.

    The notebook silences warnings in its second cell; here numpy's overflow
    warnings are silenced the same way, because a diverging run is reported by
    its non-finite loss instead.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        if threads is None:  # nothing to set: threadpoolctl is not even asked (it inspects every library)
            yield
            return
        previous = torch.get_num_threads()  # this thread's: OpenMP keeps a count per thread
        torch.set_num_threads(threads)
        try:
            with _BLAS_LIMIT.held(threads):
                yield
        finally:
            torch.set_num_threads(previous)


def run(
    config: RunConfig,
    problem: Problem | None = None,
    on_loss: Callable[[int, float], None] | None = None,
    threads: int | None = None,
    train: Callable | None = None,
) -> RunResult:
    """Run ``config`` to its end, or to its first non-finite loss.

    ``threads`` as ``training_context`` takes them: by default the notebook's own.
    ``train``: an edited training generator (``models.edited``) in place of the variant's;
    its fault ends the run as ``failed: ...`` with the steps it did, the fault in ``error``.
    """
    history = History(config.steps, with_depths=VARIANTS[config.variant].draws_depth)
    outcome, error = "finished", None
    started = time.perf_counter()
    generator = steps(config, problem, train)
    try:
        with training_context(threads), closing(generator):  # an edit ends as it closes, and may fail to
            for step in generator:
                loss = step.loss.item()
                history.append(loss, step.depth)
                if on_loss is not None:
                    on_loss(step.t, loss)
                if not math.isfinite(loss):
                    outcome = f"diverged at step {step.t}"
                    break
    except EditedCodeError as fault:
        outcome, error = f"failed: {fault}", fault
    wall_s = time.perf_counter() - started
    return RunResult(config, history.losses, history.depths, outcome, wall_s, error)

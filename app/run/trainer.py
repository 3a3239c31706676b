"""The training thread: drives one variant's generator, paced, pausable, stoppable.

Only this thread touches the tensors being trained. It hands results to the
window coalesced, never one signal per step: losses land in a ``History`` the
window reads at its frame rate, and weight snapshots are copied, subsampled to
the heatmaps' pixels, at most once per frame ("latest wins"). Commands come back
as flags, checked between steps.
"""

from __future__ import annotations

import math
import threading
import time
import traceback
from collections import deque
from contextlib import nullcontext
from dataclasses import dataclass, field, replace

import numpy as np
import torch
from PySide6.QtCore import QThread, Signal

from models import VARIANTS, History, Problem, RunConfig, steps, training_context, window_threads
from models.edited import EditedCodeError
from models.stopping import RunStopped
from models.watchdog import Watchdog

from .redraw_rates import MAX_PACE_FRAME_S, MAX_PACE_SNAPSHOT_S, SNAPSHOT_S
from .rewind_store import DEFAULT_BUDGET_MB, KeptSnapshots

STOP_GRACE_S = 0.2  # after Stop, edited code has this long to come back between steps before it is interrupted


@dataclass(frozen=True)
class Snapshot:
    """Weights and gradients of one step, copied, as (outputs, inputs) matrices.

    Large matrices are subsampled by a whole stride per axis; ``shapes`` keeps
    their full size so the heatmaps can label true unit indices.
    """

    t: int
    weights: dict[str, np.ndarray]
    grads: dict[str, np.ndarray | None]
    shapes: dict[str, tuple[int, int]] = field(default_factory=dict)


def subsample(matrix, max_rows: int, max_cols: int):
    """A strided view with at most ``max_rows`` x ``max_cols`` entries."""
    rows, cols = matrix.shape
    return matrix[:: math.ceil(rows / max_rows), :: math.ceil(cols / max_cols)]


class _HostCopy:
    """Tensors copied to host memory; on CUDA without waiting (pinned memory, an event)."""

    def __init__(self, tensors: list[torch.Tensor]):
        on_gpu = any(t.is_cuda for t in tensors)
        self.host = []
        for tensor in tensors:
            target = torch.empty(tensor.shape, dtype=tensor.dtype, pin_memory=on_gpu)
            target.copy_(tensor, non_blocking=on_gpu)
            self.host.append(target)
        self.event = torch.cuda.Event() if on_gpu else None
        if self.event is not None:
            self.event.record()

    def ready(self, wait: bool) -> bool:
        if self.event is None:
            return True
        if wait:
            self.event.synchronize()
            return True
        return self.event.query()

    def arrays(self) -> list[np.ndarray]:
        return [t.numpy() for t in self.host]


class LossBatcher:
    """Per-step losses gathered where they are computed, landed in a History in batches.

    ``.item()`` on a GPU makes the host wait for every step. Here each step only
    keeps its loss (a 0-d tensor on its device, detached from its graph); once per
    frame they are stacked on the device and go to the host in one non-blocking
    copy, which lands when its event has completed. The CPU runs the same path,
    where the copy is simply done at once. Keeping a reference costs a step about
    a microsecond, where writing into a device buffer cost twenty.
    """

    def __init__(self, history: History, max_pending: int = 4096):
        self.history, self.max_pending = history, max_pending
        self._losses: list = []
        self._depths: list = []
        self._in_flight: deque[tuple[_HostCopy | np.ndarray, list]] = deque()
        self.landed_nonfinite: int | None = None  # step of the first NaN or inf

    def add(self, loss, depth: int | None) -> None:
        self._losses.append(loss.detach() if isinstance(loss, torch.Tensor) else loss)
        self._depths.append(depth)
        if len(self._losses) >= self.max_pending:
            self.send()

    def send(self) -> None:
        """Start copying what was gathered to the host."""
        if not self._losses:
            return
        losses, self._losses = self._losses, []
        if isinstance(losses[0], torch.Tensor):
            batch = _HostCopy([torch.stack(losses).to(torch.float64)])
        else:  # numpy floats, already on the host
            batch = np.asarray(losses, dtype=np.float64)
        self._in_flight.append((batch, self._depths))
        self._depths = []

    def land(self, wait: bool = False) -> None:
        """Append the batches that have arrived, stopping at the first non-finite loss."""
        while self._in_flight and self.landed_nonfinite is None:
            batch, depths = self._in_flight[0]
            if isinstance(batch, _HostCopy):
                if not batch.ready(wait):
                    return
                (losses,) = batch.arrays()
            else:
                losses = batch
            self._in_flight.popleft()
            bad = np.flatnonzero(~np.isfinite(losses))
            if bad.size:
                end = int(bad[0]) + 1
                self.landed_nonfinite = self.history.count + end - 1
                losses, depths = losses[:end], depths[:end]
            self.history.extend(losses, depths)


@dataclass
class Lane:
    """One variant's generator in a run. A race has several, stepped in lockstep."""

    config: RunConfig
    history: History
    outcome: str | None = None  # set when this lane ends
    step: object = None  # its latest Step, while its generator waits at the yield
    generator: object = None
    batcher: LossBatcher | None = None
    edited: object = None  # the variant's module as edited (models.edited.EditedCode), run in place of models/'s

    def start(self, problem: Problem | None) -> None:
        self.batcher = LossBatcher(self.history)
        self.generator = steps(self.config, problem, self.edited and self.edited.train)

    def advance(self) -> None:
        """Run one step; a generator that is done finishes the lane."""
        try:
            self.step = next(self.generator)
        except StopIteration:
            self.outcome = "finished"
            return
        self.batcher.add(self.step.loss, self.step.depth)

    def check_divergence(self) -> None:
        if self.outcome is None and self.batcher.landed_nonfinite is not None:
            self.outcome = f"diverged at step {self.batcher.landed_nonfinite}"

    def close(self) -> None:
        if self.generator is not None:
            self.generator.close()


class Interrupted(RunStopped):
    """Raised into the training thread after Stop, while edited code does not come back (``while True:``)."""


class Trainer(QThread):
    """One run on its own thread: one variant, or several racing in lockstep.

    The window starts it, reads each lane's ``history`` and the first lane's
    ``snapshot`` on its frame timer, and commands it with ``pause``, ``resume``,
    ``step``, ``set_pace`` and ``stop``, which only set flags. ``ended`` carries
    the outcome; ``failed`` an exception's message, after which the thread ends
    and a new run can start.

    In a race every lane takes one step per tick, on one problem drawn once.
    When ``numpy`` or ``tensors`` races ``autograd``, each tick also records the
    largest difference between the hand-derived gradients and autograd's,
    relative to the largest gradient: ``checks``.
    """

    ended = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        configs: RunConfig | list[RunConfig],
        problem: Problem | None = None,
        steps_per_s: float | None = None,
        paused: bool = False,
        max_pixels: tuple[int, int] = (512, 1024),
        keep_bytes: int = DEFAULT_BUDGET_MB << 20,
        keep_steps: list[int] | None = None,  # keep exactly these steps instead (a recording's)
        parent=None,
        edited=None,
        step_timeout_s: float | None = None,
    ):
        """``edited``: the first lane's module as edited (``models.edited.EditedCode``), or None; or a list,
        one per lane (None for a notebook's), as when an edit races its original. ``step_timeout_s``: an
        edit's step not back within it is stopped, its fault (None, as in the window: no limit)."""
        super().__init__(parent)
        configs = [configs] if isinstance(configs, RunConfig) else list(configs)
        self.problem = problem
        self.lanes = [
            Lane(c, History(min(c.steps, 1 << 16), with_depths=VARIANTS[c.variant].draws_depth)) for c in configs
        ]
        self.config, self.history = self.lanes[0].config, self.lanes[0].history  # the lane on show
        for lane, edit in zip(self.lanes, edited if isinstance(edited, list) else [edited]):
            limited = edit is not None and step_timeout_s is not None
            lane.edited = replace(edit, step_timeout_s=step_timeout_s) if limited else edit
        self.error: BaseException | None = None  # what failed the run, for the edited code's line
        self._in_step = False  # the variants' code, not the trainer's, is running
        self._stop_asked_at: float | None = None
        names = [lane.config.variant for lane in self.lanes]
        self._checked = {  # the check's name: (hand-derived variant, the one it is checked against)
            f"{hand} − {VARIANTS[hand].checked_against}": (hand, VARIANTS[hand].checked_against)
            for hand in names if VARIANTS[hand].checked_against in names
        }
        self.checks: dict[str, History] = {name: History(min(self.config.steps, 1 << 16)) for name in self._checked}
        self.snapshot: Snapshot | None = None  # the latest, replaced whole
        self.first_snapshot: Snapshot | None = None  # step 0, for "change since step 0"
        self.kept = KeptSnapshots(keep_bytes) if keep_bytes > 0 else None  # for rewinding (0: none kept)
        if keep_steps is not None:
            self.kept = KeptSnapshots(only=frozenset(keep_steps))
        self.outcome: str | None = None
        self.max_pixels = max_pixels
        self.started_at = self.ended_at = None
        self._wake = threading.Condition()
        self._paused, self._stopping, self._steps_allowed = paused, False, 0
        self._pace = steps_per_s
        self._schedule_origin: tuple[float, int] | None = None
        self._last_published = self._last_snapshot = -math.inf
        self._snapshot_t = -1
        self._pending_snapshot: tuple[_HostCopy, int, list, dict] | None = None
        self.holding = threading.Event()  # set while paused, the step shown, until a command wakes it

    @property
    def is_race(self) -> bool:
        return len(self.lanes) > 1

    # Commands, called from the window's thread: flags only.

    def pause(self) -> None:
        self._command(_paused=True)

    def resume(self) -> None:
        self._command(_paused=False, _schedule_origin=None)

    def step(self, count: int = 1) -> None:
        """Let ``count`` more steps run while paused."""
        with self._wake:
            self._steps_allowed += count
            self._wake.notify_all()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._stop_asked_at = self._stop_asked_at or time.monotonic()
            self._wake.notify_all()

    def _stopper(self):
        """Edited code that does not come back between steps after Stop gets ``Interrupted`` raised into it.

        A watchdog (``models.watchdog``) for the run: once ``STOP_GRACE_S`` has passed
        since Stop, it raises into a step of the edited file's own lines, never into the
        trainer's bookkeeping, again until the run has ended.
        """
        edited = {lane.edited.filename for lane in self.lanes if lane.edited is not None}
        if not edited:
            return nullcontext()
        return Watchdog(threading.get_ident(), edited, Interrupted, self._overdue_after_stop)

    def _overdue_after_stop(self) -> bool:
        asked = self._stop_asked_at
        return self._in_step and asked is not None and time.monotonic() - asked >= STOP_GRACE_S

    def set_pace(self, steps_per_s: float | None) -> None:
        """Steps per second, or None for as fast as it goes."""
        self._command(_pace=steps_per_s, _schedule_origin=None)

    def _command(self, **flags) -> None:
        with self._wake:
            for name, value in flags.items():
                setattr(self, name, value)
            self._wake.notify_all()

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def elapsed_s(self) -> float:
        if self.started_at is None:
            return 0.0
        return (self.ended_at or time.perf_counter()) - self.started_at

    # The loop, on the training thread.

    def run(self) -> None:
        self.started_at = time.perf_counter()
        try:
            with self._stopper():
                self.outcome = self._train()
        except Interrupted:
            self._in_step = False
            for lane in self.lanes:
                count = lane.history.count
                lane.outcome = lane.outcome or (f"stopped at step {count - 1}" if count else
                                                "stopped before its first step")
            self.outcome = self._overall_outcome()
        except BaseException as error:  # noqa: BLE001 - the thread's edge: whatever failed the run, it ends here
            self._in_step = False
            self.error = error
            self.outcome = f"failed: {_failure(error)}"
            self.ended_at = time.perf_counter()
            if not any(lane.edited for lane in self.lanes):  # an edit's fault is told as the student's own
                traceback.print_exc()
            self.failed.emit(self.outcome.removeprefix("failed: "))
            return
        finally:
            self._in_step = False
        self.ended_at = time.perf_counter()
        self.ended.emit(self.outcome)

    def _train(self) -> str:
        lanes = self.lanes
        with training_context(window_threads(self.config)):
            for lane in lanes:
                lane.start(self.problem)
            try:
                running = list(lanes)
                for t in range(max(lane.config.steps for lane in lanes)):
                    self._in_step = True
                    for lane in running:
                        lane.advance()
                    self._in_step = False
                    if self.checks:
                        self._check_gradients(running)
                    shown = lanes[0].step
                    if self.kept is not None and shown is not None and self.kept.wants(shown.t):
                        self._keep(shown)
                    watched = self._pace is not None or self._paused  # each step is seen
                    if watched or t == 0 or time.perf_counter() - self._last_published >= MAX_PACE_FRAME_S:
                        self._publish(shown, wait=watched)
                    running = [lane for lane in running if lane.outcome is None]
                    if not running or not self.wait_for_next_step(t, shown):
                        break
                self._publish(lanes[0].step, wait=True, force_snapshot=True)
            finally:
                self._in_step = True  # closing runs the variants' code too: an edit ends its train
                for lane in lanes:
                    lane.close()
                self._in_step = False
        for lane in lanes:
            if lane.outcome is None:
                done = lane.history.count
                lane.outcome = "finished" if done >= lane.config.steps else f"stopped at step {done - 1}"
        return self._overall_outcome()

    def _overall_outcome(self) -> str:
        if not self.is_race:
            return self.lanes[0].outcome
        stopped = [lane.outcome for lane in self.lanes if lane.outcome.startswith("stopped")]
        return stopped[0] if stopped else "finished"

    def _check_gradients(self, running: list[Lane]) -> None:
        by_name = {lane.config.variant: lane.step for lane in running if lane.edited is None}  # the notebook's
        for name, history in self.checks.items():
            hand, reference = (by_name.get(variant) for variant in self._checked[name])
            if hand is not None and reference is not None:
                history.append(_relative_difference(hand.grads, reference.grads))

    def _publish(self, step, wait: bool, force_snapshot: bool = False) -> None:
        """Send the losses gathered so far, land what has arrived, refresh the snapshot.

        Snapshots (of the first lane) are copied at most at the heatmaps' rate, unless
        ``force_snapshot`` asks for this very step (a pause, the end).
        """
        now = time.perf_counter()
        self._last_published = now
        for lane in self.lanes:
            lane.batcher.send()
            lane.batcher.land(wait=wait)
            lane.check_divergence()
        if step is not None and step.t != self._snapshot_t:
            every = SNAPSHOT_S if self._pace is not None else MAX_PACE_SNAPSHOT_S
            if force_snapshot or step.t == 0 or now - self._last_snapshot >= every:
                self.copy_snapshot(step)
                self._snapshot_t, self._last_snapshot = step.t, now
        self.land_snapshot(wait)

    def _keep(self, step) -> None:
        """Copy ``step``'s matrices now and keep them for rewinding; they are also the ones shown."""
        began = time.perf_counter()
        snapshot = _landed(self._start_copy(step), wait=True)
        # At a set pace the thread waits between steps anyway: only at max pace does a copy cost steps
        training_s = began - self.started_at if self._pace is None else 0.0
        self.kept.keep(snapshot, time.perf_counter() - began, training_s)
        self._show(snapshot)
        self._snapshot_t = step.t

    def copy_snapshot(self, step) -> None:
        """Start copying ``step``'s matrices, subsampled to ``max_pixels``, to the host (on a GPU, without waiting)."""
        self._pending_snapshot = self._start_copy(step)

    def _start_copy(self, step) -> tuple[_HostCopy, int, list, dict]:
        rows, cols = self.max_pixels
        names, tensors, shapes = [], [], {}
        for kind, matrices in (("weights", step.weights), ("grads", step.grads)):
            for name, matrix in matrices.items():
                if matrix is None:
                    continue
                matrix = torch.as_tensor(_tensor_ready(matrix)).detach().T  # (outputs, inputs), a view
                shapes[name] = tuple(matrix.shape)
                names.append((kind, name))
                tensors.append(_numpy_ready(subsample(matrix, rows, cols)))
        return _HostCopy(tensors), step.t, names, shapes

    def land_snapshot(self, wait: bool) -> None:
        """Make the copy started last the ``snapshot`` once it has arrived (``wait``: now)."""
        if self._pending_snapshot is None:
            return
        snapshot = _landed(self._pending_snapshot, wait)
        if snapshot is None:
            return
        self._pending_snapshot = None
        if self.kept is not None:
            self.kept.keep(snapshot)  # the newest, at least: a pause or the end shows it when rewound
        self._show(snapshot)

    def _show(self, snapshot: Snapshot) -> None:
        if self.first_snapshot is None:
            self.first_snapshot = snapshot
        self.snapshot = snapshot

    def wait_for_next_step(self, t: int, step) -> bool:
        """Hold the loop between steps as the flags say; False means stop (the pacing benchmark times it)."""
        if self._pace is None and not self._paused and not self._stopping:
            return True  # max pace: no lock to take (the flags are read whole, under the GIL)
        shown = False
        while True:
            with self._wake:
                if self._stopping:
                    return False
                if self._paused and self._steps_allowed:
                    self._steps_allowed -= 1
                    return True
                if self._paused and shown:
                    self.holding.set()
                    self._wake.wait()
                    self.holding.clear()
                    continue
                if not self._paused:
                    delay = self._delay(t)
                    if delay <= 0:
                        return True
                    self._wake.wait(delay)
                    continue
            # Paused: show this step whole before sleeping (outside the lock, as it may wait on a GPU)
            self._publish(step, wait=True, force_snapshot=True)
            shown = True

    def _delay(self, t: int) -> float:
        """Seconds until step ``t + 1`` is due at the set pace (0 when unpaced)."""
        if self._pace is None:
            return 0.0
        now = time.perf_counter()
        if self._schedule_origin is None:
            self._schedule_origin = (now, t)
        origin, first = self._schedule_origin
        return origin + (t + 1 - first) / self._pace - now


def _tensor_ready(matrix):
    """``matrix``, or a copy where torch cannot share its memory: an edit's reversed or read-only array."""
    if isinstance(matrix, np.ndarray) and (not matrix.flags.writeable or any(s < 0 for s in matrix.strides)):
        return matrix.copy()
    return matrix


def _numpy_ready(matrix: torch.Tensor) -> torch.Tensor:
    """``matrix``, or as float32 where numpy has no such float (an edit's bfloat16 or float8 model)."""
    numpy_floats = (torch.float16, torch.float32, torch.float64)
    return matrix.float() if matrix.is_floating_point() and matrix.dtype not in numpy_floats else matrix


def _failure(error: BaseException) -> str:
    """What failed a run, in a line: an edit's fault as a sentence, else the exception's type and message."""
    return error.message if isinstance(error, EditedCodeError) else f"{type(error).__name__}: {error}"


def _landed(pending: tuple[_HostCopy, int, list, dict], wait: bool) -> Snapshot | None:
    """The snapshot a started copy makes, once it has arrived (None while it is on its way)."""
    copy, t, names, shapes = pending
    if not copy.ready(wait):
        return None
    parts: dict[str, dict] = {"weights": {}, "grads": {}}
    for (kind, name), array in zip(names, copy.arrays()):
        parts[kind][name] = array
    return Snapshot(t, parts["weights"], parts["grads"], shapes)


def _relative_difference(hand: dict, autograd: dict) -> float:
    """max |hand − autograd| over both weight matrices, divided by max |autograd|."""
    largest_difference = largest = 0.0
    for name in hand:  # the hand-derived variants name their matrices as autograd's does
        a = _as_numpy(hand[name])
        b = _as_numpy(autograd[name])
        largest_difference = max(largest_difference, float(np.abs(a - b).max()))
        largest = max(largest, float(np.abs(b).max()))
    return largest_difference / largest if largest > 0 else largest_difference


def _as_numpy(matrix) -> np.ndarray:
    return matrix.detach().cpu().numpy() if isinstance(matrix, torch.Tensor) else matrix

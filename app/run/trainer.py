"""The training thread: drives one variant's generator, or a race of several, paced, pausable, stoppable.

A ``Trainer`` composes the parts of a run: its lanes (``lanes.py``), the flags
that hold the loop between steps (``pacing.py``), the hand-off of losses and
snapshots to the window (``handoff.py``), the steps kept for rewinding
(``rewind_store.py``) and the Stop of edited code that does not come back
(``edit_stopping.py``). Here are the loop and a race's gradient checks.
"""

from __future__ import annotations

import math
import threading
import time
import traceback
from dataclasses import replace

import numpy as np
import torch
from PySide6.QtCore import QThread, Signal

from models import VARIANTS, History, Problem, RunConfig, training_context, window_threads
from models.edited import EditedCode, EditedCodeError
from models.step import Step

from .checkpoints import BUDGET_SHARE
from .computing import COMPUTING
from .edit_stopping import EditStopped, EditStopper
from .handoff import Snapshot, SnapshotHandoff
from .inside_watch import InsideWatch
from .lanes import Lane
from .pacing import Pacing
from .redraw_rates import MAX_PACE_FRAME_S, MAX_PACE_SNAPSHOT_S, SNAPSHOT_S
from .rewind_store import DEFAULT_BUDGET_MB, RewindStore


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
    inside_computed = Signal()  # a past step computed again for "Inside this step" (from a thread of its own)

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
        edited: EditedCode | list[EditedCode | None] | None = None,
        step_timeout_s: float | None = None,
    ):
        """``edited``: the first lane's module as edited, or None; or a list, one per lane (None for a notebook's),
        as when an edit races its original. ``step_timeout_s``: an edit's step not back within it is stopped, its
        fault (None, as in the window: no limit)."""
        super().__init__(parent)
        configs = [configs] if isinstance(configs, RunConfig) else list(configs)
        self.problem = problem
        self.lanes = [
            Lane(c, History(min(c.steps, 1 << 16), with_depths=VARIANTS[c.variant].draws_depth)) for c in configs
        ]
        self.config, self.history = self.lanes[0].config, self.lanes[0].history  # the lane on show
        for lane, edit in zip(self.lanes, edited if isinstance(edited, list) else [edited]):
            if edit is not None and step_timeout_s is not None:
                edit = replace(edit, step_timeout_s=step_timeout_s)
            lane.edited = edit
        self.error: BaseException | None = None  # what failed the run, for the edited code's line
        self.edit_stopper = EditStopper({lane.edited.filename for lane in self.lanes if lane.edited is not None})
        self._checked = _gradient_checks([lane.config.variant for lane in self.lanes])
        self.checks: dict[str, History] = {name: History(min(self.config.steps, 1 << 16)) for name in self._checked}
        self.snapshot: Snapshot | None = None  # the latest, replaced whole
        self.first_snapshot: Snapshot | None = None  # step 0, for "change since step 0"
        self.kept = RewindStore(keep_bytes) if keep_bytes > 0 else None  # for rewinding (0: none kept)
        if keep_steps is not None:
            self.kept = RewindStore(only=frozenset(keep_steps))
        self.outcome: str | None = None
        self.snapshots = SnapshotHandoff(max_pixels)
        self.started_at: float | None = None
        self.ended_at: float | None = None
        self.pacing = Pacing(steps_per_s, paused)
        self._last_published = -math.inf
        checkpoint_bytes = int(keep_bytes * BUDGET_SHARE) if keep_steps is None else 0  # a recording needs none
        self.inside = InsideWatch(self.lanes[0], problem, window_threads(self.config), checkpoint_bytes,
                                  computed=self.inside_computed.emit,
                                  holding=self.pacing.holding)  # the run itself would make a cycle

    @property
    def is_race(self) -> bool:
        return len(self.lanes) > 1

    @property
    def max_pixels(self) -> tuple[int, int]:
        """The most rows and columns a snapshot's matrix keeps: the heatmaps' pixels."""
        return self.snapshots.max_pixels

    # Commands, called from the window's thread: flags only.

    def pause(self) -> None:
        self.pacing.pause()

    def resume(self) -> None:
        self.pacing.resume()

    def step(self, count: int = 1) -> None:
        """Let ``count`` more steps run while paused."""
        self.pacing.step(count)

    def stop(self) -> None:
        self.edit_stopper.ask()
        self.pacing.stop()

    def set_pace(self, steps_per_s: float | None) -> None:
        """Steps per second, or None for as fast as it goes."""
        self.pacing.set_pace(steps_per_s)

    @property
    def paused(self) -> bool:
        return self.pacing.paused

    @property
    def holding(self) -> threading.Event:
        """An Event set while paused, the step shown, until a command wakes the loop."""
        return self.pacing.holding

    @property
    def in_step(self) -> bool:
        """Whether the variants' code, not the trainer's, is running now."""
        return self.edit_stopper.in_step

    @property
    def elapsed_s(self) -> float:
        if self.started_at is None:
            return 0.0
        return (self.ended_at or time.perf_counter()) - self.started_at

    # The loop, on the training thread.

    def run(self) -> None:
        self.started_at = time.perf_counter()
        try:
            with self.edit_stopper.watching():
                self.outcome = self._train()
        except EditStopped:
            self.edit_stopper.in_step = False
            for lane in self.lanes:
                count = lane.history.count
                lane.outcome = lane.outcome or (f"stopped at step {count - 1}" if count else
                                                "stopped before its first step")
            self.outcome = self._overall_outcome()
        except BaseException as error:  # noqa: BLE001 - the thread's edge: whatever failed the run, it ends here
            self.edit_stopper.in_step = False
            self.error = error
            self.outcome = f"failed: {_failure(error)}"
            self.ended_at = time.perf_counter()
            if not any(lane.edited for lane in self.lanes):  # an edit's fault is told as the student's own
                traceback.print_exc()
            self.failed.emit(self.outcome.removeprefix("failed: "))
            return
        finally:
            self.edit_stopper.in_step = False
            self.inside.ended = True
        self.ended_at = time.perf_counter()
        self.ended.emit(self.outcome)

    def _train(self) -> str:
        lanes, pacing, stopper, kept, inside = self.lanes, self.pacing, self.edit_stopper, self.kept, self.inside
        with COMPUTING, training_context(window_threads(self.config)):  # the lock is let go only to wait
            for lane in lanes:
                lane.start(self.problem)
            try:
                running = list(lanes)
                t, total = 0, max(lane.config.steps for lane in lanes)
                while t < total:
                    if len(running) == 1 and not self.checks:
                        t = self._run_nothing_due(running[0], t, self._next_due(t, total))
                        if running[0].outcome is not None:
                            break
                    stopper.in_step = True
                    watch = inside.due(pacing, last=t == self.config.steps - 1)
                    for lane in running:
                        lane.advance(watch if lane is lanes[0] else None)
                    shown = lanes[0].step
                    if shown is not None and shown.t == t:  # the lane on show has not ended
                        if watch is not None:
                            inside.read(watch, shown)
                        if inside.checkpoint_due(t):
                            inside.keep_checkpoint(t, self._training_s())
                    stopper.in_step = False
                    if self.checks:
                        self._check_gradients(running)
                    if kept is not None and shown is not None and kept.wants(shown.t):
                        self._keep(kept, shown)
                    watched = pacing.pace is not None or pacing.paused  # each step is seen
                    if watched or t == 0 or time.perf_counter() - self._last_published >= MAX_PACE_FRAME_S:
                        self._publish(shown, wait=watched)
                    running = [lane for lane in running if lane.outcome is None]
                    if not running or not self.wait_for_next_step(t, shown):
                        break
                    t += 1
                self._publish(lanes[0].step, wait=True, force_snapshot=True)
            finally:
                stopper.in_step = True  # closing runs the variants' code too: an edit ends its train
                for lane in lanes:
                    lane.close()
                stopper.in_step = False
        for lane in lanes:
            if lane.outcome is None:
                done = lane.history.count
                lane.outcome = "finished" if done >= lane.config.steps else f"stopped at step {done - 1}"
        return self._overall_outcome()

    def _next_due(self, t: int, total: int) -> int | float:
        """The first step from ``t`` on that the whole loop must see: the first (shown at once), one to keep for
        rewinding or as a checkpoint, the last."""
        if t == 0:
            return 0
        kept = self.kept.next_wanted(t) if self.kept is not None else math.inf
        return min(total - 1, kept, self.inside.next_checkpoint(t))

    def _run_nothing_due(self, lane: Lane, t: int, end: int | float) -> int:
        """Run ``lane`` alone from step ``t`` while only its steps are due: before step ``end``, at max pace, until
        the next frame's losses are due, or a step to show inside. The step to run next comes back.

        Each step here is the generator's step and its loss kept, no more. The whole loop's bookkeeping, a dozen
        calls run with caches the step's arithmetic has just filled, took 16 µs a step where the notebook's own
        loop takes 8 (autograd): the largest part of what the window cost at max pace (README, Performance)."""
        generator, keep_loss, stopper = lane.started(), lane.batcher.add, self.edit_stopper
        pacing, clock = self.pacing, time.perf_counter
        # the Inside view opened meanwhile is seen at the frame
        until = min(self._last_published + MAX_PACE_FRAME_S, self.inside.capture_due_at())
        while t < end and pacing.free_running and clock() < until:
            stopper.in_step = True
            step = next(generator, None)
            stopper.in_step = False
            if step is None:
                lane.outcome = "finished"
                break
            lane.step = step
            keep_loss(step.loss, step.depth)
            t += 1
        return t

    def _overall_outcome(self) -> str:
        outcomes = [lane.outcome or "" for lane in self.lanes]  # every lane's is set once the loop has ended
        if not self.is_race:
            return outcomes[0]
        stopped = [outcome for outcome in outcomes if outcome.startswith("stopped")]
        return stopped[0] if stopped else "finished"

    def _check_gradients(self, running: list[Lane]) -> None:
        by_name = {lane.config.variant: lane.step for lane in running if lane.edited is None}  # the notebook's
        for name, history in self.checks.items():
            hand, reference = (by_name.get(variant) for variant in self._checked[name])
            if hand is not None and reference is not None:
                history.append(_relative_difference(hand.grads, reference.grads))

    def wait_for_next_step(self, t: int, step: Step | None) -> bool:
        """Hold the loop between steps as the flags say; False means stop (the pacing benchmark times it).

        At max pace, running, no lock is taken; paused, ``step`` is shown whole before the loop sleeps. While it
        waits, a past step may be computed again (``COMPUTING``)."""
        pacing = self.pacing
        if pacing.free_running:
            return True
        COMPUTING.release()
        try:
            return pacing.wait_for_next_step(t, lambda: self._publish(step, wait=True, force_snapshot=True))
        finally:
            COMPUTING.acquire()

    # The hand-off, on the training thread

    def _publish(self, step: Step | None, wait: bool, force_snapshot: bool = False) -> None:
        """Send the losses gathered so far, land what has arrived, refresh the snapshot.

        Snapshots (of the first lane) are copied at most at the heatmaps' rate, unless
        ``force_snapshot`` asks for this very step (a pause, the end).
        """
        now = time.perf_counter()
        self._last_published = now
        for lane in self.lanes:
            lane.hand_off(wait)
        if step is not None:
            every_s = SNAPSHOT_S if self.pacing.pace is not None else MAX_PACE_SNAPSHOT_S
            self.snapshots.offer(step, now, every_s, force_snapshot)
        self.land_snapshot(wait)

    def _keep(self, kept: RewindStore, step: Step) -> None:
        """Copy ``step``'s matrices now and keep them in ``kept`` for rewinding; they are also the ones shown."""
        began = time.perf_counter()
        snapshot = self.snapshots.copy_now(step)
        kept.keep(snapshot, time.perf_counter() - began, self._training_s(began))
        self._show(snapshot)

    def _training_s(self, now: float | None = None) -> float:
        """The training thread's time since the run began, against which a copy's cost is judged; 0 at a set pace,
        where the thread waits between steps anyway and a copy costs no steps."""
        now = time.perf_counter() if now is None else now
        return now - (self.started_at or now) if self.pacing.pace is None else 0.0

    def copy_snapshot(self, step: Step) -> None:
        """Start copying ``step``'s matrices, subsampled to ``max_pixels``, to the host (on a GPU, without waiting)."""
        self.snapshots.copy(step)

    def land_snapshot(self, wait: bool) -> None:
        """Make the copy started last the ``snapshot`` once it has arrived (``wait``: now)."""
        snapshot = self.snapshots.land(wait)
        if snapshot is None:
            return
        if self.kept is not None:
            self.kept.keep(snapshot)  # the newest, at least: a pause or the end shows it when rewound
        self._show(snapshot)

    def _show(self, snapshot: Snapshot) -> None:
        if self.first_snapshot is None:
            self.first_snapshot = snapshot
        self.snapshot = snapshot


def _gradient_checks(names: list[str]) -> dict[str, tuple[str, str]]:
    """Each check's name: (the hand-derived variant, the one it is checked against), where both race."""
    checks = {}
    for hand in names:
        reference = VARIANTS[hand].checked_against
        if reference is not None and reference in names:
            checks[f"{hand} − {reference}"] = (hand, reference)
    return checks


def _failure(error: BaseException) -> str:
    """What failed a run, in a line: an edit's fault as a sentence, else the exception's type and message."""
    return error.message if isinstance(error, EditedCodeError) else f"{type(error).__name__}: {error}"


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

"""The "Inside this step" view's side of a run: the step on show captured as it runs, checkpoints kept,
and past steps computed again, each handed to the window whole, the latest winning.

While the window says the view is open (``open``, a flag), the training thread captures
the lane on show's step (``models.inside``: its named tensors, read from its generator at
the yield, and the graph autograd built), lays the graph out and leaves the result in
``live``: every step while paused or stepping, at most every ``INSIDE_S`` at a set pace
and every ``MAX_PACE_INSIDE_S`` at max pace, the rates at which the window redraws, and
the run's last step, shown when it ends. While the view is closed nothing is captured.
A step the window shows that was not captured (the view opened later, a rewind) is
computed again (``ask``) on a thread of its own, by one ``Replayer`` per run from the
nearest checkpoint before it, into ``replayed``.

One computation at a time, in the whole process (``COMPUTING``): the thread counts of
torch and the BLAS and the random generators are the process's, so a step computed again
never overlaps a step of any run, and both get exactly the bits the run got.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.language import translate
from models.edited import DEFAULT_STEP_TIMEOUT_S, EditedCodeError
from models.inside import Checkpoint, Inside, InsideError, Layout, Recorder, Replayer, ReplayError, code_file
from models.stopping import RunStopped

from .checkpoints import SPACING, CheckpointStore
from .computing import COMPUTING
from .redraw_rates import MAX_PACE_SNAPSHOT_S, SNAPSHOT_S

if TYPE_CHECKING:
    from models import Problem
    from models.step import Step

    from .lanes import Lane
    from .pacing import Pacing

INSIDE_S = SNAPSHOT_S  # a step captured at most this often at a set pace, as often as the weights are drawn
MAX_PACE_INSIDE_S = MAX_PACE_SNAPSHOT_S  # and at max pace
MAX_REPLAY_STEPS = 1000  # a step further than this from where it can be computed from is not computed again
REPLAY_STEP_TIMEOUT_S = DEFAULT_STEP_TIMEOUT_S  # an edit's step computed again and not back by then is given up
LAYOUTS_KEPT = 16  # graphs of different shapes laid out (DynamicNet draws four)
# Once the run holds still, its checkpoints are filled in so that a rewound step is computed again from one
# within this long, at the step time measured: a fifth of the 50 ms it may take, the rest for its capture and
# drawing and for a machine busier than when the run measured its steps (the README's Performance)
FILL_STEPS_S = 0.010


@dataclass(frozen=True)
class InsideFrame:
    """Step ``t`` from the inside and where to draw its graph; or, with ``inside`` None, why it cannot be shown."""

    t: int
    inside: Inside | None = None
    layout: Layout | None = None
    problem: str = ""  # a sentence
    replayed: bool = False  # computed again, not captured as the run computed it


class InsideWatch:
    """The lane on show's steps from the inside: captured (training thread), checkpointed, computed again (its own
    thread). The window sets ``open``, asks for past steps (``ask``) and reads ``live`` and ``replayed``."""

    def __init__(self, lane: Lane, problem: Problem | None, threads: int | None, checkpoint_bytes: int,
                 computed: Callable[[], None] = lambda: None, holding: threading.Event | None = None):
        """``threads``: the run's, which a step computed again must share for the same bits; ``checkpoint_bytes``:
        the checkpoints' budget (0: none are kept, and past steps are computed from the start); ``computed``: called
        (on the replays' thread) once a step asked for is in ``replayed``; ``holding``: set while the run is paused
        between steps (``Pacing.holding``), when, as once it has ``ended``, its checkpoints may be filled in."""
        self.lane, self.problem, self.threads, self.computed, self.holding = lane, problem, threads, computed, holding
        self.ended = False  # the run's training thread computes no more: set by it
        self.variant = lane.config.variant
        self.filename = code_file(self.variant, lane.edited)
        self.open = False  # the view is open: set by the window's thread
        self.live: InsideFrame | None = None  # the latest step captured as the run computed it
        self.replayed: InsideFrame | None = None  # the latest step computed again
        self.captures = 0  # steps captured so far
        # a step further than this from where it can be computed from is not computed again; None: any step is
        # (a command's pictures, which nobody waits on while it is computed)
        self.max_replay_steps: int | None = MAX_REPLAY_STEPS
        # checkpoints are filled in while the run holds still (``fill``): until a step computed again to fill one in
        # does not come out as the run's (an edit's); off, a benchmark sees the gaps a run at max pace leaves
        self.fills_in = True
        self.checkpoints = CheckpointStore(checkpoint_bytes) if checkpoint_bytes > 0 else None
        self._captured_at = -math.inf
        self._layouts: dict[tuple, Layout] = {}
        self._asked: tuple[int, float | None] | None = None
        self._wake = threading.Condition()
        self._closed = False
        self._worker: threading.Thread | None = None
        self._replayer: Replayer | None = None
        self._computed_last: int | None = None  # the step the replayer computed last, which it can step on from
        self._computing = False
        self._fill_upto: int | None = None  # the steps the run holds, whose checkpoints are filled in
        self._step_s: float | None = None  # a step's time at max pace, window and all: what computing one again takes

    # On the training thread

    def due(self, pacing: Pacing, last: bool = False) -> Recorder | None:
        """A recorder to watch the next step with, when the view is open and the step is due to be shown: the
        run's ``last`` always is (shown when the run ends)."""
        if not self.open:
            return None
        every_s = 0.0 if pacing.paused or last else INSIDE_S if pacing.pace is not None else MAX_PACE_INSIDE_S
        return Recorder(self.filename) if time.perf_counter() - self._captured_at >= every_s else None

    def capture_due_at(self) -> float:
        """When (``time.perf_counter``) a step is next due to be captured at max pace; inf while the view is closed."""
        return self._captured_at + MAX_PACE_INSIDE_S if self.open else math.inf

    def read(self, recorder: Recorder, step: Step) -> None:
        """``step``, just computed under ``recorder``'s watch, read from its generator (waiting at its yield) into
        ``live``; a step that cannot be read is said in a sentence, and the run goes on."""
        self._captured_at = time.perf_counter()
        self.captures += 1
        try:
            inside = recorder.read(self._generator, step, self.variant)
        except RunStopped:
            raise
        except BaseException as error:  # noqa: BLE001 - an edit's objects can fail in any way; the run goes on
            said = translate("InsideWatch", "step {t}'s tensors could not be read")
            self.live = InsideFrame(step.t, problem=_sentence(error, said.format(t=step.t)))
            return
        self.live = self.framed(inside)

    def checkpoint_due(self, t: int) -> bool:
        """Whether step ``t`` is one to keep a checkpoint of."""
        return self.checkpoints is not None and self.checkpoints.wants(t)

    def next_checkpoint(self, t: int) -> int | float:
        """The first step from ``t`` on to keep a checkpoint of (inf: none, as the store stands now)."""
        return self.checkpoints.next_wanted(t) if self.checkpoints is not None else math.inf

    def keep_checkpoint(self, t: int, training_s: float) -> None:
        """Keep a checkpoint of step ``t`` if one is due; an edit whose objects cannot be copied keeps none."""
        store = self.checkpoints
        if store is None or not store.wants(t):
            return
        try:
            checkpoint = Checkpoint.take(self._generator, self.filename, t)
        except RunStopped:
            raise
        except BaseException:  # noqa: BLE001 - past steps are then computed from the start
            self.checkpoints = None
            return
        store.keep(checkpoint, training_s)
        if training_s > 0:
            self._step_s = training_s / (t + 1)

    @property
    def _generator(self) -> Generator:
        generator = self.lane.generator
        assert generator is not None, "a lane's step is read only once it has started"
        return generator

    def framed(self, inside: Inside, replayed: bool = False) -> InsideFrame:
        """``inside`` with its graph laid out: once per shape of graph, since a layout depends on nothing else."""
        layout = None
        if inside.graph is not None:
            key = (tuple(node.id for node in inside.graph.nodes), inside.graph.edges)
            layout = self._layouts.get(key)
            if layout is None:
                if len(self._layouts) >= LAYOUTS_KEPT:
                    self._layouts.clear()
                layout = self._layouts[key] = inside.graph.layout()
        return InsideFrame(inside.t, inside, layout, replayed=replayed)

    # Past steps, computed again on a thread of their own

    def ask(self, t: int, loss: float | None) -> None:
        """Compute step ``t`` again, into ``replayed``; ``loss``, the run's, must come out again to the last bit.
        Only the latest step asked for is computed."""
        with self._wake:
            if not self._closed:
                self._asked = (t, loss)
                self._wake_worker()

    def _wake_worker(self) -> None:
        """Under ``_wake``: the replays' thread, started the first time, looks for work."""
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="inside replays", daemon=True)
            self._worker.start()
        self._wake.notify_all()

    @property
    def working(self) -> bool:
        """The replays' thread has started and not yet ended."""
        worker = self._worker
        return worker is not None and worker.is_alive()

    @property
    def computing(self) -> bool:
        """A step asked for is still being computed again."""
        return self._asked is not None or self._computing

    def close(self) -> None:
        """No more steps computed again: the thread ends after the one it computes, if any."""
        with self._wake:
            self._closed = True
            self._wake.notify_all()

    def join(self, timeout_s: float) -> None:
        worker = self._worker
        if worker is not None:
            worker.join(timeout_s)

    def fill(self, upto: int) -> None:
        """The run holds still with ``upto`` steps: fill in its checkpoints (``CheckpointStore.gap``), on the replays'
        thread between the steps asked for, a few steps at a time, while the view is open and until the run moves on."""
        with self._wake:
            if not self._closed:
                self._fill_upto = upto
                self._wake_worker()

    @property
    def filling(self) -> bool:
        """Checkpoints are still to be filled in (``fill``): the run holds still, the view is open, a gap is left."""
        with self._wake:
            return self._gap() is not None

    def _work(self) -> None:
        while True:
            with self._wake:
                gap = None
                while self._asked is None and not self._closed and (gap := self._gap()) is None:
                    self._wake.wait()
                if self._closed:
                    break
                asked, self._asked = self._asked, None
                self._computing = asked is not None
            if asked is not None:
                self.replayed = self._compute_again(*asked)
                self._computing = False
                if not self._closed:
                    with contextlib.suppress(RuntimeError):  # a run gone meanwhile, its signals with it
                        self.computed()
            elif gap is not None:
                self._fill_in(*gap)
        with COMPUTING:
            if self._replayer is not None:
                self._replayer.close()  # an edit's train ends: its code runs

    @property
    def still(self) -> bool:
        """The run holds still: paused between steps, or ended."""
        return self.ended or (self.holding is not None and self.holding.is_set())

    def _gap(self) -> tuple[Checkpoint, int] | None:
        """Under ``_wake``, the next checkpoint to fill in, if any: where one is missing for a step to be computed
        again within ``FILL_STEPS_S``, while the view is open and the run holds still."""
        store, upto = self.checkpoints, self._fill_upto
        if store is None or upto is None or self._closed or not (self.fills_in and self.open and self.still):
            return None
        return store.gap(upto, self._fill_spacing)

    @property
    def _fill_spacing(self) -> int:
        """Steps computed again in about ``FILL_STEPS_S``, at the step time the run measured."""
        return SPACING if self._step_s is None else max(1, int(FILL_STEPS_S / self._step_s))

    def _fill_in(self, checkpoint: Checkpoint, t: int) -> None:
        """Compute steps on from ``checkpoint`` towards step ``t``, at most ``_fill_spacing`` of them (the replayer
        steps on from where it stopped), and keep a checkpoint of step ``t`` once there. A step asked for, the run
        going on, or the window closing waits for one such piece at most; a step that does not come out as the
        run's (an edit's), or a checkpoint that no longer fits, ends the filling in."""
        last = self._computed_last
        start = last if last is not None and checkpoint.t <= last < t else checkpoint.t
        reached = min(t, start + self._fill_spacing)
        found: list[Checkpoint] = []

        def take(generator: Generator, at: int) -> None:
            if at == t:
                found.append(Checkpoint.take(generator, self.filename, t))

        with COMPUTING:
            if self._closed or self._asked is not None or not (self.open and self.still):
                return  # the next turn of ``_work`` sees to it
            try:
                self._replayer_of_run().reach(reached, checkpoint, float(self.lane.history.losses[reached]), take)
            except RunStopped:
                raise
            except BaseException:  # noqa: BLE001 - the thread's edge; asked for, the step says why
                self._computed_last, self.fills_in = None, False
                return
        self._computed_last = reached
        store = self.checkpoints
        if found and store is not None and not store.keep(found[0], within_budget=True):
            self.fills_in = False

    def _compute_again(self, t: int, loss: float | None) -> InsideFrame:
        store = self.checkpoints
        checkpoint = store.before(t) if store is not None else None
        start = checkpoint.t if checkpoint is not None else -1
        last = self._computed_last
        if last is not None and start <= last < t:
            start = last  # the replayer steps on from it
        limit = self.max_replay_steps
        if limit is not None and t - start > limit:
            said = translate("InsideWatch", "step {t} lies {count} steps after the nearest one it can be computed "
                                            "again from, more than the {most} computed while you wait: "
                                            "rewind to a step nearer it")
            return InsideFrame(t, problem=said.format(t=t, count=f"{t - start:,}", most=f"{limit:,}"))
        found: list[Checkpoint] = []
        with COMPUTING:
            try:
                inside = self._replayer_of_run().step(t, checkpoint, loss, self._checkpointing(found))
            except RunStopped:
                raise
            except BaseException as error:  # noqa: BLE001 - the thread's edge: said in the view, never raised
                self._computed_last = None
                said = translate("InsideWatch", "step {t} could not be computed again")
                return InsideFrame(t, problem=_sentence(error, said.format(t=t)))
        self._computed_last = t
        if store is not None:
            for passed in found:  # the run's own, now that step t came out as the run's
                store.keep(passed, within_budget=True)
        return self.framed(inside, replayed=True)

    def _checkpointing(self, found: list[Checkpoint]) -> Callable[[Generator, int], None] | None:
        """What keeps a checkpoint of every tenth step a replay passes, where the run kept them sparser (at max
        pace): a step near them is then computed again sooner."""
        store = self.checkpoints
        if store is None or store.spacing <= SPACING:
            return None

        kept = set(store.steps)

        def take(generator: Generator, t: int) -> None:
            if t % SPACING == 0 and t not in kept:
                with contextlib.suppress(Exception):  # a checkpoint fewer
                    found.append(Checkpoint.take(generator, self.filename, t))

        return take

    def _replayer_of_run(self) -> Replayer:
        if self._replayer is None:
            edited = self.lane.edited
            if edited is not None:  # computed again, an edit's step that never comes back is given up
                edited = replace(edited, step_timeout_s=REPLAY_STEP_TIMEOUT_S)
            self._replayer = Replayer(self.lane.config, self.problem, edited, self.threads)
        return self._replayer


def _sentence(error: BaseException, what: str) -> str:
    """An error as one sentence about ``what`` went wrong; errors that are sentences already stay as they are."""
    if isinstance(error, EditedCodeError):
        said = translate("InsideWatch", " (line {line})")
        line = said.format(line=error.line) if error.line is not None else ""
        return f"{what}: {error.message}{line}"
    if isinstance(error, (InsideError, ReplayError)):  # sentences already
        return str(error)
    return f"{what}: {type(error).__name__}: {error}" if str(error) else f"{what}: {type(error).__name__}"

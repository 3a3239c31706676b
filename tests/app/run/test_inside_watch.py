"""The run's side of "Inside this step": checkpoints kept within their budget and cost, and past steps computed
again on a thread of their own, exactly, leaving checkpoints on their way where the run kept them sparse."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import pytest

from app.run.checkpoints import CheckpointStore
from app.run.inside_watch import InsideWatch
from app.run.lanes import Lane
from models import VARIANTS, History, RunConfig
from models.edited import EditedCode
from models.inside import Replayer, inspect_step

SMALL = {"N": 8, "D_in": 12, "H": 6, "D_out": 3, "seed": 2}


@dataclass(frozen=True)
class Kept:
    """What the store reads of a checkpoint."""

    t: int
    nbytes: int = 100
    seconds: float = 0.001


def test_every_tenth_step_is_kept_and_a_step_is_computed_from_the_latest_before_it():
    store = CheckpointStore(budget_bytes=10_000)
    wanted = [t for t in range(45) if store.wants(t)]
    for t in wanted:
        store.keep(Kept(t))
    assert wanted == store.steps == [0, 10, 20, 30, 40]
    assert [store.before(t).t for t in (1, 10, 11, 40, 44)] == [0, 0, 10, 30, 40]
    assert store.before(0) is None


def test_beyond_the_budget_the_spacing_doubles_and_the_first_stays():
    store = CheckpointStore(budget_bytes=450)
    for t in range(0, 100, 10):
        if store.wants(t):
            store.keep(Kept(t))
    assert store.spacing == 40 and store.steps == [0, 40, 80] and store.bytes <= 450


def test_at_max_pace_copies_that_cost_more_than_a_four_hundredth_of_the_time_are_spread_out():
    store = CheckpointStore(budget_bytes=1 << 30)
    step_s, copy_s = 0.001, 0.001  # a copy as long as a step: one in four hundred steps at most
    for t in range(0, 2000):
        if store.wants(t):
            store.keep(Kept(t, seconds=copy_s), training_s=(t + 1) * step_s)
    assert store.spacing >= 400 and store.steps[0] == 0
    free = CheckpointStore(budget_bytes=1 << 30)
    for t in range(0, 2000, 10):
        free.keep(Kept(t, seconds=copy_s), training_s=0.0)  # at a set pace a copy costs no steps
    assert free.spacing == 10


def run_lane(config: RunConfig, watch_bytes: int, spacing: int,
             edited: EditedCode | None = None) -> tuple[Lane, InsideWatch]:
    """A lane run to its end as the trainer runs it (default threads), checkpointed every ``spacing`` steps."""
    lane = Lane(config, History(config.steps), edited=edited)
    watch = InsideWatch(lane, None, None, watch_bytes)
    watch.checkpoints = CheckpointStore(watch_bytes, spacing=spacing)
    lane.start(None)
    for t in range(config.steps):
        lane.advance()
        watch.keep_checkpoint(t, 0.0)
    lane.hand_off(wait=True)
    lane.close()
    watch.ended = True
    return lane, watch


def computed_again(watch: InsideWatch, lane: Lane, t: int):
    watch.ask(t, float(lane.history.losses[t]))
    deadline = time.monotonic() + 60
    while watch.computing or watch.replayed is None or watch.replayed.t != t:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    return watch.replayed


@pytest.mark.parametrize("variant", ["optim", "dynamic"])
def test_a_past_step_is_computed_again_exactly_and_leaves_checkpoints_on_its_way(variant):
    config = RunConfig.for_variant(variant, steps=60, **SMALL)
    lane, watch = run_lane(config, 1 << 30, spacing=40)
    assert watch.checkpoints.steps == [0, 40]
    try:
        frame = computed_again(watch, lane, 57)
        expected = inspect_step(config, 57)
        assert frame.replayed and frame.inside.names == expected.names
        assert all(a.values.tobytes() == b.values.tobytes() for a, b in zip(frame.inside.tensors, expected.tensors))
        assert watch.checkpoints.steps == [0, 40, 50]  # the run's own, now that step 57 came out as the run's
        assert frame.layout is not None and set(frame.layout.positions) == {n.id for n in frame.inside.graph.nodes}
        frame = computed_again(watch, lane, 33)
        assert frame.inside["loss"].values.tobytes() == inspect_step(config, 33)["loss"].values.tobytes()
        assert watch.checkpoints.steps == [0, 10, 20, 30, 40, 50]
    finally:
        watch.close()
        watch.join(10)


def test_a_step_too_far_from_any_checkpoint_is_refused_in_a_sentence(monkeypatch):
    monkeypatch.setattr("app.run.inside_watch.MAX_REPLAY_STEPS", 20)
    config = RunConfig.for_variant("tensors", steps=60, **SMALL)
    lane, watch = run_lane(config, 1 << 30, spacing=40)
    try:
        frame = computed_again(watch, lane, 35)
        assert frame.inside is None
        assert frame.problem == ("step 35 lies 35 steps after the nearest one it can be computed again from, more "
                                 "than the 20 computed while you wait: rewind to a step nearer it")
        assert computed_again(watch, lane, 45).inside is not None  # 5 steps after a checkpoint
    finally:
        watch.close()
        watch.join(10)


def test_a_gap_is_where_a_step_lies_further_than_the_spacing_from_the_checkpoint_before_it():
    store = CheckpointStore(budget_bytes=10_000)
    for t in (0, 40):
        store.keep(Kept(t))
    assert store.gap(60, 10)[0].t == 0 and store.gap(60, 10)[1] == 10
    for t in (10, 20, 30):
        store.keep(Kept(t), within_budget=True)
    assert store.gap(60, 10)[1] == 50  # the steps after the last one count too, up to the newest
    store.keep(Kept(50), within_budget=True)
    assert store.gap(60, 10) is None and store.gap(61, 10) is None and store.gap(62, 10)[1] == 60


def test_filled_in_checkpoints_stay_within_the_budget_and_never_thin_the_others():
    store = CheckpointStore(budget_bytes=1_000)  # ten of 100 bytes
    for t in (0, 160, 320):
        store.keep(Kept(t))
    assert store.gap(400, 10)[1] == 50  # widened for 400 steps to fit: 400 * 100 / 1000 / 0.8
    while (gap := store.gap(400, 10)) is not None:
        store.keep(Kept(gap[1]), within_budget=True)
    assert store.bytes <= 1_000 and store.spacing == 10 and {0, 160, 320} <= set(store.steps)
    store.keep(Kept(399), within_budget=True)  # no room: refused, nothing thinned
    assert 399 not in store.steps and store.bytes == 1_000


def test_once_the_run_holds_still_its_checkpoints_are_filled_in_and_steps_come_out_as_the_runs():
    config = RunConfig.for_variant("dynamic", steps=60, **SMALL)
    lane, watch = run_lane(config, 1 << 30, spacing=40)
    watch.open = True
    try:
        watch.fill(config.steps)
        deadline = time.monotonic() + 60
        while watch.filling:
            assert time.monotonic() < deadline
            time.sleep(0.005)
        assert watch.checkpoints.steps == [0, 10, 20, 30, 40, 50]
        frame = computed_again(watch, lane, 38)
        expected = inspect_step(config, 38)
        assert all(a.values.tobytes() == b.values.tobytes() for a, b in zip(frame.inside.tensors, expected.tensors))
    finally:
        watch.close()
        watch.join(10)


def test_nothing_is_filled_in_while_the_run_moves_or_the_view_is_closed():
    config = RunConfig.for_variant("tensors", steps=60, **SMALL)
    lane = Lane(config, History(config.steps))
    moving = InsideWatch(lane, None, None, 1 << 30, holding=threading.Event())  # between steps, not paused
    moving.open = True
    closed = InsideWatch(lane, None, None, 1 << 30)
    closed.ended = True
    for watch in (moving, closed):
        watch.checkpoints = CheckpointStore(1 << 30, spacing=40)
        watch.checkpoints.keep(Kept(0))
        watch.fill(config.steps)
        assert not watch.filling
        watch.close()


def test_a_checkpoint_larger_than_the_first_is_not_promised_room_it_will_not_find():
    store = CheckpointStore(budget_bytes=500)
    store.keep(Kept(0, nbytes=100))  # before its first step, an optimizer holds no state yet
    store.keep(Kept(40, nbytes=300))
    assert store.gap(60, 10) is None
    assert not store.keep(Kept(10, nbytes=300), within_budget=True) and store.steps == [0, 40]


def test_the_runs_own_checkpoints_push_out_those_filled_in_before_they_thin_each_other():
    store = CheckpointStore(budget_bytes=500, spacing=40)
    for t in (0, 40, 80):
        store.keep(Kept(t))
    for t in (10, 20):
        store.keep(Kept(t), within_budget=True)
    store.keep(Kept(120))  # the run went on: over the budget
    assert store.steps == [0, 40, 80, 120] and store.spacing == 40


def wait_until_filled(watch: InsideWatch) -> None:
    deadline = time.monotonic() + 60
    while watch.filling:
        assert time.monotonic() < deadline
        time.sleep(0.005)


def test_a_gap_is_filled_in_a_few_steps_at_a_time_so_that_a_run_going_on_waits_for_few(monkeypatch):
    reached = []
    reach = Replayer.reach

    def counted(replayer, t, *args):
        reached.append(t)
        reach(replayer, t, *args)

    monkeypatch.setattr(Replayer, "reach", counted)
    config = RunConfig.for_variant("optim", steps=60, **SMALL)
    lane, watch = run_lane(config, 1 << 30, spacing=40)
    size = watch.checkpoints.before(41).nbytes
    watch.checkpoints.budget_bytes = int(3.8 * size)  # 60 steps in 0.8 of it: one in 20 steps at most
    watch.open = True
    try:
        watch.fill(config.steps)
        wait_until_filled(watch)
        assert watch.checkpoints.steps == [0, 20, 40]
        assert reached == [10, 20]  # ten steps at a time, before the run has measured its steps
    finally:
        watch.close()
        watch.join(10)


FORGETFUL = VARIANTS["numpy"].full_source().replace(
    "        w2 -= learning_rate * grad_w2\n",
    "        w2 -= learning_rate * grad_w2\n        learning_rate *= 0.99\n")  # a number no checkpoint holds


def test_an_edit_whose_steps_do_not_come_out_as_the_runs_stops_filling_in():
    config = RunConfig.for_variant("numpy", steps=60, **SMALL)
    lane, watch = run_lane(config, 1 << 30, spacing=40, edited=EditedCode("numpy", FORGETFUL))
    watch.open = True
    try:
        watch.fill(config.steps)
        wait_until_filled(watch)
        assert not watch.fills_in and not watch.filling
        assert 50 not in watch.checkpoints.steps  # computed from step 40's checkpoint, the edit's rate is lost
    finally:
        watch.close()
        watch.join(10)


def test_closing_while_filling_in_ends_the_replays_thread_after_the_piece_under_way():
    config = RunConfig.for_variant("dynamic", steps=400, **SMALL)
    lane, watch = run_lane(config, 1 << 30, spacing=400)
    watch.open = True
    watch.fill(config.steps)
    while len(watch.checkpoints.steps) < 3:  # filling in
        time.sleep(0.005)
    watch.close()
    watch.join(60)
    assert not watch.filling and len(watch.checkpoints.steps) < 40

"""The run's side of "Inside this step": checkpoints kept within their budget and cost, and past steps computed
again on a thread of their own, exactly, leaving checkpoints on their way where the run kept them sparse."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from app.run.checkpoints import CheckpointStore
from app.run.inside_watch import InsideWatch
from app.run.lanes import Lane
from models import History, RunConfig
from models.inside import inspect_step

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


def test_at_max_pace_copies_that_cost_more_than_a_hundredth_of_the_time_are_spread_out():
    store = CheckpointStore(budget_bytes=1 << 30)
    step_s, copy_s = 0.001, 0.001  # a copy as long as a step: one in a hundred steps at most
    for t in range(0, 2000):
        if store.wants(t):
            store.keep(Kept(t, seconds=copy_s), training_s=(t + 1) * step_s)
    assert store.spacing >= 100 and store.steps[0] == 0
    free = CheckpointStore(budget_bytes=1 << 30)
    for t in range(0, 2000, 10):
        free.keep(Kept(t, seconds=copy_s), training_s=0.0)  # at a set pace a copy costs no steps
    assert free.spacing == 10


def run_lane(config: RunConfig, watch_bytes: int, spacing: int) -> tuple[Lane, InsideWatch]:
    """A lane run to its end as the trainer runs it (default threads), checkpointed every ``spacing`` steps."""
    lane = Lane(config, History(config.steps))
    watch = InsideWatch(lane, None, None, watch_bytes)
    watch.checkpoints = CheckpointStore(watch_bytes, spacing=spacing)
    lane.start(None)
    for t in range(config.steps):
        lane.advance()
        watch.keep_checkpoint(t, 0.0)
    lane.hand_off(wait=True)
    lane.close()
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

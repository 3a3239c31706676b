"""The trainer's hand-off to the window: losses in batches, snapshots copied, on the CPU and on CUDA.

The CUDA tests run where torch finds a GPU (skipped elsewhere). There the loop
must never make the host wait for the device: torch's sync debug mode turns any
such wait into an error while the steps and the per-frame hand-off run.
"""

import os
import subprocess
import sys
import textwrap
import warnings
from collections import Counter
from contextlib import contextmanager

import numpy as np
import pytest
import torch

from app.run.allocator import keep_freed_memory
from app.run.handoff import LossBatcher, SnapshotHandoff
from app.run.lanes import Lane
from app.run.trainer import Trainer
from models import History, RunConfig, Step, run, training_context, window_threads

cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device on this machine")


@contextmanager
def waiting_for_the_gpu_is_an_error():
    """torch's sync debug mode; setting it warns that it is a prototype, which is no fault here."""

    def set_mode(mode: str) -> None:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Synchronization debug mode is a prototype")
            torch.cuda.set_sync_debug_mode(mode)

    set_mode("error")
    try:
        yield
    finally:
        set_mode("default")


def drive(lane: Lane, steps: int, frame_every: int) -> None:
    """What the trainer's loop does: a step at a time, a hand-off once a 'frame'."""
    with training_context(window_threads(lane.config)):  # as the trainer runs
        for t in range(steps):
            lane.advance()
            if t % frame_every == frame_every - 1:
                lane.batcher.send()
                lane.batcher.land(wait=False)


def test_losses_land_in_order_across_batches():
    history = History(16)
    batcher = LossBatcher(history, max_pending=3)
    for value in range(10):
        batcher.add(torch.tensor(float(value)), None)
    batcher.send()
    batcher.land()
    assert history.losses.tolist() == list(range(10))


def test_landing_stops_at_the_first_non_finite_loss():
    history = History(16)
    batcher = LossBatcher(history)
    for value in (3.0, 2.0, float("inf"), 1.0):
        batcher.add(torch.tensor(value), None)
    batcher.send()
    batcher.land()
    assert history.losses.tolist() == [3.0, 2.0, float("inf")]
    assert batcher.landed_nonfinite == 2


BATCHED_FAULTS = textwrap.dedent("""
    import resource, threading
    from app.run.allocator import keep_freed_memory
    from app.run.handoff import LossBatcher
    from models import History, RunConfig, steps, training_context, window_threads
    keep_freed_memory()  # as the app starts
    config = RunConfig.for_variant("optim", steps=400)
    batcher, faults = LossBatcher(History(400)), []
    def train():  # on a thread of its own, as the window trains; one batch, as in a frame
        with training_context(window_threads(config)):
            for t, step in enumerate(steps(config)):
                if t == 100:  # the first buffers are made
                    before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
                batcher.add(step.loss, step.depth)
            faults.append((resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before) / 300)
    thread = threading.Thread(target=train)
    thread.start()
    thread.join()
    print(faults[0])
""")


@pytest.mark.process
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the thread's page faults are read from Linux")
def test_losses_gathered_on_the_cpu_cost_the_steps_no_fresh_pages():
    """A 0-d tensor kept for each step lay in the heap between the step's larger buffers, which could then not be
    handed back whole: the heap grew, 9 to 22 page faults a step (Adam, measured), until the batch was sent. And
    glibc's malloc, as it is set at first, gave some processes' freed buffers back to the system at each step."""
    done = subprocess.run([sys.executable, "-c", BATCHED_FAULTS], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout.split()[-1]) < 1, done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc is Linux's")
def test_the_allocator_keeps_freed_memory_on_glibc():
    assert keep_freed_memory()


def test_of_two_snapshots_copied_before_one_lands_the_latest_wins_and_a_step_is_copied_once():
    def step(t: int, weight: float | None = None) -> Step:
        return Step(t, torch.tensor(1.0), {"w1": torch.full((3, 2), float(t if weight is None else weight))},
                    {"w1": None})

    handoff = SnapshotHandoff(max_pixels=(8, 8))
    handoff.copy(step(1))
    handoff.copy(step(2))
    latest = handoff.land(wait=True)
    assert latest is not None and latest.t == 2 and latest.weights["w1"].tolist() == [[2.0] * 3] * 2
    assert handoff.land(wait=True) is None  # nothing more on its way
    handoff.offer(step(3), now=0.0, every_s=1.0, force=False)
    handoff.offer(step(3, weight=-1.0), now=5.0, every_s=1.0, force=True)  # this very step again: not copied twice
    handoff.offer(step(4), now=0.5, every_s=1.0, force=False)  # not due yet
    landed = handoff.land(wait=True)
    assert landed is not None and landed.t == 3 and landed.weights["w1"].tolist() == [[3.0] * 3] * 2


@pytest.mark.parametrize("device", ["cpu", pytest.param("cuda", marks=cuda)])
def test_a_lane_lands_exactly_the_headless_losses(device):
    config = RunConfig.for_variant("autograd", steps=300, device=device)
    lane = Lane(config, History(config.steps))
    lane.start(None)
    drive(lane, config.steps, frame_every=37)
    lane.batcher.send()
    lane.batcher.land(wait=True)
    lane.close()
    np.testing.assert_array_equal(lane.history.losses, run(config, threads=window_threads(config)).losses)


@cuda
@pytest.mark.parametrize("variant", ["tensors", "autograd", "nn", "optim", "custom", "dynamic"])
def test_on_cuda_steps_and_hand_offs_never_wait_for_the_gpu(variant):
    config = RunConfig.for_variant(variant, steps=200, device="cuda")
    lane = Lane(config, History(config.steps, with_depths=variant == "dynamic"))
    lane.start(None)
    drive(lane, 1, frame_every=1)  # the first step draws the problem and allocates
    with waiting_for_the_gpu_is_an_error():
        drive(lane, config.steps - 1, frame_every=25)
    lane.batcher.send()
    lane.batcher.land(wait=True)
    lane.close()
    np.testing.assert_array_equal(lane.history.losses, run(config, threads=window_threads(config)).losses)


@cuda
def test_on_cuda_a_snapshot_is_copied_without_waiting_and_lands_whole():
    config = RunConfig.for_variant("autograd", steps=5, device="cuda", D_in=3000, H=700)
    trainer = Trainer(config, max_pixels=(350, 1000))
    lane = trainer.lanes[0]
    lane.start(None)
    lane.advance()
    with waiting_for_the_gpu_is_an_error():
        trainer.copy_snapshot(lane.step)
    trainer.land_snapshot(wait=True)
    lane.close()
    snapshot = trainer.snapshot
    assert snapshot.shapes == {"w1": (700, 3000), "w2": (10, 700)}
    expected = lane.step.weights["w1"].detach().T[::2, ::3].cpu().numpy()
    np.testing.assert_array_equal(snapshot.weights["w1"], expected)
    assert isinstance(snapshot.grads["w2"], np.ndarray)


def test_at_max_pace_every_step_kept_for_rewinding_or_as_a_checkpoint_comes_to_the_whole_loop():
    """Between the steps something is due for, a lone lane at max pace runs in a tight loop of its own; the steps
    the rewind store and the checkpoints want, at the spacing their copies' cost has thinned them to, are kept."""
    steps = 600
    trainer = Trainer(RunConfig.for_variant("tensors", steps=steps))
    trainer.run()  # on this thread, at max pace
    assert trainer.outcome == "finished" and trainer.history.count == steps
    kept, checkpoints = trainer.kept, trainer.inside.checkpoints
    assert kept is not None and checkpoints is not None
    assert kept.stride > 1, "every step was due: the tight loop never ran"
    assert set(kept.steps) == set(range(0, steps, kept.stride)) | {steps - 1}
    assert set(checkpoints.steps) == set(range(0, steps, checkpoints.spacing))


def test_a_recordings_frames_are_kept_at_max_pace():
    frames = [0, 5, 77, 300, 599]
    trainer = Trainer(RunConfig.for_variant("tensors", steps=600), keep_steps=frames)
    trainer.run()
    assert trainer.kept is not None and trainer.kept.steps == frames


@pytest.mark.parametrize("inside_open", [False, True])
def test_at_max_pace_a_lone_lanes_loop_makes_one_call_a_step_between_those_due(inside_open):
    """The loop's own bookkeeping, seven calls a step and more, took twice the notebook loop's time between steps
    (16 against 8 µs: caches the step's arithmetic has just filled). Between the steps something is due for, at max
    pace, it calls only what keeps the loss; with the Inside view open, a step is captured now and then."""
    steps = 1000
    trainer = Trainer(RunConfig.for_variant("tensors", steps=steps))
    trainer.inside.open = inside_open
    loop, own = {"_train", "_run_nothing_due"}, os.path.join("app", "run", "")  # not the generator's resumes
    calls = Counter()

    def count(frame, event, arg):
        caller = frame.f_back
        if event == "call" and caller is not None and caller.f_code.co_name in loop and own in frame.f_code.co_filename:
            calls[frame.f_code.co_name] += 1

    sys.setprofile(count)
    try:
        trainer.run()  # on this thread, at max pace
    finally:
        sys.setprofile(None)
    assert trainer.history.count == steps
    assert calls["add"] == steps - calls["advance"]  # each loss kept, in the tight loop or by the lane
    assert sum(calls.values()) < 1.5 * steps, calls.most_common(8)
    assert (trainer.inside.captures > 0) == inside_open  # the last step at least

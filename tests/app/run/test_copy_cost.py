"""Copies kept at max pace are judged as they cost lately: the first copy is slow, and so are the first steps."""

import pytest

from app.run.copy_cost import JUDGED_AFTER, CopyCost
from app.run.rewind_store import RewindStore
from tests.app.gui.test_rewind import snapshot

STEP_S = 0.001


def test_a_cold_first_copy_does_not_thin_the_copies_for_the_whole_run():
    """A first copy ten times the rest: judged by all (1.6 ms), a copy every 50 steps is too costly; by the warm
    ones (0.4 ms), not."""
    cost, training_s = CopyCost(share=0.01), 0.0
    for t, seconds in enumerate((0.004, 0.0004, 0.0004)):
        training_s += STEP_S  # a step, then its copy
        cost.add(seconds, t + 1, training_s)
        training_s += seconds
    assert not cost.too_costly(50)  # 0.4 ms of a 50 ms stretch: 0.8%
    assert cost.too_costly(20)  # of a 20 ms one: 2%
    assert cost.total_s == pytest.approx(0.0048)  # what copying took, the first included


def test_slow_first_steps_do_not_make_copies_look_cheap():
    """A first step of 100 ms (the model built), then steps of 1 ms: a copy of 0.1 ms needs 80 steps between."""
    cost = CopyCost(share=0.00125)
    training_s = 0.1
    for t in range(JUDGED_AFTER):
        training_s += STEP_S
        cost.add(0.0001, t + 2, training_s)
    assert cost.too_costly(64) and not cost.too_costly(128)


def test_copies_are_judged_after_the_first_warm_ones_and_never_at_a_set_pace():
    cost, paced = CopyCost(share=0.01), CopyCost(share=0.01)
    for t in range(JUDGED_AFTER):
        assert not cost.too_costly(1)  # not yet judged
        cost.add(STEP_S, t + 1, (2 * t + 1) * STEP_S)  # a copy after each step, as long as it: half the time
        paced.add(STEP_S, t + 1, 0.0)  # at a set pace the thread waits between steps anyway
    assert JUDGED_AFTER <= 3 and cost.too_costly(1) and not paced.too_costly(1)


def test_the_stride_reaches_what_copies_cost_at_once():
    """Steps of 1 ms, copies of 0.5 ms: one in 400 steps at most, so a stride of 512 from the third copy on. It
    doubled once a copy (thinned only while more than step 0 was kept): 9 copies more before it got there."""
    kept = RewindStore(budget_bytes=1 << 30)
    copied, training_s = [], 0.0
    for t in range(4000):
        training_s += STEP_S
        if kept.wants(t):
            copied.append(t)
            kept.keep(snapshot(t), copy_s=0.0005, training_s=training_s)  # timed as the copy begins
            training_s += 0.0005
    assert kept.stride == 512
    assert copied == [0, 1, 2, 512, 1024, 1536, 2048, 2560, 3072, 3584]

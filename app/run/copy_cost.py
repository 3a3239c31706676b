"""What the copies kept for looking back cost the training thread at max pace, against their share of its time.

A kept copy (a snapshot for rewinding, a checkpoint for the Inside view) also slows the steps after it, by caches
and the allocator, about twice its own time more (`make bench ARGS=keeping`, 2026-12-05: snapshots copied in 0.57%
of autograd's time cost it 1.7% of its steps/s, the Inside view's checkpoints at 0.25% cost 1.3%). So each kind
gets an eighth of the 1% it would otherwise have: a quarter left snapshots copying in 0.39% of autograd's time,
and its steps/s at 0.986 of none kept, in a full run.
"""

from __future__ import annotations

MAX_COPY_SHARE = 0.01
COPY_SHARE = MAX_COPY_SHARE / 8  # each kind's
JUDGED_AFTER = 3  # copies timed before their cost is judged: the first, into cold caches, and two warm ones


class CopyCost:
    """The time copies took, and whether one every ``every`` steps would take more than ``share`` of a step's.

    Both are judged as they are lately, from the third copy on:
    - a copy by the warm ones: the first runs into cold caches and fresh memory, two to three times as long as the
      rest, and would thin the copies for the whole run;
    - a step by the steps since the copy before: the run's first steps, which build the model, would make steps
      look longer than they are for hundreds more.
    With the stores thinning to the stride this gives at once, a 2,000-step autograd run copies 7 snapshots, in
    0.13% of its time; it copied 17, in 0.30%, as the stride doubled one copy at a time.
    """

    def __init__(self, share: float = COPY_SHARE):
        self.share = share
        self.total_s = 0.0  # every copy's, the first's included
        self._first_s = 0.0
        self._copies = 0
        self._step_s = 0.0  # a step lately, the copy left out (0: not known, or at a set pace)
        self._last: tuple[int, float, float] | None = None  # the last copy's steps done, training time and seconds

    def add(self, seconds: float, steps_done: int, training_s: float) -> None:
        """A copy that took ``seconds``, begun after ``steps_done`` steps and ``training_s`` of the training thread's
        time since the run began (0 at a set pace, where the thread waits between steps anyway: copies cost none)."""
        if self._copies == 0:
            self._first_s = seconds
        self._copies += 1
        self.total_s += seconds
        if self._last is not None and steps_done > self._last[0] and training_s > 0:
            done, spent, copying = self._last  # the steps since the copy before took the time since, but its copying
            self._step_s = max(0.0, training_s - spent - copying) / (steps_done - done)
        elif training_s <= 0:
            self._step_s = 0.0
        self._last = (steps_done, training_s, seconds)

    def too_costly(self, every: int) -> bool:
        """Whether a copy every ``every`` steps would take more than the share of their time."""
        if self._copies < JUDGED_AFTER or self._step_s <= 0:
            return False
        warm_s = (self.total_s - self._first_s) / (self._copies - 1)
        return warm_s > self.share * every * self._step_s

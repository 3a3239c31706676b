"""Predictions: a class's guess at a run's loss curve, and how close it came (a race's order of finish is
``race_guesses``'s, files of predictions ``prediction_files``').

A curve's score is the mean distance between the prediction and the run at each
step the prediction covers, in the plot's own units: decades of loss (log10) on a
log scale, loss on a linear one. The prediction is drawn as straight lines between
its points in those units, and is read off those lines at every whole step, so the
score measures what the class sees. numpy only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .words import decimal, translate

MAX_PREDICTIONS = 7  # one for each colour of the runs' palette (widgets/theme.py)
MAX_POINTS = 10_000  # a prediction's points
MAX_NAME = 40  # characters: a name is read from the back of the room, in a legend
_NO_STEPS = np.empty(0)


class PredictionError(ValueError):
    """A prediction, a race guess or a predictions file that cannot be taken; the message says why."""


@dataclass(frozen=True)
class Prediction:
    """A predicted loss curve: ``points`` of (step, loss), steps increasing, as drawn.

    ``colour`` is a slot in the runs' palette (never the live run's colour).
    """

    name: str
    colour: int
    points: tuple[tuple[float, float], ...]

    def __post_init__(self) -> None:
        fault = name_fault(self.name) or _points_fault(self.points)
        if fault:
            said = translate("Predictions", "The prediction {name} cannot be taken: {fault}")
            raise PredictionError(said.format(name=repr(self.name), fault=fault))

    @property
    def steps(self) -> np.ndarray:
        return np.array([step for step, _ in self.points], dtype=float)

    @property
    def losses(self) -> np.ndarray:
        return np.array([loss for _, loss in self.points], dtype=float)


def name_fault(name: str) -> str | None:
    """Why ``name`` cannot name a prediction or a guesser, or None."""
    if not isinstance(name, str) or not name.strip():
        return translate("Predictions", "a name cannot be empty")
    if not name.isprintable():
        return translate("Predictions", "a name is one line of printable characters")
    if name != name.strip():
        return translate("Predictions", "a name cannot start or end with a space")
    if len(name) > MAX_NAME:
        return translate("Predictions", "a name has at most {count} characters").format(count=MAX_NAME)
    return None


def _points_fault(points: Sequence[tuple[float, float]]) -> str | None:
    if not points:
        return translate("Predictions", "it has no points")
    if len(points) > MAX_POINTS:
        return translate("Predictions", "it has more than {count} points").format(count=f"{MAX_POINTS:,}")
    previous = -math.inf
    for step, loss in points:
        if not (math.isfinite(step) and math.isfinite(loss)):
            return translate("Predictions", "every step and loss must be a finite number")
        if step < 0 or loss < 0:
            return translate("Predictions", "steps and losses are never negative")
        if step <= previous:
            return translate("Predictions", "its steps must increase")
        previous = step
    return None


# Scores


@dataclass(frozen=True)
class Score:
    """How close one prediction came, over the steps it shares with the run.

    ``distance`` is None when it shares none (it lies beyond the run, or, on a
    log scale, predicts only zeros). ``partial``: it covers only part of the run.
    """

    name: str
    colour: int
    log: bool
    distance: float | None
    first: int | None  # the first and last step scored
    last: int | None
    count: int  # steps scored
    run_count: int  # steps of the run that could be scored: a finite loss, above zero on a log scale
    run_steps: int  # steps the run has, to say how much was scored

    @property
    def partial(self) -> bool:
        return self.count < self.run_count

    @property
    def amount(self) -> str:
        """The distance as a reader says it: "0.42 decades", or "12.3" of loss on a linear scale."""
        if self.distance is None:
            return translate("Predictions", "not scored")
        if not self.log:
            return decimal(f"{self.distance:.3g}")
        decades = f"{self.distance:.2g}"
        said = (translate("Predictions", "{decades} decade") if decades == "1"
                else translate("Predictions", "{decades} decades"))
        return said.format(decades=decimal(decades))

    @property
    def steps_scored(self) -> str:
        """The steps scored when not the whole run: "0–199" (or "none"); empty for the whole run."""
        if self.distance is None:
            return translate("Predictions", "none")
        return f"{self.first}–{self.last}" if self.partial else ""

    @property
    def coverage(self) -> str:
        """Empty when the whole run was scored; else which steps were."""
        if self.distance is None:
            return translate("Predictions", "shares no step with the run")
        said = translate("Predictions", "scored on steps {steps} of {count}")
        return said.format(steps=self.steps_scored, count=self.run_steps) if self.partial else ""

    @property
    def legend(self) -> str:
        """What a legend entry says beside the name: "0.42 decades", "0.42 decades (steps 0–199)"."""
        if self.distance is None:
            return translate("Predictions", "not scored")
        said = translate("Predictions", "{amount} (steps {steps})")
        return said.format(amount=self.amount, steps=self.steps_scored) if self.partial else self.amount

    def describe(self) -> str:
        """One sentence: "Team A: off by 0.42 decades on average (scored on steps 0–199 of 500)"."""
        if self.distance is None:
            return f"{self.name}: {self.coverage}"
        said = (translate("Predictions", "{name}: off by {amount} on average") if self.log
                else translate("Predictions", "{name}: off by {amount} in loss on average"))
        said = said.format(name=self.name, amount=self.amount)
        return f"{said} ({self.coverage})" if self.coverage else said


class RunningScore:
    """A prediction's score over the run up to any step: live as the run's losses come in
    (``extend``), and as the run was at any step, for rewinding (``at``).

    ``extend`` folds in only the steps not yet seen. The running totals are kept at most
    ``MARKS`` times over a run, ``stride`` steps apart (doubled as the run grows): a run of
    10^8 steps costs a few hundred KB, and ``at`` adds the steps since the mark before
    it, fewer than ``stride``, from the losses; every step of a notebook run is a mark.
    """

    MARKS = 4096

    def __init__(self, prediction: Prediction, losses: np.ndarray = _NO_STEPS, log: bool = True):
        self.prediction, self.log = prediction, log
        steps, predicted = prediction.steps, prediction.losses
        if log:  # on a log scale the plot leaves zeros out, and so does the score
            above = predicted > 0
            steps, predicted = steps[above], np.log10(predicted[above])
        self._line = (steps, predicted)  # the prediction in the plot's units
        self._losses = _NO_STEPS
        self.stride = 1
        # The totals before each mark (mark i at step i * stride): distances, steps scored, steps scorable,
        # the last step scored (-1: none yet)
        self._marks = np.zeros((1, 4))
        self._marks[0, 3] = -1
        self._first: int | None = None  # the first step scored, once a mark has passed it
        self.extend(losses)

    @property
    def run_steps(self) -> int:
        return len(self._losses)

    @property
    def marks(self) -> int:
        """The running totals kept: at most MARKS."""
        return len(self._marks)

    def extend(self, losses: np.ndarray) -> None:
        """The run's losses so far (``losses[i]`` at step i), of which the steps seen before are unchanged."""
        self._losses = np.asarray(losses, dtype=float)
        while True:
            start = (len(self._marks) - 1) * self.stride
            end = start + (self.run_steps - start) // self.stride * self.stride
            if end == start:
                return
            totals = self._totals(self._marks[-1], start, end, per=self.stride)
            self._marks = np.concatenate([self._marks, totals])
            while len(self._marks) > self.MARKS:  # every other mark goes: the marks thin as a long run goes on
                self.stride *= 2
                self._marks = self._marks[::2]

    def _totals(self, before: np.ndarray, start: int, end: int, per: int) -> np.ndarray:
        """The running totals after every ``per`` steps from ``start`` to ``end``, carried on from ``before``."""
        covered, distance, scorable = self._compare(start, end)
        at = np.arange(start, end)
        each = np.column_stack([np.where(covered, distance, 0.0), covered, scorable])
        sums = each.reshape(-1, per, 3).sum(axis=1)
        lasts = np.where(covered, at, -1).reshape(-1, per).max(axis=1)
        if self._first is None and covered.any():  # none scored before ``start``: this is the first
            self._first = int(at[np.argmax(covered)])
        return np.column_stack([np.cumsum(sums, axis=0) + before[:3],
                                np.maximum.accumulate(np.maximum(lasts, before[3]))])

    def _compare(self, start: int, end: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each step from ``start`` to ``end``: scored, the distance, and whether the run's loss can be scored."""
        run = self._losses[start:end]
        steps, predicted = self._line
        with np.errstate(divide="ignore", invalid="ignore"):
            scorable = np.isfinite(run) & (run > 0 if self.log else True)
            run = np.log10(run) if self.log else run
        if not len(steps):
            return np.zeros_like(scorable), np.zeros(len(run)), scorable
        at = np.arange(start, end)
        covered = scorable & (at >= steps[0]) & (at <= steps[-1])
        with np.errstate(invalid="ignore"):
            return covered, np.abs(np.interp(at, steps, predicted) - run), scorable

    def at(self, step: int) -> Score:
        """The score over the steps up to ``step`` (a step beyond the run is its last)."""
        step = min(max(step, 0), self.run_steps - 1)
        mark = (step + 1) // self.stride
        totals = self._marks[mark]
        if (step + 1) % self.stride:  # the steps since the mark before it
            start = mark * self.stride
            totals = self._totals(totals, start, step + 1, per=step + 1 - start)[-1]
        distances, count, scorable, last = totals
        count = int(count)
        prediction = self.prediction
        return Score(
            prediction.name, prediction.colour, self.log,
            distance=float(distances / count) if count else None,
            first=self._first if count else None,
            last=int(last) if count else None,
            count=count,
            run_count=int(scorable),
            run_steps=step + 1,
        )

    @property
    def final(self) -> Score:
        return self.at(self.run_steps - 1)


def score(prediction: Prediction, losses: np.ndarray, log: bool = True) -> Score:
    """``prediction`` against a run's loss at each step (``losses[i]`` at step i)."""
    return RunningScore(prediction, losses, log).final


@dataclass(frozen=True)
class Ranking:
    """Scores best first (the drawn order breaks ties), those not scored last."""

    scores: tuple[Score, ...]

    @property
    def places(self) -> list[tuple[int | None, Score]]:
        """Each score with its place: equal amounts as shown share a place; None for those not scored."""
        places, place = [], 0
        for index, each in enumerate(self.scores):
            if each.distance is None:
                places.append((None, each))
                continue
            if not index or each.amount != self.scores[index - 1].amount:
                place = index + 1
            places.append((place, each))
        return places

    @property
    def closest(self) -> list[str]:
        """The names at the first place: more than one when their amounts read the same."""
        return [each.name for place, each in self.places if place == 1]

    def headline(self) -> str:
        closest = self.closest
        if not closest:
            if self.scores:
                return translate("Predictions", "No prediction shares a step with the run")
            return translate("Predictions", "No predictions")
        best = self.scores[0]
        both = [", ".join(closest[:-1]), closest[-1]] if len(closest) > 1 else closest
        names = translate("Predictions", " and ").join(both)
        if len(closest) > 1:
            said = (translate("Predictions", "Closest: {names}, tied (off by {amount} on average)") if best.log
                    else translate("Predictions", "Closest: {names}, tied (off by {amount} in loss on average)"))
        else:
            said = (translate("Predictions", "Closest: {names} (off by {amount} on average)") if best.log
                    else translate("Predictions", "Closest: {names} (off by {amount} in loss on average)"))
        return said.format(names=names, amount=best.amount)


def rank(predictions: Iterable[Prediction], losses: np.ndarray, log: bool = True) -> Ranking:
    return rank_scores([score(prediction, losses, log) for prediction in predictions])


def rank_scores(scores: Iterable[Score]) -> Ranking:
    """Best first; a stable sort keeps the drawn order among equal distances."""
    return Ranking(tuple(sorted(scores, key=lambda s: (s.distance is None, s.distance or 0.0))))

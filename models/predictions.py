"""Predictions: a class's guess at a run's loss curve, or at a race's order of finish, and how close it came.

A curve's score is the mean distance between the prediction and the run at each
step the prediction covers, in the plot's own units: decades of loss (log10) on a
log scale, loss on a linear one. The prediction is drawn as straight lines between
its points in those units, and is read off those lines at every whole step, so the
score measures what the class sees. numpy only.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .config import MAX_STEPS
from .words import decimal, translate

MAX_BYTES = 1 << 20  # a drawn prediction is a few hundred points: a few KB of CSV
MAX_PREDICTIONS = 7  # one for each colour of the runs' palette (widgets/theme.py)
MAX_POINTS = 10_000  # a prediction's points
MAX_NAME = 40  # characters: a name is read from the back of the room, in a legend
_NO_STEPS = np.empty(0)
COLUMNS = ("name", "step", "loss")


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


# A race's order of finish


@dataclass(frozen=True)
class RaceGuess:
    """A guesser's predicted order of finish: the race's lanes, lowest final loss first."""

    guesser: str
    order: tuple[str, ...]

    def __post_init__(self) -> None:
        fault = name_fault(self.guesser)
        if fault is None and len(set(self.order)) != len(self.order):
            fault = "it names a lane twice"
        if fault:
            said = translate("Predictions", "The guess of {name} cannot be taken: {fault}")
            raise PredictionError(said.format(name=repr(self.guesser), fault=fault))


@dataclass(frozen=True)
class RaceVerdict:
    guess: RaceGuess
    places_right: int  # lanes guessed at a place they finished at (a tie counts at any of its places)

    @property
    def exact(self) -> bool:
        return self.places_right == len(self.guess.order)

    def describe(self) -> str:
        if self.exact:
            return translate("Predictions", "{name}: exactly right").format(name=self.guess.guesser)
        said = translate("Predictions", "{name}: {right} of {count} places right")
        return said.format(name=self.guess.guesser, right=self.places_right, count=len(self.guess.order))


def finishing_order(final_losses: Mapping[str, float]) -> list[tuple[str, ...]]:
    """The lanes, lowest final loss first, in groups of equal losses; lanes that diverged
    (a final loss that is not finite) last, together. Within a group, the lanes' own order."""
    finite = {lane: loss for lane, loss in final_losses.items() if math.isfinite(loss)}
    groups: dict[float, list[str]] = {}
    for lane in sorted(finite, key=finite.__getitem__):
        groups.setdefault(finite[lane], []).append(lane)
    diverged = [lane for lane in final_losses if lane not in finite]
    return [tuple(group) for group in groups.values()] + ([tuple(diverged)] if diverged else [])


def describe_order(groups: Sequence[tuple[str, ...]]) -> str:
    """The order as it is said: "1. optim, 2. custom, 3= tensors and autograd"."""
    parts, place = [], 1
    for group in groups:
        *others, last = group  # a group is never empty
        tie = "=" if others else "."
        names = f"{', '.join(others)} and {last}" if others else last
        parts.append(f"{place}{tie} {names}")
        place += len(group)
    return ", ".join(parts)


def judge(guesses: Iterable[RaceGuess], final_losses: Mapping[str, float]) -> list[RaceVerdict]:
    """Each guess against the race's finish; a guess must order exactly the race's lanes."""
    groups = finishing_order(final_losses)
    places: dict[str, range] = {}
    start = 0
    for group in groups:
        for lane in group:
            places[lane] = range(start, start + len(group))
        start += len(group)
    verdicts = []
    for guess in guesses:
        if sorted(guess.order) != sorted(final_losses):
            said = translate("Predictions", "The guess of {name} orders {order}, not the race's lanes ({lanes})")
            raise PredictionError(said.format(name=repr(guess.guesser), order=", ".join(guess.order),
                                              lanes=", ".join(final_losses)))
        right = sum(place in places[lane] for place, lane in enumerate(guess.order))
        verdicts.append(RaceVerdict(guess, right))
    return verdicts


# Files of predictions


def parse_predictions(data: bytes, file_name: str, log: bool = True) -> list[Prediction]:
    """The predictions in a CSV file's bytes: rows of ``name,step,loss``.

    The first row that is not blank is a header when none of its values is a number; it names the
    three columns, in any order. Without one, the columns are name, step, loss. A
    prediction is the rows of one name, its steps increasing; names are coloured
    in the order they first appear. Every fault is one PredictionError naming the
    file, the row (counted from 1, as a spreadsheet does) and what is wrong.
    """
    if len(data) > MAX_BYTES:
        said = translate("Predictions", "{file} is larger than {size} MB; a predictions file is a few KB")
        raise PredictionError(said.format(file=file_name, size=MAX_BYTES >> 20))
    try:
        text = data.decode("utf-8-sig")  # a spreadsheet's byte order mark is not part of the first name
    except UnicodeDecodeError:
        said = translate("Predictions", "{file} is not a predictions file: it is not UTF-8 text")
        raise PredictionError(said.format(file=file_name)) from None
    points: dict[str, list[tuple[float, float]]] = {}
    columns = COLUMNS
    rows = csv.reader(io.StringIO(text, newline=""))
    row_number, first = 0, True

    def fault(why: str) -> PredictionError:
        said = translate("Predictions", "{file}, row {row}: {why}")
        return PredictionError(said.format(file=file_name, row=row_number, why=why))

    try:
        for row_number, row in enumerate(rows, start=1):
            if not any(value.strip() for value in row):
                continue  # a blank line
            if first and not any(_is_number(value) for value in row):
                columns, first = _header(row, fault), False
                continue
            first = False
            if len(row) != len(columns):
                said = (translate("Predictions", "1 value where there are {columns} columns ({names})") if len(row) == 1
                        else translate("Predictions", "{values} values where there are {columns} columns ({names})"))
                raise fault(said.format(values=len(row), columns=len(columns), names=", ".join(columns)))
            values = dict(zip(columns, (value.strip() for value in row)))
            name, step, loss = values["name"], _number(values, "step", fault), _number(values, "loss", fault)
            _check_point(name, step, loss, points.get(name), log, fault)
            if name not in points and len(points) == MAX_PREDICTIONS:
                said = translate("Predictions", "{name} would be prediction {number}; a file holds at most {most}, one "
                                                "for each colour of the runs")
                raise fault(said.format(name=repr(name), number=MAX_PREDICTIONS + 1, most=MAX_PREDICTIONS))
            points.setdefault(name, []).append((step, loss))
    except csv.Error as error:  # raised while reading the next row
        row_number += 1
        raise fault(translate("Predictions", "it is not CSV ({why})").format(why=error)) from None
    if not points:
        said = translate("Predictions", "{file} holds no predictions: it needs rows of name,step,loss")
        raise PredictionError(said.format(file=file_name))
    return [Prediction(name, colour, tuple(drawn)) for colour, (name, drawn) in enumerate(points.items())]


def _header(row: list[str], fault) -> tuple[str, ...]:
    columns = tuple(value.strip().lower() for value in row)
    for column in columns:
        if column not in COLUMNS:
            said = translate("Predictions", "unknown column {column}; the columns are name, step and loss")
            raise fault(said.format(column=repr(column)))
        if columns.count(column) > 1:
            raise fault(translate("Predictions", "the column {column} is named twice").format(column=repr(column)))
    missing = [column for column in COLUMNS if column not in columns]
    if missing:
        said = translate("Predictions", "there is no {column} column; the columns are name, step and loss")
        raise fault(said.format(column=missing[0]))
    return columns


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _number(values: dict[str, str], column: str, fault) -> float:
    text = values[column]
    try:
        value = float(text)
    except ValueError:
        said = translate("Predictions", "the {column} {text} is not a number")
        raise fault(said.format(column=column, text=_shown(text))) from None
    if not math.isfinite(value):
        said = translate("Predictions", "the {column} is {text}; a {column} is a finite number")
        raise fault(said.format(column=column, text=_shown(text)))
    return value


def _shown(text: str) -> str:
    return repr(text if len(text) <= 20 else text[:20] + "…")


def _check_point(name: str, step: float, loss: float, before: list[tuple[float, float]] | None,
                 log: bool, fault) -> None:
    why = name_fault(name)
    if why:
        raise fault(why)
    if step < 0 or step > MAX_STEPS:
        said = translate("Predictions", "the step {step} is outside 0 to {most}, the steps a run can have")
        raise fault(said.format(step=f"{step:g}", most=f"{MAX_STEPS:,}"))
    if loss < 0:
        said = translate("Predictions", "the loss {loss} is negative; a loss is never below 0")
        raise fault(said.format(loss=f"{loss:g}"))
    if loss == 0 and log:
        raise fault(translate("Predictions", "the loss is 0, which a log scale cannot show; predict a loss above 0"))
    if before and step <= before[-1][0]:
        again = step == before[-1][0]
        said = (translate("Predictions", "{name} has step {step} again; a prediction's steps must increase") if again
                else translate("Predictions", "{name} has step {step} after its step {before}; a prediction's steps "
                                              "must increase"))
        raise fault(said.format(name=repr(name), step=f"{step:g}", before=f"{before[-1][0]:g}"))
    if before and len(before) == MAX_POINTS:
        said = translate("Predictions", "{name} has more than {count} points")
        raise fault(said.format(name=repr(name), count=f"{MAX_POINTS:,}"))


def predictions_csv(predictions: Iterable[Prediction]) -> str:
    """The predictions as a file ``parse_predictions`` reads back identical (but for colours: in order)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for prediction in predictions:
        writer.writerows((prediction.name, repr(step), repr(loss)) for step, loss in prediction.points)
    return out.getvalue()

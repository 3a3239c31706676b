"""Predictions and their scores as JSON values, for sessions and exports; read back, or refused in one
line naming the entry and the fault. numpy only, through ``predictions``.

A record is ``{"name", "colour", "points": [[step, loss], ...]}`` and, once scored against a run,
``"score"``: the mean distance (``off_by``) in the plot's units then (``scale``), the steps it covers,
and the steps the run had, as ``predictions.Score`` holds them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .config import MAX_STEPS
from .predictions import MAX_POINTS, MAX_PREDICTIONS, Prediction, PredictionError, Score, rank_scores
from .race_guesses import RaceGuess, describe_order, finishing_order, judge

PREDICTION_KEYS = ("name", "colour", "points", "score")
SCORE_KEYS = ("scale", "off_by", "unit", "first_step", "last_step", "steps_scored", "run_steps_scorable",
              "run_steps", "partial")
UNITS = {"log": "decades of loss", "linear": "loss"}


def prediction_record(prediction: Prediction, score: Score | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"name": prediction.name, "colour": prediction.colour,
                              "points": [[step, loss] for step, loss in prediction.points]}
    if score is not None:
        record["score"] = score_record(score)
    return record


def score_record(score: Score) -> dict[str, Any]:
    scale = "log" if score.log else "linear"
    return {"scale": scale, "off_by": score.distance, "unit": UNITS[scale], "first_step": score.first,
            "last_step": score.last, "steps_scored": score.count, "run_steps_scorable": score.run_count,
            "run_steps": score.run_steps, "partial": score.partial}


def ranked_records(predictions: Sequence[Prediction], scores: Mapping[str, Score]) -> dict[str, Any]:
    """The predictions best first, each with its place and score, under the closest's names: an export's."""
    ranking = rank_scores(scores[p.name] for p in predictions if p.name in scores)
    by_name = {p.name: p for p in predictions}
    ranked = [{"place": place, **prediction_record(by_name[score.name], score)} for place, score in ranking.places]
    unscored = [prediction_record(p) for p in predictions if p.name not in scores]
    return {"closest": ranking.closest, "ranked": ranked + unscored}


def race_record(guesses: Iterable[RaceGuess], final_losses: Mapping[str, float]) -> dict[str, Any]:
    """A race's order of finish, and each guess with the places it had right: an export's."""
    groups = finishing_order(final_losses)
    return {"order": [list(group) for group in groups], "said": describe_order(groups),
            "guesses": [{"guesser": v.guess.guesser, "order": list(v.guess.order), "places_right": v.places_right,
                         "exact": v.exact} for v in judge(guesses, final_losses)]}


def read_records(value: Any, where: str = "predictions") -> list[tuple[Prediction, Score | None]]:
    """A list of records as ``prediction_record`` writes them; PredictionError names the entry and the fault."""
    if not isinstance(value, list):
        raise PredictionError(f"{where} is not a list of predictions")
    if len(value) > MAX_PREDICTIONS:
        raise PredictionError(f"{where} holds {len(value)} predictions; at most {MAX_PREDICTIONS}, one a colour")
    read = [_record(entry, f"{where}[{index}]") for index, entry in enumerate(value)]
    for kind, values in (("name", [p.name for p, _ in read]), ("colour", [p.colour for p, _ in read])):
        twice = next((v for i, v in enumerate(values) if v in values[:i]), None)
        if twice is not None:
            raise PredictionError(f"{where} has two predictions of the {kind} {twice!r}; each has its own")
    return read


def _record(entry: Any, where: str) -> tuple[Prediction, Score | None]:
    if not isinstance(entry, dict):
        raise PredictionError(f"{where} is not a prediction: an object with a name, a colour and points")
    _known(entry, PREDICTION_KEYS, where)
    colour = entry.get("colour")
    if type(colour) is not int or not 0 <= colour < MAX_PREDICTIONS:
        raise PredictionError(f"{where}.colour is {_said(colour)}; a colour is a whole number from 0 to "
                              f"{MAX_PREDICTIONS - 1}")
    points = entry.get("points")
    if not isinstance(points, list) or len(points) > MAX_POINTS:
        raise PredictionError(f"{where}.points is not a list of at most {MAX_POINTS:,} [step, loss] pairs")
    for index, point in enumerate(points):
        if not (isinstance(point, list) and len(point) == 2 and all(_is_number(v) for v in point)):
            raise PredictionError(f"{where}.points[{index}] is {_said(point)}; a point is [step, loss], two numbers")
        if point[0] > MAX_STEPS:
            raise PredictionError(f"{where}.points[{index}]: the step {point[0]:g} is beyond {MAX_STEPS:,}, "
                                  "the steps a run can have")
    name = entry.get("name")
    try:
        prediction = Prediction(name if isinstance(name, str) else "", colour,
                                tuple((float(step), float(loss)) for step, loss in points))
    except PredictionError as error:
        raise PredictionError(f"{where}: {str(error).rsplit('cannot be taken: ', 1)[-1]}") from None
    score = entry.get("score")
    return prediction, None if score is None else _score(score, prediction, f"{where}.score")


def _score(record: Any, prediction: Prediction, where: str) -> Score:
    if not isinstance(record, dict):
        raise PredictionError(f"{where} is not a score")
    _known(record, SCORE_KEYS, where)
    scale = record.get("scale")
    if scale not in UNITS:
        raise PredictionError(f"{where}.scale is {_said(scale)}; it is \"log\" or \"linear\"")
    counts = [record.get(key) for key in ("steps_scored", "run_steps_scorable", "run_steps")]
    scored, scorable, steps = (n if type(n) is int else -1 for n in counts)
    if not 0 <= scored <= scorable <= steps <= MAX_STEPS:
        raise PredictionError(f"{where}: steps_scored, run_steps_scorable and run_steps are whole numbers, "
                              f"each at most the next, up to {MAX_STEPS:,}")
    off_by, first, last = record.get("off_by"), record.get("first_step"), record.get("last_step")
    distance = float(off_by) if isinstance(off_by, (int, float)) and _is_number(off_by) else -1.0
    if scored == 0:
        sound = off_by is None and first is None and last is None
    else:
        first, last = (n if type(n) is int else -1 for n in (first, last))
        sound = distance >= 0 and 0 <= first <= last < steps and last - first + 1 >= scored
    if not sound:
        raise PredictionError(f"{where}: off_by, first_step and last_step are a distance and the steps scored, "
                              "or null when none was")
    score = Score(prediction.name, prediction.colour, scale == "log", distance if scored else None,
                  first, last, scored, scorable, steps)
    derived = score_record(score)
    for key in ("unit", "partial"):
        if key in record and record[key] != derived[key]:
            raise PredictionError(f"{where}.{key} is {_said(record[key])}, where the score says {_said(derived[key])}")
    return score


def _known(entry: dict, keys: tuple[str, ...], where: str) -> None:
    unknown = sorted(key for key in entry if key not in keys)
    if unknown:
        raise PredictionError(f"{where} has an unknown key {_said(unknown[0])}; known are {', '.join(keys)}")


def _is_number(value: Any) -> bool:
    """A finite JSON number (an integer too large for a float is not one)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _said(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 30 else text[:29] + "…"

"""A run's scores found as its losses come in, equal to those of the whole run at every step, in little
memory however long the run; predictions and scores as JSON records, read back or refused in one line."""

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.prediction_records import prediction_record, race_record, ranked_records, read_records
from models.predictions import Prediction, PredictionError, RunningScore, score
from models.race_guesses import RaceGuess

FALLING = np.array([100.0, 10.0, 1.0, 0.1])


def guess(name, *points, colour=0):
    return Prediction(name, colour, tuple(points))


# Scores as a run's losses come in


def test_steps_folded_in_as_they_come_score_as_the_whole_run_does():
    prediction = guess("A", (0, 1000), (2, 10))
    running = RunningScore(prediction)
    assert running.at(0).distance is None and running.run_steps == 0  # no step yet
    running.extend(FALLING[:1])
    assert running.at(0).distance == pytest.approx(1.0)  # 3 against 2
    running.extend(FALLING[:3])
    assert running.at(2).distance == pytest.approx(1.0) and running.at(1).distance == pytest.approx(1.0)
    running.extend(FALLING)  # step 3 lies beyond the prediction: scored on steps 0-2 of 4
    assert running.final == score(prediction, FALLING)
    assert running.final.coverage == "scored on steps 0–2 of 4"


def test_a_long_run_keeps_a_few_thousand_marks_and_scores_every_step_exactly(monkeypatch):
    monkeypatch.setattr(RunningScore, "MARKS", 8)  # a long run, in miniature: the marks thin out every 8
    losses = 10.0 ** -np.linspace(0, 6, 101)
    prediction = guess("B", (3.5, 1.0), (90.25, 1e-5))
    running = RunningScore(prediction)
    for end in (1, 7, 8, 9, 40, 41, 100, 101):
        running.extend(losses[:end])
    assert running.stride == 16 and running.marks <= 8  # every 16 steps: at most 8 marks, however long
    monkeypatch.setattr(RunningScore, "MARKS", 10_000)
    whole = RunningScore(prediction, losses)  # a mark at every step
    assert whole.stride == 1
    for step in range(101):
        assert_same(running.at(step), whole.at(step))


def assert_same(score, expected):
    """The same score, but for the last digits of a sum taken in another order."""
    assert (score.count, score.run_count, score.first, score.last, score.run_steps) == (
        expected.count, expected.run_count, expected.first, expected.last, expected.run_steps)
    assert score.distance == pytest.approx(expected.distance, rel=1e-9, abs=1e-12) if expected.count \
        else score.distance is None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(1e-6, 1e6), min_size=1, max_size=80).map(np.array), st.data())
def test_any_way_of_folding_a_run_in_gives_the_same_scores(run, data):
    steps = sorted(data.draw(st.sets(st.floats(0, len(run) + 3), min_size=1, max_size=6)))
    prediction = guess("x", *((step, data.draw(st.floats(1e-3, 1e6))) for step in steps))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(run)), max_size=6)))
    marks = data.draw(st.sampled_from([2, 3, 5, 4096]))
    for log in (True, False):
        folded = RunningScore(prediction, log=log)
        folded.MARKS = marks
        for cut in [*cuts, len(run)]:
            folded.extend(run[:cut])
        whole = RunningScore(prediction, run, log)
        for step in range(len(run)):
            assert_same(folded.at(step), whole.at(step))


# Records


def test_a_record_reads_back_the_prediction_and_its_score():
    prediction = guess("Team A", (0, 1000), (2.5, 10), colour=3)
    scored = score(prediction, FALLING)
    record = prediction_record(prediction, scored)
    assert record["score"] == {"scale": "log", "off_by": scored.distance, "unit": "decades of loss", "first_step": 0,
                               "last_step": 2, "steps_scored": 3, "run_steps_scorable": 4, "run_steps": 4,
                               "partial": True}
    text = json.dumps([record, prediction_record(guess("B", (1, 5), colour=1))])
    assert read_records(json.loads(text)) == [(prediction, scored), (guess("B", (1, 5), colour=1), None)]


def test_an_unscored_score_reads_back():
    prediction = guess("late", (10, 1))
    unscored = score(prediction, FALLING)
    assert read_records([prediction_record(prediction, unscored)]) == [(prediction, unscored)]


def fault(value) -> str:
    with pytest.raises(PredictionError) as caught:
        read_records(value)
    assert "\n" not in str(caught.value)
    return str(caught.value)


GOOD = {"name": "A", "colour": 0, "points": [[0, 5], [10, 1]]}
SCORE = prediction_record(guess("A", (0, 5), (10, 1)), score(guess("A", (0, 5), (10, 1)), FALLING))["score"]


@pytest.mark.parametrize("value, said", [
    ({}, "predictions is not a list of predictions"),
    ([GOOD] * 8, "predictions holds 8 predictions; at most 7, one a colour"),
    ([5], "predictions[0] is not a prediction"),
    ([{**GOOD, "color": 1}], "predictions[0] has an unknown key 'color'; known are name, colour, points, score"),
    ([{**GOOD, "colour": 7}], "predictions[0].colour is 7; a colour is a whole number from 0 to 6"),
    ([{**GOOD, "colour": True}], "predictions[0].colour is True"),
    ([{**GOOD, "points": "0,5"}], "predictions[0].points is not a list of at most 10,000 [step, loss] pairs"),
    ([{**GOOD, "points": [[0, 5, 1]]}], "predictions[0].points[0] is [0, 5, 1]; a point is [step, loss], two numbers"),
    ([{**GOOD, "points": [[0, 10**400]]}], "predictions[0].points[0] is"),
    ([{**GOOD, "points": [[1e9, 5]]}], "predictions[0].points[0]: the step 1e+09 is beyond 100,000,000"),
    ([{**GOOD, "points": [[5, 1], [0, 1]]}], "predictions[0]: its steps must increase"),
    ([{**GOOD, "points": []}], "predictions[0]: it has no points"),
    ([{**GOOD, "name": "x\ny"}], "predictions[0]: a name is one line of printable characters"),
    ([{**GOOD, "name": 5}], "predictions[0]: a name cannot be empty"),
    ([GOOD, {**GOOD, "colour": 1}], "predictions has two predictions of the name 'A'; each has its own"),
    ([{**GOOD, "score": []}], "predictions[0].score is not a score"),
    ([{**GOOD, "score": {**SCORE, "scale": "ln"}}], "predictions[0].score.scale is 'ln'; it is \"log\" or \"linear\""),
    ([{**GOOD, "score": {**SCORE, "steps_scored": 9}}], "steps_scored, run_steps_scorable and run_steps are whole"),
    ([{**GOOD, "score": {**SCORE, "run_steps": 10**9}}], "steps_scored, run_steps_scorable and run_steps are whole "
                                                         "numbers, each at most the next, up to 100,000,000"),
    ([{**GOOD, "score": {**SCORE, "off_by": -1}}], "off_by, first_step and last_step are a distance"),
    ([{**GOOD, "score": {**SCORE, "off_by": None}}], "off_by, first_step and last_step are a distance"),
    ([{**GOOD, "score": {**SCORE, "last_step": 4}}], "off_by, first_step and last_step are a distance"),
    ([{**GOOD, "score": {**SCORE, "partial": True}}], "predictions[0].score.partial is True, where the score says "
                                                       "False"),
])
def test_a_bad_record_is_refused_in_one_line_naming_the_entry(value, said):
    assert fault(value).startswith(said if said.startswith("predictions") else f"predictions[0].score: {said}")


def test_an_export_ranks_the_scored_and_lists_the_rest_after():
    near, far, late = guess("near", (0, 100), (3, 0.1)), guess("far", (0, 1e4), (3, 10), colour=1), \
        guess("late", (9, 1), colour=2)
    scores = {p.name: score(p, FALLING) for p in (near, far)}
    ranked = ranked_records([far, late, near], scores)
    assert ranked["closest"] == ["near"]
    assert [(entry["place"], entry["name"]) for entry in ranked["ranked"][:2]] == [(1, "near"), (2, "far")]
    assert ranked["ranked"][2] == prediction_record(late)


def test_a_race_record_says_the_finish_and_each_guess():
    finals = {"numpy": 1e-3, "tensors": 5e-4, "optim": float("nan")}
    record = race_record([RaceGuess("Ana", ("tensors", "numpy", "optim"))], finals)
    assert record == {"order": [["tensors"], ["numpy"], ["optim"]], "said": "1. tensors, 2. numpy, 3. optim",
                      "guesses": [{"guesser": "Ana", "order": ["tensors", "numpy", "optim"], "places_right": 3,
                                   "exact": True}]}
    json.dumps(record, allow_nan=False)

"""Predictions scored against runs by hand-computed values (race guesses: test_race_guesses.py; files of
predictions: test_prediction_files.py)."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.predictions import MAX_POINTS, Prediction, PredictionError, RunningScore, rank, score

FALLING = np.array([100.0, 10.0, 1.0, 0.1])  # log10: 2, 1, 0, -1


def guess(name, *points, colour=0):
    return Prediction(name, colour, tuple(points))


# Scores, by hand


def test_a_prediction_on_the_run_scores_zero_and_covers_it_all():
    result = score(guess("A", (0, 100), (3, 0.1)), FALLING)  # a straight line in log10: 2, 1, 0, -1
    assert result.distance == pytest.approx(0, abs=1e-12)
    assert (result.first, result.last, result.count, result.partial) == (0, 3, 4, False)
    assert result.describe() == "A: off by 0 decades on average"


def test_ten_times_too_high_throughout_is_one_decade_off():
    result = score(guess("B", (0, 1000), (3, 1)), FALLING)  # log10: 3, 2, 1, 0 against 2, 1, 0, -1
    assert result.distance == pytest.approx(1.0)
    assert result.describe() == "B: off by 1 decade on average"


def test_the_prediction_is_read_off_straight_lines_in_the_plots_units():
    prediction = guess("C", (0, 1000), (2, 10))
    run = np.array([100.0, 100.0, 100.0])
    # Log scale: 3, 2, 1 against 2, 2, 2: distances 1, 0, 1
    assert score(prediction, run, log=True).distance == pytest.approx(2 / 3)
    # Linear scale: 1000, 505, 10 against 100: distances 900, 405, 90
    linear = score(prediction, run, log=False)
    assert linear.distance == pytest.approx(465)
    assert linear.describe() == "C: off by 465 in loss on average"


def test_a_prediction_of_part_of_the_run_is_scored_on_that_part_and_says_so():
    result = score(guess("D", (0, 100), (2, 100)), FALLING)  # 2, 2, 2 against 2, 1, 0: distances 0, 1, 2
    assert result.distance == pytest.approx(1.0)
    assert (result.first, result.last, result.count, result.partial) == (0, 2, 3, True)
    assert result.coverage == "scored on steps 0–2 of 4"
    assert result.describe() == "D: off by 1 decade on average (scored on steps 0–2 of 4)"


def test_only_whole_steps_between_its_ends_are_scored():
    # log10 from 1 at step 0.5 to 3 at step 2.5: 1.5 at step 1, 2.5 at step 2, against 2
    result = score(guess("E", (0.5, 10), (2.5, 1000)), np.full(4, 100.0))
    assert result.distance == pytest.approx(0.5)
    assert (result.first, result.last, result.partial) == (1, 2, True)


def test_a_prediction_beyond_the_run_is_not_scored():
    result = score(guess("F", (10, 1), (20, 1)), FALLING)
    assert result.distance is None and result.count == 0
    assert result.describe() == "F: shares no step with the run"


def test_a_diverged_runs_last_loss_is_not_scored_and_the_rest_is_the_whole_run():
    result = score(guess("G", (0, 100), (2, 1)), np.array([100.0, 10.0, np.nan]))
    assert result.distance == pytest.approx(0) and result.count == 2 and not result.partial


def test_zeros_are_left_out_on_a_log_scale_as_the_plot_leaves_them_out():
    prediction = guess("H", (0, 100), (1, 0), (2, 1))
    run = np.array([100.0, 10.0, 1.0])
    assert score(prediction, run, log=True).distance == pytest.approx(0)  # 2 to 0 in log10: 1 at step 1
    assert score(prediction, run, log=False).distance == pytest.approx(10 / 3)  # 0, 10, 0


def test_the_running_score_is_the_score_of_the_steps_so_far():
    running = RunningScore(guess("I", (0, 100), (3, 100)), FALLING)  # distances 0, 1, 2, 3
    assert [running.at(step).distance for step in range(4)] == pytest.approx([0, 0.5, 1, 1.5])
    assert running.at(1).coverage == "" and running.at(1).run_steps == 2
    assert running.at(99) == running.final == score(running.prediction, FALLING)


def test_the_running_score_waits_for_the_first_step_it_covers():
    running = RunningScore(guess("J", (2, 1), (3, 0.1)), FALLING)
    assert running.at(1).distance is None
    assert running.at(3).distance == pytest.approx(0) and running.at(3).coverage == "scored on steps 2–3 of 4"


def test_an_empty_run_scores_nothing():
    assert score(guess("K", (0, 1), (1, 1)), np.empty(0)).distance is None


def test_the_ranking_is_best_first_names_the_closest_and_puts_the_unscored_last():
    predictions = [guess("far", (0, 1e4), (3, 10)), guess("none", (9, 1), (10, 1)),
                   guess("near", (0, 200), (3, 0.2)), guess("on", (0, 100), (3, 0.1))]
    ranking = rank(predictions, FALLING)
    assert [s.name for s in ranking.scores] == ["on", "near", "far", "none"]
    assert ranking.closest == ["on"]
    assert ranking.headline() == "Closest: on (off by 0 decades on average)"
    assert [place for place, _ in ranking.places] == [1, 2, 3, None]


def test_scores_that_read_the_same_share_a_place_and_are_both_named():
    high, low = guess("high", (0, 1000), (3, 1)), guess("low", (0, 10), (3, 0.01))  # a decade above, a decade below
    ranking = rank([high, low, guess("far", (0, 1e5), (3, 100))], FALLING)
    assert ranking.closest == ["high", "low"]
    assert [place for place, _ in ranking.places] == [1, 1, 3]
    assert ranking.headline() == "Closest: high and low, tied (off by 1 decade on average)"


def test_no_scores_say_so():
    assert rank([], FALLING).headline() == "No predictions"
    assert rank([guess("x", (8, 1), (9, 1))], FALLING).headline() == "No prediction shares a step with the run"


def test_a_prediction_must_be_drawable():
    for points, fault in [((), "it has no points"), (((1, 1), (1, 2)), "its steps must increase"),
                          (((0, -1),), "never negative"), (((0, math.nan),), "finite"),
                          (((i, 1) for i in range(MAX_POINTS + 1)), "more than 10,000 points")]:
        with pytest.raises(PredictionError, match=fault):
            Prediction("x", 0, tuple(points))
    for name, fault in [("", "empty"), ("a\nb", "one line"), ("x" * 41, "at most 40"), (" a", "start or end")]:
        with pytest.raises(PredictionError, match=fault):
            Prediction(name, 0, ((0, 1),))


# Properties

losses = st.lists(st.floats(1e-6, 1e6), min_size=1, max_size=60).map(np.array)


@settings(max_examples=200, deadline=None)
@given(losses, st.floats(-3, 3))
def test_a_run_times_ten_to_the_k_is_k_decades_off(run, k):
    prediction = guess("x", *((i, loss * 10**k) for i, loss in enumerate(run)))
    result = score(prediction, run)
    assert result.distance == pytest.approx(abs(k), abs=1e-9) and not result.partial


@settings(max_examples=200, deadline=None)
@given(losses, st.data())
def test_the_running_score_grows_to_the_final_one(run, data):
    steps = sorted(data.draw(st.sets(st.floats(0, len(run) + 3), min_size=1, max_size=8)))
    prediction = guess("x", *((step, data.draw(st.floats(0, 1e6))) for step in steps))
    for log in (True, False):
        running = RunningScore(prediction, run, log)
        scores = [running.at(step) for step in range(len(run))]
        assert scores[-1] == score(prediction, run, log)
        assert [s.count for s in scores] == sorted(s.count for s in scores)
        assert all(s.count <= s.run_count <= s.run_steps for s in scores)
        assert all(s.distance is None or s.distance >= 0 for s in scores)
        scored = [(step, s) for step, s in enumerate(scores) if s.count]
        assert all(s.first == scored[0][0] and s.first <= s.last <= step for step, s in scored)
        assert all(s.last == step for step, s in scored if s.count > scores[step - 1].count or step == 0)

"""Predictions scored against runs by hand-computed values, race guesses judged, and files of
predictions read or refused in one line naming the row and the fault."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.predictions import (
    MAX_BYTES,
    MAX_POINTS,
    MAX_PREDICTIONS,
    Prediction,
    PredictionError,
    RaceGuess,
    RunningScore,
    describe_order,
    finishing_order,
    judge,
    parse_predictions,
    predictions_csv,
    rank,
    score,
)

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


# Races


def test_the_finishing_order_groups_equal_losses_and_puts_diverged_lanes_last():
    finals = {"numpy": 1e-3, "tensors": 5e-4, "autograd": 5e-4, "optim": math.nan, "dynamic": math.inf}
    groups = finishing_order(finals)
    assert groups == [("tensors", "autograd"), ("numpy",), ("optim", "dynamic")]
    assert describe_order(groups) == "1= tensors and autograd, 3. numpy, 4= optim and dynamic"
    assert describe_order([("optim",), ("numpy", "tensors", "autograd")]) == "1. optim, 2= numpy, tensors and autograd"


def test_a_guess_is_exactly_right_or_right_in_so_many_places():
    finals = {"numpy": 1e-3, "tensors": 5e-4, "autograd": 5e-4, "optim": 2.0}
    ana = RaceGuess("Ana", ("autograd", "tensors", "numpy", "optim"))  # a tie is right either way round
    ben = RaceGuess("Ben", ("numpy", "tensors", "autograd", "optim"))  # tensors and optim in their places
    cat = RaceGuess("Cat", ("optim", "numpy", "tensors", "autograd"))
    verdicts = judge([ana, ben, cat], finals)
    assert [(v.places_right, v.exact) for v in verdicts] == [(4, True), (2, False), (0, False)]
    assert [v.describe() for v in verdicts] == ["Ana: exactly right", "Ben: 2 of 4 places right",
                                                "Cat: 0 of 4 places right"]


def test_a_guess_must_order_the_races_lanes():
    with pytest.raises(PredictionError, match="not the race's lanes"):
        judge([RaceGuess("Ana", ("numpy", "optim"))], {"numpy": 1.0, "tensors": 2.0})
    with pytest.raises(PredictionError, match="twice"):
        RaceGuess("Ana", ("numpy", "numpy"))
    with pytest.raises(PredictionError, match="empty"):
        RaceGuess(" ", ("numpy",))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from("abcdefg"), st.sampled_from([1.0, 2.0, 3.0, math.nan]), min_size=2),
       st.randoms())
def test_the_finish_itself_is_exactly_right_and_any_order_is_within_bounds(finals, random):
    actual = tuple(lane for group in finishing_order(finals) for lane in group)
    shuffled = list(actual)
    random.shuffle(shuffled)
    exact, other = judge([RaceGuess("a", actual), RaceGuess("b", tuple(shuffled))], finals)
    assert exact.exact
    assert 0 <= other.places_right <= len(finals)


# Files


def parse(text: str, log: bool = True):
    return parse_predictions(text.encode(), "guesses.csv", log)


def test_a_file_with_a_header_in_any_order_and_names_in_order_of_appearance():
    text = "Loss, step ,NAME\n500,0,Team A\n400,0,\"Smith, J\"\n\n5,100,Team A\n1,100,\"Smith, J\"\n"
    team, smith = parse(text)
    assert (team.name, team.colour, team.points) == ("Team A", 0, ((0, 500), (100, 5)))
    assert (smith.name, smith.colour, smith.points) == ("Smith, J", 1, ((0, 400), (100, 1)))


def test_a_file_without_a_header_is_name_step_loss():
    (only,) = parse("\ufeffA,0,500\nA,10.5,2e1\n")  # a spreadsheet's byte order mark too
    assert only.points == ((0, 500), (10.5, 20))


def test_zero_is_a_loss_on_a_linear_plot():
    assert parse("A,0,500\nA,10,0\n", log=False)[0].points[-1] == (10, 0)


@pytest.mark.parametrize("text, fault", [
    ("A,0,500\nA,ten,5\n", "guesses.csv, row 2: the step 'ten' is not a number"),
    ("A,0,500\nA,10,\n", "guesses.csv, row 2: the loss '' is not a number"),
    ("A,0,500\nA,10,0\n", "guesses.csv, row 2: the loss is 0, which a log scale cannot show; predict a loss above 0"),
    ("A,0,-5\n", "guesses.csv, row 1: the loss -5 is negative; a loss is never below 0"),
    ("A,-1,5\n", "guesses.csv, row 1: the step -1 is outside 0 to 100,000,000, the steps a run can have"),
    ("A,0,nan\n", "guesses.csv, row 1: the loss is 'nan'; a loss is a finite number"),
    ("A,inf,5\n", "guesses.csv, row 1: the step is 'inf'; a step is a finite number"),
    ("A,0,1e999\n", "guesses.csv, row 1: the loss is '1e999'; a loss is a finite number"),
    ("name,step,loss,colour\nA,0,5,red\n", "guesses.csv, row 1: unknown column 'colour'; "
                                          "the columns are name, step and loss"),
    ("name,step\n", "guesses.csv, row 1: there is no loss column; the columns are name, step and loss"),
    ("name,step,step\n", "guesses.csv, row 1: the column 'step' is named twice"),
    ("A,0,5,red\n", "guesses.csv, row 1: 4 values where there are 3 columns (name, step, loss)"),
    ("A,0\n", "guesses.csv, row 1: 2 values where there are 3 columns (name, step, loss)"),
    ("A,0,5\nA,20,4\nA,10,3\n", "guesses.csv, row 3: 'A' has step 10 after its step 20; "
                                "a prediction's steps must increase"),
    ("A,0,5\nA,0,4\n", "guesses.csv, row 2: 'A' has step 0 again; a prediction's steps must increase"),
    ("A,0,5\n,1,4\n", "guesses.csv, row 2: a name cannot be empty"),
    ("A\x00B,0,5\n", "guesses.csv, row 1: a name is one line of printable characters"),
    ("name,step,loss\n", "guesses.csv holds no predictions: it needs rows of name,step,loss"),
    ("", "guesses.csv holds no predictions: it needs rows of name,step,loss"),
    ('A,0,5\n"B,1,4\n', "guesses.csv, row 2: 1 value where"),  # an unclosed quote runs to the end
])
def test_each_fault_is_one_line_naming_the_row(text, fault):
    with pytest.raises(PredictionError) as caught:
        parse(text)
    assert str(caught.value).startswith(fault) and "\n" not in str(caught.value)


def test_too_many_predictions_and_points_and_bytes_are_refused():
    eight = "".join(f"P{i},0,5\n" for i in range(MAX_PREDICTIONS + 1))
    with pytest.raises(PredictionError, match="row 8: 'P7' would be prediction 8; a file holds at most 7"):
        parse(eight)
    many = "".join(f"A,{i},5\n" for i in range(MAX_POINTS + 1))
    with pytest.raises(PredictionError, match="row 10001: 'A' has more than 10,000 points"):
        parse(many)
    with pytest.raises(PredictionError, match="guesses.csv is larger than 1 MB"):
        parse_predictions(b"A,0,5\n" * (MAX_BYTES // 6 + 1), "guesses.csv")
    with pytest.raises(PredictionError, match="not UTF-8 text"):
        parse_predictions(b"A,0,5\n\xff\xfe", "guesses.csv")


def test_a_huge_field_is_refused_in_one_line():
    with pytest.raises(PredictionError, match=r"row 1: it is not CSV \(field larger than field limit"):
        parse('"' + "x" * 200_000 + '",0,5\n')


names = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=40)
points = st.lists(st.tuples(st.floats(0, 1e8), st.floats(1e-300, 1e300)), min_size=1, max_size=20,
                  unique_by=lambda point: point[0])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(names.filter(lambda n: n == n.strip() and n.isprintable()), points),
                min_size=1, max_size=MAX_PREDICTIONS, unique_by=lambda p: p[0]))
def test_a_written_file_reads_back_the_same(drawn):
    predictions = [Prediction(name, colour, tuple(sorted(pts))) for colour, (name, pts) in enumerate(drawn)]
    assert parse(predictions_csv(predictions)) == predictions


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | st.text(alphabet="AB,0123.e-\n\"nai ", max_size=80).map(str.encode))
def test_any_bytes_are_read_or_refused_in_one_line(data):
    try:
        parse_predictions(data, "guesses.csv")
    except PredictionError as error:
        assert "\n" not in str(error) and str(error).startswith("guesses.csv")

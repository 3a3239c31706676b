"""A race's order of finish, and the class's guesses at it judged."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.predictions import PredictionError
from models.race_guesses import RaceGuess, describe_order, finishing_order, judge


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

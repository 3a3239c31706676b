"""The plots in words, as a screen reader says them."""

import numpy as np

from widgets.descriptions import (
    describe_check,
    describe_depths,
    describe_matrix,
    describe_past_run,
    describe_run,
    number,
)


def test_a_live_curve_says_its_step_loss_and_trend_over_the_last_hundred_steps():
    losses = np.linspace(1.0, 0.5, 300)
    losses[-101] = 0.477 / 0.88  # down 12% over the last 100 steps
    losses[-1] = 0.477
    assert describe_run("dynamic", losses, 500) == \
        "dynamic, step 300 of 500, loss 0.477, down 12% over the last 100 steps"


def test_a_fall_of_decades_is_a_factor_and_a_short_run_its_own_span():
    losses = np.logspace(4, 0, 40)
    assert describe_run("numpy", losses, 500) == \
        "numpy, step 40 of 500, loss 1, down by a factor of 1e4 over the last 39 steps"
    flat = "nn, step 10 of 500, loss 654, unchanged over the last 9 steps"
    assert describe_run("nn", np.full(10, 654.0), 500) == flat
    assert describe_run("nn", np.empty(0), 500) == "nn, no steps yet, 500 to run"


def test_a_divergence_says_where_and_the_last_finite_loss():
    losses = np.array([3.0, 40.0, 2.5e30, np.inf])
    assert describe_run("optim", losses, 500) == \
        "optim, diverged at step 3 of 500: the loss is infinite; the last finite loss was 2.5e30"


def test_numbers_read_aloud_have_three_digits_and_a_short_exponent():
    assert [number(x) for x in (0.4217, 3.02869884762913e-05, 427.8198, float("nan"))] == \
        ["0.422", "3.03e-5", "428", "not a number"]


def test_a_past_run_says_its_length_and_first_and_last_loss_and_when_it_is_hidden():
    losses = np.logspace(7, -1, 500)
    assert describe_past_run("run 1: numpy, lr 1e-06", losses) == \
        "past run run 1: numpy, lr 1e-06: 500 steps, loss from 1e7 to 0.1"
    assert "hidden" in describe_past_run("run 1", losses, shown=False)


def test_a_heatmap_says_its_layer_shape_view_and_range():
    matrix = np.array([[-0.25, 0.5], [0.125, 0.0]])
    assert describe_matrix("Layer 2: w2", (2, 2), "Weights", matrix) == \
        "Layer 2: w2: 2 by 2, Weights; values from -0.25 to 0.5"
    subsampled = describe_matrix("Layer 1: w1", (100, 1000), "Weights", matrix)
    assert "100 by 1000, shown 2 by 2" in subsampled
    holes = describe_matrix("Layer 1", (2, 2), "Weights", np.array([[np.nan, 1.0], [2.0, np.inf]]))
    assert "2 values are not finite; the others from 1 to 2" in holes


def test_the_depth_trace_says_how_many_steps_drew_each_depth():
    depths = np.array([0, 3, 3, 1, 2, 3], dtype=np.int8)
    assert describe_depths(depths) == "Depth of each step, 6 steps: depth 0: 1; depth 1: 1; depth 2: 1; depth 3: 3"


def test_a_gradient_check_says_its_largest_and_latest_difference():
    assert describe_check("autograd vs numpy", np.array([1e-16, 3e-16, 2e-16])) == \
        "autograd vs numpy: 3 steps, largest relative difference 3e-16, latest 2e-16"

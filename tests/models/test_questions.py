"""The quick questions: declared beside each variant, asked where they apply, and each right
answer the one its run gives."""

import dataclasses

import numpy as np
import pytest

from models import VARIANTS, RunConfig, run
from models.catalog import ADAM_OR_SGD, DEPTH_COUNTS, FLAT_LOSS, Question

ASKED = {"nn": FLAT_LOSS, "optim": ADAM_OR_SGD, "custom": ADAM_OR_SGD, "dynamic": DEPTH_COUNTS}


@pytest.mark.parametrize("name", VARIANTS)
def test_each_variant_asks_its_own_question_at_the_notebooks_settings(name):
    asked = VARIANTS[name].questions_for(RunConfig.for_variant(name))
    assert asked == ([ASKED[name]] if name in ASKED else [])
    for question in asked:
        assert len(set(question.answers)) == len(question.answers) >= 2
        assert question.right <= set(question.answers) and question.explanation


def test_a_question_is_asked_only_where_its_answer_holds():
    assert VARIANTS["nn"].questions_for(RunConfig.for_variant("nn", update="in-place")) == []
    assert VARIANTS["optim"].questions_for(RunConfig.for_variant("optim", lr=1e-3)) == []
    assert VARIANTS["custom"].questions_for(RunConfig.for_variant("custom", steps=100)) == []
    assert VARIANTS["dynamic"].questions_for(RunConfig.for_variant("dynamic", steps=100)) == [DEPTH_COUNTS]


def test_a_new_variant_brings_its_own_question():
    question = Question("Will it learn?", ("Yes", "No"), frozenset({"Yes"}), "It does.", when={"seed": 3})
    twin = dataclasses.replace(VARIANTS["custom"], name="twin", questions=(question,))
    assert twin.questions_for(RunConfig.for_variant("custom", seed=3)) == [question]
    assert twin.questions_for(RunConfig.for_variant("custom")) == []
    assert question.is_right("Yes") and not question.is_right("No")
    with pytest.raises(AssertionError):
        Question("?", ("Yes", "No"), frozenset({"Maybe"}), "")


def test_the_nn_cells_loss_does_not_go_down():
    losses = run(RunConfig.for_variant("nn", steps=50), threads=1).losses
    assert FLAT_LOSS.right == {"No"} and np.all(losses == losses[0])
    fixed = run(RunConfig.for_variant("nn", steps=50, update="in-place"), threads=1).losses
    assert fixed[-1] < fixed[0]  # what the explanation says the in-place update does


@pytest.mark.parametrize("seed", [5])
def test_dynamic_draws_each_depth_about_a_quarter_of_the_time(seed):
    small = {"D_in": 10, "H": 10}  # the draws follow the seed alone, whatever the sizes
    depths = run(RunConfig.for_variant("dynamic", seed=seed, **small), threads=1).depths
    counts = np.bincount(depths, minlength=4)
    assert DEPTH_COUNTS.right == {"About equally often"}
    # 125 each, with a standard deviation of sqrt(500 * 1/4 * 3/4), about 9.7: four of them either way
    assert np.all(np.abs(counts - 125) < 40), counts


@pytest.mark.parametrize("seed", [5])
def test_adam_ends_lower_than_sgd_after_trailing_it_as_the_explanation_says(seed):
    adam = run(RunConfig.for_variant("optim", seed=seed), threads=1).losses
    sgd = run(RunConfig.for_variant("custom", seed=seed), threads=1).losses
    assert ADAM_OR_SGD.right == {"Adam (optim)"} and adam[-1] < sgd[-1]
    assert adam[100] > 10 * sgd[100]  # "ten to thirty times lower at step 100"
    overtakes = int(np.argmax(adam < sgd))
    assert 250 <= overtakes <= 450 and np.all(adam[overtakes:] < sgd[overtakes:])

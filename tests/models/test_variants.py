"""Every variant against a plain loop of its notebook cell, on the same seeds."""

import numpy as np
import pytest
import torch

from models import VARIANTS, Problem, RunConfig, run, steps, training_context
from tests.notebook_cells import CELLS, autograd_cell, nn_cell, tensors_cell


def copy_of(matrix):
    """A numpy copy of a live numpy array or tensor."""
    return matrix.detach().cpu().numpy().copy() if isinstance(matrix, torch.Tensor) else matrix.copy()


def reference(config, **options):
    with training_context(config):  # the same torch thread count as the run
        return CELLS[config.variant](seed=config.seed, steps=config.steps, lr=config.lr, **options)


@pytest.mark.parametrize("variant", VARIANTS)
def test_notebook_defaults_reproduce_the_cell_bit_for_bit(variant):
    config = RunConfig.for_variant(variant)
    result = run(config)
    assert result.outcome == "finished"
    assert result.losses.tolist() == [float(loss) for loss in reference(config)]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("seed", [1, 7, 2**32 - 1])
def test_other_seeds_reproduce_the_cell(variant, seed):
    config = RunConfig.for_variant(variant, seed=seed, steps=40)
    assert run(config).losses.tolist() == [float(loss) for loss in reference(config)]


def test_seeds_change_the_problem():
    first = run(RunConfig.for_variant("tensors", steps=3)).losses
    second = run(RunConfig.for_variant("tensors", seed=1, steps=3)).losses
    assert first[0] != second[0]


def test_tensors_and_autograd_print_identical_losses():
    tensors = run(RunConfig.for_variant("tensors")).losses
    autograd = run(RunConfig.for_variant("autograd")).losses
    printed = slice(99, None, 100)
    assert tensors[printed].tolist() == autograd[printed].tolist()
    np.testing.assert_allclose(tensors, autograd, rtol=1e-5)


def test_hand_derived_variants_agree_on_one_problem_in_float64():
    """numpy, tensors and autograd agree to 1e-9 relative at every step.

    Once the loss has fallen by 15 orders of magnitude (below about 1e-7 here) it is
    a sum of squared residuals of about 1e-5, each carrying a rounding error of about
    1e-13 from sums of terms near 300; numpy's BLAS and torch's sum in different
    orders, so there the agreement is bounded by roundoff: an absolute 1e-15.
    """
    problem = Problem.draw(64, 1000, 100, 10, seed=3)
    losses = {
        name: run(RunConfig.for_variant(name, dtype="float64"), problem).losses
        for name in ("numpy", "tensors", "autograd")
    }
    np.testing.assert_array_equal(losses["autograd"], losses["tensors"])
    np.testing.assert_allclose(losses["tensors"], losses["numpy"], rtol=1e-9, atol=1e-15)
    above_roundoff = losses["numpy"] > 1e-7
    assert above_roundoff.sum() > 350
    np.testing.assert_allclose(
        losses["tensors"][above_roundoff], losses["numpy"][above_roundoff], rtol=1e-9, atol=0
    )


def test_a_handed_problem_is_the_numpy_variants_own_draw():
    problem = Problem.draw(64, 1000, 100, 10, seed=5)
    config = RunConfig.for_variant("numpy", seed=5, steps=20)
    assert run(config, problem).losses.tolist() == run(config).losses.tolist()


def test_a_handed_problem_is_never_changed_by_training():
    problem = Problem.draw(8, 20, 6, 3, seed=0)
    before = problem.arrays()
    for name in VARIANTS:
        run(RunConfig.for_variant(name, N=8, D_in=20, H=6, D_out=3, steps=5, lr=1e-3), problem)
    for kept, now in zip(before, problem.arrays()):
        np.testing.assert_array_equal(kept, now)


@pytest.mark.parametrize("variant", ["nn", "optim", "custom", "dynamic"])
def test_module_variants_take_x_and_y_from_a_problem(variant):
    problem = Problem.draw(64, 1000, 100, 10, seed=0)
    config = RunConfig.for_variant(variant, steps=2)
    model_loss = run(config, problem).losses[0]
    assert model_loss != run(config).losses[0]  # a different x and y ...
    assert run(config, problem).losses[0] == model_loss  # ... and the same each time


def test_nn_notebook_update_changes_nothing():
    losses = run(RunConfig.for_variant("nn")).losses
    assert np.all(losses == losses[0])


def test_nn_in_place_update_learns_and_matches_its_reference():
    config = RunConfig.for_variant("nn", update="in-place")
    losses = run(config).losses
    assert losses[-1] < 1e-2 * losses[0]
    assert losses.tolist() == reference(config, in_place=True)


def test_step_records_say_which_nn_update_ran():
    for mode in ("notebook", "in-place"):
        step = next(steps(RunConfig.for_variant("nn", update=mode)))
        assert step.update == mode


def test_dynamic_records_the_depth_it_drew():
    result = run(RunConfig.for_variant("dynamic", steps=200))
    assert len(result.depths) == 200
    assert set(np.unique(result.depths)) == {0, 1, 2, 3}


@pytest.mark.parametrize("variant", VARIANTS)
def test_steps_carry_live_weights_and_gradients_in_notebook_orientation(variant):
    config = RunConfig.for_variant(variant, N=4, D_in=7, H=5, D_out=3, steps=3, lr=1e-2)
    generator = steps(config)
    first = next(generator)
    weights = list(first.weights.values())
    shapes = [tuple(w.shape) for w in weights]
    assert shapes[0] == (7, 5) and shapes[-1] == (5, 3)
    assert [tuple(g.shape) for g in first.grads.values()] == shapes
    before = copy_of(weights[0])
    next(generator)  # the update of step 0 happens in here
    after = copy_of(weights[0])
    moves = variant != "nn"  # the notebook's nn update changes nothing
    assert (not np.array_equal(before, after)) == moves


@pytest.mark.parametrize("variant", ["numpy", "tensors", "autograd"])
def test_yielded_gradients_are_the_ones_applied(variant):
    config = RunConfig.for_variant(variant, N=4, D_in=7, H=5, D_out=3, steps=2, lr=0.5)
    generator = steps(config)
    step = next(generator)
    w1, g1 = copy_of(step.weights["w1"]), copy_of(step.grads["w1"])
    next(generator)
    np.testing.assert_allclose(copy_of(step.weights["w1"]), w1 - 0.5 * g1, rtol=1e-6)


def test_autograd_gradients_equal_the_hand_derived_ones():
    problem = Problem.draw(16, 30, 12, 4, seed=2)
    config = dict(N=16, D_in=30, H=12, D_out=4, steps=1, dtype="float64")
    by_hand = next(steps(RunConfig.for_variant("numpy", **config), problem))
    by_autograd = next(steps(RunConfig.for_variant("autograd", **config), problem))
    for name in ("w1", "w2"):
        np.testing.assert_allclose(by_autograd.grads[name].numpy(), by_hand.grads[name], rtol=1e-12)


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "optim"])
def test_a_huge_learning_rate_ends_at_the_first_non_finite_loss(variant):
    result = run(RunConfig.for_variant(variant, lr=1e6, update="in-place"))
    assert result.outcome == f"diverged at step {len(result.losses) - 1}"
    assert not np.isfinite(result.losses[-1]) and np.isfinite(result.losses[:-1]).all()


def test_adam_bounds_its_steps_so_a_huge_learning_rate_stays_finite():
    # Adam moves each weight by about lr per step whatever the gradient: the loss
    # explodes to about 1e33 and stays there, finite, because every ReLU has died.
    result = run(RunConfig.for_variant("optim", lr=1e6, steps=50))
    assert result.outcome == "finished"
    assert np.isfinite(result.losses).all() and result.losses[-1] > 1e20


def test_reference_cells_are_the_notebooks_loops():
    # Guard the guard: the reference loops disagree with a changed learning rate.
    assert tensors_cell(steps=3)[-1] != tensors_cell(steps=3, lr=1e-5)[-1]
    assert autograd_cell(steps=2, dtype=torch.float64)[0] == tensors_cell(steps=2, dtype=torch.float64)[0]
    assert nn_cell(steps=3)[0] == nn_cell(steps=3)[-1]


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device on this machine")
@pytest.mark.parametrize("variant", [name for name in VARIANTS if name != "numpy"])
def test_on_cuda_each_variant_reproduces_its_cell_on_cuda(variant):
    """The notebook's GPU line (``device = torch.device("cuda:0")``): the same draws and steps there."""
    config = RunConfig.for_variant(variant, device="cuda", steps=100)
    result = run(config)
    assert result.outcome == "finished"
    np.testing.assert_allclose(result.losses, reference(config, device="cuda"), rtol=1e-6)

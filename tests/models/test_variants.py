"""Every variant against a plain loop of its notebook cell, on the same seeds."""

import numpy as np
import pytest
import torch

from models import VARIANTS, Problem, RunConfig, run, steps
from tests.notebook_cells import CELLS, autograd_cell, nn_cell, tensors_cell
from tests.roundoff import step_bounds


def copy_of(matrix):
    """A numpy copy of a live numpy array or tensor."""
    return matrix.detach().cpu().numpy().copy() if isinstance(matrix, torch.Tensor) else matrix.copy()


def reference(config, **options):
    """The notebook's cell in this process, with the threads as they are: ``run``'s default too."""
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
    """Bit for bit, on any CPU: a derived bound of zero.

    autograd's backward pass calls the same kernels on the same operands in the
    same order as the hand-written one: ``pow``'s backward is 1·(2·d), as exact as
    2.0·d; ``mm``'s backward is xᵀ·∂h and rᵀ·g on the same strided views; clamp's
    mask keeps the gradient where h ≥ 0, as ``grad_h[h < 0] = 0`` does. Equal
    inputs to equal kernels give equal bits, whatever those kernels' order of sums.
    """
    tensors = run(RunConfig.for_variant("tensors")).losses
    autograd = run(RunConfig.for_variant("autograd")).losses
    np.testing.assert_array_equal(tensors, autograd)


def _numpy_weights_at_every_step(problem, count):
    """numpy's (w1, w2) at each of ``count`` steps of its own run on ``problem``, copied."""
    N, D_in = problem.x.shape
    H, D_out = problem.w2.shape
    config = RunConfig.for_variant("numpy", steps=count, N=N, D_in=D_in, H=H, D_out=D_out)
    return [(step.weights["w1"].copy(), step.weights["w2"].copy()) for step in steps(config, problem)]


def _first_step(variant, problem):
    """``variant``'s loss and gradients at its first step from ``problem``'s weights, as float64 numpy."""
    N, D_in = problem.x.shape
    H, D_out = problem.w2.shape
    config = RunConfig.for_variant(variant, dtype="float64", steps=1, N=N, D_in=D_in, H=H, D_out=D_out)
    step = next(steps(config, problem))
    return float(step.loss.item()), {name: copy_of(step.grads[name]) for name in ("w1", "w2")}


def test_hand_derived_variants_agree_at_every_step_within_float64_roundoff():
    """numpy, tensors and autograd compute the same step, to within the roundoff of its sums.

    At every tenth of the 500 steps of numpy's run, tensors and autograd take numpy's
    weights as they are and compute the loss and both gradients; each differs from
    numpy's by at most the forward-error bound derived in ``tests/roundoff.py``
    (2E: each side is within E of the exact value, in any order of summation, on
    any CPU). Nothing tighter is asserted. A wrong sign, factor or transpose in a
    hand-derived gradient is off by about the gradient itself, far above the bound.
    """
    problem = Problem.draw(64, 1000, 100, 10, seed=3)
    for t, (w1, w2) in enumerate(_numpy_weights_at_every_step(problem, 500)[::10]):
        at = Problem(problem.x, problem.y, w1, w2)
        bounds = step_bounds(problem.x, problem.y, w1, w2)
        numpy_loss, numpy_grads = _first_step("numpy", at)
        for variant in ("tensors", "autograd"):
            loss, grads = _first_step(variant, at)
            assert abs(loss - numpy_loss) <= bounds.loss, (variant, t)
            for name in ("w1", "w2"):
                excess = abs(grads[name] - numpy_grads[name]) - getattr(bounds, name)
                assert excess.max() <= 0, (variant, t, name, excess.max())


def test_hand_derived_variants_fall_on_one_curve_in_float64():
    """Run freely, numpy and tensors draw one curve: within a thousandth, a fraction of a pixel.

    Free-running trajectories carry roundoff forward through 500 updates, and no
    bound on that is tighter than the dynamics allow, so this asserts what the
    window shows: on a log axis spanning fifteen decades in some 500 pixels, one
    pixel is a factor 10^(15/500) ≈ 1.07; a relative 1e-3 is under a sixtieth of that.
    """
    problem = Problem.draw(64, 1000, 100, 10, seed=3)
    numpy = run(RunConfig.for_variant("numpy"), problem).losses
    tensors = run(RunConfig.for_variant("tensors", dtype="float64"), problem).losses
    assert numpy[-1] < 1e-12 * numpy[0]  # it has fallen through the whole range the test speaks of
    np.testing.assert_allclose(tensors, numpy, rtol=1e-3, atol=0)


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
    """Exactly: the update is two correctly rounded IEEE operations, and 0.5·g is exact (a power of two)."""
    config = RunConfig.for_variant(variant, N=4, D_in=7, H=5, D_out=3, steps=2, lr=0.5)
    generator = steps(config)
    step = next(generator)
    w1, g1 = copy_of(step.weights["w1"]), copy_of(step.grads["w1"])
    next(generator)
    np.testing.assert_array_equal(copy_of(step.weights["w1"]), w1 - 0.5 * g1)


def test_autograd_gradients_equal_the_hand_derived_ones():
    """Within the derived float64 roundoff of the step (``tests/roundoff.py``), on a problem of its own."""
    problem = Problem.draw(16, 30, 12, 4, seed=2)
    config = dict(N=16, D_in=30, H=12, D_out=4, steps=1, dtype="float64")
    by_hand = next(steps(RunConfig.for_variant("numpy", **config), problem))
    by_autograd = next(steps(RunConfig.for_variant("autograd", **config), problem))
    bounds = step_bounds(problem.x, problem.y, problem.w1, problem.w2)
    for name in ("w1", "w2"):
        difference = abs(by_autograd.grads[name].numpy() - by_hand.grads[name])
        assert (difference <= getattr(bounds, name)).all()


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

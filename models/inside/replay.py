"""Computing a past step again, exactly: from a run's start, or from a checkpoint of its generator.

A generator cannot be copied, but what its next steps depend on can: the tensors and
arrays of its frame (weights and gradients among them), its modules' parameters and
gradients, its optimizers' state and the random generators' states. ``Checkpoint.take``
copies them at a step's yield. ``replay`` starts the same code afresh, lets it reach its
first yield, puts the checkpoint in place of what it made, and steps on to the step
asked for, captured. On the CPU with the same threads this gives the same bits; what a
student's edit keeps elsewhere (a plain number it changes, a loop counter it computes
with) cannot be put back, which the loss the run recorded at that step tells: a replay
that does not reproduce it is refused, never shown.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np
import torch

from ..config import RunConfig
from ..problem import Problem
from ..training import steps, training_context
from ..words import translate
from .capture import capture_next, code_file
from .named import Inside
from .reading import student_generator


class ReplayError(Exception):
    """A step could not be computed again exactly; the message says why, in a sentence."""


@dataclass(frozen=True)
class Checkpoint:
    """Copies of what a generator holds at step ``t``'s yield: enough to compute steps after ``t`` again."""

    t: int
    arrays: dict[str, Any]  # the frame's tensors and arrays by name; a leaf's gradient as "name.grad"
    modules: dict[str, tuple[dict[str, torch.Tensor], dict[str, torch.Tensor | None]]]  # state, gradients
    optimizers: dict[str, dict]  # each one's state_dict, copied
    random_states: tuple
    seconds: float  # what taking it cost

    @classmethod
    def take(cls, generator: Iterator, filename: str, t: int) -> Checkpoint:
        """Copy what ``generator`` (waiting at step ``t``'s yield, its code in ``filename``) holds."""
        started = time.perf_counter()
        frame = _frame_of(generator, filename)
        arrays: dict[str, Any] = {}
        modules, optimizers = {}, {}
        for name, value in frame.f_locals.items():
            if isinstance(value, torch.nn.Module):
                state = {key: tensor.detach().clone() for key, tensor in value.state_dict().items()}
                grads = {key: None if p.grad is None else p.grad.detach().clone()
                         for key, p in value.named_parameters()}
                modules[name] = (state, grads)
            elif isinstance(value, torch.optim.Optimizer):
                optimizers[name] = _copied(value.state_dict())
            elif isinstance(value, np.ndarray):
                arrays[name] = value.copy()
            elif isinstance(value, torch.Tensor) and not isinstance(value, torch.nn.Parameter):
                arrays[name] = value.detach().clone()
                if value.is_leaf and value.requires_grad and value.grad is not None:
                    arrays[f"{name}.grad"] = value.grad.detach().clone()
        return cls(t, arrays, modules, optimizers, _random_states(), time.perf_counter() - started)

    @property
    def nbytes(self) -> int:
        """The memory its copies take."""
        tensors = [*self.arrays.values()]
        for state, grads in self.modules.values():
            tensors += [*state.values(), *(g for g in grads.values() if g is not None)]
        for state in self.optimizers.values():
            tensors += [v for per_param in state.get("state", {}).values() for v in per_param.values()]
        return sum(_nbytes(t) for t in tensors)

    def restore(self, generator: Iterator, filename: str) -> None:
        """Put this checkpoint in place of what ``generator`` (a fresh run of the same code, at a yield) holds."""
        frame_values = _frame_of(generator, filename).f_locals
        with torch.no_grad():
            for name, saved in self.arrays.items():
                base, _, grad = name.partition(".")
                live = frame_values.get(base)
                if base not in frame_values:
                    continue  # bound only after the yield (nn's update loop variable): the run rebinds it first
                if grad:
                    _restore_grad(live, saved, name)
                else:
                    _copy_into(live, saved, name)
            for name, (state, grads) in self.modules.items():
                module = frame_values.get(name)
                if not isinstance(module, torch.nn.Module):
                    said = translate("Replay", "the code's {name} is no longer a module when run again")
                    raise ReplayError(said.format(name=name))
                module.load_state_dict(state)
                for key, parameter in module.named_parameters():
                    _restore_grad(parameter, grads.get(key), f"{name}.{key}.grad")
        for name, state in self.optimizers.items():
            optimizer = frame_values.get(name)
            if not isinstance(optimizer, torch.optim.Optimizer):
                said = translate("Replay", "the code's {name} is no longer an optimizer when run again")
                raise ReplayError(said.format(name=name))
            optimizer.load_state_dict(_copied(state))  # loading keeps the tensors it is given: ours stay ours
        _set_random_states(self.random_states)


def inspect_step(config: RunConfig, t: int, problem: Problem | None = None, edited: Any = None,
                 threads: int | None = None) -> Inside:
    """Run ``config`` to step ``t`` (from 0) and capture it: what ``python -m app inspect`` prints.

    ``threads`` as ``training_context`` takes them: by default the notebook's own, so the
    numbers are those of the notebook's cells stopped at step ``t``.
    """
    if not 0 <= t < config.steps:
        said = translate("Replay", "step {t} is not one of the run's {steps} steps (0 to {value})")
        raise ValueError(said.format(t=t, steps=config.steps, value=config.steps - 1))
    return replay(None, t, config, problem, edited, threads=threads)


def replay(checkpoint: Checkpoint | None, t: int, config: RunConfig, problem: Problem | None = None,
           edited: Any = None, loss: float | None = None, threads: int | None = None) -> Inside:
    """Step ``t`` of ``config``'s run computed again, once (``Replayer.step`` says how)."""
    with closing(Replayer(config, problem, edited, threads)) as replayer:
        return replayer.step(t, checkpoint, loss)


class Replayer:
    """Past steps of one run computed again, by one generator of the run's code kept waiting between them.

    A generator's first step builds its objects (a model, an optimizer) and draws its data,
    which costs more than several steps: a replayer pays it once, not for every step shown.
    Each step asked for is reached from the checkpoint given, the nearest before it (put in
    place of whatever the generator holds), or from the start; or, where the step shown last
    lies between that checkpoint and it, by stepping on from there: the timeline's Right key
    costs one step. A generator computes the run's number of steps in all, then a fresh one
    takes over, from the checkpoint.

    ``edited``: the run's edit (``models.edited.EditedCode``), or None; ``threads`` as
    ``training_context`` takes them, which must be the run's own for the same bits.
    """

    def __init__(self, config: RunConfig, problem: Problem | None = None, edited: Any = None,
                 threads: int | None = None):
        self.config, self.problem, self.edited, self.threads = config, problem, edited, threads
        self.filename = code_file(config.variant, edited)
        self._generator: Generator | None = None
        self._yields = 0  # steps the generator has computed: it has config.steps in all
        self._at: int | None = None  # the run's step it waits at, holding exactly the run's state then
        self._random: tuple = ()  # the random generators' states it left off with

    def step(self, t: int, checkpoint: Checkpoint | None = None, loss: float | None = None,
             passing: Callable[[Generator, int], None] | None = None) -> Inside:
        """Step ``t``, captured, as ``capture_next`` captures a live step.

        ``loss``: the loss the run recorded at step ``t``; a replay that does not reproduce it to
        the last bit is a ``ReplayError``. The random generators are the caller's again
        afterwards: a paused run that shares them goes on as if nothing had happened.
        ``passing(generator, s)`` is called at each step ``s`` computed on the way to ``t``, the
        generator waiting at its yield (a checkpoint of it is one of the run's, if step ``t``
        comes out as the run's).
        """
        inside = self._run(t, checkpoint, loss, passing, capture=True)
        assert inside is not None, "a step captured is read"
        return replace(inside, t=t)

    def reach(self, t: int, checkpoint: Checkpoint | None = None, loss: float | None = None,
              passing: Callable[[Generator, int], None] | None = None) -> None:
        """Step ``t`` computed again as ``step`` computes it, but not captured: the generator waits at its yield,
        where ``passing`` sees it too (a checkpoint of step ``t`` itself), and the next step asked for steps on
        from it."""
        self._run(t, checkpoint, loss, passing, capture=False)

    def _run(self, t: int, checkpoint: Checkpoint | None, loss: float | None,
             passing: Callable[[Generator, int], None] | None, capture: bool) -> Inside | None:
        if checkpoint is not None and checkpoint.t >= t:
            said = translate("Replay", "a checkpoint of step {t} cannot compute step {t2} again, only later ones")
            raise ValueError(said.format(t=checkpoint.t, t2=t))
        with _random_states_kept(), training_context(self.threads):
            try:
                step, inside = self._compute(t, checkpoint, passing, capture)
            except BaseException:
                self.close()
                raise
        if loss is not None and not _same(_number(step.loss), loss):
            self._at = None  # not the run's state: only a checkpoint or the start may follow
            said = translate("Replay", "step {t} could not be computed again exactly (its loss came out {value}, the "
                                       "run's was {loss}): the code keeps something between steps that a checkpoint "
                                       "does not hold")
            raise ReplayError(said.format(t=t, value=repr(_number(step.loss)), loss=repr(loss)))
        return inside

    def _compute(self, t: int, checkpoint: Checkpoint | None, passing: Callable[[Generator, int], None] | None,
                 capture: bool) -> tuple[Any, Inside | None]:
        at = self._at
        if at is not None and at < t and (checkpoint is None or checkpoint.t <= at) and self._room(t - at):
            _set_random_states(self._random)  # going on from the step shown last
            ahead = t - at - 1
        elif checkpoint is not None:
            if self._generator is None or not self._room(t - checkpoint.t):
                self._start()
            if self._yields == 0:
                self._next()  # the first step makes the objects whose values the checkpoint replaces
            checkpoint.restore(self._live, self.filename)
            ahead = t - checkpoint.t - 1
        else:
            self._start()
            ahead = t
        self._at = None  # until step t is reached
        for passed in range(t - ahead, t):
            self._next()
            if passing is not None:
                passing(self._live, passed)
        if capture:
            step, inside = capture_next(self._live, self.filename, self.config.variant)
        else:
            step, inside = next(self._live), None
            if passing is not None:
                passing(self._live, t)
        self._yields += 1
        self._at, self._random = t, _random_states()
        return step, inside

    def _room(self, steps_needed: int) -> bool:
        return self._yields + steps_needed <= self.config.steps

    def _start(self) -> None:
        """A fresh generator of the run's code, seeded as the run was at its first step."""
        self.close()
        train: Callable | None = self.edited.train if self.edited is not None else None
        self._generator = cast(Generator, steps(self.config, self.problem, train))
        self._yields = 0

    def _next(self) -> None:
        next(self._live)
        self._yields += 1

    @property
    def _live(self) -> Generator:
        assert self._generator is not None, "_compute starts a generator before it steps one"
        return self._generator

    def close(self) -> None:
        generator, self._generator, self._at = self._generator, None, None
        if generator is not None:
            generator.close()


def _copied(value: Any) -> Any:
    """An optimizer's state_dict copied: its tensors cloned, its lists and dicts new, its numbers as they are.

    A fifth of what ``copy.deepcopy`` takes, which a replay pays on every step shown.
    """
    if isinstance(value, torch.Tensor):
        return value.detach().clone()
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_copied(item) for item in value)
    return value


def _frame_of(generator: Iterator, filename: str) -> Any:
    student = student_generator(generator, filename)
    frame = getattr(student, "gi_frame", None)
    if frame is None:
        raise ReplayError(f"no running train of {filename} was found inside the generator")
    return frame


def _copy_into(live: Any, saved: Any, name: str) -> None:
    if isinstance(saved, np.ndarray) and isinstance(live, np.ndarray) and live.shape == saved.shape:
        np.copyto(live, saved)
    elif isinstance(saved, torch.Tensor) and isinstance(live, torch.Tensor) and live.shape == saved.shape:
        live.copy_(saved)  # pyright: ignore[reportAttributeAccessIssue] - a tensor: numpy's is the case above
    else:
        said = translate("Replay", "the code's {name} is not the array it was when run again")
        raise ReplayError(said.format(name=name))


def _restore_grad(tensor: Any, saved: torch.Tensor | None, name: str) -> None:
    if not isinstance(tensor, torch.Tensor):
        said = translate("Replay", "the code's {name} has no tensor to hold it when run again")
        raise ReplayError(said.format(name=name))
    if saved is None:
        tensor.grad = None
    elif tensor.grad is None or tensor.grad.shape != saved.shape:
        tensor.grad = saved.clone()
    else:
        tensor.grad.copy_(saved)


def _random_states() -> tuple:
    cuda = torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else None
    return random.getstate(), np.random.get_state(), torch.get_rng_state(), cuda


def _set_random_states(states: tuple) -> None:
    python, numpy_state, torch_state, cuda = states
    random.setstate(python)
    np.random.set_state(numpy_state)
    torch.set_rng_state(torch_state)
    if cuda is not None:
        torch.cuda.set_rng_state_all(cuda)


@contextmanager
def _random_states_kept() -> Iterator[None]:
    states = _random_states()
    try:
        yield
    finally:
        _set_random_states(states)


def _number(loss: Any) -> float:
    return float(loss.detach().item()) if isinstance(loss, torch.Tensor) else float(loss)


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))


def _nbytes(value: Any) -> int:
    if isinstance(value, torch.Tensor):
        return value.element_size() * value.nelement()
    return int(getattr(value, "nbytes", 0))

"""Each step edited code yields, checked as the views need it: its loss, its weights' names and shapes, their
gradients, and DynamicNet's depth, at every step, on the line of the yield."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import numpy as np

from .catalog import Variant
from .edit_errors import EditedCodeError
from .step import Step
from .words import translate

DEPTHS = range(4)  # DynamicNet reuses its middle layer random.randint(0, 3) times


class StepChecker:
    """What each step of edited code must carry for the views, checked at every step, cheaply.

    Step 0 is checked against the settings (the matrices chain D_in → H → D_out); every
    later step must keep step 0's names, shapes and gradients, so that what the views
    drew at step 0 they can draw at any step. Each fault is a sentence naming the step
    and what is expected, on the line of the yield.
    """

    def __init__(self, config: Any, variant: Variant):
        self.config, self.variant = config, variant
        self._matrices: list[tuple[str, tuple]] | None = None  # step 0's weight names and shapes
        self._with_grads: list[str] | None = None  # the names of step 0's gradients
        self._loss_kind: tuple | None = None  # step 0's loss: a tensor (and its device) or numpy's

    def check(self, step: Any, index: int, line: int | None) -> Step:
        """``step``, once it is found to be one the views can draw; else an EditedCodeError on ``line``."""

        def fault(message: str) -> EditedCodeError:
            return EditedCodeError(message, line)

        if not isinstance(step, Step):
            said = translate("Edited", "train yielded {value}; it must yield a Step (from .step import Step) for each "
                                       "training step, as the original does")
            raise fault(said.format(value=_kind(step)))
        if not isinstance(step.t, (int, np.integer)) or step.t != index:
            said = translate("Edited", "step {index} was yielded as Step(t={t}, …); t must count the steps from 0, as "
                                       "the loop's t does")
            raise fault(said.format(index=index, t=repr(step.t)))
        self._check_loss(step, fault)
        self._check_matrices(step, fault)
        if self.variant.draws_depth and not (isinstance(step.depth, (int, np.integer)) and step.depth in DEPTHS):
            said = translate("Edited", "step {index}'s depth is {depth}; the {name} variant draws a depth of 0, 1, 2 "
                                       "or 3 at each step, as random.randint(0, 3) does")
            raise fault(said.format(index=index, depth=repr(step.depth), name=self.variant.name))
        return step

    def _check_loss(self, step: Step, fault: Callable) -> None:
        loss = step.loss
        if getattr(loss, "shape", None) != () or not _is_real(loss):
            said = translate("Edited", "step {t}'s loss is {value}; it must be one real number, a 0-d tensor such as "
                                       "criterion(y_pred, y) returns")
            raise fault(said.format(t=step.t, value=_kind(loss, dtype=True)))
        torch = sys.modules.get("torch")
        tensor = torch is not None and isinstance(loss, torch.Tensor)
        kind = ("a tensor on", loss.device) if tensor else ("a numpy number",)
        if self._loss_kind is None:
            self._loss_kind = kind
        elif kind != self._loss_kind:  # the losses of a run are gathered into one array, on one device
            now, first = (" ".join(map(str, k)) for k in (kind, self._loss_kind))
            said = translate("Edited", "step {t}'s loss is {now} where step 0's was {first}; every step's loss is one "
                                       "number of the same kind")
            raise fault(said.format(t=step.t, now=now, first=first))

    def _check_matrices(self, step: Step, fault: Callable) -> None:
        weights, grads, transposed = _matrices_of(step)
        if not isinstance(weights, dict):
            said = translate("Edited", "step {t}'s weights are {value}; a Step carries its weight matrices as a dict, "
                                       "name: matrix")
            raise fault(said.format(t=step.t, value=_kind(weights)))
        matrices = [(name, _shape(matrix, transposed)) for name, matrix in weights.items()]
        if self._matrices is None:
            expected = _expected_shapes(self.config, len(self.variant.layers))
            if [shape for _, shape in matrices] != expected:
                said = translate("Edited", "step {t}'s weight matrices are {matrices}; the {name} variant draws "
                                           "{count} matrices of shapes {shapes} (inputs, outputs), from D_in={D_in}, "
                                           "H={H} and D_out={D_out}: change the sizes in the settings, not in the code")
                raise fault(said.format(t=step.t, matrices=_said(matrices), name=self.variant.name, count=len(expected),
                                        shapes=", ".join(map(str, expected)), D_in=self.config.D_in, H=self.config.H,
                                        D_out=self.config.D_out))
        elif matrices != self._matrices:
            said = translate("Edited", "step {t}'s weight matrices are {value}; every step must keep step 0's names "
                                       "and shapes: {value2}")
            raise fault(said.format(t=step.t, value=_said(matrices), value2=_said(self._matrices)))
        for name, matrix in weights.items():
            if not _is_real_matrix(matrix):
                said = translate("Edited", "step {t}'s weight matrix {name} is {value}; each must be a tensor or a "
                                           "numpy array of real numbers")
                raise fault(said.format(t=step.t, name=name, value=_kind(matrix, dtype=True)))
        self._matrices = matrices
        self._check_grads(step, grads, transposed, matrices, fault)

    def _check_grads(self, step: Step, grads: Any, transposed: bool, matrices: list[tuple[str, tuple]],
                     fault: Callable) -> None:
        """Each gradient of a weight's name and shape; every one step 0 had, at every step (DynamicNet's
        middle layer has none at depth 0, where it is not used)."""
        if not isinstance(grads, dict):
            said = translate("Edited", "step {t}'s gradients are {value}; a Step carries its gradients as a dict, "
                                       "name: matrix, as it carries its weights")
            raise fault(said.format(t=step.t, value=_kind(grads)))
        shapes = dict(matrices)
        for name, grad in grads.items():
            if grad is not None and (_shape(grad, transposed) != shapes.get(name) or not _is_real_matrix(grad)):
                said = translate("Edited", "step {t}'s gradient {name} is {value}; a gradient must be a tensor or a "
                                           "numpy array of real numbers, of the shape of the weight of its name")
                raise fault(said.format(t=step.t, name=name, value=_kind(grad, dtype=True)))
        if self._with_grads is None:
            self._with_grads = [name for name, grad in grads.items() if grad is not None]
            return
        unused = [name for name, _ in matrices[1:-1]] if self.variant.draws_depth and step.depth == 0 else ()
        missing = [name for name in self._with_grads if grads.get(name) is None and name not in unused]
        if missing:
            said = translate("Edited", "step {t} carries no gradient of {value}; every step must carry the gradients "
                                       "step 0 did ({value2})")
            raise fault(said.format(t=step.t, value=', '.join(missing), value2=', '.join(self._with_grads)))


def _expected_shapes(config: Any, count: int) -> list[tuple[int, int]]:
    middle = [(config.H, config.H)] * (count - 2)
    return [(config.D_in, config.H), *middle, (config.H, config.D_out)]


_TORCH_INTEGERS = {f"torch.{kind}{bits}" for kind in ("int", "uint") for bits in (8, 16, 32, 64)}


def _is_real(value: Any) -> bool:
    """Numbers that are real: a dtype of floats or integers, numpy's or torch's (not complex, bool or quantised)."""
    dtype = getattr(value, "dtype", None)
    kind = getattr(dtype, "kind", None)
    if isinstance(kind, str):  # numpy's
        return kind in "iuf"
    return getattr(dtype, "is_floating_point", False) is True or str(dtype) in _TORCH_INTEGERS


def _is_real_matrix(value: Any) -> bool:
    """A numpy array or a strided tensor (a tensor exists only once torch is loaded) of real numbers."""
    torch = sys.modules.get("torch")
    tensor = torch is not None and isinstance(value, torch.Tensor) and value.layout == torch.strided
    return (tensor or isinstance(value, np.ndarray)) and _is_real(value)


def _matrices_of(step: Step) -> tuple[Any, Any, bool]:
    """The step's weights and gradients, and whether they are as ``nn.Linear`` keeps them, (outputs, inputs).

    A Step of a model is read in one pass over its parameters, without the transposed
    views its properties make: a tensor each, three times the cost at every step.
    """
    model = step._model if type(step) is Step else None
    if model is None:
        return step.weights, step.grads, False
    matrices = [(name, p) for name, p in model.named_parameters() if p.ndim == 2]
    return dict(matrices), {name: p.grad for name, p in matrices}, True


def _shape(matrix: Any, transposed: bool) -> tuple:
    shape = tuple(getattr(matrix, "shape", ()))
    return shape[::-1] if transposed else shape


def _said(matrices: list[tuple[str, tuple]]) -> str:
    return ", ".join(f"{name} {shape}" for name, shape in matrices) or "none"


def _kind(value: Any, dtype: bool = False) -> str:
    shape = getattr(value, "shape", None)
    if shape is None:
        return "None" if value is None else f"a {type(value).__name__}"
    of = f" of dtype {str(value.dtype).removeprefix('torch.')}" if dtype and hasattr(value, "dtype") else ""
    return f"a {type(value).__name__} of shape {tuple(shape)}{of}"

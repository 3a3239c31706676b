"""Capturing one step from the inside, while it runs: what its code made, under the code's own names.

A step is computed by one ``next()`` of the variant's generator (the previous step's update,
then this step's forward and backward passes, up to its ``yield``). Around that call, and
only then, a ``Recorder`` watches, so a step nobody looks at costs nothing:

- a ``TorchFunctionMode`` notes each tensor an operation of the code makes that autograd
  records (it has a ``grad_fn``), with the exact expression that made it (the position of the
  calling instruction, PEP 657), and before ``backward()`` hooks each node of the graph to
  learn the shape of the gradient it receives (``backward()`` frees what the nodes saved);
- global forward hooks note each module's output, and keep count of library modules being
  run (``nn.Linear``, ``nn.Sequential``), whose inner operations are theirs, not the code's.

At the yield, the generator's frame is read (``gi_frame.f_locals``, ``reading.py``): the cell's own names
(``h``, ``h_relu``, ``grad_w1``), its modules and their parameters, and the step's loss,
whose ``grad_fn`` is walked for the graph. The values are copied then, while the generator
waits, after the backward pass and before the update: the numbers of that step, exactly.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator
from typing import Any

import torch
from torch.nn.modules.module import register_module_forward_hook, register_module_forward_pre_hook
from torch.overrides import TorchFunctionMode

from ..catalog import VARIANTS
from ..step import Step
from ..words import translate
from .graph import MAX_NODES, op_name, walk
from .named import Inside
from .reading import InsideError, Made, Reading
from .source import Position

BACKWARD = (torch.Tensor.backward, torch.autograd.backward)
MAX_MADE = 10 * MAX_NODES  # tensors noted in one step: an edit's loop of a million operations is not kept whole


class Recorder(TorchFunctionMode):
    """What one step's code makes, noted while it runs on this thread (see the module's docstring)."""

    def __init__(self, filename: str):
        super().__init__()
        self.filename = filename  # the variant's module, or an edit's name for itself
        self.made: list[Made] = []
        self.backward_line: int | None = None
        self.shapes: dict[int, tuple[int, ...]] = {}  # id(node): the shape of the gradient it received
        self._library_depth = 0  # library modules being run
        self._thread = threading.get_ident()
        self._handles: list = []
        self._nodes: list = []  # the nodes whose ids key `shapes`, kept alive
        self._library: dict[type, bool] = {}
        self._positions: dict[types.CodeType, list] = {}

    def __enter__(self) -> Recorder:
        self._handles = [register_module_forward_pre_hook(self._entering),
                         register_module_forward_hook(self._left, always_call=True)]
        try:
            super().__enter__()
        except BaseException:
            self._remove_hooks()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            super().__exit__(*exc_info)
        finally:
            self._remove_hooks()

    def _remove_hooks(self) -> None:
        handles, self._handles = self._handles, []
        for handle in handles:
            handle.remove()

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        here = threading.get_ident() == self._thread
        if here and func in BACKWARD:
            self._before_backward(args[0] if args else kwargs.get("tensors"))
        result = func(*args, **kwargs)
        if here and self._library_depth == 0 and isinstance(result, torch.Tensor) and result.grad_fn is not None \
                and len(self.made) < MAX_MADE:
            self._note(result, getattr(func, "__name__", "op"), None)
        return result

    def _is_library(self, module: torch.nn.Module) -> bool:
        """A module whose forward is not in the code's own file: torch's layers, whose insides are theirs."""
        kind = type(module)
        if kind not in self._library:
            code = getattr(getattr(kind, "forward", None), "__code__", None)
            self._library[kind] = code is None or code.co_filename != self.filename
        return self._library[kind]

    def _entering(self, module, args) -> None:
        if threading.get_ident() == self._thread and self._is_library(module):
            self._library_depth += 1

    def _left(self, module, args, output) -> None:
        if threading.get_ident() != self._thread:
            return
        if self._is_library(module):
            self._library_depth -= 1
        if isinstance(output, torch.Tensor) and output.grad_fn is not None and len(self.made) < MAX_MADE:
            self._note(output, type(module).__name__, module)

    def _note(self, tensor: torch.Tensor, op: str, module: torch.nn.Module | None) -> None:
        inner, outer = self._code_frames()
        self.made.append(Made(tensor, op, module, self._position(inner), outer.f_lineno if outer else None,
                               len(self.made)))

    def _code_frames(self) -> tuple[Any, Any]:
        """The innermost and outermost frames running the code's own file: the expression, and train's line."""
        inner = outer = None
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code.co_filename == self.filename:
                inner, outer = inner or frame, frame
            frame = frame.f_back
        return inner, outer

    def _position(self, frame) -> Position | None:
        if frame is None:
            return None
        code = frame.f_code
        if not hasattr(code, "co_positions"):  # Python 3.10: the line only
            return frame.f_lineno, frame.f_lineno, None, None
        if code not in self._positions:
            self._positions[code] = list(code.co_positions())
        positions = self._positions[code]
        index = frame.f_lasti // 2  # one entry per two-byte code unit
        return positions[index] if 0 <= index < len(positions) else None

    def _before_backward(self, tensors: Any) -> None:
        """Hook every node the backward pass will reach, for the shape of the gradient it receives."""
        _, outer = self._code_frames()
        if outer is not None:
            self.backward_line = outer.f_lineno
        roots = [tensors] if isinstance(tensors, torch.Tensor) else list(tensors or ())
        for root in roots:
            if not isinstance(root, torch.Tensor) or root.grad_fn is None:
                continue
            nodes, _ = walk(root.grad_fn)
            for node in nodes:
                if op_name(node) != "AccumulateGrad" and hasattr(node, "register_prehook"):
                    self._handles.append(node.register_prehook(self._shape_hook(id(node))))
                    self._nodes.append(node)

    def _shape_hook(self, key: int):
        def note_shape(grad_outputs):
            first = grad_outputs[0] if grad_outputs else None
            if first is not None:
                self.shapes.setdefault(key, tuple(first.shape))

        return note_shape

    def read(self, generator: Iterator, step: Step, variant: str) -> Inside:
        """Step ``step`` of ``generator``, which waits at its yield: its named tensors and graph, copied."""
        try:
            return Reading(self, generator, step, variant).inside()
        except InsideError:
            raise
        except Exception as error:  # noqa: BLE001 - an edit's objects can fail in any way; the run goes on
            said = translate("Capture", "step {t}'s tensors could not be read: {kind}: {error}")
            raise InsideError(said.format(t=getattr(step, "t", "?"), kind=type(error).__name__, error=error)) from error


def capture_next(generator: Iterator, filename: str, variant: str) -> tuple[Step, Inside]:
    """``next(generator)``, watched: the step, and the step from the inside.

    ``filename`` is the file of the code that computes the step: the variant's module
    (``code_file``), or an edit's name for itself. ``StopIteration`` and whatever the
    code raises pass through, with every hook removed.
    """
    with Recorder(filename) as recorder:
        step = next(generator)
    return step, recorder.read(generator, step, variant)


def code_file(variant: str, edited: Any = None) -> str:
    """The file whose code computes ``variant``'s steps: its module in ``models/``, or the edit's (``EditedCode``)."""
    if edited is not None:
        return edited.filename
    return VARIANTS[variant].module.__file__ or ""

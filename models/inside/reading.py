"""Reading one step at its yield: the tensors its code names, in the order it computed them, and the graph
autograd built, copied while the generator waits (``Recorder.read``, ``models.inside.capture``).

Names come from the generator's frame (``h``, ``h_relu``, ``grad_w1``), its modules' paths
(``model[0].weight``), what the ``Recorder`` noted the code made, and each weight's ``.grad``;
their order is the code's: what was made before the step, then the step's lines, then the
gradients in the order the backward pass reached their leaves.
"""

from __future__ import annotations

import linecache
import math
import types
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import torch

from ..catalog import VARIANTS
from ..step import Step
from ..words import translate
from .graph import MAX_NODES, Graph, Node, hand_graph, op_name, ranks, walk
from .named import Inside, NamedTensor, host_copy
from .source import Position, Source

LATER = math.inf  # a sort key after every line


@dataclass
class Made:
    """A tensor the step made, by an operation of the code or as a module's output."""

    tensor: torch.Tensor
    op: str
    module: torch.nn.Module | None
    position: Position | None  # of the expression in the code that made it
    train_line: int | None  # the line train stood at meanwhile
    seq: int


class Noted(Protocol):
    """What a ``Recorder`` noted while the step ran (``models.inside.capture``)."""

    filename: str  # of the code that computed the step
    made: list[Made]
    shapes: dict[int, tuple[int, ...]]  # id(node): the shape of the gradient it received
    backward_line: int | None  # the line that called backward()


class InsideError(Exception):
    """A step's tensors could not be read; the message says why, in a sentence."""


def student_generator(generator: Any, filename: str) -> Any:
    """The generator running ``filename``'s ``train`` inside ``generator``: through ``yield from``
    (``models.training.steps``), and through an edit's wrapper (``models.edited``), which holds it."""
    current = generator
    while getattr(getattr(current, "gi_code", None), "co_filename", filename) != filename:
        inner = getattr(current, "gi_yieldfrom", None)
        if not isinstance(inner, types.GeneratorType):
            frame = getattr(current, "gi_frame", None)
            held = [value for value in (frame.f_locals.values() if frame is not None else ())
                    if isinstance(value, types.GeneratorType) and value.gi_frame is not None]
            inner = held[0] if len(held) == 1 else None
        if inner is None:
            return None
        current = inner
    return current


@dataclass
class _Entry:
    value: Any  # the live tensor or array, copied at the end
    name: str
    lines: set[int]
    key: tuple
    kind: str = ""
    by_local: bool = False  # named by the code's own frame


@dataclass
class Reading:
    """One read of a step at its yield (``Recorder.read``)."""

    recorder: Noted
    generator: Any
    step: Step
    variant: str
    entries: dict[int, _Entry] = field(default_factory=dict)  # by id of the live value, kept alive in it
    source: Source = field(init=False)
    nodes: list = field(init=False)  # autograd's, from the loss: alive, as their ids tie them to tensors
    node_ids: dict[int, str] = field(init=False)
    rank: dict[str, int] = field(init=False)  # each node's distance from the loss

    def inside(self) -> Inside:
        student = student_generator(self.generator, self.recorder.filename)
        frame = getattr(student, "gi_frame", None)
        if frame is None:
            raise InsideError(f"no running train of {self.recorder.filename} was found inside the generator")
        self.source = Source.parse("".join(linecache.getlines(self.recorder.filename)))
        local_values = dict(frame.f_locals)
        loss = self.step.loss
        self.nodes, edges = walk(loss.grad_fn, MAX_NODES + 1) if isinstance(loss, torch.Tensor) and loss.grad_fn \
            else ([], [])
        too_many = len(self.nodes) > MAX_NODES
        if too_many:
            self.nodes, edges = [], []  # what the code named is listed all the same
        self.node_ids = {id(node): f"n{i}" for i, node in enumerate(self.nodes)}
        self.rank = ranks(self.node_ids.values(), [(f"n{a}", f"n{b}") for a, b in edges])
        paths, parameters = _modules_of(local_values)
        self._add_made(paths)
        self._add_locals(local_values)
        self._add_parameters(parameters)
        self._add_gradients()
        named = self._named()
        graph, no_graph = self._graph(named, edges)
        if too_many:
            no_graph = (translate("Capture", "this step's graph has more than {MAX_NODES} nodes, too many to draw; its "
                                             "tensors the code names are listed").format(MAX_NODES=MAX_NODES))
        return Inside(self.step.t, self.variant, tuple(named.values()), graph, self.step.depth, no_graph)

    def _add(self, value: Any, name: str, lines, key: tuple, kind: str = "", by_local: bool = False) -> _Entry:
        """A value under ``name``; a value already there keeps its entry, renamed only by a local's name."""
        entry = self.entries.get(id(value))
        if entry is None:
            entry = self.entries[id(value)] = _Entry(value, name, set(lines), key, kind, by_local)
            return entry
        entry.lines |= set(lines)
        if by_local and not entry.by_local:
            entry.name, entry.by_local = name, True
            if entry.key[0] != 1:  # made before: keeps when it was made
                entry.key = key
        entry.kind = entry.kind or kind
        return entry

    def _add_made(self, paths: dict[int, str]) -> None:
        """What the code made that belongs to this step's graph: module outputs by the module's name, other
        operations by the name an assignment gives them, or their expression as the code writes it."""
        in_graph = {id(node) for node in self.nodes}
        for made in self.recorder.made:
            if id(made.tensor.grad_fn) not in in_graph:
                continue
            if made.module is not None:
                name = f"{paths.get(id(made.module)) or type(made.module).__name__}(...)"
            else:
                name = (self.source.target_at(made.position) or self.source.text_at(made.position) or made.op)
            lines = [made.position[0]] if made.position and made.position[0] is not None else []
            self._add(made.tensor, name, lines, (1, made.train_line or LATER, made.seq))

    def _add_locals(self, local_values: dict[str, Any]) -> None:
        for name, value in local_values.items():
            if not _is_numbers(value):
                continue
            lines = self.source.bindings.get(name, [])
            if lines and all(self.source.after_yield(line) for line in lines):
                continue  # left over from the previous step's update (nn's loop variable param)
            in_step = [line for line in lines if self.source.in_step(line)]
            key = (1, min(in_step), LATER) if in_step else (0, min(lines), 0) if lines else (2, 0, 0)
            self._add(value, name, lines, key, by_local=True)

    def _add_parameters(self, parameters: list[tuple[str, torch.nn.Parameter, str]]) -> None:
        for index, (name, parameter, local) in enumerate(parameters):
            lines = self.source.bindings.get(local, [])
            self._add(parameter, name, lines, (0, min(lines, default=0), index), kind="weight", by_local=True)

    def _add_gradients(self) -> None:
        """Each weight's ``.grad``, in the order the backward pass reaches its leaf."""
        leaf_rank = {id(node.variable): self.rank[self.node_ids[id(node)]]
                     for node in self.nodes if op_name(node) == "AccumulateGrad"}
        line = self.recorder.backward_line or min(self.source.backward_lines, default=None)
        for entry in list(self.entries.values()):
            value = entry.value
            if not (isinstance(value, torch.Tensor) and value.is_leaf and value.requires_grad):
                continue
            entry.kind = "weight"
            if value.grad is not None:
                key = (1, line or LATER, LATER, leaf_rank.get(id(value), len(self.nodes)))
                gradient = self._add(value.grad, f"{entry.name}.grad", [line] if line else [], key, kind="gradient")
                gradient.key = key  # a local naming it (autograd's grad_w1) is bound after backward() made it

    def _named(self) -> dict[str, NamedTensor]:
        """The entries in the order the code computed them, each a host copy under a name of its own."""
        ordered = sorted(self.entries.values(), key=lambda entry: entry.key)
        self._kinds(ordered)
        copies = [(entry, host_copy(entry.value)) for entry in ordered]
        copies = [(entry, values) for entry, values in copies if values is not None]
        counts = Counter(entry.name for entry, _ in copies)
        seen: Counter[str] = Counter()
        named: dict[str, NamedTensor] = {}
        with np.errstate(all="ignore"):  # a diverged step's infinities are its numbers too
            for entry, values in copies:
                if counts[entry.name] > 1:  # DynamicNet's h_relu, once per layer: h_relu#1, h_relu#2, ...
                    seen[entry.name] += 1
                    entry.name = f"{entry.name}#{seen[entry.name]}"
                named[entry.name] = NamedTensor.of(entry.name, entry.kind, values, tuple(entry.lines))
        return named

    def _kinds(self, ordered: list[_Entry]) -> None:
        step = self.step
        weights = {id(value) for value in _values(step, "weights")}
        gradients = {id(value) for value in _values(step, "grads")}
        loss_key = next((entry.key for entry in ordered if entry.value is step.loss), None)
        for entry in ordered:
            if entry.kind:
                continue
            if entry.value is step.loss:
                entry.kind = "loss"
            elif id(entry.value) in weights:
                entry.kind = "weight"
            elif id(entry.value) in gradients or (loss_key is not None and entry.key[0] == 1 and entry.key > loss_key):
                entry.kind = "gradient"
            else:
                entry.kind = "forward" if entry.key[0] == 1 else "data"

    def _graph(self, named: dict[str, NamedTensor], edges: list[tuple[int, int]]) -> tuple[Graph | None, str]:
        if self.nodes:
            return self._autograd_graph(edges), ""
        by_hand = VARIANTS[self.variant].by_hand if self.variant in VARIANTS else ()
        if by_hand:
            return hand_graph(by_hand, named), ""
        said = translate("Capture", "this step's loss has no grad_fn: autograd recorded no graph for it, and the "
                                    "{variant} variant writes no backward pass by hand")
        return None, (said.format(variant=self.variant))

    def _autograd_graph(self, edges: list[tuple[int, int]]) -> Graph:
        entries = sorted(self.entries.values(), key=lambda entry: entry.key)
        made_by: dict[int, str] = {}  # id(grad_fn): the name of the tensor it made
        shapes = dict(self.recorder.shapes)
        for made in self.recorder.made:
            shapes.setdefault(id(made.tensor.grad_fn), tuple(made.tensor.shape))
        for entry in entries:
            if isinstance(entry.value, torch.Tensor) and entry.value.grad_fn is not None:
                made_by.setdefault(id(entry.value.grad_fn), entry.name)
                shapes[id(entry.value.grad_fn)] = tuple(entry.value.shape)
        nodes = []
        for node in self.nodes:
            key, op = id(node), op_name(node)
            if op == "AccumulateGrad":
                leaf = self.entries.get(id(node.variable))
                gradient = self.entries.get(id(node.variable.grad)) if node.variable.grad is not None else None
                names = tuple(entry.name for entry in (leaf, gradient) if entry is not None)
                selects = gradient.name if gradient is not None else (leaf.name if leaf is not None else None)
                nodes.append(Node(self.node_ids[key], op, tuple(node.variable.shape),
                                  leaf.name if leaf is not None else "", selects, names))
            else:
                name = made_by.get(key)
                nodes.append(Node(self.node_ids[key], op, shapes.get(key), name or "", name, (name,) if name else ()))
        return Graph(tuple(nodes), tuple((f"n{a}", f"n{b}") for a, b in edges))


def _is_numbers(value: Any) -> bool:
    """An array, a number numpy made, or a tensor: what a step computes (not an int loop counter)."""
    return isinstance(value, (np.ndarray, np.number, torch.Tensor)) and not isinstance(value, torch.nn.Parameter)


def _values(step: Step, which: str) -> list[Any]:
    """The live matrices a step hands over (for a model, views made on asking: they match nothing here)."""
    if getattr(step, "_model", None) is not None:
        return []
    return [value for value in getattr(step, which, {}).values() if value is not None]


def _modules_of(local_values: dict[str, Any]) -> tuple[dict[int, str], list[tuple[str, Any, str]]]:
    """The modules in train's frame: each module's name as the code reaches it, and their parameters."""
    paths: dict[int, str] = {}
    parameters: list[tuple[str, Any, str]] = []
    for local, value in local_values.items():
        if not isinstance(value, torch.nn.Module):
            continue
        for path, module in value.named_modules():
            paths.setdefault(id(module), _code_path(local, path))
        for path, parameter in value.named_parameters():
            parameters.append((_code_path(local, path), parameter, local))
    return paths, parameters


def _code_path(local: str, path: str) -> str:
    """``model`` with ``0.weight`` is ``model[0].weight``; with ``linear1.weight``, the code's ``linear1.weight``."""
    if not path:
        return local
    parts = path.split(".")
    text = local if parts[0].isdigit() else ""
    for part in parts:
        text += f"[{part}]" if part.isdigit() else f".{part}" if text else part
    return text

"""A step from the inside as the command line gives it: lines of text, JSON, and Graphviz's dot language."""

from __future__ import annotations

import json
from typing import Any

from .graph import Graph
from .named import Inside, finite_or_none


def to_lines(inside: Inside) -> list[str]:
    """One line per tensor, in the order the code computed them: name, shape, dtype and statistics."""
    width = max((len(tensor.name) for tensor in inside.tensors), default=0)
    rows = []
    for tensor in inside.tensors:
        shape = "x".join(map(str, tensor.shape)) or "scalar"
        stats = "  ".join(f"{key} {_number(value)}" for key, value in tensor.stats.items())
        rows.append(f"{tensor.name:<{width}}  {shape:<9} {tensor.dtype:<7}  {stats}")
    return rows


def to_json(inside: Inside) -> dict[str, Any]:
    """The step as JSON: each tensor under its name from the code, with its statistics; the graph's nodes and edges.

    A statistic that is not finite (a diverged step's) is null, as JSON has no NaN.
    """
    tensors = {
        tensor.name: {"kind": tensor.kind, "shape": list(tensor.shape), "dtype": tensor.dtype,
                      "lines": list(tensor.lines),
                      **{key: finite_or_none(value) for key, value in tensor.stats.items()}}
        for tensor in inside.tensors
    }
    document: dict[str, Any] = {"variant": inside.variant, "step": inside.t}
    if inside.depth is not None:
        document["depth"] = inside.depth
    document["tensors"] = tensors
    document["graph"] = None if inside.graph is None else _graph_json(inside.graph)
    if inside.graph is None:
        document["no_graph"] = inside.no_graph
    return document


def _graph_json(graph: Graph) -> dict[str, Any]:
    nodes = [{"id": node.id, "op": node.op, "shape": None if node.shape is None else list(node.shape),
              "label": node.label, "tensor": node.selects, "names": list(node.names),
              **({"gradients": list(node.gradients)} if node.gradients else {})} for node in graph.nodes]
    return {"drawn_from": graph.drawn_from, "nodes": nodes, "edges": [list(edge) for edge in graph.edges]}


def to_dot(graph: Graph, title: str = "step") -> str:
    """The graph in Graphviz's dot language: the loss on the right, each edge the way backward() goes."""
    lines = [f"digraph {_quoted(title)} {{", "  rankdir=RL;",
             '  node [shape=box, style=rounded, fontname="Helvetica"];']
    for node in graph.nodes:
        shape = "" if node.shape is None else " " + _shape_text(node.shape)
        label = "\n".join(part for part in (node.op, f"{node.label}{shape}".strip(), _computes(node)) if part)
        lines.append(f"  {node.id} [label={_quoted(label)}];")
    lines += [f"  {a} -> {b};" for a, b in graph.edges]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _computes(node) -> str:
    """A hand-written backward pass's lines for a node: what they compute."""
    return "computes " + ", ".join(node.gradients) if node.gradients else ""


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def _quoted(text: str) -> str:
    """A dot string: JSON's escaping is dot's for quotes, backslashes and newlines."""
    return json.dumps(text, ensure_ascii=False)


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.6g}"

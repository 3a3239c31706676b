"""The graph of a step: autograd's backward functions, or the ones a hand-written backward pass stands for.

Nodes and edges only, as plain values, so that the command line, JSON, Graphviz and the
window all draw the same thing; ``layout`` places it left to right, the loss on the right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from grandalf.graphs import Edge, Vertex
from grandalf.graphs import Graph as _LayoutGraph
from grandalf.layouts import SugiyamaLayout

AUTOGRAD, BY_HAND = "autograd", "hand-written backward"
MAX_NODES = 200  # a graph drawn: the notebook's largest has 21; laying out 200 takes grandalf a third of a second


@dataclass(frozen=True)
class Node:
    """A backward function: ``op`` as autograd names it (``MmBackward0``, ``AccumulateGrad``), the shape it carries.

    ``label`` names the tensor it made in the forward pass, or for ``AccumulateGrad`` the weight
    it accumulates into; ``selects`` is the named tensor that clicking it shows, and ``names``
    every named tensor that marks it (a weight and its gradient; for a hand-written backward,
    the gradients its lines compute, also in ``gradients``).
    """

    id: str
    op: str
    shape: tuple[int, ...] | None = None
    label: str = ""
    selects: str | None = None
    names: tuple[str, ...] = ()
    gradients: tuple[str, ...] = ()  # what the hand-written backward pass computes for it, by the code's names


@dataclass(frozen=True)
class Layout:
    """Where to draw a graph: each node's (column, row), column 0 on the left, and each edge as a polyline
    through the same units (the first point at its node, the last at its next function's)."""

    positions: dict[str, tuple[float, float]]
    routes: dict[tuple[str, str], tuple[tuple[float, float], ...]]

    @property
    def columns(self) -> int:
        return 1 + int(max((x for x, _ in self.positions.values()), default=-1))

    @property
    def rows(self) -> int:
        return 1 + int(max((y for _, y in self.positions.values()), default=-1))


@dataclass(frozen=True)
class Graph:
    """Nodes, and edges (node, next function) the way ``backward()`` goes: from the loss to the leaves."""

    nodes: tuple[Node, ...]
    edges: tuple[tuple[str, str], ...]
    drawn_from: str = AUTOGRAD  # or BY_HAND

    def node(self, node_id: str) -> Node:
        return next(node for node in self.nodes if node.id == node_id)

    def marked_by(self, name: str) -> list[str]:
        """The nodes a named tensor marks."""
        return [node.id for node in self.nodes if name in node.names]

    def layout(self) -> Layout:
        return layout(self)


def walk(root: Any, limit: int | None = None) -> tuple[list[Any], list[tuple[int, int]]]:
    """Autograd's nodes from ``root`` (a ``grad_fn``) breadth first, and the edges as index pairs;
    past ``limit`` nodes, no more are taken.

    It reads only ``next_functions``, which ``backward()`` leaves in place (it frees saved
    tensors, not nodes), so it works as well after the backward pass as before. The nodes
    are returned alive: their ``id`` is what ties them to the tensors that made them.
    """
    nodes, index, edges = [root], {id(root): 0}, []
    for node in nodes:  # grows as it goes
        for following, _ in getattr(node, "next_functions", ()):
            if following is None:  # an input that needs no gradient
                continue
            if id(following) not in index:
                if limit is not None and len(nodes) >= limit:
                    return nodes, edges
                index[id(following)] = len(nodes)
                nodes.append(following)
            edge = (index[id(node)], index[id(following)])
            if edge not in edges:
                edges.append(edge)
    return nodes, edges


def op_name(node: Any) -> str:
    """``MmBackward0``, ``AccumulateGrad``: the class autograd made the node of."""
    return type(node).__name__


def ranks(node_ids: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Each node's longest distance from the roots (the loss): the order ``backward()`` reaches it in."""
    ids = list(node_ids)
    following: dict[str, list[str]] = {node: [] for node in ids}
    incoming = dict.fromkeys(ids, 0)
    for a, b in edges:
        following[a].append(b)
        incoming[b] += 1
    rank = dict.fromkeys(ids, 0)
    ready = [node for node in ids if incoming[node] == 0]
    while ready:
        node = ready.pop(0)
        for b in following[node]:
            rank[b] = max(rank[b], rank[node] + 1)
            incoming[b] -= 1
            if incoming[b] == 0:
                ready.append(b)
    return rank


class _Box:
    """What grandalf needs of a vertex's drawing: its size, and where it puts it."""

    w = h = 1.0
    xy = (0.0, 0.0)


class _Wire:
    """What grandalf needs of an edge's drawing: somewhere to put the points it passes through."""

    def __init__(self):
        self.points: list = []

    def setpath(self, points: list) -> None:
        self.points = list(points)


SPACE = 1.0  # between boxes of one unit, as grandalf lays them out


def layout(graph: Graph) -> Layout:
    """Columns by the Sugiyama method, rows ordered to cross few edges.

    grandalf, not networkx: networkx's ``topological_generations`` gives the columns but
    not an order within them, and a hand-made order crosses the edges of DynamicNet's
    shared layer. grandalf layers the graph from the loss (a node sits one column left
    of the nearest node that uses it, so a weight stands beside the layer it feeds),
    orders each column by the barycentre method, and routes long edges through dummy
    points, which are kept as the edges' bends.
    """
    if not graph.nodes:
        return Layout({}, {})
    vertices = {node.id: Vertex(node.id) for node in graph.nodes}
    for vertex in vertices.values():
        vertex.view = _Box()  # pyright: ignore[reportAttributeAccessIssue] - grandalf reads what a drawing sets
    edges = [Edge(vertices[a], vertices[b]) for a, b in graph.edges]
    for edge in edges:
        edge.view = _Wire()  # pyright: ignore[reportAttributeAccessIssue]
    positions: dict[str, tuple[float, float]] = {}
    routes: dict[tuple[str, str], tuple[tuple[float, float], ...]] = {}
    top = 0.0
    for component in _LayoutGraph(list(vertices.values()), edges).C:  # one, unless a step's graph falls apart
        sugiyama = SugiyamaLayout(component)
        sugiyama.xspace = sugiyama.yspace = SPACE  # pyright: ignore[reportAttributeAccessIssue] - set in __init__
        sugiyama.init_all()
        sugiyama.draw()
        last = max(sugiyama.grx[v].rank for v in component.sV)
        unit = _Box.w + SPACE

        def place(point: tuple[float, float], last: int = last) -> tuple[float, float]:
            x, y = point  # grandalf: x along a layer, y down the layers from the roots
            return last - (y - _Box.h / 2) / unit, x / unit

        placed = {v.data: place(v.view.xy) for v in component.sV}
        low = min(row for _, row in placed.values())
        shift = top - low
        positions.update({name: (column, row + shift) for name, (column, row) in placed.items()})
        for edge in component.sE:
            points = tuple((column, row + shift) for column, row in map(place, edge.view.points))
            routes[(edge.v[0].data, edge.v[1].data)] = points
        top = max(row for _, row in positions.values()) + 1
    return Layout(positions, routes)


def hand_graph(declared: Iterable[Any], named: Mapping[str, Any]) -> Graph:
    """The graph autograd would build for a hand-written backward pass, from a variant's declaration
    (``models.catalog.HandNode``), each node tied to the named tensors of this step that exist.

    An edit that renamed a tensor leaves its node without it, as far as its names allow.
    """
    declared = list(declared)
    ids = {hand.makes: f"n{i}" for i, hand in enumerate(declared)}
    nodes, edges = [], []
    for hand in declared:
        present = [name for name in (hand.makes, *hand.grads) if name in named]
        shaped = named.get(hand.makes) or named.get(hand.shape_of)
        accumulates = hand.op == "AccumulateGrad"
        selects = next((name for name in hand.grads if name in named), None) if accumulates else None
        if selects is None and hand.makes in named:
            selects = hand.makes
        nodes.append(Node(ids[hand.makes], hand.op, shaped.shape if shaped is not None else None, hand.makes,
                          selects, tuple(present), tuple(name for name in hand.grads if name in named)))
        edges += [(ids[hand.makes], ids[name]) for name in hand.inputs if name in ids]
    return Graph(tuple(nodes), tuple(edges), BY_HAND)

"""The graph autograd built in a step, drawn from given positions: a box per node, a line per edge."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from .theme import DARK, Theme
from .words import translate

# The whole graph is shown, its shape being the lesson (DynamicNet's depth), as far as its text stays at the
# view's least text size (``apply_theme``'s ``least_pt``); past that it scrolls to the selected tensor's node.
# Ctrl+wheel zooms, out to this scale to see the whole shape, in to read a node from the back.
MIN_GRAPH_SCALE, MAX_GRAPH_SCALE = 0.45, 2.0


class GraphNode(Protocol):
    """What the view reads of a node (``models.inside.Node`` has it)."""

    @property
    def id(self) -> str: ...
    @property
    def op(self) -> str: ...
    @property
    def shape(self) -> tuple[int, ...] | None: ...
    @property
    def label(self) -> str: ...
    @property
    def selects(self) -> str | None: ...
    @property
    def names(self) -> tuple[str, ...]: ...
    @property
    def gradients(self) -> tuple[str, ...]: ...  # a hand-written backward pass's names for what it computes


class GraphDrawing(Protocol):
    """A graph and where to draw it: (column, row) per node, column 0 on the left, and each edge's polyline."""

    @property
    def nodes(self) -> Sequence[GraphNode]: ...
    @property
    def edges(self) -> Sequence[tuple[str, str]]: ...
    @property
    def positions(self) -> Mapping[str, tuple[float, float]]: ...
    @property
    def routes(self) -> Mapping[tuple[str, str], Sequence[tuple[float, float]]]: ...


def shape_text(shape: tuple[int, ...] | None) -> str:
    if shape is None:
        return ""
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


class GraphView(QGraphicsView):
    """A graph drawn from given positions: boxes with a node's name and shape, lines for its edges.

    Lines run from a node to its next functions, the way ``backward()`` goes, with an arrow
    at the end. Clicking a box says which (``node_clicked``); ``highlight`` marks boxes.
    """

    node_clicked = Signal(str)

    def __init__(self, theme: Theme = DARK):
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(translate("InsideView", "The graph of this step"))
        self.boxes: dict[str, _Box] = {}
        self.highlighted: set[str] = set()
        self.zoomed = False
        self._graph: GraphDrawing | None = None
        self.theme, self.font_pt, self.least_pt = theme, 10, 10
        self.apply_theme(theme)

    def apply_theme(self, theme: Theme, font_pt: int = 10, least_pt: int | None = None) -> None:
        """``least_pt``: the least size its text is shrunk to, fitting the whole graph (``font_pt`` if None)."""
        self.theme, self.font_pt, self.least_pt = theme, font_pt, min(least_pt or font_pt, font_pt)
        self.setBackgroundBrush(QColor(theme.background))
        self.show_graph(self._graph)

    def show_graph(self, graph: GraphDrawing | None) -> None:
        if graph is not self._graph:
            self.zoomed = False  # a new step's graph is framed whole again
        self._graph = graph
        scene = self.scene()
        scene.clear()
        self.boxes = {}
        if graph is None or not graph.nodes:
            scene.setSceneRect(QRectF())
            return
        fonts = _fonts(self.font_pt)
        gap = 2.5 * fonts[1].pointSizeF()
        columns: dict[int, float] = {}  # each column as wide as its widest box
        for node in graph.nodes:
            column = round(graph.positions[node.id][0])
            columns[column] = max(columns.get(column, 0.0), _Box.width_for(node, fonts))
        lefts, x = {}, 0.0
        for column in sorted(columns):
            lefts[column], x = x, x + columns[column] + gap
        height = _Box.height_for(graph.nodes, fonts)
        step_y = height + fonts[1].pointSizeF()

        def place(point: tuple[float, float]) -> QPointF:
            column = round(point[0])
            return QPointF(lefts[column] + columns[column] / 2, point[1] * step_y + height / 2)

        for (a, b), points in graph.routes.items():
            if a in graph.positions and b in graph.positions:
                ends = (columns[round(graph.positions[a][0])], columns[round(graph.positions[b][0])])
                scene.addItem(_Edge([place(p) for p in points], ends, self.theme))
        for node in graph.nodes:
            column = round(graph.positions[node.id][0])
            box = _Box(node, columns[column], height, fonts, self.theme)
            box.setPos(place(graph.positions[node.id]) - QPointF(columns[column] / 2, height / 2))
            scene.addItem(box)
            self.boxes[node.id] = box
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-12, -12, 12, 12))
        self.highlight(self.highlighted)
        self._fit()

    def highlight(self, node_ids: set[str]) -> None:
        self.highlighted = set(node_ids)
        for node_id, box in self.boxes.items():
            box.set_marked(node_id in self.highlighted)
        first = next((self.boxes[i] for i in self.boxes if i in self.highlighted), None)
        if first is not None:
            self.ensureVisible(first, 24, 24)

    def box_centre(self, node_id: str):
        """Where a node's box is on the widget, for a click."""
        return self.mapFromScene(self.boxes[node_id].sceneBoundingRect().center())

    def frame_whole(self) -> None:
        """The whole graph again, whatever zoom was chosen."""
        self.zoomed = False
        self._fit()

    def _fit(self) -> None:
        """The whole graph, at most at its own size and at least at its least text size (it then scrolls); a zoom the
        user chose stays until the next graph."""
        rect = self.sceneRect()
        if rect.isEmpty() or self.zoomed:
            return
        view = self.viewport().size()
        whole = min(1.0, view.width() / rect.width(), view.height() / rect.height())
        self.set_scale(max(whole, self.least_pt / self.font_pt))
        first = next((self.boxes[i] for i in self.boxes if i in self.highlighted), None)
        if first is not None:  # the selected tensor's node in sight
            self.ensureVisible(first, 24, 24)

    def text_pt(self) -> float:
        """The size its nodes' text is drawn at, as scaled: what a reader sees."""
        return self.font_pt * self.transform().m11()

    def set_scale(self, scale: float) -> None:
        scale = min(max(scale, MIN_GRAPH_SCALE), MAX_GRAPH_SCALE)
        self.resetTransform()
        self.scale(scale, scale)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomed = True
            self.set_scale(self.transform().m11() * 1.15 ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, _Box):
            item = item.parentItem()
        if isinstance(item, _Box) and event.button() == Qt.MouseButton.LeftButton:
            self.node_clicked.emit(item.node_id)
            return
        super().mousePressEvent(event)


def _fonts(font_pt: int) -> tuple[QFont, QFont]:
    """The op's name, bold; the tensor's name and shape, plain: a third narrower than the code's font,
    which a graph many columns wide needs."""
    bold, plain = QFont(), QFont()
    for font in (bold, plain):
        font.setPointSize(font_pt)
    bold.setBold(True)
    return bold, plain


class _Box(QGraphicsRectItem):
    """A node: its op on the first line, the tensor it made (or the weight it accumulates into) and shape below."""

    PAD = 6.0

    def __init__(self, node: GraphNode, width: float, height: float, fonts: tuple[QFont, QFont], theme: Theme):
        super().__init__(0, 0, width, height)
        self.node_id, self.theme = node.id, theme
        self.leaf = node.op == "AccumulateGrad"
        self.selectable = bool(node.selects)
        self.texts = []
        top = self.PAD
        for text, font in _Box.lines(node, fonts):
            item = QGraphicsSimpleTextItem(text, self)
            item.setFont(font)
            item.setPos(self.PAD, top)
            top += QFontMetricsF(font).height()
            self.texts.append(item)
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.selectable else Qt.CursorShape.ArrowCursor)
        self.setToolTip(f"{node.op}: {node.label}" if node.label else node.op)
        self.setZValue(1)
        self.set_marked(False)

    @staticmethod
    def lines(node: GraphNode, fonts: tuple[QFont, QFont]) -> list[tuple[str, QFont]]:
        """The op; the tensor's name (blank for a node that made none the code names); its shape; and where a
        backward pass is written by hand, what its lines compute for the node."""
        lines = [(node.op, fonts[0]), (node.label, fonts[1]), (shape_text(node.shape), fonts[1])]
        if node.gradients:
            lines.append(("→ " + ", ".join(node.gradients), fonts[1]))
        return lines

    @staticmethod
    def width_for(node: GraphNode, fonts: tuple[QFont, QFont]) -> float:
        return max(QFontMetricsF(font).horizontalAdvance(text) for text, font in _Box.lines(node, fonts)) + 2 * _Box.PAD

    @staticmethod
    def height_for(nodes: Sequence[GraphNode], fonts: tuple[QFont, QFont]) -> float:
        """As high as the node with the most lines: one height for all keeps the rows straight."""
        most = max(len(_Box.lines(node, fonts)) for node in nodes)
        return QFontMetricsF(fonts[0]).height() + (most - 1) * QFontMetricsF(fonts[1]).height() + 2 * _Box.PAD

    def set_marked(self, marked: bool) -> None:
        self.marked = marked
        theme = self.theme
        edge = theme.highlight if marked else (theme.palette[0] if self.leaf else theme.secondary)
        pen = QPen(QColor(edge), 3 if marked else 1.5)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(QBrush(QColor(theme.highlight if marked else theme.panel)))
        text = "#ffffff" if marked else (theme.foreground if self.selectable else theme.secondary)
        for item in self.texts:
            item.setBrush(QColor(text))


class _Edge(QGraphicsPathItem):
    """An edge from a node's left side to its next function's right side, through the layout's bends."""

    def __init__(self, points: list[QPointF], box_widths: tuple[float, float], theme: Theme):
        super().__init__()
        start, end = QPointF(points[0]), QPointF(points[-1])
        start.setX(start.x() - box_widths[0] / 2)
        end.setX(end.x() + box_widths[1] / 2)
        path = QPainterPath(start)
        for point in points[1:-1]:
            path.lineTo(point)
        path.lineTo(end)
        pen = QPen(QColor(theme.secondary), 1.5)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setPath(path)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        before = points[-2] if len(points) > 2 else start
        self.arrow = QGraphicsPolygonItem(_arrow_head(before, end), self)
        self.arrow.setBrush(QColor(theme.secondary))
        self.arrow.setPen(QPen(Qt.PenStyle.NoPen))


def _arrow_head(before: QPointF, tip: QPointF, size: float = 7.0) -> QPolygonF:
    dx, dy = tip.x() - before.x(), tip.y() - before.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    back = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    side = QPointF(-uy * size / 2, ux * size / 2)
    return QPolygonF([tip, back + side, back - side])

"""Inside this step: the named tensors of a step in code order, a heatmap of the one selected, and its graph.

The view takes values (names, shapes, statistics, arrays, nodes and where to draw
them) and knows nothing of how they were computed. Selecting a tensor (in the list, or
by clicking a node of the graph, or ``select``) shows it as a heatmap, marks its nodes
and emits ``tensor_selected``, so the window can mark the line of code that made it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol, cast

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .graph_view import GraphDrawing, GraphNode, GraphView, shape_text
from .heatmap import Heatmap
from .theme import DARK, Theme
from .words import QT_TRANSLATE_NOOP, number, translate

COLUMNS = ("Tensor", "Shape", "dtype", "min", "max", "mean", "norm")  # dtype, min, ...: torch's own words
SAID_COLUMNS = (QT_TRANSLATE_NOOP("InsideView", "Tensor"), QT_TRANSLATE_NOOP("InsideView", "Shape"))
MAX_PIXELS = 1024  # per side of a heatmap: a larger tensor is shown by a whole stride per axis
HEATMAP_LEAST = 16  # the heatmap's least width beside the list, in the list's average characters; else beside the graph
NAME_LEAST = 10  # the tensor's name's least width, in characters: "input_…weight", elided in the middle
HOVER_HINT = QT_TRANSLATE_NOOP("InsideView", "Point at a cell for its value")
KIND_WORDS = {"data": QT_TRANSLATE_NOOP("InsideView", "data"), "weight": QT_TRANSLATE_NOOP("InsideView", "weight"),
              "forward": QT_TRANSLATE_NOOP("InsideView", "forward pass"),
              "loss": QT_TRANSLATE_NOOP("InsideView", "loss"),
              "gradient": QT_TRANSLATE_NOOP("InsideView", "gradient")}  # what a tensor is, as a row's tooltip says


class TensorRow(Protocol):
    """What the view reads of a named tensor (``models.inside.NamedTensor`` has it)."""

    @property
    def name(self) -> str: ...
    @property
    def shape(self) -> tuple[int, ...]: ...
    @property
    def dtype(self) -> str: ...
    @property
    def values(self) -> np.ndarray: ...
    @property
    def min(self) -> float | None: ...
    @property
    def max(self) -> float | None: ...
    @property
    def mean(self) -> float | None: ...
    @property
    def norm(self) -> float | None: ...


class InsideView(QWidget):
    """The "Inside this step" panel: list, heatmap and graph, linked by one selection."""

    tensor_selected = Signal(str)

    def __init__(self, parent=None, theme: Theme = DARK):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("InsideView", name) for name in SAID_COLUMNS]
                                             + list(COLUMNS[len(SAID_COLUMNS):]))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "input_…weight" and "input_…bias" stay apart
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the name gives way instead
        self._fit_columns()
        self.table.setAccessibleName(translate("InsideView", "Tensors of this step, in the order the code computes "
                                                             "them"))
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.heatmap = Heatmap(theme=theme)
        self.heatmap.set_auto_levels(True)  # each tensor its own scale
        self.heatmap.setAccessibleName(translate("InsideView", "The selected tensor as a heatmap"))
        self.value = QLabel(translate("InsideView", HOVER_HINT))
        self.value.setAccessibleName(translate("InsideView", "Value under the mouse"))
        self.graph = GraphView(theme)
        self.graph.node_clicked.connect(self._node_clicked)
        self.graph_caption = QLabel()
        self.graph_caption.setWordWrap(True)
        picture = QWidget()
        picture_layout = QVBoxLayout(picture)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addWidget(self.heatmap, 1)
        picture_layout.addWidget(self.value)
        self.picture = picture
        self.upper = QSplitter(Qt.Orientation.Horizontal)  # the list of tensors, and the selected one's heatmap
        self.upper.addWidget(self.table)
        self.top = QSplitter(Qt.Orientation.Horizontal)  # the graph, and the heatmap where the list needs the width
        self.top.addWidget(self.graph)
        self.split = QSplitter(Qt.Orientation.Vertical)  # the graph above, the width it needs; the numbers below
        self.split.addWidget(self.top)
        self.split.addWidget(self.upper)
        self.upper.addWidget(picture)
        self.heatmap_by_list = True  # where the heatmap sits: beside the list, or beside the graph
        # Moved once the resizing is over: a widget moved while the application's style sheet polishes every
        # widget (a new look) crashes Qt.
        self._placing = QTimer(self, singleShot=True, interval=0)
        self._placing.timeout.connect(self._place_heatmap)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.graph_caption)  # the whole width: as few lines as it can
        layout.addWidget(self.split, 1)
        self.rows: list[TensorRow] = []
        self.nodes: dict[str, GraphNode] = {}
        self.selected: str | None = None
        self._drawn: GraphDrawing | None = None  # the graph drawn last
        self._shared_out = False
        self.apply_theme(theme)
        # The viewport's own moves, not pyqtgraph's sigMouseMoved, which drops moves closer than 10 ms apart
        # (its mouseRateLimit), the last one too: the value shown would be a cell the mouse has left.
        self.heatmap.viewport().setMouseTracking(True)
        self.heatmap.viewport().installEventFilter(self)

    def apply_theme(self, theme: Theme, font_pt: int = 10, least_pt: int | None = None) -> None:
        """``font_pt``: the heatmap's and the graph's text; ``least_pt`` (``font_pt`` if None): the list's, and the
        least the graph is shrunk to, so as to show more of it (the window's own text size, for its readers)."""
        self.theme, self.font_pt, self.least_pt = theme, font_pt, least_pt or font_pt
        self.heatmap.apply_theme(theme, font_pt)
        self.graph.apply_theme(theme, font_pt, self.least_pt)
        font = QFont(self.font())
        font.setPointSize(self.least_pt)  # a projector's six columns fit 1024 pixels at the window's text size
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(round(QFontMetricsF(font).height() * 1.5))
        self.graph_caption.setStyleSheet(f"color: {theme.secondary};")
        self.value.setStyleSheet(f"color: {theme.foreground};")
        if self.rows:
            self.table.setRowCount(0)  # the names' items made afresh, in the new size
            self._fill_table()
        self._placing.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shared_out:  # half the height for the graph; of the rest, three fifths for the list
            self._shared_out = True
            self.split.setSizes([self.height() // 2, self.height() // 2])
            self.upper.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])
        self._placing.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._placing.start()

    def list_least_width(self) -> int:
        """The width the list needs to show every column whole but the name, which gives way down to NAME_LEAST
        characters."""
        table, header = self.table, self.table.horizontalHeader()
        shown = [c for c in range(1, len(COLUMNS)) if not table.isColumnHidden(c)]
        numbers = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in shown)
        name = QFontMetricsF(self._name_font()).horizontalAdvance("0" * NAME_LEAST) + 2 * table.fontMetrics().height()
        return round(numbers + name) + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()

    def _place_heatmap(self) -> None:
        """The heatmap beside the list where the view is wide enough for both, else beside the graph: the list
        keeps its columns whole (a projector's 1024 pixels have room for the one or the other)."""
        average = self.table.fontMetrics().averageCharWidth()
        least = self.list_least_width()
        heatmap = max(HEATMAP_LEAST * average, self.picture.minimumSizeHint().width())  # its colour bar's, at least
        by_list, width = self.width() >= least + heatmap, max(self.width(), 1)
        if by_list != self.heatmap_by_list:
            self.heatmap_by_list = by_list
            (self.upper if by_list else self.top).addWidget(self.picture)
            if by_list:  # three fifths for the list
                self.upper.setSizes([width * 3 // 5, width * 2 // 5])
            else:  # the list the whole width; of the graph's row, two fifths for the heatmap
                self.top.setSizes([width * 3 // 5, width * 2 // 5])
        listed = self.upper.sizes()[0]
        if by_list and listed < least:  # never narrower than its columns need, however the splitter was dragged
            self.upper.setSizes([least, sum(self.upper.sizes()) - least])

    def _name_font(self) -> QFont:
        """The code's font, for a tensor's name as the code spells it."""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(self.least_pt)
        return font


    # What is shown

    def show_step(self, title: str, tensors: Sequence[TensorRow], graph: GraphDrawing | None = None,
                  graph_caption: str = "") -> None:
        """Show a step's tensors (in code order) and its graph, or ``graph_caption`` alone saying why there is none.

        The selection carries over by name, so stepping on keeps ``grad_w1`` shown (and says nothing:
        ``tensor_selected`` tells of a change); a new list starts at its first tensor.
        """
        kept = self.selected
        self.message.hide()
        self.title.setText(title)
        self.rows = list(tensors)
        self.nodes = {node.id: node for node in graph.nodes} if graph is not None else {}
        self._fill_table()
        self.table.setColumnHidden(COLUMNS.index("dtype"), len({row.dtype for row in self.rows}) <= 1)
        if graph is None or graph != self._drawn:  # a run's graph is the same at most steps: drawn once
            self.graph.show_graph(graph)
            self._drawn = graph
        else:
            self.graph.frame_whole()  # as a new step's graph is
        self.graph_caption.setText(graph_caption)
        names = [row.name for row in self.rows]
        chosen = kept if kept in names else (names[0] if names else "")
        self.selected = kept if chosen == kept else None  # said again only if it changes
        if not self.select(chosen):
            self.heatmap.reset()
            self.value.setText("")

    def show_message(self, title: str, text: str) -> None:
        """Say why a step's numbers cannot be shown; nothing of another step stays on show."""
        self.title.setText(title)
        self.message.setText(text)
        self.message.show()
        self.rows, self.nodes, self.selected = [], {}, None
        self._fill_table()
        self.heatmap.reset()
        self.value.setText("")
        self.graph.show_graph(None)
        self._drawn = None
        self.graph_caption.setText("")

    def select(self, name: str) -> bool:
        """Show tensor ``name``: its row, its heatmap, its nodes marked; ``tensor_selected`` tells. False if there
        is none of that name."""
        index = next((i for i, row in enumerate(self.rows) if row.name == name), None)
        if index is None:
            return False
        changed = name != self.selected
        self.selected = name
        if self.table.currentRow() != index:
            self.table.blockSignals(True)
            self.table.selectRow(index)
            self.table.blockSignals(False)
        first_cell = self.table.item(index, 0)
        if first_cell is not None:
            self.table.scrollToItem(first_cell)
        self._show_matrix(self.rows[index])
        self.graph.highlight({node_id for node_id, node in self.nodes.items() if name in node.names})
        if changed:
            self.tensor_selected.emit(name)
        return True

    def _fill_table(self) -> None:
        """The rows written with the columns fixed, then fitted to their contents once: fitted as each cell
        is set, a list of twenty tensors took a third of a millisecond a cell."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.blockSignals(True)
        listed = [self.table.item(index, 0) for index in range(self.table.rowCount())]
        same = [item.text() if item is not None else None for item in listed] == [row.name for row in self.rows]
        if not same:
            self.table.clearContents()
            self.table.setRowCount(len(self.rows))
        code_font = self._name_font()
        for index, row in enumerate(self.rows):
            cells = (row.name, shape_text(row.shape), row.dtype, *map(_number, (row.min, row.max, row.mean, row.norm)))
            for column, text in enumerate(cells):
                item = self.table.item(index, column) if same else None
                if item is not None:  # the same tensors as the step before: only numbers change
                    if item.text() != text:
                        item.setText(text)
                    continue
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setFont(code_font)
                    item.setToolTip(" · ".join([row.name, *_tooltip(row)]))
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        self._fit_columns()
        if not same:  # new names: the list may need another width
            self._placing.start()

    def _fit_columns(self) -> None:
        """Every column as wide as its contents, but the name's, which takes the rest (elided in the middle, the
        whole in its tooltip) so that shape, min, max, mean and norm are never cut."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.select(self.rows[rows[0].row()].name)

    def _node_clicked(self, node_id: str) -> None:
        node = self.nodes.get(node_id)
        if node is not None and node.selects:
            self.select(node.selects)

    def _show_matrix(self, row: TensorRow) -> None:
        matrix = as_matrix(row.values)
        rows, cols = matrix.shape
        shown = matrix[:: math.ceil(rows / MAX_PIXELS) or 1, :: math.ceil(cols / MAX_PIXELS) or 1]
        label = f"{row.name}  {shape_text(row.shape)} {row.dtype}"
        if label != self.heatmap.title.full_text:  # laid out again only when it changes
            self.heatmap.set_labels(label, "row", "column")
        self.heatmap.set_matrix(np.asarray(shown, dtype=np.float64), full_shape=(rows, cols))
        self.value.setText(translate("InsideView", HOVER_HINT))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.heatmap.viewport() and self.selected is not None:
            if event.type() == QEvent.Type.MouseMove:
                self._hover(self.heatmap.mapToScene(cast(QMouseEvent, event).position().toPoint()))
            elif event.type() == QEvent.Type.Leave:
                self.value.setText(translate("InsideView", HOVER_HINT))
        return super().eventFilter(watched, event)

    def _hover(self, scene_position) -> None:
        row = next((r for r in self.rows if r.name == self.selected), None)
        if row is None:
            return
        point = self.heatmap.view_box.mapSceneToView(scene_position)
        self.value.setText(value_text(row.name, row.values, point.y(), point.x()))


def as_matrix(values: np.ndarray) -> np.ndarray:
    """A tensor as rows and columns: a number as 1x1, a vector as one row, more dimensions by their first."""
    if values.ndim == 0:
        return values.reshape(1, 1)
    if values.ndim == 1:
        return values.reshape(1, -1)
    return values.reshape(values.shape[0], -1)


def value_text(name: str, values: np.ndarray, y: float, x: float) -> str:
    """``name[row, column] = value`` for the cell at (``y``, ``x``) of the heatmap, as the tensor indexes it."""
    matrix = as_matrix(values)
    row, column = math.floor(y), math.floor(x)
    if not (0 <= row < matrix.shape[0] and 0 <= column < matrix.shape[1]):
        return translate("InsideView", HOVER_HINT)
    value = str(matrix[row, column])  # numpy's shortest form in the tensor's own dtype: 0.2, not 0.2000000029802
    if values.ndim == 0:
        return f"{name} = {value}"
    if values.ndim == 1:
        return f"{name}[{column}] = {value}"
    index = np.unravel_index(row * matrix.shape[1] + column, values.shape)
    return f"{name}[{', '.join(map(str, index))}] = {value}"


def _number(value: float | None) -> str:
    return "" if value is None else number(value, 4)


def _tooltip(row: TensorRow) -> list[str]:
    """What a name's tooltip says after the name (whole there, where the list elides it): its pass and its lines."""
    kind = getattr(row, "kind", "")
    lines = getattr(row, "lines", ())
    said = [translate("InsideView", KIND_WORDS.get(kind, kind))] if kind else []
    if lines:
        which = translate("InsideView", "line {lines}") if len(lines) == 1 else translate("InsideView", "lines {lines}")
        said.append(which.format(lines=", ".join(map(str, lines))))
    return said

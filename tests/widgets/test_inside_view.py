"""The "Inside this step" view, driven through its list, its graph and the mouse: one selection links them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.colour import contrast_ratio
from widgets.inside_view import HOVER_HINT, InsideView, value_text
from widgets.theme import DARK, LIGHT


@dataclass(frozen=True)
class Row:
    name: str
    values: np.ndarray
    kind: str = "forward"
    lines: tuple[int, ...] = ()

    @property
    def shape(self):
        return self.values.shape

    @property
    def dtype(self):
        return str(self.values.dtype)

    min = property(lambda self: float(self.values.min()))
    max = property(lambda self: float(self.values.max()))
    mean = property(lambda self: float(self.values.mean()))
    norm = property(lambda self: float(np.linalg.norm(self.values)))


@dataclass(frozen=True)
class Box:
    id: str
    op: str
    shape: tuple | None
    label: str
    selects: str | None
    names: tuple[str, ...]
    gradients: tuple[str, ...] = ()


@dataclass(frozen=True)
class Drawing:
    nodes: tuple
    edges: tuple
    positions: dict
    routes: dict


ROWS = (Row("w", np.arange(-6.0, 6.0).reshape(3, 4), "weight", (3,)),
        Row("y_pred", np.linspace(-1, 1, 8, dtype=np.float32).reshape(2, 4), "forward", (5,)),
        Row("loss", np.array(2.5), "loss", (6,)),
        Row("w.grad", np.ones((3, 4)), "gradient", (7,)))
DRAWING = Drawing(
    nodes=(Box("n0", "SumBackward0", (), "loss", "loss", ("loss",)),
           Box("n1", "MmBackward0", (2, 4), "y_pred", "y_pred", ("y_pred",)),
           Box("n2", "TBackward0", (4, 3), "", None, ()),
           Box("n3", "AccumulateGrad", (3, 4), "w", "w.grad", ("w", "w.grad"), ("w.grad",))),
    edges=(("n0", "n1"), ("n1", "n2"), ("n2", "n3")),
    positions={"n0": (3, 0), "n1": (2, 0), "n2": (1, 0), "n3": (0, 0)},
    routes={("n0", "n1"): ((3, 0), (2, 0)), ("n1", "n2"): ((2, 0), (1, 0)), ("n2", "n3"): ((1, 0), (0, 0))},
)


@pytest.fixture
def view(qtbot):
    widget = InsideView()
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_step("Inside step 3", ROWS, DRAWING, "drawn by autograd")
    return widget


def click_row(qtbot, view, index):
    table = view.table
    table.scrollToItem(table.item(index, 0))
    rect = table.visualItemRect(table.item(index, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_list_shows_each_tensor_in_the_order_given_with_its_numbers(view):
    table = view.table
    assert [table.item(i, 0).text() for i in range(table.rowCount())] == ["w", "y_pred", "loss", "w.grad"]
    assert [table.item(1, c).text() for c in range(table.columnCount())] == ["y_pred", "(2, 4)", "float32", "-1", "1",
                                                                            "0", "1.852"]
    assert table.item(0, 0).toolTip() == "w · weight · line 3"  # the name whole first: the list may elide it


def test_clicking_a_row_shows_its_heatmap_marks_its_node_and_says_so(qtbot, view):
    with qtbot.waitSignal(view.tensor_selected) as selected:
        click_row(qtbot, view, 1)
    assert selected.args == ["y_pred"] and view.selected == "y_pred"
    np.testing.assert_array_equal(view.heatmap.matrix, ROWS[1].values)
    assert view.graph.highlighted == {"n1"}
    assert view.heatmap.title.full_text.startswith("y_pred")


def test_clicking_a_node_selects_its_tensor_and_a_node_without_one_selects_nothing(qtbot, view):
    with qtbot.waitSignal(view.tensor_selected) as selected:
        qtbot.mouseClick(view.graph.viewport(), Qt.MouseButton.LeftButton, pos=view.graph.box_centre("n3"))
    assert selected.args == ["w.grad"]
    assert view.table.currentRow() == 3 and view.graph.highlighted == {"n3"}
    with qtbot.assertNotEmitted(view.tensor_selected):
        qtbot.mouseClick(view.graph.viewport(), Qt.MouseButton.LeftButton, pos=view.graph.box_centre("n2"))
    assert view.selected == "w.grad"


def test_each_box_says_its_op_tensor_shape_and_what_a_hand_written_backward_computes_for_it(view):
    said = {node_id: [text.text() for text in box.texts] for node_id, box in view.graph.boxes.items()}
    assert said["n1"] == ["MmBackward0", "y_pred", "(2, 4)"]
    assert said["n2"] == ["TBackward0", "", "(4, 3)"]
    assert said["n3"] == ["AccumulateGrad", "w", "(3, 4)", "→ w.grad"]


def test_a_weight_and_its_gradient_both_mark_the_node_that_accumulates(view):
    assert view.select("w") and view.graph.highlighted == {"n3"}
    assert view.graph.boxes["n3"].marked and not view.graph.boxes["n1"].marked
    assert not view.select("nothing")


def move_mouse(widget, point) -> None:
    """A mouse move event sent to ``widget`` (QTest's own may be dropped offscreen when sent twice in a row)."""
    point = QPointF(point)
    event = QMouseEvent(QEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_the_whole_graph_is_framed_and_ctrl_wheel_zooms_until_the_next_step(qtbot, view):
    graph = view.graph
    assert graph.viewport().rect().contains(graph.mapFromScene(graph.sceneRect()).boundingRect())
    before = graph.transform().m11()
    wheel = QWheelEvent(QPointF(50, 50), QPointF(graph.mapToGlobal(QPoint(50, 50))), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(graph.viewport(), wheel)
    assert graph.transform().m11() == pytest.approx(before * 1.15)
    width = graph.viewport().width()
    view.resize(view.width() - 40, view.height())  # a zoom chosen stays while the window changes
    qtbot.wait_until(lambda: graph.viewport().width() != width, timeout=2000)
    assert graph.transform().m11() == pytest.approx(before * 1.15)
    view.show_step("Inside step 4", ROWS, Drawing(DRAWING.nodes, DRAWING.edges, DRAWING.positions, DRAWING.routes))
    assert graph.transform().m11() == pytest.approx(before)


def test_the_value_under_the_mouse_is_the_cell_pointed_at(qtbot, view):
    view.select("w")
    box = view.heatmap.view_box
    qtbot.wait_until(lambda: box.width() > 0, timeout=2000)
    move_mouse(view.heatmap.viewport(), view.heatmap.mapFromScene(box.mapViewToScene(QPointF(2.5, 1.5))))
    assert view.value.text() == "w[1, 2] = 0.0"  # column 2, row 1 of arange(-6, 6)
    move_mouse(view.heatmap.viewport(), QPoint(2, 2))  # off the matrix
    assert view.value.text() == HOVER_HINT


def test_values_are_said_as_the_tensor_indexes_them():
    assert value_text("loss", np.array(2.5, dtype=np.float32), 0.2, 0.7) == "loss = 2.5"
    assert value_text("b", np.array([0.1, 0.2], dtype=np.float32), 0.5, 1.5) == "b[1] = 0.2"
    assert value_text("t", np.arange(24.0).reshape(2, 3, 4), 1.5, 5.5) == "t[1, 1, 1] = 17.0"
    assert value_text("w", np.ones((2, 2)), 2.5, 0.5) == HOVER_HINT


def test_the_selection_carries_over_to_the_next_step_by_name(qtbot, view):
    view.select("w.grad")
    later = tuple(Row(row.name, row.values * 2, row.kind) for row in ROWS)
    with qtbot.assertNotEmitted(view.tensor_selected):
        view.show_step("Inside step 4", later, DRAWING)
    assert view.selected == "w.grad" and view.table.currentRow() == 3
    np.testing.assert_array_equal(view.heatmap.matrix, later[3].values)


def test_a_step_that_cannot_be_shown_says_why_and_shows_nothing_of_another(view):
    view.show_message("Step 40", "Step 40's numbers cannot be shown: the code keeps something between steps.")
    assert view.message.isVisible() and "cannot be shown" in view.message.text()
    assert view.table.rowCount() == 0 and view.heatmap.matrix is None and not view.graph.boxes
    assert view.selected is None


@pytest.mark.parametrize("theme", [DARK, LIGHT])
def test_both_themes_colour_the_graph_and_its_text_reads(view, theme):
    view.apply_theme(theme)
    assert view.graph.backgroundBrush().color() == QColor(theme.background)
    view.select("y_pred")
    for box in view.graph.boxes.values():
        fill = box.brush().color()
        for text in box.texts:
            assert contrast_ratio(text.brush().color(), fill) >= 4.5, (box.node_id, theme.name)
        assert contrast_ratio(box.pen().color(), QColor(theme.background)) >= 3, (box.node_id, theme.name)
    assert view.graph.boxes["n1"].brush().color() == QColor(theme.highlight)

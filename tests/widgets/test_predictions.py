"""Drawing predictions on the loss plot with a mouse, a finger and a pen, in the plot's own
coordinates on log and linear axes; naming, colouring, redrawing and removing them; their
scores in the legend and in a table."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from tests.widgets.test_envelope import distance_to_line
from widgets.loss_plot import LossPlot
from widgets.predictions import NAME_LENGTH, DrawnPrediction, PredictionPanel, ScoreRow, ScoreTable
from widgets.theme import DARK, LIGHT

STEPS = 500


@pytest.fixture(params=["log", "linear"])
def scale(request):
    return request.param


@pytest.fixture
def window(qtbot):
    """The plot and the panel side by side in one window, as the app lays them out."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    plot = LossPlot(theme=DARK)
    layout.addWidget(plot, 3)
    panel = PredictionPanel(plot)
    layout.addWidget(panel, 1)
    window.resize(1100, 500)
    window.show()
    qtbot.waitExposed(window)
    return window, plot, panel  # qtbot holds the window weakly: the fixture keeps it


@pytest.fixture
def plot(window, scale):
    plot = window[1]
    plot.set_log_scale(scale == "log")
    plot.set_run_length(STEPS)
    plot.expect_losses(1e-6, 1e3) if scale == "log" else plot.expect_losses(0, 1000)
    QApplication.processEvents()
    return plot


@pytest.fixture
def panel(window, plot):
    panel = window[2]
    panel.set_drawing(True)
    return panel


def pixel(plot: LossPlot, step: float, loss: float) -> QPoint:
    """The viewport pixel where (step, loss) is drawn."""
    y = np.log10(loss) if plot.log_scale else loss
    return plot.mapFromScene(plot.view_box.mapViewToScene(QPointF(step, y)))


def assert_under(plot: LossPlot, drawn: tuple[float, float], target: tuple[float, float]) -> None:
    """A drawn point is the target, to within the pixel the pointer was rounded to."""
    (x0, x1), (y0, y1) = plot.view_box.viewRange()
    box = plot.view_box.boundingRect()
    per_pixel = (x1 - x0) / box.width(), (y1 - y0) / box.height()
    assert abs(drawn[0] - target[0]) <= per_pixel[0]
    to_y = np.log10 if plot.log_scale else (lambda v: v)
    assert abs(to_y(drawn[1]) - to_y(target[1])) <= per_pixel[1]


def points(panel: PredictionPanel, index: int = -1) -> list[tuple[float, float]]:
    prediction = panel.predictions()[index]
    return list(zip(prediction.steps.tolist(), prediction.losses.tolist()))


# A stroke of (step, loss) targets, as a class might draw the loss falling
STROKE = {"log": [(0, 500.0), (100, 10.0), (250, 1.0), (480, 1e-4)],
          "linear": [(0, 700.0), (100, 300.0), (250, 50.0), (480, 5.0)]}


def mouse_stroke(plot, targets, button=Qt.MouseButton.LeftButton):
    viewport = plot.viewport()
    QTest.mousePress(viewport, button, Qt.KeyboardModifier.NoModifier, pixel(plot, *targets[0]))
    for target in targets[1:]:
        QTest.mouseMove(viewport, pixel(plot, *target))
    QTest.mouseRelease(viewport, button, Qt.KeyboardModifier.NoModifier, pixel(plot, *targets[-1]))


def touch_stroke(plot, targets):
    viewport, device = plot.viewport(), QTest.createTouchDevice()
    QTest.touchEvent(viewport, device).press(0, pixel(plot, *targets[0]), viewport).commit()
    for target in targets[1:]:
        QTest.touchEvent(viewport, device).move(0, pixel(plot, *target), viewport).commit()
    QTest.touchEvent(viewport, device).release(0, pixel(plot, *targets[-1]), viewport).commit()


PEN = QPointingDevice("pen", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                      QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 2)


def pen_stroke(plot, targets):
    viewport = plot.viewport()
    kinds = [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * (len(targets) - 1) + [QEvent.Type.TabletRelease]
    for kind, target in zip(kinds, [*targets, targets[-1]]):
        at = QPointF(pixel(plot, *target))
        down = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
        event = QTabletEvent(kind, PEN, at, QPointF(viewport.mapToGlobal(at)), 0.5, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, down)
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()  # taken: Qt makes no mouse events of it


@pytest.mark.parametrize("stroke", [mouse_stroke, touch_stroke, pen_stroke], ids=["mouse", "touch", "pen"])
def test_a_stroke_lands_at_the_plot_coordinates_under_the_pointer(plot, panel, scale, stroke):
    changes = []
    panel.changed.connect(lambda: changes.append(1))
    targets = STROKE[scale]
    stroke(plot, targets)
    drawn = points(panel)
    assert len(drawn) == len(targets)
    for point, target in zip(drawn, targets):
        assert_under(plot, point, target)
    assert changes  # the app hears of every stroke
    assert plot.predictions[next(iter(panel.rows))].item.path().elementCount() == len(targets)


def test_a_stroke_a_pixel_at_a_time_is_kept_as_the_few_points_that_draw_it(plot, panel, scale):
    """A mouse moves a whole pixel at a time: a straight line in the plot keeps its two ends, a bend
    its corner, and every pixel the pointer passed lies within a pixel of what is kept."""
    start, corner, end = pixel(plot, *STROKE[scale][0]), pixel(plot, *STROKE[scale][1]), pixel(plot, *STROKE[scale][3])
    path = [start + (corner - start) * (i / 60) for i in range(61)] + \
        [corner + (end - corner) * (i / 200) for i in range(1, 201)]
    viewport = plot.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, path[0])
    for at in path[1:]:
        QTest.mouseMove(viewport, at)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, path[-1])
    kept = np.array([[pixel(plot, *point).x(), pixel(plot, *point).y()] for point in points(panel)], dtype=float)
    assert len(kept) <= 6
    assert all(distance_to_line(np.array([at.x(), at.y()], dtype=float), kept) <= 1.5 for at in path)  # and rounding


def test_a_loaded_prediction_of_many_points_is_drawn_with_few_and_scored_with_all(plot, panel, scale):
    steps = np.linspace(0, 499, 10_000)
    losses = 500 * np.exp(-steps / 100) + 1  # smooth: a few dozen points draw it to within half a pixel
    panel.load([DrawnPrediction("Team A", 0, steps, losses)])
    (key,) = panel.rows
    assert len(panel.predictions()[0].steps) == 10_000
    assert plot.predictions[key].item.path().elementCount() < 100


def test_a_second_finger_on_the_board_is_ignored(plot, panel, scale):
    viewport, device = plot.viewport(), QTest.createTouchDevice()
    first, second = STROKE[scale][0], STROKE[scale][2]
    QTest.touchEvent(viewport, device).press(0, pixel(plot, *first), viewport).commit()
    QTest.touchEvent(viewport, device).stationary(0).press(1, pixel(plot, *second), viewport).commit()
    QTest.touchEvent(viewport, device).release(0, pixel(plot, *first), viewport).release(
        1, pixel(plot, *second), viewport).commit()
    (only,) = points(panel)
    assert_under(plot, only, first)


def test_moving_back_rubs_out_and_a_second_stroke_mends_only_its_own_steps(plot, panel, scale):
    targets = STROKE[scale]
    mouse_stroke(plot, [targets[0], targets[1], targets[3], targets[2]])  # back from 480 to 250: 480 rubbed out
    assert [round(step, -1) for step, _ in points(panel)] == [0, 100, 250]
    mend = (170, targets[2][1]), (300, targets[3][1])
    mouse_stroke(plot, list(mend))
    kept = [round(step, -1) for step, _ in points(panel)]
    assert kept == [0, 100, 170, 300]  # 250 lay between the mend's ends: replaced


def test_the_pointer_is_held_to_the_runs_steps_and_the_plots_height(plot, panel, scale):
    viewport = plot.viewport()
    corner = QPoint(viewport.width() + 300, viewport.height() + 300)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    QTest.mouseMove(viewport, QPoint(-300, -300))  # dragged out past the top left, then the bottom right
    QTest.mouseMove(viewport, corner)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    low, high = plot.y_scale.bounds()
    (first, top), (last, bottom) = points(panel)
    assert first == 0 and last == STEPS - 1
    assert top == pytest.approx(high) and bottom == pytest.approx(max(low, 0.0))
    assert scale == "log" or bottom == 0  # on a linear axis, a loss is never below 0


def test_below_zero_on_a_panned_linear_axis_the_loss_is_zero(window):
    _, plot, panel = window
    plot.set_log_scale(False)
    plot.set_run_length(STEPS)
    panel.set_drawing(True)
    plot.view_box.setYRange(-200, 800, padding=0)
    mouse_stroke(plot, [(100, -100.0), (200, 100.0)])
    (_, low), (_, high) = points(panel)
    assert low == 0 and high == pytest.approx(100, abs=5)


def test_the_axes_stand_still_while_drawing(plot, panel, scale):
    ranges = plot.view_box.viewRange()
    mouse_stroke(plot, STROKE[scale])
    assert plot.view_box.viewRange() == ranges


def test_without_predict_mode_the_pointer_pans_and_reframes_as_before(plot, panel, scale):
    panel.set_drawing(False)
    before = plot.view_box.viewRange()
    mouse_stroke(plot, STROKE[scale][:2])
    assert panel.predictions() == [] and plot.view_box.viewRange() != before and not plot.following
    QTest.mouseDClick(plot.viewport(), Qt.MouseButton.LeftButton)
    assert plot.following


def test_the_plot_takes_touches_only_while_drawing(plot, panel):
    """The sketcher's filter sits on the viewport only in predict mode (no Python in the live views' paints)."""
    viewport = plot.viewport()
    panel.set_drawing(True)
    assert viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    panel.set_drawing(False)
    assert not viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)


def test_the_right_button_does_not_draw(plot, panel, scale):
    mouse_stroke(plot, STROKE[scale][:2], Qt.MouseButton.RightButton)
    assert panel.predictions() == []


def test_a_double_click_while_drawing_draws_and_does_not_reframe(plot, panel, scale):
    plot.following = False
    QTest.mouseDClick(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      pixel(plot, *STROKE[scale][1]))
    assert not plot.following and len(points(panel)) == 1


def test_predictions_are_named_guess_1_2_or_typed(qtbot, plot, panel):
    mouse_stroke(plot, STROKE["log" if plot.log_scale else "linear"])
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert [row.name for row in panel.rows.values()] == ["Guess 1", "Guess 2"]
    edit = list(panel.rows.values())[1].name_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "  Team   B ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert list(panel.rows.values())[1].name == "Team B"
    edit.selectAll()
    qtbot.keyClicks(edit, "Guess 1")  # another's name: refused, the name stays
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert list(panel.rows.values())[1].name == "Team B" and edit.text() == "Team B"
    assert "Another prediction is called Guess 1" in panel.hint.text()
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # empty: the name stays
    assert edit.text() == "Team B" and edit.maxLength() == NAME_LENGTH == 40
    first = next(iter(panel.rows.values()))
    qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert [row.name for row in panel.rows.values()] == ["Team B", "Guess 1"]  # the lowest number free


def test_a_narrow_row_shows_the_name_whole_and_puts_its_buttons_under_it(qtbot, window):
    """In presentation mode at 1024x768 the name field had room for three characters beside Redraw and Remove
    ("m 0" of "Team 0"): without room for the name beside them, the buttons go under it, and back beside it
    where there is room again."""
    whole_window, _plot, panel = window
    large = whole_window.font()
    large.setPointSize(20)
    whole_window.setFont(large)
    whole_window.resize(800, 500)
    row = panel.rows[panel.add("Team 0")]

    def beside() -> bool:
        remove_y = row.remove.mapTo(row, row.remove.rect().center()).y()
        return abs(remove_y - row.name_edit.geometry().center().y()) < 2

    qtbot.waitUntil(lambda: not beside())
    assert row.name_edit.width() > row.name_edit.fontMetrics().horizontalAdvance("Team 0 ")
    right_edge = row.remove.mapTo(panel, row.remove.rect().topRight()).x()
    assert right_edge <= panel.width()  # Remove shown whole
    whole_window.setFont(QApplication.font())
    whole_window.resize(2000, 500)
    qtbot.waitUntil(beside)


def test_a_name_given_is_one_line_within_the_length_and_never_anothers(plot, panel):
    panel.add("  Team \t A ")
    panel.add("Team A")
    panel.add("x" * 60)
    # Guess 1 was made when predicting began; the second Team A is refused its name
    assert [row.name for row in panel.rows.values()] == ["Guess 1", "Team A", "Guess 2", "x" * NAME_LENGTH]
    assert [row.name_edit.text() for row in panel.rows.values()] == [row.name for row in panel.rows.values()]


def test_each_prediction_takes_a_palette_colour_no_other_curve_shows(plot, panel):
    plot.set_losses(np.geomspace(500, 1, STEPS))
    plot.keep(LossPlot.LIVE, "past", "a past run")  # slot 0
    plot.set_losses(np.geomspace(400, 1, STEPS))
    for _ in range(5):
        panel.add()
    slots = [plot.predictions[key].slot for key in panel.rows]
    assert len(set(slots)) == 6 and plot.past_runs["past"].slot not in slots
    assert all(plot.predictions[key].color in DARK.palette and plot.predictions[key].color != DARK.curve
               for key in panel.rows)
    panel.add()
    assert panel.add() is None and not panel.new_button.isEnabled()  # seven: one a colour
    plot.apply_theme(LIGHT)
    assert [plot.predictions[key].color for key in panel.rows] == [LIGHT.palette[slot] for slot in slots + [
        plot.predictions[list(panel.rows)[-1]].slot]]


def test_predictions_lie_under_the_live_curve_and_over_past_runs_and_outlast_a_reset(plot, panel, scale):
    mouse_stroke(plot, STROKE[scale])
    plot.set_losses(np.geomspace(500, 1, 50))
    plot.keep(LossPlot.LIVE, "past", "a past run")
    plot.set_losses(np.geomspace(400, 1, 50))
    (key,) = panel.rows
    heights = (plot.past_runs["past"].item, plot.predictions[key].item, plot.curves["live"].item)
    assert heights[0].zValue() < heights[1].zValue() < heights[2].zValue()
    plot.reset(STEPS)
    assert len(points(panel)) == len(STROKE[scale])
    assert plot.legend.full_labels == ["Guess 1", "a past run"]


def test_redraw_rubs_out_and_remove_takes_the_curve_and_its_legend_entry(qtbot, plot, panel, scale):
    mouse_stroke(plot, STROKE[scale])
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    mouse_stroke(plot, STROKE[scale][:2])
    first, second = panel.rows.values()
    assert plot.legend.full_labels == ["Guess 1", "Guess 2"]
    qtbot.mouseClick(first.redraw, Qt.MouseButton.LeftButton)
    assert [p.name for p in panel.predictions()] == ["Guess 2"] and plot.legend.full_labels == ["Guess 2"]
    mouse_stroke(plot, STROKE[scale][2:])  # Redraw chose it: the next stroke draws it
    assert [p.name for p in panel.predictions()] == ["Guess 1", "Guess 2"]
    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    assert list(panel.rows) == [first.key] and second.key not in plot.predictions
    assert plot.legend.full_labels == ["Guess 1"]
    qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    mouse_stroke(plot, STROKE[scale])  # nothing left to draw: the plot pans
    assert panel.predictions() == [] and not plot.following


def test_clicking_a_rows_button_chooses_what_the_pointer_draws(qtbot, plot, panel, scale):
    panel.add()
    first, second = panel.rows.values()
    qtbot.mouseClick(first.chosen, Qt.MouseButton.LeftButton)
    mouse_stroke(plot, STROKE[scale])
    assert [p.name for p in panel.predictions()] == ["Guess 1"]
    second.chosen.setFocus()
    qtbot.keyClick(second.chosen, Qt.Key.Key_Space)
    mouse_stroke(plot, STROKE[scale][:2])
    assert [p.name for p in panel.predictions()] == ["Guess 1", "Guess 2"]


def test_locked_at_start_nothing_changes_until_unlocked(qtbot, plot, panel, scale):
    mouse_stroke(plot, STROKE[scale])
    panel.set_locked(True)
    row = next(iter(panel.rows.values()))
    assert not any(w.isEnabled() for w in (row.redraw, row.remove, panel.new_button)) and row.name_edit.isReadOnly()
    mouse_stroke(plot, STROKE[scale][:2])  # the pointer pans again
    assert len(points(panel)) == len(STROKE[scale])
    panel.redraw(row.key)
    panel.remove(row.key)
    assert panel.add() is None and len(panel.predictions()) == 1
    panel.set_locked(False)
    assert row.redraw.isEnabled() and not row.name_edit.isReadOnly()
    mouse_stroke(plot, STROKE[scale][:2])
    assert len(points(panel)) == 4  # a stroke over the first two steps replaced those two, and kept the rest


def test_scores_go_beside_the_names_in_the_legend(plot, panel, scale):
    mouse_stroke(plot, STROKE[scale])
    panel.show_scores({"Guess 1": "0.42 decades"})
    assert plot.legend.full_labels == ["Guess 1: 0.42 decades"]
    panel.show_scores({})
    assert plot.legend.full_labels == ["Guess 1"]
    panel.show_scores({"Guess 1": "0.42 decades"})
    panel.redraw(next(iter(panel.rows)))  # rubbed out: its score goes with it
    mouse_stroke(plot, STROKE[scale])
    assert plot.legend.full_labels == ["Guess 1"]


def test_loaded_predictions_replace_the_drawn_ones_and_widen_the_axes(plot, panel):
    mouse_stroke(plot, STROKE["log" if plot.log_scale else "linear"])
    loaded = [DrawnPrediction("Team A", 3, np.array([0.0, 499.0]), np.array([5e4, 2e3])),
              DrawnPrediction("Team B", 5, np.array([0.0, 250.0]), np.array([900.0, 300.0]))]
    panel.load(loaded)
    assert [(p.name, p.slot) for p in panel.predictions()] == [("Team A", 3), ("Team B", 5)]
    assert plot.y_scale.bounds()[1] >= 5e4
    assert [plot.predictions[key].color for key in panel.rows] == [DARK.palette[3], DARK.palette[5]]


def test_the_score_table_ranks_with_swatches_and_hides_when_empty(qtbot, plot):
    table = ScoreTable(plot)
    qtbot.addWidget(table)
    table.show()
    table.show_scores("Closest: Team B (off by 0.3 decades on average)", [
        ScoreRow(1, "Team B", 2, "0.3 decades", ""),
        ScoreRow(2, "Team A", 0, "1.2 decades", "0–290"),
        ScoreRow(None, "Late", 1, "not scored", "none")])
    assert table.text().splitlines() == [
        "Closest: Team B (off by 0.3 decades on average)",
        "1  Team B  0.3 decades  all",
        "2  Team A  1.2 decades  0–290",
        "–  Late  not scored  none"]
    icon = table.table.item(0, 1).icon().pixmap(table.table.iconSize()).toImage()
    middle = icon.pixelColor(3, icon.height() // 2)
    assert middle.name() == DARK.palette[2]
    plot.apply_theme(LIGHT)  # the swatches follow the theme
    icon = table.table.item(0, 1).icon().pixmap(table.table.iconSize()).toImage()
    assert icon.pixelColor(3, icon.height() // 2).name() == LIGHT.palette[2]
    table.show_scores("", [])
    assert not table.isVisible()


def test_a_prediction_never_drawn_goes_at_start(qtbot, plot, panel, scale):
    mouse_stroke(plot, STROKE[scale])
    panel.add("Team B")
    with qtbot.waitSignal(panel.changed):
        panel.set_locked(True)
    assert [row.name for row in panel.rows.values()] == ["Guess 1"]

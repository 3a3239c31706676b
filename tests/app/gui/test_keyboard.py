"""The window by keyboard alone: a whole lesson with key events only, Tab in the order of the screen,
the legend and the editor without a mouse."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QTabBar, QWidget

from tests.texts import cut, plot_texts
from widgets.race_dialog import RaceDialog

Key, Mod = Qt.Key, Qt.KeyboardModifier
MOST_TABS = 80  # more stops than the window has: a Tab walk that finds nothing in these is lost
LINE = 12  # pixels: controls whose centres lie this close share a line of the screen


def spoken(widget: QWidget | None) -> str:
    """A control's name as a screen reader says it."""
    interface = QAccessible.queryAccessibleInterface(widget) if widget is not None else None
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def tab_to(ui, name: str, backwards: bool = False) -> QWidget:
    """Tab (or Shift+Tab) until the control called ``name`` has the focus, as a screen reader names it."""
    for _ in range(MOST_TABS):
        focused = ui.focused
        if focused is not None and spoken(focused) == name:
            return focused
        ui.key(Key.Key_Backtab if backwards else Key.Key_Tab, Mod.ShiftModifier if backwards else Mod.NoModifier)
    raise AssertionError(f"Tab never reached {name!r}")


def in_dialog(qtbot, kind, keys) -> list:
    """Once a dialog of ``kind`` is open (modal: its own event loop), do ``keys(dialog)``; rejected if they
    fail, so a test never hangs. The list holds what went wrong."""
    failures = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            return
        timer.stop()
        try:
            dialog.activateWindow()  # as a desktop makes a new dialog active
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and QApplication.focusWidget() is not None)
            keys(dialog)
        except Exception as error:  # noqa: BLE001 - told by the test, after the dialog is closed
            failures.append(error)
            dialog.reject()

    timer = QTimer(interval=20)
    timer.timeout.connect(poll)
    timer.start()
    failures.append(timer)  # kept alive while the dialog is open
    return failures


def faults(failures: list) -> list:
    return [failure for failure in failures if isinstance(failure, Exception)]


def test_a_whole_lesson_by_keyboard_alone(make_window, qtbot, tmp_path):
    ui = make_window()
    ui.remember_folder(tmp_path)  # where the file dialog opens, as the last save left it
    ui.focus_plots()

    ui.key(Key.Key_7)  # dynamic
    assert ui.controls.values()["variant"] == "dynamic"
    for name, text in (("Seed", "7"), ("Learning rate", "1e-4"), ("Steps", "60")):
        tab_to(ui, name)
        ui.key(Key.Key_A, Mod.ControlModifier)
        ui.type_text(text)
        ui.key(Key.Key_Tab)
    values = ui.controls.values()
    assert (values["seed"], values["lr"], values["steps"]) == (7, 1e-4, 60)

    tab_to(ui, "Start")
    ui.key(Key.Key_Space)  # the focused button takes Space
    qtbot.waitUntil(lambda: ui.steps_done >= 20, timeout=30_000)
    ui.key(Key.Key_Space)  # Start gave the focus on as it went grey: Pause, or the window's Space
    qtbot.waitUntil(ui.holding, timeout=10_000)
    paused_at = ui.steps_done

    tab_to(ui, "Rewind to step")
    for _ in range(10):
        ui.key(Key.Key_Left)
    assert ui.replaying == paused_at - 1 - 10

    ui.key(Key.Key_T)
    ui.key(Key.Key_P)
    assert ui.theme == "light" and ui.look.presentation

    ui.key(Key.Key_Escape)  # stop the paused run: a race starts from no run
    qtbot.waitUntil(lambda: not ui.controller.active, timeout=10_000)

    def race(dialog: RaceDialog) -> None:
        tab_to(ui, "tensors: PyTorch Tensors")
        ui.key(Key.Key_Space)  # off
        tab_to(ui, "optim: PyTorch: optim")
        ui.key(Key.Key_Space)  # on
        ui.key(Key.Key_Return)  # Start race, the dialog's default

    failures = in_dialog(qtbot, RaceDialog, race)
    ui.key(Key.Key_R, Mod.ControlModifier)
    assert not faults(failures)
    assert [lane.config.variant for lane in ui.trainer.lanes] == ["numpy", "autograd", "optim"]
    ui.run_to_end()
    ui.reactivate()

    def export(dialog: QFileDialog) -> None:
        ui.key(Key.Key_A, Mod.ControlModifier)  # the name proposed, replaced
        ui.type_text("lesson.csv")
        ui.key(Key.Key_Return)

    failures = in_dialog(qtbot, QFileDialog, export)
    ui.key(Key.Key_E, Mod.ControlModifier)
    assert not faults(failures)
    ui.reactivate()
    assert sorted(path.name for path in tmp_path.glob("lesson-*.csv")) == \
        ["lesson-autograd.csv", "lesson-numpy.csv", "lesson-optim.csv"]

    ui.key(Key.Key_Q, Mod.ControlModifier)
    qtbot.waitUntil(lambda: not ui.window.isVisible(), timeout=5_000)


def place(ui, widget: QWidget) -> tuple[int, QRect]:
    """A control's column of the window (controls, plots, code) and its rectangle in the window."""
    rect = QRect(widget.mapTo(ui.window, widget.rect().topLeft()), widget.size())
    return sum(rect.center().x() > edge for edge in ui.column_edges()), rect


def read_after(ui, first: QWidget, second: QWidget) -> bool:
    """Whether a reader meets ``second`` after ``first``: a later column, or in the same one further down,
    or on the same line further right."""
    (column_a, a), (column_b, b) = place(ui, first), place(ui, second)
    if column_a != column_b:
        return column_b > column_a
    if abs(a.center().y() - b.center().y()) <= LINE:
        return b.center().x() > a.center().x()
    return b.center().y() > a.center().y()


# The code beside the plots, or a tab below them with the weights or the code in front
@pytest.mark.parametrize(("size", "code_in_front"), [((1600, 960), False), ((1024, 768), False), ((1024, 768), True)])
def test_tab_follows_the_screen(ui, qtbot, size, code_in_front):
    ui.window.resize(*size)
    qtbot.waitUntil(lambda: ui.code_beside == (size[0] > 1200))
    ui.finish("dynamic", steps=20)  # the timeline and the depth trace take part
    if code_in_front:
        ui.bring_to_front(ui.code_view)
    ui.focus_plots()
    ui.key(Key.Key_Tab)
    first = ui.focused
    visited = []
    for _ in range(MOST_TABS):
        widget = ui.focused
        visited.append(widget)
        ui.key(Key.Key_Tab)
        if ui.focused is first:
            break
    assert ui.focused is first, "Tab comes round again"
    names = [spoken(widget) for widget in visited]
    for (a, b), pair in zip(zip(visited, visited[1:]), zip(names, names[1:])):
        assert read_after(ui, a, b), pair
    for expected in ("Notebook defaults", "Seed", "Learning rate", "Pace", "Start", "Clear past runs", "Log scale",
                     "Loss at each step", "Rewind to step"):
        assert expected in names
    code_shown = ui.code_beside or code_in_front
    assert ("Edit code (E)" in names) == code_shown
    assert any(isinstance(widget, QTabBar) for widget in visited) == (not ui.code_beside)  # the tabs, where they are


def test_shift_tab_goes_back_the_same_way(ui):
    ui.focus_plots()
    tab_to(ui, "Learning rate")
    ui.key(Key.Key_Backtab, Mod.ShiftModifier)
    assert spoken(ui.focused) == "New random seed"



def test_tab_reaches_the_heatmaps_choice_at_the_one_chosen_and_the_arrows_choose(ui):
    """Tab stopped at "Weights" while "Change since step 0" was chosen, and a screen reader said "not checked"."""
    ui.finish("autograd", steps=5)
    ui.focus_plots()
    change = tab_to(ui, "Change since step 0")
    assert change.isChecked()
    ui.key(Key.Key_Backtab, Mod.ShiftModifier)
    assert spoken(ui.focused) != "Weights", "a choice not made is not a Tab stop"
    ui.key(Key.Key_Tab)
    ui.key(Key.Key_Right)  # the next to the right, in a row
    assert spoken(ui.focused) == "Gradient of this step" and ui.view_button("gradient").isChecked()
    ui.key(Key.Key_Tab)
    assert spoken(ui.focused) == "Auto levels"
    ui.key(Key.Key_Backtab, Mod.ShiftModifier)
    assert spoken(ui.focused) == "Gradient of this step", "Tab comes back to the choice made"


def test_the_focused_control_keeps_the_keys_it_uses(ui):
    ui.focus_plots()
    pace = tab_to(ui, "Pace")
    before = pace.value()
    ui.key(Key.Key_Right)  # moves the pace, not a Step
    assert pace.value() == before + 1 and ui.steps_done == 0
    log_scale = tab_to(ui, "Log scale")
    ui.key(Key.Key_Space)  # toggles the box, not Start
    assert not log_scale.isChecked() and not ui.controller.active


def test_the_editor_lets_tab_indent_and_ctrl_tab_leave(ui):
    ui.focus_plots()
    editor = ui.editor
    ui.key(Key.Key_E)  # Edit code
    assert ui.focused is editor.text_edit
    ui.key(Key.Key_Tab)
    assert ui.focused is editor.text_edit and "    " in editor.text()
    assert "Ctrl+Tab" in editor.text_edit.accessibleDescription()
    ui.key(Key.Key_Tab, Mod.ControlModifier)  # on, out of the editor (round to the controls)
    assert ui.focused is not editor.text_edit
    ui.key(Key.Key_Backtab, Mod.ShiftModifier)
    assert ui.focused is editor.text_edit
    ui.key(Key.Key_Backtab, Mod.ControlModifier | Mod.ShiftModifier)  # back, out of the editor
    assert spoken(ui.focused) == "Open…"  # the editor's last button before it (Open is always there)


@pytest.mark.qt_log_ignore("This plugin does not support")  # a menu's raise and keyboard grab, offscreen
def test_the_legend_shows_and_hides_runs_from_the_view_menu(ui, qtbot):
    ui.finish("numpy", steps=30)
    ui.finish("tensors", steps=30)
    (key, past), = ui.past_runs.items()
    menu = ui.runs_menu
    ui.focus_plots()
    ui.key(Key.Key_L, Mod.ShiftModifier)  # opens where the focus is
    qtbot.waitUntil(menu.isVisible)
    entry = next(action for action in menu.actions() if action.text() == past.label)
    assert entry.isChecked()
    for _ in range(len(menu.actions())):
        if menu.activeAction() is entry:
            break
        qtbot.keyClick(menu, Key.Key_Down)
    qtbot.keyClick(menu, Key.Key_Return)
    assert not ui.past_runs[key].visible


def test_the_loss_plot_zooms_pans_and_frames_again_by_keys(ui):
    ui.finish("numpy", steps=50)
    ui.focus_plots()
    plot = tab_to(ui, "Loss at each step")
    wide = np.diff(plot.view_box.viewRange()[0])[0]
    ui.key(Key.Key_Plus)
    assert np.diff(plot.view_box.viewRange()[0])[0] < wide and not plot.following
    left = plot.view_box.viewRange()[0][0]
    ui.key(Key.Key_Right, Mod.ShiftModifier)
    assert plot.view_box.viewRange()[0][0] > left and ui.steps_done == 50
    ui.key(Key.Key_0)
    assert plot.following


def test_a_click_on_a_button_leaves_space_to_start(ui, qtbot):
    ui.focus_plots()
    ui.click("clear_runs")
    ui.key(Key.Key_Space)
    qtbot.waitUntil(lambda: ui.controller.active, timeout=10_000)



def test_a_plot_with_the_focus_is_ringed_and_keeps_its_texts_whole(ui, qtbot):
    """The ring is drawn in the text's colour over the plot's edge when a key gave the focus, and takes no room: the
    plot's axis titles are not cut by it."""
    ui.finish("numpy", steps=50)
    ui.focus_plots()
    plot = tab_to(ui, "Loss at each step")
    QApplication.processEvents()
    assert plot.viewport().size() == plot.size()  # the ring takes no room: pyqtgraph's scene is the view's size
    assert cut(plot_texts(plot, ui.window)) == []
    picture = plot.grab().toImage()
    text = plot.palette().color(QPalette.ColorRole.WindowText).rgb()
    edge = [picture.pixel(x, 0) for x in range(0, picture.width(), 7)]
    assert edge.count(text) == len(edge)
    ui.key(Key.Key_Tab)
    QApplication.processEvents()
    assert plot.grab().toImage().pixel(picture.width() // 2, 0) != text
    plot.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # as a window shown on a projector gives it: no key
    QApplication.processEvents()
    assert plot.hasFocus() and plot.grab().toImage().pixel(picture.width() // 2, 0) != text

"""The presenter view: the plots full screen on a projector, the controls in the window on the laptop.

The offscreen platform here has two screens (``tests/offscreen-screen.json``): the window's, 1920x1080,
and a 1024x768 projector beside it. A screen unplugged while the plots are on it is tested on a real
X server (``test_xvfb_screens.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.gui.look import SIZES
from models import RunConfig
from tests.texts import layout_problems, plot_texts, too_small

PROJECTOR = 1  # the second screen's number, as --screen N takes it


def settle(ui) -> None:
    for _ in range(3):
        ui.controller.request_frame()
        QApplication.processEvents()


def on_the_projector(ui, qtbot) -> None:
    qtbot.waitUntil(lambda: ui.stage_window.isVisible() and ui.stage_window.isFullScreen(), timeout=10_000)
    settle(ui)


def test_the_plots_go_full_screen_on_the_projector_and_follow_the_run(ui, qtbot):
    ui.show_config(RunConfig.for_variant("dynamic", steps=100_000))
    ui.pace(500)
    ui.trigger("second_screen")
    on_the_projector(ui, qtbot)
    stage, projector = ui.stage_window, QGuiApplication.screens()[PROJECTOR]
    assert ui.stage_place == "away" and ui.actions["second_screen"].isChecked()
    assert stage.screen() is projector and stage.geometry() == projector.geometry()
    assert ui.loss_plot.window() is stage and ui.heatmap("first").window() is stage  # the same views, moved
    assert ui.controls_scroll.isVisible() and ui.window.menuBar().isVisible()  # the laptop keeps the controls
    assert ui.layer_button("first").font().pointSize() == SIZES[True].app_pt  # a projector's buttons
    ui.start()
    qtbot.waitUntil(lambda: ui.steps_done > 100, timeout=20_000)
    shown = len(ui.loss_plot.points[0])
    qtbot.waitUntil(lambda: len(ui.loss_plot.points[0]) > shown, timeout=10_000)  # the painter's frames, there
    assert ui.depth_trace.window() is stage and ui.depth_trace.isVisible()
    settle(ui)
    width, height = stage.size().toTuple()
    assert ui.loss_plot.width() * ui.loss_plot.height() >= 0.45 * width * height
    box = ui.heatmap("first").view_box
    assert min(box.width(), box.height()) >= 160
    for view in (ui.loss_plot, ui.heatmap("first"), ui.depth_trace):
        assert too_small(plot_texts(view, stage)) == []  # a projector's sizes, whatever the window's
    assert layout_problems(stage) == []
    ui.controller.stop()


def test_keys_in_either_window_act_on_the_run(ui, qtbot):
    ui.show_config(RunConfig.for_variant("tensors", steps=100_000))
    ui.pace(200)
    ui.trigger("second_screen")
    on_the_projector(ui, qtbot)
    stage = ui.stage_window
    qtbot.keyClick(stage, Qt.Key.Key_Space)  # on the projector: Start
    qtbot.waitUntil(lambda: ui.controller.state == "running", timeout=20_000)
    ui.focus_plots()
    ui.press(Qt.Key.Key_Space)  # on the laptop: Pause
    qtbot.waitUntil(lambda: ui.controller.state == "paused" and ui.holding(), timeout=10_000)
    done = ui.steps_done
    qtbot.keyClick(stage, Qt.Key.Key_S)  # on the projector: one step
    qtbot.waitUntil(lambda: ui.steps_done == done + 1, timeout=10_000)
    qtbot.keyClick(stage, Qt.Key.Key_R)  # Reset
    assert ui.controller.state == "idle"


def test_the_plots_come_back_from_the_menu_or_when_their_window_is_closed(ui, qtbot):
    for leave in ("menu", "close"):
        ui.trigger("second_screen")
        on_the_projector(ui, qtbot)
        if leave == "menu":
            ui.trigger("second_screen")
        else:
            ui.stage_window.close()
        settle(ui)
        assert ui.stage_place == "desk" and not ui.stage_window.isVisible()
        assert ui.loss_plot.window() is ui.window and ui.loss_plot.isVisible()
        assert not ui.actions["second_screen"].isChecked()
        assert set(ui.shown_heatmaps()) == {"first", "last"}
        assert ui.view_button("weights").font().pointSize() == SIZES[False].app_pt  # the window's again


def test_in_presentation_mode_the_plots_come_back_to_the_window_s_stage(ui, qtbot):
    ui.set_look("light", True)
    ui.trigger("second_screen")
    on_the_projector(ui, qtbot)
    assert ui.stage_place == "away" and not ui.stage_bar.isVisible() and ui.controls_scroll.isVisible()
    ui.trigger("second_screen")
    settle(ui)
    assert ui.stage_place == "stage" and ui.stage_bar.isVisible() and not ui.controls_scroll.isVisible()


def test_screen_n_puts_the_plots_on_that_screen_or_says_there_is_none(ui, qtbot):
    ui.show_on_screen(7)
    assert ui.stage_place == "desk" and "There is no screen 7" in ui.message
    ui.show_on_screen(0)
    assert ui.stage_place == "desk" and "another screen" in ui.message  # the window's own screen
    ui.show_on_screen(PROJECTOR)
    on_the_projector(ui, qtbot)
    assert ui.stage_window.screen() is QGuiApplication.screens()[PROJECTOR]


def test_closing_the_window_takes_the_stage_with_it(ui, qtbot):
    """Else the projector's window would keep the application running after Quit."""
    ui.trigger("second_screen")
    on_the_projector(ui, qtbot)
    ui.window.close()
    assert not ui.stage_window.isVisible()

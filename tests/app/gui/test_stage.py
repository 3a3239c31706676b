"""Presentation mode is a stage: at a projector's 1024x768 and 1280x720 the plots take the window,
each weight matrix is large enough to read, the plots' text is WCAG's large text, and the controls
fold into a slim bar that runs the run."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import RunConfig
from tests.texts import plot_texts, too_small

PROJECTORS = {"1024x768": (1024, 768), "1280x720": (1280, 720)}
THEMES = ("dark", "light")
LOSS_SHARE = 0.45  # of the window's area, at least
MATRIX_PIXELS = 160  # a weight matrix's shorter side, at least


def look_at(ui, qtbot, theme: str, presentation: bool, size: tuple[int, int]) -> None:
    ui.set_look(theme, presentation)
    window = ui.window
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=10_000)
    for _ in range(3):
        ui.controller.request_frame()
        QApplication.processEvents()


def stage_problems(ui) -> list[str]:
    """What falls short of the stage's budgets in the window as it is now."""
    window = ui.window
    width, height = window.size().toTuple()
    problems = []
    plot = ui.loss_plot
    share = plot.width() * plot.height() / (width * height)
    if share < LOSS_SHARE:
        problems.append(f"the loss plot takes {share:.0%} of the window")
    layers = [key for key in ("first", "middle", "last") if ui.layer_button(key).isVisible()]
    if len(layers) < 2:
        problems.append(f"the layers to choose from are {layers}")
    for key in layers:
        ui.qtbot.mouseClick(ui.layer_button(key), Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        shown = ui.shown_heatmaps()
        if list(shown) != [key]:
            problems.append(f"{key}'s button shows {list(shown)}")
            continue
        box = shown[key].view_box
        side = min(box.width(), box.height())
        if side < MATRIX_PIXELS:
            problems.append(f"{key}'s matrix is {box.width():.0f}x{box.height():.0f} pixels")
    ui.qtbot.mouseClick(ui.layer_button("first"), Qt.MouseButton.LeftButton)
    for view in (ui.loss_plot, ui.heatmap("first"), *ui.side_views()):
        problems += too_small(plot_texts(view, window))
    bar = ui.stage_bar
    essentials = (bar.variant, bar.start_pause, bar.step, bar.pace, bar.reset)
    problems += [f"the stage bar's {type(part).__name__} is hidden" for part in essentials if not part.isVisible()]
    if ui.controls_scroll.isVisible() or window.menuBar().isVisible():
        problems.append("the controls' column or the menu bar takes room from the plots")
    return problems


def problems_in_each_projector(ui, qtbot) -> list[str]:
    problems = []
    for theme, (name, size) in itertools.product(THEMES, PROJECTORS.items()):
        look_at(ui, qtbot, theme, True, size)
        problems += [f"{theme} at {name}: {problem}" for problem in stage_problems(ui)]
    return problems


def test_dynamicnet_in_progress_on_a_projector_gets_the_stage(ui, qtbot):
    ui.finish("numpy", steps=60)  # a past run: the legend shows
    ui.show_config(RunConfig.for_variant("dynamic", steps=100_000))
    ui.pace(200)
    ui.start()
    qtbot.waitUntil(lambda: ui.steps_done > 50, timeout=20_000)
    try:
        assert ui.controller.state == "running"
        assert problems_in_each_projector(ui, qtbot) == []
        assert ui.controller.state == "running"  # the look changed four times; the run went on
    finally:
        ui.controller.stop()


def test_a_finished_race_on_a_projector_gets_the_stage(ui, qtbot):
    ui.set(steps=200)
    ui.pace(None)
    assert ui.racing.start(["numpy", "tensors", "autograd"])
    ui.run_to_end()
    assert problems_in_each_projector(ui, qtbot) == []


def test_the_stage_bar_runs_the_run_and_agrees_with_the_controls(ui, qtbot):
    look_at(ui, qtbot, "dark", True, PROJECTORS["1024x768"])
    bar = ui.stage_bar
    bar.variant.setCurrentIndex(bar.variant.findData("tensors"))
    assert ui.config().variant == "tensors"
    ui.set(steps=100_000)
    bar.pace.setValue(bar.pace.minimum())
    assert ui.controls.steps_per_s == 1 and bar.pace_label.text() == "1 steps/s"
    ui.pace(100)
    assert bar.pace.value() == ui.control("pace").value()
    click = ui.qtbot.mouseClick
    click(bar.start_pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.steps_done > 0, timeout=20_000)
    assert bar.start_pause.text() == "Pause" and not bar.variant.isEnabled() and not bar.step.isEnabled()
    click(bar.start_pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.holding, timeout=10_000)
    assert ui.controller.state == "paused" and bar.start_pause.text() == "Resume"
    done = ui.steps_done
    click(bar.step, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.steps_done == done + 1, timeout=10_000)
    click(bar.reset, Qt.MouseButton.LeftButton)
    assert ui.controller.state == "idle" and bar.start_pause.text() == "Start" and bar.variant.isEnabled()


@pytest.mark.parametrize("theme", THEMES)
def test_leaving_presentation_mode_puts_the_desk_back(ui, qtbot, theme):
    look_at(ui, qtbot, theme, True, PROJECTORS["1280x720"])
    assert ui.stage_place == "stage" and not ui.loss_header.isVisible()
    ui.trigger("presentation")
    QApplication.processEvents()
    assert ui.stage_place == "desk"
    assert ui.controls_scroll.isVisible() and ui.window.menuBar().isVisible() and ui.loss_header.isVisible()
    assert not ui.stage_bar.isVisible()
    assert set(ui.shown_heatmaps()) == {"first", "last"}  # side by side again
    assert not ui.layer_button("first").isVisible()


def test_the_bar_s_menu_button_holds_the_window_s_menus(ui, qtbot):
    look_at(ui, qtbot, "light", True, PROJECTORS["1024x768"])
    bar = ui.stage_bar
    titles = [action.text() for action in bar.menu.actions()]
    assert titles == ["&File", "&Run", "&Variant", "V&iew"]


def test_the_layer_shown_is_chosen_by_keyboard_too_without_stepping_the_run(ui, qtbot):
    """The layers' buttons took no focus: a teacher at the keyboard could show Layer 1 alone. Now Tab reaches the
    layer shown, and the arrows choose another (Right, which steps the run elsewhere, stays with them)."""
    from tests.app.gui.test_keyboard import spoken, tab_to

    ui.finish("dynamic", steps=5)
    look_at(ui, qtbot, "dark", True, PROJECTORS["1024x768"])
    ui.focus_plots()
    tab_to(ui, "Layer 1")
    done = ui.steps_done
    for key, shown in ((Qt.Key.Key_Right, "middle"), (Qt.Key.Key_Right, "last"), (Qt.Key.Key_Left, "middle")):
        ui.key(key)
        assert list(ui.shown_heatmaps()) == [shown] and ui.layer_button(shown).isChecked()
    assert ui.steps_done == done and ui.controller.state != "paused"
    ui.key(Qt.Key.Key_Tab)
    ui.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert spoken(ui.focused) == "Middle", "Tab comes back to the layer shown"

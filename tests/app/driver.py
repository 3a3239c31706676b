"""The window as a test drives it: a user's actions, and what the window shows, by name.

Only this file knows where each part sits in the window (``MainWindow.views`` and
the helpers the window composes): tests ask for "the banner", "the loss plot",
"the control called seed" or "the first heatmap", and use each widget's own public
names from there, so a new layout changes this file, not the tests.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from models.watchdog import running_line

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from app.gui.window import MainWindow
    from app.run.trainer import Trainer

# Buttons a test clicks by name, beside the controls' own (start, pause, step_button, stop, reset, defaults)
BUTTONS = {
    "clear_runs": lambda window: window.views.clear_runs,
    "banner_action": lambda window: window.views.banner.action,
    "revert": lambda window: window.editing.revert_button,
    "open_code": lambda window: window.editing.open_button,
}


class WindowDriver:
    """Drives ``window`` as a user does, through ``qtbot``; reads what it shows."""

    def __init__(self, window: MainWindow, qtbot: QtBot):
        self.window, self.qtbot = window, qtbot

    # The parts a test talks to, by what they are

    @property
    def controls(self):
        return self.window.controls

    @property
    def controller(self):
        return self.window.controller

    @property
    def files(self):
        return self.window.files

    @property
    def code_files(self):
        """Export as notebook, and the editor's Open…"""
        return self.window.code_files

    @property
    def racing(self):
        return self.window.racing

    @property
    def editing(self):
        return self.window.editing

    @property
    def look(self):
        return self.window.look

    @property
    def actions(self):
        """The menus' actions, by the keys of ``app.gui.menus.entries()``."""
        return self.window.menu_actions

    @property
    def trainer(self) -> Trainer | None:
        return self.window.trainer

    @property
    def language_actions(self) -> dict[str, QAction]:
        """View, Language: its choices by language code ("" for the system's)."""
        return {action.data(): action for action in self.window.languages.group.actions()}

    @property
    def menu_titles(self) -> list[str]:
        return [action.text() for action in self.window.menuBar().actions()]

    @property
    def listening(self):
        """Listen (View menu): its ``open_output`` is where the sound goes."""
        return self.window.listening

    @property
    def announcer(self):
        """What a screen reader is told as it happens: ``announced`` and ``last``."""
        return self.window.accessibility.announcer

    def describe_now(self) -> None:
        """The plots' descriptions brought up to date at once, as the next second would."""
        self.window.accessibility.describe()

    @property
    def status_bar(self):
        return self.window.statusBar()

    @property
    def check_plot(self):
        return self.window.views.check_plot

    @property
    def runs_menu(self):
        """The View menu's "Runs on the plot": the legend's show and hide."""
        return self.window.keyboard.runs_menu

    def column_edges(self) -> list[int]:
        """Where the window's columns meet, in its own x: the controls, the plots and the code beside them."""
        views = self.window.views
        beside = [views.controls_scroll, views.center] if views.code_beside else [views.controls_scroll]
        return [widget.mapTo(self.window, widget.rect().topRight()).x() for widget in beside]

    def remember_folder(self, folder) -> None:
        """The folder the file dialogs open in, as the last one saved to leaves it."""
        self.window.settings.set_folder(folder)

    @property
    def banner(self):
        return self.window.views.banner

    @property
    def loss_plot(self):
        return self.window.views.loss_plot

    @property
    def check_panel(self):
        return self.window.views.check_panel

    @property
    def depth_trace(self):
        return self.window.views.depth_trace

    @property
    def depth_panel(self):
        return self.window.views.depth_panel

    @property
    def heat_panel(self):
        return self.window.views.heat_panel

    def heatmap(self, name: str):
        """"first", "middle" or "last": the layer's heatmap."""
        return self.window.views.heatmaps[name]

    @property
    def heatmaps(self) -> dict:
        return self.window.views.heatmaps

    def view_button(self, view: str):
        """The heatmaps' choice of "weights", "change" or "gradient"."""
        return self.window.views.heat_panel.buttons[view]

    @property
    def auto_levels(self):
        return self.window.views.heat_panel.auto_levels

    @property
    def timeline(self):
        return self.window.views.timeline

    @property
    def code_view(self):
        return self.window.views.code_view

    @property
    def inside_view(self):
        """"Inside this step" (built on first use)."""
        return self.window.views.inside_view

    @property
    def inside_table(self):
        """"Inside this step"'s list of tensors (a ``QTableWidget``: a name, shape and statistics per row)."""
        return self.window.views.inside_view.table

    @property
    def inside_graph(self):
        """"Inside this step"'s graph (``widgets.graph_view.GraphView``: a box of text per node)."""
        return self.window.views.inside_view.graph

    @property
    def inside_open(self) -> bool:
        """The View menu's "Inside this step" is checked: the view is a tab beside the weights."""
        return self.window.inspecting.open

    @property
    def inside_message(self) -> str:
        """What "Inside this step" says in place of a step's numbers ("" while it shows them)."""
        message = self.window.views.inside_view.message
        return message.text() if message.isVisibleTo(self.window) else ""

    @property
    def inside_shown(self):
        """The step "Inside this step" shows (``app.run.inside_watch.InsideFrame``), or None."""
        return self.window.inspecting.shown

    @property
    def editor(self):
        return self.window.editing.editor

    @property
    def log_scale(self):
        return self.window.views.log_scale

    @property
    def controls_scroll(self):
        return self.window.views.controls_scroll

    # The class's predictions

    @property
    def predict_box(self):
        """The Predict box over the loss plot: predict mode, as G and Run, Predict toggle it."""
        return self.window.views.predict

    @property
    def predicting(self):
        """What takes predictions from files and sessions (``open_file``, ``load``) and scores them."""
        return self.window.predicting

    @property
    def predictions(self):
        """The predictions drawn: ``rows`` by key (each with its name_edit, redraw and remove), new_button."""
        return self.window.predicting.panel

    def prediction_rows(self) -> list:
        """The predictions' rows, in order: each with its name_edit, redraw and remove buttons."""
        return list(self.window.predicting.panel.rows.values())

    @property
    def prediction_tab(self) -> QWidget:
        return self.window.predicting.tab

    @property
    def score_table(self):
        """The predictions' scores, best first; ``text()`` reads its headline and rows."""
        return self.window.predicting.tab.scores

    @property
    def question(self):
        """The variant's quick question: its buttons by answer, verdict and explanation."""
        return self.window.predicting.card

    @property
    def race_results(self):
        """A race's order of finish and each predicted order judged; ``text()`` reads them."""
        return self.window.predicting.race_results

    def scores(self) -> dict:
        """Each prediction's score over the whole run on show (``models.predictions.Score``), by name."""
        return self.window.predicting.scores.latest()

    @property
    def legend(self) -> list[str]:
        """The loss plot's legend entries, in full."""
        return self.window.views.loss_plot.legend.full_labels
    # The stage (presentation mode, or a screen of its own)

    @property
    def stage_bar(self):
        """The slim bar of the essentials that presentation mode shows in place of the controls."""
        return self.window.stage.bar

    @property
    def stage_place(self) -> str:
        """Where the plots are: "desk", "stage" (presentation mode) or "away" (on another screen)."""
        return self.window.stage.where

    @property
    def stage_window(self):
        """The window that holds the plots on another screen."""
        return self.window.stage.stage_window

    @property
    def stage_screen(self):
        """The screen the plots are shown on, or None while they are in the window."""
        return self.window.stage.screen

    def show_on_screen(self, index: int) -> None:
        """As ``--screen N`` does."""
        self.window.presenting.show_on_screen(index)

    def layer_button(self, key: str):
        """The button that shows "first", "middle" or "last" when the weights show one at a time."""
        return self.window.views.heat_panel.layer_buttons[key]

    def shown_heatmaps(self) -> dict:
        """The heatmaps on screen now, by name."""
        return {name: heatmap for name, heatmap in self.window.views.heatmaps.items() if heatmap.isVisible()}

    @property
    def loss_header(self):
        return self.window.views.loss_header

    def side_views(self) -> list:
        """The plots beside the loss that show now: DynamicNet's depth, a race's gradient check."""
        views = self.window.views
        built = [views.built_depth_trace(), views.built_check_plot()]
        return [view for view in built if view is not None and view.isVisible()]

    def control(self, name: str) -> QWidget:
        """A field or button of the controls by its name: "seed", "N", "device", "start", "step_count", ..."""
        controls = self.window.controls
        return controls.sizes[name] if name in controls.sizes else getattr(controls, name)

    # What the window shows

    def status(self, key: str) -> str:
        """The status bar's "variant", "step", "loss", "rate", "elapsed" or "device"."""
        return self.window.views.status[key].text()

    @property
    def message(self) -> str:
        """The status bar's passing message."""
        return self.window.statusBar().currentMessage()

    @property
    def memory_note(self) -> str:
        return self.window.views.memory_note.text()

    @property
    def past_runs(self) -> dict:
        """The loss plot's curves of earlier runs, by key: each with its label, colour and points."""
        return self.window.views.loss_plot.past_runs

    @property
    def code_source(self) -> str:
        """The code the code panel shows (from the first class or def of the module that runs)."""
        return self.window.views.code_view.source

    @property
    def edits(self) -> dict[str, str]:
        """Each variant's edit, where it differs from the notebook's code."""
        return self.window.editing.edits

    @property
    def code_state(self) -> str:
        """What the line above the editor says of the code: the notebook's, edited, from a file, not remembered."""
        return self.window.editing.state.text()

    @property
    def theme(self) -> str:
        return self.window.look.theme.name

    @property
    def steps_done(self) -> int:
        """The steps the run on show has handed over (0: no run)."""
        trainer = self.window.trainer
        return trainer.history.count if trainer is not None else 0

    def holding(self) -> bool:
        """A paused run has shown its step and waits to be told."""
        trainer = self.window.trainer
        return trainer is not None and trainer.holding.is_set()

    @property
    def replaying(self) -> int | None:
        """The step a rewind shows, or None: the live end."""
        return self.window.painter.replaying

    @property
    def code_shown(self) -> bool:
        """The View menu's choice: the code panel shown (beside the plots, or as a tab)."""
        return self.window.views.code_shown

    @property
    def code_beside(self) -> bool:
        """The code beside the plots (else a tab beside the weights)."""
        return self.window.views.code_beside

    def tabs_below(self) -> list[QWidget]:
        """The tabs under the plots, in order: the weights, and the code where it is a tab."""
        lower = self.window.views.lower
        return [lower.widget(index) for index in range(lower.count())]

    def tab_in_front(self) -> QWidget:
        return self.window.views.lower.currentWidget()

    def bring_to_front(self, tab: QWidget) -> None:
        self.window.views.lower.setCurrentWidget(tab)

    def config(self, quiet: bool = False):
        """The settings shown, validated (None, explained in the banner unless ``quiet``, when refused)."""
        return self.window.current_config(quiet)

    # What a user does

    def choose(self, variant: str) -> None:
        """A variant chosen as keys 1 to 7 choose it: only between runs."""
        self.window.shown.choose_variant(variant)

    def set(self, **values) -> None:
        """Fields set as a session sets them, without a typed edit's signal."""
        self.window.controls.set_values(values)

    def typed(self, **values) -> None:
        """Fields set, and the controls saying they were edited, as typing does."""
        self.window.controls.set_values(values)
        self.window.controls.edited.emit()

    def pace(self, steps_per_s: float | None) -> None:
        """The pace slider: steps per second, or None for max."""
        self.window.controls.set_pace(steps_per_s)

    def show_config(self, config) -> None:
        self.window.show_config(config)

    def start(self, **options) -> bool:
        return self.window.start(**options)

    def step(self, count: int = 1) -> None:
        self.window.step(count)

    def reset(self) -> None:
        self.window.reset()

    def toggle_pause(self) -> None:
        self.window.toggle_pause()

    def start_or_pause(self) -> None:
        self.window.start_or_pause()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        """A key as the user presses it: to the window's focused widget."""
        self.qtbot.keyClick(self.window.focusWidget() or self.window, key, modifier)

    @property
    def focused(self) -> QWidget | None:
        """The widget with the keyboard focus, in the window or in a dialog over it."""
        return QApplication.focusWidget()

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        """A key to whatever has the focus, a dialog over the window too."""
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key, modifier)

    def type_text(self, text: str) -> None:
        """Text typed into whatever has the focus."""
        self.qtbot.keyClicks(QApplication.focusWidget() or self.window, text)

    def click(self, name: str) -> None:
        """A button by its name: the controls' (start, pause, step_button, stop, reset, defaults) or
        clear_runs, banner_action, revert, open_code (the editor's Open…)."""
        button = BUTTONS[name](self.window) if name in BUTTONS else self.control(name)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def trigger(self, action: str) -> None:
        """A menu entry, by its key in ``app.gui.menus.entries()``."""
        self.window.menu_actions[action].trigger()

    def click_tensor(self, name: str) -> None:
        """A row of "Inside this step"'s list of tensors, by the tensor's name, clicked."""
        table = self.window.views.inside_view.table
        row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == name)
        table.scrollToItem(table.item(row, 0))
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                              pos=table.visualItemRect(table.item(row, 0)).center())

    def click_code_line(self, line: int) -> None:
        """A line of the code panel (the module's number), clicked."""
        code_view = self.window.views.code_view
        self.qtbot.waitUntil(lambda: code_view.line_position(line) is not None)
        self.qtbot.mouseClick(code_view.code.viewport(), Qt.MouseButton.LeftButton, pos=code_view.line_position(line))

    def open_editor(self) -> None:
        """Edit code checked: the editor open on the variant shown."""
        self.window.editing.edit_button.setChecked(True)

    def set_look(self, theme: str, presentation: bool) -> None:
        """The theme and presentation mode applied, as a slide applies them."""
        self.window.look.choose(theme, presentation)
        self.window.presenting.apply_look()

    def reactivate(self) -> None:
        """The window active again once a dialog over it has closed, as a desktop makes it (the offscreen
        platform leaves no window active); its focus is where it was."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def focus_plots(self) -> None:
        """Where the window's keys go, as after a click on the plots; the window active first."""
        self.window.activateWindow()  # the window's keys reach the active window only
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        self.window.views.center.setFocus()

    def finish(self, variant: str = "numpy", **settings) -> Trainer:
        """A run of ``variant`` with ``settings``, at max pace, to its end."""
        self.choose(variant)
        self.set(**settings)
        self.pace(None)
        self.start()
        return self.run_to_end()

    def run_to_end(self, timeout: int = 60_000) -> Trainer:
        """Until the run on show has ended; the run."""
        self.qtbot.waitUntil(lambda: self.window.controls.state == "ended", timeout=timeout)
        trainer = self.window.trainer
        assert trainer is not None
        return trainer

    def wait_for_edit_running(self, timeout: int = 30_000) -> None:
        """Until the run's edited code runs a line of its own (outside an import): where Stop's
        exception lands (``models.watchdog``)."""
        def running() -> bool:
            trainer = self.window.trainer
            files = {lane.edited.filename for lane in trainer.lanes if lane.edited} if trainer else set()
            return any(running_line(thread, files) is not None for thread in sys._current_frames())

        self.qtbot.waitUntil(running, timeout=timeout)

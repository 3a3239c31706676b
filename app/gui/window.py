"""The main window: composes its parts and reacts to the run controller.

Its rooms, each given only the parts it uses: ``views`` (where each view sits),
``shown`` (what the settings shown mean: the variant, its code and notes),
``menus`` (actions and keys), ``controller`` (the runs), ``racing`` (races),
``rewinding`` (replays), ``inside`` (the "Inside this step" view), ``painter``
(frames), ``file_actions`` (what is saved and opened), ``code_files`` (the run
as a notebook, code opened in the editor), ``editing`` (edit mode), ``look``
and ``presenting`` (theme, presentation, the View menu), ``predicting`` (the
class's predictions, scored), ``keyboard`` (Tab and the keys a focused control
keeps), ``accessibility`` (names, the plots in words, announcements),
``listening`` (the loss as sound) and ``settings`` (what is remembered). The window
builds them in the order they need one another, restores and remembers its
state, and says why a run ended as it did.
"""

from __future__ import annotations

import functools
import gc
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.language import translate
from app.run.controller import RunController
from app.run.rewind_store import rewind_cap_mb
from models import VARIANTS, RunConfig
from models.config import MAX_LR, MAX_MOMENTUM, MAX_SEED, MAX_SIZE, MAX_STEPS, MIN_LR
from models.history import said_outcome
from widgets.controls import DEFAULT_PACE, Controls
from widgets.status_bar import StatusBar

from .accessibility import Accessibility
from .background import wait_for_jobs
from .code_files import CodeFiles
from .editing import CodeEditing
from .file_actions import WindowFiles
from .inside import Inspecting
from .keyboard import KeyboardAccess
from .languages import LanguageMenu
from .listening import Listening
from .look import Look
from .menus import fill_menus, make_action
from .notes import Notes
from .painter import FramePainter, lane_name
from .predicting import Predicting
from .presenting import Presenting
from .racing import Racing
from .recorder import record_window
from .rewinding import Rewinder
from .settings import CODE_PANEL, CONFIG, GEOMETRY, PACE, PRESENTATION, REWIND_MEMORY, THEME, Settings, splitter_state
from .shown import ShownSettings
from .stage import Stage
from .views import WindowViews

if TYPE_CHECKING:
    from app.run.trainer import Trainer

FIRST_SIZE = (1600, 960)  # the window's size at a first start
LIMITS = {"max_size": MAX_SIZE, "max_steps": MAX_STEPS, "min_lr": MIN_LR, "max_lr": MAX_LR, "max_seed": MAX_SEED,
          "max_momentum": MAX_MOMENTUM}


class MainWindow(QMainWindow):
    def __init__(self, remember: bool = True):
        """``remember``: restore and keep geometry and settings between starts (QSettings)."""
        super().__init__()
        self.settings = Settings(enabled=remember)
        self.look = Look(self.settings.get(THEME), self.settings.get(PRESENTATION))
        # the devices: the GPUs torch finds join "cpu" once it has loaded
        titles = [(name, translate("Variants", v.title)) for name, v in VARIANTS.items()]
        self.controls = Controls(titles, ["cpu"], LIMITS)
        self.status_bar = StatusBar()
        self.setStatusBar(self.status_bar)
        self.views = WindowViews(self.look, self.controls, self.status_bar)
        self.setCentralWidget(self.views.root)
        self.views.center.setFocus()
        self.controller = RunController(self)
        self.painter = FramePainter(self.views)
        self.editing = CodeEditing(self.views.code_view, self.look.theme, self.settings.set_edited_code)
        self.notes = Notes(self.views.banner, self._apply_and_restart, self.editing)
        self.shown = ShownSettings(self.controls, self.views, self.editing, self.notes, self.controller,
                                   self.status_bar, self.setWindowTitle)
        self.stage = Stage(self.views, self.look, self, lambda text: self.status_bar.showMessage(text, 10_000))
        self.presenting = Presenting(self, self.look, self.views, self.editing.editor, self.painter, self.stage)
        self.rewinder = Rewinder(self.views.timeline, self.views.heat_panel, self.painter, self.controller,
                                 self.status_bar, self)
        self.inspecting = Inspecting(self, self.views, self.controller, self.painter)  # after the rewinder
        self.predicting = Predicting(self.views, self.controller, self.shown, self.editing, self.notes,
                                     self.status_bar, self.settings, self)
        self.racing = Racing(self.controller, self.controls, self.editing, self.notes, self.status_bar, self,
                             self.shown.edit_to_run, self.views.heatmap_pixels, self.predicting)
        self.files = WindowFiles(self, shown=self.shown, controller=self.controller, controls=self.controls,
                                 loss_plot=self.views.loss_plot, editing=self.editing, notes=self.notes,
                                 settings=self.settings, status_bar=self.status_bar, predicting=self.predicting,
                                 record=functools.partial(record_window, self))
        self.code_files = CodeFiles(self, controller=self.controller, editing=self.editing, notes=self.notes,
                                    settings=self.settings, status_bar=self.status_bar,
                                    choose_variant=self.shown.choose_variant)
        self.keyboard = KeyboardAccess(self, self.views, self.editing)
        self.listening = Listening(self, self.controller, self.views.loss_plot, self.status_bar)
        self.accessibility = Accessibility(self.views, self.editing, self.controller, self.status_bar,
                                           lambda: self.painter.replaying)
        self.editing.changed.connect(self.shown.on_edited)  # the code panel and the notes follow the code that runs
        self.editing.edit_button.toggled.connect(lambda editing: editing and self.presenting.reveal_code())
        self._connect()
        self.menu_actions = self._build_menus()
        self._restore()

    def _connect(self) -> None:
        controls, controller = self.controls, self.controller
        for signal, slot in (
            (controls.start_clicked, self.start),
            (controls.pause_clicked, self.toggle_pause),
            (controls.step_clicked, self.step),
            (controls.stop_clicked, controller.stop),
            (controls.reset_clicked, self.reset),
            (controls.defaults_clicked, self.shown.notebook_defaults),
            (controls.variant_changed, self.shown.select_variant),
            (controls.pace_changed, controller.set_pace),
            (controls.edited, self.shown.on_edited),
            (controller.started, self._on_started),
            (controller.frame_ready, self._on_frame),
            (controller.state_changed, self._on_state_changed),
            (controller.retired, self.painter.keep_as_past),
            (controller.ended, self._on_ended),
            (controller.failed, self._on_failed),
            (controller.devices_listed, controls.set_devices),
            (controller.devices_listed, self._on_torch_loaded),
            (controller.loading_torch, self._on_loading_torch),
        ):
            signal.connect(slot)

    def _build_menus(self) -> dict[str, QAction]:
        """Every menu entry (menus.py's table), with what it does; the View menu's look is ``presenting``'s."""
        files, views, controller = self.files, self.views, self.controller
        slots = {
            "screenshot": files.save_screenshot, "plot": files.save_plot, "export": files.export_run,
            "record": files.record_run, "open_session": files.open_session, "save_session": files.save_session,
            "export_notebook": self.code_files.export_notebook,
            "quit": self.close, "start_pause": self.start_or_pause,
            "step": lambda: self.step(self.controls.step_count.currentData()), "stop": controller.stop,
            "reset": self.reset, "race": self.racing.dialog, "defaults": self.shown.notebook_defaults,
            "rewind_memory": self.rewinder.choose_memory,
            **{f"variant_{name}": functools.partial(self.shown.choose_variant, name) for name in VARIANTS},
            "log_scale": views.log_scale.toggle, "edit_code": self.editing.toggle,
            "clear_runs": views.loss_plot.clear_past_runs, "reset_layout": self.reset_layout,
        }
        actions = {key: make_action(self, key, slot) for key, slot in slots.items()}
        actions |= self.presenting.actions | self.inspecting.actions | self.predicting.actions
        actions |= self.keyboard.actions | self.listening.actions
        actions["log_scale"].setChecked(True)
        views.log_scale.toggled.connect(actions["log_scale"].setChecked)
        self.languages = LanguageMenu(self.settings, self.status_bar, self)
        fill_menus(self.menuBar(), actions, view_menus=(self.languages.menu,))
        return actions

    @property
    def trainer(self) -> Trainer | None:
        """The run on show, or the last one while its views stay."""
        return self.controller.trainer

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.controller.load_torch_in_background()

    # The settings shown (``shown``): the doors the command line and the files use

    def show_config(self, config: RunConfig) -> None:
        self.shown.show_config(config)

    def current_config(self, quiet: bool = False) -> RunConfig | None:
        return self.shown.current_config(quiet)

    # Running

    @Slot()
    def start_or_pause(self) -> None:
        if self.controller.state == "running":
            self.controller.pause()
        elif self.controller.state == "paused":
            self.controller.resume()
        else:
            self.start()

    @Slot()
    def toggle_pause(self) -> None:
        self.controller.resume() if self.controller.state == "paused" else self.controller.pause()

    @Slot()
    def start(self, paused: bool = False, keep_steps: list[int] | None = None) -> bool:
        """Start a run of the settings shown; a refused setting is explained instead."""
        self.controller.trainer_class()  # first: until torch has listed the devices, a GPU cannot be chosen
        config = self.shown.current_config()
        if config is None:
            return False
        edited = self.shown.edit_to_run(config.variant)
        if edited is False:
            return False
        self.controller.start(config, steps_per_s=self.controls.steps_per_s, paused=paused,
                              max_pixels=self.views.heatmap_pixels(), keep_steps=keep_steps, edited=edited)
        return True

    @Slot(int)
    def step(self, count: int = 1) -> None:
        """Run exactly ``count`` steps, then hold; from no run, a new run's first steps."""
        if self.controller.state == "running" or self.controller.step(count):
            return
        if self.start(paused=True) and count > 1:
            self.controller.step(count - 1)  # the first step runs before the first pause

    @Slot()
    def reset(self) -> None:
        """Stop, keep the run as a faint past curve, and clear the live views."""
        self.controller.reset()
        self.painter.clear(self.controls.steps.value())
        self.views.banner.clear()
        config = self.shown.current_config(quiet=True)
        self.shown.show_panels_for(config or RunConfig.for_variant(self.shown.variant()))
        self.notes.show_variant_notes(config)
        self._paint_idle_status()

    # What the controller says

    @Slot(object)
    def _on_started(self, trainer: Trainer) -> None:
        self.shown.show_panels_for(trainer.config, race_checks=bool(trainer.checks))  # first: what it builds clears
        self.painter.clear(self.controls.steps.value())
        self.views.banner.clear()
        self.shown.show_code(trainer.config, trainer)
        self.notes.show_variant_notes(trainer.config if not trainer.is_race else None)

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        self.controls.set_state(state)
        self.rewinder.follow()
        trainer = self.controller.trainer
        if trainer is None:
            self._paint_idle_status()
        else:
            self.painter.paint_status(trainer, trainer.config, state)

    @Slot(bool)
    def _on_frame(self, complete: bool) -> None:
        trainer = self.controller.trainer
        if trainer is not None:
            self.painter.paint(trainer, complete, self.controller.state)
        self.rewinder.follow()  # a Step while paused adds a step to rewind to

    @Slot(str)
    def _on_ended(self, outcome: str) -> None:
        trainer = self.controller.trainer
        assert trainer is not None, "the controller speaks only for the run on show"
        if outcome.startswith("diverged"):
            self.notes.explain_divergence(trainer)
        self.status_bar.showMessage(ended_message(trainer, outcome), 8000)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        trainer = self.controller.trainer
        explained = self.editing.explain_failure(trainer) if trainer is not None else None  # edited: on its line
        if explained is not None:
            self.notes.show("error", explained)
            return
        self.notes.show("error", failed_message(message))

    @Slot(list)
    def _on_torch_loaded(self, _devices: list) -> None:
        """What the start imported (torch's third of a million objects) stays for good, once per process:
        Python's full collections of garbage no longer walk it, which took a fifth of a second each,
        wherever one fell (opening a large session, say)."""
        if gc.get_freeze_count() == 0:
            gc.freeze()

    @Slot(bool)
    def _on_loading_torch(self, waiting: bool) -> None:
        if waiting:
            self.status_bar.showMessage(translate("Window", "Loading PyTorch…"))
            self.status_bar.repaint()
        else:
            self.status_bar.clearMessage()

    def _paint_idle_status(self) -> None:
        config = self.shown.current_config(quiet=True)
        if config is not None:
            self.painter.paint_status(None, config, self.controller.state)

    def _apply_and_restart(self, **changes) -> None:
        """A banner's action: change a setting; if a run was on or just ended, start again with it."""
        again = self.controller.state in ("running", "paused", "ended")
        self.controls.set_values(changes)
        self.views.banner.clear()
        self.shown.on_edited()
        if again:
            self.start()

    # What is remembered between starts (``settings``), and forgotten

    def _restore(self) -> None:
        """The window as it was left: size, panels, settings, pace and look (first-start ones if none)."""
        settings = self.settings
        geometry = settings.get(GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            take_first_size(self)
        self.views.share_out(self.width())
        for name, splitter in self.views.splitters.items():
            state = settings.get(splitter_state(name))
            if state is not None:
                splitter.restoreState(state)
        self.presenting.show_code(settings.get(CODE_PANEL))
        edits = settings.edited_code()
        self.editing.set_edits(edits, from_file=settings.from_file(edits))
        self.shown.show_config(settings.get(CONFIG) or RunConfig())
        self.controls.set_pace(settings.get(PACE))
        remembered, cap = settings.get(REWIND_MEMORY), rewind_cap_mb()
        self.controller.keep_mb = min(remembered, cap)
        self.presenting.apply_look()
        reset = translate("Window", "Some remembered settings could not be read and were reset")
        said = [reset] if settings.problems else []
        if remembered > cap and settings.stored(REWIND_MEMORY):
            lowered = translate("Window", "The rewind memory is lowered to {cap} MB, half of the memory free now")
            said.append(lowered.format(cap=cap))
        if said:
            self.status_bar.showMessage("; ".join(said), 15000)

    def _remember(self) -> None:
        """Keep what ``_restore`` puts back, and write it to disk."""
        settings = self.settings
        settings.set(GEOMETRY, self.saveGeometry())
        for name, splitter in self.views.splitters.items():
            settings.set(splitter_state(name), splitter.saveState())
        config = self.shown.current_config(quiet=True)
        if config is not None:
            settings.set(CONFIG, config)
        settings.set(PACE, self.controls.steps_per_s)
        settings.set(REWIND_MEMORY, self.controller.keep_mb)
        settings.set(THEME, self.look.theme.name)
        settings.set(PRESENTATION, self.look.presentation)
        settings.set(CODE_PANEL, self.views.code_shown)
        settings.sync()

    def reset_layout(self) -> None:
        """Forget what was remembered and go back to the first-start layout and settings."""
        self.settings.clear()
        self.look.reset()
        self.presenting.show_code(True)
        take_first_size(self)
        self.views.share_out(self.width())
        if not self.controller.active:
            self.shown.show_config(RunConfig())
            self.controls.set_pace(DEFAULT_PACE)
        self.presenting.apply_look()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, lambda: self.views.arrange(self.width()))  # once the splitters have their sizes

    def closeEvent(self, event) -> None:
        self.stage.bring_home()  # the stage window goes with this one: the application can end
        self.controller.shutdown()
        wait_for_jobs(self)  # a notebook being written, a module being read
        self._remember()
        super().closeEvent(event)


def take_first_size(window: QMainWindow) -> None:
    """``FIRST_SIZE`` where the screen has room for it, else the whole screen (a 1024x768 projector)."""
    wanted, free = QSize(*FIRST_SIZE), window.screen().availableGeometry().size()
    window.resize(wanted.boundedTo(free))  # what un-maximising gives back fits too
    normal = window.windowState() & ~Qt.WindowState.WindowMaximized
    fits = wanted.width() <= free.width() and wanted.height() <= free.height()
    window.setWindowState(normal if fits else normal | Qt.WindowState.WindowMaximized)


def ended_message(trainer: Trainer, outcome: str) -> str:
    """The status bar's word on a run's end: "Run finished", or a race's lanes that diverged."""
    diverged = [f"{lane_name(lane)} {said_outcome(lane.outcome)}" for lane in trainer.lanes
                if lane.outcome is not None and lane.outcome.startswith("diverged")]
    detail = f" ({'; '.join(diverged)})" if trainer.is_race and diverged else ""
    return translate("Window", "Run {outcome}").format(outcome=said_outcome(outcome)) + detail


def failed_message(message: str) -> str:
    """The note on a run that failed outside the student's code: the window goes on."""
    return translate("Window", "<b>The run failed:</b> {why}. The window is fine; change the settings and press "
                               "Start.").format(why=html.escape(message))

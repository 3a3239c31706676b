"""The main window: composes the views and reacts to the run controller.

Its rooms: ``layout`` (where each view sits), ``menus`` (actions and keys),
``controller`` (the runs), ``racing`` (races), ``rewinding`` (replays),
``painting`` (frames), ``files`` (what is saved and opened), ``editing`` (edit
mode), ``look`` and ``presenting`` (theme, presentation, the View menu) and
``settings`` (what is remembered).
The window itself says what the settings shown mean: the variant, its code and
its notes, and why a run ended as it did.
"""

from __future__ import annotations

import gc
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QMainWindow

from app.run.controller import RunController
from models import VARIANTS, ConfigError, RunConfig, estimate_bytes
from models.catalog import panel_part
from models.config import MAX_LR, MAX_MOMENTUM, MAX_SEED, MAX_SIZE, MAX_STEPS, MIN_LR
from models.edited import EditedCodeError
from widgets.controls import Controls
from widgets.status_bar import StatusBar

from .editing import CodeEditing
from .file_actions import WindowFiles
from .look import Look
from .menus import build_actions
from .notes import Notes
from .painter import FramePainter, lane_name
from .presenting import Presenting
from .racing import KEPT, Racing
from .rewinding import Rewinder
from .settings import Settings
from .views import WindowViews

if TYPE_CHECKING:
    from app.run.trainer import Trainer

APP_NAME = "Descent Lab"
LIMITS = {"max_size": MAX_SIZE, "max_steps": MAX_STEPS, "min_lr": MIN_LR, "max_lr": MAX_LR, "max_seed": MAX_SEED,
          "max_momentum": MAX_MOMENTUM}


class MainWindow(QMainWindow):
    def __init__(self, remember: bool = True):
        """``remember``: restore and keep geometry and settings between starts (QSettings)."""
        super().__init__()
        self.settings = Settings(enabled=remember)
        self.look = Look(self.settings.text("theme", "dark"), self.settings.flag("presentation", False))
        self.controls = Controls(
            [(name, v.title) for name, v in VARIANTS.items()],
            ["cpu"],  # the GPUs torch finds join the list once it has loaded
            LIMITS,
        )
        self.setStatusBar(StatusBar())
        self.views = WindowViews(self.look, self.controls, self.statusBar())
        self.setCentralWidget(self.views.root)
        self.views.center.setFocus()
        self.controller = RunController(self)
        self.painter = FramePainter(self.views)
        self.rewinder = Rewinder(self)
        self.presenting = Presenting(self)
        self.racing = Racing(self)
        self.files = WindowFiles(self)
        self.editing = CodeEditing(self.views.code_view, self.look.theme, self.settings.set_edited_code)
        self.editing.changed.connect(self.on_edited)  # the code panel and the notes follow the code that runs
        self.editing.edit_button.toggled.connect(lambda editing: editing and self.presenting.reveal_code())
        self.notes = Notes(self.views.banner, self._apply_and_restart, self.editing)
        self._connect()
        self.actions = build_actions(self)
        self.settings.restore(self)

    def _connect(self) -> None:
        controls, controller = self.controls, self.controller
        for signal, slot in (
            (controls.start_clicked, self.start),
            (controls.pause_clicked, self.toggle_pause),
            (controls.step_clicked, self.step),
            (controls.stop_clicked, controller.stop),
            (controls.reset_clicked, self.reset),
            (controls.defaults_clicked, self.notebook_defaults),
            (controls.variant_changed, self.select_variant),
            (controls.pace_changed, controller.set_pace),
            (controls.edited, self.on_edited),
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

    @property
    def trainer(self) -> Trainer | None:
        """The run on show, or the last one while its views stay."""
        return self.controller.trainer

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.controller.load_torch_in_background()

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
        config = self.current_config()
        if config is None:
            return False
        edited = self.edit_to_run(config.variant)
        if edited is False:
            return False
        self.controller.start(config, steps_per_s=self.controls.steps_per_s, paused=paused,
                              max_pixels=self.views.heatmap_pixels(), keep_steps=keep_steps, edited=edited)
        return True

    def edit_to_run(self, variant: str):
        """``variant``'s edit compiled (None: none), or False when a syntax error refuses it, marked on its line."""
        try:
            return self.editing.code_to_run(variant)
        except EditedCodeError as error:
            self.notes.show("error", f"<b>Cannot start: line {error.line} of your code:</b> "
                                     f"{html.escape(error.message)}. It is marked in the editor.")
            return False

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
        self._show_panels_for(self.current_config(quiet=True) or RunConfig.for_variant(self._variant()))
        self.notes.show_variant_notes(self.current_config(quiet=True))
        self._paint_idle_status()

    # What the controller says

    @Slot(object)
    def _on_started(self, trainer: Trainer) -> None:
        self._show_panels_for(trainer.config, race_checks=bool(trainer.checks))  # first: a panel built now is cleared
        self.painter.clear(self.controls.steps.value())
        self.views.banner.clear()
        self._show_code(trainer.config, trainer)
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
        self.painter.paint(self.controller.trainer, complete, self.controller.state)
        self.rewinder.follow()  # a Step while paused adds a step to rewind to

    @Slot(str)
    def _on_ended(self, outcome: str) -> None:
        trainer = self.controller.trainer
        if outcome.startswith("diverged"):
            self.notes.explain_divergence(trainer)
        diverged = [f"{lane_name(lane)} {lane.outcome}" for lane in trainer.lanes
                    if lane.outcome.startswith("diverged")]
        detail = f" ({'; '.join(diverged)})" if trainer.is_race and diverged else ""
        self.statusBar().showMessage(f"Run {outcome}{detail}", 8000)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        explained = self.editing.explain_failure(self.controller.trainer)  # edited code: on its line
        if explained is not None:
            self.notes.show("error", explained)
            return
        self.notes.show("error", f"<b>The run failed:</b> {html.escape(message)}. "
                                  "The window is fine; change the settings and press Start.")

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
            self.statusBar().showMessage("Loading PyTorch…")
            self.statusBar().repaint()
        else:
            self.statusBar().clearMessage()

    # The settings shown, and what they mean

    @Slot()
    def notebook_defaults(self) -> None:
        if not self.controller.active:
            self.show_config(RunConfig.for_variant(self._variant()))

    def choose_variant(self, name: str) -> None:
        """Keys 1 to 7: only between runs, since a run's settings are locked."""
        if self.controller.active:
            self.statusBar().showMessage("Stop the run (Esc) before switching variant", 4000)
            return
        self.select_variant(name)

    @Slot(str)
    def select_variant(self, name: str) -> None:
        """Show ``name`` with its notebook defaults, keeping the problem sizes, steps and seed."""
        values = self.controls.values()
        keep = {key: values[key] for key in KEPT}
        if not VARIANTS[name].cpu_only:
            keep["device"] = values["device"]  # a chosen GPU stays chosen across variants
        try:
            config = RunConfig.for_variant(name, **keep)
        except ConfigError:
            config = RunConfig.for_variant(name)
        self.show_config(config)

    def show_config(self, config: RunConfig) -> None:
        """Put ``config`` into the controls and everything that depends on the variant."""
        self.controls.set_values(config.to_dict())
        variant = VARIANTS[config.variant]
        self.controls.show_fields_for(
            fixed_device="cpu" if variant.cpu_only else None,
            fixed_dtype=variant.dtype if variant.cpu_only else None,
            momentum="momentum" in variant.options,
            update="update" in variant.options,
            why_fixed=f"The {variant.name} variant runs on the CPU in {variant.dtype}, as in the notebook",
        )
        self.setWindowTitle(f"{APP_NAME} — {variant.title}")
        self.views.label_heatmaps(variant.layers)
        if self.controller.trainer is None:
            self._show_panels_for(config)
        self._show_code(config)
        self.on_edited()

    def current_config(self, quiet: bool = False) -> RunConfig | None:
        """The validated settings shown, or None after explaining what is refused."""
        try:
            return RunConfig(**self.controls.values())
        except ConfigError as error:
            if not quiet:
                self.notes.show("error", f"<b>Cannot start:</b> {html.escape(str(error))}")
            return None

    @Slot()
    def on_edited(self) -> None:
        """A setting changed: the memory estimate, and what shows before a run, follow it."""
        try:
            config = RunConfig(**self.controls.values())
        except ConfigError as error:
            self.views.memory_note.setText(f"⚠ {error.allowed}" if error.field == "sizes" else f"⚠ {error}")
            return
        self.views.memory_note.setText(f"memory: about {_size(estimate_bytes(config))}")
        if not self.controller.active:
            self.notes.show_variant_notes(config)
            self._show_code(config)
        if self.controller.trainer is None:  # no matrix on show: the axes follow the sizes typed
            self.views.frame_heatmaps(_shapes(config))

    def _variant(self) -> str:
        return self.controls.values()["variant"]

    def _show_panels_for(self, config: RunConfig, race_checks: bool = False) -> None:
        depth = VARIANTS[config.variant].draws_depth and not race_checks
        self.views.show_side_panels(depth=depth, checks=race_checks)
        self.views.label_heatmaps(VARIANTS[config.variant].layers)
        self.views.frame_heatmaps(_shapes(config))

    def _paint_idle_status(self) -> None:
        config = self.current_config(quiet=True)
        if config is not None:
            self.painter.paint_status(None, config, self.controller.state)

    def _show_code(self, config: RunConfig, trainer: Trainer | None = None) -> None:
        """``config``'s code as it runs: in ``trainer``, edited only where a lane runs the edit; between runs,
        what Start would run."""
        variant = VARIANTS[config.variant]
        self.editing.show_variant(config.variant)
        text = self.editing.text_of(config.variant)
        if trainer is not None:
            edits = [lane.edited for lane in trainer.lanes if lane.edited and lane.edited.variant == config.variant]
            text = edits[0].text if edits else variant.full_source()
        source, first_line = panel_part(text)
        marks = {line: note.why for note in variant.notes if note.applies(config)
                 for line in note.lines(source, first_line)}
        self.views.code_view.show_source(variant.title, html.escape(variant.summary), source, first_line, marks)

    def _apply_and_restart(self, **changes) -> None:
        """A banner's action: change a setting; if a run was on or just ended, start again with it."""
        again = self.controller.state in ("running", "paused", "ended")
        self.controls.set_values(changes)
        self.views.banner.clear()
        self.on_edited()
        if again:
            self.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, lambda: self.views.arrange(self.width()))  # once the splitters have their sizes

    def closeEvent(self, event) -> None:
        self.controller.shutdown()
        self.settings.remember(self)
        super().closeEvent(event)


def _shapes(config: RunConfig) -> dict[str, tuple[int, int]]:
    """Each heatmap's matrix for ``config``, as (outputs, inputs)."""
    return {"first": (config.H, config.D_in), "middle": (config.H, config.H), "last": (config.D_out, config.H)}


def _size(n: int) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{max(n / 1e6, 0.1):.1f} MB"

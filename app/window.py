"""The main window: composes the widgets, runs a Trainer, redraws at frame rate."""

from __future__ import annotations

import html
import threading
import time
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import VARIANTS, ConfigError, RunConfig, RunResult, estimate_bytes
from models.config import MAX_LR, MAX_SIZE, MAX_STEPS, available_devices, device_for
from widgets.banner import Banner
from widgets.code_view import CodeView
from widgets.controls import DEFAULT_PACE, Controls
from widgets.depth_trace import DepthTrace
from widgets.heatmap import Heatmap
from widgets.loss_plot import LossPlot
from widgets.race_dialog import RaceDialog
from widgets.theme import THEMES

from .export import ExportError, atomic_write, csv_text, json_text
from .main import style_application
from .render import plot_png, plot_svg, widget_png
from .session import SessionError, read_session, session_text
from .frames import FRAME_S, MAX_PACE_FRAME_S, SLOW_EVERY
from .settings import Settings

if TYPE_CHECKING:
    from .trainer import Snapshot, Trainer

APP_NAME = "Descent Lab"
VIEWS = {"weights": "Weights", "change": "Change since step 0", "gradient": "Gradient of this step"}
VIEW_TIPS = {
    "weights": "The weight matrices as they are now",
    "change": "How far each weight moved since step 0: with lr 1e-6 this is where learning shows",
    "gradient": "The gradient used in this step's update",
}
AUTO_LEVELS_BY_VIEW = {"weights": False, "change": True, "gradient": True}
NN_REBIND_LINE = "param = param - learning_rate * param.grad"
NN_FLAT_NOTE = (
    "<b>Why is the loss flat?</b> The notebook updates with "
    "<code>param = param - learning_rate * param.grad</code>. That builds a new tensor and binds it "
    "to the loop variable <code>param</code>; the model's own parameters never change, so every "
    "step computes the same loss. Subtracting in place (<code>param -= …</code>) updates the model."
)
LOOKS = {  # normal, and presentation mode for a projector at the back of a room
    False: {"app_pt": 10, "plot_pt": 11, "small_pt": 10, "line": 1.0, "bar": 16},
    True: {"app_pt": 15, "plot_pt": 17, "small_pt": 15, "line": 2.5, "bar": 30},
}
SPLITTERS = ("main", "center")  # the others follow the variant on show


class MainWindow(QMainWindow):
    def __init__(self, remember: bool = True):
        """``remember``: restore and keep geometry and settings between starts (QSettings)."""
        super().__init__()
        self.settings = Settings(enabled=remember)
        self.theme = THEMES.get(self.settings.text("theme", "dark"), THEMES["dark"])
        self.presentation = self.settings.flag("presentation", False)
        self.trainer: Trainer | None = None  # the current run, or the last one while its views stay
        self._listening: Trainer | None = None  # the run whose signals are connected
        self._runs_kept = 0
        self._frames = 0
        self._torch_loader: threading.Thread | None = None
        self._devices_listed = False
        self._rate_samples: deque[tuple[float, int]] = deque(maxlen=40)
        self._shown_counts: dict[int, int] = {}
        self._shown_snapshot: Snapshot | None = None
        self._banner_action = None
        self._build()
        self._build_actions()
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(round(FRAME_S * 1000))
        self.frame_timer.timeout.connect(self._on_frame)
        self.frame_timer.start()
        self._restore()

    # Composition

    def _build(self) -> None:
        self.controls = Controls(
            [(name, v.title) for name, v in VARIANTS.items()],
            ["cpu"],  # the GPUs torch finds join the list once it has loaded
            {"max_size": MAX_SIZE, "max_steps": MAX_STEPS, "min_lr": 1e-15, "max_lr": MAX_LR},
        )
        for signal, slot in (
            (self.controls.start_clicked, self.start),
            (self.controls.pause_clicked, self.toggle_pause),
            (self.controls.step_clicked, self.step),
            (self.controls.stop_clicked, self.stop),
            (self.controls.reset_clicked, self.reset),
            (self.controls.defaults_clicked, self.notebook_defaults),
            (self.controls.variant_changed, self.select_variant),
            (self.controls.pace_changed, self._on_pace),
            (self.controls.edited, self._on_edited),
        ):
            signal.connect(slot)
        self.memory_note = QLabel()
        self.memory_note.setWordWrap(True)
        self.memory_note.setToolTip("About how much memory the run's tensors and history need")
        self.controls.layout().insertWidget(3, self.memory_note)
        self.controls_scroll = controls_scroll = QScrollArea()
        controls_scroll.setWidget(self.controls)
        controls_scroll.setWidgetResizable(True)

        self.banner = Banner()
        self.banner.action_clicked.connect(self._on_banner_action)

        self.loss_plot = LossPlot(theme=self.theme)
        self.log_scale = _checkbox("Log scale", "Loss on a logarithmic axis (L)", checked=True)
        self.log_scale.toggled.connect(self.loss_plot.set_log_scale)
        self.clear_runs = QPushButton("Clear past runs")
        self.clear_runs.setToolTip("Remove the faint curves of earlier runs (click a legend entry to hide one)")
        self.clear_runs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_runs.clicked.connect(self.clear_past_runs)
        loss_header = _row(_title("Loss at each step"), stretch=True)
        loss_header.addWidget(self.clear_runs)
        loss_header.addWidget(self.log_scale)
        loss_panel = _column(loss_header, self.loss_plot)

        # Panels most runs never show (depth, gradient check, middle_linear) are built on
        # first use: each pyqtgraph plot costs a few hundredths of a second to start.
        self._depth: tuple[DepthTrace, QWidget] | None = None
        self._check: tuple[LossPlot, QWidget] | None = None
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.addWidget(loss_panel)

        self.heatmaps = {key: Heatmap(theme=self.theme) for key in ("first", "last")}
        self.view_buttons = QButtonGroup(self)
        heat_header = _row(_title("Weight matrices"))
        for key, label in VIEWS.items():
            button = QRadioButton(label)
            button.setProperty("view", key)
            button.setToolTip(VIEW_TIPS[key])
            button.setChecked(key == "change")  # with lr 1e-6 the weights barely move: change shows learning
            self.view_buttons.addButton(button)
            heat_header.addWidget(button)
        self.view_buttons.buttonToggled.connect(self._on_view_changed)
        heat_header.addStretch(1)
        self.auto_levels = _checkbox("Auto levels", "Rescale the colours every frame; off, they stay as the "
                                                    "first frame set them")
        self.auto_levels.toggled.connect(self._on_auto_levels)
        heat_header.addWidget(self.auto_levels)
        self._auto_levels_by_view = dict(AUTO_LEVELS_BY_VIEW)
        self.maps = QSplitter(Qt.Orientation.Horizontal)
        for key in ("first", "last"):
            self.maps.addWidget(self.heatmaps[key])
        heat_panel = _column(heat_header, self.maps)
        self._on_view_changed()

        self.center_splitter = QSplitter(Qt.Orientation.Vertical)
        self.center_splitter.addWidget(self.top_splitter)
        self.center_splitter.addWidget(heat_panel)
        self.center_splitter.setStretchFactor(0, 3)
        self.center_splitter.setStretchFactor(1, 2)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(4, 4, 4, 4)
        center_layout.addWidget(self.banner)
        center_layout.addWidget(self.center_splitter, 1)
        center.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys go to the window's shortcuts

        self.code_view = CodeView(theme=self.theme)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (controls_scroll, center, self.code_view):
            self.main_splitter.addWidget(widget)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setCollapsible(1, False)
        self.setCentralWidget(self.main_splitter)
        center.setFocus()

        self.status = {}
        for key, tip in (
            ("variant", "The variant of this run"),
            ("step", "Steps done out of the total"),
            ("loss", "The loss of the latest step"),
            ("rate", "Steps per second over the last second; paused or ended, the run's average"),
            ("elapsed", "Time since Start"),
            ("device", "Where the tensors live"),
        ):
            label = QLabel()
            label.setToolTip(tip)
            self.status[key] = label
            self.statusBar().addPermanentWidget(label)

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        menus = {name: self.menuBar().addMenu(name) for name in ("&File", "&Run", "&Variant", "V&iew")}
        for menu, key, text, shortcuts, slot in (
            ("&File", "screenshot", "Save screenshot…", ["Ctrl+S"], self.save_screenshot),
            ("&File", "plot", "Save plot…", ["Ctrl+Shift+P"], self.save_plot),
            ("&File", "export", "Export run…", ["Ctrl+E"], self.export_run),
            ("&File", "open_session", "Open session…", ["Ctrl+O"], self.open_session),
            ("&File", "save_session", "Save session…", ["Ctrl+Shift+S"], self.save_session),
            ("&File", "quit", "Quit", ["Ctrl+Q"], self.close),
            ("&Run", "start_pause", "Start / Pause", ["Space"], self.start_or_pause),
            ("&Run", "step", "Step", ["Right", "S"], lambda: self.step(self.controls.step_count.currentData())),
            ("&Run", "stop", "Stop", ["Esc"], self.stop),
            ("&Run", "reset", "Reset", ["R"], self.reset),
            ("&Run", "race", "Race variants…", ["Ctrl+R"], self.race_dialog),
            ("&Run", "defaults", "Notebook defaults", ["D"], self.notebook_defaults),
            ("V&iew", "log_scale", "Log scale", ["L"], self.log_scale.toggle),
            ("V&iew", "code", "Code panel", ["C"], self.toggle_code_panel),
            ("V&iew", "clear_runs", "Clear past runs", ["Shift+C"], self.clear_past_runs),
            ("V&iew", "presentation", "Presentation mode", ["P"], self.toggle_presentation),
            ("V&iew", "light", "Light theme", ["T"], self.toggle_theme),
            ("V&iew", "fullscreen", "Full screen", ["F11"], self.toggle_full_screen),
            ("V&iew", "reset_layout", "Reset layout and settings", [], self.reset_layout),
        ):
            self.actions[key] = self._action(menus[menu], text, shortcuts, slot)
        for key in ("log_scale", "code", "presentation", "light", "fullscreen"):
            self.actions[key].setCheckable(True)
        self.actions["log_scale"].setChecked(True)
        self.log_scale.toggled.connect(self.actions["log_scale"].setChecked)
        for number, (name, variant) in enumerate(VARIANTS.items(), start=1):
            self.actions[f"variant_{name}"] = self._action(
                menus["&Variant"], f"{number}  {variant.title}", [str(number)],
                lambda checked=False, name=name: self.choose_variant(name),
            )

    def _action(self, menu, text: str, shortcuts: list[str], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    # torch, loaded after the window shows

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._torch_loader is None:
            # Importing torch takes a second or two: the window paints first, and
            # the import runs on a thread meanwhile, so nothing waits on it.
            self._torch_loader = threading.Thread(target=_import_compute, name="import torch", daemon=True)
            self._torch_loader.start()
            QTimer.singleShot(100, self._when_torch_loaded)

    def _when_torch_loaded(self) -> None:
        if self._torch_loader.is_alive():
            QTimer.singleShot(100, self._when_torch_loaded)
            return
        self._compute()

    def _compute(self):
        """The Trainer class, once torch has loaded (waiting for it only if it has not yet).

        The first call also lists the devices, which only torch can find: a GPU
        asked for before then (remembered, or from a session) is chosen now.
        """
        if self._torch_loader is not None and self._torch_loader.is_alive():
            self.statusBar().showMessage("Loading PyTorch…")
            self.statusBar().repaint()
            self._torch_loader.join()
            self.statusBar().clearMessage()
        from .trainer import Trainer

        if not self._devices_listed:
            self._devices_listed = True
            self.controls.set_devices(available_devices())
        return Trainer

    # Panels built on first use

    @property
    def depth_trace(self) -> DepthTrace:
        return self._depth_parts()[0]

    @property
    def depth_panel(self) -> QWidget:
        return self._depth_parts()[1]

    def _depth_parts(self) -> tuple[DepthTrace, QWidget]:
        if self._depth is None:
            trace = DepthTrace(theme=self.theme)
            self._depth = (trace, self._side_panel(trace, "Depth DynamicNet chose at each step", index=1))
        return self._depth

    @property
    def check_plot(self) -> LossPlot:
        return self._check_parts()[0]

    @property
    def check_panel(self) -> QWidget:
        return self._check_parts()[1]

    def _check_parts(self) -> tuple[LossPlot, QWidget]:
        if self._check is None:
            plot = LossPlot(theme=self.theme)
            plot.setLabel("left", "largest difference ÷ largest gradient")
            panel = self._side_panel(plot, "Gradient check: hand-derived against autograd")
            panel.setToolTip("Each step's largest difference between the gradients derived by hand "
                             "and autograd's, relative to the largest gradient: machine precision")
            self._check = (plot, panel)
        return self._check

    def _side_panel(self, view: QWidget, title: str, index: int = -1) -> QWidget:
        """A panel beside the loss plot, built hidden: the run that needs it shows it."""
        panel = _column(_title(title), view)
        panel.hide()
        self.top_splitter.insertWidget(index, panel)
        self._style_plots()
        return panel

    def _middle_heatmap(self) -> Heatmap:
        if "middle" not in self.heatmaps:
            self.heatmaps["middle"] = Heatmap(theme=self.theme)
            self.heatmaps["middle"].set_labels("middle_linear (reused)", "hidden unit", "hidden unit")
            self.heatmaps["middle"].hide()
            self.maps.insertWidget(1, self.heatmaps["middle"])
            self._style_plots()
            self._set_heatmap_levels(self._auto_levels_by_view[self.view])
        return self.heatmaps["middle"]

    # Running

    @Slot()
    def start_or_pause(self) -> None:
        state = self.controls.state
        if state == "running":
            self.pause()
        elif state == "paused":
            self.resume()
        else:
            self.start()

    @Slot()
    def start(self, paused: bool = False) -> bool:
        """Start a run of the settings shown; a refused setting is explained instead."""
        Trainer = self._compute()  # first: until torch has listed the devices, a GPU cannot be chosen
        config = self.current_config()
        if config is None:
            return False
        self._launch(Trainer(config, steps_per_s=self.controls.steps_per_s, paused=paused,
                             max_pixels=self._heatmap_pixels()))
        return True

    def start_race(self, names: list[str], dtype: str = "float64") -> bool:
        """Race ``names`` in lockstep on one problem, with the sizes, steps and seed shown."""
        Trainer = self._compute()
        values = self.controls.values()
        shared = {k: values[k] for k in ("N", "D_in", "H", "D_out", "steps", "seed")}
        try:
            configs = [
                RunConfig.for_variant(
                    name, **shared,
                    device=device_for(name, values["device"]),
                    dtype="float64" if name == "numpy" else dtype,
                )
                for name in VARIANTS if name in names
            ]
        except ConfigError as error:
            self._show_banner("error", f"<b>Cannot start the race:</b> {html.escape(str(error))}")
            return False
        from models import Problem

        problem = Problem.draw(values["N"], values["D_in"], values["H"], values["D_out"], values["seed"])
        self._launch(Trainer(configs, problem, steps_per_s=self.controls.steps_per_s,
                             max_pixels=self._heatmap_pixels()))
        return True

    def race_dialog(self) -> None:
        if self.controls.state in ("running", "paused"):
            self.statusBar().showMessage("Stop the run (Esc) before starting a race", 4000)
            return
        dialog = RaceDialog([(n, v.title) for n, v in VARIANTS.items()], ["numpy", "tensors", "autograd"], self)
        if dialog.exec():
            self.start_race(dialog.chosen(), dialog.dtype.currentText())

    def _launch(self, trainer: Trainer) -> None:
        self._show_run(trainer)
        trainer.ended.connect(self._on_ended)
        trainer.failed.connect(self._on_failed)
        self._listening = trainer
        trainer.start()
        self.controls.set_state("paused" if trainer.paused else "running")
        self._update_status()

    def _show_run(self, trainer: Trainer) -> None:
        """Make ``trainer`` the run on show: the last one becomes a past run, the views start empty."""
        self._retire_run()
        self._clear_views()
        self.trainer = trainer
        self._show_run_panels(trainer)
        self._show_code(trainer.config)
        self._show_static_notes(trainer.config if not trainer.is_race else None)

    @Slot()
    def pause(self) -> None:
        if self.trainer is not None and self.controls.state == "running":
            self.trainer.pause()
            self.controls.set_state("paused")

    @Slot()
    def resume(self) -> None:
        if self.trainer is not None and self.controls.state == "paused":
            self.trainer.resume()
            self.controls.set_state("running")

    @Slot()
    def toggle_pause(self) -> None:
        self.resume() if self.controls.state == "paused" else self.pause()

    @Slot(int)
    def step(self, count: int = 1) -> None:
        """Run exactly ``count`` steps, then hold; from no run, a new run's first steps."""
        state = self.controls.state
        if state == "running":
            return
        if state == "paused":
            self.trainer.step(count)
        elif self.start(paused=True) and count > 1:
            self.trainer.step(count - 1)  # the first step runs before the first pause

    @Slot()
    def stop(self) -> None:
        if self.trainer is not None and self.controls.state in ("running", "paused"):
            self.trainer.stop()

    @Slot()
    def reset(self) -> None:
        """Stop, keep the run as a faint past curve, and clear the live views."""
        self._retire_run()
        self._clear_views()
        self.controls.set_state("idle")
        self._show_run_panels(None)
        self._show_static_notes(self.current_config(quiet=True))
        self._update_status()

    def _retire_run(self) -> None:
        """Stop the current run and keep its curves on the plot as past runs."""
        trainer = self.trainer
        if trainer is None:
            return
        self._discard_trainer()
        for index, lane in enumerate(trainer.lanes):
            self._runs_kept += 1
            color = self.theme.palette[(self._runs_kept - 1) % len(self.theme.palette)]
            self.loss_plot.keep(self._curve_key(trainer, index), f"run {self._runs_kept}", run_label(lane.config),
                                color)
        self.trainer = None

    @Slot()
    def clear_past_runs(self) -> None:
        self.loss_plot.clear_past_runs()

    # Settings shown in the controls

    @Slot()
    def notebook_defaults(self) -> None:
        if self.controls.state in ("running", "paused"):
            return
        self.show_config(RunConfig.for_variant(self.controls.values()["variant"]))

    def choose_variant(self, name: str) -> None:
        """Keys 1 to 7: only between runs, since a run's settings are locked."""
        if self.controls.state in ("running", "paused"):
            self.statusBar().showMessage("Stop the run (Esc) before switching variant", 4000)
            return
        self.select_variant(name)

    @Slot(str)
    def select_variant(self, name: str) -> None:
        """Show ``name`` with its notebook defaults, keeping the problem sizes, steps and seed."""
        values = self.controls.values()
        keep = {k: values[k] for k in ("N", "D_in", "H", "D_out", "steps", "seed")}
        if name != "numpy":
            keep["device"] = values["device"]  # a chosen GPU stays chosen across variants
        try:
            config = RunConfig.for_variant(name, **keep)
        except ConfigError:
            config = RunConfig.for_variant(name)
        self.show_config(config)

    def show_config(self, config: RunConfig) -> None:
        """Put ``config`` into the controls and everything that depends on the variant."""
        self.controls.set_values(config.to_dict())
        fixed = config.variant == "numpy"
        self.controls.show_fields_for(
            fixed_device="cpu" if fixed else None,
            fixed_dtype="float64" if fixed else None,
            momentum=config.variant == "dynamic",
            update=config.variant == "nn",
            why_fixed="The numpy variant runs on the CPU in float64, as in the notebook",
        )
        self.setWindowTitle(f"{APP_NAME} — {VARIANTS[config.variant].title}")
        self._label_heatmaps(config)
        if self.trainer is None:
            self._show_run_panels(None)
        self._show_code(config)
        self._on_edited()

    def current_config(self, quiet: bool = False) -> RunConfig | None:
        """The validated settings shown, or None after explaining what is refused."""
        try:
            return RunConfig(**self.controls.values())
        except ConfigError as error:
            if not quiet:
                self._show_banner("error", f"<b>Cannot start:</b> {html.escape(str(error))}")
            return None

    @Slot()
    def _on_edited(self) -> None:
        try:
            config = RunConfig(**self.controls.values())
        except ConfigError as error:
            self.memory_note.setText(f"⚠ {error.allowed}" if error.field == "sizes" else f"⚠ {error}")
            return
        self.memory_note.setText(f"memory: about {_size(estimate_bytes(config))}")
        if self.controls.state not in ("running", "paused"):
            self._show_static_notes(config)
            self._show_code(config)
        if self.trainer is None:  # no matrix on show: the axes follow the sizes typed
            self._frame_heatmaps(config)

    def _show_code(self, config: RunConfig) -> None:
        variant = VARIANTS[config.variant]
        source, first_line = variant.source()
        marks = {}
        if config.variant == "nn" and config.update == "notebook":
            for offset, line in enumerate(source.splitlines()):
                if NN_REBIND_LINE in line:
                    marks[first_line + offset] = ("this binds the name param to a new tensor; the model's "
                                                  "parameters never change, so the loss stays flat.")
        self.code_view.show_source(variant.title, html.escape(variant.summary), source, first_line, marks)

    def _show_static_notes(self, config: RunConfig | None) -> None:
        """Notes that depend on the settings alone: the nn variant's flat loss."""
        if config is not None and config.variant == "nn" and config.update == "notebook":
            self._show_banner("info", NN_FLAT_NOTE, "Use the in-place update",
                              lambda: self._apply_and_restart(update="in-place"))
        elif self.banner.kind == "info":
            self.banner.clear()

    def _apply_and_restart(self, **changes) -> None:
        """A banner's action: change a setting; if a run was on or just ended, start again with it."""
        again = self.controls.state in ("running", "paused", "ended")
        self.controls.set_values(changes)
        self.banner.clear()
        self._on_edited()
        if again:
            self.start()

    # Signals from the trainer and the widgets

    def _is_stale(self) -> bool:
        """A queued signal from a run already replaced: it must not speak for the run on show."""
        return self.sender() is not self.trainer

    @Slot(str)
    def _on_ended(self, outcome: str) -> None:
        if self._is_stale():
            return
        self._on_frame(complete=True)
        self.controls.set_state("ended")
        self._update_status()  # from the live pace to the run's average
        if outcome.startswith("diverged"):
            self._explain_divergence()
        diverged = [f"{lane.config.variant} {lane.outcome}" for lane in self.trainer.lanes
                    if lane.outcome.startswith("diverged")]
        detail = f" ({'; '.join(diverged)})" if self.trainer.is_race and diverged else ""
        self.statusBar().showMessage(f"Run {outcome}{detail}", 8000)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._is_stale():
            return
        self._on_frame(complete=True)
        self.controls.set_state("ended")
        self._update_status()
        self._show_banner("error", f"<b>The run failed:</b> {html.escape(message)}. "
                                   "The window is fine; change the settings and press Start.")

    @Slot(object)
    def _on_pace(self, steps_per_s) -> None:
        self.frame_timer.setInterval(round(1000 * (FRAME_S if steps_per_s else MAX_PACE_FRAME_S)))
        if self.trainer is not None:
            self.trainer.set_pace(steps_per_s)

    def _explain_divergence(self) -> None:
        config, losses = self.trainer.config, self.trainer.history.losses
        smaller = config.lr / 10
        self._show_banner(
            "warning",
            f"<b>The run diverged at step {len(losses) - 1}:</b> the loss became {losses[-1]}. "
            "Each update overshot by more than it corrected. A smaller learning rate "
            f"keeps it stable: try {smaller:g}.",
            f"Try lr = {smaller:g}",
            lambda: self._apply_and_restart(lr=smaller),
        )

    def _show_banner(self, kind: str, text: str, action: str | None = None, callback=None) -> None:
        self._banner_action = callback
        self.banner.show_message(kind, text, action)

    @Slot()
    def _on_banner_action(self) -> None:
        if self._banner_action is not None:
            self._banner_action()

    @Slot()
    def _on_view_changed(self, *_) -> None:
        auto = self._auto_levels_by_view[self.view]
        self.auto_levels.blockSignals(True)
        self.auto_levels.setChecked(auto)
        self.auto_levels.blockSignals(False)
        self._set_heatmap_levels(auto)

    @Slot(bool)
    def _on_auto_levels(self, auto: bool) -> None:
        self._auto_levels_by_view[self.view] = auto
        self._set_heatmap_levels(auto)

    def _set_heatmap_levels(self, auto: bool) -> None:
        for heatmap in self.heatmaps.values():
            heatmap.set_auto_levels(auto)
        self._shown_snapshot = None  # redraw in the new view

    @property
    def view(self) -> str:
        return self.view_buttons.checkedButton().property("view")

    # Drawing, at frame rate

    @Slot()
    def _on_frame(self, complete: bool = False) -> None:
        """Redraw what changed: the loss curves every frame, the rest every third (see frames.py).

        Weights, depths, progress and the status bar change slowly to the eye, and
        every redraw takes the training thread's turn at the GIL; ``complete``
        redraws everything at once (a pause, the end of a run).
        """
        trainer = self.trainer
        if trainer is None:
            return
        self._frames += 1
        for index, lane in enumerate(trainer.lanes):
            count = lane.history.count
            if count == self._shown_counts.get(index):
                continue
            self._shown_counts[index] = count
            if trainer.is_race:
                lanes = len(trainer.lanes)
                self.loss_plot.set_losses(lane.history.losses, self._curve_key(trainer, index),
                                          run_label(lane.config), self._lane_color(index),
                                          width=self._line_width() * (1 + 2 * (lanes - 1 - index)))
            else:
                self.loss_plot.set_losses(lane.history.losses)
        if complete or self._frames % SLOW_EVERY == 0:
            self._show_slow_views(trainer)

    def _show_slow_views(self, trainer: Trainer) -> None:
        lane = trainer.lanes[0]
        history = lane.history
        if history.depths is not None and self._depth is not None and len(history.depths) != len(
            self.depth_trace.depths
        ):
            self.depth_trace.set_depths(history.depths)
        if self.controls.progress.value() != history.count:
            self.controls.set_progress(history.count, lane.config.steps)
        if lane.outcome and lane.outcome.startswith("diverged"):
            self.loss_plot.mark_divergence(history.count - 1)
        for index, (name, differences) in enumerate(trainer.checks.items()):
            exact = differences.count and not differences.losses.any()
            label = f"{name}: 0, identical" if exact else name
            self.check_plot.set_losses(differences.losses, name, label, self._lane_color(index + 1))
        snapshot = trainer.snapshot
        if snapshot is not None and snapshot is not self._shown_snapshot:
            self._shown_snapshot = snapshot
            self._show_snapshot(snapshot, trainer.first_snapshot)
        self._update_status()

    def _curve_key(self, trainer: Trainer, index: int) -> str:
        return f"lane {trainer.lanes[index].config.variant}" if trainer.is_race else LossPlot.LIVE

    def _line_width(self) -> float:
        return LOOKS[self.presentation]["line"]

    def _lane_color(self, index: int) -> str:
        return self.theme.palette[index % len(self.theme.palette)]

    def _show_snapshot(self, snapshot: Snapshot, first: Snapshot | None) -> None:
        names = list(snapshot.weights)
        view = self.view
        if len(names) == 3:
            self._middle_heatmap()
        for key, name in zip(_heatmap_keys(len(names)), names):
            if view == "weights":
                matrix = snapshot.weights[name]
            elif view == "change":
                with np.errstate(over="ignore", invalid="ignore"):  # inf - inf after a divergence: a hole
                    matrix = snapshot.weights[name] - first.weights[name] if first else None
            else:
                matrix = snapshot.grads.get(name)
            if matrix is not None:
                self.heatmaps[key].set_matrix(matrix, snapshot.shapes.get(name))

    def _update_status(self) -> None:
        trainer = self.trainer
        config = trainer.config if trainer else self.current_config(quiet=True)
        if config is None:
            return
        count = trainer.history.count if trainer else 0
        now = time.perf_counter()
        self._rate_samples.append((now, count))
        while len(self._rate_samples) > 2 and now - self._rate_samples[0][0] > 1.0:
            self._rate_samples.popleft()
        (t0, c0), (t1, c1) = self._rate_samples[0], self._rate_samples[-1]
        if self.controls.state == "running":
            rate = (c1 - c0) / (t1 - t0) if t1 > t0 else 0.0
            rate_text = f"{rate:,.0f} steps/s"
        elif trainer is not None and trainer.elapsed_s > 0:  # paused or ended: the run's own average
            rate_text = f"{count / trainer.elapsed_s:,.0f} steps/s on average"
        else:
            rate_text = "0 steps/s"
        losses = trainer.history.losses if trainer else np.empty(0)
        name = f"race of {len(trainer.lanes)}" if trainer and trainer.is_race else config.variant
        texts = {
            "variant": name,
            "step": f"step {count} / {config.steps}",
            "loss": f"loss {losses[-1]:.6g}" if len(losses) else "loss –",
            "rate": rate_text,
            "elapsed": f"{trainer.elapsed_s:.1f} s" if trainer else "0.0 s",
            "device": config.device,
        }
        for key, text in texts.items():
            if self.status[key].text() != text:  # a label that changes relays the status bar out
                self.status[key].setText(text)

    # Files: screenshots, plots, runs, sessions

    def save_screenshot(self, path: str | Path | None = None) -> Path | None:
        """The whole window as PNG, at the screen's device pixel ratio."""
        path = path or self._ask_path("Save screenshot", "png", "PNG image (*.png)")
        return self._write(path, lambda: widget_png(self), "Screenshot")

    def save_plot(self, path: str | Path | None = None, width: int | None = None) -> Path | None:
        """The loss plot alone: PNG at a chosen width, or SVG."""
        path = path or self._ask_path("Save plot", "png", "PNG image (*.png);;SVG drawing (*.svg)")
        if path is None:
            return None
        if Path(path).suffix.lower() == ".svg":
            return self._write(path, lambda: plot_svg(self.loss_plot), "Plot")
        if width is None:
            width, accepted = QInputDialog.getInt(self, "Plot width", "Width in pixels:", 1600, 200, 10000, 100)
            if not accepted:
                return None
        return self._write(path, lambda: plot_png(self.loss_plot, width), "Plot")

    def export_run(self, path: str | Path | None = None) -> list[Path]:
        """CSV of every step and JSON with the configuration and summary, as the CLI writes them.

        ``path`` names the CSV; the JSON goes beside it. A race writes one pair per variant.
        """
        results = self.results()
        if not results:
            self.statusBar().showMessage("There is no run to export yet", 4000)
            return []
        path = path or self._ask_path("Export run", "csv", "CSV of every step, with a JSON summary (*.csv)")
        if path is None:
            return []
        base = Path(path).with_suffix("")
        written = []
        for result in results:
            stem = f"{base}-{result.config.variant}" if len(results) > 1 else str(base)
            for suffix, make in ((".csv", csv_text), (".json", json_text)):
                done = self._write(Path(stem + suffix), lambda make=make, result=result: make(result), "Run")
                if done is None:
                    return written
                written.append(done)
        return written

    def save_session(self, path: str | Path | None = None) -> Path | None:
        config = self.current_config()
        if config is None:
            return None
        path = path or self._ask_path("Save session", "json", "Descent Lab session (*.json)", name="session")
        return self._write(path, lambda: session_text(config, self.controls.steps_per_s), "Session")

    def open_session(self, path: str | Path | None = None) -> bool:
        """Restore the controls from a session file; a bad file changes nothing."""
        if self.controls.state in ("running", "paused"):
            self.statusBar().showMessage("Stop the run (Esc) before opening a session", 4000)
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Open session", str(self.settings.folder()),
                                                  "Descent Lab session (*.json);;All files (*)")
            if not path:
                return False
        try:
            config, pace = read_session(path)
        except SessionError as error:
            self._show_banner("error", f"<b>Cannot open the session:</b> {html.escape(str(error))}. "
                                       "The current settings are unchanged.")
            return False
        self.show_config(config)
        self.controls.set_pace(pace)
        self.settings.set_folder(Path(path).parent)
        self.statusBar().showMessage(f"Opened {Path(path).name}", 4000)
        return True

    def results(self) -> list[RunResult]:
        """The current or last run, one result per lane, for exports."""
        trainer = self.trainer
        if trainer is None or trainer.history.count == 0:
            return []
        return [
            RunResult(lane.config, lane.history.losses.copy(),
                      None if lane.history.depths is None else lane.history.depths.copy(),
                      lane.outcome or f"in progress at step {lane.history.count - 1}", trainer.elapsed_s)
            for lane in trainer.lanes
        ]

    def _ask_path(self, title: str, suffix: str, filters: str, name: str | None = None) -> Path | None:
        variant = self.trainer.config.variant if self.trainer else self.controls.values()["variant"]
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        default = self.settings.folder() / f"descent-lab-{name or variant}-{stamp}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(default), filters)
        return Path(path) if path else None

    def _write(self, path: str | Path | None, make, what: str) -> Path | None:
        """Write what ``make`` returns to ``path`` whole, or explain why not; nothing is lost."""
        if path is None:
            return None
        path = Path(path)
        try:
            written = atomic_write(path, make())
        except (ExportError, ValueError) as error:
            self._show_banner("error", f"<b>{what} not saved.</b> {html.escape(str(error))}. Nothing is lost: "
                                       "the run is still here, and can be saved somewhere else.")
            return None
        self.settings.set_folder(path.parent)
        self.statusBar().showMessage(f"Saved {written}", 6000)
        return written

    # The look: theme, presentation mode, panels, full screen

    def toggle_theme(self) -> None:
        self.theme = THEMES["light" if self.theme.name == "dark" else "dark"]
        self.apply_look()

    def toggle_presentation(self) -> None:
        self.presentation = not self.presentation
        self.apply_look()
        self._default_splitter_sizes()  # bigger text needs the room shared out again

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
        self.actions["fullscreen"].setChecked(self.isFullScreen())

    def toggle_code_panel(self) -> None:
        self.code_view.setVisible(not self.code_view.isVisible())
        self.actions["code"].setChecked(self.code_view.isVisible())

    def apply_look(self) -> None:
        """Colours and sizes for the theme and for presentation mode, everywhere at once."""
        look = LOOKS[self.presentation]
        app = QApplication.instance()
        if app is not None:
            style_application(app, self.theme, look["app_pt"])
        self._style_plots()
        self.code_view.apply_theme(self.theme, font_pt=look["small_pt"])
        self.controls_scroll.setMinimumWidth(self.controls.sizeHint().width() + 24)
        self.actions["presentation"].setChecked(self.presentation)
        self.actions["light"].setChecked(self.theme.name == "light")
        self._shown_counts.clear()
        self._shown_snapshot = None

    def _style_plots(self) -> None:
        """The theme and sizes on every plot built so far."""
        look = LOOKS[self.presentation]
        plots = [self.loss_plot] + ([self._check[0]] if self._check else [])
        for plot in plots:
            plot.apply_theme(self.theme, line_width=look["line"], font_pt=look["plot_pt"])
        for heatmap in self.heatmaps.values():
            heatmap.apply_theme(self.theme, font_pt=look["small_pt"], bar_width=look["bar"])
        if self._depth:
            self._depth[0].apply_theme(self.theme, font_pt=look["small_pt"])

    def reset_layout(self) -> None:
        """Forget what was remembered and go back to the first-start layout and settings."""
        self.settings.clear()
        self.theme, self.presentation = THEMES["dark"], False
        self.code_view.setVisible(True)
        self.actions["code"].setChecked(True)
        self.resize(1600, 960)
        self._default_splitter_sizes()
        if self.controls.state not in ("running", "paused"):
            self.show_config(RunConfig())
            self.controls.set_pace(DEFAULT_PACE)
        self.apply_look()

    def _default_splitter_sizes(self) -> None:
        width = max(self.width(), 1200)
        controls = self.controls.sizeHint().width() + 24
        code = round((width - controls) * 0.3)
        self.main_splitter.setSizes([controls, width - controls - code, code])
        self.center_splitter.setSizes([560, 380])

    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1600, 960)
        self._default_splitter_sizes()
        for name in SPLITTERS:
            state = self.settings.splitter(name)
            if state is not None:
                getattr(self, f"{name}_splitter").restoreState(state)
        self.code_view.setVisible(self.settings.flag("code_panel", True))
        self.actions["code"].setChecked(self.code_view.isVisible())
        self.show_config(self.settings.config() or RunConfig())
        self.controls.set_pace(self.settings.pace(DEFAULT_PACE))
        self.apply_look()

    def _remember(self) -> None:
        settings = self.settings
        settings.set_geometry(self.saveGeometry())
        for name in SPLITTERS:
            settings.set_splitter(name, getattr(self, f"{name}_splitter").saveState())
        config = self.current_config(quiet=True)
        if config is not None:
            settings.set_config(config)
        settings.set_pace(self.controls.steps_per_s)
        settings.set_text("theme", self.theme.name)
        settings.set_flag("presentation", self.presentation)
        settings.set_flag("code_panel", self.code_view.isVisible())
        settings.sync()

    # Housekeeping

    def _discard_trainer(self) -> None:
        """Disconnect the old run first, so a stale run never paints, then stop and join it."""
        trainer = self.trainer
        if trainer is None:
            return
        if self._listening is trainer:
            trainer.ended.disconnect(self._on_ended)
            trainer.failed.disconnect(self._on_failed)
            self._listening = None
        trainer.stop()
        trainer.wait()
        self._on_frame(complete=True)

    def _clear_views(self) -> None:
        steps = self.controls.steps.value()
        self._shown_counts.clear()
        self._shown_snapshot = None
        self._rate_samples.clear()
        self.loss_plot.reset(run_length=steps)
        if self._check:
            self.check_plot.reset(run_length=steps)
            for key in list(self.check_plot.curves):
                self.check_plot.remove(key)
        if self._depth:
            self.depth_trace.reset()
            self.depth_trace.set_run_length(steps)
        for heatmap in self.heatmaps.values():
            heatmap.reset()
        self.controls.set_progress(0, steps)
        self.banner.clear()

    def _show_run_panels(self, trainer: Trainer | None) -> None:
        """Beside the loss: DynamicNet's depth, or a race's gradient check."""
        variant = trainer.config.variant if trainer else self.controls.values()["variant"]
        checks = bool(trainer and trainer.checks)
        depth = variant == "dynamic" and not checks
        shown = (self._check is not None and self.check_panel.isVisibleTo(self),
                 self._depth is not None and self.depth_panel.isVisibleTo(self))
        if shown != (checks, depth):
            for wanted, parts, build in ((checks, self._check, self._check_parts),
                                         (depth, self._depth, self._depth_parts)):
                if wanted or parts is not None:
                    build()[1].setVisible(wanted)
            width = max(self.top_splitter.width(), 600)
            share = 0.45 if checks else 0.25 if depth else 0.0
            sizes = {0: round(width * (1 - share))}
            for panel in filter(None, (self._depth, self._check)):
                sizes[self.top_splitter.indexOf(panel[1])] = round(width * share) if panel[1].isVisibleTo(
                    self) else 0
            self.top_splitter.setSizes([sizes.get(i, 0) for i in range(self.top_splitter.count())])
        config = trainer.config if trainer else self.current_config(quiet=True) or RunConfig.for_variant(variant)
        self._label_heatmaps(config)
        self._frame_heatmaps(config)

    def _label_heatmaps(self, config: RunConfig) -> None:
        names = {  # as the code names them (a Linear module's matrix is its .weight)
            "numpy": ("w1", "w2"), "tensors": ("w1", "w2"), "autograd": ("w1", "w2"),
            "nn": ("model[0]", "model[2]"), "optim": ("model[0]", "model[2]"),
            "custom": ("linear1", "linear2"), "dynamic": ("input_linear", "output_linear"),
        }[config.variant]
        self.heatmaps["first"].set_labels(f"Layer 1: {names[0]}", "hidden unit", "input feature")
        self.heatmaps["last"].set_labels(f"Layer 2: {names[1]}", "output", "hidden unit")
        dynamic = config.variant == "dynamic"
        if not dynamic and "middle" not in self.heatmaps:
            return
        middle = self._middle_heatmap()
        if middle.isVisibleTo(self) != dynamic:
            middle.setVisible(dynamic)
            width = max(self.maps.width(), 600)
            shares = (0.4, 0.3, 0.3) if dynamic else (0.55, 0.0, 0.45)
            self.maps.setSizes([round(width * share) for share in shares])

    def _frame_heatmaps(self, config: RunConfig) -> None:
        """Axes in the shape of the matrices a run of ``config`` shows: the class sees it before Start."""
        shapes = {"first": (config.H, config.D_in), "middle": (config.H, config.H), "last": (config.D_out, config.H)}
        for name, heatmap in self.heatmaps.items():
            heatmap.set_shape(*shapes[name])

    def _heatmap_pixels(self) -> tuple[int, int]:
        ratio = self.devicePixelRatioF()
        widest = max(self.heatmaps["first"].width(), 64)
        tallest = max(self.heatmaps["first"].height(), 64)
        return round(tallest * ratio), round(widest * ratio)

    def closeEvent(self, event) -> None:
        self.frame_timer.stop()
        self._discard_trainer()
        self._remember()
        if self._torch_loader is not None:
            self._torch_loader.join()  # an import cut short by the interpreter's exit prints a traceback
        super().closeEvent(event)


def _import_compute() -> None:
    import torch._dynamo  # noqa: F401  (torch.optim loads it at its first optimizer: 2 s into a run)

    import app.trainer  # noqa: F401  (torch and the variants' machinery come with it)


def run_label(config: RunConfig) -> str:
    """How a run is named in the legend: variant, lr, seed, and what else matters."""
    parts = [config.variant, f"lr {config.lr:g}", f"seed {config.seed}"]
    if config.variant == "nn":
        parts.append(f"{config.update} update")
    if config.dtype != RunConfig.for_variant(config.variant).dtype:
        parts.append(config.dtype)
    if config.device != "cpu":
        parts.append(config.device)
    return ", ".join(parts)


def _heatmap_keys(count: int) -> tuple[str, ...]:
    return ("first", "middle", "last") if count == 3 else ("first", "last")


def _size(n: int) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{max(n / 1e6, 0.1):.1f} MB"


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("panelTitle")
    return label


def _checkbox(text: str, tip: str, checked: bool = False) -> QCheckBox:
    box = QCheckBox(text)
    box.setToolTip(tip)
    box.setChecked(checked)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return box


def _row(*widgets, stretch: bool = False) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


def _column(header, body: QWidget) -> QWidget:
    """A panel: a header (widget or layout) over a body that takes the space."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    if isinstance(header, QWidget):
        layout.addWidget(header)
    else:
        layout.addLayout(header)
    layout.addWidget(body, 1)
    return panel

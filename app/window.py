"""The main window: composes the widgets, runs a Trainer, redraws at frame rate."""

from __future__ import annotations

import html
import time
from collections import deque

import numpy as np
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import VARIANTS, ConfigError, RunConfig, RunResult, available_devices, estimate_bytes
from models.config import MAX_LR, MAX_SIZE, MAX_STEPS
from widgets.banner import Banner
from widgets.controls import Controls
from widgets.depth_trace import DepthTrace
from widgets.heatmap import Heatmap
from widgets.loss_plot import LossPlot
from widgets.theme import DARK

from .trainer import FRAME_S, Snapshot, Trainer

APP_NAME = "Descent Lab"
VIEWS = {"weights": "Weights", "change": "Change since step 0", "gradient": "Gradient of this step"}
AUTO_LEVELS_BY_VIEW = {"weights": False, "change": True, "gradient": True}
NN_FLAT_NOTE = (
    "<b>Why is the loss flat?</b> The notebook updates with "
    "<code>param = param - learning_rate * param.grad</code>. That builds a new tensor and binds it "
    "to the loop variable <code>param</code>; the model's own parameters never change, so every "
    "step computes the same loss. Subtracting in place (<code>param -= …</code>) updates the model."
)


class MainWindow(QMainWindow):
    def __init__(self, theme=DARK):
        super().__init__()
        self.theme = theme
        self.trainer: Trainer | None = None  # the current run, or the last one while its views stay
        self._listening: Trainer | None = None  # the run whose signals are connected
        self._rate_samples: deque[tuple[float, int]] = deque(maxlen=40)
        self._shown_count = -1
        self._shown_snapshot: Snapshot | None = None
        self._build()
        self._build_actions()
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(round(FRAME_S * 1000))
        self.frame_timer.timeout.connect(self._on_frame)
        self.frame_timer.start()
        self._show_config(RunConfig())
        self.resize(1500, 940)

    # Composition

    def _build(self) -> None:
        self.controls = Controls(
            [(name, v.title) for name, v in VARIANTS.items()],
            available_devices(),
            {"max_size": MAX_SIZE, "max_steps": MAX_STEPS, "min_lr": 1e-15, "max_lr": MAX_LR},
        )
        self.controls.start_clicked.connect(self.start)
        self.controls.pause_clicked.connect(self.toggle_pause)
        self.controls.step_clicked.connect(self.step)
        self.controls.stop_clicked.connect(self.stop)
        self.controls.reset_clicked.connect(self.reset)
        self.controls.defaults_clicked.connect(self.notebook_defaults)
        self.controls.variant_changed.connect(self.select_variant)
        self.controls.pace_changed.connect(self._on_pace)
        self.controls.edited.connect(self._on_edited)
        self.memory_note = QLabel()
        self.memory_note.setToolTip("About how much memory the run's tensors and history need")
        self.controls.layout().insertWidget(3, self.memory_note)
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(self.controls.sizeHint().width() + 24)

        self.banner = Banner()
        self.banner.action_clicked.connect(self._on_banner_action)
        self._banner_action = None

        self.loss_plot = LossPlot(theme=self.theme)
        self.log_scale = QCheckBox("Log scale")
        self.log_scale.setChecked(True)
        self.log_scale.setToolTip("Loss on a logarithmic axis (L)")
        self.log_scale.toggled.connect(self.loss_plot.set_log_scale)
        self.depth_trace = DepthTrace(theme=self.theme)
        self.depth_title = QLabel("Depth DynamicNet chose at each step")
        self.depth_title.setObjectName("panelTitle")
        depth_panel = _column(self.depth_title, self.depth_trace)
        self.depth_panel = depth_panel
        loss_title = QLabel("Loss at each step")
        loss_title.setObjectName("panelTitle")
        loss_header = _row(loss_title, stretch=True)
        loss_header.addWidget(self.log_scale)
        loss_panel = QWidget()
        loss_layout = QVBoxLayout(loss_panel)
        loss_layout.setContentsMargins(0, 0, 0, 0)
        loss_layout.addLayout(loss_header)
        loss_layout.addWidget(self.loss_plot, 1)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.addWidget(loss_panel)
        self.top_splitter.addWidget(depth_panel)
        self.top_splitter.setStretchFactor(0, 3)
        self.top_splitter.setStretchFactor(1, 1)

        self.heatmaps = {key: Heatmap(theme=self.theme) for key in ("first", "middle", "last")}
        self.view_buttons = QButtonGroup(self)
        header = _row(_title("Weight matrices"), stretch=False)
        for key, label in VIEWS.items():
            button = QRadioButton(label)
            button.setProperty("view", key)
            button.setToolTip({
                "weights": "The weight matrices as they are now",
                "change": "How far each weight moved since step 0: learning made visible",
                "gradient": "The gradient used in this step's update",
            }[key])
            self.view_buttons.addButton(button)
            header.addWidget(button)
            if key == "change":  # with lr 1e-6 the weights barely move: change is what shows learning
                button.setChecked(True)
        self.view_buttons.buttonToggled.connect(self._on_view_changed)
        header.addStretch(1)
        self.auto_levels = QCheckBox("Auto levels")
        self.auto_levels.setToolTip("Rescale the colours to every frame; off, they are fixed from the first frame")
        self.auto_levels.toggled.connect(self._on_auto_levels)
        header.addWidget(self.auto_levels)
        self._auto_levels_by_view = dict(AUTO_LEVELS_BY_VIEW)
        self._on_view_changed()
        self.maps = maps = QSplitter(Qt.Orientation.Horizontal)
        for key in ("first", "middle", "last"):
            maps.addWidget(self.heatmaps[key])
        heat_panel = QWidget()
        heat_layout = QVBoxLayout(heat_panel)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        heat_layout.addLayout(header)
        heat_layout.addWidget(maps, 1)

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

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(scroll)
        self.main_splitter.addWidget(center)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setCollapsible(1, False)
        self.setCentralWidget(self.main_splitter)
        center.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        center.setFocus()

        self.status = {}
        for key, tip in (
            ("variant", "The variant of this run"),
            ("step", "Steps done out of the total"),
            ("loss", "The loss of the latest step"),
            ("rate", "Steps per second, over the last second"),
            ("elapsed", "Time since Start"),
            ("device", "Where the tensors live"),
        ):
            label = QLabel()
            label.setToolTip(tip)
            self.status[key] = label
            self.statusBar().addPermanentWidget(label)

    def _build_actions(self) -> None:
        self.actions = {}
        file_menu = self.menuBar().addMenu("&File")
        self.actions["quit"] = self._action(file_menu, "Quit", ["Ctrl+Q"], self.close)
        run_menu = self.menuBar().addMenu("&Run")
        for key, text, shortcuts, slot in (
            ("start_pause", "Start / Pause", ["Space"], self.start_or_pause),
            ("step", "Step", ["Right", "S"], lambda: self.step(self.controls.step_count.currentData())),
            ("stop", "Stop", ["Esc"], self.stop),
            ("reset", "Reset", ["R"], self.reset),
            ("defaults", "Notebook defaults", ["D"], self.notebook_defaults),
        ):
            self.actions[key] = self._action(run_menu, text, shortcuts, slot)
        variant_menu = self.menuBar().addMenu("&Variant")
        for number, (name, variant) in enumerate(VARIANTS.items(), start=1):
            self.actions[f"variant_{name}"] = self._action(
                variant_menu, f"{number}  {variant.title}", [str(number)],
                lambda checked=False, name=name: self.choose_variant(name),
            )
        view_menu = self.menuBar().addMenu("V&iew")
        log_action = self._action(view_menu, "Log scale", ["L"], self.log_scale.toggle)
        self.actions["log_scale"] = log_action

    def _action(self, menu, text: str, shortcuts: list[str], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    # What the user asks for

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
        config = self.current_config()
        if config is None:
            return False
        self._discard_trainer()
        self._clear_views()
        trainer = Trainer(config, steps_per_s=self.controls.steps_per_s, paused=paused,
                          max_pixels=self._heatmap_pixels())
        trainer.ended.connect(self._on_ended)
        trainer.failed.connect(self._on_failed)
        self.trainer = self._listening = trainer
        self._show_static_notes(config)
        trainer.start()
        self.controls.set_state("paused" if paused else "running")
        self._update_status()
        return True

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
        self._discard_trainer()
        self.trainer = None
        self._clear_views()
        self.controls.set_state("idle")
        self._show_static_notes(self.current_config(quiet=True))
        self._update_status()

    @Slot()
    def notebook_defaults(self) -> None:
        if self.controls.state in ("running", "paused"):
            return
        self._show_config(RunConfig.for_variant(self.controls.values()["variant"]))

    def choose_variant(self, name: str) -> None:
        """Keys 1 to 7: only between runs, since a run's settings are locked."""
        if self.controls.state in ("running", "paused"):
            self.statusBar().showMessage("Stop the run (Esc) before switching variant", 4000)
            return
        self.select_variant(name)

    @Slot(str)
    def select_variant(self, name: str) -> None:
        """Show ``name`` with its notebook defaults, keeping the problem sizes and seed."""
        values = self.controls.values()
        keep = {k: values[k] for k in ("N", "D_in", "H", "D_out", "steps", "seed")}
        try:
            config = RunConfig.for_variant(name, **keep)
        except ConfigError:
            config = RunConfig.for_variant(name)
        self._show_config(config)

    def _show_config(self, config: RunConfig) -> None:
        values = config.to_dict()
        if config.variant != "numpy" and self.controls.device.currentText() in available_devices():
            values["device"] = self.controls.device.currentText()  # keep a chosen GPU across variants
        self.controls.set_values(values)
        numpy_only = "The numpy variant runs on the CPU in float64, as in the notebook"
        fixed = config.variant == "numpy"
        self.controls.show_fields_for(
            fixed_device="cpu" if fixed else None,
            fixed_dtype="float64" if fixed else None,
            momentum=config.variant == "dynamic",
            update=config.variant == "nn",
            why_fixed=numpy_only,
        )
        self.setWindowTitle(f"{APP_NAME} — {VARIANTS[config.variant].title}")
        self._label_heatmaps(config)
        self._on_edited()

    def current_config(self, quiet: bool = False) -> RunConfig | None:
        """The validated settings shown, or None after explaining what is refused."""
        try:
            return RunConfig(**self.controls.values())
        except ConfigError as error:
            if not quiet:
                self._show_banner("error", f"<b>Cannot start:</b> {html.escape(str(error))}")
            return None

    # Signals from the trainer and the widgets

    @Slot(str)
    def _on_ended(self, outcome: str) -> None:
        self._on_frame()
        self.controls.set_state("ended")
        if outcome.startswith("diverged"):
            self._explain_divergence()
        self.statusBar().showMessage(f"Run {outcome}", 6000)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._on_frame()
        self.controls.set_state("ended")
        self._show_banner("error", f"<b>The run failed:</b> {html.escape(message)}. "
                                   "The window is fine; change the settings and press Start.")

    @Slot(object)
    def _on_pace(self, steps_per_s) -> None:
        if self.trainer is not None:
            self.trainer.set_pace(steps_per_s)

    @Slot()
    def _on_edited(self) -> None:
        config = self.current_config(quiet=True)
        if config is None:
            try:
                RunConfig(**self.controls.values())
            except ConfigError as error:
                self.memory_note.setText(f"⚠ {error.allowed}" if error.field == "sizes" else f"⚠ {error}")
            return
        self.memory_note.setText(f"memory: about {_size(estimate_bytes(config))}")
        if self.controls.state not in ("running", "paused"):
            self._show_static_notes(config)

    def _show_static_notes(self, config: RunConfig | None) -> None:
        """Notes that depend on the settings alone: the nn variant's flat loss."""
        if config is not None and config.variant == "nn" and config.update == "notebook":
            self._show_banner("info", NN_FLAT_NOTE, "Use the in-place update", self._use_in_place_update)
        elif self.banner.kind == "info" or self.trainer is None:
            self.banner.clear()

    def _use_in_place_update(self) -> None:
        self._apply_and_restart(update="in-place")

    def _explain_divergence(self) -> None:
        config = self.trainer.config
        losses = self.trainer.history.losses
        step = len(losses) - 1
        smaller = config.lr / 10
        self._show_banner(
            "warning",
            f"<b>The run diverged at step {step}:</b> the loss became {losses[-1]}. "
            f"Each update overshot by more than it corrected. A smaller learning rate "
            f"keeps it stable: try {smaller:g}.",
            f"Try lr = {smaller:g}",
            lambda: self._apply_and_restart(lr=smaller),
        )

    def _apply_and_restart(self, **changes) -> None:
        """A banner's action: change a setting; if a run was on, start again with it."""
        active = self.controls.state in ("running", "paused")
        self.controls.set_values(changes)
        self.banner.clear()
        self._on_edited()
        if active or self.controls.state == "ended":
            self.start()

    def _show_banner(self, kind: str, text: str, action: str | None = None, callback=None) -> None:
        self._banner_action = callback
        self.banner.show_message(kind, text, action)

    @Slot()
    def _on_banner_action(self) -> None:
        if self._banner_action is not None:
            self._banner_action()

    @Slot()
    def _on_view_changed(self, *_) -> None:
        view = self.view
        self.auto_levels.blockSignals(True)
        self.auto_levels.setChecked(self._auto_levels_by_view[view])
        self.auto_levels.blockSignals(False)
        for heatmap in self.heatmaps.values():
            heatmap.set_auto_levels(self._auto_levels_by_view[view])
        self._shown_snapshot = None  # redraw in the new view

    @Slot(bool)
    def _on_auto_levels(self, auto: bool) -> None:
        self._auto_levels_by_view[self.view] = auto
        for heatmap in self.heatmaps.values():
            heatmap.set_auto_levels(auto)
        self._shown_snapshot = None

    @property
    def view(self) -> str:
        return self.view_buttons.checkedButton().property("view")

    # Drawing, at frame rate

    @Slot()
    def _on_frame(self) -> None:
        trainer = self.trainer
        if trainer is None:
            return
        history = trainer.history
        count = history.count
        if count != self._shown_count:
            self._shown_count = count
            self.loss_plot.set_losses(history.losses)
            if history.depths is not None:
                self.depth_trace.set_depths(history.depths)
            self.controls.set_progress(count, trainer.config.steps)
            if trainer.outcome and trainer.outcome.startswith("diverged"):
                self.loss_plot.mark_divergence(count - 1)
        snapshot = trainer.snapshot
        if snapshot is not None and snapshot is not self._shown_snapshot:
            self._shown_snapshot = snapshot
            self._show_snapshot(snapshot, trainer.first_snapshot)
        self._update_status()

    def _show_snapshot(self, snapshot: Snapshot, first: Snapshot | None) -> None:
        names = list(snapshot.weights)
        view = self.view
        for key, name in zip(_heatmap_keys(len(names)), names):
            if view == "weights":
                matrix = snapshot.weights[name]
            elif view == "change":
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
        rate = (c1 - c0) / (t1 - t0) if t1 > t0 and self.controls.state == "running" else 0.0
        losses = trainer.history.losses if trainer else np.empty(0)
        self.status["variant"].setText(config.variant)
        self.status["step"].setText(f"step {count} / {config.steps}")
        self.status["loss"].setText(f"loss {losses[-1]:.6g}" if len(losses) else "loss –")
        self.status["rate"].setText(f"{rate:,.0f} steps/s")
        self.status["elapsed"].setText(f"{trainer.elapsed_s:.1f} s" if trainer else "0.0 s")
        self.status["device"].setText(config.device)

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
        self._on_frame()

    def _clear_views(self) -> None:
        steps = self.controls.steps.value()
        self._shown_count = -1
        self._shown_snapshot = None
        self._rate_samples.clear()
        self.loss_plot.reset(run_length=steps)
        self.depth_trace.reset()
        self.depth_trace.set_run_length(steps)
        for heatmap in self.heatmaps.values():
            heatmap.reset()
        self.controls.set_progress(0, steps)
        self.banner.clear()

    def _label_heatmaps(self, config: RunConfig) -> None:
        names = {
            "numpy": ("w1", "w2"), "tensors": ("w1", "w2"), "autograd": ("w1", "w2"),
            "nn": ("model[0].weight", "model[2].weight"), "optim": ("model[0].weight", "model[2].weight"),
            "custom": ("linear1.weight", "linear2.weight"),
            "dynamic": ("input_linear.weight", "output_linear.weight"),
        }[config.variant]
        self.heatmaps["first"].set_labels(f"Layer 1: {names[0]}", "hidden unit", "input feature")
        self.heatmaps["last"].set_labels(f"Layer 2: {names[1]}", "output", "hidden unit")
        self.heatmaps["middle"].set_labels("middle_linear.weight (reused)", "hidden unit", "hidden unit")
        dynamic = config.variant == "dynamic"
        self.heatmaps["middle"].setVisible(dynamic)
        self.depth_panel.setVisible(dynamic)
        width = max(self.maps.width(), 600)
        shares = (0.4, 0.3, 0.3) if dynamic else (0.55, 0.0, 0.45)
        self.maps.setSizes([round(width * share) for share in shares])

    def _heatmap_pixels(self) -> tuple[int, int]:
        ratio = self.devicePixelRatioF()
        widest = max(self.heatmaps["first"].width(), 64)
        tallest = max(self.heatmaps["first"].height(), 64)
        return round(tallest * ratio), round(widest * ratio)

    def result(self) -> RunResult | None:
        """The current or last run as a result, for exports."""
        trainer = self.trainer
        if trainer is None or trainer.history.count == 0:
            return None
        outcome = trainer.outcome or f"in progress at step {trainer.history.count - 1}"
        return RunResult(trainer.config, trainer.history.losses.copy(),
                         None if trainer.history.depths is None else trainer.history.depths.copy(),
                         outcome, trainer.elapsed_s)

    def closeEvent(self, event) -> None:
        self.frame_timer.stop()
        self._discard_trainer()
        super().closeEvent(event)


def _heatmap_keys(count: int) -> tuple[str, ...]:
    return ("first", "middle", "last") if count == 3 else ("first", "last")


def _size(n: int) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{max(n / 1e6, 0.1):.1f} MB"


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("panelTitle")
    return label


def _row(*widgets, stretch: bool = False) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


def _column(*widgets) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.setStretch(len(widgets) - 1, 1)
    return panel


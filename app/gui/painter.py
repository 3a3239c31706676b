"""Painting a run's frames: what the trainer has handed over, into the views.

Called at frame rate by the run controller's ``frame_ready``. The loss curves
are redrawn every frame; weights, depths, progress and the status bar every
third (``frames.SLOW_EVERY``), since they change slowly to the eye and every
redraw takes the training thread's turn at the GIL.
"""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING

import numpy as np

from app.language import translate
from app.run.redraw_rates import SLOW_EVERY
from models import VARIANTS, RunConfig
from widgets.loss_plot import LossPlot
from widgets.words import fixed, number, whole

from .views import WindowViews

if TYPE_CHECKING:
    from app.run.handoff import Snapshot
    from app.run.trainer import Trainer


class FramePainter:
    """Draws the run on show into ``views`` and remembers what it drew, to redraw only changes."""

    def __init__(self, views: WindowViews):
        self.views = views
        self.look = views.look
        self.runs_kept = 0
        self._frames = 0
        self._shown_counts: dict[int, int] = {}
        self._shown_snapshot: Snapshot | None = None
        self._rate_samples: deque[tuple[float, int]] = deque(maxlen=40)
        self.replaying: int | None = None  # the step a rewind shows, or None: the live end
        self.as_of: int | None = None  # the step a recording's frame shows (``paint_as_of``), until ``clear``
        views.heat_panel.view_changed.connect(self.redraw)

    def redraw(self) -> None:
        """Forget what was drawn: the next frame draws everything again (a new look or view)."""
        self._shown_counts.clear()
        self._shown_snapshot = None

    def clear(self, run_length: int) -> None:
        """Empty views for a new run of ``run_length`` steps (past runs stay)."""
        self.redraw()
        self.as_of = None
        self._rate_samples.clear()
        views = self.views
        views.loss_plot.reset(run_length=run_length)
        check = views.built_check_plot()
        if check is not None:
            check.reset(run_length=run_length)
            for key in list(check.curves):
                check.remove(key)
        depth = views.built_depth_trace()
        if depth is not None:
            depth.reset()
            depth.set_run_length(run_length)
        for heatmap in views.heatmaps.values():
            heatmap.reset()
        views.controls.set_progress(0, run_length)

    def keep_as_past(self, trainer: Trainer) -> None:
        """A retired run's curves stay on the plot, faint, each in a colour of its own:
        a race lane keeps its colour; the plot gives a single run one no other curve shows."""
        for index, lane in enumerate(trainer.lanes):
            self.runs_kept += 1
            name = translate("Status", "run {number}").format(number=self.runs_kept)
            self.views.loss_plot.keep(_curve_key(trainer, index), name, run_label(lane.config, lane.edited))

    def paint(self, trainer: Trainer, complete: bool, state: str) -> None:
        """One frame: the loss curves, and every third frame (or ``complete``) the rest; none while a recording
        paints its frames as of their steps (the whole run drawn over one would end up in the recording)."""
        if self.as_of is not None:
            return
        self._frames += 1
        labels = lane_labels(trainer) if trainer.is_race else []
        for index, lane in enumerate(trainer.lanes):
            count = lane.history.count
            if count == self._shown_counts.get(index):
                continue
            self._shown_counts[index] = count
            self._set_lane_losses(trainer, index, lane.history.losses, labels)
        if complete or self._frames % SLOW_EVERY == 0:
            self.views.loss_plot.place_legend()  # off the newest points, which move slowly to the eye
            self._paint_slow_views(trainer)
            self.paint_status(trainer, trainer.config, state)

    def _set_lane_losses(self, trainer: Trainer, index: int, losses: np.ndarray, labels: list[str]) -> None:
        if trainer.is_race:
            lanes = len(trainer.lanes)
            self.views.loss_plot.set_losses(losses, _curve_key(trainer, index), labels[index],  # a free colour
                                            width=self.look.line_width * (1 + 2 * (lanes - 1 - index)))
        else:
            self.views.loss_plot.set_losses(losses)

    def paint_as_of(self, trainer: Trainer, step: int) -> None:
        """The window as it was right after ``step``, curves and all: a frame of a recording.

        Curves only grow: the views are cleared (``clear``) before the first frame,
        and frames come in order of their steps.
        """
        views, upto = self.views, step + 1
        self.as_of = step
        labels = lane_labels(trainer) if trainer.is_race else []
        for index, lane in enumerate(trainer.lanes):
            self._set_lane_losses(trainer, index, lane.history.losses[:upto], labels)
        depth = views.built_depth_trace()
        if trainer.history.depths is not None and depth is not None:
            depth.set_depths(trainer.history.depths[:upto])
        for index, (name, differences) in enumerate(trainer.checks.items()):
            views.check_plot.set_losses(differences.losses[:upto], name, name, self.look.color(index + 1))
        views.loss_plot.place_legend()
        views.controls.set_progress(upto, trainer.config.steps)
        snapshot = trainer.kept.at(step) if trainer.kept is not None else trainer.snapshot
        if snapshot is not None:
            self._paint_snapshot(snapshot, trainer.first_snapshot)
        steps, loss = whole(trainer.config.steps), number(trainer.history.losses[step], 6)
        views.status["step"].setText(translate("Status", "step {step} / {steps}").format(step=whole(upto), steps=steps))
        views.status["loss"].setText(translate("Status", "loss {loss}").format(loss=loss))
        views.timeline.point_at(step)

    def _paint_slow_views(self, trainer: Trainer) -> None:
        views = self.views
        lane = trainer.lanes[0]
        history = lane.history
        depth = views.built_depth_trace()
        if history.depths is not None and depth is not None and len(history.depths) != len(depth.depths):
            depth.set_depths(history.depths)
        if views.controls.progress.value() != history.count:
            views.controls.set_progress(history.count, lane.config.steps)
        if lane.outcome and lane.outcome.startswith("diverged"):
            views.loss_plot.mark_divergence(history.count - 1)
        for index, (name, differences) in enumerate(trainer.checks.items()):
            exact = differences.count and not differences.losses.any()
            label = translate("Status", "{name}: 0, identical").format(name=name) if exact else name
            views.check_plot.set_losses(differences.losses, name, label, self.look.color(index + 1))
        if trainer.checks:
            views.check_plot.place_legend()
        snapshot = trainer.snapshot
        if self.replaying is None and snapshot is not None and snapshot is not self._shown_snapshot:
            self._shown_snapshot = snapshot
            self._paint_snapshot(snapshot, trainer.first_snapshot)

    def _paint_snapshot(self, snapshot: Snapshot, first: Snapshot | None) -> None:
        names = list(snapshot.weights)
        view = self.views.heat_panel.view
        if len(names) == 3:
            self.views.heat_panel.middle()
        for key, name in zip(_heatmap_keys(len(names)), names):
            if view == "weights":
                matrix = snapshot.weights[name]
            elif view == "change":
                start = first.weights.get(name) if first else None
                matrix = None  # no change to draw where step 0 had no such matrix
                if start is not None and start.shape == snapshot.weights[name].shape:
                    with np.errstate(over="ignore", invalid="ignore"):  # inf - inf after a divergence: a hole
                        matrix = snapshot.weights[name] - start
            else:
                matrix = snapshot.grads.get(name)
            if matrix is not None:
                self.views.heatmaps[key].set_matrix(matrix, snapshot.shapes.get(name))

    @property
    def step_on_show(self) -> int | None:
        """The step a rewind or a recording's frame shows; None: the live end."""
        return self.replaying if self.replaying is not None else self.as_of

    def paint_replay(self, trainer: Trainer, step: int) -> None:
        """The run as it was after ``step``: a cursor on the loss with its value, the weights of
        that step (or the nearest kept before it), the depth trace marked, the status bar saying so."""
        views = self.views
        losses = trainer.history.losses
        step = max(0, min(step, len(losses) - 1))
        self.replaying = step
        views.loss_plot.show_cursor(step, float(losses[step]) if len(losses) else None)
        depth = views.built_depth_trace()
        if depth is not None:
            depth.mark_step(step)
        snapshot = trainer.kept.at(step) if trainer.kept is not None else None
        if snapshot is not None:
            self._paint_snapshot(snapshot, trainer.first_snapshot)
        said = (translate("Status", "step {step} of {steps} (replay)") if snapshot is None or snapshot.t == step
                else translate("Status", "step {step} of {steps} (replay; weights of step {kept})"))
        views.status["step"].setText(said.format(step=whole(step), steps=whole(trainer.config.steps),
                                                 kept=whole(snapshot.t) if snapshot is not None else ""))

    def end_replay(self) -> None:
        """Back to the live end: cursors off, and the next frame paints everything afresh."""
        if self.replaying is None:
            return
        self.replaying = None
        self.views.loss_plot.show_cursor(None)
        depth = self.views.built_depth_trace()
        if depth is not None:
            depth.mark_step(None)
        self.redraw()

    def paint_status(self, trainer: Trainer | None, config: RunConfig, state: str) -> None:
        """Variant, step, loss, pace, time and device: live while running, the average once paused or ended."""
        count = trainer.history.count if trainer else 0
        now = time.perf_counter()
        self._rate_samples.append((now, count))
        while len(self._rate_samples) > 2 and now - self._rate_samples[0][0] > 1.0:
            self._rate_samples.popleft()
        (t0, c0), (t1, c1) = self._rate_samples[0], self._rate_samples[-1]
        if state == "running":
            rate = (c1 - c0) / (t1 - t0) if t1 > t0 else 0.0
            rate_text = translate("Status", "{rate} steps/s").format(rate=whole(round(rate)))
        elif trainer is not None and trainer.elapsed_s > 0:  # paused or ended: the run's own average
            rate = count / trainer.elapsed_s
            rate_text = translate("Status", "{rate} steps/s on average").format(rate=whole(round(rate)))
        else:
            rate_text = translate("Status", "{rate} steps/s").format(rate=whole(0))
        losses = trainer.history.losses if trainer else np.empty(0)
        lanes = len(trainer.lanes) if trainer is not None and trainer.is_race else 0
        texts = {
            "variant": translate("Status", "race of {count}").format(count=lanes) if lanes else config.variant,
            "step": translate("Status", "step {step} / {steps}").format(step=whole(count), steps=whole(config.steps)),
            "loss": translate("Status", "loss {loss}").format(loss=number(losses[-1], 6) if len(losses) else "–"),
            "rate": rate_text,
            "elapsed": translate("Status", "{seconds} s").format(seconds=fixed(trainer.elapsed_s if trainer else 0, 1)),
            "device": config.device,
        }
        if self.replaying is not None:
            del texts["step"]  # it says which step the rewind shows
        for key, text in texts.items():
            if self.views.status[key].text() != text:  # a label that changes relays the status bar out
                self.views.status[key].setText(text)


def run_label(config: RunConfig, edited=None) -> str:
    """How a run is named in the legend: variant (or "custom (edited 1a2b3c4)"), lr, seed, and what else matters."""
    parts = _settings(config)
    if config.dtype == RunConfig.for_variant(config.variant).dtype:
        parts.remove(config.dtype)
    if config.device == "cpu":
        parts.remove(config.device)
    return ", ".join([edited.label if edited is not None else config.variant, *parts])


def lane_labels(trainer: Trainer) -> list[str]:
    """A race's lanes by what tells them apart: the variant and the settings not every lane
    shares (the controls show the rest; short labels keep the legend off the curves)."""
    settings = [_settings(lane.config) for lane in trainer.lanes]
    shared = set.intersection(*map(set, settings))
    return [", ".join([lane_name(lane), *(part for part in own if part not in shared)])
            for lane, own in zip(trainer.lanes, settings)]


def lane_name(lane) -> str:
    """The variant, or "custom (edited 1a2b3c4)": an edit racing its original is told apart from it."""
    return lane.edited.label if lane.edited is not None else lane.config.variant


def _settings(config: RunConfig) -> list[str]:
    options = [f"{option} {getattr(config, option)}" for option in VARIANTS[config.variant].options]
    return [f"lr {config.lr:g}", f"seed {config.seed}", *options, config.dtype, config.device]


def _curve_key(trainer: Trainer, index: int) -> str:
    return f"lane {lane_name(trainer.lanes[index])}" if trainer.is_race else LossPlot.LIVE  # one curve per lane


def _heatmap_keys(count: int) -> tuple[str, ...]:
    return ("first", "middle", "last") if count == 3 else ("first", "last")

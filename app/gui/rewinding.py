"""Rewinding in the window: the timeline under the plots follows the run on show, and its
handle shows the run as it was after any step (``FramePainter.paint_replay``)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QStatusBar, QWidget

from app.language import translate
from app.run.controller import RunController
from app.run.rewind_store import REWIND_MB, rewind_cap_mb
from widgets.timeline import Timeline

from .heatmap_panel import HeatmapPanel
from .painter import FramePainter

REWINDABLE = ("paused", "ended")  # a running run moves on; it is rewound once it holds still


class Rewinder:
    """Connects the timeline, the painter and the run controller; asks for the rewind memory in a dialog
    over ``parent``."""

    def __init__(self, timeline: Timeline, heat_panel: HeatmapPanel, painter: FramePainter,
                 controller: RunController, status_bar: QStatusBar, parent: QWidget):
        self.timeline, self.painter, self.controller = timeline, painter, controller
        self.status_bar, self.parent = status_bar, parent
        timeline.scrubbed.connect(self.rewind)
        heat_panel.view_changed.connect(self._again)

    def rewind(self, step: int) -> None:
        """Show the paused or ended run as it was after ``step``."""
        trainer = self.controller.trainer
        if trainer is not None and self.controller.state in REWINDABLE and trainer.history.count:
            self.painter.paint_replay(trainer, step)

    def follow(self) -> None:
        """The timeline spans the steps done while the run holds still; running, it rests."""
        trainer = self.controller.trainer
        holding = trainer if trainer is not None and self.controller.state in REWINDABLE else None
        count = holding.history.count if holding is not None else 0
        if count != self.timeline.steps_known:
            self.painter.end_replay()
            density = holding.kept.density() if holding is not None and holding.kept is not None else ""
            self.timeline.set_steps(count, density)

    def choose_memory(self) -> None:
        """How much memory each run may keep for rewinding; beyond it, the steps kept thin out.

        At most half the memory free now: a run at a thousand steps a second fills gigabytes in seconds.
        """
        low, cap = REWIND_MB[0], rewind_cap_mb()
        megabytes, chosen = QInputDialog.getInt(
            self.parent, translate("Rewinding", "Rewind memory"),
            translate("Rewinding", "Keep up to this many MB of weights per run for rewinding ({low} to {cap} MB, half "
                                   "of the memory free now):")
            .format(low=low, cap=cap), min(self.controller.keep_mb, cap), low, cap, 16)
        if chosen:
            self.controller.keep_mb = megabytes
            self.status_bar.showMessage(translate("Rewinding", "Runs from the next Start keep up to {megabytes} MB for "
                                                               "rewinding")
                                        .format(megabytes=megabytes), 6000)

    def _again(self) -> None:
        """Another heatmap view while rewound: the same step, seen that way."""
        if self.painter.replaying is not None:
            self.rewind(self.painter.replaying)

"""Rewinding in the window: the timeline under the plots follows the run on show, and its
handle shows the run as it was after any step (``FramePainter.paint_replay``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from app.run.rewind_store import REWIND_MB, rewind_cap_mb

if TYPE_CHECKING:
    from .window import MainWindow

REWINDABLE = ("paused", "ended")  # a running run moves on; it is rewound once it holds still


class Rewinder:
    """Connects the timeline, the painter and the run controller of ``window``."""

    def __init__(self, window: MainWindow):
        self.window = window
        window.views.timeline.scrubbed.connect(self.rewind)
        window.views.heat_panel.view_changed.connect(self._again)

    def rewind(self, step: int) -> None:
        """Show the paused or ended run as it was after ``step``."""
        controller = self.window.controller
        trainer = controller.trainer
        if trainer is not None and controller.state in REWINDABLE and trainer.history.count:
            self.window.painter.paint_replay(trainer, step)

    def follow(self) -> None:
        """The timeline spans the steps done while the run holds still; running, it rests."""
        controller, views = self.window.controller, self.window.views
        trainer = controller.trainer
        holding = trainer is not None and controller.state in REWINDABLE
        count = trainer.history.count if holding else 0
        if count != views.timeline.steps_known:
            self.window.painter.end_replay()
            density = trainer.kept.density() if holding and trainer.kept is not None else ""
            views.timeline.set_steps(count, density)

    def choose_memory(self) -> None:
        """How much memory each run may keep for rewinding; beyond it, the steps kept thin out.

        At most half the memory free now: a run at a thousand steps a second fills gigabytes in seconds.
        """
        window, low, cap = self.window, REWIND_MB[0], rewind_cap_mb()
        megabytes, chosen = QInputDialog.getInt(
            window, "Rewind memory", "Keep up to this many MB of weights per run for rewinding "
            f"({low} to {cap} MB, half of the memory free now):", min(window.controller.keep_mb, cap), low, cap, 16)
        if chosen:
            window.controller.keep_mb = megabytes
            window.statusBar().showMessage(f"Runs from the next Start keep up to {megabytes} MB for rewinding", 6000)

    def _again(self) -> None:
        """Another heatmap view while rewound: the same step, seen that way."""
        if self.window.painter.replaying is not None:
            self.rewind(self.window.painter.replaying)

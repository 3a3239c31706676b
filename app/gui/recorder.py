"""Recording the window's run on show: each frame painted as of its step, from the run's kept weights.

Frames follow steps, never the clock (``video.frame_steps``), and are handed to the
encoder one at a time as they are made (``video.write_recording``). Where "Inside this
step" is seen, each frame shows its own step there too, computed again in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from app.io import signals
from app.io.images import rgb_array
from app.io.video import Cancelled, frame_count, frame_steps, write_recording
from app.run.controller import RunController

from .inside import Inspecting
from .look import Look
from .painter import FramePainter
from .predicting import Predicting

if TYPE_CHECKING:
    from app.run.trainer import Trainer

STEP_INSIDE_S = 600  # the longest a frame waits for "Inside this step" to show its step, computed again


class Recorded(Protocol):
    """What a recording uses of the window: its painter, its run controller, "Inside this step", its look and
    predictions, and a picture of it."""

    painter: FramePainter
    controller: RunController
    inspecting: Inspecting
    look: Look
    predicting: Predicting

    def grab(self) -> QPixmap: ...


def record_window(window: Recorded, trainer: Trainer, out: Path, fps: int, seconds: float,
                  progress: Callable[[int, int], bool] | None = None,
                  picture: Callable[[Recorded], QImage] | None = None) -> int:
    """Render the window's run on show, frame by frame from its kept snapshots, into ``out``.

    ``progress(done, total)`` is called after each frame; False cancels (``Cancelled``).
    ``picture(window)`` takes a frame (default: the window as it is, at the screen's pixel ratio).
    The views show the whole run again afterwards. Returns the number of frames.
    """
    steps = frame_steps(frame_count(fps, seconds), trainer.history.count)
    painter = window.painter
    painter.end_replay()

    def frame_at(step: int) -> np.ndarray:
        with signals.deferred():  # Qt paints through Python: a signal is raised once it is done
            painter.paint_as_of(trainer, step)
            window.predicting.scores.show_at(step)  # the predictions scored as far as the run has revealed itself
            QApplication.processEvents()
            window.inspecting.wait_until_shown(step, STEP_INSIDE_S)  # where the view is seen: its step
            image = picture(window) if picture is not None else window.grab().toImage()
        return rgb_array(image)

    def clear() -> None:
        with signals.deferred():
            painter.clear(trainer.config.steps)

    def samples() -> list[np.ndarray]:
        """The first, middle and last frames, for a GIF's palette; curves only grow, so from a clear start."""
        clear()
        return [frame_at(steps[0]), frame_at(steps[len(steps) // 2]), frame_at(steps[-1])]

    def frames() -> Iterator[np.ndarray]:
        clear()
        for done, step in enumerate(steps, start=1):
            frame = frame_at(step)
            if progress is not None and not progress(done, len(steps)):
                raise Cancelled()
            yield frame

    color = QColor(window.look.theme.background)
    background = (color.red(), color.green(), color.blue())
    try:
        write_recording(out, frames(), len(steps), fps, background, samples)
    finally:
        with signals.deferred():
            painter.clear(trainer.config.steps)
            window.controller.request_frame()
            window.predicting.scores.show_at(None)
    return len(steps)

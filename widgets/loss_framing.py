"""Where the loss plot looks: the run's steps across, and the losses shown up and down.

The range moves as little as possible, which keeps every frame cheap and the picture
calm: x spans the whole run from the start, and y only widens, by whole decades on the
log scale, when the loss leaves it. Once a user zooms or pans, it stays where they put it
until ``follow``.
"""

from __future__ import annotations

import math

import pyqtgraph as pg


class LossFraming:
    """The loss plot's view range: what it follows, and whether it follows at all."""

    def __init__(self, view_box: pg.ViewBox):
        self.view_box = view_box
        self.run_length = 1
        self.following = True
        self._y_span: tuple[float, float] | None = None  # the losses to show, in data units
        self._y_target: tuple | None = None  # the y range last set

    def set_run_length(self, steps: int) -> None:
        """The x axis spans the whole run, so the curve grows across a still frame."""
        self.run_length = max(1, steps)
        if self.following:
            self.view_box.setXRange(0, max(1, self.run_length - 1), padding=0.02)

    def widen(self, low: float, high: float, log: bool) -> None:
        """Show losses from ``low`` to ``high`` too."""
        span = self._y_span
        if span is not None and span[0] <= low and high <= span[1]:
            return
        if span is not None:
            low, high = min(low, span[0]), max(high, span[1])
        self._y_span = (low, high)
        self.frame_y(log)

    def forget_losses(self) -> None:
        """The curves shown changed: the losses to show are widened to from nothing again."""
        self._y_span = None

    def frame_y(self, log: bool, again: bool = False) -> None:
        """Set the y range to the losses to show, while following; ``again``: even where it was set so before
        (the scale changed, or the user moved the view)."""
        if again:
            self._y_target = None
        if self._y_span is None or not self.following:
            return
        low, high = self._y_span
        if log:
            positive_low = low if low > 0 else max(high * 1e-12, 1e-300)
            # Whole decades, and downwards two at a time: a falling loss moves the axis
            # (and redraws it) every other decade, not at every one it crosses.
            bottom = 2 * math.floor(math.floor(math.log10(positive_low)) / 2) if high > 0 else 0
            top = math.ceil(math.log10(high)) if high > 0 else 1
            target = (bottom, max(top, bottom + 1), 0.02)
        else:
            target = (min(0.0, low), high * 1.05 if high > 0 else 1.0, 0.0)
        if target != self._y_target:  # moving the range redraws the axes: only when it changes
            self._y_target = target
            self.view_box.setYRange(*target[:2], padding=target[2])

    def follow(self, log: bool) -> None:
        """Frame the whole run again after the user zoomed."""
        self.following = True
        self.set_run_length(self.run_length)
        self.frame_y(log, again=True)

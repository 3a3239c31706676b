"""A line across a plot at one step: where a run's loss diverged, or the step a rewind shows."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont


class StepLine(pg.InfiniteLine):
    """A vertical line in ``view``, hidden until placed at a step; captioned beside it when ``caption_at``
    (where along the line, and the caption's anchor) is given."""

    def __init__(self, view: pg.ViewBox, style: Qt.PenStyle,
                 caption_at: tuple[float, tuple[float, float]] | None = None):
        super().__init__(angle=90, movable=False)
        self.style = style
        self.caption = None if caption_at is None else pg.InfLineLabel(self, position=caption_at[0],
                                                                      anchor=caption_at[1])
        self.setVisible(False)
        view.addItem(self, ignoreBounds=True)

    def restyle(self, color: str, width: float, font: QFont | None = None) -> None:
        self.setPen(pg.mkPen(color, width=width, style=self.style))
        if self.caption is not None:
            self.caption.setColor(color)
            if font is not None:
                self.caption.setFont(font)

    def place(self, step: int | None, caption: str = "") -> None:
        """At ``step``, captioned ``caption``; None hides it."""
        self.setVisible(step is not None)
        if step is not None:
            self.setValue(step)
            if self.caption is not None:
                self.caption.setFormat(caption)

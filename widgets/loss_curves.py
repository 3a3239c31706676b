"""The loss plot's series: a run's curve, and a class's predicted one, each a Qt path item with its legend sample."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsPathItem

from .curve_path import GrowingPath
from .envelope import PeakEnvelope
from .live import cosmetic_pen


class Curve:
    """One series on the plot: a Qt path item, its envelope, and its legend sample.

    Its colour is ``own_color`` if given, else slot ``slot`` of the theme's palette,
    else the theme's live colour: a theme switch recolours it (``LossPlot.colour_of``).
    """

    def __init__(self, label: str, color: str, width: float, faint: bool,
                 own_color: str | None = None, slot: int | None = None):
        self.label, self.color, self.width, self.faint = label, color, width, faint
        self.own_color, self.slot = own_color, slot
        self.item = QGraphicsPathItem()
        self.envelope = PeakEnvelope()
        self.path = GrowingPath()  # what it draws of them, in view coordinates
        self.points = (np.empty(0), np.empty(0))  # what it shows, in data units
        self.losses = np.empty(0)  # the losses it was last given, step by step: what a description tells
        self.sample = pg.PlotDataItem()  # stands for it in the legend; clicking it toggles the curve
        self.sample.visibleChanged.connect(lambda: self.item.setVisible(self.sample.isVisible()))
        self.restyle()

    def restyle(self, width: float | None = None) -> None:
        """Opaque, even for a past run, which lies beneath the live ones: a translucent
        pen blended the colours toward the background, under 3:1 and toward each other."""
        self.width = width or self.width
        color = QColor(self.color)
        self.item.setPen(cosmetic_pen(color, self.width))
        self.item.setZValue(0 if self.faint else 1)
        self.sample.setPen(pg.mkPen(color, width=min(max(2.0, self.width), 6.0)))  # a wide race lane fits its sample

    @property
    def visible(self) -> bool:
        return self.sample.isVisible()


class PredictionCurve(Curve):
    """A predicted curve: dashed and twice the runs' width, so it reads as a guess from the back of the room;
    over past runs and under the live curves. Its points are as drawn; its path, the few of them that
    draw it to within half a pixel (``LossPlot.simplified``): Qt dashes a path segment by segment."""

    DASHES = [3.0, 2.0]  # in pen widths

    def restyle(self, width: float | None = None) -> None:
        self.width = width or self.width
        pen = cosmetic_pen(QColor(self.color), 2 * self.width)
        pen.setDashPattern(self.DASHES)
        self.item.setPen(pen)
        self.item.setZValue(0.5)
        sample = pg.mkPen(QColor(self.color), width=min(max(2.0, 2 * self.width), 6.0))
        sample.setDashPattern([dash / 2 for dash in self.DASHES])  # two dashes in the legend's short sample
        self.sample.setPen(sample)

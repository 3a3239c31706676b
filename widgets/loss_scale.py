"""Where the loss plot draws a loss: on the log scale, log10 of the positive losses; on the linear one, as it is."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath

from .envelope import simplified

_LOG_TOP = 308.0  # the highest decade a float holds


class LossScale:
    """The loss plot's y scale, log or linear, and what it maps losses to in ``view_box``: its coordinates, its
    pixels, the losses at its edges."""

    def __init__(self, view_box: pg.ViewBox):
        self.view_box = view_box
        self.log = True

    def drawn(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Points in view coordinates: on the log scale, log10 of the positive losses (zeros are not drawn)."""
        if self.log:
            positive = y > 0
            return x[positive], np.log10(y[positive])
        return x, y

    def path_of(self, x: np.ndarray, y: np.ndarray) -> QPainterPath:
        """A curve in view coordinates."""
        x, y = self.drawn(x, y)
        return pg.arrayToQPath(x, y) if len(x) else QPainterPath()

    def simplified(self, x: np.ndarray, y: np.ndarray, pixels: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
        """The points of a line that draw it, as the plot is now, to within ``pixels`` of every point
        (on the log scale, the positive ones), in data units: a prediction is drawn from these."""
        if self.log:
            positive = y > 0
            x, y = x[positive], y[positive]
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        box = self.view_box.boundingRect()
        down = np.log10(y) if self.log else y
        on_screen = np.column_stack([x * box.width() / max(x1 - x0, 1e-300),
                                     down * box.height() / max(y1 - y0, 1e-300)])
        kept = simplified(on_screen, pixels)
        return x[kept], y[kept]

    def pixels(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Points in the view box's pixels, rows of (x, y), where they are drawn."""
        x, y = self.drawn(x, y)
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        box = self.view_box.boundingRect()
        across = box.left() + (x - x0) / max(x1 - x0, 1e-300) * box.width()
        down = box.top() + (y1 - y) / max(y1 - y0, 1e-300) * box.height()
        return np.column_stack([across, down])

    def bounds(self) -> tuple[float, float]:
        """The losses at the bottom and top of the plot as shown (on the log scale, 10 to the axis's values)."""
        low, high = self.view_box.viewRange()[1]
        return (10.0**low, 10.0**high) if self.log else (low, high)

    def shown_on(self, log: bool) -> tuple[float, float]:
        """The losses the plot shows, as a y range on the log scale or the linear one: a linear range from
        zero or below shows two decades below its top on the log scale."""
        low, high = self.view_box.viewRange()[1]
        if log == self.log:
            return low, high
        if log:
            top = math.log10(high) if high > 0 else 1.0
            return (math.log10(low) if low > 0 else top - 2, top)
        return 10.0 ** min(low, _LOG_TOP), 10.0 ** min(high, _LOG_TOP)

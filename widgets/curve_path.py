"""A growing curve's path, made from its new points only."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath, QPolygonF


class GrowingPath:
    """The path of a curve whose first points stay as they are (a ``PeakEnvelope``'s finished ones), in view
    coordinates: log10 of the positive values on a log scale, where the others are not drawn.

    The points that stay are kept, as drawn, in a QPolygonF; an update adds the new ones and the changing last
    few, and Qt makes the path from the polygon. So a frame hands numpy only the points that arrived, which keeps
    it from letting the GIL go (see ``PeakEnvelope``), where drawing every point anew each frame cost a run at max
    pace about 1% of its steps. The extent of the values drawn is kept up to date alike (``extent``).
    """

    def __init__(self):
        self.polygon = QPolygonF()
        self._source: tuple | None = None  # what the points kept were drawn for: the envelope's rebuild and scale
        self._kept = 0  # the points that stay, taken from the envelope
        self._drawn = 0  # and drawn: those that are finite on the scale
        self._low = self._high = math.nan  # the extent of the values drawn of those, in data units
        self._tail_extent = (math.nan, math.nan)

    def update(self, x: np.ndarray, y: np.ndarray, finished: int, rebuilds: int, log: bool) -> QPainterPath:
        """The path through points (``x``, ``y``), the first ``finished`` of which stay as they are until the
        envelope's next rebuild (``rebuilds`` counts them)."""
        if self._source != (rebuilds, log) or finished < self._kept:
            self._source = (rebuilds, log)
            self._kept = self._drawn = 0
            self._low = self._high = math.nan
        new_x, new_y, values = self._on_scale(x[self._kept : finished], y[self._kept : finished], log)
        tail_x, tail_y, tail_values = self._on_scale(x[finished:], y[finished:], log)
        self._low, self._high = _extent(values, self._low, self._high)
        self._tail_extent = _extent(tail_values, math.nan, math.nan)
        start = self._drawn
        self._drawn += len(new_x)
        self._kept = finished
        size = self._drawn + len(tail_x)
        self.polygon.resize(size)
        path = QPainterPath()
        if size > start:  # an empty polygon has no memory to write into
            points = pg.functions.ndarray_from_qpolygonf(self.polygon)
            points[start : self._drawn, 0], points[start : self._drawn, 1] = new_x, new_y
            points[self._drawn :, 0], points[self._drawn :, 1] = tail_x, tail_y
        if size > 1:
            path.addPolygon(self.polygon)
        return path

    @property
    def extent(self) -> tuple[float, float] | None:
        """The lowest and highest values drawn, in data units; None while none is."""
        low, high = _extent(np.array(self._tail_extent), self._low, self._high)
        return None if math.isnan(low) else (low, high)

    @staticmethod
    def _on_scale(x: np.ndarray, y: np.ndarray, log: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The points drawn on the scale, in view coordinates, and their values."""
        if not log:
            return x, y, y
        positive = y > 0
        values = y[positive]
        return x[positive], np.log10(values), values


def _extent(values: np.ndarray, low: float, high: float) -> tuple[float, float]:
    """(``low``, ``high``) widened to ``values``; NaN stands for none, and is passed over."""
    if len(values):
        low, high = float(np.fmin(low, np.fmin.reduce(values))), float(np.fmax(high, np.fmax.reduce(values)))
    return low, high

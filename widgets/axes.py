"""Axes whose tick labels never run together, however narrow the plot or large the text."""

from __future__ import annotations

import math
from typing import Any, cast

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

GAP = 1.5  # labels at least half a label's width apart


class FittingAxis(pg.AxisItem):
    """pyqtgraph chooses tick spacing by the axis length alone, so at 1024 pixels or
    in presentation mode a heatmap's labels read "20406080". This axis keeps a tick
    level only while its labels fit between its ticks, and otherwise takes the
    closest 1, 2 or 5 times a power of ten whose labels do."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or size <= 0 or maxVal == minVal:
            return levels
        units_per_pixel = abs(maxVal - minVal) / size
        fitting = [(spacing, offset) for spacing, offset in levels
                   if spacing / units_per_pixel >= GAP * self._label_extent(minVal, maxVal, spacing)]
        if fitting:
            return fitting
        major = levels[0][0]
        needed = GAP * self._label_extent(minVal, maxVal, major) * units_per_pixel
        return [(nice_ceiling(needed), 0)]

    def _label_extent(self, low: float, high: float, spacing: float) -> float:
        """How much room a label takes along the axis: its width across, its height up."""
        # pyqtgraph keeps its options and scale factor in attributes that hide the methods
        # QGraphicsWidget.style() and QGraphicsItem.scale(): a checker sees the methods.
        style, scale = cast(dict[str, Any], self.style), cast(float, self.scale)
        metrics = QFontMetricsF(style.get("tickFont") or self.font())
        if self.orientation in ("left", "right"):
            return metrics.height()
        texts = self.tickStrings([low, high, low + spacing], scale, spacing)
        return max(metrics.horizontalAdvance(text) for text in texts)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2 or 5 times a power of ten that is at least ``value``.

    Tick spacings and a colour bar's levels snap to these: they read as round numbers.
    """
    exponent = math.floor(math.log10(value))
    for mantissa in (1, 2, 5, 10):
        nice = mantissa * 10.0**exponent
        if nice >= value * (1 - 1e-12):
            return nice
    return 10.0 ** (exponent + 1)

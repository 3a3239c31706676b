"""Axes whose tick labels never run together, however narrow the plot or large the text."""

from __future__ import annotations

import math
from typing import Any, cast

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsWidget, QWidget

GAP = 1.5  # labels side by side at least half a label's width apart
STACKED_GAP = 1.2  # labels one above another a fifth of a line apart: a log axis labels more of its decades
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


class FittingAxis(pg.AxisItem):
    """pyqtgraph chooses tick spacing by the axis length alone, so at 1024 pixels or
    in presentation mode a heatmap's labels read "20406080". This axis keeps a tick
    level only while its labels fit between its ticks, and otherwise (or where a finer
    level would fit than pyqtgraph offers: 5 decades apart where 2 fit) takes the
    closest 1, 2 or 5 times a power of ten whose labels do.

    Its title, where longer than the axis, is cut short with "…", the whole in its tooltip:
    pyqtgraph centres it on the axis and lets it run over its neighbours ("input featu").
    """

    _title_room = -1.0  # the axis length the title was last fitted to

    def labelString(self) -> str:
        """pyqtgraph's title, cut to the axis's length."""
        whole, room = self.labelText, self._length() - 4
        label = self.label
        if label is None or room <= 0:
            return super().labelString()
        shown = QFontMetricsF(label.font()).elidedText(whole, Qt.TextElideMode.ElideRight, room)
        label.setToolTip(whole if shown != whole else "")
        self._title_room, self.labelText = room + 4, shown
        try:
            return super().labelString()
        finally:
            self.labelText = whole

    def resizeEvent(self, ev=None) -> None:
        if self.label is not None and self.labelText and self._length() != self._title_room:
            self.label.setHtml(self.labelString())  # fitted to the new length, then placed
        super().resizeEvent(ev)

    def _length(self) -> float:
        size = self.size()
        return size.height() if self.orientation in ("left", "right") else size.width()

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or size <= 0 or maxVal == minVal:
            return levels
        units_per_pixel = abs(maxVal - minVal) / size
        gap = STACKED_GAP if self.orientation in ("left", "right") else GAP
        fitting = [(spacing, offset) for spacing, offset in levels
                   if spacing / units_per_pixel >= gap * self._label_extent(minVal, maxVal, spacing)]
        finest = nice_ceiling(gap * self._label_extent(minVal, maxVal, levels[0][0]) * units_per_pixel)
        if self.logMode:
            finest = max(finest, 1.0)  # whole decades: pyqtgraph labels the steps between them only below one
        if fitting and fitting[-1][0] <= finest * (1 + 1e-9):
            return fitting
        return [(finest, 0)]  # pyqtgraph's levels skip it: 5 decades apart where 2 would fit

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


class QuietAxis(FittingAxis):
    """A ``FittingAxis`` whose reach Qt knows, so that a repaint asks nothing of Python.

    pyqtgraph's axis reaches past its box (its ticks into the plot, its end labels beyond the ends) and tells Qt
    so from Python at every repaint of the view, taking the GIL from the training thread (``widgets/live.py``): at
    max pace, two thirds of a heatmap's calls into Python. This one gives the reach to Qt once, as the margins of
    its frame, which Qt adds to its box (``windowFrameRect``). An axis drawing a grid reaches over the whole plot,
    which moves: it stays a ``FittingAxis``.
    """

    boundingRect = QGraphicsWidget.boundingRect  # Qt's own: its box and margins  # pyright: ignore[reportAssignmentType]

    def __init__(self, orientation: str, **options) -> None:
        super().__init__(orientation, **options)
        self._reach_out()

    def setStyle(self, **style) -> None:
        super().setStyle(**style)
        self._reach_out()  # the tick length and the labels' overflow set the reach

    def setGrid(self, grid) -> None:
        raise NotImplementedError("a grid reaches over the plot: use a FittingAxis")

    def _reach_out(self) -> None:
        box, reach = QRectF(self.rect()), pg.AxisItem.boundingRect(self)
        self.setWindowFrameMargins(box.left() - reach.left(), box.top() - reach.top(),
                                   reach.right() - box.right(), reach.bottom() - box.bottom())


def quiet_axes() -> dict[str, pg.AxisItem]:
    """A plot's left and bottom axes, as ``addPlot(axisItems=...)`` takes them."""
    return {side: QuietAxis(side) for side in ("left", "bottom")}


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


class PowerOfTenAxis(QuietAxis):
    """Log-scale ticks written alike at every scale: 10⁻³, 2·10⁻³, ..., 10⁷.

    pyqtgraph writes 0.001 but 1e-05 style ticks side by side, which reads badly
    across the seven decades a loss falls through.
    """

    def logTickStrings(self, values, scale, spacing):
        strings = []
        for value in np.asarray(values, dtype=float) + np.log10(scale):
            exponent = int(np.floor(value + 1e-9))
            mantissa = round(10 ** (value - exponent))
            power = f"10{str(exponent).translate(_SUPERSCRIPT)}"
            strings.append(power if mantissa == 1 else f"{mantissa}·{power}")
        return strings if spacing is not None else self._apart(np.asarray(values, dtype=float), strings)

    def _apart(self, values: np.ndarray, strings: list[str]) -> list[str]:
        """The steps between decades (2·10², ..., 9·10²) labelled only a line's height from the decades and
        from one another: pyqtgraph labels all it can, and 9·10² ran into 10³."""
        low, high = sorted(self.range)
        length = self.size().height() if self.orientation in ("left", "right") else self.size().width()
        per_unit = length / max(high - low, 1e-12)
        room = STACKED_GAP * QFontMetricsF(cast(dict[str, Any], self.style).get("tickFont") or self.font()).height()
        taken = [float(decade) for decade in range(math.floor(low), math.ceil(high) + 1)]
        kept = []
        for value, text in zip(values, strings):
            clear = all(abs(value - other) * per_unit >= room for other in taken)
            kept.append(text if clear else "")
            if clear:
                taken.append(value)
        return kept


class MajorGrid:
    """Lines at ``plot_item``'s major ticks, one opaque path drawn again as its range changes, the ticks spaced
    for ``widget``'s pixels: pyqtgraph's own grid blends every line, major and minor, and cost more than all
    the rest of a frame."""

    def __init__(self, plot_item: pg.PlotItem, widget: QWidget):
        self.plot_item, self.widget = plot_item, widget
        self.item = QGraphicsPathItem()  # Qt's own: painting it calls no Python
        self.item.setZValue(-10)
        view = plot_item.getViewBox()
        view.addItem(self.item, ignoreBounds=True)
        view.sigRangeChanged.connect(self.draw)

    def draw(self, *_) -> None:
        (x0, x1), (y0, y1) = self.plot_item.getViewBox().viewRange()
        xs = _major_ticks(self.plot_item.getAxis("bottom"), x0, x1, self.widget.width())
        ys = _major_ticks(self.plot_item.getAxis("left"), y0, y1, self.widget.height())
        x = np.concatenate([np.repeat(xs, 2), np.tile([x0, x1], len(ys))])
        y = np.concatenate([np.tile([y0, y1], len(xs)), np.repeat(ys, 2)])
        self.item.setPath(pg.arrayToQPath(x, y, connect="pairs") if len(x) else QPainterPath())


def _major_ticks(axis: pg.AxisItem, low: float, high: float, pixels: int) -> np.ndarray:
    levels = axis.tickValues(low, high, max(pixels, 1))
    return np.asarray(levels[0][1] if levels else [], dtype=float)

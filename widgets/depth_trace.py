"""DynamicNet's depth at each step, and how often each depth came up."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from .axes import quiet_axes
from .live import LiveView, grid_of, rgba_pixmap
from .step_line import StepLine
from .theme import DARK, Theme, style_axes
from .words import translate

DEPTHS = (0, 1, 2, 3)


class DepthTrace(LiveView, pg.GraphicsLayoutWidget):
    """Left: a strip with one cell lit per step, in the row of the depth drawn.
    Right: how many steps drew each depth, on the same rows.

    While the steps fit, each gets a column of its own; beyond, a column stands
    for a run of steps (a power of two) and each row's brightness is the share
    of them that drew that depth, so a long run reads as four bands whose
    brightness says how often. Columns are at least two pixels wide, and are
    folded in as steps arrive.
    """

    def __init__(self, parent=None, theme: Theme = DARK, max_columns: int = 2048):
        super().__init__(parent)
        self.max_columns = max_columns
        self.trace_plot = self.ci.addPlot(row=0, col=0, axisItems=quiet_axes())
        self.count_plot = self.ci.addPlot(row=0, col=1, axisItems=quiet_axes())
        grid = grid_of(self.ci)
        grid.setColumnStretchFactor(0, 4)
        grid.setColumnStretchFactor(1, 1)
        for plot in (self.trace_plot, self.count_plot):
            plot.setMenuEnabled(False)
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getViewBox().setYRange(-0.5, 3.5, padding=0.05)
            plot.getAxis("left").setTicks([[(d, str(d)) for d in DEPTHS]])
        self.count_plot.getAxis("left").setStyle(showValues=False)
        self.count_plot.getAxis("bottom").setStyle(showValues=False)  # each bar carries its count
        self.trace_plot.setLabel("left", translate("DepthTrace", "depth"))  # middle_linear's reuses
        self.trace_plot.setLabel("bottom", translate("DepthTrace", "step"))
        self.count_plot.setLabel("bottom", translate("DepthTrace", "count"))  # of steps at each depth
        self.strip = QGraphicsPixmapItem()
        self.trace_plot.getViewBox().addItem(self.strip)
        self.rewind_cursor = StepLine(self.trace_plot.getViewBox(), Qt.PenStyle.DotLine)  # the step a rewind shows
        self.bars = [QGraphicsRectItem(0, d - 0.25, 0, 0.5) for d in DEPTHS]
        self.count_labels = [QGraphicsSimpleTextItem("0") for _ in DEPTHS]
        for bar, label in zip(self.bars, self.count_labels):
            self.count_plot.getViewBox().addItem(bar)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self.count_plot.getViewBox().addItem(label)
        self.depths = np.zeros(0, dtype=np.int8)  # what is shown
        self._counts = np.zeros(4, dtype=int)
        self.count_plot.getViewBox().sigResized.connect(self._on_counts_resized)
        self.columns = np.zeros((0, 4))  # per column, the share of its steps at each depth
        self._bucket, self._done, self._whole = 1, 0, np.zeros((0, 4))
        self._count_range = 0.0
        self.set_run_length(500)
        self.apply_theme(theme)
        self.reset()
        self.go_live()

    def apply_theme(self, theme: Theme, font_pt: int = 10) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        axes = [plot.getAxis(name) for plot in (self.trace_plot, self.count_plot) for name in ("left", "bottom")]
        font = style_axes(axes, theme, font_pt)
        self._color = np.array(QColor(theme.palette[0]).getRgb(), dtype=float)
        self.rewind_cursor.restyle(theme.foreground, 2)
        for bar, label in zip(self.bars, self.count_labels):
            bar.setBrush(QBrush(QColor(theme.palette[0])))
            bar.setPen(QColor(0, 0, 0, 0))
            label.setBrush(QBrush(QColor(theme.foreground)))
            label.setFont(font)
        self._draw_strip()
        self._draw_counts(self._counts)  # text of another size needs another room
        self.prepare()

    def set_run_length(self, steps: int) -> None:
        self.trace_plot.getViewBox().setXRange(-0.5, max(steps, 1) - 0.5, padding=0.02)

    def set_depths(self, depths: np.ndarray) -> None:
        """Show ``depths[i]`` (0 to 3) at step ``i``: the whole history so far."""
        self.depths = depths
        n = len(depths)
        columns = max(16, min(self.max_columns, int(self.trace_plot.getViewBox().width()) // 2))
        bucket = 1 << max(0, int(np.ceil(np.log2(max(n, 1) / columns))))
        if bucket != self._bucket or n < self._done:
            self._bucket, self._done, self._whole = bucket, 0, np.zeros((0, 4))
        whole = n // bucket * bucket
        if whole > self._done:
            self._whole = np.concatenate([self._whole, _shares(depths[self._done : whole], bucket)])
            self._done = whole
        tail = _shares(depths[whole:], n - whole) if n > whole else np.zeros((0, 4))
        self.columns = np.concatenate([self._whole, tail])
        self._draw_strip()
        counts = self._whole.sum(axis=0) * bucket + tail.sum(axis=0) * (n - whole)  # no pass over every step
        self._draw_counts(np.rint(counts).astype(int))

    def _draw_strip(self) -> None:
        if not len(self.columns):
            self.strip.setPixmap(rgba_pixmap(np.zeros((4, 1, 4), np.uint8)))
            return
        rgba = np.empty((4, len(self.columns), 4))
        rgba[...] = self._color
        shares = self.columns.T  # (depth, column)
        rgba[..., 3] = np.where(shares > 0, 255 * (0.35 + 0.65 * shares), 0)
        self.strip.setPixmap(rgba_pixmap(rgba.astype(np.uint8)))
        self.strip.setTransform(QTransform(self._bucket, 0, 0, 1, -0.5, -0.5))

    @property
    def bucket(self) -> int:
        """How many steps one column of the strip stands for."""
        return self._bucket

    def _draw_counts(self, counts: np.ndarray) -> None:
        self._counts = counts
        top = max(1, int(counts.max()))
        # Room beside the longest bar for its count, in the counts' own units: moved only now and then
        view = self.count_plot.getViewBox()
        pixels = max(view.width(), 1.0)
        label = QFontMetricsF(self.count_labels[0].font()).horizontalAdvance(f" {top}") + 4
        needed = top * pixels / max(pixels - label, pixels / 4)
        if not needed <= self._count_range <= 2 * needed:
            self._count_range = 1.25 * needed
            view.setXRange(0, self._count_range, padding=0)
        for depth, (bar, label, count) in enumerate(zip(self.bars, self.count_labels, counts)):
            bar.setRect(0, depth - 0.25, float(count), 0.5)
            label.setText(f" {count}")
            label.setPos(float(count), depth + 0.25)

    def _on_counts_resized(self, *_) -> None:
        self._draw_counts(self._counts)  # another width: other room for the labels

    def mark_step(self, step: int | None) -> None:
        """A line at ``step`` while a run is rewound (None hides it)."""
        self.rewind_cursor.place(step)
        self.prepare()

    def reset(self) -> None:
        self._bucket, self._done, self._whole = 1, 0, np.zeros((0, 4))
        self.depths = np.zeros(0, dtype=np.int8)
        self.columns = np.zeros((0, 4))
        self._draw_strip()
        self._draw_counts(np.zeros(4, dtype=int))


def _shares(depths: np.ndarray, bucket: int) -> np.ndarray:
    """For each run of ``bucket`` steps, the share of them at each depth: (runs, 4)."""
    blocks = depths.reshape(-1, bucket)
    return np.stack([(blocks == d).mean(axis=1) for d in DEPTHS], axis=1)

"""What makes a pyqtgraph view cheap to redraw while another thread trains.

PySide6 holds Python's global lock (GIL) for as long as Python code runs in the
paint path: a ``paintEvent`` written in Python, and the ``paint`` of every
pyqtgraph item, QPainter calls included. While the window paints, the training
thread cannot run a line of Python. Measured here at the notebook's sizes, a
plain pyqtgraph plot redrawn at 30 Hz left training 0.3 to 0.6 of its headless
steps/s; the same picture painted by Qt alone left it 0.85 to 1.0.

So the live views
- paint with Qt's own ``QGraphicsView.paintEvent`` (pyqtgraph's Python override
  only emits ``prepareForPaint``, which ``prepare`` does right after each change);
- draw their data with plain Qt items (``QGraphicsPathItem``,
  ``QGraphicsPixmapItem``), whose ``paint`` runs in C++ without the GIL;
- cache axes, labels and colour bars as pixmaps, redrawn only when they change;
- tell Qt which items hold others and draw nothing themselves (a plot, its
  view, a grid of plots, a label), so that no repaint asks them their size in
  Python; give it the axes' reach past their boxes once (``QuietAxis``), and
  clip to a view only where its items spill (not a heatmap's image).
pyqtgraph still lays out the plots, maps data to pixels and draws the axes.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import cast

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene import GraphicsScene
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsItem, QGraphicsView, QGraphicsWidget

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
CLIPS_CHILDREN = QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape


class LiveView(pg.GraphicsView):
    """Mixin for a pyqtgraph GraphicsView subclass: ``class View(LiveView, pg.PlotWidget)``, first in its bases.

    The views empty themselves with ``reset``, never ``clear``: a
    GraphicsLayoutWidget binds ``clear`` on each instance to emptying its layout.
    """

    # Qt's own: no Python while painting. pyqtgraph's untyped override names its argument, Qt's takes it by position.
    paintEvent = QGraphicsView.paintEvent  # pyright: ignore[reportAssignmentType]

    def go_live(self) -> None:
        """Call once the plots exist: keep view matrices current, cache the static items and mark the empty ones.

        Each repaint asks every item with contents for its size, in Python for pyqtgraph's: at max pace 500 calls
        a second, each taking the GIL from the training thread (README, Performance)."""
        for item in self.scene().items():
            if isinstance(item, pg.ViewBox):
                item.sigRangeChanged.connect(self.prepare)
                item.sigResized.connect(self.prepare)
            if isinstance(item, (pg.PlotItem, pg.GraphicsLayout)) or isinstance(item, pg.ViewBox) and _borderless(item):
                item.setFlag(NO_CONTENTS)  # a plot, a grid of items, a view without a border to paint
            if isinstance(item, pg.LabelItem):  # its text is a Qt item of its own
                item.setFlag(NO_CONTENTS)
                item.item.setCacheMode(CACHED)
            if isinstance(item, (pg.AxisItem, pg.ImageItem, pg.LegendItem)):
                item.setCacheMode(CACHED)
        self.prepare()

    def prepare(self, *_) -> None:
        """Bring pyqtgraph's deferred layout up to date; the next paint is all Qt.

        A label that changes can make the central layout grow past the view (a
        colour bar then falls off the edge): it is held to the view's size here.
        """
        central = self.centralWidget
        if central is not None and central.geometry() != self.range:
            central.setGeometry(self.range)
        scene = self.scene()
        assert isinstance(scene, GraphicsScene), "a pyqtgraph view shows pyqtgraph's scene"
        scene.prepareForPaint()

    @contextmanager
    def uncached(self):
        """Paint every item afresh while exporting: a cached pixmap would be
        scaled (blurred) in a larger PNG, and pasted as a bitmap into an SVG."""
        cached = [item for item in self.scene().items() if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.prepare()
        try:
            yield
        finally:
            for item in cached:
                item.setCacheMode(CACHED)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.prepare()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.prepare()


def grid_of(item: QGraphicsWidget) -> QGraphicsGridLayout:
    """The grid of a pyqtgraph GraphicsLayout, PlotItem or LegendItem. pyqtgraph keeps it in an
    attribute ``layout``, which hides QGraphicsWidget's method of that name: a checker sees the method."""
    return cast(QGraphicsGridLayout, item.layout)


def cosmetic_pen(color: str | QColor, width: float) -> QPen:
    """A pen whose width is in screen pixels, whatever the view's scale."""
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    return pen


def indexed_pixmap(indices: np.ndarray, color_table: list[int]) -> QPixmap:
    """A (rows, cols) uint8 array of colour-table indices as a pixmap (copied)."""
    rows, cols = indices.shape
    stride = (cols + 3) // 4 * 4  # QImage rows are 32-bit aligned
    if stride != cols:
        padded = np.zeros((rows, stride), np.uint8)
        padded[:, :cols] = indices
        indices = padded
    indices = np.ascontiguousarray(indices)
    image = QImage(indices.data, cols, rows, stride, QImage.Format.Format_Indexed8)
    image.setColorTable(color_table)
    return QPixmap.fromImage(image)  # copies while ``indices`` and ``image`` are alive


def rgba_pixmap(rgba: np.ndarray) -> QPixmap:
    """An (rows, cols, 4) uint8 array as a pixmap (copied, so the array may go)."""
    rgba = np.ascontiguousarray(rgba)
    rows, cols = rgba.shape[:2]
    image = QImage(rgba.data, cols, rows, 4 * cols, QImage.Format.Format_RGBA8888)
    return QPixmap.fromImage(image)  # copies while ``rgba`` and ``image`` are alive


def _borderless(view: pg.ViewBox) -> bool:
    """Whether ``view`` paints no border (pyqtgraph keeps "none" as a pen that draws nothing)."""
    return view.border is None or view.border.style() == Qt.PenStyle.NoPen

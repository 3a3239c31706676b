"""A matrix as an image: a diverging colour map centred on zero, with a colour bar."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPicture, QPixmap, QTransform, qRgba
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsView

from .axes import QuietAxis, nice_ceiling, quiet_axes
from .live import CLIPS_CHILDREN, LiveView, cosmetic_pen, grid_of, indexed_pixmap
from .theme import DARK, Theme, style_axes

COLOR_MAP = "CET-D1"  # blue - white - red: sign reads at a glance, zero is neutral
LEVELS = 255  # colours of the map; index 255 is a transparent hole
HOLE = LEVELS
BAR_GAP = 5  # pixels between the image's right edge and its colour bar, as pyqtgraph leaves
MAX_BAR_PICTURES = 64  # colour-bar drawings kept, a few KB each: more levels than a run shows


class Heatmap(LiveView, pg.GraphicsLayoutWidget):
    """Rows are the layer's outputs, columns its inputs; row 0 at the top.

    Levels are symmetric about zero and snap to 1, 2 or 5 times a power of ten.
    With ``auto_levels`` off they are fixed from the first frame that is not all
    zeros and stay until ``reset_levels``; with it on they follow each frame. The
    image may be a subsample of the full matrix: ``full_shape`` keeps the axes in
    true unit indices. Each cell is drawn as a crisp block (no smoothing).
    """

    def __init__(self, parent=None, theme: Theme = DARK):
        super().__init__(parent)
        self.title = ShrinkingLabel()
        self.ci.addItem(self.title, row=0, col=0)
        self.plot = self.ci.addPlot(row=1, col=0, axisItems=quiet_axes())
        self.view_box = self.plot.getViewBox()
        self.plot.setMenuEnabled(False)
        self.view_box.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.view_box.invertY(True)
        self.view_box.setFlag(CLIPS_CHILDREN, False)  # the image fills the view, never past it: nothing to clip
        for name in ("left", "bottom"):  # unit indices: never "(x0.001)"
            self.plot.getAxis(name).enableAutoSIPrefix(False)
        self.image = QGraphicsPixmapItem()
        self.view_box.addItem(self.image)
        colormap = pg.colormap.get(COLOR_MAP)
        assert colormap is not None, "pyqtgraph ships CET-D1 (get gives None only for an unknown source)"
        lut = np.asarray(colormap.getLookupTable(nPts=LEVELS, alpha=True))  # rows of RGBA bytes
        self._color_table = [qRgba(*map(int, rgba)) for rgba in lut] + [qRgba(0, 0, 0, 0)]  # HOLE: clear
        self.colorbar = pg.ColorBarItem(values=(-1, 1), colorMap=colormap, interactive=False, width=16,
                                        colorMapMenu=False)
        self.bar_frame = _quiet(self.colorbar)
        # In the plot's own layout, in the view's row after its right axis, as pyqtgraph's ``insert_in`` puts a bar:
        # as tall as the image, not the image and its bottom axis
        grid_of(self.plot).addItem(self.colorbar, 2, 5)
        grid_of(self.plot).setColumnFixedWidth(4, BAR_GAP)
        self.matrix: np.ndarray | None = None  # what is shown, for tests and exports
        self.auto_levels = False
        self._levels: float | None = None
        self._bar_levels: float | None = None
        self._bar_pictures: dict[tuple[float, float, float], QPicture] = {}  # the bar's ticks, by levels and size
        self._shape: tuple[int, int] | None = None
        self.apply_theme(theme)
        # Only a pixmap and cached axes are painted live: no antialiasing to apply, no
        # painter state to save between items. A quarter off each frame's paint here.
        self.setAntialiasing(False)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.go_live()

    def apply_theme(self, theme: Theme, font_pt: int = 10, bar_width: int = 16) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        style_axes([self.plot.getAxis(name) for name in ("left", "bottom")] + [self.colorbar.axis], theme, font_pt)
        self.bar_frame.setPen(cosmetic_pen(theme.foreground, 1))
        grid_of(self.colorbar).setColumnFixedWidth(1, bar_width)
        self.colorbar.axis.setWidth(None)  # as wide as its labels: pyqtgraph's 45 pixels drop "-0.4" at 18 pt
        self.ci.setContentsMargins(1, 1, 1, 1)
        self.title.setText(self.title.full_text, color=theme.foreground, size=f"{font_pt + 1}pt")
        self._bar_pictures.clear()  # drawn in the old font and colours
        self.prepare()

    def set_labels(self, title: str, rows: str, columns: str) -> None:
        self.title.setText(title, color=self.theme.foreground)
        self.plot.setLabel("left", rows)
        self.plot.setLabel("bottom", columns)
        self.prepare()

    def set_matrix(self, matrix: np.ndarray, full_shape: tuple[int, int] | None = None) -> None:
        """Show ``matrix`` (a copy the caller no longer writes to).

        The matrix becomes an 8-bit indexed image whose colour table is the colour
        map: numpy computes one byte per cell, and Qt applies the colours. This runs
        on the window's thread while training waits for the GIL, so it is kept lean.
        """
        self.matrix = matrix
        all_finite = bool(np.isfinite(matrix).all())
        low, high = self._levels_for(matrix, all_finite)
        with np.errstate(over="ignore", invalid="ignore"):  # a diverged run's huge values clip to the ends
            scaled = np.subtract(matrix, low, dtype=np.float32)
            np.multiply(scaled, (LEVELS - 1) / (high - low), out=scaled)
            np.clip(scaled, 0, LEVELS - 1, out=scaled)
        holes = None if all_finite and np.isfinite(scaled).all() else ~np.isfinite(scaled)
        if holes is not None:
            scaled[holes] = 0
        indices = scaled.astype(np.uint8)
        if holes is not None:
            indices[holes] = HOLE  # a diverged weight shows as a hole
        self.image.setPixmap(indexed_pixmap(indices, self._color_table))
        rows, cols = full_shape or matrix.shape
        self.image.setTransform(QTransform.fromScale(cols / matrix.shape[1], rows / matrix.shape[0]))
        self.set_shape(rows, cols)

    def set_shape(self, rows: int, cols: int) -> None:
        """Frame the axes for a ``rows`` x ``cols`` matrix, also before one is shown."""
        if (rows, cols) != self._shape:  # moving the range redraws the axes: only when it changes
            self._shape = (rows, cols)
            self.view_box.setRange(xRange=(0, cols), yRange=(0, rows), padding=0)

    def _levels_for(self, matrix: np.ndarray, all_finite: bool) -> tuple[float, float]:
        if self.auto_levels or self._levels is None:
            values = matrix if all_finite else matrix[np.isfinite(matrix)]
            peak = max(float(values.max()), -float(values.min())) if values.size else 0.0
            if peak > 0 or self.auto_levels:
                self._levels = nice_ceiling(peak) if peak > 0 else 1.0
        levels = self._levels or 1.0
        if levels != self._bar_levels:  # the colour bar's axis is redrawn only when it changes
            self._change_bar_levels(levels)
        return (-levels, levels)

    def _change_bar_levels(self, levels: float) -> None:
        """Scale the colour bar to ±``levels``, its ticks drawn again only for levels not seen at this size.

        pyqtgraph lays out and draws an axis's ticks afresh in Python whenever its range
        changes (2 to 3 ms, with the GIL held); a rewind that crosses steps of differing
        scales would pay that on every other step. Levels snap to 1, 2 or 5 times a
        power of ten, so a run shows few of them: each one's drawing is kept.
        """
        axis = self.colorbar.axis
        if axis.picture is not None and self._bar_levels is not None:  # drawn since the last change or resize
            if len(self._bar_pictures) >= MAX_BAR_PICTURES:
                self._bar_pictures.clear()
            self._bar_pictures[self._bar_key(self._bar_levels)] = axis.picture
        self._bar_levels = levels
        self.colorbar.setLevels((-levels, levels))
        axis.picture = self._bar_pictures.get(self._bar_key(levels))  # None: drawn at the next paint
        self.prepare()

    def _bar_key(self, levels: float) -> tuple[float, float, float]:
        size = self.colorbar.axis.size()
        return (levels, size.width(), size.height())

    @property
    def shape(self) -> tuple[int, int] | None:
        """The shape of the matrix the axes are framed for (the full one, when the image is a subsample)."""
        return self._shape

    @property
    def levels(self) -> tuple[float, float]:
        low, high = self.colorbar.levels()
        return low, high

    def set_auto_levels(self, auto: bool) -> None:
        self.auto_levels = auto
        if not auto:
            self.reset_levels()

    def reset_levels(self) -> None:
        """Take the levels afresh from the next frame (a new run, another view)."""
        self._levels = None

    def reset(self) -> None:
        self.matrix = None
        self.image.setPixmap(QPixmap())
        self.reset_levels()


def _quiet(bar: pg.ColorBarItem) -> QGraphicsRectItem:
    """Make ``bar`` repaint without calling into Python; its frame, to be given a pen.

    pyqtgraph frames the bar with four axes, three of them empty, each asked its size in Python at every
    repaint (``widgets/live.py``). Here the scale is a ``QuietAxis`` and the frame one Qt rectangle.
    """
    scale = QuietAxis("right")
    bar.setAxisItems({"right": scale})
    for side in ("left", "top", "bottom"):
        bar.hideAxis(side)
    scale.unlinkFromView()  # as pyqtgraph's bar sets up its own: the levels, not the view, give the range
    scale.setRange(*bar.values)
    bar.axis = scale
    view = bar.getViewBox()
    view.setFlag(CLIPS_CHILDREN, False)  # the bar fills its view
    frame = QGraphicsRectItem(view)
    frame.setZValue(1)  # over the bar
    view.sigResized.connect(lambda: frame.setRect(view.rect()))
    return frame


class ShrinkingLabel(pg.LabelItem):
    """A title that is shortened with "…" rather than push the colour bar out of a narrow view.

    pyqtgraph's LabelItem asks for its text's full width, as minimum and preferred
    size, whenever its text or size changes; this one asks for none, and elides
    its text to the width it is given.
    """

    full_text = ""

    def setText(self, text: str, **options) -> None:
        """Show the plain ``text``, elided to fit."""
        self.full_text = text
        super().setText(html.escape(text), **options)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if self.width() <= 0:
            return
        font = QFont(self.item.font())
        size = str(self.opts.get("size") or "")
        if size.endswith("pt"):
            font.setPointSizeF(float(size[:-2]))
        elided = QFontMetricsF(font).elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width() - 8)
        if html.escape(elided) != self.text:
            pg.LabelItem.setText(self, html.escape(elided))
        self.setToolTip(self.full_text if elided != self.full_text else "")

    def updateMin(self) -> None:
        super().updateMin()
        height = self._sizeHint[Qt.SizeHint.MinimumSize][1]
        self._sizeHint[Qt.SizeHint.MinimumSize] = self._sizeHint[Qt.SizeHint.PreferredSize] = (0, height)
        self.setMinimumWidth(0)
        self.updateGeometry()

"""The loss plot's legend, which places itself clear of the curves' points and fits the room it has."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from .live import grid_of


class FittedLegend(pg.LegendItem):
    """A legend that covers no point of a curve on show: in a corner of its view box that is clear
    of them, or else in a band of its own above the plot.

    ``fit`` (when the view box resizes or the entries change) shrinks the text a point
    at a time down to ``floor_pt``, the smallest that reads at the back of a room for
    its look, until the legend takes at most half the plot's height, then cuts long
    labels short with "…" (the whole label is the entry's tooltip) to the plot's width.
    ``settle`` (when the plot asks, on its slow frames) places it: in the first corner,
    in order of preference, that leaves every point clear (a newest point by more, the
    eye is on it), else above the plot, until a corner is clear by a margin again.
    """

    MARGIN = 6  # pixels between the legend and the view box's edges
    SNUG_HEIGHT = 0.5  # text shrinks until the legend takes at most this share of the plot's height
    LARGE_PT = 18  # WCAG's large text: a legend this large (presentation mode's) is cut rather than shrunk
    # Corners as (x, y) anchors, in order of preference: the loss falls from the top left
    CORNERS = ((1, 0), (0, 0), (1, 1), (0, 1))
    POINT_CLEARANCE = 8  # pixels kept around a newest point: the pen's width, and the eye's
    LINE_CLEARANCE = 3  # and around every other point: half a presentation pen
    RETURN_MARGIN = 12  # from above the plot, back into a corner clear of every point by this much more

    def __init__(self, view: pg.ViewBox, plot_item: pg.PlotItem):
        super().__init__()
        self.view, self.plot_item = view, plot_item
        self.preferred_pt = self.pt = 10
        self.wanted = False  # whether the plot has entries worth a legend
        self.full_labels: list[str] = []
        self.corner = self.CORNERS[0]
        self.outside = False  # in the band above the plot: every corner covered a point
        self.setParentItem(view)
        self._anchor()
        view.geometryChanged.connect(self.fit)

    def mouseDragEvent(self, event) -> None:
        event.ignore()  # it places itself, off the curves; a drag would be undone at the next frame

    def show_entries(self, entries: list[tuple[pg.PlotDataItem, str]], wanted: bool) -> None:
        """Replace the entries: (sample, label) pairs, labels in plain text."""
        self.clear()
        self.full_labels = [label for _, label in entries]
        for sample, label in entries:
            self.addItem(sample, html.escape(label))
        self.wanted = wanted
        self.fit()

    def fit(self, *_) -> None:
        """Fit the view box: text from the look's size down to the floor, then labels cut."""
        if not self.items:
            self.setVisible(False)
            self._reserve()
            return
        room = self._room()
        snug = room if self.outside else QSizeF(room.width(), room.height() * self.SNUG_HEIGHT)
        self.pt = self.preferred_pt
        self._set_texts(self.pt)
        while self.pt > self.floor_pt and not self._fits(snug):
            self.pt -= 1
            self._set_texts(self.pt)
        for attempt in range(4):  # at the floor: cut labels to the room left beside the samples
            if self._fits(room):
                break
            self._set_texts(self.pt, self._label_room(room) - 4 * attempt)
        self.setVisible(self.wanted and self._fits(room))
        self._anchor()
        self._reserve()

    def settle(self, newest: np.ndarray, others: np.ndarray) -> None:
        """Place the legend clear of the curves' points (view box pixels, rows of x, y): ``newest``, the
        live curves' newest points, and ``others``, every other point drawn."""
        margin = self.RETURN_MARGIN if self.outside else 0
        clear = [corner for corner in self.CORNERS if self._clear(corner, newest, others, margin)]
        if not self.outside and self.corner in clear:
            return
        self.move_to(clear[0] if clear else None)

    def move_to(self, corner: tuple[int, int] | None) -> None:
        """Into ``corner`` of the view box, or above the plot when None."""
        outside = corner is None
        self.corner = corner or self.corner
        if outside != self.outside:
            self.outside = outside
            self.setParentItem(self.plot_item if outside else self.view)
            self.fit()  # another room
        self._anchor()
        self._reserve()

    def updateSize(self) -> None:
        """The layout's own size: pyqtgraph's sums the entries' last geometry, which never shrinks."""
        grid = grid_of(self)
        grid.invalidate()
        self.resize(grid.effectiveSizeHint(Qt.SizeHint.PreferredSize))

    @property
    def floor_pt(self) -> int:
        """Presentation text shrinks less, and large text not at all: cut labels read better from afar than
        tiny ones."""
        return self.preferred_pt if self.preferred_pt >= self.LARGE_PT else max(8, round(0.7 * self.preferred_pt))

    def rect_at(self, corner: tuple[int, int]) -> QRectF:
        """Where the legend would lie in that corner, in view box pixels."""
        width, height = self.width(), self.height()
        box = self.view.boundingRect()
        x = box.left() + self.MARGIN if corner[0] == 0 else box.right() - self.MARGIN - width
        y = box.top() + self.MARGIN if corner[1] == 0 else box.bottom() - self.MARGIN - height
        return QRectF(x, y, width, height)

    def _clear(self, corner: tuple[int, int], newest: np.ndarray, others: np.ndarray, margin: float) -> bool:
        rect = self.rect_at(corner)
        return not any(_count_inside(rect.adjusted(-room, -room, room, room), points)
                       for room, points in ((self.POINT_CLEARANCE + margin, newest),
                                            (self.LINE_CLEARANCE + margin, others)))

    def _anchor(self) -> None:
        if self.outside:  # top right, in the band ``_reserve`` keeps above the view box
            self.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-self.MARGIN, self.MARGIN))
            return
        x, y = self.corner
        self.anchor(itemPos=self.corner, parentPos=self.corner,
                    offset=(self.MARGIN if x == 0 else -self.MARGIN, self.MARGIN if y == 0 else -self.MARGIN))

    def _reserve(self) -> None:
        """The band above the view box (the plot's title row): the legend's height while it is there."""
        height = self.height() + 2 * self.MARGIN if self.outside and self.isVisible() else 0
        layout = grid_of(self.plot_item)
        if layout.rowMinimumHeight(0) != height:
            layout.setRowFixedHeight(0, height)
            layout.activate()  # the view box's new room, now: the next placing measures it

    def _room(self) -> QSizeF:
        """The view box, less margins; above the plot, the view box's width and half the plot's height."""
        box = self.view.boundingRect()
        height = self.plot_item.height() * self.SNUG_HEIGHT if self.outside else box.height()
        return QSizeF(box.width() - 2 * self.MARGIN, height - 2 * self.MARGIN)

    def _fits(self, room: QSizeF) -> bool:
        return self.width() <= room.width() and self.height() <= room.height()

    def _label_room(self, room: QSizeF) -> float:
        widest = max(label.itemRect().width() for _, label in self.items)
        return room.width() - (self.width() - widest)

    def _set_texts(self, pt: int, label_room: float | None = None) -> None:
        """Every label at ``pt`` points, cut to ``label_room`` pixels if given."""
        for (_, label), text in zip(self.items, self.full_labels):
            label.setAttr("size", f"{pt}pt")
            label.setAttr("color", self.opts["labelTextColor"])
            shown = text if label_room is None else self._elided(label, text, pt, label_room)
            label.setText(html.escape(shown))
            label.setToolTip(text if shown != text else "")
        self.updateSize()

    @staticmethod
    def _elided(label: pg.LabelItem, text: str, pt: int, room: float) -> str:
        font = QFont(label.item.font())
        font.setPointSizeF(pt)
        margins = label.itemRect().width() - label.item.document().idealWidth()  # the text document's own
        return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, room - margins - 1))



def _count_inside(rect: QRectF, points: np.ndarray) -> int:
    x, y = points[:, 0], points[:, 1]
    inside = (x >= rect.left()) & (x <= rect.right()) & (y >= rect.top()) & (y <= rect.bottom())
    return int(inside.sum())


def points_along(points: np.ndarray, count: int) -> np.ndarray:
    """``count`` points evenly spaced along a drawn line: a steep fall counts for its length on screen."""
    steps = np.hypot(*np.diff(points, axis=0).T)
    distance = np.concatenate([[0.0], np.cumsum(steps)])
    if len(points) < 2 or distance[-1] == 0:
        return points[:1]
    at = np.linspace(0, distance[-1], count)
    return np.column_stack([np.interp(at, distance, points[:, 0]), np.interp(at, distance, points[:, 1])])

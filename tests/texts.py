"""Every text a class reads in a window, where it is drawn and at what size: the titles, axis titles,
tick labels, legend entries, colour-bar labels and counts inside the plots, and the window's own
labels (panel titles, the status bar's texts and message).

Rectangles are in the window's logical pixels. A plot's texts are found in its scene, as pyqtgraph
lays them out (tick labels as ``AxisItem.generateDrawSpecs`` places them); a label's, by its
alignment within its contents.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QLabel,
    QMainWindow,
    QStatusBar,
    QStyle,
    QTabBar,
    QWidget,
)

DPI = 96  # the offscreen screen's logical dpi (tests/offscreen-screen.json)
ELLIPSIS = "…"


@dataclass
class Text:
    where: str  # the view or widget it is drawn in, for messages
    kind: str  # "tick", "axis title", "title", "legend", "count", "label", "status"
    text: str  # as drawn
    rect: QRectF  # in the window's pixels
    font: QFont
    clip: QRectF  # what it may not leave: its view's or its label's room
    whole: str = ""  # the whole text a cut one stands for (a tooltip), if any

    @property
    def pixels(self) -> float:
        return self.font.pointSizeF() * DPI / 72 if self.font.pointSizeF() > 0 else self.font.pixelSize()

    @property
    def large(self) -> bool:
        """WCAG's large text: 18 pt (24 px), or 14 pt (18.66 px) bold."""
        return self.pixels >= 24 - 0.01 or (self.font.bold() and self.pixels >= 18.66 - 0.01)

    def __str__(self) -> str:
        return f"{self.where} {self.kind} {self.text!r}"


def texts_in(window: QWidget) -> list[Text]:
    """Every visible text in ``window``: in its plots, then in its labels."""
    found = []
    for view in window.findChildren(pg.GraphicsView):
        if view.isVisible() and not view.viewport().visibleRegion().isEmpty():
            found += plot_texts(view, window)
    for label in window.findChildren(QLabel):
        text = label_text(label)
        if text and label.isVisible() and not label.visibleRegion().isEmpty():
            found.append(label_text_item(label, window, text))
    return found


def plot_texts(view: pg.GraphicsView, window: QWidget) -> list[Text]:
    name = type(view).__name__
    clip = QRectF(QRect(view.mapTo(window, QPoint(0, 0)), view.size()))

    viewport = view.viewport()
    origin = QPointF(viewport.mapTo(window, QPoint(0, 0)))

    def to_window(item: QGraphicsItem, rect: QRectF) -> QRectF:
        """As drawn: through the item's transform to the viewport (a count ignores the view's scale)."""
        return item.deviceTransform(view.viewportTransform()).mapRect(rect).translated(origin)

    found = []
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.AxisItem):
            found += axis_texts(item, name, clip, to_window)
        elif isinstance(item, pg.LabelItem) and item.text:
            font = QFont(item.item.font())
            size = str(item.opts.get("size") or "")
            if size.endswith("pt"):
                font.setPointSizeF(float(size[:-2]))
            kind = "legend" if _legend_of(item) is not None else "title"
            found.append(Text(name, kind, plain(item.text), to_window(item.item, ink(item.item, font)), font, clip,
                              item.toolTip()))
        elif isinstance(item, QGraphicsSimpleTextItem) and item.text().strip():
            found.append(Text(name, "count", item.text().strip(), to_window(item, item.boundingRect()),
                              item.font(), clip))
        elif isinstance(item, pg.TextItem) and item.textItem.toPlainText():
            found.append(Text(name, "label", item.textItem.toPlainText(), to_window(item.textItem,
                                                                                  ink(item.textItem)),
                              item.textItem.font(), clip))
    return found


def axis_texts(axis: pg.AxisItem, name: str, clip: QRectF, to_window) -> list[Text]:
    found = []
    font = axis.style.get("tickFont") or axis.font()
    if axis.style["showValues"]:
        image = QImage(8, 8, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            specs = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        for rect, _flags, text in (specs[2] if specs else []):
            if text:
                found.append(Text(name, f"{axis.orientation} tick", text, to_window(axis, QRectF(rect)), font, clip))
    label = axis.label
    if label is not None and label.isVisible() and label.toPlainText().strip():
        found.append(Text(name, f"{axis.orientation} axis title", label.toPlainText().strip(),
                          to_window(label, ink(label)), label.font(), clip, label.toolTip()))
    return found


def ink(item: QGraphicsTextItem, font: QFont | None = None) -> QRectF:
    """Where a text item's text is, within its bounding rectangle: less the document's margin, one line high
    per line, as wide as its widest line (in ``font``, where its HTML sets another than the item's)."""
    document = item.document()
    margin = document.documentMargin()
    metrics = QFontMetricsF(font or item.font())
    lines = item.toPlainText().splitlines() or [""]
    width = max(metrics.horizontalAdvance(line) for line in lines)
    box = item.boundingRect().adjusted(margin, margin, -margin, -margin)
    alignment = document.defaultTextOption().alignment()
    left = box.center().x() - width / 2 if alignment & Qt.AlignmentFlag.AlignHCenter else box.left()
    return QRectF(left, box.top(), width, metrics.height() * len(lines))


def label_text(label: QLabel) -> str:
    return plain(label.text())


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", html.unescape(text)).strip()


def label_text_item(label: QLabel, window: QWidget, text: str) -> Text:
    """A label's text where the label draws it: its size aligned in the label's contents."""
    contents = label.contentsRect()
    metrics = label.fontMetrics()
    if label.wordWrap():  # the height its lines take at its width, less its margins and padding
        size = QSize(contents.width(), label.heightForWidth(label.width()) - label.height() + contents.height())
    else:
        size = QSize(metrics.horizontalAdvance(text), metrics.height())
    inner = QStyle.alignedRect(label.layoutDirection(), label.alignment(), size, contents)
    top_left = label.mapTo(window, QPoint(0, 0))
    kind = "status" if isinstance(label.parent(), QStatusBar) else "title" if label.objectName() == "panelTitle" \
        else "label"
    return Text(type(label).__name__ + f" {label.objectName() or ''}".rstrip(), kind, text,
                QRectF(inner.translated(top_left)), label.font(), QRectF(contents.translated(top_left)),
                label.toolTip())


def status_message(window) -> list[Text]:
    """The status bar's passing message, where Qt draws it: from the left, up to the first permanent widget."""
    if not isinstance(window, QMainWindow):
        return []
    bar = window.statusBar()
    message = bar.currentMessage()
    if not message or not bar.isVisible():
        return []
    shown = [label for label in bar.findChildren(QLabel) if label.isVisible()]
    right = min((label.mapTo(bar, QPoint(0, 0)).x() for label in shown), default=bar.width())
    top_left = bar.mapTo(window, QPoint(0, 0))
    metrics = bar.fontMetrics()
    rect = QRectF(top_left.x() + 6, top_left.y(), metrics.horizontalAdvance(message), bar.height())
    return [Text("status bar", "message", message, rect, bar.font(),
                 QRectF(top_left.x(), top_left.y(), right - 2, bar.height()))]


# What is wrong with them

def overlaps(texts: list[Text]) -> list[str]:
    """Pairs of texts that are drawn over one another (a pixel of slack for antialiasing)."""
    found = []
    for first, second in itertools.combinations(texts, 2):
        a, b = first.rect.adjusted(1, 1, -1, -1), second.rect.adjusted(1, 1, -1, -1)
        if a.intersects(b):
            found.append(f"{first} overlaps {second}")
    return found


def cut(texts: list[Text]) -> list[str]:
    """Texts that leave their room (their view, or their label), or are shortened without "…" and the whole
    in a tooltip."""
    found = []
    for text in texts:
        if not text.clip.adjusted(-1, -1, 1, 1).contains(text.rect):
            found.append(f"{text} is cut: {_rect(text.rect)} leaves {_rect(text.clip)}")
        if text.text.endswith(ELLIPSIS) and not text.whole.startswith(text.text[:-1].rstrip()):
            found.append(f"{text} is shortened, and no tooltip says it whole ({text.whole!r})")
    return found


LARGE_KINDS = ("tick", "axis title", "title", "legend", "count")  # what a stage shows as large text


def too_small(texts: list[Text], kinds: tuple[str, ...] = LARGE_KINDS) -> list[str]:
    """Titles, ticks and legends under WCAG's large text (18 pt, or 14 pt bold)."""
    return [f"{text} is {text.font.pointSizeF():g} pt{' bold' if text.font.bold() else ''}"
            for text in texts if text.kind.endswith(kinds) and not text.large]


def _rect(rect: QRectF) -> str:
    return f"({rect.x():.0f}, {rect.y():.0f}, {rect.width():.0f}x{rect.height():.0f})"


def _legend_of(item):
    parent = item.parentItem()
    while parent is not None:
        if isinstance(parent, pg.LegendItem):
            return parent
        parent = parent.parentItem()
    return None


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def tabs_cut(window) -> list[str]:
    """A row of tabs too wide for its bar: Qt scrolls it, and the last tab's name is cut."""
    return [f"the tabs {[bar.tabText(i) for i in range(bar.count())]} do not fit their bar"
            for bar in window.findChildren(QTabBar) if bar.isVisible() and bar.sizeHint().width() > bar.width()]


def status_cut(window) -> list[str]:
    """The status bar's passing message, drawn whole beside the permanent texts."""
    found = []
    for message in status_message(window):
        if message.rect.right() > message.clip.right():
            found.append(f"the status bar's message {message.text!r} is cut")
    return found


def legends_over_points(window) -> list[str]:
    """A loss plot's legend over a point of a curve it shows (it has a free corner, or the band above)."""
    from widgets.loss_plot import LossPlot

    found = []
    for plot in window.findChildren(LossPlot):
        legend = plot.legend
        if not plot.isVisible() or not legend.isVisible():
            continue
        rect, view = legend.sceneBoundingRect(), plot.getViewBox()
        for curve in [*plot.curves.values(), *plot.predictions.values()]:
            if not curve.visible:
                continue
            x, y = curve.points
            if plot.log_scale:
                x, y = x[y > 0], np.log10(y[y > 0])
            if any(rect.contains(view.mapViewToScene(QPointF(a, b))) for a, b in zip(x, y)):
                found.append(f"the legend of a {type(plot).__name__} covers a point of {curve.label!r}")
    return found


def too_few_log_ticks(window, least: int = 4, decades: float = 4) -> list[str]:
    """A log axis over data that span ``decades`` or more with fewer than ``least`` labelled ticks."""
    from widgets.loss_plot import LossPlot

    found = []
    for plot in window.findChildren(LossPlot):
        if not plot.isVisible() or not plot.log_scale:
            continue
        shown = [curve.points[1] for curve in plot.curves.values() if curve.visible]
        losses = np.concatenate(shown or [np.empty(0)])
        losses = losses[np.isfinite(losses) & (losses > 0)]
        if not len(losses) or np.log10(losses.max() / losses.min()) < decades:
            continue
        ticks = [text for text in axis_texts(plot.getPlotItem().getAxis("left"), "", QRectF(), lambda _i, r: r)]
        labelled = [text.text for text in ticks if text.kind == "left tick"]
        if len(labelled) < least:
            found.append(f"the loss spans {np.log10(losses.max() / losses.min()):.1f} decades and its "
                         f"{type(plot).__name__}'s log axis labels {labelled}")
    return found


def one_sided_colour_bars(window) -> list[str]:
    """A colour bar centred on zero whose labels show one side only: the others were dropped for want of room."""
    found = []
    for view in window.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        for bar in (item for item in view.scene().items() if isinstance(item, pg.ColorBarItem) and item.isVisible()):
            labels = [text.text for text in axis_texts(bar.axis, "", QRectF(), lambda _i, r: r) if "tick" in text.kind]
            below = [label for label in labels if label.startswith(("-", "−"))]
            above = [label for label in labels if label not in below and float(label) != 0]
            if len(below) != len(above):
                found.append(f"a colour bar's labels are {labels}")
    return found


def layout_problems(window) -> list[str]:
    """Every text whole and apart; legends off the points; a log axis that reads its decades."""
    texts = texts_in(window)
    return (overlaps(texts) + cut(texts) + tabs_cut(window) + status_cut(window) + legends_over_points(window)
            + too_few_log_ticks(window) + one_sided_colour_bars(window))

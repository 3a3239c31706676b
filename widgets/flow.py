"""A row of widgets that wraps onto more lines when its width runs out (Qt has no such layout)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, as many per line as fit; the height follows the width.

    Panel headers use it: a title and its switches fit one line on a wide screen
    and wrap at 1024 pixels or in presentation mode, rather than widen the panel.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # height for each width asked, until an item changes
        self._placed: QRect | None = None  # where the items were placed last, until an item changes
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Remembered until ``invalidate``, as the placing is: Qt asks again on every layout pass of the window,
        as when a status label's text changes at max pace, and each answer was Python holding the GIL."""
        if width not in self._heights:
            self._heights[width] = self._lay_out(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        """An item was added, shown, hidden or resized (Qt calls this), or the spacing changed."""
        self._heights.clear()
        self._placed = None
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if rect != self._placed:  # every layout pass of the window sets it again, mostly where it was
            self._placed = QRect(rect)
            self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = sum(item.sizeHint().width() for item in self._visible()) + self.spacing() * max(
            len(self._visible()) - 1, 0)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As narrow as the widest item: everything else wraps."""
        width = max((item.minimumSize().width() for item in self._visible()), default=0)
        height = max((item.minimumSize().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not ((widget := item.widget()) is not None and widget.isHidden())]

    def _lay_out(self, rect: QRect, move: bool) -> int:
        """Place the items line by line within ``rect``; the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint, QSize]] = []
        for item in self._visible():
            size = _fitted(item, area.width())
            if line and x + size.width() > area.right() + 1:
                self._place(line, line_height, move)
                x, y, line, line_height = area.x(), y + line_height + self.spacing(), [], 0
            line.append((item, QPoint(x, y), size))
            x += size.width() + self.spacing()
            line_height = max(line_height, size.height())
        self._place(line, line_height, move)
        margins = self.contentsMargins()
        return y + line_height - rect.y() + margins.bottom()

    @staticmethod
    def _place(line: list[tuple[QLayoutItem, QPoint, QSize]], height: int, move: bool) -> None:
        """Each item of a line at its size, centred on the line's height."""
        if not move:
            return
        for item, point, size in line:
            item.setGeometry(QRect(point + QPoint(0, (height - size.height()) // 2), size))


def _fitted(item: QLayoutItem, width: int) -> QSize:
    """The item's size: as it likes, or, where that is wider than the line, the line's width and the height
    it needs there (a word-wrapped label's lines)."""
    size = item.sizeHint()
    if size.width() <= width or width <= 0:
        return size
    height = item.heightForWidth(width) if item.hasHeightForWidth() else size.height()
    return QSize(width, max(height, size.height()))

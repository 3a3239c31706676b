"""A ring drawn over a view while it has the keyboard's focus: taken by a key (Tab, Shift+Tab, a shortcut), as a
browser's focus-visible, so a click or a window shown on a projector draws none.

Qt's style draws no focus on a plot. A QFrame's own frame would do, but it shrinks a
pyqtgraph view's viewport and not its scene, whose edges (an axis title) it then cuts; the
ring is a widget of its own, over the view, that takes no room and no mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

BY_KEY = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)


class FocusRing(QWidget):
    """Over ``view``, as large as it, shown while it has the focus taken by a key; ``width`` in pixels, in the text's
    colour (the strongest on either theme)."""

    def __init__(self, view: QWidget, width: int):
        super().__init__(view)
        self.line_width = width
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(view.rect())
        self.hide()
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        elif isinstance(event, QFocusEvent) and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.setVisible(kind == QEvent.Type.FocusIn and event.reason() in BY_KEY)
            self.raise_()  # over the viewport, which the view may have made after the ring
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), self.line_width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        inset = self.line_width / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))

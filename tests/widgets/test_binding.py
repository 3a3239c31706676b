"""Guards against Qt binding bugs this app has met."""

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter


def test_drawing_lines_keeps_reference_counts(qapp):
    # PySide6 6.12.0 released a reference to None on every drawLine(QPointF, QPointF);
    # pyqtgraph draws every axis tick that way, and Python 3.11 aborted with
    # "none_dealloc" after a few seconds of live plotting. constraints.txt avoids it.
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.drawLine(QPointF(0, 0), QPointF(1, 1))
    after = sys.getrefcount(None)
    painter.end()
    assert abs(after - before) < 100

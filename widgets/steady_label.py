"""A label whose text changes several times a second (a step count, a rate) without laying the window out again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget

SHRINK_BELOW = 0.8  # of the width held: a text this much narrower (a new run's "step 0") gives the room back


class SteadyLabel(QWidget):
    """Holds ``label``, whose new text would otherwise ask the whole window to lay itself out again: a QLabel's
    ``setText`` asks its parent's layout, and that layout the window's, each time (at max pace three times a
    second, running the Python of the plots' and flow layouts' overrides). Here it asks a parent with no layout,
    which asks for room only when the text needs more than it holds, or far less; the neighbours stay put too,
    where a proportional font's digits made them jiggle."""

    def __init__(self, label: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self._held = label.sizeHint()

    def sizeHint(self) -> QSize:
        return self._fitted()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint().boundedTo(self._fitted())

    def event(self, event: QEvent) -> bool:
        # The label's text or font changed (it asks a parent shown), or a text set while hidden is shown now
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show) and self._fitted() != self._held:
            self._held = self._fitted()
            self.updateGeometry()
        return super().event(event)

    def resizeEvent(self, event) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def _fitted(self) -> QSize:
        """The room held, unless the text needs more, or far less."""
        held, wanted = self._held, self.label.sizeHint()
        if held.height() == wanted.height() and SHRINK_BELOW * held.width() <= wanted.width() <= held.width():
            return held
        return wanted

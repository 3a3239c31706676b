"""A label whose text changes several times a second (a step count, a rate) without laying the window out again."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

SHRINK_BELOW = 0.8  # of the width held: a text this much narrower (a new run's "step 0") gives the room back
DIGITS = "0123456789"
MAX_ROOMS = 64  # rooms measured, by shape of text: a status bar's labels see a dozen each


class SteadyLabel(QWidget):
    """Holds its ``label``, whose new text would otherwise ask the whole window to lay itself out again: a QLabel's
    ``setText`` asks its parent's layout, and that layout the window's, each time (at max pace three times a
    second, running the Python of the plots' and flow layouts' overrides). Here it asks a parent with no layout,
    which asks for room only when the text needs more than it holds, or far less; the neighbours stay put too,
    where a proportional font's digits made them jiggle.

    The label says when its text changed; the holder overrides no ``event`` of Qt's, which would run Python for
    each of its repaints, taking the GIL from a run at max pace (README, Performance)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.label = _HeldLabel(text, self)
        self._rooms: dict[tuple[str, str], QSize] = {}  # by font and shape of text (see ``_wanted``)
        self._widest_digits: dict[str, dict[int, int]] = {}  # by font: each digit to the widest one
        self._held = self._wanted()

    def sizeHint(self) -> QSize:
        return self._fitted()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint().boundedTo(self._fitted())

    def resizeEvent(self, event) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def refit(self) -> None:
        """The label's text changed: room is asked for if it needs more, or far less."""
        fitted = self._fitted()
        if fitted != self._held:
            self._held = fitted
            self.updateGeometry()  # hidden, a no-op: the layout asks ``sizeHint`` once it is shown

    def _fitted(self) -> QSize:
        """The room held, unless the text needs more, or far less."""
        held, wanted = self._held, self._wanted()
        if held.height() == wanted.height() and SHRINK_BELOW * held.width() <= wanted.width() <= held.width():
            return held
        return wanted

    def _wanted(self) -> QSize:
        """The room the label's text needs with each digit as wide as the widest, so that a count needs new room
        only when it gains a digit: measured once for each shape of text and font. A QLabel measures each new
        text afresh, shaping it with the GIL held, a tenth of a millisecond at each of a run's frames."""
        label = self.label
        font, text = label.font().key(), label.text()
        widest = self._widest_digits.get(font)
        if widest is None:
            metrics = label.fontMetrics()
            digit = max(DIGITS, key=metrics.horizontalAdvance)
            widest = self._widest_digits[font] = str.maketrans(DIGITS, digit * len(DIGITS))
        shape = (font, text.translate(widest))
        room = self._rooms.get(shape)
        if room is None:
            if len(self._rooms) >= MAX_ROOMS:
                self._rooms.clear()
            metrics = label.fontMetrics()
            room = label.sizeHint() + QSize(metrics.horizontalAdvance(shape[1]) - metrics.horizontalAdvance(text), 0)
            self._rooms[shape] = room
        return room


class _HeldLabel(QLabel):
    """A SteadyLabel's label: tells its holder of each new text. A new font or style comes to the holder too, whose
    parent's layout then asks its ``sizeHint`` again."""

    def __init__(self, text: str, holder: SteadyLabel):
        super().__init__(text, holder)
        self._holder = holder

    def setText(self, text: str) -> None:
        super().setText(text)
        self._holder.refit()

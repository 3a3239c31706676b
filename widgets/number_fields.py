"""Number fields that give back what they are given: the exact value typed or set (a learning rate of 1e-320),
in scientific notation, or whole beyond 32 bits; each may be narrower than its longest value."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox

COMPACT_DIGITS = 7  # a field's least width, in digits


def format_exact(value: float) -> str:
    """The shortest text that reads back as ``value``: 0.9, 100, 0.123456789."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def format_scientific(value: float) -> str:
    """1e-6, 2.5e-4, 1, 10, 100: short, scientific away from 1, and exact (it reads back as ``value``)."""
    if value == 0 or not math.isfinite(value) or 1 <= abs(value) < 1000:
        return format_exact(value)
    for digits in range(1, 18):
        mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        text = f"{mantissa}e{int(exponent)}"
        if float(text) == value:
            return text
    return repr(value)


if TYPE_CHECKING:
    _SpinBox = QAbstractSpinBox
else:  # a mixin that derives from a Qt class crashes beside another one (QSpinBox): only the checker sees it
    _SpinBox = object


class _Compact(_SpinBox):
    """A field that may be narrower than its longest allowed value (a seed of ten digits,
    a momentum of seventeen): the controls column stays narrow on a projector's screen."""

    def minimumSizeHint(self):
        return self._compact(super().minimumSizeHint())

    def sizeHint(self):  # a spin box's size policy makes its size hint its least width too
        return self._compact(super().sizeHint())

    def _compact(self, hint):
        hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("0" * COMPACT_DIGITS) + 36))
        return hint


class CompactSpinBox(_Compact, QSpinBox):
    pass


class ExactSpinBox(_Compact, QDoubleSpinBox):
    """A number that keeps every digit it is given: what a session or the command line set, it gives back.

    Qt rounds a QDoubleSpinBox's value to at most 323 decimals, which loses the
    digits of a number below about 1e-307 (a learning rate of 1e-320 is a valid
    one). So the box keeps the exact value beside Qt's rounded one: set in code,
    typed, or stepped, ``value()`` is what was meant.
    """

    _PARTIAL = re.compile(r"^\s*(\d*\.?\d*)?([eE][-+]?\d*)?\s*$")
    _ROUNDING = 1e-322  # how far Qt's value may lie from the exact one: half a unit of the 323rd decimal, and more

    def __init__(self, minimum: float, maximum: float, parent=None):
        super().__init__(parent)
        self._exact = 0.0  # Qt asks for the text while the box is being set up
        self.setDecimals(323)
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)
        self._exact = super().value()
        self.valueChanged.connect(self._on_value_changed)

    def value(self) -> float:
        return self._exact

    def setValue(self, value: float) -> None:
        self._exact = min(max(float(value), self.minimum()), self.maximum())
        super().setValue(self._exact)

    def _holds(self, rounded: float) -> bool:
        """Whether Qt's ``rounded`` value is the exact one, rounded."""
        return abs(rounded - self._exact) < self._ROUNDING

    def _on_value_changed(self, rounded: float) -> None:
        """Typed or stepped by Qt itself: the text typed, if it is what Qt read, else Qt's value."""
        if self._holds(rounded):
            return
        try:
            typed = float(self.lineEdit().text())
        except ValueError:
            typed = math.nan
        self._exact = typed if abs(typed - rounded) < self._ROUNDING else rounded

    def textFromValue(self, value: float) -> str:
        return self.format(self._exact if self._holds(value) else value)

    def format(self, value: float) -> str:
        return format_exact(value)

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return super().value()

    def validate(self, text: str, pos: int):
        try:
            value = float(text)
        except ValueError:
            partial = self._PARTIAL.match(text)
            return (QValidator.State.Intermediate if partial else QValidator.State.Invalid), text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class ScientificSpinBox(ExactSpinBox):
    """A positive number typed as 1e-6 or 0.0001; the arrows multiply or divide by ten."""

    def format(self, value: float) -> str:
        return format_scientific(value)

    def stepBy(self, steps: int) -> None:
        self.setValue(min(self.maximum(), max(self.minimum(), self.value() * 10.0**steps)))


class WholeSpinBox(_Compact, QDoubleSpinBox):
    """A whole number beyond a QSpinBox's 32 bits (a seed up to 2**32 - 1): exact up to 2**53."""

    def __init__(self, minimum: int, maximum: int, tip: str, parent=None):
        super().__init__(parent)
        self.setDecimals(0)
        self.setRange(minimum, maximum)
        self.setToolTip(tip)
        self.setKeyboardTracking(False)

    def whole(self) -> int:
        return int(self.value())

"""What the views say and the numbers they show, in the class's language and locale.

``translate("Context", "text")`` is Qt's own (``QCoreApplication.translate``), under the name
``pyside6-lupdate`` looks for; a sentence with values is translated as a template, then filled
(``.format``). Numbers a person reads go through the locale the app chose (``QLocale()``): 1,000.5
in English, 1.000,5 in German. Files keep Python's own formatting.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def locale() -> QLocale:
    """The locale numbers are read in: the app's choice (``QLocale.setDefault``); where that is Qt's bare "C"
    (a system without a locale, as CI has), American English, as the app always wrote them."""
    chosen = QLocale()
    return QLocale("en_US") if chosen.language() == QLocale.Language.C else chosen


def number(value: float, digits: int = 3) -> str:
    """``value`` to ``digits`` significant digits as the locale writes it, as Python's ``g`` does but for the
    decimal sign: 0.42 or 0,42, 123457, 1e-06; nan and inf as Python writes them."""
    if not math.isfinite(value):
        return str(value)
    shown = locale()
    shown.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # a measured value, not a count
    return shown.toString(float(value), "g", digits)


def fixed(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals as the locale writes it: 12.5 or 12,5; 1,234.5 or 1.234,5."""
    if not math.isfinite(value):
        return str(value)
    return locale().toString(float(value), "f", decimals)


def whole(value: int) -> str:
    """A count as the locale writes it: 1,000 or 1.000."""
    return locale().toString(int(value))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a table's text for Qt Linguist; whoever shows it translates it with the same context.
    (PySide6's own is typed as returning ``object``.)"""
    return text

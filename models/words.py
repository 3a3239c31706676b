"""The words models/ says to people, in the class's language, without Qt.

``translate("Context", "text")`` marks a sentence for Qt Linguist (``pyside6-lupdate`` reads the call
by its name) and says it in the language the app installed (``install``); English until then, so a
script that imports models/ alone reads English. A sentence with values is translated as a template
and then filled: ``translate("Config", "{field} must be positive").format(field=...)``.

``decimal("0.42")`` writes a number Python formatted with the locale's decimal sign (0,42 in German),
for the numbers a person reads; files keep Python's own.

``QT_TRANSLATE_NOOP("Context", "text")`` marks a text held in a table made at import (a variant's
title, a question): it stays English there, and whoever shows it translates it with the same context.
"""

from __future__ import annotations

from collections.abc import Callable

_installed: Callable[[str, str], str] | None = None
_decimal_point = "."


def install(translator: Callable[[str, str], str] | None, decimal_point: str = ".") -> None:
    """Say every later sentence through ``translator(context, text)``, and write numbers with
    ``decimal_point``; None: English again."""
    global _installed, _decimal_point
    _installed, _decimal_point = translator, decimal_point


def translate(context: str, text: str) -> str:
    return text if _installed is None else _installed(context, text)


def decimal(number: str) -> str:
    return number.replace(".", _decimal_point)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text

"""The class's language: which one (``--lang``, the View menu's choice, or the system's), and the words in it.

The app's sentences are English in the code, marked for Qt Linguist; ``make translations`` gathers them
into ``resources/translations/descent_lab_CODE.ts`` and compiles the ``.qm`` files this module loads.
Qt's own translations (a file dialog's buttons) come with PySide6. The language also sets the locale
numbers are read in (1,000.5 or 1.000,5); files and the command line's printed losses keep Python's
own formatting, the C locale's.

``pseudo`` is not a language but a test of the layout: every sentence about 40% longer, with accents
(``[Ŝţåŕţ ~~]``), made here from the English; it is no choice the menu offers.

Qt is loaded only when it is needed: English, in an English or C environment (Linux), needs no translator
and no locale of Qt's. That keeps Qt out of the command line's ``run``: imported before torch, PySide6's
import hook (``__feature_import__``) looks at every module imported after it, and torch's import took
0.2 s longer (1.6 s against 1.4 s, measured on two cores).
"""

from __future__ import annotations

import math
import os
import re
import sys
from importlib.resources import as_file
from typing import TYPE_CHECKING

import resources
from models import words

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français"}  # each by its own name, as the menu lists it
PSEUDO = "pseudo"
CATALOG = "descent_lab"  # the files' stem: descent_lab_de.qm

_translators: list[QTranslator] = []  # the language's, in the order asked: the app's own, then Qt's


def known(code: str) -> bool:
    return code in LANGUAGES or code == PSEUDO


def system_language() -> str:
    """The first of the system's languages the app speaks (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG); else English."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def use(code: str | None) -> str:
    """Speak ``code`` from now on (None: the system's language); the code used. Installed into the application
    if there is one, else kept for ``translate`` and for ``install_into`` once one is made."""
    if code in (None, "en") and "PySide6.QtCore" not in sys.modules and english_environment():
        words.install(None, ".")  # as Qt would: no translator, and the C or English locale's numbers
        return "en"
    from PySide6.QtCore import QCoreApplication, QLocale

    numbers = QLocale.system() if code is None else QLocale("en_US" if code == PSEUDO else code)
    code = system_language() if code is None else code
    if not known(code):
        raise ValueError(f"no language {code!r}")
    application = QCoreApplication.instance()
    if application is not None:
        for translator in _translators:
            application.removeTranslator(translator)
    _translators[:] = _load(code)
    QLocale.setDefault(numbers)
    if application is not None:
        install_into(application)
    words.install(translate if code != "en" else None, numbers.decimalPoint())
    return code


def install_into(application: QCoreApplication) -> None:
    """Hand the language's translators to a newly made application, which tells every widget (LanguageChange)."""
    for translator in _translators:
        application.installTranslator(translator)


def translate(context: str, text: str) -> str:
    """``text`` in the language in use: through the application (as Qt's own ``tr`` goes), or before there is one."""
    if not _translators:  # English
        return text
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text)
    for translator in _translators:
        found = translator.translate(context, text)
        if found:
            return found
    return text


def say_in(code: str, context: str, text: str) -> str:
    """``text`` in language ``code``, whatever the language in use: a choice for the next start, said in
    the language chosen."""
    for translator in _load(code):
        found = translator.translate(context, text)
        if found:
            return found
    return text


def english_environment() -> bool:
    """Whether the environment Qt would read the system's languages and numbers from names none but English
    (or the C locale, or nothing): on Linux, where Qt reads these variables; elsewhere Qt asks the system."""
    if not sys.platform.startswith("linux"):
        return False
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANG"):
        for value in os.environ.get(name, "").split(":"):
            language = re.split(r"[._@]", value)[0]
            if language not in ("", "C", "POSIX", "en"):
                return False
    return True


def _load(code: str) -> list[QTranslator]:
    if code == "en":
        return []
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if code == PSEUDO:
        return [_pseudo_translator()]
    own, qt = QTranslator(), QTranslator()
    with as_file(resources.resource("translations", f"{CATALOG}_{code}.qm")) as path:
        loaded = [own] if own.load(str(path)) else []
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt)
    return loaded


# The pseudo-locale

_ACCENTED = str.maketrans("aceinorstuyACEINORSTUY", "åçéîñöŕŝţüýÅÇÉÎÑÖŔŜŢÜÝ")
# what must reach the code unchanged: a format field, a tag or an entity, a mnemonic's letter, a %-number
_KEPT = re.compile(r"\{[^{}]*\}|<[^<>]*>|&\w+;|&.|%\d")


def pseudo(text: str) -> str:
    """``text`` about 40% longer and accented, its format fields, tags and mnemonics kept: "[Ŝţåŕţ ~~]"."""
    if not text.strip():
        return text
    pieces, start = [], 0
    for kept in _KEPT.finditer(text):
        pieces += [text[start:kept.start()].translate(_ACCENTED), kept.group()]
        start = kept.end()
    pieces.append(text[start:].translate(_ACCENTED))
    padding = "~" * max(1, math.ceil(0.4 * len(text)) - 3)
    words = " ".join(padding[start:start + 5] for start in range(0, len(padding), 6))  # words wrap as words do
    return f"[{''.join(pieces)} {words}]"


def _pseudo_translator() -> QTranslator:
    """A translator into ``pseudo``; its class is made with Qt, which loads only when needed."""
    from PySide6.QtCore import QTranslator

    class PseudoTranslator(QTranslator):
        def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
            return pseudo(source_text)

        def isEmpty(self) -> bool:
            return False

    return PseudoTranslator()

"""View, Language: the languages the app speaks, by their own names; the choice is remembered and used
from the next start (every window part sets its words as it is made), and said so in the language chosen."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from app.language import LANGUAGES, say_in, system_language, translate
from models.words import QT_TRANSLATE_NOOP

from .settings import LANGUAGE, Settings

SYSTEM = ""  # the action's data for "the system's language"
NEXT_START = QT_TRANSLATE_NOOP("Languages", "{language} from the next start: close the app and open it again.")


class LanguageMenu:
    """The menu (``menu``) over ``parent``; ``settings`` keeps the choice, ``status_bar`` says what it does."""

    def __init__(self, settings: Settings, status_bar: QStatusBar, parent: QWidget):
        self.settings, self.status_bar = settings, status_bar
        self.menu = QMenu(translate("Languages", "&Language"), parent)
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        system = LANGUAGES[system_language()]
        choices = {SYSTEM: translate("Languages", "The system's ({language})").format(language=system), **LANGUAGES}
        chosen = settings.get(LANGUAGE) or SYSTEM
        for code, name in choices.items():
            action = QAction(name, self.menu, checkable=True, checked=code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.menu.addAction(action)

    def choose(self, code: str) -> None:
        """Remember ``code`` (SYSTEM: forget the choice) for the next start, and say so in that language."""
        self.settings.set(LANGUAGE, code or None)
        self.settings.sync()
        spoken = code or system_language()
        said = say_in(spoken, "Languages", NEXT_START).format(language=LANGUAGES[spoken])
        self.status_bar.showMessage(said, 15000)
        for action in self.group.actions():
            action.setChecked(action.data() == code)

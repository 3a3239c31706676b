"""A quick question before a run ("Will the loss go down?"), and after it the answer and why."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from .flow import FlowLayout
from .words import translate


class QuestionCard(QFrame):
    """The question and one button per answer (also keys 1, 2, 3, ...); ``reveal`` marks the right
    answer, says whether the class had it, and explains. Until ``lock`` the answer can change.

    Keys 1, 2, 3 answer while the focus is in the card, ahead of the window's shortcuts for them."""

    answered = Signal(str)
    MARKS = {"right": "✓ ", "wrong": "✗ "}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("question")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.question.setObjectName("panelTitle")
        answers = QWidget()
        self.row = FlowLayout(answers)  # long answers wrap onto more lines rather than widen the window
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(answers)
        layout.addWidget(self.verdict)
        layout.addWidget(self.explanation)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        self.answer: str | None = None
        self.revealed = False
        self.locked = False

    def ask(self, question_html: str, answers: list[str]) -> None:
        """A new question; no answer yet."""
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.setParent(None)
            button.deleteLater()
        self.buttons = {}
        self.answer, self.revealed, self.locked = None, False, False
        self.question.setText(question_html)
        for number, answer in enumerate(answers, start=1):
            button = QPushButton(answer)
            button.setCheckable(True)
            button.setToolTip(translate("Question", "Key {number}").format(number=number) if number < 10 else "")
            button.clicked.connect(lambda _=False, answer=answer: self.choose(answer))
            self.group.addButton(button)
            self.buttons[answer] = button
            self.row.addWidget(button)
        self.verdict.setText(translate("Question", "Answer before Start: the run will tell."))
        self.explanation.hide()

    def choose(self, answer: str) -> None:
        if self.revealed or self.locked or answer not in self.buttons:
            return
        self.answer = answer
        self.buttons[answer].setChecked(True)
        said = translate("Question", "Your answer: {answer}. Start the run to see.")
        self.verdict.setText(said.format(answer=answer))
        self.answered.emit(answer)

    def lock(self) -> None:
        """At Start: the answer given (or none) stands until the reveal."""
        self.locked = True
        for answer, button in self.buttons.items():
            button.setEnabled(answer == self.answer)
        said = (translate("Question", "Your answer: {answer}.").format(answer=self.answer) if self.answer
                else translate("Question", "No answer given."))
        self.verdict.setText(translate("Question", "{said} The run will tell.").format(said=said))

    def reveal(self, right: Iterable[str], explanation_html: str) -> None:
        """After the run: the right answer(s) marked ✓, a wrong choice ✗, and the explanation."""
        right = [answer for answer in self.buttons if answer in set(right)]
        self.revealed = True
        for answer, button in self.buttons.items():
            mark = "right" if answer in right else "wrong" if answer == self.answer else None
            button.setText(self.MARKS[mark] + answer if mark else answer)
            button.setEnabled(answer in right or answer == self.answer)
        said = translate("Question", " or ").join(right)
        if self.answer is None:
            self.verdict.setText(translate("Question", "The answer: {answer}.").format(answer=said))
        elif self.answer in right:
            self.verdict.setText(translate("Question", "Right: {answer}.").format(answer=self.answer))
        else:
            self.verdict.setText(translate("Question", "Not this time: the answer is {answer}.").format(answer=said))
        self.explanation.setText(explanation_html)
        self.explanation.show()

    def keyPressEvent(self, event) -> None:
        """1, 2, 3, ...: the answers in order, wherever the focus is in the card."""
        number = self._answer_key(event)
        if number is not None:
            self.choose(list(self.buttons)[number])
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """An answer's key is the card's while the focus is in it (the window's 1 to 7 choose variants)."""
        if event.type() == QEvent.Type.ShortcutOverride and self._answer_key(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def _answer_key(self, event) -> int | None:
        """The index of the answer a key press names, or None."""
        number = event.key() - Qt.Key.Key_1
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return number if 0 <= number < min(len(self.buttons), 9) and plain else None

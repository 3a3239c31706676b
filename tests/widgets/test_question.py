"""A quick question: answered with the mouse, a finger or the keys 1, 2, 3, then revealed."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest

from widgets.question import QuestionCard

ANSWERS = ["Yes", "No", "It depends"]


@pytest.fixture
def card(qtbot):
    card = QuestionCard()
    qtbot.addWidget(card)
    card.ask("Will the loss go down?", ANSWERS)
    card.show()
    qtbot.waitExposed(card)
    return card


def tap(widget, at: QPoint | None = None) -> None:
    """A finger on a button (at its centre unless ``at``): Qt makes a click of it."""
    device, at = QTest.createTouchDevice(), at or QPoint(widget.width() // 2, widget.height() // 2)
    QTest.touchEvent(widget, device).press(0, at, widget).commit()
    QTest.touchEvent(widget, device).release(0, at, widget).commit()


def test_a_click_answers_and_the_answer_can_change_until_the_reveal(qtbot, card):
    with qtbot.waitSignal(card.answered) as said:
        qtbot.mouseClick(card.buttons["Yes"], Qt.MouseButton.LeftButton)
    assert said.args == ["Yes"] and card.answer == "Yes"
    assert card.verdict.text() == "Your answer: Yes. Start the run to see."
    tap(card.buttons["It depends"])
    assert card.answer == "It depends" and card.buttons["It depends"].isChecked()
    assert not card.buttons["Yes"].isChecked()


def test_keys_1_2_3_answer_wherever_the_focus_is_in_the_card(qtbot, card):
    card.buttons["Yes"].setFocus()
    qtbot.keyClick(card.buttons["Yes"], Qt.Key.Key_2)
    assert card.answer == "No"
    qtbot.keyClick(card, Qt.Key.Key_3)
    assert card.answer == "It depends"
    qtbot.keyClick(card, Qt.Key.Key_4)  # no fourth answer
    qtbot.keyClick(card, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # not a plain key
    assert card.answer == "It depends"
    qtbot.keyClick(card.buttons["It depends"], Qt.Key.Key_Tab)
    qtbot.keyClick(card.focusWidget(), Qt.Key.Key_Space)  # Tab and Space, as for any button
    assert card.answer == "Yes"


def test_the_reveal_marks_the_right_answer_and_a_wrong_choice_and_explains(qtbot, card):
    qtbot.mouseClick(card.buttons["Yes"], Qt.MouseButton.LeftButton)
    card.reveal({"No"}, "The update rebinds <code>param</code>.")
    assert [button.text() for button in card.buttons.values()] == ["✗ Yes", "✓ No", "It depends"]
    assert card.verdict.text() == "Not this time: the answer is No."
    assert card.explanation.isVisible() and "rebinds" in card.explanation.text()
    assert not card.buttons["It depends"].isEnabled()
    qtbot.keyClick(card, Qt.Key.Key_2)  # revealed: the answer stays
    assert card.answer == "Yes"


def test_a_right_answer_and_no_answer_are_told_so(qtbot, card):
    tap(card.buttons["No"])
    card.reveal({"No"}, "")
    assert card.verdict.text() == "Right: No." and card.buttons["No"].text() == "✓ No"
    card.ask("Which is lower?", ["A", "B", "Same"])  # the next question starts afresh
    assert list(card.buttons) == ["A", "B", "Same"] and card.answer is None and not card.explanation.isVisible()
    card.reveal({"A", "Same"}, "Either.")
    assert card.verdict.text() == "The answer: A or Same."


def test_lock_keeps_the_answer_given_until_the_reveal(qtbot, card):
    tap(card.buttons["It depends"])
    card.lock()
    assert card.verdict.text() == "Your answer: It depends. The run will tell."
    assert [button.isEnabled() for button in card.buttons.values()] == [False, False, True]
    qtbot.keyClick(card, Qt.Key.Key_1)
    card.choose("No")
    assert card.answer == "It depends"
    card.reveal({"No"}, "")
    assert card.verdict.text() == "Not this time: the answer is No."
    card.ask("Again?", ANSWERS)  # the next question can be answered again
    assert not card.locked and all(button.isEnabled() for button in card.buttons.values())


def test_lock_without_an_answer_says_so(card):
    card.lock()
    assert card.verdict.text() == "No answer given. The run will tell."


def test_an_answers_key_is_the_cards_ahead_of_a_shortcut_for_it(qtbot, card):
    """The window's keys 1 to 7 choose variants: in the card, they answer."""
    fired = []
    shortcut = QShortcut(QKeySequence("2"), card.window())
    shortcut.activated.connect(lambda: fired.append("2"))
    card.window().activateWindow()
    qtbot.waitUntil(lambda: card.window().isActiveWindow())
    card.buttons["Yes"].setFocus()
    qtbot.keyClick(card.buttons["Yes"], Qt.Key.Key_2)
    assert card.answer == "No" and fired == []
    qtbot.keyClick(card.buttons["Yes"], Qt.Key.Key_5)  # no fifth answer: the shortcut's
    assert card.answer == "No"

"""Predicting a race in the Race dialog: a guesser's name and an order of the chosen variants,
with the keyboard, the mouse or a finger; and the results after the race."""

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.widgets.test_question import tap
from widgets.race_dialog import RaceDialog
from widgets.race_prediction import RaceResults

VARIANTS = [("numpy", "N"), ("tensors", "T"), ("autograd", "A"), ("optim", "O")]


@pytest.fixture
def dialog(qtbot):
    dialog = RaceDialog(VARIANTS, ["numpy", "tensors", "autograd"], edited="optim", predict=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def order_text(dialog) -> list[str]:
    order = dialog.predictor.order
    return [order.item(row).text() for row in range(order.count())]


def test_the_order_holds_the_chosen_variants_and_moves_with_keys(qtbot, dialog):
    predictor = dialog.predictor
    assert order_text(dialog) == ["1. numpy", "2. tensors", "3. autograd"]
    predictor.order.setFocus()
    predictor.order.setCurrentRow(2)
    qtbot.keyClick(predictor.order, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(predictor.order, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(predictor.order, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # at the top: stays
    assert order_text(dialog) == ["1. autograd", "2. numpy", "3. tensors"]
    qtbot.keyClick(predictor.order, Qt.Key.Key_Down)  # a plain arrow only moves the selection
    qtbot.keyClick(predictor.order, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert order_text(dialog) == ["1. autograd", "2. tensors", "3. numpy"]


def test_a_guess_is_named_and_added_with_enter_which_does_not_start_the_race(qtbot, dialog):
    predictor = dialog.predictor
    qtbot.keyClicks(predictor.name, "Team A")
    qtbot.keyClick(predictor.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # Enter added the guess; the race waits
    assert dialog.guesses() == [("Team A", ["numpy", "tensors", "autograd"])]
    predictor.order.setCurrentRow(0)
    qtbot.mouseClick(predictor.down, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(predictor.add_button, Qt.MouseButton.LeftButton)  # no name: "Guess 1"
    assert dialog.guesses()[-1] == ("Guess 1", ["tensors", "numpy", "autograd"])
    assert predictor.name.placeholderText() == "Guess 2"
    tap(predictor.up)
    tap(predictor.add_button)
    assert dialog.guesses()[-1] == ("Guess 2", ["numpy", "tensors", "autograd"])
    assert [predictor.guess_list.item(row).text() for row in range(3)] == [
        "Team A: numpy, tensors, autograd", "Guess 1: tensors, numpy, autograd", "Guess 2: numpy, tensors, autograd"]


def test_a_guesser_guesses_once_and_a_guess_can_be_removed(qtbot, dialog):
    predictor = dialog.predictor
    for _ in range(2):
        qtbot.keyClicks(predictor.name, " Ana ")
        qtbot.keyClick(predictor.name, Qt.Key.Key_Enter)
        predictor.order.setCurrentRow(0)
        predictor.order.move_current(1)
    assert dialog.guesses() == [("Ana", ["tensors", "numpy", "autograd"])]
    qtbot.mouseClick(predictor.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.guesses() == [] and not predictor.remove_button.isVisible()


def test_guesses_follow_the_chosen_lanes_and_the_edits_lane(qtbot, dialog):
    predictor = dialog.predictor
    predictor.order.setCurrentRow(2)
    predictor.order.move_current(-2)
    predictor.add_guess()
    box = dialog.boxes["numpy"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # unticked: out of every order
    tap(dialog.edit_box, QPoint(8, dialog.edit_box.height() // 2))  # the edit races optim: both join every order's end
    assert dialog.lanes() == [("tensors", "tensors"), ("autograd", "autograd"), ("optim", "optim"),
                              ("optim-edited", "optim (edited)")]
    assert dialog.guesses() == [("Guess 1", ["autograd", "tensors", "optim", "optim-edited"])]
    assert order_text(dialog) == ["1. autograd", "2. tensors", "3. optim", "4. optim (edited)"]
    assert predictor.guess_list.item(0).text() == "Guess 1: autograd, tensors, optim, optim (edited)"


def test_without_predictions_the_dialog_is_as_it_was(qtbot):
    dialog = RaceDialog(VARIANTS, ["numpy"])
    qtbot.addWidget(dialog)
    assert dialog.predictor is None and dialog.guesses() == []


def test_the_results_say_the_order_and_who_was_right(qtbot):
    results = RaceResults()
    qtbot.addWidget(results)
    results.show_results("1. optim, 2= tensors and autograd", [
        ("Ana", "optim, autograd, tensors", "exactly right"),
        ("Ben", "tensors, optim, autograd", "1 of 3 places right")])
    assert results.text().splitlines() == [
        "Order of finish: 1. optim, 2= tensors and autograd",
        "Ana  optim, autograd, tensors  exactly right",
        "Ben  tensors, optim, autograd  1 of 3 places right"]

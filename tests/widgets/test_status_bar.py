"""The status bar: a passing message is read whole, and the labels that made room for it come back."""

import pytest
from PySide6.QtWidgets import QLabel

from widgets.status_bar import StatusBar

LONG = "Run diverged at step 3 (numpy diverged at step 3; tensors diverged at step 4)"


@pytest.fixture
def bar(qtbot):
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.labels = [QLabel(text) for text in ("numpy", "step 100 / 500", "loss 15.88", "0.6 s", "cpu")]
    for label in bar.labels:
        bar.add_permanent(label)
    bar.set_yielding([bar.labels[0], bar.labels[4], bar.labels[3]])
    width = sum(label.sizeHint().width() for label in bar.labels) + bar.fontMetrics().horizontalAdvance(LONG)
    bar.resize(width, 30)  # room for the labels and the long message, but not for the space between them
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def hidden(bar):
    return {label.text() for label in bar.labels if label.isHidden()}


def message_fits(bar, message):
    """Qt draws the message from about a layout spacing in, and clips it at the first label."""
    shown = [label.geometry().left() for label in bar.labels if not label.isHidden()]
    return bar.layout().spacing() + bar.fontMetrics().horizontalAdvance(message) < min(shown)


def test_a_message_that_fits_moves_nothing(bar, qtbot):
    bar.showMessage("Saved")
    assert hidden(bar) == set()


def test_a_long_message_is_whole_as_labels_step_aside_in_their_order(bar, qtbot):
    assert not message_fits(bar, LONG)  # Qt alone would clip it
    bar.showMessage(LONG)
    qtbot.waitUntil(lambda: message_fits(bar, LONG), timeout=10_000)  # once the bar is laid out again
    assert hidden(bar) in ({"numpy"}, {"numpy", "cpu"}, {"numpy", "cpu", "0.6 s"})  # the yielding, in order


def test_the_labels_come_back_when_the_message_goes(bar, qtbot):
    bar.showMessage(LONG)
    assert hidden(bar) != set()
    bar.clearMessage()
    assert hidden(bar) == set()


def test_a_wider_bar_gives_the_labels_back_while_the_message_stays(bar, qtbot):
    bar.showMessage(LONG)
    assert hidden(bar) != set()
    bar.resize(bar.width() * 3, 30)
    qtbot.waitUntil(lambda: hidden(bar) == set(), timeout=10_000)
    assert bar.currentMessage() == LONG


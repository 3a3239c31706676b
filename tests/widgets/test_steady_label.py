"""A counting label lays nothing out again while its text fits, and asks for room when it does not."""

import sys

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from widgets.steady_label import SteadyLabel


class LayoutRequests(QObject):
    """Counts the layout passes a widget is asked for."""

    def __init__(self, widget: QWidget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        self.count += event.type() == QEvent.Type.LayoutRequest
        return False


def shown_in_a_row(qtbot, text: str, steady: bool = True) -> tuple[QLabel, QWidget, LayoutRequests]:
    """A label showing ``text``, a SteadyLabel's or a plain one, beside another in a window."""
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    holder = SteadyLabel(text) if steady else QLabel(text)
    row.addWidget(holder)
    row.addWidget(QLabel("loss 0.42"))
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)  # the first layout passes are done
    return holder.label if isinstance(holder, SteadyLabel) else holder, window, LayoutRequests(window)


def count_to(qtbot, label: QLabel, texts: list[str]) -> None:
    for text in texts:
        label.setText(text)
        qtbot.wait(1)  # posted layout requests are delivered


COUNTING = [f"step {done:,} of 10,000,000" for done in (1111, 2222, 4711, 8888, 9999, 1000)]


@pytest.mark.parametrize("steady, passes", [(False, len(COUNTING)), (True, 0)])
def test_a_count_that_fits_lays_the_window_out_again_only_in_a_plain_label(qtbot, steady, passes):
    label, _, requests = shown_in_a_row(qtbot, "step 1,000 of 10,000,000", steady)
    count_to(qtbot, label, COUNTING)
    assert requests.count >= passes if passes else requests.count == 0


def test_a_wider_text_gets_room_at_once_and_the_label_fills_what_it_holds(qtbot):
    label, window, requests = shown_in_a_row(qtbot, "step 9 of 10")
    count_to(qtbot, label, ["step 9,999,999 of 10,000,000"])
    assert requests.count >= 1
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
    assert label.geometry() == label.parentWidget().rect()


def test_a_much_narrower_text_gives_the_room_back(qtbot):
    label, _, requests = shown_in_a_row(qtbot, "step 9,999,999 of 10,000,000")
    holder = label.parentWidget()
    wide = holder.sizeHint().width()
    count_to(qtbot, label, ["step 9,999,998 of 10,000,000"])  # as wide: nothing moves
    assert requests.count == 0 and holder.sizeHint().width() == wide
    count_to(qtbot, label, ["step 0 of 500"])  # a new run
    assert requests.count >= 1 and holder.sizeHint().width() < wide


def test_a_text_set_while_hidden_gets_its_room_once_shown(qtbot):
    label, window, _ = shown_in_a_row(qtbot, "step 9 of 10")
    holder = label.parentWidget()
    holder.hide()
    label.setText("step 9,999,999 of 10,000,000")
    holder.show()
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())


def test_a_larger_font_gets_its_room(qtbot):
    """Presentation mode's larger text comes as a new style sheet, as here."""
    label, window, _ = shown_in_a_row(qtbot, "step 9,999 of 10,000")
    narrow = label.width()
    window.setStyleSheet("QLabel { font-size: 40px; }")
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width() > narrow)


def test_repainting_runs_no_python(qtbot):
    """An override of Qt's ``event`` ran Python at each repaint, taking the GIL from a run at max pace."""
    label, window, _ = shown_in_a_row(qtbot, "step 1,000 of 10,000,000")
    calls = []
    sys.setprofile(lambda frame, event, arg: calls.append(frame.f_code.co_name) if event == "call" else None)
    try:
        for _ in range(5):
            label.parentWidget().repaint()
            label.repaint()
    finally:
        sys.setprofile(None)
    assert calls == []


def test_every_count_of_a_shape_fits_the_room_held_for_it(qtbot):
    """The room is measured once for each shape of text, with each digit as wide as the widest: whichever digits a
    count has, a plain label showing it needs no more."""
    label, _, requests = shown_in_a_row(qtbot, "step 0,000 of 10,000")
    holder = label.parentWidget()
    plain = QLabel()
    qtbot.addWidget(plain)
    for digit in "0123456789":
        text = f"step {digit},{digit * 3} of 10,000"
        label.setText(text)
        plain.setText(text)
        assert holder.sizeHint().width() >= plain.sizeHint().width(), text
    qtbot.wait(1)
    assert requests.count == 0  # one shape: the room first held did for them all

"""The wrapping row of a panel's header: its height follows its width and what it holds."""

from PySide6.QtWidgets import QLabel, QWidget

from widgets.flow import FlowLayout


def test_the_height_for_a_width_follows_a_label_that_grows_and_one_hidden(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    flow = FlowLayout(row)
    labels = [QLabel(f"switch {n}") for n in range(4)]
    for label in labels:
        flow.addWidget(label)
    row.show()
    one_line = flow.heightForWidth(300)
    assert flow.heightForWidth(300) == one_line  # asked again, the same
    labels[0].setText("a switch whose label grew wide")
    assert flow.heightForWidth(300) > one_line  # it wraps now
    labels[0].hide()
    assert flow.heightForWidth(300) == one_line
    added = QLabel("a switch whose label is wide too")
    flow.addWidget(added)
    added.show()
    assert flow.heightForWidth(300) > one_line

"""Number fields: scientific learning rates, typed and stepped."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator

from widgets.number_fields import ScientificSpinBox, format_scientific


@pytest.mark.parametrize(
    "value, text", [(1e-6, "1e-6"), (1e-4, "1e-4"), (2.5e-3, "2.5e-3"), (1.0, "1"), (10, "10"), (1e6, "1e6")]
)
def test_learning_rates_read_in_scientific_notation(value, text):
    assert format_scientific(value) == text


def test_the_learning_rate_box_steps_by_decades_and_refuses_nonsense(qtbot):
    box = ScientificSpinBox(1e-15, 1e6)
    qtbot.addWidget(box)
    box.setValue(1e-6)
    box.stepBy(1)
    assert box.value() == pytest.approx(1e-5)
    box.stepBy(-3)
    assert box.value() == pytest.approx(1e-8)
    assert box.validate("abc", 0)[0] == QValidator.State.Invalid
    assert box.validate("1e-", 3)[0] == QValidator.State.Intermediate
    assert box.validate("-1", 2)[0] != QValidator.State.Acceptable
    assert box.validate("1e9", 3)[0] != QValidator.State.Acceptable
    assert box.validate("3e-4", 4)[0] == QValidator.State.Acceptable
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "3e-4")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.value() == pytest.approx(3e-4)
    box.setValue(1e9)
    assert box.value() == 1e6

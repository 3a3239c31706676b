"""Predicting a race: each guesser's order of finish before it starts, who was right after it ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QToolButton,
)

from .predictions import NAME_LENGTH, ResultTable
from .words import QT_TRANSLATE_NOOP, translate

KEY = Qt.ItemDataRole.UserRole  # where a list item keeps its lane's key


class _OrderList(QListWidget):
    """The lanes in predicted order: dragged, or moved with Ctrl+Up and Ctrl+Down (Alt too)."""

    moved = Signal()

    def __init__(self):
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.model().rowsMoved.connect(lambda *_: self.moved.emit())

    def keyPressEvent(self, event) -> None:
        held = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if held and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def move_current(self, by: int) -> None:
        row = self.currentRow()
        to = row + by
        if row < 0 or not 0 <= to < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(to, item)
        self.setCurrentRow(to)
        self.moved.emit()

    def keys(self) -> list[str]:
        return [self.item(row).data(KEY) for row in range(self.count())]


def _arrow(arrow: str, tip: str, move) -> QToolButton:
    """A button with a text arrow: it grows with the text in presentation mode, as Qt's drawn arrows do not."""
    button = QToolButton()
    button.setText(arrow)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.clicked.connect(move)
    return button


class _NameEdit(QLineEdit):
    """Enter adds the guess here; it must not also press the dialog's Start race."""

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class RaceOrderPredictor(QGroupBox):
    """Each guesser's predicted order of finish, lowest final loss first, over the race's lanes.

    A guesser guesses once: a second guess under the same name replaces the first. When the
    lanes change, each guess keeps its order of the lanes still racing, new ones at its end.
    """

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(translate("Predictions", "Predicted order of finish"), parent)
        self.name = _NameEdit()
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setPlaceholderText(translate("Predictions", "Guess {number}").format(number=1))
        self.name.setAccessibleName(translate("Predictions", "Guesser"))
        self.name.returnPressed.connect(self.add_guess)
        self.order = _OrderList()
        self.order.setAccessibleName(translate("Predictions", "Predicted order, lowest final loss at the top"))
        self.order.setToolTip(translate("Predictions", "Drag, or Ctrl+Up and Ctrl+Down, to move the selected variant"))
        self.order.moved.connect(self._number)
        self.up = _arrow("▲", translate("Predictions", "Move up (Ctrl+Up)"), lambda: self.order.move_current(-1))
        self.down = _arrow("▼", translate("Predictions", "Move down (Ctrl+Down)"), lambda: self.order.move_current(1))
        self.add_button = QPushButton(translate("Predictions", "Add guess"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_guess)
        self.guess_list = QListWidget()
        self.guess_list.setAccessibleName(translate("Predictions", "Guesses"))
        self.guess_list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole guess is its tooltip
        self.guess_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_button = QPushButton(translate("Predictions", "Remove guess"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_guess)
        name_label = QLabel(translate("Predictions", "&Guesser"))
        name_label.setBuddy(self.name)
        how = QLabel(translate("Predictions", "Lowest final loss first"))
        how.setObjectName("lockNote")
        grid = QGridLayout(self)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name, 0, 1, 1, 2)
        grid.addWidget(how, 1, 0, 1, 3)
        grid.addWidget(self.order, 2, 0, 2, 2)
        grid.addWidget(self.up, 2, 2, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.down, 3, 2, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 4, 0, 1, 3)
        grid.addWidget(self.guess_list, 5, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.labels: dict[str, str] = {}
        self._guesses: dict[str, list[str]] = {}  # guesser: lane keys, first to finish first
        self._update_controls()

    def set_lanes(self, lanes: list[tuple[str, str]]) -> None:
        """The race's lanes as (key, label), in the order the dialog lists them."""
        self.labels = dict(lanes)
        shown = [key for key in self.order.keys() if key in self.labels]
        self._fill([*shown, *(key for key in self.labels if key not in shown)])
        for guesser, order in self._guesses.items():
            kept = [key for key in order if key in self.labels]
            self._guesses[guesser] = [*kept, *(key for key in self.labels if key not in kept)]
        self._show_guesses()

    def guesses(self) -> list[tuple[str, list[str]]]:
        """(guesser, lane keys in predicted order), in the order they were added."""
        return [(guesser, list(order)) for guesser, order in self._guesses.items()]

    def add_guess(self) -> None:
        if self.order.count() < 2:
            return
        guesser = " ".join(self.name.text().split()) or self.name.placeholderText()
        self._guesses.pop(guesser, None)  # re-added at the end: the newest guess shows last
        self._guesses[guesser] = self.order.keys()
        self.name.clear()
        self._show_guesses()
        self.changed.emit()

    def remove_guess(self) -> None:
        row = self.guess_list.currentRow()
        if row >= 0:
            del self._guesses[list(self._guesses)[row]]
            self._show_guesses()
            self.changed.emit()

    def said(self, order: list[str]) -> str:
        return ", ".join(self.labels.get(key, key) for key in order)

    def _fill(self, keys: list[str]) -> None:
        self.order.clear()
        for key in keys:
            item = QListWidgetItem()
            item.setData(KEY, key)
            self.order.addItem(item)
        self._number()
        self.order.setCurrentRow(0)

    def _number(self) -> None:
        for row in range(self.order.count()):
            item = self.order.item(row)
            item.setText(f"{row + 1}. {self.labels.get(item.data(KEY), item.data(KEY))}")
        _fit_rows(self.order, self.order.count())

    def _show_guesses(self) -> None:
        self.guess_list.clear()
        for guesser, order in self._guesses.items():
            self.guess_list.addItem(f"{guesser}: {self.said(order)}")
            self.guess_list.item(self.guess_list.count() - 1).setToolTip(f"{guesser}: {self.said(order)}")
        self.guess_list.setCurrentRow(self.guess_list.count() - 1)
        _fit_rows(self.guess_list, min(self.guess_list.count(), 4))  # more scroll
        self.name.setPlaceholderText(self._free_name())
        self._update_controls()

    def _free_name(self) -> str:
        guess = translate("Predictions", "Guess {number}")
        return next(guess.format(number=n) for n in range(1, len(self._guesses) + 2)
                    if guess.format(number=n) not in self._guesses)

    def _update_controls(self) -> None:
        self.add_button.setEnabled(self.order.count() >= 2)
        self.remove_button.setEnabled(bool(self._guesses))
        self.guess_list.setVisible(bool(self._guesses))
        self.remove_button.setVisible(bool(self._guesses))


def _fit_rows(view: QListWidget, rows: int) -> None:
    """A list ``rows`` rows high (at least two): every lane in sight, with no scrolling."""
    heights = [view.sizeHintForRow(row) for row in range(min(rows, view.count()))]
    line = view.fontMetrics().height()
    heights += [line] * (max(rows, 2) - len(heights))
    view.setFixedHeight(sum(max(height, line) for height in heights) + 2 * view.frameWidth())


class RaceResults(ResultTable):
    """After a race: the order of finish, and each guess with how many places it had right."""

    COLUMNS = (QT_TRANSLATE_NOOP("Predictions", "Guesser"), QT_TRANSLATE_NOOP("Predictions", "Predicted order"),
               QT_TRANSLATE_NOOP("Predictions", "Result"))

    def show_results(self, order: str, rows: list[tuple[str, str, str]]) -> None:
        """``order``: the finish as said ("1. optim, 2. custom"); rows: (guesser, their order, the verdict)."""
        headline = translate("Predictions", "Order of finish: {order}").format(order=order)
        self.fill(headline, [[QTableWidgetItem(text) for text in cells] for cells in rows])

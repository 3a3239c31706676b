"""Predictions on the loss plot: drawn, named and coloured before a run, scored in a table after it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .live import cosmetic_pen
from .loss_curves import PredictionCurve
from .loss_plot import LossPlot
from .prediction_row import NAME_LENGTH, PredictionRow
from .sketching import Sketcher
from .words import QT_TRANSLATE_NOOP, translate

HINT = QT_TRANSLATE_NOOP("Predictions", "Draw the loss you expect on the plot, left to right, with the mouse, a pen or "
                                        "a finger; going back rubs out.")
LOCKED = QT_TRANSLATE_NOOP("Predictions", "Locked while the run is on show, drawn under it: Reset (R) to change them.")


@dataclass
class DrawnPrediction:
    """A prediction as the plot shows it: its name, palette slot, and points in data units."""

    name: str
    slot: int
    steps: np.ndarray
    losses: np.ndarray


def swatch(color: str, width: int, height: int, ratio: float = 1.0) -> QIcon:
    """A short dashed line in ``color``: a prediction as the plot draws it, for a list or a table."""
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    pen = cosmetic_pen(QColor(color), max(2.0, height / 4) * ratio)
    pen.setDashPattern(PredictionCurve.DASHES)
    painter.setPen(pen)
    painter.drawLine(QPointF(1, height / 2), QPointF(width - 1, height / 2))
    painter.end()
    return QIcon(pixmap)


class PredictionPanel(QWidget):
    """The predictions drawn on ``plot``: each named (typed, or "Guess 1", "Guess 2", ...) and coloured
    from the runs' palette, never the live run's colour; redrawn or removed until ``set_locked``.

    ``set_drawing(True)`` lets the pointer draw the chosen prediction (a first one is made if
    there is none); the app turns it off at Start. ``changed`` follows every stroke, name,
    addition and removal.
    """

    changed = Signal()

    def __init__(self, plot: LossPlot, parent=None):
        super().__init__(parent)
        self.plot = plot
        self.sketcher = Sketcher(plot)
        self.sketcher.drawn.connect(lambda _key: self.changed.emit())
        self.rows: dict[str, PredictionRow] = {}
        self.scores: dict[str, str] = {}  # a name's score, shown beside it in the legend
        self.drawing = False
        self.locked = False
        self._made = 0  # keys are never reused: a removed prediction's key names nothing again
        self.choice = QButtonGroup(self)
        self.choice.setExclusive(True)
        self.hint = QLabel(translate("Predictions", HINT))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("lockNote")
        self.new_button = QPushButton(translate("Predictions", "New prediction"))
        self.new_button.clicked.connect(lambda: self.add())
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(self.list)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        plot.restyled.connect(self._recolour)
        self._update_controls()

    # What the app reads and sets

    def predictions(self) -> list[DrawnPrediction]:
        """Those with points, in the order they were made."""
        drawn = []
        for key, row in self.rows.items():
            steps, losses = self.plot.prediction_points(key)
            curve = self.plot.predictions[key]
            if len(steps):
                drawn.append(DrawnPrediction(row.name, int(curve.slot or 0), steps.copy(), losses.copy()))
        return drawn

    def load(self, predictions: list[DrawnPrediction]) -> None:
        """Replace every prediction (from a session or a file): the axes widen to show them."""
        for key in list(self.rows):
            self._forget(key)
        self.scores = {}
        for prediction in predictions[: self.capacity]:
            key = self._make(prediction.name, prediction.slot)
            self.plot.set_prediction(key, prediction.name, prediction.steps, prediction.losses, prediction.slot)
        self._update_controls()
        self.changed.emit()

    @property
    def capacity(self) -> int:
        """One prediction for each colour of the palette."""
        return len(self.plot.theme.palette)

    def set_drawing(self, on: bool) -> None:
        """Predict mode: the pointer draws the chosen prediction, made first if there is none."""
        self.drawing = on
        if on and not self.rows and not self.locked:
            self.add()
        self._update_controls()

    def set_locked(self, locked: bool) -> None:
        """At Start: the predictions stay as they are, drawn under the run, until the run is reset; one
        never drawn goes."""
        undrawn = [key for key in self.rows if not len(self.plot.prediction_points(key)[0])] if locked else []
        for key in undrawn:
            self._forget(key)
        self.locked = locked
        self._update_controls()
        if undrawn:
            self.changed.emit()

    def show_scores(self, scores: dict[str, str]) -> None:
        """Each named prediction's score beside its name in the legend ("Team A: 0.42 decades"); {} clears."""
        self.scores = dict(scores)
        self.plot.label_predictions({key: self._labelled(row.name) for key, row in self.rows.items()})

    # Changes

    def add(self, name: str | None = None) -> str | None:
        """A new prediction with no points yet, chosen for drawing; its key (None: locked, or one a colour)."""
        if len(self.rows) >= self.capacity or self.locked:
            return None
        name = " ".join((name or "").split())[:NAME_LENGTH]
        taken = {row.name for row in self.rows.values()}
        key = self._make(name if name and name not in taken else self._free_name(), None)
        self.changed.emit()
        return key

    def _make(self, name: str, slot: int | None) -> str:
        self._made += 1
        key = f"prediction {self._made}"
        row = PredictionRow(key, name)
        self.rows[key] = row
        self.choice.addButton(row.chosen)
        row.chosen.toggled.connect(lambda on: on and self.choose(key))
        row.name_edit.editingFinished.connect(lambda: self.rename(key, row.name_edit.text()))
        row.redraw.clicked.connect(lambda: self.redraw(key))
        row.remove.clicked.connect(lambda: self.remove(key))
        self.list.addWidget(row)
        self.plot.set_prediction(key, name, np.empty(0), np.empty(0), slot)
        self._recolour()
        self.choose(key)
        return key

    def choose(self, key: str) -> None:
        """The prediction the pointer draws next."""
        self.rows[key].chosen.setChecked(True)
        self._update_controls()

    def rename(self, key: str, text: str) -> None:
        """A typed name, trimmed; an empty one, or another prediction's, keeps the name it had."""
        row = self.rows.get(key)
        if row is None:
            return
        name = " ".join(text.split())
        taken = any(other.name == name for other_key, other in self.rows.items() if other_key != key)
        if not name or taken:
            hint = translate("Predictions", HINT)
            taken_hint = translate("Predictions", "Another prediction is called {name}. {hint}")
            self.hint.setText(taken_hint.format(name=name, hint=hint) if taken else hint)
            row.name_edit.setText(row.name)
            return
        self.hint.setText(translate("Predictions", HINT))
        if name != row.name:
            self.scores.pop(row.name, None)
            row.named(name)
            row.name_edit.setText(name)
            self._label(key, name)
            self.changed.emit()

    def redraw(self, key: str) -> None:
        """Rub the prediction out and choose it: the next stroke draws it afresh."""
        if key in self.rows and not self.locked:
            name = self.rows[key].name
            self.scores.pop(name, None)  # a score was of the curve rubbed out
            self.plot.set_prediction(key, name, np.empty(0), np.empty(0))
            self.choose(key)
            self.changed.emit()

    def remove(self, key: str) -> None:
        if key in self.rows and not self.locked:
            self._forget(key)
            if self.rows and self.choice.checkedButton() is None:
                self.choose(next(reversed(self.rows)))
            self._update_controls()
            self.changed.emit()

    def _forget(self, key: str) -> None:
        row = self.rows.pop(key)
        self.choice.removeButton(row.chosen)
        row.setParent(None)
        row.deleteLater()
        self.plot.remove_prediction(key)
        if self.sketcher.key == key:
            self.sketcher.key = None

    def _free_name(self) -> str:
        taken = {row.name for row in self.rows.values()}
        guess = translate("Predictions", "Guess {number}")
        return next(guess.format(number=n) for n in range(1, len(taken) + 2) if guess.format(number=n) not in taken)

    def _label(self, key: str, name: str) -> None:
        self.plot.label_predictions({key: self._labelled(name)})

    def _labelled(self, name: str) -> str:
        score = self.scores.get(name)
        return f"{name}: {score}" if score else name

    def _update_controls(self) -> None:
        editable = not self.locked
        chosen = next((key for key, row in self.rows.items() if row.chosen.isChecked()), None)
        self.sketcher.key = chosen if (self.drawing and editable) else None
        self.new_button.setEnabled(editable and len(self.rows) < self.capacity)
        self.new_button.setVisible(editable)  # locked, a row is its name: room for it on a projector
        locked = translate("Predictions", LOCKED)
        if editable == (self.hint.text() == locked):
            self.hint.setText(translate("Predictions", HINT) if editable else locked)
        self.hint.setVisible((self.drawing and editable) or (self.locked and bool(self.rows)))
        for row in self.rows.values():
            row.chosen.setEnabled(editable)
            for button in (row.redraw, row.remove):
                button.setEnabled(editable)
                button.setVisible(editable)
            row.name_edit.setReadOnly(not editable)

    def _recolour(self) -> None:
        height = self.fontMetrics().height()
        for key, row in self.rows.items():
            curve = self.plot.predictions[key]
            row.swatch.setPixmap(swatch(curve.color, 2 * height, height, self.devicePixelRatioF())
                                 .pixmap(QSize(2 * height, height)))


@dataclass(frozen=True)
class ScoreRow:
    """A line of the score table, as the app's ranking says it."""

    place: int | None  # None: not scored
    name: str
    slot: int
    amount: str  # "0.42 decades"
    steps: str  # the steps scored, "0–199"; "" for the whole run


class ResultTable(QWidget):
    """A headline over a table that fits its rows: results to read, not to edit or select."""

    COLUMNS: tuple[str, ...] = ()
    STRETCH = 1  # the column that takes the room left, its text cut short where there is too little

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setObjectName("panelTitle")
        self.headline.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("Predictions", column) for column in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STRETCH, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.table)
        layout.addStretch(1)

    def fill(self, headline: str, rows: list[list[QTableWidgetItem]]) -> None:
        self.headline.setText(headline)
        self.table.setRowCount(len(rows))
        for index, cells in enumerate(rows):
            for column, cell in enumerate(cells):
                self.table.setItem(index, column, cell)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(i) for i in range(len(rows)))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows_height + 2 * self.table.frameWidth())
        self.table.setVisible(bool(rows))

    def text(self) -> str:
        """The headline and rows as plain lines: what a screen reader, or a test, reads."""
        lines = [self.headline.text()]
        for index in range(self.table.rowCount()):
            cells = (self.table.item(index, column) for column in range(len(self.COLUMNS)))
            lines.append("  ".join(cell.text() if cell else "" for cell in cells))
        return "\n".join(lines)


class ScoreTable(ResultTable):
    """The predictions' scores, best first, under a line naming the closest; hidden without any."""

    COLUMNS = ("#", QT_TRANSLATE_NOOP("Predictions", "Prediction"), QT_TRANSLATE_NOOP("Predictions", "Off by"),
               QT_TRANSLATE_NOOP("Predictions", "Steps"))
    TIPS = (QT_TRANSLATE_NOOP("Predictions", "Place, best first"), "",
            QT_TRANSLATE_NOOP("Predictions", "The mean distance between the prediction and the run at each step "
                                             "scored: in decades of loss on a log scale, in loss on a linear one"),
            QT_TRANSLATE_NOOP("Predictions", "The steps scored: those the prediction covers"))

    def __init__(self, plot: LossPlot, parent=None):
        super().__init__(parent)
        self.plot = plot
        self.rows: list[ScoreRow] = []
        for column, tip in enumerate(self.TIPS):
            item = self.table.horizontalHeaderItem(column)
            assert item is not None  # setHorizontalHeaderLabels made one for each of COLUMNS, as many as TIPS
            item.setToolTip(translate("Predictions", tip) if tip else "")
        plot.restyled.connect(lambda: self.show_scores(self.headline.text(), self.rows))  # swatches follow the theme

    def show_scores(self, headline: str, rows: list[ScoreRow]) -> None:
        self.rows = list(rows)
        palette = self.plot.theme.palette
        height = self.fontMetrics().height()
        self.table.setIconSize(QSize(2 * height, height))
        cells = []
        for row in rows:
            name = QTableWidgetItem(row.name)
            name.setIcon(swatch(palette[row.slot % len(palette)], 2 * height, height, self.devicePixelRatioF()))
            cells.append([QTableWidgetItem("–" if row.place is None else str(row.place)), name,
                          QTableWidgetItem(row.amount), QTableWidgetItem(row.steps or "all")])
        self.fill(headline, cells)
        self.setVisible(bool(rows))

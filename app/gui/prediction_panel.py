"""The class's predictions, a tab below the plots beside the weights: the quick question and the
predictions drawn, and their scores and a race's results, side by side where the tab is wide and
the results first where it is not (a projector at 1024x768), scrolled where it is short. The plot
keeps its whole width to be drawn on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

from widgets.loss_plot import LossPlot
from widgets.predictions import PredictionPanel, ScoreTable
from widgets.question import QuestionCard
from widgets.race_prediction import RaceResults

TITLE = "Predictions"
SIDE_BY_SIDE = 100  # characters of the tab's text across, at least, for the two sides to sit side by side


def _stacked(*widgets: QWidget) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return column


class PredictionTab(QScrollArea):
    """The question and the predictions; the scores and a race's results, shown once there are some."""

    def __init__(self, plot: LossPlot):
        super().__init__()
        self.question = QuestionCard()
        self.question.hide()
        self.predictions = PredictionPanel(plot)
        self.scores = ScoreTable(plot)
        self.scores.hide()
        self.race_results = RaceResults()
        self.race_results.hide()
        self.results = _stacked(self.scores, self.race_results)
        self.results.hide()
        inside = QWidget()
        # Results first: to the right side by side (right to left), on top where stacked
        self.sides = QBoxLayout(QBoxLayout.Direction.RightToLeft, inside)
        self.sides.setContentsMargins(4, 4, 8, 4)
        self.sides.addWidget(self.results, 3)
        self.sides.addWidget(_stacked(self.question, self.predictions), 2)
        self.setWidget(inside)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit(self) -> None:
        """The results shown while there are some; the two sides side by side where there is room."""
        self.results.setVisible(bool(self.scores.rows) or not self.race_results.isHidden())
        wide = self.viewport().width() >= SIDE_BY_SIDE * self.fontMetrics().averageCharWidth()
        direction = QBoxLayout.Direction.RightToLeft if wide else QBoxLayout.Direction.TopToBottom
        if self.sides.direction() != direction:
            self.sides.setDirection(direction)
            for index, stretch in enumerate((3, 2) if wide else (0, 1)):  # stacked: the results keep their height
                self.sides.setStretch(index, stretch)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

"""The class's predictions, a tab below the plots beside the weights: the quick question and the
predictions drawn on one side, their scores and a race's results on the other, each scrolled where
the tab is short. The plot keeps its whole width to be drawn on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from widgets.loss_plot import LossPlot
from widgets.predictions import PredictionPanel, ScoreTable
from widgets.question import QuestionCard
from widgets.race_prediction import RaceResults

TITLE = "Predictions"


def _scrolled(*widgets: QWidget) -> QScrollArea:
    """``widgets`` one under the other, scrolled up and down, never across: they wrap to the width."""
    inside = QWidget()
    layout = QVBoxLayout(inside)
    layout.setContentsMargins(0, 0, 6, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidget(inside)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class PredictionTab(QWidget):
    """The question and the predictions on the left; the scores and a race's results on the right, shown
    once there are some."""

    def __init__(self, plot: LossPlot):
        super().__init__()
        self.question = QuestionCard()
        self.question.hide()
        self.predictions = PredictionPanel(plot)
        self.scores = ScoreTable(plot)
        self.scores.hide()
        self.race_results = RaceResults()
        self.race_results.hide()
        self.results = _scrolled(self.scores, self.race_results)
        self.results.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(_scrolled(self.question, self.predictions), 2)
        layout.addWidget(self.results, 3)

    def fit(self) -> None:
        """The right side shown while it has something to show."""
        results = bool(self.scores.rows) or not self.race_results.isHidden()
        self.results.setVisible(results)

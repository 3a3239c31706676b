"""The predictions' scores against the run on show: in the table, best first, once a second while the run
goes; beside each name in the legend too once it holds still (paused or ended); as of the step a rewind
or a recording shows.

Each prediction's ``RunningScore`` folds in only the steps a run adds (``models.predictions``). The
legend waits for the run to hold still because laying it out again takes a few hundredths of a second
of the window's thread, which a run at full pace would pay for in steps (README, Performance).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.language import translate
from app.run.controller import RunController
from models.predictions import Prediction, RunningScore, Score, rank_scores
from widgets.predictions import PredictionPanel, ScoreRow, ScoreTable

HOLDING = ("paused", "ended")  # a run that holds still can be rewound
LIVE_EVERY_S = 1.0  # the table's pace while the run goes


class Scores:
    """The scores of the run on show in ``controller``, in ``panel``'s legend entries and in ``table``;
    ``shown()`` is called after each change of the table."""

    def __init__(self, controller: RunController, panel: PredictionPanel, table: ScoreTable,
                 shown: Callable[[], None]):
        self.controller, self.panel, self.table, self.shown = controller, panel, table, shown
        self.running: dict[str, RunningScore] = {}  # each prediction against the run on show, by name
        self.saved: dict[str, Score] = {}  # scores a session brought, shown until the next run
        self.rewound: int | None = None  # the step a rewind shows
        self._count, self._held, self._shown_at = 0, False, 0.0  # what was shown last, and when
        self._legend: dict[str, str] = {}

    def start(self, predictions: list[Prediction], log: bool) -> None:
        """A new run: nothing scored yet."""
        self.running = {p.name: RunningScore(p, log=log) for p in predictions}
        self.saved, self.rewound, self._count, self._held = {}, None, 0, False
        self._show_legend({})
        self.table.show_scores("", [])
        self.shown()

    def clear(self) -> None:
        self.start([], True)

    def on_frame(self, complete: bool) -> None:
        """The scores over the steps run so far: once a second while the run goes, at once when it holds still."""
        trainer = self.controller.trainer
        if not self.running or trainer is None:
            return
        count, held = trainer.history.count, self.controller.state in HOLDING
        due = complete or held or time.monotonic() - self._shown_at >= LIVE_EVERY_S
        if due and (count, held) != (self._count, self._held):  # a step run ends a rewind, as the timeline's
            self.rewound = None
            self.show_at(None)

    def show_at(self, step: int | None) -> None:
        """The scores over the steps up to ``step`` (None: all the run has): a frame of a recording, say."""
        trainer = self.controller.trainer
        if not self.running or trainer is None or not trainer.history.count:
            return
        last = self._extend(trainer) - 1
        if step is None:  # the latest: what ``on_frame`` compares with
            self._count, self._held, self._shown_at = last + 1, self.controller.state in HOLDING, time.monotonic()
        step = last if step is None else min(step, last)
        if self.rewound is not None:
            when = translate("Scoring", "At step {step}, rewound: ").format(step=step)
        else:
            ended = step == last and self.controller.state == "ended"
            when = "" if ended else translate("Scoring", "So far, at step {step}: ").format(step=step)
        self.show([running.at(step) for running in self.running.values()], when,
                  legend=self.controller.state != "running")

    def rewind(self, step: int) -> None:
        """The scores as they were after ``step``, where a paused or ended run is rewound to it."""
        if self.running and self.controller.state in HOLDING:
            self.rewound = step
            self.show_at(step)

    def rescore(self, log: bool) -> None:
        """The distances in the units of the other scale."""
        if self.running:
            self.running = {name: RunningScore(running.prediction, log=log) for name, running in self.running.items()}
            self.show_at(self.rewound)

    def show_saved(self, scores: list[Score]) -> None:
        """A session's scores, until the next run."""
        self.saved = {score.name: score for score in scores}
        if scores:
            self.show(scores, translate("Scoring", "Saved with the session: "))

    def latest(self) -> dict[str, Score]:
        """Each prediction's score over the whole run on show (or the session's), by name."""
        trainer = self.controller.trainer
        if self.running and trainer is not None and trainer.history.count:
            self._extend(trainer)
            return {name: running.final for name, running in self.running.items()}
        return dict(self.saved)

    def show(self, scores: list[Score], when: str, legend: bool = True) -> None:
        """In the table, best first, under the closest's name; and beside each name in the legend."""
        self._show_legend({score.name: score.legend for score in scores} if legend else {})
        ranking = rank_scores(scores)
        rows = [ScoreRow(place, s.name, s.colour, s.amount, s.steps_scored) for place, s in ranking.places]
        self.table.show_scores(when + ranking.headline(), rows)
        self.shown()

    def _extend(self, trainer) -> int:
        losses = trainer.history.losses
        for running in self.running.values():
            running.extend(losses)
        return len(losses)

    def _show_legend(self, legend: dict[str, str]) -> None:
        if legend != self._legend:  # the legend is laid out again at each change
            self._legend = legend
            self.panel.show_scores(legend)

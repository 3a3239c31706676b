"""Predict, then reveal: the class draws the loss it expects before Start, answers the variant's quick
question and guesses a race's order of finish; the run then scores them and reveals the answer.

Predict mode (G, the Predict box over the loss, Run ▸ Predict) lets the pointer draw on the plot; Start
locks the predictions, drawn under the run, until Reset. Their scores are found through
``models.predictions`` (``scoring.Scores``; the widgets only show them): while the run goes, as of the
step a rewind or a recording shows, and in full when it ends.
"""

from __future__ import annotations

import html
import math
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from app.io.filesystem import FileError, read_file
from app.language import translate
from app.run.controller import RunController
from models import VARIANTS, RunConfig
from models.catalog import Question
from models.prediction_files import MAX_BYTES, parse_predictions, predictions_csv
from models.prediction_records import race_record, ranked_records
from models.predictions import Prediction, PredictionError, Score
from models.race_guesses import RaceGuess, describe_order, finishing_order, judge
from widgets.predictions import DrawnPrediction

from .editing import CodeEditing
from .menus import make_action
from .notes import Notes, code_spans
from .prediction_panel import TITLE, PredictionTab
from .scoring import Scores
from .settings import Settings
from .shown import ShownSettings
from .views import WindowViews

if TYPE_CHECKING:
    from app.run.trainer import Trainer

EXPECTED = (1e-5, 1e8)  # losses the loss axis spans while predicting: where the notebook's variants go


class Predicting(QObject):
    """The class's predictions on ``views``' loss plot and in a tab below it, scored against the runs of
    ``controller``. The tab comes to the front to predict and when a run ends, the weights' at Start.

    ``shown`` gives the settings shown, ``editing`` the edits (a question is about the notebook's code);
    ``notes`` holds back a note that would give a question's answer away. ``actions``: Predict and Open
    predictions, by the menu table's keys, made over ``parent``.
    """

    loaded = Signal(object, str)  # a predictions file read off the GUI thread: its predictions or why not; its path

    def __init__(self, views: WindowViews, controller: RunController, shown: ShownSettings, editing: CodeEditing,
                 notes: Notes, status_bar: QStatusBar, settings: Settings, parent: QWidget):
        super().__init__(parent)
        self.plot, self.lower, self.box = views.loss_plot, views.lower, views.predict
        self.controller, self.shown, self.editing, self.notes = controller, shown, editing, notes
        self.status_bar, self.settings, self.parent_widget = status_bar, settings, parent
        self.tab = PredictionTab(self.plot)
        self.panel, self.card, self.race_results = self.tab.predictions, self.tab.question, self.tab.race_results
        self.scores = Scores(controller, self.panel, self.tab.scores, shown=self.tab.fit)
        self.on = False  # predict mode: the pointer draws
        self.question: Question | None = None  # asked of the class, until Reset
        self.guesses: list[RaceGuess] = []  # a race's predicted orders, by lane key
        self.lane_labels: dict[str, str] = {}
        self.race_shown = False
        self.actions = {"predict": make_action(parent, "predict", self.box.toggle),
                        "open_predictions": make_action(parent, "open_predictions", self.open_file)}
        self.box.toggled.connect(self.set_mode)
        self.panel.changed.connect(self._show_tab)
        self.panel.load(_drawn(settings.predictions()))  # as the class left them, their tab behind the weights
        self._left_out = 0  # predictions too large for the settings, as last said
        self.panel.changed.connect(self._remember)  # each change from now on
        views.timeline.scrubbed.connect(self.scores.rewind)
        views.log_scale.toggled.connect(self.scores.rescore)
        for signal, slot in ((controller.started, self._on_started), (controller.frame_ready, self.scores.on_frame),
                             (controller.ended, self._on_ended), (controller.failed, self._on_failed),
                             (controller.state_changed, self._on_state), (self.loaded, self._on_loaded)):
            signal.connect(slot)
        notes.questions = self._asks

    def _remember(self) -> None:
        """The predictions drawn, into the settings; those too large for their share are said when their count
        changes (a file's of thousands of points: a session keeps it)."""
        left_out = self.settings.set_predictions(self._taken()[0])
        if left_out and left_out != self._left_out:
            said = translate("Predicting", "Predictions too large to remember: {count}. "
                                           "File ▸ Save session… keeps them")
            self.status_bar.showMessage(said.format(count=left_out), 8000)
        self._left_out = left_out

    # Predict mode, and the question that comes with it

    def set_mode(self, on: bool) -> None:
        """Predict mode: the pointer draws the chosen prediction (one is made if there is none) until Start."""
        self.on = on
        self.actions["predict"].setChecked(on)
        self.panel.set_drawing(on)
        trainer = self.controller.trainer
        if trainer is None:  # the question comes and goes with the mode, and the note it holds back
            self.notes.show_variant_notes(self.shown.current_config(quiet=True))
        self._show_tab(front=on)

    def _asks(self, config: RunConfig | None) -> bool:
        """``Notes.questions``: between runs, the question follows the settings shown."""
        if self.controller.trainer is None:
            self._between_runs(config)
        return (config is not None and self.question is not None and not self.card.revealed
                and self.question is self._question_for(config))

    def _between_runs(self, config: RunConfig | None) -> None:
        question = self._question_for(config) if self.on else None
        if question is not self.question or self.card.revealed or self.card.locked:
            self.question = question
            if question is not None:  # the same question asked again keeps its answer
                self.card.ask(code_spans(translate("Variants", question.text)),
                              [translate("Variants", answer) for answer in question.answers])
        self.card.setVisible(question is not None)
        if self.on and config is not None:  # the axes a prediction is drawn on: the run's steps, its losses
            self.plot.set_run_length(config.steps)
            self.plot.expect_losses(*EXPECTED)

    def _question_for(self, config: RunConfig | None) -> Question | None:
        """The variant's question about a run of ``config`` with the notebook's code (an edit may answer it
        otherwise)."""
        if config is None or config.variant in self.editing.edits:
            return None
        asked = VARIANTS[config.variant].questions_for(config)
        return asked[0] if asked else None

    # The run

    @Slot(object)
    def _on_started(self, trainer: Trainer) -> None:
        """The predictions lock, drawn under the run; the answer given stands; scoring starts afresh."""
        self.panel.set_locked(True)
        single = not trainer.is_race and trainer.lanes[0].edited is None
        if single and self.question is not None and not self.card.revealed \
                and self.question is self._question_for(trainer.config):
            self.card.lock()
        else:
            self.question = None
            self.card.hide()
        if not trainer.is_race:
            self.guesses = []
        self.scores.start([] if trainer.is_race else self.predictions(), self.plot.log_scale)
        self.race_results.hide()
        self.race_shown = False
        self._show_tab()
        if self.lower.currentWidget() is self.tab:  # the run's weights in front while it runs
            self.lower.setCurrentIndex(0)

    @Slot(str)
    def _on_ended(self, _outcome: str) -> None:
        """The final scores, the question's answer and the note it held back, a race's results."""
        trainer = self.controller.trainer
        if trainer is None:
            return
        self.scores.show_at(None)
        if self.question is not None and self.card.locked and not self.card.revealed:
            self.card.reveal([translate("Variants", answer) for answer in self.question.right],
                             code_spans(translate("Variants", self.question.explanation)))
            self.notes.show_variant_notes(trainer.config)
        if trainer.is_race and self.guesses:
            self._judge(trainer)
        revealed = self.card.revealed and not self.card.isHidden()
        self._show_tab(front=bool(self.tab.scores.rows) or revealed or self.race_shown)

    @Slot(str)
    def _on_failed(self, _message: str) -> None:
        """A failed run did not answer the question; its scores hold over the steps it ran."""
        self.scores.show_at(None)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        """Reset: the predictions can change again, and their scores go."""
        if state != "idle":
            return
        self.panel.set_locked(False)
        self.panel.set_drawing(self.on)  # a prediction to draw, if none was kept
        self.scores.clear()
        self.guesses, self.race_shown = [], False
        self.race_results.hide()
        self._show_tab(front=self.on)

    # A race

    def take_guesses(self, guesses: list[tuple[str, list[str]]], labels: dict[str, str]) -> None:
        """Each guesser's order of the race's lanes (their keys), before it starts; ``labels`` name the lanes."""
        try:
            self.guesses = [RaceGuess(guesser, tuple(order)) for guesser, order in guesses]
        except PredictionError as error:
            self.guesses = []
            self.status_bar.showMessage(str(error), 8000)
        self.lane_labels = dict(labels)

    def _judge(self, trainer: Trainer) -> None:
        finals = self.final_losses(trainer)
        try:
            verdicts = judge(self.guesses, finals)
        except PredictionError as error:
            self.status_bar.showMessage(str(error), 8000)
            return
        label = self.lane_labels.get
        said = describe_order([tuple(label(key, key) for key in group) for group in finishing_order(finals)])
        right = translate("Predicting", "exactly right")
        places = translate("Predicting", "{right} of {count} places right")
        self.race_results.show_results(said, [
            (v.guess.guesser, ", ".join(label(key, key) for key in v.guess.order),
             right if v.exact else places.format(right=v.places_right, count=len(v.guess.order)))
            for v in verdicts])
        self.race_results.show()
        self.race_shown = True

    @staticmethod
    def final_losses(trainer: Trainer) -> dict[str, float]:
        """Each lane's last loss, by its key in the Race dialog: the variant, or "custom-edited" for an edit."""
        return {f"{lane.config.variant}-edited" if lane.edited is not None else lane.config.variant:
                float(lane.history.losses[-1]) if lane.history.count else math.nan for lane in trainer.lanes}

    # The predictions as the files and the command line take them

    def predictions(self) -> list[Prediction]:
        """Those drawn, as ``models.predictions`` scores them (one that could not be scored is left out, and
        the status bar says why)."""
        taken, faults = self._taken()
        for fault in faults:
            self.status_bar.showMessage(fault, 8000)
        return taken

    def _taken(self) -> tuple[list[Prediction], list[str]]:
        """Those drawn that can be scored, and why each of the others cannot."""
        taken, faults = [], []
        for drawn in self.panel.predictions():
            try:
                taken.append(Prediction(drawn.name, drawn.slot, tuple(zip(drawn.steps.tolist(),
                                                                          drawn.losses.tolist()))))
            except PredictionError as error:
                faults.append(str(error))
        return taken, faults

    def load(self, predictions: list[Prediction], scores: list[Score] | None = None, mend: bool = True) -> None:
        """Replace the predictions (a file's, a session's, the command line's); ``scores``: a session's,
        shown until the next run; ``mend``: in predict mode, to be mended before Start."""
        self.panel.load(_drawn(predictions))
        self.scores.show_saved(scores or [])
        if mend:
            self.box.setChecked(True)
        self._show_tab(front=True)

    def refusal(self) -> str | None:
        """Why predictions cannot be loaded now, or None."""
        if self.controller.trainer is not None:
            return translate("Predicting", "the predictions are locked while a run is on show: reset it (R) first")
        return None

    def scored(self) -> list[tuple[Prediction, Score | None]]:
        """Each prediction with its latest score (a session keeps them)."""
        scores = self.scores.latest()
        return [(prediction, scores.get(prediction.name)) for prediction in self.predictions()]

    def export_records(self, trainer: Trainer) -> tuple[dict | None, dict | None]:
        """What Export run's JSON says of the predictions, ranked with their scores, and of a race's guesses."""
        predictions = self.predictions()
        ranked = ranked_records(predictions, self.scores.latest()) if predictions and not trainer.is_race else None
        race = race_record(self.guesses, self.final_losses(trainer)) if trainer.is_race and self.guesses else None
        return ranked, race

    def csv_text(self) -> str | None:
        """The predictions as a file Open predictions reads back; None without any."""
        predictions = self.predictions()
        return predictions_csv(predictions) if predictions else None

    # A file of predictions, read off the GUI thread

    def open_file(self, path: str | Path | None = None) -> None:
        """Read ``path`` (or one chosen) on a thread of its own; ``_on_loaded`` takes what it holds."""
        refusal = self.refusal()
        if refusal is not None:
            said = translate("Predicting", "Cannot open predictions now: {why}").format(why=refusal)
            self.status_bar.showMessage(said, 6000)
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parent_widget, translate("Predicting", "Open predictions"), str(self.settings.folder()),
                translate("Predicting", "Predictions, rows of name,step,loss (*.csv);;All files (*)"))
            if not path:
                return
        threading.Thread(target=self._read, args=(Path(path), self.plot.log_scale), name="read predictions",
                         daemon=True).start()

    def _read(self, path: Path, log: bool) -> None:
        """On its own thread: a slow disk or a huge file never holds the window."""
        try:
            result: list[Prediction] | str = parse_predictions(read_file(path, MAX_BYTES), path.name, log)
        except (FileError, PredictionError) as error:
            result = str(error)
        try:
            self.loaded.emit(result, str(path))
        except RuntimeError:  # the window closed while the file was read
            pass

    @Slot(object, str)
    def _on_loaded(self, result: list[Prediction] | str, path: str) -> None:
        refusal = result if isinstance(result, str) else self.refusal()
        if refusal is not None:
            self.notes.show("error", translate("Predicting", "<b>Cannot open the predictions:</b> {why}. The "
                                                             "predictions on the plot are unchanged.")
                            .format(why=html.escape(refusal)))
            return
        assert not isinstance(result, str)
        self.load(result)
        self.settings.set_folder(Path(path).parent)
        said = translate("Predicting", "Opened {count} predictions from {file}")
        self.status_bar.showMessage(said.format(count=len(result), file=Path(path).name), 6000)

    # The tab below the plots

    def _show_tab(self, front: bool = False) -> None:
        """There while predicting, or while there are predictions or a race's results to show; ``front``:
        in front of the weights."""
        shown = self.lower.indexOf(self.tab) >= 0
        wanted = self.on or bool(self.panel.rows) or self.race_shown
        if wanted and not shown:
            self.lower.insertTab(1, self.tab, TITLE)
        elif shown and not wanted:
            self.lower.removeTab(self.lower.indexOf(self.tab))
        self.tab.fit()
        if wanted and front:
            self.lower.setCurrentWidget(self.tab)


def _drawn(predictions: list[Prediction]) -> list[DrawnPrediction]:
    return [DrawnPrediction(p.name, p.colour, p.steps, p.losses) for p in predictions]

"""The window's files: screenshots, the plot, a run's CSV and JSON, and sessions.

Every write goes through ``filesystem.write_file``: a regular file whole or not at
all, anything else at the path written in place, never renamed over. A failure
is explained in the window's banner and loses nothing: the run stays in memory.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QStatusBar, QWidget

from app.io import video
from app.io.exports import csv_text, json_text
from app.io.filesystem import FileError, write_file
from app.io.sessions import SessionError, read_whole_session, session_text
from app.language import translate
from app.run.controller import RunController
from models import VARIANTS, RunResult, window_threads
from models.edited import EditedCode
from widgets.controls import Controls
from widgets.loss_plot import LossPlot

from .editing import CodeEditing
from .notes import Notes
from .pictures import plot_png, plot_svg, widget_png
from .predicting import Predicting
from .settings import Settings
from .shown import ShownSettings

if TYPE_CHECKING:
    from app.run.trainer import Trainer

# record(trainer, path, fps, seconds, progress): the run recorded into path, frame by frame (recorder.py)
Record = Callable[["Trainer", Path, int, float, Callable[[int, int], bool]], int]


class WindowFiles:
    """The File menu's actions; each takes a path, or asks for one when given None.

    ``window`` is what a screenshot shows and what the dialogs open over.
    """

    def __init__(self, window: QWidget, *, shown: ShownSettings, controller: RunController, controls: Controls,
                 loss_plot: LossPlot, editing: CodeEditing, notes: Notes, settings: Settings,
                 status_bar: QStatusBar, predicting: Predicting, record: Record):
        self.window, self.shown, self.controller, self.controls = window, shown, controller, controls
        self.loss_plot, self.editing, self.notes, self.settings = loss_plot, editing, notes, settings
        self.status_bar, self.predicting, self.record = status_bar, predicting, record

    def save_screenshot(self, path: str | Path | None = None) -> Path | None:
        """The whole window as PNG, at the screen's device pixel ratio."""
        path = path or self._ask_path(translate("Files", "Save screenshot"), "png",
                                     translate("Files", "PNG image (*.png)"))
        return self._write(path, lambda: widget_png(self.window), translate("Files", "Screenshot"))

    def save_plot(self, path: str | Path | None = None, width: int | None = None) -> Path | None:
        """The loss plot alone: PNG at a chosen width, or SVG."""
        path = path or self._ask_path(translate("Files", "Save plot"), "png",
                                     translate("Files", "PNG image (*.png);;SVG drawing (*.svg)"))
        if path is None:
            return None
        plot = self.loss_plot
        if Path(path).suffix.lower() == ".svg":
            return self._write(path, lambda: plot_svg(plot), translate("Files", "Plot"))
        if width is None:
            width, accepted = QInputDialog.getInt(self.window, translate("Files", "Plot width"),
                                                  translate("Files", "Width in pixels:"), 1600, 200, 10000, 100)
            if not accepted:
                return None
        return self._write(path, lambda: plot_png(plot, width), translate("Files", "Plot"))

    def export_run(self, path: str | Path | None = None) -> list[Path]:
        """CSV of every step and JSON with the configuration and summary, as the CLI writes them.

        ``path`` names the CSV; the JSON goes beside it, with the class's predictions ranked by their scores
        (or a race's predicted orders, judged), and the predictions as a CSV of their own ("-predictions").
        A race writes one pair per lane, named by its variant ("-custom", and "-custom-edited" for an edit
        racing it).
        """
        trainer = self.controller.trainer
        results = results_of(trainer)
        if trainer is None or not results:
            self.status_bar.showMessage(translate("Files", "There is no run to export yet"), 4000)
            return []
        path = path or self._ask_path(translate("Files", "Export run"), "csv",
                                     translate("Files", "CSV of every step, with a JSON summary (*.csv)"))
        if path is None:
            return []
        base = Path(path).with_suffix("")
        written = []
        predictions, race = self.predicting.export_records(trainer)
        guessed = self.predicting.csv_text()
        if guessed is not None:
            done = self._write(Path(f"{base}-predictions.csv"), lambda: guessed, translate("Files", "Predictions"))
            if done is None:
                return written
            written.append(done)
        for lane, result in zip(trainer.lanes, results):
            edit = lane.edited if isinstance(lane.edited, EditedCode) else None
            stem = f"{base}-{result.config.variant}{'-edited' if edit else ''}" if len(results) > 1 else str(base)
            book = notebook_of(trainer, result, edit)
            parts = [(".csv", lambda result=result: csv_text(result)),
                     (".json", lambda result=result, edit=edit, book=book: json_text(
                         result, edit, notebook=book, predictions=predictions, race=race))]
            if edit is not None:  # the code that ran, beside its numbers
                parts.append((".py", lambda edit=edit: edit.text))
            for suffix, make in parts:
                done = self._write(Path(stem + suffix), make, translate("Files", "Run"))
                if done is None:
                    return written
                written.append(done)
        return written

    def record_run(self, path: str | Path | None = None, seconds: float | None = None) -> Path | None:
        """The current or last run as MP4, GIF or WebP, from its kept snapshots, with a progress bar."""
        trainer = self.controller.trainer
        if trainer is None or trainer.history.count == 0:
            self.status_bar.showMessage(translate("Files", "There is no run to record yet"), 4000)
            return None
        if self.controller.state == "running":
            self.status_bar.showMessage(translate("Files", "Pause (Space) or stop (Esc) the run before recording it"),
                                        4000)
            return None
        path = path or self._ask_path(translate("Files", "Record run"), "mp4",
                                     translate("Files", "MP4 video (*.mp4);;GIF (*.gif);;WebP (*.webp)"))
        if path is None:
            return None
        path = Path(path)
        if seconds is None:
            seconds, accepted = QInputDialog.getDouble(self.window, translate("Files", "Record run"),
                                                       translate("Files", "Length in seconds:"), 10, 0.1,
                                                       video.MAX_SECONDS, 1)
            if not accepted:
                return None
        return self._record(trainer, path, seconds)

    def _record(self, trainer: Trainer, path: Path, seconds: float) -> Path | None:
        fps = video.DEFAULT_FPS.get(path.suffix.lower(), 30)
        progress = QProgressDialog(translate("Files", "Recording the run…"), translate("Files", "Cancel"), 0,
                                   video.frame_count(fps, seconds), self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def on_frame(done: int, _total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            video.check_destination(path)
            self.record(trainer, path, fps, seconds, on_frame)
        except video.Cancelled:
            self.status_bar.showMessage(translate("Files", "Recording cancelled: nothing was written"), 6000)
            return None
        except (video.RecordingError, OSError) as error:
            self.notes.show("error", translate("Files", "<b>Recording not saved.</b> {why}. Nothing is lost: the run "
                                                        "is still here, and can be recorded somewhere else.")
                            .format(why=html.escape(str(error))))
            return None
        finally:
            progress.close()
        self.settings.set_folder(path.parent)
        self.status_bar.showMessage(translate("Files", "Saved {path}").format(path=path), 6000)
        return path

    def save_session(self, path: str | Path | None = None) -> Path | None:
        """The settings and edits as a session file; one that could not be opened again is not written."""
        config = self.shown.current_config()
        if config is None:
            return None
        try:
            text = session_text(config, self.controls.steps_per_s, self.editing.edits, self.predicting.scored())
        except SessionError as error:
            self.notes.show("error", translate("Files", "<b>Session not saved:</b> {why}. Nothing is lost: the edits "
                                                        "are still in the editor.")
                            .format(why=html.escape(str(error))))
            return None
        path = path or self._ask_path(translate("Files", "Save session"), "json",
                                     translate("Files", "Descent Lab session (*.json)"), name="session")
        return self._write(path, lambda: text, translate("Files", "Session"))

    def open_session(self, path: str | Path | None = None) -> bool:
        """Restore the controls, edits and predictions from a session file; a bad file changes nothing."""
        if self.controller.active:
            self.status_bar.showMessage(translate("Files", "Stop the run (Esc) before opening a session"), 4000)
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, translate("Files", "Open session"),
                                                  str(self.settings.folder()),
                                                  translate("Files", "Descent Lab session (*.json);;All files (*)"))
            if not path:
                return False
        try:
            session = read_whole_session(path)
        except SessionError as error:
            self.notes.show("error", translate("Files", "<b>Cannot open the session:</b> {why}. The current settings "
                                                        "are unchanged.")
                            .format(why=html.escape(str(error))))
            return False
        config, pace, code = session.config, session.pace, session.code
        refusal = self.predicting.refusal() if session.predictions else None
        refusal = refusal or self._apply_whole(config, pace)
        if refusal is not None:
            self.notes.show("error", translate("Files", "<b>Cannot open the session:</b> {file}: {why}. The current "
                                                        "settings are unchanged.")
                            .format(file=html.escape(Path(path).name), why=html.escape(refusal)))
            return False
        if code:  # shown and marked "from a file"; it runs only when the user presses Start
            self.editing.load_from_file(code)
        if session.predictions:
            self.predicting.load([prediction for prediction, _ in session.predictions],
                                 [score for _, score in session.predictions if score is not None])
        self.settings.set_folder(Path(path).parent)
        self.status_bar.showMessage(translate("Files", "Opened {file}").format(file=Path(path).name), 4000)
        return True

    def _apply_whole(self, config, pace) -> str | None:
        """Show a session's settings all or nothing; None when shown exactly, else why not (nothing changed)."""
        before, before_pace = self.shown.current_config(quiet=True), self.controls.steps_per_s
        try:
            self.shown.show_config(config)
            self.controls.set_pace(pace)
            shown = self.shown.current_config(quiet=True)
            if shown != config:
                raise ValueError(translate("Files", "the window would show {config} instead").format(config=shown))
        except Exception as error:  # noqa: BLE001 - whatever failed, the settings go back as they were
            if before is not None:
                self.shown.show_config(before)
            self.controls.set_pace(before_pace)
            return str(error) or type(error).__name__
        return None

    def _ask_path(self, title: str, suffix: str, filters: str, name: str | None = None) -> Path | None:
        trainer = self.controller.trainer
        variant = trainer.config.variant if trainer else self.controls.values()["variant"]
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        default = self.settings.folder() / f"descent-lab-{name or variant}-{stamp}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(default), filters)
        return Path(path) if path else None

    def _write(self, path: str | Path | None, make, what: str) -> Path | None:
        """Write what ``make`` returns to ``path`` whole, or explain why not; nothing is lost. ``what``: the
        thing written, a word in the class's language ("Plot")."""
        if path is None:
            return None
        path = Path(path)
        try:
            written = write_file(path, make())
        except (FileError, ValueError) as error:
            self.notes.show("error", translate("Files", "<b>{what} not saved.</b> {why}. Nothing is lost: the run is "
                                                        "still here, and can be saved somewhere else.")
                            .format(what=what, why=html.escape(str(error))))
            return None
        self.settings.set_folder(path.parent)
        self.status_bar.showMessage(translate("Files", "Saved {path}").format(path=written), 6000)
        return Path(written)


def notebook_of(trainer: Trainer, result: RunResult, edited: EditedCode | None) -> dict | None:
    """What names the notebook File, Export as notebook… writes of this run; None for a race's lane, which
    no notebook reproduces (the lanes share one problem)."""
    if trainer.is_race:
        return None
    from models.notebook import identity  # nbformat loads when first asked for, not with the window

    return identity(result.config, VARIANTS[result.config.variant].print_every, window_threads(result.config), edited)


def results_of(trainer: Trainer | None) -> list[RunResult]:
    """The current or last run, one result per lane, for exports."""
    if trainer is None or trainer.history.count == 0:
        return []
    return [
        RunResult(lane.config, lane.history.losses.copy(),
                  None if lane.history.depths is None else lane.history.depths.copy(),
                  lane.outcome or f"in progress at step {lane.history.count - 1}", trainer.elapsed_s)
        for lane in trainer.lanes
    ]

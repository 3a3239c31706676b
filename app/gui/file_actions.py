"""The window's files: screenshots, the plot, a run's CSV and JSON, and sessions.

Every write goes through ``filesystem.write_file``: a regular file whole or not at
all, anything else at the path written in place, never renamed over. A failure
is explained in the window's banner and loses nothing: the run stays in memory.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog

from app.io import video
from app.io.exports import csv_text, json_text
from app.io.filesystem import FileError, write_file
from app.io.sessions import SessionError, read_session_with_code, session_text
from models import RunResult

from .pictures import plot_png, plot_svg, widget_png
from .recorder import record_window

if TYPE_CHECKING:
    from app.run.trainer import Trainer

    from .window import MainWindow


class WindowFiles:
    """File menu actions of ``window``; each takes a path, or asks for one when given None."""

    def __init__(self, window: MainWindow):
        self.window = window

    def save_screenshot(self, path: str | Path | None = None) -> Path | None:
        """The whole window as PNG, at the screen's device pixel ratio."""
        path = path or self._ask_path("Save screenshot", "png", "PNG image (*.png)")
        return self._write(path, lambda: widget_png(self.window), "Screenshot")

    def save_plot(self, path: str | Path | None = None, width: int | None = None) -> Path | None:
        """The loss plot alone: PNG at a chosen width, or SVG."""
        path = path or self._ask_path("Save plot", "png", "PNG image (*.png);;SVG drawing (*.svg)")
        if path is None:
            return None
        plot = self.window.views.loss_plot
        if Path(path).suffix.lower() == ".svg":
            return self._write(path, lambda: plot_svg(plot), "Plot")
        if width is None:
            width, accepted = QInputDialog.getInt(self.window, "Plot width", "Width in pixels:", 1600, 200, 10000,
                                                  100)
            if not accepted:
                return None
        return self._write(path, lambda: plot_png(plot, width), "Plot")

    def export_run(self, path: str | Path | None = None) -> list[Path]:
        """CSV of every step and JSON with the configuration and summary, as the CLI writes them.

        ``path`` names the CSV; the JSON goes beside it. A race writes one pair per lane, named by
        its variant ("-custom", and "-custom-edited" for an edit racing it).
        """
        results = results_of(self.window.controller.trainer)
        if not results:
            self.window.statusBar().showMessage("There is no run to export yet", 4000)
            return []
        path = path or self._ask_path("Export run", "csv", "CSV of every step, with a JSON summary (*.csv)")
        if path is None:
            return []
        base = Path(path).with_suffix("")
        written = []
        for lane, result in zip(self.window.controller.trainer.lanes, results):
            edited = "-edited" if lane.edited is not None else ""
            stem = f"{base}-{result.config.variant}{edited}" if len(results) > 1 else str(base)
            parts = [(".csv", lambda result=result: csv_text(result)),
                     (".json", lambda result=result, lane=lane: json_text(result, lane.edited))]
            if lane.edited is not None:  # the code that ran, beside its numbers
                parts.append((".py", lambda lane=lane: lane.edited.text))
            for suffix, make in parts:
                done = self._write(Path(stem + suffix), make, "Run")
                if done is None:
                    return written
                written.append(done)
        return written

    def record_run(self, path: str | Path | None = None, seconds: float | None = None) -> Path | None:
        """The current or last run as MP4, GIF or WebP, from its kept snapshots, with a progress bar."""
        window = self.window
        trainer = window.controller.trainer
        if trainer is None or trainer.history.count == 0:
            window.statusBar().showMessage("There is no run to record yet", 4000)
            return None
        if window.controller.state == "running":
            window.statusBar().showMessage("Pause (Space) or stop (Esc) the run before recording it", 4000)
            return None
        path = path or self._ask_path("Record run", "mp4", "MP4 video (*.mp4);;GIF (*.gif);;WebP (*.webp)")
        if path is None:
            return None
        path = Path(path)
        if seconds is None:
            seconds, accepted = QInputDialog.getDouble(window, "Record run", "Length in seconds:", 10, 0.1,
                                                       video.MAX_SECONDS, 1)
            if not accepted:
                return None
        return self._record(trainer, path, seconds)

    def _record(self, trainer: Trainer, path: Path, seconds: float) -> Path | None:
        window = self.window
        fps = video.DEFAULT_FPS.get(path.suffix.lower(), 30)
        progress = QProgressDialog("Recording the run…", "Cancel", 0, video.frame_count(fps, seconds), window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def on_frame(done: int, _total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            video.check_destination(path)
            record_window(window, trainer, path, fps, seconds, on_frame)
        except video.Cancelled:
            window.statusBar().showMessage("Recording cancelled: nothing was written", 6000)
            return None
        except (video.RecordingError, OSError) as error:
            window.notes.show("error", f"<b>Recording not saved.</b> {html.escape(str(error))}. Nothing is lost: "
                                        "the run is still here, and can be recorded somewhere else.")
            return None
        finally:
            progress.close()
        window.settings.set_folder(path.parent)
        window.statusBar().showMessage(f"Saved {path}", 6000)
        return path

    def save_session(self, path: str | Path | None = None) -> Path | None:
        """The settings and edits as a session file; one that could not be opened again is not written."""
        window = self.window
        config = window.current_config()
        if config is None:
            return None
        try:
            text = session_text(config, window.controls.steps_per_s, window.editing.edits)
        except SessionError as error:
            window.notes.show("error", f"<b>Session not saved:</b> {html.escape(str(error))}. Nothing is lost: "
                                        "the edits are still in the editor.")
            return None
        path = path or self._ask_path("Save session", "json", "Descent Lab session (*.json)", name="session")
        return self._write(path, lambda: text, "Session")

    def open_session(self, path: str | Path | None = None) -> bool:
        """Restore the controls from a session file; a bad file changes nothing."""
        window = self.window
        if window.controller.active:
            window.statusBar().showMessage("Stop the run (Esc) before opening a session", 4000)
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(window, "Open session", str(window.settings.folder()),
                                                  "Descent Lab session (*.json);;All files (*)")
            if not path:
                return False
        try:
            config, pace, code = read_session_with_code(path)
        except SessionError as error:
            window.notes.show("error", f"<b>Cannot open the session:</b> {html.escape(str(error))}. "
                                        "The current settings are unchanged.")
            return False
        refusal = self._apply_whole(config, pace)
        if refusal is not None:
            window.notes.show("error", f"<b>Cannot open the session:</b> {html.escape(Path(path).name)}: "
                                        f"{html.escape(refusal)}. The current settings are unchanged.")
            return False
        if code:  # shown and marked "from a file"; it runs only when the user presses Start
            window.editing.load_from_file(code)
        window.settings.set_folder(Path(path).parent)
        window.statusBar().showMessage(f"Opened {Path(path).name}", 4000)
        return True

    def _apply_whole(self, config, pace) -> str | None:
        """Show a session's settings all or nothing; None when shown exactly, else why not (nothing changed)."""
        window = self.window
        before, before_pace = window.current_config(quiet=True), window.controls.steps_per_s
        try:
            window.show_config(config)
            window.controls.set_pace(pace)
            shown = window.current_config(quiet=True)
            if shown != config:
                raise ValueError(f"the window would show {shown} instead")
        except Exception as error:  # noqa: BLE001 - whatever failed, the settings go back as they were
            if before is not None:
                window.show_config(before)
            window.controls.set_pace(before_pace)
            return str(error) or type(error).__name__
        return None

    def _ask_path(self, title: str, suffix: str, filters: str, name: str | None = None) -> Path | None:
        window = self.window
        trainer = window.controller.trainer
        variant = trainer.config.variant if trainer else window.controls.values()["variant"]
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        default = window.settings.folder() / f"descent-lab-{name or variant}-{stamp}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(window, title, str(default), filters)
        return Path(path) if path else None

    def _write(self, path: str | Path | None, make, what: str) -> Path | None:
        """Write what ``make`` returns to ``path`` whole, or explain why not; nothing is lost."""
        if path is None:
            return None
        path = Path(path)
        try:
            written = write_file(path, make())
        except (FileError, ValueError) as error:
            self.window.notes.show("error", f"<b>{what} not saved.</b> {html.escape(str(error))}. Nothing is lost: "
                                             "the run is still here, and can be saved somewhere else.")
            return None
        self.window.settings.set_folder(path.parent)
        self.window.statusBar().showMessage(f"Saved {written}", 6000)
        return written


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

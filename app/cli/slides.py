"""Slides: variants run to the end in the real window, offscreen, and pictured (``snapshot``, ``record``
and the gallery draw through these)."""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap

from app.gui.pictures import ensure_app
from app.io import signals
from app.io.filesystem import FileError, write_file
from app.io.images import image_bytes
from models import RunConfig
from models.edited import EditedCode
from models.history import said_outcome

from .edited_code import fault
from .exit_codes import EXIT_FAILED, EXIT_OK, status_of, worse
from .options import SLIDE_FORMATS, Slide

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.gui.window import MainWindow

TIMEOUT_S = 600


class Grabbed(Protocol):
    """What ``picture`` uses of a window (the window itself, or a recording's view of it)."""

    def grab(self) -> QPixmap: ...


def snapshot_one(config: RunConfig, out: Path, slide: Slide = Slide(), edited: EditedCode | None = None) -> int:
    """One slide of ``config``; ``edited``: the variant's module as edited, run in its place."""
    return _snapshot([(config, out)], slide, edited)


def snapshot_all(configs: list[RunConfig], folder: Path, slide: Slide = Slide()) -> int:
    """One slide per configuration, each named by its variant, into ``folder``."""
    return _snapshot([(config, folder / f"{config.variant}.png") for config in configs], slide)


def open_window(slide: Slide, edited: EditedCode | None = None,
                projector: tuple[int, int] | None = None) -> MainWindow:
    """The window at first start, in the slide's look and size, on a screen of the slide's size, with the
    slide's predictions; ``edited``: a variant's module as edited, run in its place; ``projector``: a second
    screen's size, beside the first (a new application's only)."""
    _application_for(slide, projector)
    from app.gui.window import MainWindow

    signals.check()  # a signal whose Interrupted an import swallowed (shiboken makes enums so)
    with signals.deferred():  # Qt calls Python back as it builds and lays the window out
        window = MainWindow(remember=False)  # the first-start look, whatever this user changed
        window.controller.patient = True  # nobody waits on it: "Inside this step" computes any step again
        window.show()
        show_look(window, slide)
        if slide.predictions:
            window.predicting.load(list(slide.predictions), mend=False)
        if edited is not None:
            window.editing.set_edits({edited.variant: edited.text}, filenames={edited.variant: edited.filename})
    window.controller.wait_for_torch()  # loading since the window showed; here a signal ends the wait
    return window


@contextmanager
def headless_window(slide: Slide, edited: EditedCode | None = None) -> Iterator[MainWindow]:
    """``open_window``'s window, closed as the block ends; on Ctrl+C or SIGTERM only its run is
    stopped: the process then ends at once (``signals.leave``), where closing would wait for
    torch's import to finish, seconds."""
    window = open_window(slide, edited)
    try:
        yield window
    except signals.Interrupted:
        window.controller.stop()
        raise
    finally:
        if signals.received() is None:
            with signals.deferred():
                window.close()


def tell_edited_fault(window: MainWindow) -> int:
    """The exit status of edited code that failed the run, told as on the command line with the
    student's frames only (the picture shows it too); 0 when it did not."""
    trainer = window.trainer
    edited = trainer and trainer.lanes[0].edited
    if not (trainer and isinstance(edited, EditedCode) and trainer.error):
        return EXIT_OK
    told = fault(edited, trainer.error)
    print(told.text, file=sys.stderr)
    return told.status


def show_look(window: MainWindow, slide: Slide) -> None:
    """The slide's theme, presentation mode and size on ``window``, laid out and painted afresh."""
    window.look.choose(slide.theme, slide.presentation)
    window.presenting.apply_look()
    # Smaller than the window can be, it is drawn larger in the same proportions and scaled down
    width, height = slide.window_size
    least = window.minimumSizeHint()
    enlarge = max(least.width() / width, least.height() / height, 1.0)
    window.resize(math.ceil(width * enlarge), math.ceil(height * enlarge))
    window.views.share_out(window.width())
    for _ in range(3):
        ensure_app().processEvents()
        if window.trainer is not None:
            window.controller.request_frame()


def picture(window: Grabbed, slide: Slide) -> QImage:
    """The window as the slide asks: its size in pixels exactly (scaled down where the window is larger)."""
    with signals.deferred():  # Qt paints through Python
        ensure_app().processEvents()
        image = window.grab().toImage()
    if (image.width(), image.height()) != slide.size:
        image = image.scaled(*slide.size, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)  # the same proportions, to a pixel
    return image


def open_inside(window: MainWindow) -> None:
    """"Inside this step" open in front of the weights: a run captures the steps it shows, its last among them."""
    if not window.inspecting.open:
        window.menu_actions["inside"].trigger()


def show_inside(window: MainWindow, step: int | None = None) -> None:
    """"Inside this step" open on ``step`` of the run on show (the timeline rewound to it), or on its last step,
    once the view shows it: a step the run did not capture is computed again meanwhile, off the window's thread."""
    open_inside(window)
    trainer = window.trainer
    if trainer is None or trainer.history.count == 0:
        return
    if step is not None:
        window.views.timeline.show_step(step)
    window.inspecting.wait_until_shown(trainer.history.count - 1 if step is None else step, TIMEOUT_S)


def _snapshot(jobs: list[tuple[RunConfig, Path]], slide: Slide, edited: EditedCode | None = None) -> int:
    """Each slide in turn; the status is the first failure's, else 3 if a run diverged, else 0."""
    status = EXIT_OK
    with headless_window(slide, edited) as window:
        for config, out in jobs:
            with signals.deferred():  # a signal ends the run's event loop (and the wait for a step inside)
                if slide.inside:
                    open_inside(window)
                outcome = run_to_end(window, config, overlay=slide.overlay,
                                     step_timeout_s=edited and edited.step_timeout_s)
                if slide.inside:
                    show_inside(window)
            failed = tell_edited_fault(window)
            try:
                write_file(out, image_bytes(picture(window, slide), SLIDE_FORMATS[out.suffix.lower()]))
            except FileError as error:
                print(f"descent-lab: {error}", file=sys.stderr)
                status = worse(status, EXIT_FAILED)
                continue
            print(f"{out}  ({config.variant}: {said_outcome(outcome)})")
            status = worse(status, failed or status_of(outcome))
    return status


def run_to_end(window: MainWindow, configs: RunConfig | list[RunConfig], overlay: bool = False,
               keep_steps: list[int] | None = None, step_timeout_s: float | None = None) -> str:
    """Run ``configs`` (one, or several as a race) at full pace until the run ends;
    ``keep_steps``: the steps whose weights a recording will show; ``step_timeout_s``: an edit's
    step not back within it is stopped, its fault (the window itself sets no limit)."""
    window.controller.step_timeout_s = step_timeout_s
    if isinstance(configs, list):
        window.show_config(configs[0])
    else:
        window.show_config(configs)
    window.controls.set_pace(None)
    if isinstance(configs, list):
        window.racing.start([config.variant for config in configs], configs[-1].dtype, keep_steps=keep_steps)
    else:
        window.start(keep_steps=keep_steps)
    if not overlay:
        window.views.loss_plot.clear_past_runs()  # the slide shows this run alone
    loop = QEventLoop()
    trainer = window.trainer
    assert trainer is not None, "the configurations given are validated: the window starts their run"
    trainer.finished.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    if trainer.isRunning():
        loop.exec()
    window.controller.stop()
    trainer.wait()
    for _ in range(3):  # let the last frame and the banner settle
        window.controller.request_frame()
        ensure_app().processEvents()
    return trainer.outcome or "timed out"


@contextmanager
def _platform(name: str) -> Iterator[None]:
    """Qt's platform while the application starts: after, the environment names no file now removed
    (a child process inherits it: ffmpeg's, a benchmark's)."""
    previous = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = name
    try:
        yield
    finally:
        if previous is None:
            del os.environ["QT_QPA_PLATFORM"]
        else:
            os.environ["QT_QPA_PLATFORM"] = previous


def _application_for(slide: Slide, projector: tuple[int, int] | None = None) -> QApplication:
    """Qt's application; started here on an offscreen screen as large as the slide, at its pixel ratio,
    and a ``projector`` screen beside it if asked for."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None and os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        # The screen in device pixels; Qt's scale factor makes its pixel ratio (the offscreen
        # platform's own "dpr" setting leaves windows at ratio 1)
        width, height = slide.window_size
        screen = {"name": "Slide", "x": 0, "y": 0, "width": max(width, 1920) * slide.scale,
                  "height": max(height, 1080) * slide.scale, "logicalDpi": 96, "logicalBaseDpi": 96}
        # Qt adds offscreen screens in the order of their names: the first, the window's, sorts first
        screens = [screen] + ([{**screen, "name": "Slide's projector", "x": screen["width"], "width": projector[0],
                                "height": projector[1]}] if projector else [])
        # read as the application starts; a signal waits until the folder is gone again
        with signals.deferred(), tempfile.TemporaryDirectory(prefix="descent-lab-") as folder:
            config = Path(folder) / "screen.json"
            config.write_text(json.dumps({"screens": screens}))
            os.environ["QT_SCALE_FACTOR"] = str(slide.scale)
            with _platform(f"offscreen:configfile={config}"):
                ensure_app()
    from app.gui.look import style_application

    app = ensure_app()
    style_application(app)
    return app

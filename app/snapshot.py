"""`python -m app snapshot`: run variants to the end in the real window, offscreen, and save it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from models import RunConfig

from .filesystem import FileError, write_file
from .render import ensure_app, widget_png

TIMEOUT_S = 600
SIZE = (1600, 960)


def snapshot_one(config: RunConfig, out: Path) -> int:
    return _snapshot([(config, out)])


def snapshot_all(configs: list[RunConfig], folder: Path) -> int:
    return _snapshot([(config, folder / f"{config.variant}.png") for config in configs])


def _snapshot(jobs: list[tuple[RunConfig, Path]]) -> int:
    app = ensure_app()
    from .look import style_application
    from .window import MainWindow

    style_application(app)
    window = MainWindow(remember=False)  # the first-start look, whatever this user changed
    window.resize(*SIZE)
    window.show()
    status = 0
    try:
        for config, out in jobs:
            outcome = _run_to_end(window, config)
            try:
                write_file(out, widget_png(window))
            except FileError as error:
                print(f"descent-lab: {error}", file=sys.stderr)
                status = 1
                continue
            print(f"{out}  ({config.variant}: {outcome})")
            if outcome.startswith("failed"):
                status = 1
    finally:
        window.close()
    return status


def _run_to_end(window, config: RunConfig) -> str:
    window.show_config(config)
    window.controls.set_pace(None)
    loop = QEventLoop()
    window.start()
    trainer = window.trainer
    trainer.finished.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    if trainer.isRunning():
        loop.exec()
    window.controller.stop()
    trainer.wait()
    for _ in range(3):  # let the last frame and the banner settle
        window.controller.request_frame()
        app = ensure_app()
        app.processEvents()
    return trainer.outcome or "timed out"

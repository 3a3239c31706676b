"""Opening the window: the application object, its icon and style, and a clean exit."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import resources
from app import language
from app.io import signals
from app.language import translate

from .collecting import collect_on_this_thread
from .look import style_application
from .settings import remembered_language


def create_application() -> QApplication:
    # Qt's raster engine hands each fill or image of 96 rows or more to a pool of threads, one a core, and waits
    # for them: on two cores, half of every repaint of a plot ran on the training thread's core, at 1% of a run's
    # steps at max pace (DynamicNet; README, Performance). Qt reads it once, at its first large fill.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Descent Lab")
    app.setOrganizationName("Descent Lab")
    app.setDesktopFileName("descent-lab")  # Wayland matches the window to its desktop entry by this
    icon = QIcon()
    for path in resources.icon_paths():
        icon.addFile(path)
    app.setWindowIcon(icon)
    language.install_into(app)
    style_application(app)
    collect_on_this_thread()
    return app


def launch(session: Path | None = None, screen: int | None = None, lang: str | None = None) -> int:
    """`python -m app`: the window, until it is closed; ``session``: a file to open in it first; ``screen``:
    the screen its plots go to, full screen (a projector), the controls staying in the window; ``lang``: its
    language (``--lang``), else the one the View menu last chose, else the system's.

    Ctrl+C or SIGTERM closes it as its close button does (the settings are kept), and the
    process ends with 130 or 143 (``interrupt``).
    """
    language.use(lang or remembered_language())
    if not _has_display():
        said = translate("Launch", "descent-lab: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                                   "unset). Run it on a desktop, or headless: python -m app run VARIANT")
        print(said, file=sys.stderr)
        return 1
    app = create_application()
    signals.wake_qt()
    from .window import MainWindow

    with signals.deferred():  # a signal quits the application, which closes the window
        window = MainWindow()
        app.aboutToQuit.connect(window.close)
        if os.environ.get("DESCENT_LAB_STARTUP_PROBE"):
            probe = _FirstFrameProbe(app)
            window.installEventFilter(probe)
        window.show()
        if session is not None:
            window.files.open_session(session)  # a bad file is explained in the window's banner
        if screen is not None:
            window.presenting.show_on_screen(screen)  # one that is not there is told in the status bar
        signals.check()  # a signal that came before the event loop: exec would forget its exit
        status = app.exec()
    return leave(status)


def leave(code: int) -> int:
    """End the process now that the window has closed.

    Closing has already stopped the run, saved the settings and synced every
    file written. What remains is Python tearing down torch's thousand modules:
    a second or more (measured here: 1.3 s) that serves nothing, so it is skipped.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _has_display() -> bool:
    """On Linux desktops Qt needs an X or Wayland server; without one it aborts the process."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform and not platform.startswith(("xcb", "wayland")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _FirstFrameProbe(QObject):
    """For the start-up benchmark: print the wall clock once the window has painted, then quit."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, self._report)  # after this paint has finished
        return False

    def _report(self) -> None:
        print(f"first-frame {time.time():.6f}", flush=True)
        QApplication.quit()

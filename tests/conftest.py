"""Shared fixtures: Qt offscreen, settings in a temporary folder, no QThread left running."""

import os
import weakref
from pathlib import Path

# Headless, on a 1920x1080 screen (the offscreen platform's own is 800x600, smaller than
# the window, and Qt would shrink a restored window to fit it), with a 1024x768 projector
# beside it for the presenter view.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).parent / 'offscreen-screen.json'}"

# The suite reads the app's English: a machine's own language (LANGUAGE, LC_ALL, LANG) would change what the
# window and the command line say (tests/app/test_language.py sets its own)
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QThread  # noqa: E402


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """The window remembers things through QSettings: never in the user's own file."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def no_dangling_qthreads(monkeypatch):
    """Fail a test that leaves a QThread running (napari's guard, in spirit).

    Held weakly: the guard must not keep finished threads, and all they hold, alive.
    """
    started = weakref.WeakSet()
    original_start = QThread.start

    def start(self, *args):
        started.add(self)
        return original_start(self, *args)

    monkeypatch.setattr(QThread, "start", start)
    yield
    running = [thread for thread in list(started) if _running(thread)]
    for thread in running:
        thread.requestInterruption()
        if hasattr(thread, "stop"):
            thread.stop()
        thread.wait(5000)
    assert not running, f"{len(running)} QThread(s) still running after the test"


def _running(thread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # its C++ object is gone, so it is not running
        return False

"""The window shows before torch has loaded: torch, a second or more to import, loads on a thread of its own."""

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# A fresh interpreter (this one has torch already): which thread first imports torch, and whether the window
# had been made by then (the loader starts as it shows).
FIRST_IMPORTER = textwrap.dedent("""
    import os, sys, threading
    importers, made = [], []

    def audit(event, args):
        if event == "import" and args[0] == "torch" and not importers:
            importers.append((threading.current_thread().name, bool(made)))

    sys.addaudithook(audit)
    from app.gui.launch import create_application
    app = create_application()
    from app.gui.window import MainWindow
    window = MainWindow(remember=False)
    made.append(True)
    window.show()
    app.processEvents()
    window.controller.trainer_class()  # waits for torch to have loaded
    print(repr(importers[0]), flush=True)
    os._exit(0)  # as the app leaves (app.gui.launch.leave): tearing down torch's modules serves nothing
""")


@pytest.mark.process
def test_torch_loads_on_its_own_thread_once_the_window_is_made():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_IMPORTER], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    thread, window_was_made = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert thread != "MainThread" and window_was_made


# A fresh interpreter: the threads it has once a painter has filled an image far larger than any fill Qt keeps
# on the calling thread (96 rows), after the application was made by MAKE.
PAINTING_THREADS = textwrap.dedent("""
    import os
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication
    from app.gui.launch import create_application
    app = MAKE
    image = QImage(800, 800, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    for _ in range(20):
        painter.fillRect(0, 0, 800, 800, QColor(10, 20, 30, 128))
    painter.end()
    print(sorted(open(f"/proc/self/task/{task}/comm").read().strip() for task in os.listdir("/proc/self/task")))
    os._exit(0)
""")


@pytest.mark.process
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads are listed from /proc (Linux)")
@pytest.mark.parametrize("make, pooled", [("create_application()", False), ("QApplication([])", True)])
def test_painting_stays_on_the_window_s_thread(make, pooled):
    """Qt's pool of painting threads ran half of every large fill on the training thread's core (two cores): the
    app's application turns it off. A bare QApplication shows the pool this looks for."""
    env = {key: value for key, value in os.environ.items() if key != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", PAINTING_THREADS.replace("MAKE", make)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    threads = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert any("pooled" in name for name in threads) == pooled, threads

"""Python's cyclic garbage is collected on the window's thread: a widget in a cycle is never destroyed on another."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# A fresh interpreter (automatic collection is off for good once the application is made): a widget left in a
# cycle while a thread allocates as training does, and the thread its wrapper is freed on (the widget with it).
CYCLE_FREED = textwrap.dedent("""
    import os, threading, time, weakref
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget
    from app.gui.launch import create_application

    app = create_application()
    freed_on = []
    widget = QWidget()
    widget.itself = widget  # a cycle: only a collection frees it
    weakref.finalize(widget, lambda: freed_on.append(threading.current_thread().name))
    del widget

    def train():  # containers by the thousand, kept: Python's counts pass their thresholds on this thread
        kept = []
        for _ in range(200):
            kept.append([[] for _ in range(1_000)])
            time.sleep(0.005)

    threading.Thread(target=train, name="training").start()
    until = time.monotonic() + 20
    while not freed_on and time.monotonic() < until:
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    print(freed_on, flush=True)
    os._exit(0)
""")


# A student's code turns automatic collection on again, on the training thread; the window's thread looks a
# few times.
TURNED_ON = textwrap.dedent("""
    import gc, os, threading
    from PySide6.QtCore import QEventLoop, QTimer
    from app.gui.collecting import CHECK_S
    from app.gui.launch import create_application

    app = create_application()
    threading.Thread(target=gc.enable, name="training").start()
    loop = QEventLoop()
    QTimer.singleShot(int(CHECK_S * 3000), loop.quit)
    loop.exec()
    print(gc.isenabled(), flush=True)
    os._exit(0)
""")


# A run computing holds COMPUTING while it makes containers as a step makes tensors: a widget left in a cycle
# meanwhile is freed once it lets go, not before (the names of the threads it was freed on, during and after).
CYCLE_WAITS = textwrap.dedent("""
    import os, threading, time, weakref
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget
    from app.gui.collecting import CHECK_S
    from app.gui.launch import create_application
    from app.run.computing import COMPUTING

    app = create_application()
    freed_on, kept, holding, done = [], [], threading.Event(), threading.Event()

    def spin(seconds):
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def compute():
        with COMPUTING:
            kept.extend([[] for _ in range(1_000)] for _ in range(50))  # kept: Python's counts stay past its threshold
            holding.set()
            done.wait()

    threading.Thread(target=compute, name="training").start()
    holding.wait()
    widget = QWidget()
    widget.itself = widget
    weakref.finalize(widget, lambda: freed_on.append(threading.current_thread().name))
    del widget
    spin(CHECK_S * 4)
    during = list(freed_on)
    done.set()
    until = time.monotonic() + 20
    while not freed_on and time.monotonic() < until:
        spin(0.05)
    print(during, freed_on, flush=True)
    os._exit(0)
""")


def _last_line(script: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.process
def test_a_widget_left_in_a_cycle_is_freed_on_the_windows_thread():
    assert _last_line(CYCLE_FREED) == "['MainThread']"


@pytest.mark.process
def test_collection_turned_on_again_by_a_students_code_is_turned_off():
    assert _last_line(TURNED_ON) == "False"


@pytest.mark.process
def test_no_collection_while_a_thread_computes():
    assert _last_line(CYCLE_WAITS) == "[] ['MainThread']"

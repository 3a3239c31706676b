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

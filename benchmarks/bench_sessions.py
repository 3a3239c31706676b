"""Opening the largest sessions the app accepts: the longest the GUI thread is held at a time.

Edits are kept up to 128 KB, 4,000 lines and 1,000 characters a line per
variant (app/session.py). Each session here holds edits at those bounds, in
shapes that cost most somewhere: a variant's module repeated (real code), the
most lines, the longest lines (each one Qt lays out whole) and every variant
edited (the largest file, near 1 MB); a session of the notebook's module with
one line changed is the baseline, what opening any session costs.

Each is opened through File, Open session, shown in the editor, then in the
read-only panel, then typed into; a zero timer notes each turn of the event
loop, and the longest gap between two turns is the figure, in wall-clock time
and in the GUI thread's own CPU time. On a machine shared with other work the
wall clock also counts the time other processes had the CPU; the CPU time is
what the same turn takes on a machine of this speed with nothing else to do,
and it is what the budget judges.
"""

from __future__ import annotations

import json
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from .bench_gui import _options, _record, _verdict, bench_window, dispose, qt_app
from .common import table

BUDGET_MS = 100.0  # the longest the window may be held at a time


def sessions(size: int) -> dict[str, str]:
    """Each shape's session file: its edits ``size`` bytes of UTF-8 at most, and the file within 1 MB."""
    from app.io.sessions import KIND, MAX_BYTES, MAX_CODE_LINES, MAX_LINE_CHARS, VERSION
    from models import VARIANTS

    def module(variant: str, size: int) -> str:
        base = VARIANTS[variant].full_source()
        lines = (base * (size // len(base) + 1))[:size].splitlines(keepends=True)
        return "".join(lines[:MAX_CODE_LINES])

    def session(code: dict[str, str]) -> str:
        return json.dumps({"kind": KIND, "version": VERSION, "config": {"variant": "custom"}, "code": code})

    every = size
    while len(session({variant: module(variant, every) for variant in VARIANTS})) > MAX_BYTES:
        every -= 1024  # as much of each as a session file holds
    long_line = "# " + "x" * (MAX_LINE_CHARS - 2) + "\n"
    return {
        "one changed line": session({"custom": VARIANTS["custom"].full_source().replace("clamp(min=0)", "relu()")}),
        "module repeated": session({"custom": module("custom", size)}),
        "the most lines": session({"custom": "x = 1\n" * min(MAX_CODE_LINES, size // 6)}),
        "the longest lines": session({"custom": long_line * (size // len(long_line))}),
        "every variant": session({variant: module(variant, every) for variant in VARIANTS}),
    }


def open_and_show(window, path: Path) -> dict[str, float]:
    """For each phase, run to its end: the longest gap between turns of the event loop (ms), by the wall
    clock and in the GUI thread's CPU time, and how long the phase took (s)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    app, editing, views = qt_app(), window.editing, window.views
    ticks: list[tuple[float, float]] = []
    heartbeat = QTimer(interval=0)
    heartbeat.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))

    def settled() -> bool:
        return not (editing.editor.busy or views.code_view.busy)

    def phase(act) -> tuple[float, float, float]:
        ticks.clear()
        heartbeat.start()
        app.processEvents()
        started = time.perf_counter()
        QTimer.singleShot(0, act)
        app.processEvents()
        while not (settled() and time.perf_counter() - started > 0.3):  # past the 150 ms of a typing burst
            app.processEvents()
        heartbeat.stop()
        wall = max(b[0] - a[0] for a, b in pairwise(ticks))
        cpu = max(b[1] - a[1] for a, b in pairwise(ticks))
        return wall * 1000, cpu * 1000, time.perf_counter() - started

    def type_a_line() -> None:
        editor = editing.editor
        editor.go_to_line(editor.text_edit.document().blockCount())
        QTest.keyClicks(editor.text_edit, "y = 1")

    figures, opened = {}, []
    for name, act in (("open", lambda: opened.append(window.files.open_session(path))),
                      ("panel", lambda: editing.edit_button.setChecked(False)),
                      ("editor", lambda: editing.edit_button.setChecked(True)),
                      ("typing", type_a_line)):
        figures[f"{name}_gap_ms"], figures[f"{name}_cpu_ms"], figures[f"{name}_s"] = phase(act)
    assert opened == [True], f"the session did not open: {views.banner.message}"
    return figures


def large_session(argv: list[str] | None = None) -> dict:
    """The longest wait between turns of the event loop while the largest sessions open and show."""
    from app.io.sessions import MAX_CODE_BYTES

    args = _options(argv, repeats=3)
    qt_app()
    size = MAX_CODE_BYTES // 16 if args.tiny else MAX_CODE_BYTES
    repeats = 1 if args.tiny else args.repeats
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for shape, text in sessions(size).items():
            path = Path(folder) / "large.json"
            path.write_text(text)
            runs = []
            for _ in range(repeats):
                window = bench_window()
                runs.append(open_and_show(window, path))
                dispose(window)
            worst = {key: max(run[key] for run in runs) for key in runs[0]}
            figures[shape] = {"file_kb": path.stat().st_size / 1024, **worst}
    print(f"Opening sessions of edits up to {size // 1024} KB, worst of {repeats} runs: the longest the GUI "
          "thread was held (ms of its CPU time / of the wall clock), and seconds until opened and coloured")
    phases = ("open", "panel", "editor", "typing")
    rows = []
    for shape, f in figures.items():
        cpu = max(f[f"{phase}_cpu_ms"] for phase in phases)
        rows.append([shape, f["file_kb"], *(f"{f[f'{p}_cpu_ms']:.0f} / {f[f'{p}_gap_ms']:.0f}" for p in phases),
                     f["open_s"], BUDGET_MS, _verdict(cpu <= BUDGET_MS)])
    print(table(["session", "file KB", *phases, "open s", "budget", "verdict"], rows))
    _record("large-session", args, figures)
    return figures

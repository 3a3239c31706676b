"""Ctrl+C to the process's end: how long `run`, `snapshot` and `record` take to end once the
signal comes, in the phase each is in. `python -m benchmarks interrupt`.

Each measurement starts the command as a process, waits for its phase (a printed line, the
training thread, ffmpeg encoding), sends SIGINT and times the process until it has ended.
Budget: within a second (README, What you can rely on).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bench_gui import _child_env, _options, _record, _verdict
from .common import stats, table

BUDGET_S = 1.0
LONG = ["--steps", "10000000"]
PHASES = {  # the command, and what says it is in the phase
    "run, training": (["run", "tensors", *LONG, "--every", "1000"], "a printed line"),
    "snapshot, training": (["snapshot", "tensors", *LONG, "--out", "slide.png"], "the training thread"),
    "record, training": (["record", "tensors", *LONG, "--fps", "1", "--seconds", "2", "--out", "run.gif"],
                         "the training thread"),
    "record MP4, encoding": (["record", "dynamic", "--steps", "100", "--fps", "30", "--seconds", "60",
                              "--size", "640x360", "--out", "run.mp4"], "ffmpeg"),
}


def interrupt(argv: list[str] | None = None) -> dict:
    args = _options(argv, repeats=5)
    phases = {"run, training": PHASES["run, training"]} if args.tiny else PHASES
    figures = {name: stats([_seconds_to_end(*phase) for _ in range(1 if args.tiny else args.repeats)])
               for name, phase in phases.items()}
    print(table(["SIGINT in", "median s", "max s", "budget", ""],
                [[name, f["median"], f["max"], BUDGET_S, _verdict(f["max"] <= BUDGET_S)]
                 for name, f in figures.items()]))
    _record("interrupt", args, {**figures, "budget_s": BUDGET_S})
    return figures


def _seconds_to_end(argv: list[str], marker: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        process = subprocess.Popen([sys.executable, "-m", "app", *argv], cwd=folder, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=_child_env(QT_QPA_PLATFORM="offscreen"))
        try:
            _wait_for(marker, process)
            sent = time.perf_counter()
            process.send_signal(signal.SIGINT)
            process.wait()
            ended = time.perf_counter() - sent
            assert process.stderr is not None  # started with stderr=PIPE
            err = process.stderr.read()
        finally:
            if process.poll() is None:
                process.kill()
            process.communicate()
        left = os.listdir(folder)
        if process.returncode != 130 or err != "descent-lab: interrupted\n" or left:
            raise RuntimeError(f"{argv[0]} did not end cleanly: {process.returncode}, {err[-500:]!r}, left {left}")
    return ended


def _wait_for(marker: str, process: subprocess.Popen) -> None:
    if marker == "a printed line":
        assert process.stdout is not None  # started with stdout=PIPE
        process.stdout.readline()
        return
    while not _in_phase(marker, process.pid):
        if process.poll() is not None:
            raise RuntimeError(f"ended before {marker}: {process.communicate()}")
        time.sleep(0.01)


def _in_phase(marker: str, pid: int) -> bool:
    if marker == "ffmpeg":
        import psutil

        try:
            return any("libx264" in child.cmdline() for child in psutil.Process(pid).children(recursive=True))
        except psutil.Error:
            return False
    names = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            names.append((task / "comm").read_text().strip())
        except OSError:
            pass
    return "Trainer" in names  # the training thread, a QThread named by its class

"""The window's figures: GUI overhead and responsiveness, frame cost, long runs, start-up, pacing.

Each figure is measured in this process against its baseline, interleaved and
repeated, because these machines are noisy; absolute times are reported, the
budgets judge ratios and margins. `python -m benchmarks NAME [--tiny]`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from models.config import device_for

from .common import device_option, record, record_name, stats, table

if TYPE_CHECKING:
    from app.run.trainer import Trainer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

BUDGETS = {
    "overhead_ratio": 0.95,  # windowed steps/s over headless, at least: the median of paired slices
    "overhead_ratio_low": 0.90,  # and the lower end of its 95% interval
    "lateness_p99_ms": 50.0,
    "lateness_max_ms": 200.0,
    "frame_notebook_ms": 10.0,
    "frame_large_ms": 20.0,
    "long_run_rss_mb": 50.0,
    "startup_over_floor_s": 0.3,
    "pacing_rate_error": 0.03,
    "pacing_lateness_ms": 20.0,
    "close_s": 2.0,  # closing the window during a run, to the process's exit
}


def qt_app():
    """The application, styled as the app styles it (one per process)."""
    from PySide6.QtWidgets import QApplication

    from app.gui.launch import create_application

    return QApplication.instance() or create_application()


def bench_window():
    """A first-start window at 1600x960, shown, with torch loaded before anything is timed."""
    from app.gui.window import MainWindow

    app = qt_app()
    window = MainWindow(remember=False)
    window.resize(1600, 960)
    window.show()
    app.processEvents()
    window.controller.trainer_class()  # torch loaded before anything is timed
    return window


def dispose(window) -> None:
    """Close a benchmark's window and free it now, so the next benchmark starts from a process with no window.

    A closed window is not freed: PySide's connections hold it from C++, and it idles on with its timers.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# GUI overhead and responsiveness


SETTLE_S = 0.5  # a run's first moments draw data and build views: neither side is timed then
PROBE_SHARE = 0.2  # slices measuring a timer's lateness, per pair of slices measuring the rates


def _spin(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def _steps_done(trainer) -> int:
    step = trainer.lanes[0].step
    return 0 if step is None else step.t + 1


ALLOWED_CORES = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


def _two_cores() -> tuple[int | None, int | None]:
    """A core for training, on both sides of the comparison, and another for the GUI thread (Linux).

    This machine's two virtual CPUs differ in speed by up to 15%, and which is the
    faster changes within minutes (measured: the same loop pinned to each in turn).
    Left to the scheduler, the training thread and the GUI thread settle on
    different ones, and a comparison of the two sides would measure the CPUs.
    (The engine's comparison runs on one thread and is left unpinned: pinned, it
    cannot leave a core a neighbour slows, and its intervals widened, in one run.)
    """
    return (ALLOWED_CORES[-1], ALLOWED_CORES[0]) if len(ALLOWED_CORES) > 1 else (None, None)


def _pin(thread_id: int | None, core: int | None) -> None:
    """Run a thread (0: the calling one) on ``core`` alone, or on all it was allowed when None."""
    if thread_id is not None and ALLOWED_CORES:
        os.sched_setaffinity(thread_id, ALLOWED_CORES if core is None else {core})


def _thread_id(name: str) -> int | None:
    """The native id of this process's thread called ``name`` (Linux), else None.

    Qt names a QThread's native thread after its class, so the trainer's is "Trainer".
    """
    for comm in Path("/proc/self/task").glob("*/comm"):
        if comm.read_text().strip() == name:
            return int(comm.parent.name)
    return None


def _thread_cpu_s(tid: int) -> float:
    fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def as_it_is(trainer: Trainer) -> None:
    """The window's run undrawn as it runs drawn: nothing to set up."""


def _paired_rates(window, variant: str, seconds: float, pairs: int, device: str = "cpu",
                  sides: dict[str, Callable[[Trainer], None]] | None = None,
                  undrawn: Callable[[Trainer], None] | None = None) -> dict:
    """Steps/s of one max-pace run in the window against the same generator headless, in turns.

    ``sides``: the window's sides to measure, each set up (by a call given the run) before its
    slices, the run paused; by default one, "window", as it is. Their rates and their ratios to
    the headless slice of the same round (``ratios_of``) come back by name.

    The machine's speed drifts by up to a third within seconds, so the two sides
    take turns in short slices of one run each: the window's run is paused while
    the headless generator runs on the GUI thread, which then draws nothing. Each
    pair of neighbouring slices gives one ratio. Both sides compute on the same
    core (see ``_two_cores``), and the GUI thread draws on the other. The share
    of the window's slices the training thread spent computing is recorded too:
    below 1 it waited, for the GIL or a core. A 10 ms timer's lateness (ms) is
    measured in windowed slices of its own after the pairs (``PROBE_SHARE`` as
    many), not counted in the rates: the timer's Python, run 100 times a second,
    takes the GIL from the training thread more often than all the window's
    painting (74 times a second, DynamicNet), and was counted as the window's
    cost. Headless, the losses are kept as the trainer keeps
    them: read at once on the CPU; on a GPU they stay on their device and are
    fetched once a slice, as the trainer fetches them once a frame, so neither
    side waits every step.

    ``undrawn``, where given, sets up slices of the window's own run with the window drawing nothing (its frame
    timer stopped, its thread asleep), which take their turns too; each side's ratio to them comes back
    (``over_undrawn``): the window's cost alone. The ratio to the headless generator also holds the two runs'
    luck, where each one's memory lies: two headless generators of tensors, on one core in turns, read 0.980 to
    1.027 of each other in four processes; one on a worker thread against one on the main thread, 0.972 to 1.043
    (one at 1.043, its interval 1.036 to 1.053).
    """
    from PySide6.QtCore import QTimer

    from app.run.handoff import kept_loss
    from models import steps, training_context, window_threads

    window.reset()
    window.menu_actions["clear_runs"].trigger()
    window.shown.choose_variant(variant)
    window.controls.set_values({"steps": 10**7, "device": device_for(variant, device)})
    window.controls.set_pace(None)
    window.start()
    trainer = window.trainer
    lateness, last = [], [0.0]
    busy: dict[bool, list[float]] = {True: [], False: []}  # drawn or not
    compute_core, gui_core = _two_cores()
    frames = window.controller.frame_timer

    def tick():
        now = time.perf_counter()
        lateness.append((now - last[0] - 0.010) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def windowed(span: float, probe: bool = False, drawn: bool = True) -> float:
        _pin(0, gui_core)
        if not drawn:
            frames.stop()
        window.controller.resume()
        worker = _thread_id("Trainer")
        _pin(worker, compute_core)
        count, started = _steps_done(trainer), time.perf_counter()
        cpu = _thread_cpu_s(worker) if worker else None
        last[0] = started
        if probe:
            timer.start()
        (_spin if drawn else time.sleep)(span)  # asleep, the window's thread runs no event and no Python
        timer.stop()
        elapsed = time.perf_counter() - started
        if worker and cpu is not None and not probe:  # cpu is measured only where the worker was found
            busy[drawn].append((_thread_cpu_s(worker) - cpu) / elapsed)
        rate = (_steps_done(trainer) - count) / elapsed
        window.controller.pause()
        frames.start()
        return rate

    def headless(span: float) -> float:
        _pin(0, compute_core)
        losses, started = [], time.perf_counter()
        while time.perf_counter() - started < span:
            losses.append(kept_loss(next(generator).loss))
        _fetch(losses)
        return len(losses) / (time.perf_counter() - started)

    try:
        with training_context(window_threads(trainer.config)):
            generator = steps(trainer.config)
            windowed(SETTLE_S)
            headless(SETTLE_S)
            lateness.clear()
            busy[True].clear()
            busy[False].clear()
            setups = sides or {"window": as_it_is}
            baselines = {"headless": headless, **({"undrawn": lambda span: windowed(span, drawn=False)}
                                                  if undrawn else {})}
            prepare = {**setups, **({"undrawn": undrawn} if undrawn else {})}
            rates = {**{side: [] for side in baselines}, **{side: [] for side in setups}}
            order = list(rates)
            for pair in range(pairs):
                for side in order if pair % 2 == 0 else order[::-1]:
                    if side in prepare:
                        prepare[side](trainer)
                    rates[side].append(baselines.get(side, windowed)(seconds))
            for _ in range(math.ceil(pairs * PROBE_SHARE)):
                windowed(seconds, probe=True)
            generator.close()
    finally:
        _pin(0, None)
    window.controller.stop()
    trainer.wait()
    qt_app().processEvents()
    def over(baseline: str) -> dict[str, list[float]]:
        return {side: [w / b for w, b in zip(rates[side], rates[baseline])] for side in setups}

    ratios_of = over("headless")
    return {**rates, "ratios": ratios_of.get("window", []), "ratios_of": ratios_of,
            "over_undrawn": over("undrawn") if undrawn else {}, "lateness": lateness, "busy": busy[True],
            "busy_undrawn": busy[False]}


def _fetch(losses: list) -> np.ndarray:
    """Losses to the host in one copy (tensors on any device, or numpy floats)."""
    import torch

    if losses and isinstance(losses[0], torch.Tensor):
        return torch.stack(losses).cpu().numpy()
    return np.asarray(losses)


def overhead(argv: list[str] | None = None) -> dict:
    """Steps/s with the window shown and redrawing against the same run with the window drawing nothing, the
    budget's ratio; and against the same generator headless, which also holds the two runs' luck
    (``_paired_rates``)."""
    from models import VARIANTS

    args = _options(argv, seconds=0.5, repeats=30)
    variants = ["autograd"] if args.tiny else list(VARIANTS)  # tiny: losses that carry a graph
    seconds, pairs = (0.3, 1) if args.tiny else (args.seconds, args.repeats)
    window = bench_window()
    _paired_rates(window, variants[0], 0.3, 1, args.device)  # warm up the window's first frames
    figures = {}
    for variant in variants:
        measured = _paired_rates(window, variant, seconds, pairs, args.device, undrawn=as_it_is)
        lateness = sorted(measured["lateness"])
        figures[variant] = {
            "device": device_for(variant, args.device),
            "headless": stats(measured["headless"]),
            "undrawn": stats(measured["undrawn"]),
            "window": stats(measured["window"]),
            "ratio": stats(measured["over_undrawn"]["window"]),
            "over_headless": stats(measured["ratios"]),
            "trainer_busy": stats(measured["busy"]) if measured["busy"] else None,
            "trainer_busy_undrawn": stats(measured["busy_undrawn"]) if measured["busy_undrawn"] else None,
            "lateness_ms": {"p99": lateness[int(0.99 * (len(lateness) - 1))], "max": lateness[-1],
                            "median": statistics.median(lateness), "n": len(lateness)},
        }
    dispose(window)
    rows = [
        [name, f["device"], f["headless"]["median"], f["undrawn"]["median"], f["window"]["median"],
         f["ratio"]["median"], "{:.2f}-{:.2f}".format(*f["ratio"]["median_ci95"]),
         _median_and_interval(f["over_headless"]),
         *(f[busy]["median"] if f[busy] else "n/a" for busy in ("trainer_busy_undrawn", "trainer_busy")),
         f["lateness_ms"]["p99"], f["lateness_ms"]["max"],
         _verdict(f["ratio"]["median"] >= BUDGETS["overhead_ratio"]
                  and f["ratio"]["median_ci95"][0] >= BUDGETS["overhead_ratio_low"]
                  and f["lateness_ms"]["p99"] <= BUDGETS["lateness_p99_ms"]
                  and f["lateness_ms"]["max"] <= BUDGETS["lateness_max_ms"])]
        for name, f in figures.items()
    ]
    print(f"GUI overhead at max pace (steps/s, median of {pairs} paired slices of {seconds:g} s) "
          "and a 10 ms timer's lateness (ms, in slices of its own at max pace)")
    print(table(["variant", "device", "headless", "undrawn", "window", "ratio", "95% CI", "over headless", "busy u.",
                 "busy w.", "late p99", "late max",
                 f">= {BUDGETS['overhead_ratio']} (CI >= {BUDGETS['overhead_ratio_low']}), <= 50/200 ms"], rows))
    print("undrawn: the window's own run, the window drawing nothing; ratio: window over undrawn, the median of the "
          "pairs' ratios; 95% CI: where the true median lies, from the pairs' order; over headless: window over "
          "another generator of the variant, headless (its 95% CI after it)")
    print("busy u., busy w.: the share of the undrawn and the window's slices the training thread spent computing "
          "(1 = it never waited, for the GIL or for its CPU)")
    _record("overhead", args, figures)
    return figures


# The stage and the presenter view


def offer_second_screen() -> None:
    """Before the application is made: an offscreen one gets a 1024x768 projector beside a 1920x1080 screen,
    for the stage benchmark's plots to be shown away on (Qt reads its screens once, as it starts)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        screens = [{"name": "A laptop", "x": 0, "y": 0, "width": 1920, "height": 1080},
                   {"name": "B projector", "x": 1920, "y": 0, "width": 1024, "height": 768}]
        config = Path(tempfile.mkdtemp(prefix="descent-lab-bench-")) / "screens.json"
        config.write_text(json.dumps({"screens": screens}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


PLACES = ("desk", "stage", "away")


def _place(window, where: str) -> bool:
    """The plots at the desk, on presentation mode's stage, or away on the second screen (False: none)."""
    window.stage.bring_home()
    window.look.choose("dark", where == "stage")
    window.presenting.apply_look()
    if where == "away":
        from PySide6.QtGui import QGuiApplication

        if len(QGuiApplication.screens()) < 2:
            return False
        window.presenting.toggle_second_screen()
    qt_app().processEvents()
    return True


def stage(argv: list[str] | None = None) -> dict:
    """GUI overhead at max pace with the plots at the desk, on the stage and away, in turns in one window
    at 1024x768: the stage moves the views the painter draws into, and must cost a run nothing more. As many pairs
    of slices as ``overhead`` measures, for the same budget: with 8, the interval's lower end fell under 0.90 by the
    machine's noise alone, at medians of 0.96 to 0.99.

    Each round, each place comes first in turn. The first run of a variant after the other's, with its plots just
    moved, ran slower than the two after it (medians 0.932 against 0.945 and 0.947, tensors, 18 pairs each), and
    the desk, always first, read 2% under the others; in one run, alternating, the desk and away read alike (0.967
    and 0.973, DynamicNet, 30 pairs)."""
    args = _options(argv, seconds=0.5, repeats=30)
    variants = ["dynamic"] if args.tiny else ["tensors", "dynamic"]
    seconds, pairs, rounds = (0.3, 1, 1) if args.tiny else (args.seconds, 2, max(1, args.repeats // 2))
    offer_second_screen()
    window = bench_window()
    window.resize(1024, 768)
    _paired_rates(window, variants[0], 0.3, 1, args.device)  # warm up the window's first frames
    ratios: dict[str, dict[str, list[float]]] = {variant: {} for variant in variants}
    over_headless: dict[str, dict[str, list[float]]] = {variant: {} for variant in variants}
    for round_ in range(rounds):
        for variant in variants:
            for where in PLACES[round_ % 3 :] + PLACES[: round_ % 3]:  # each first in turn: see ``stage``
                if _place(window, where):
                    measured = _paired_rates(window, variant, seconds, pairs, args.device, undrawn=as_it_is)
                    ratios[variant].setdefault(where, []).extend(measured["over_undrawn"]["window"])
                    over_headless[variant].setdefault(where, []).extend(measured["ratios"])
    _place(window, "desk")
    dispose(window)
    figures = {variant: {where: stats(values) for where, values in places.items()}
               for variant, places in ratios.items()}
    apart = {variant: {where: stats(values) for where, values in places.items()}
             for variant, places in over_headless.items()}
    budget, low = BUDGETS["overhead_ratio"], BUDGETS["overhead_ratio_low"]
    rows = [[variant, *(_median_and_low(places[where]) if where in places else "n/a"
                        for where in PLACES),
             _verdict(all(f["median"] >= budget and f["median_ci95"][0] >= low for f in places.values()))]
            for variant, places in figures.items()]
    print(f"GUI overhead at max pace, window over undrawn steps/s (median of {rounds * pairs} paired slices of "
          f"{seconds:g} s; the lower end of its 95% CI after it), the plots at the desk, on the stage and away on a "
          f"second screen")
    print(table(["variant", *PLACES, f">= {budget} (CI >= {low})"], rows))
    print("undrawn: the window's own run, the window drawing nothing. Over another generator, headless:")
    print(table(["variant", *PLACES], [[variant, *(_median_and_low(places[where]) if where in places else "n/a"
                                                    for where in PLACES)] for variant, places in apart.items()]))
    _record("stage", args, {variant: {**places, "over_headless": apart[variant]}
                            for variant, places in figures.items()})
    return figures


def _median_and_interval(figure: dict) -> str:
    return "{:.3f} ({:.2f}-{:.2f})".format(figure["median"], *figure["median_ci95"])


def _median_and_low(figure: dict) -> str:
    return f"{figure['median']:.3f} ({figure['median_ci95'][0]:.2f})"


# Frame cost


def frame_cost(argv: list[str] | None = None) -> dict:
    """One frame of every view: a million-step loss curve, both heatmaps and the depth trace."""
    args = _options(argv)
    cases = {"notebook": dict(N=64, D_in=1000, H=100, D_out=10),
             "large": dict(N=64, D_in=8192, H=4096, D_out=10)}
    history_steps = 10**4 if args.tiny else 10**6
    if args.tiny:
        cases = {"notebook": dict(N=4, D_in=20, H=10, D_out=3)}
    window = bench_window()
    figures = {name: _frame_case(window, sizes, history_steps, frames=10 if args.tiny else 60, device=args.device)
               for name, sizes in cases.items()}
    dispose(window)
    budget = {"notebook": BUDGETS["frame_notebook_ms"], "large": BUDGETS["frame_large_ms"]}
    rows = [[name, history_steps, f["loss_frame_ms"]["median"], f["full_frame_ms"]["median"],
             f["full_frame_ms"]["max"], f["worker_snapshot_ms"]["median"], f["described_ms"]["median"],
             budget[name], _verdict(f["full_frame_ms"]["median"] <= budget[name])] for name, f in figures.items()]
    print("Frame cost in ms (median; a full frame redraws the loss, both heatmaps and the depth trace; "
          f"the worker copies weights from {args.device}; the plots are described in words once a second)")
    print(table(["sizes", "steps shown", "loss frame", "full frame", "full max", "worker copy", "described",
                 "budget", "verdict"], rows))
    _record("frame", args, figures)
    return figures


def _frame_case(window, sizes: dict, history_steps: int, frames: int, device: str = "cpu") -> dict:
    import torch

    from app.run.handoff import Snapshot
    from app.run.trainer import Trainer
    from models import RunConfig, Step

    config = RunConfig.for_variant("dynamic", steps=history_steps + 100 * frames, **sizes)
    window.reset()
    window.shown.choose_variant("dynamic")
    window.controls.set_values({"steps": config.steps, **sizes})
    qt_app().processEvents()
    trainer = Trainer(config, max_pixels=window.views.heatmap_pixels())
    rng = np.random.default_rng(0)
    trainer.history.extend(np.logspace(3, -1, history_steps) * rng.uniform(0.5, 2, history_steps),
                           list(rng.integers(0, 4, history_steps)))
    D_in, H, D_out = sizes["D_in"], sizes["H"], sizes["D_out"]
    weights = {name: torch.randn(*shape, device=device) for name, shape in
               (("input_linear", (D_in, H)), ("middle_linear", (H, H)), ("output_linear", (H, D_out)))}
    step = Step(0, torch.tensor(1.0), weights, {name: w * 0.01 for name, w in weights.items()})
    worker = []

    def new_snapshot(t: int) -> Snapshot:
        started = time.perf_counter()
        trainer.copy_snapshot(step)  # what the worker does, to the heatmaps' pixels
        trainer.land_snapshot(wait=True)
        worker.append((time.perf_counter() - started) * 1000)
        snapshot = trainer.snapshot
        assert snapshot is not None  # the copy just started has landed: it was waited for
        return snapshot

    trainer.first_snapshot = new_snapshot(0)
    window.controller.show(trainer)
    loss_frames, full_frames = [], []
    app = qt_app()
    app.processEvents()
    for frame in range(frames):
        losses = np.logspace(-1, -1.001, 33) * rng.uniform(0.5, 2, 33)
        trainer.history.extend(losses, list(rng.integers(0, 4, 33)))  # 1,000 steps/s at 30 frames/s
        full = frame % 3 == 2
        if full:
            trainer.snapshot = new_snapshot(frame)
        started = time.perf_counter()
        window.controller.request_frame(complete=full)
        app.processEvents()  # paints what the frame changed, as the event loop would
        (full_frames if full else loss_frames).append((time.perf_counter() - started) * 1000)
    described = []
    for _ in range(max(frames // 3, 3)):  # the plots in words, as a screen reader gets them once a second
        started = time.perf_counter()
        window.accessibility.describe()
        described.append((time.perf_counter() - started) * 1000)
    window.controller.reset()
    return {"loss_frame_ms": stats(loss_frames), "full_frame_ms": stats(full_frames),
            "worker_snapshot_ms": stats(worker), "described_ms": stats(described), "sizes": sizes,
            "steps_shown": history_steps}


# Long runs


LONG_RUN = """
import dataclasses, json, sys, time
from app.run.allocator import keep_freed_memory
keep_freed_memory()  # as the app starts
from PySide6.QtCore import QEventLoop, QTimer
from benchmarks.bench_gui import bench_window, qt_app
steps, device = int(sys.argv[1]), sys.argv[2]
window = bench_window()
window.shown.choose_variant("tensors")
window.controls.set_values(dict(N=8, D_in=16, H=8, D_out=4, steps=steps, device=device))
window.controls.set_pace(None)
loop = QEventLoop()
window.start()
trainer = window.trainer
trainer.finished.connect(loop.quit)
loop.exec()
trainer.wait()
window.controller.request_frame(complete=True)
qt_app().processEvents()
frames = []
for frame in range(25):  # frames as if the run went on: 33 new steps each, and new weights
    trainer.history.extend(trainer.history.losses[-33:].copy(), None)
    trainer.snapshot = dataclasses.replace(trainer.snapshot)
    started = time.perf_counter()
    window.controller.request_frame(complete=True)
    qt_app().processEvents()
    frames.append((time.perf_counter() - started) * 1000)
frames = frames[5:]
rss = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:")][0] / 1024
print(json.dumps({"steps": trainer.history.count, "rss_mb": rss, "frame_ms": sorted(frames)[len(frames) // 2],
                  "outcome": trainer.outcome, "seconds": trainer.elapsed_s}))
window.close()
"""


def long_run(argv: list[str] | None = None) -> dict:
    """Resident memory after a 10^6-step run at max pace against a 10^3-step run, and the redraw then."""
    args = _options(argv)
    long_steps, short_steps = (10**4, 10**2) if args.tiny else (10**6, 10**3)
    runs = {}
    for name, steps in (("short", short_steps), ("long", long_steps)):
        done = subprocess.run([sys.executable, "-c", LONG_RUN, str(steps), args.device], cwd=ROOT,
                              capture_output=True, text=True, timeout=3600, env=_child_env())
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        runs[name] = json.loads(done.stdout.strip().splitlines()[-1])
    growth = runs["long"]["rss_mb"] - runs["short"]["rss_mb"]
    figures = {"runs": runs, "rss_growth_mb": growth}
    rows = [[name, r["steps"], r["seconds"], r["rss_mb"], r["frame_ms"]] for name, r in runs.items()]
    print(f"Long runs at max pace (tensors on {args.device}, tiny sizes)")
    print(table(["run", "steps", "seconds", "RSS MB", "full frame ms"], rows))
    print(f"RSS growth {growth:.1f} MB (budget {BUDGETS['long_run_rss_mb']:.0f}): "
          f"{_verdict(growth <= BUDGETS['long_run_rss_mb'])}; frame at the end "
          f"{_verdict(runs['long']['frame_ms'] <= BUDGETS['frame_notebook_ms'])}")
    _record("long", args, figures)
    return figures


# Start-up


FLOOR = "import time, torch, PySide6.QtWidgets, pyqtgraph; print(f'ready {time.time():.6f}', flush=True)"


def startup(argv: list[str] | None = None) -> dict:
    """Process start to the first painted window, against importing torch, PySide6 and pyqtgraph."""
    args = _options(argv, repeats=5)
    repeats = 1 if args.tiny else args.repeats
    env = _child_env(DESCENT_LAB_STARTUP_PROBE="1")
    app_times, floor_times = [], []
    for round_ in range(repeats):
        pair = [("app", [sys.executable, "-m", "app"]), ("floor", [sys.executable, "-c", FLOOR])]
        for name, command in pair if round_ % 2 == 0 else pair[::-1]:
            started = time.time()
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
            stamp = float(done.stdout.split()[-1])
            (app_times if name == "app" else floor_times).append(stamp - started)
    over = statistics.median(app_times) - statistics.median(floor_times)
    figures = {"app_s": stats(app_times), "floor_s": stats(floor_times), "over_floor_s": over}
    print("Start-up in seconds (process start to first painted window; floor: importing torch, PySide6, pyqtgraph)")
    print(table(["app", "floor", "app - floor", "budget", "verdict"],
                [[figures["app_s"]["median"], figures["floor_s"]["median"], over,
                  BUDGETS["startup_over_floor_s"], _verdict(over <= BUDGETS["startup_over_floor_s"])]]))
    _record("startup", args, figures)
    return figures


# Closing during a run

CLOSE_DURING_RUN = textwrap.dedent("""
    import random, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.gui.launch import launch
    rng = random.Random(int(sys.argv[1]))

    def start():
        window = next(w for w in QApplication.topLevelWidgets() if w.inherits("QMainWindow"))
        window.shown.choose_variant(rng.choice(["numpy", "tensors", "autograd", "nn", "optim", "custom", "dynamic"]))
        window.controls.set_pace(rng.choice([None, 50, 5]))
        window.start()
        QTimer.singleShot(rng.randint(50, 800), lambda: close(window))

    def close(window):
        print(f"closing {time.time():.6f}", flush=True)
        window.close()

    QTimer.singleShot(0, start)
    launch()
""")


def close_during_run(seed: int) -> tuple[int, float, str]:
    """A window started, a run begun, then closed mid-run: (exit code, seconds from close to exit, stderr)."""
    done = subprocess.run([sys.executable, "-c", CLOSE_DURING_RUN, str(seed)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    ended = time.time()
    closing = [float(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("closing")]
    return done.returncode, ended - closing[0] if closing else float("inf"), done.stderr



def close(argv: list[str] | None = None) -> dict:
    """Seconds from closing the window during a run to the process's exit."""
    args = _options(argv, repeats=20)
    outcomes = [close_during_run(seed) for seed in range(2 if args.tiny else args.repeats)]
    seconds = [s for code, s, _ in outcomes if code == 0]
    figures = {"close_s": stats(seconds), "failed": len(outcomes) - len(seconds)}
    worst = max(seconds, default=float("inf"))
    print(f"Closing during a run, {len(outcomes)} processes (seconds from close to exit)")
    print(table(["median", "max", "failed", "budget", "verdict"],
                [[figures["close_s"]["median"], worst, figures["failed"], BUDGETS["close_s"],
                  _verdict(worst <= BUDGETS["close_s"] and not figures["failed"])]]))
    _record("close", args, figures)
    return figures


# Pacing


def pacing(argv: list[str] | None = None) -> dict:
    """Achieved steps/s at a set 50 steps/s, and each step's lateness at 1 step/s."""
    args = _options(argv, seconds=10.0)
    seconds = 1.0 if args.tiny else args.seconds
    qt_app()
    rate_times = _step_times(50, seconds, args.device)
    achieved = (len(rate_times) - 1) / (rate_times[-1] - rate_times[0])
    slow_times = _step_times(1, seconds, args.device)
    lateness = [(t - (slow_times[0] + k)) * 1000 for k, t in enumerate(slow_times)]
    figures = {"set_50": {"achieved": achieved, "error": abs(achieved - 50) / 50, "steps": len(rate_times)},
               "set_1": {"lateness_ms": stats(lateness), "steps": len(slow_times)}}
    rows = [["50 steps/s", f"{achieved:.2f} steps/s", f"{figures['set_50']['error']:.2%}", "3%",
             _verdict(figures["set_50"]["error"] <= BUDGETS["pacing_rate_error"])],
            ["1 step/s", f"late by {max(lateness):.1f} ms at most", "", "20 ms",
             _verdict(max(lateness) <= BUDGETS["pacing_lateness_ms"])]]
    print(f"Pacing over {seconds:g} s ({'numpy' if args.device == 'cpu' else 'tensors on ' + args.device})")
    print(table(["set", "achieved", "error", "budget", "verdict"], rows))
    _record("pacing", args, figures)
    return figures


def _step_times(steps_per_s: float, seconds: float, device: str = "cpu") -> list[float]:
    """When each step of a paced run began (the trainer's wait between steps ended)."""
    from app.run.trainer import Trainer
    from models import RunConfig

    times = []

    class Timed(Trainer):
        def wait_for_next_step(self, t, step):
            go_on = super().wait_for_next_step(t, step)
            times.append(time.perf_counter())
            return go_on

    variant = "numpy" if device == "cpu" else "tensors"  # numpy has no device
    trainer = Timed(RunConfig.for_variant(variant, steps=10**6, device=device), steps_per_s=steps_per_s)
    trainer.start()
    _spin(seconds + 0.05)
    deadline = time.perf_counter() + 60
    while len(times) < 3 and time.perf_counter() < deadline:  # a loaded machine starts slowly: two steps at least
        _spin(0.1)
    trainer.stop()
    trainer.wait()
    return times[:-1]  # the last wait ended with the stop


# Shared


def _options(argv, seconds: float = 3.0, repeats: int = 5) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tiny", action="store_true", help="a quick check that it runs, not a measurement")
    parser.add_argument("--seconds", type=float, default=seconds)
    parser.add_argument("--repeats", type=int, default=repeats)
    device_option(parser)
    return parser.parse_args(argv or [])


def _child_env(**extra: str) -> dict[str, str]:
    """This environment for a child Python, with the project first on its path."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, **extra}


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


def _record(name: str, args, figures: dict) -> None:
    path = record(record_name(name, args), {"budgets": BUDGETS, "device": args.device, "figures": figures})
    print(f"written {path}")

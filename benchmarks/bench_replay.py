"""Rewind and record: what a scrub costs the window, what keeping snapshots costs training,
and what a recording costs in time, bytes and memory. `python -m benchmarks rewind keeping record`.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from models import RunConfig

from .bench_gui import (
    ROOT,
    SETTLE_S,
    _child_env,
    _options,
    _pin,
    _record,
    _spin,
    _steps_done,
    _two_cores,
    _verdict,
    bench_window,
    dispose,
    qt_app,
)
from .common import stats, table

if TYPE_CHECKING:
    from app.gui.window import MainWindow
    from app.run.trainer import Trainer

BUDGETS = {
    "scrub_p95_ms": 16.0,  # one step of the timeline, handled and painted: within a 60 Hz frame, 19 in 20
    "scrub_p99_ms": 33.0,  # and within two frames, 99 in 100
    "keeping_ratio": 0.99,  # training steps/s keeping snapshots, over not keeping them, at max pace
    "mp4_render_s": 15.0,  # 10 s of 1280x720 at 30 fps, of a 500-step DynamicNet run
    "gif_mb": 6.0,  # 10 s of 640 px wide at 10 fps
    "record_peak_mb": 300.0,  # above the window's idle, while a run is recorded
}
SCRUBBED_RUNS = {"dynamic": 500, "autograd": 10**5}  # a notebook-length run, and a long one with thinned snapshots


def rewind(argv: list[str] | None = None) -> dict:
    """Milliseconds from a timeline step to the window painted, over random steps of finished runs:
    a 500-step DynamicNet and a 10^5-step autograd run (``--tiny``: 50 and 200 steps)."""
    from app.cli.slides import run_to_end

    args = _options(argv, repeats=400)
    window = bench_window()
    app = qt_app()
    figures: dict = {}
    for variant, steps in SCRUBBED_RUNS.items():
        steps = min(steps, 50 if variant == "dynamic" else 200) if args.tiny else steps
        run_to_end(window, RunConfig.for_variant(variant, steps=steps))
        timeline = window.views.timeline  # a step of it, as a drag makes one
        chooser = random.Random(0)
        times = []
        for _ in range(10 if args.tiny else args.repeats):  # the first scrubs draw each colour scale's ticks too
            began = time.perf_counter()
            timeline.show_step(chooser.randrange(steps))
            app.processEvents()  # the views that changed paint
            times.append((time.perf_counter() - began) * 1000)
        percentiles = statistics.quantiles(times, n=100)
        figures[variant] = {"steps": steps, "scrub_ms": stats(times), "p95_ms": percentiles[94],
                            "p99_ms": percentiles[98]}
    dispose(window)
    rows = [[f"{variant}, {f['steps']:,} steps", f["scrub_ms"]["median"], f["p95_ms"], f["p99_ms"],
             f"{BUDGETS['scrub_p95_ms']:g} / {BUDGETS['scrub_p99_ms']:g}",
             _verdict(f["p95_ms"] <= BUDGETS["scrub_p95_ms"] and f["p99_ms"] <= BUDGETS["scrub_p99_ms"])]
            for variant, f in figures.items()]
    print(f"Scrubbing a finished run: a timeline step to the window painted (ms, {len(times)} random steps each)")
    print(table(["run", "median", "p95", "p99", "budget p95 / p99", ""], rows))
    _record("rewind", args, {**figures, "budgets": BUDGETS})
    return figures


NO_STEP = 1 << 62  # a rewind store's stride that no step of a run reaches: it keeps none


def keeping(argv: list[str] | None = None) -> dict:
    """Training steps/s at max pace keeping snapshots for rewind over keeping none, in one run keeping them in
    turns (``_toggled_rates``), the Inside view's checkpoints kept throughout."""
    args = _options(argv, seconds=0.5, repeats=30)
    qt_app()
    seconds, pairs = (0.2, 2) if args.tiny else (args.seconds, args.repeats)
    figures = {}
    for variant in ("autograd", "dynamic"):
        kept, none, copy_shares = _toggled_rates(variant, seconds, pairs)
        figures[variant] = {"ratio": stats(_ratios(kept, none)), "kept_steps_per_s": stats(kept),
                            "none_steps_per_s": stats(none), "copy_share": stats(copy_shares)}
    print(f"Keeping for rewind at max pace: steps/s of one run keeping snapshots and keeping none in turns, "
          f"{pairs} pairs of {seconds:g} s slices (the median of the pairs' ratios)")
    print(table(["variant", "snapshots kept ÷ none", "95% interval", "budget", "", "copying"],
                [[name, f["ratio"]["median"], _interval(f["ratio"]), BUDGETS["keeping_ratio"],
                  _verdict(f["ratio"]["median"] >= BUDGETS["keeping_ratio"]), f"{f['copy_share']['median']:.2%}"]
                 for name, f in figures.items()]))
    print("copying: the share of the keeping slices spent copying the snapshots (the training thread's own clock, "
          "which the machine's noise moves far less than the ratio)")
    _record("keeping", args, {**figures, "budgets": BUDGETS})
    return figures


def _toggled_rates(variant: str, seconds: float, pairs: int) -> tuple[list[float], list[float], list[float]]:
    """Steps/s of one max-pace run of ``variant`` in slices of ``seconds``, keeping snapshots for rewind in one
    slice of each pair and none in the other (its store's stride set past any step meanwhile), ``pairs`` times,
    the order reversed every other pair; and the share of the keeping slices spent copying them.

    Whole runs, interleaved, differed by the machine's drift between them and by each run's start (intervals of
    0.95 to 1.04 with 40 of each); two runs going at once, one keeping and one not, by their own luck, where
    their memory lies (autograd 0.969, its interval 0.941 to 0.991, after 0.997 and 0.998): either more than the
    1% judged. One run keeping in turns shares its memory, its thread and the machine of the moment with itself.
    The run is paused between slices, and measured on a core of its own (``_two_cores``).
    """
    from app.run.trainer import Trainer

    trainer = Trainer(RunConfig.for_variant(variant, steps=10**7), paused=True, keep_bytes=256 << 20,
                      max_pixels=(300, 600))
    store = trainer.kept
    assert store is not None, "a run with a budget keeps snapshots"
    compute_core, main_core = _two_cores()
    _pin(0, compute_core)  # a thread starts on its starter's cores
    trainer.start()
    _pin(0, main_core)
    rates: dict[bool, list[float]] = {True: [], False: []}
    copy_shares: list[float] = []

    def slice_of(keeping: bool, span: float, measured: bool = True) -> None:
        stride = store.stride
        if not keeping:
            store.stride = NO_STEP  # set while the run is paused: its thread reads it between steps
        copied_s, count, started = store.copy_s, _steps_done(trainer), time.perf_counter()
        trainer.resume()
        _spin(span)
        trainer.pause()
        elapsed = time.perf_counter() - started
        done = _steps_done(trainer) - count  # read before the step under way ends, as at the start
        trainer.holding.wait(5.0)  # that step ends before the next slice begins
        if not keeping:
            store.stride = stride
        if measured:
            rates[keeping].append(done / elapsed)
            if keeping:
                copy_shares.append((store.copy_s - copied_s) / elapsed)

    try:
        slice_of(True, SETTLE_S, measured=False)  # data drawn, the model built, the copies' stride found
        for pair in range(pairs):
            for keeping in (True, False) if pair % 2 == 0 else (False, True):
                slice_of(keeping, seconds)
    finally:
        _pin(0, None)
        trainer.stop()
        trainer.wait()
    return rates[True], rates[False], copy_shares


def _ratios(over: list[float], under: list[float]) -> list[float]:
    return [a / b for a, b in zip(over, under)]


def _interval(figure: dict) -> str:
    low, high = figure["median_ci95"]
    return f"{low:.3f}–{high:.3f}"


LONG_RUN_STEPS = 600  # the run the memory figures record: a step for each of 600 frames


def recording(argv: list[str] | None = None) -> dict:
    """A 10 s MP4 at 1280x720 and 30 fps of DynamicNet's 500 steps, and a 640 px GIF at 10 fps:
    render time, file size, and the peak memory above the window's idle; then the peak memory of
    GIF and WebP recordings of 30 and 600 frames at 640x360, each in a process of its own."""
    from app.cli.slides import Slide, run_to_end, show_look
    from app.gui.recorder import record_window
    from app.io.video import frame_count, frame_steps

    args = _options(argv)
    seconds = 1.0 if args.tiny else 10.0
    window = bench_window()
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, suffix, fps, size in (("mp4", ".mp4", 30, (1280, 720)), ("gif", ".gif", 10, (640, 360))):
            show_look(window, Slide(size=size))
            with _PeakMemory() as memory:
                run_to_end(window, RunConfig.for_variant("dynamic"),
                           keep_steps=frame_steps(frame_count(fps, seconds), 500))
                began = time.perf_counter()
                out = Path(folder) / f"run{suffix}"
                frames = record_window(window, _finished_run(window), out, fps, seconds)
                render_s = time.perf_counter() - began
            figures[name] = {"frames": frames, "render_s": render_s, "mb": out.stat().st_size / 1e6,
                             "peak_above_idle_mb": memory.peak_above_start_mb}
    dispose(window)
    rows = [["MP4 render s", figures["mp4"]["render_s"], BUDGETS["mp4_render_s"],
             _verdict(figures["mp4"]["render_s"] <= BUDGETS["mp4_render_s"])],
            ["GIF MB", figures["gif"]["mb"], BUDGETS["gif_mb"], _verdict(figures["gif"]["mb"] <= BUDGETS["gif_mb"])],
            ["peak MB above idle", max(f["peak_above_idle_mb"] for f in figures.values()), BUDGETS["record_peak_mb"],
             _verdict(max(f["peak_above_idle_mb"] for f in figures.values()) <= BUDGETS["record_peak_mb"])]]
    print(table(["figure", "measured", "budget", ""], rows))
    lengths = (3, 30) if args.tiny else (30, 600)
    figures["memory"] = {f"{suffix[1:]} {frames} frames": _peak_in_a_process(suffix, frames)
                         for suffix in (".gif", ".webp") for frames in lengths}
    print()
    print(table(["640x360 at 10 fps", "peak MB above idle", "file MB", "budget", ""],
                [[name, f["peak_above_idle_mb"], f["mb"], BUDGETS["record_peak_mb"],
                  _verdict(f["peak_above_idle_mb"] <= BUDGETS["record_peak_mb"])]
                 for name, f in figures["memory"].items()]))
    _record("record", args, {**figures, "budgets": BUDGETS})
    return figures


def _peak_in_a_process(suffix: str, frames: int) -> dict:
    """``peak_memory`` of one recording, in a fresh process: no earlier recording's memory lingers."""
    script = f"from benchmarks.bench_replay import peak_memory; peak_memory({suffix!r}, {frames})"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=_child_env(QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def peak_memory(suffix: str, frames: int) -> None:
    """Print, as JSON, the peak memory above the window's idle (torch loaded) while a DynamicNet run of
    ``LONG_RUN_STEPS`` is made and recorded as ``frames`` frames at 640x360 and 10 fps, and the file's size."""
    from app.cli.slides import Slide, picture, run_to_end, show_look
    from app.gui.recorder import record_window
    from app.io.video import frame_steps

    slide = Slide(size=(640, 360))
    window = bench_window()
    show_look(window, slide)
    with tempfile.TemporaryDirectory() as folder, _PeakMemory() as memory:
        run_to_end(window, RunConfig.for_variant("dynamic", steps=LONG_RUN_STEPS),
                   keep_steps=frame_steps(frames, LONG_RUN_STEPS))
        out = Path(folder) / f"run{suffix}"
        record_window(window, _finished_run(window), out, 10, frames / 10, picture=lambda shown: picture(shown, slide))
        size_mb = out.stat().st_size / 1e6
    dispose(window)
    print(json.dumps({"frames": frames, "peak_above_idle_mb": memory.peak_above_start_mb, "mb": size_mb}))


def _finished_run(window: MainWindow) -> Trainer:
    """The run ``run_to_end`` has just finished in ``window``."""
    if window.trainer is None:
        raise RuntimeError("the window started no run")
    return window.trainer


class _PeakMemory:
    """The process's largest resident size while the block runs, sampled every 10 ms, above its size at the start."""

    def __enter__(self):
        import psutil

        self._process = psutil.Process()
        self._start = self._peak = self._process.memory_info().rss
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        return self

    def _sample(self) -> None:
        while not self._done.wait(0.01):
            self._peak = max(self._peak, self._process.memory_info().rss)

    def __exit__(self, *_):
        self._done.set()
        self._sampler.join()

    @property
    def peak_above_start_mb(self) -> float:
        return (self._peak - self._start) / 1e6

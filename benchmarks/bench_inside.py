"""Inside a step: what capturing a step, keeping a checkpoint and computing a past step again cost,
at the notebook's sizes on the window's one thread. `python -m benchmarks inside`.

These are the figures that choose between keeping every step's weights and replaying from
checkpoints a few steps apart (README, Performance); the window's own budgets (steps/s with
the view open and closed, a rewound step shown) need the window, and are measured there.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Generator
from contextlib import closing
from typing import cast

from models import VARIANTS, RunConfig, steps, training_context
from models.inside import Checkpoint, Replayer, capture_next, code_file, replay

from .common import device_option, record, record_name, stats, table

BUDGETS = {"replay_ms": 50.0}  # a rewound step's numbers and graph, at notebook sizes (issue 23)
SPACINGS = (1, 10, 25)  # steps between checkpoints: a replay computes at most this many


def _options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tiny", action="store_true", help="a quick check that it runs, not a measurement")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--seconds", type=float, default=None, help="unused: each figure is a median of --repeats")
    device_option(parser)
    return parser.parse_args(argv or [])


def _ms(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(variant: str, config: RunConfig, repeats: int) -> dict:
    """One variant: a step plain and captured, a checkpoint taken, and steps computed again from one."""
    filename = code_file(variant)
    plain, captured, taken, sizes, kept = [], [], [], [], {}
    generator = cast(Generator, steps(config))
    with closing(generator):
        next(generator)
        for t in range(1, config.steps):
            if t % 3 == 0:
                captured.append(_ms(lambda: capture_next(generator, filename, variant)))
            else:
                plain.append(_ms(lambda: next(generator)))
            if t in (1, 2) or t % 4 == 0:
                checkpoint = Checkpoint.take(generator, filename, t)
                taken.append(checkpoint.seconds * 1000)
                sizes.append(checkpoint.nbytes)
                kept.setdefault(t, checkpoint)
    first = max(t for t in kept if t + 1 < config.steps)
    once = [_ms(lambda: replay(kept[first], first + 1, config)) for _ in range(repeats)]  # a replayer of its own
    replays, stepping_on = {}, []
    replayer = Replayer(config)
    with closing(replayer):
        for spacing in SPACINGS:
            start = max(t for t in kept if t + spacing < config.steps)
            replays[spacing] = [_ms(lambda: replayer.step(start + spacing, kept[start])) for _ in range(repeats)]
        for _ in range(repeats):
            start = max(t for t in kept if t + 2 < config.steps)
            replayer.step(start + 1, kept[start])
            stepping_on.append(_ms(lambda: replayer.step(start + 2, kept[start])))
    step_ms = statistics.median(plain)
    return {
        "step_ms": stats(plain), "capture_ms": stats(captured), "checkpoint_ms": stats(taken),
        "checkpoint_kb": statistics.median(sizes) / 1024,
        "checkpoint_share_of_a_step": statistics.median(taken) / step_ms,
        "replay_fresh_1_ms": stats(once), "step_on_ms": stats(stepping_on),
        **{f"replay_{spacing}_ms": stats(times) for spacing, times in replays.items()},
    }


def inside(argv: list[str] | None = None) -> dict:
    """Per variant: ms per step plain and captured, a checkpoint's KB and ms, and ms to compute a step again:
    by a fresh generator from the checkpoint just before it, and by a replayer kept waiting, stepping on by one
    or from a checkpoint 1, 10 or 25 steps before."""
    args = _options(argv)
    repeats = 2 if args.tiny else args.repeats
    figures = {}
    with training_context(threads=1):  # the window's threads at these sizes
        for variant in args.variants.split(","):
            config = RunConfig.for_variant(variant, steps=60 if not args.tiny else 30,
                                           device=args.device if not VARIANTS[variant].cpu_only else "cpu")
            figures[variant] = measure(variant, config, repeats)
    rows = [[variant, f["step_ms"]["median"], f["capture_ms"]["median"], f["checkpoint_kb"],
             f["checkpoint_ms"]["median"], f["replay_fresh_1_ms"]["median"], f["step_on_ms"]["median"],
             *(f[f"replay_{s}_ms"]["median"] for s in SPACINGS)]
            for variant, f in figures.items()]
    print(table(["variant", "step ms", "captured ms", "checkpoint KB", "checkpoint ms", "fresh replay 1 ms",
                 "step on ms", *(f"replay {s} ms" for s in SPACINGS)], rows))
    path = record(record_name("inside", args), {"budgets": BUDGETS, "device": args.device, "figures": figures})
    print(f"written {path}")
    return figures


# In the window: what the view costs a run, and what a rewound step takes to show

WINDOW_BUDGETS = {
    "closed_ratio": 0.98,  # steps/s at max pace, the view closed, over the same without checkpoints (issue 23)
    "open_ratio": 0.90,  # steps/s at max pace, the view open, over the run undrawn with no checkpoints
    "rewound_ms": 50.0,  # a rewound step's numbers and graph, from the timeline's step to the view drawn
}


def inside_window(argv: list[str] | None = None) -> dict:
    """Steps/s at max pace of one run in the window, in turns: the view closed (checkpoints kept, as every run
    keeps them), closed without checkpoints (as before the view existed), open (each step it shows captured, its
    graph laid out, and drawn), and the run undrawn with no checkpoints, its window drawing nothing, as the open
    view's budget is judged against (the same generator headless, beside it, holds another run's luck: see
    ``_paired_rates``)."""
    from .bench_gui import _median_and_interval, _options, _paired_rates, _spin, bench_window, dispose

    args = _options(argv, seconds=0.5, repeats=20)
    variants = ["autograd"] if args.tiny else list(VARIANTS)
    seconds, rounds = (0.3, 1) if args.tiny else (args.seconds, args.repeats)
    window = bench_window()
    stores: dict[int, object] = {}

    def side(opened: bool, checkpoints: bool):
        def set_up(trainer) -> None:
            watch = trainer.inside
            store = stores.setdefault(id(trainer), watch.checkpoints)
            watch.checkpoints = store if checkpoints else None
            watch.fills_in = False  # the run is paused only for the headless slices: no filling in on their time
            if window.inspecting.open != opened:
                window.menu_actions["inside"].trigger()
            _spin(0.15)  # a frame or two: the view opened on the paused run asks for its step
            while watch.computing:  # computed again before the slice, not during it
                _spin(0.01)

        return set_up

    sides = {"closed": side(False, True), "no checkpoints": side(False, False), "open": side(True, True)}
    figures = {}
    for variant in variants:
        measured = _paired_rates(window, variant, seconds, rounds, args.device, sides,
                                 undrawn=side(False, False))
        by_side = {name: measured[name] for name in ("headless", "undrawn", *sides)}
        closed_ratios = [c / n for c, n in zip(measured["closed"], measured["no checkpoints"])]
        figures[variant] = {**{name: stats(rates) for name, rates in by_side.items()},
                            "closed_over_no_checkpoints": stats(closed_ratios),
                            **{f"{name}_over_headless": stats(ratios)
                               for name, ratios in measured["ratios_of"].items()},
                            "open_over_undrawn": stats(measured["over_undrawn"]["open"])}
        if window.inspecting.open:
            window.menu_actions["inside"].trigger()
    dispose(window)
    rows = [[name, *(f[side]["median"] for side in ("headless", "undrawn", "no checkpoints", "closed", "open")),
             _median_and_interval(f["closed_over_no_checkpoints"]), _median_and_interval(f["open_over_undrawn"]),
             f["open_over_headless"]["median"],
             _verdict(f["closed_over_no_checkpoints"]["median"] >= WINDOW_BUDGETS["closed_ratio"]
                      and f["open_over_undrawn"]["median"] >= WINDOW_BUDGETS["open_ratio"])]
            for name, f in figures.items()]
    print(f"Inside this step at max pace: steps/s, medians of {rounds} rounds of {seconds:g} s slices")
    print(table(["variant", "headless", "undrawn", "no ckpt", "closed", "open", "closed/no ckpt (95% CI)",
                 "open/undrawn (95% CI)", "open/headless",
                 f">= {WINDOW_BUDGETS['closed_ratio']}, >= {WINDOW_BUDGETS['open_ratio']}"], rows))
    print("undrawn: the window's own run with no checkpoints, drawing nothing; headless: the same generator, another "
          "run (its luck in it)")
    path = record(record_name("inside_window", args), {"budgets": WINDOW_BUDGETS, "device": args.device,
                                                       "figures": figures})
    print(f"written {path}")
    return figures


def inside_rewind(argv: list[str] | None = None) -> dict:
    """Milliseconds from a timeline step to the view showing that step's numbers and graph, computed again, over
    random steps of a finished 500-step run at notebook sizes, the window's event loop waiting idle meanwhile (a
    loop polling for the step took the replays' thread's turns at the GIL, adding 5 to 20 ms). One run at a set
    pace (a checkpoint every tenth step), and one at max pace (checkpoints as far apart as a hundredth of the run's
    time allows) measured twice, side by side: with the gaps as the run left them (filling in turned off), then
    once its checkpoints are filled in, as they are while the run holds still with the view open (the same random
    steps)."""
    import random

    from .bench_gui import _options, _spin, bench_window, dispose, qt_app

    args = _options(argv, repeats=30)
    variants = ["dynamic"] if args.tiny else list(VARIANTS)
    steps = 60 if args.tiny else 500
    repeats = 6 if args.tiny else args.repeats
    window = bench_window()
    app = qt_app()
    timeline, inspecting = window.views.timeline, window.inspecting
    chooser = random.Random(0)

    def rewound(wanted: list[int]) -> list[float]:
        times = []
        for step in wanted:
            began = time.perf_counter()
            timeline.show_step(step)
            inspecting.wait_until_shown(step, 60)  # the window's event loop idle meanwhile, as it is in use
            while inspecting.shown is None or inspecting.shown.t != step:
                app.processEvents()
            app.processEvents()  # drawn
            times.append((time.perf_counter() - began) * 1000)
        return times

    figures: dict = {}
    for variant in variants:
        for pace_name, pace in (("set pace", 1000.0), ("max pace", None)):
            window.reset()
            window.show_config(RunConfig.for_variant(variant, steps=steps))
            window.controls.set_pace(pace)
            if inspecting.open:  # the run as it runs with the view closed
                window.menu_actions["inside"].trigger()
            window.start()
            while window.controller.state != "ended":
                _spin(0.05)
            trainer = window.trainer
            assert trainer is not None
            watch, store = trainer.inside, trainer.inside.checkpoints
            spacing = store.spacing if store else None
            wanted = [chooser.randrange(steps - 1) for _ in range(repeats)]
            sides = {pace_name: True} if pace is not None else {"max pace, gaps left": False,
                                                                 "max pace, filled in": True}
            for name, fills_in in sides.items():
                watch.fills_in = fills_in
                if not inspecting.open:
                    window.menu_actions["inside"].trigger()
                began = time.perf_counter()
                while watch.computing or watch.filling:  # the last step shown, and the checkpoints filled in
                    _spin(0.01)
                settled_s = time.perf_counter() - began
                times = rewound(wanted)
                figures[f"{variant}, {name}"] = {
                    "shown_ms": stats(times), "p95_ms": statistics.quantiles(times, n=20)[-1],
                    "checkpoint_spacing": spacing, "checkpoints": len(store.steps) if store else 0,
                    "settled_s": settled_s}
    dispose(window)
    rows = [[name, f["checkpoint_spacing"], f["checkpoints"], f["shown_ms"]["median"], f["p95_ms"],
             WINDOW_BUDGETS["rewound_ms"], _verdict(f["shown_ms"]["median"] <= WINDOW_BUDGETS["rewound_ms"])]
            for name, f in figures.items()]
    print(table(["run", "run kept every", "checkpoints after", "shown, median ms", "p95 ms", "budget", ""], rows))
    path = record(record_name("inside_rewind", args), {"budgets": WINDOW_BUDGETS, "device": args.device,
                                                       "figures": figures})
    print(f"written {path}")
    return figures


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"

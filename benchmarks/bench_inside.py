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

"""Edited code that never comes back to the trainer: seconds from Stop to the training thread's end.

The window promises that Stop (and closing, which stops the same way) works within
1 s even when a student's edit loops forever: before its first step, or inside a
step. The trainer raises an exception into its thread (app/trainer.py); this
measures how long that takes, with the loop already spinning.
"""

from __future__ import annotations

import time

from .bench_gui import _options, _record, _verdict, qt_app
from .common import stats, table

BUDGET_S = 1.0
LOOPS = {  # where the edit spins: the line it replaces, and the loop put in its place
    "before the first step": ("    dtype = config.torch_dtype\n", "    while True:\n        pass\n"),
    "inside a step": ("        y_pred = self.linear2(h_relu)\n",
                      "        while h_relu is not None:\n            h_relu = h_relu\n"),
}


def stop_after_spinning(where: str, spin_s: float) -> float:
    """Start a run of an edit that loops ``where``, let it spin ``spin_s``, then Stop: seconds until it ended."""
    from app.run.trainer import Trainer
    from models import VARIANTS, RunConfig
    from models.edited import EditedCode

    old, new = LOOPS[where]
    edited = EditedCode("custom", VARIANTS["custom"].full_source().replace(old, new))
    trainer = Trainer(RunConfig.for_variant("custom"), edited=edited)
    trainer.start()
    while not trainer.in_step:
        time.sleep(0.001)
    time.sleep(spin_s)
    asked = time.perf_counter()
    trainer.stop()
    trainer.wait()
    return time.perf_counter() - asked


def stop_edited(argv: list[str] | None = None) -> dict:
    """Seconds from Stop to the end of a run whose edited code never yields."""
    args = _options(argv, repeats=10)
    qt_app()
    import torch._dynamo  # noqa: F401 - loaded before any run, as the window loads it (app/controller.py)
    repeats = 2 if args.tiny else args.repeats
    figures = {where: stats([stop_after_spinning(where, 0.05 if args.tiny else 0.5) for _ in range(repeats)])
               for where in LOOPS}
    print(f"Stopping an edit that never yields, {repeats} runs each (seconds from Stop to the thread's end)")
    print(table(["loop", "median", "max", "budget", "verdict"],
                [[where, f["median"], f["max"], BUDGET_S, _verdict(f["max"] <= BUDGET_S)]
                 for where, f in figures.items()]))
    _record("stop-edited", args, figures)
    return figures

"""`python -m app run` against the notebook's own cell, each as a whole process.

The notebook side is the section's cells verbatim (``tests/notebook``) in a fresh
``python -c``, with the three seeds at the top; the command line side is
``python -m app run VARIANT --seed 0``, with as many steps. Both start Python and
import torch, print what the notebook prints, and run with the notebook's
threads. Pairs run interleaved, and each pair gives one ratio of wall times.
Budget: the command line takes at most the notebook's time (ratio <= 1.0).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from models import VARIANTS
from tests.notebook import script

from .common import interleaved, record, record_name, stats, table

BUDGET = 1.0
ROOT = Path(__file__).resolve().parent.parent


def _wall_s(argv: list[str], expected_lines: int) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    assert len(done.stdout.splitlines()) == expected_lines, done.stdout[-300:]
    return wall


def measure(variant: str, steps: int, repeats: int) -> dict:
    cell = script(0, (variant,)).replace("range(500)", f"range({steps})")
    lines = 1 + (steps if variant == "numpy" else steps // 100)  # the notebook side prints its section's name
    notebook = [sys.executable, "-c", cell]
    cli = [sys.executable, "-m", "app", "run", variant, "--seed", "0", "--steps", str(steps)]
    samples = interleaved({"notebook": lambda: _wall_s(notebook, lines),
                           "cli": lambda: _wall_s(cli, lines - 1)}, repeats)
    ratios = [c / n for c, n in zip(samples["cli"], samples["notebook"])]
    return {"notebook_s": stats(samples["notebook"]), "cli_s": stats(samples["cli"]), "ratio": stats(ratios)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="a quick check that it runs, not a measurement")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--device", default="cpu", help="the notebook's cells run on the CPU: cpu only")
    parser.add_argument("--variants", help="comma-separated, e.g. numpy,dynamic (default: all)")
    args, _ = parser.parse_known_args(argv)
    steps = 100 if args.tiny else 3000
    repeats = 1 if args.tiny else args.repeats
    names = ["tensors"] if args.tiny else args.variants.split(",") if args.variants else list(VARIANTS)
    figures = {name: measure(name, steps, repeats) for name in names}
    rows = [[name, f["notebook_s"]["median"], f["cli_s"]["median"], f["ratio"]["median"],
             "{:.3f}-{:.3f}".format(*f["ratio"]["median_ci95"]), "ok" if f["ratio"]["median"] <= BUDGET else "OVER"]
            for name, f in figures.items()]
    print(f"Command line against the notebook cell, whole processes, {steps} steps (s, median of {repeats})")
    print(table(["variant", "notebook", "run", "ratio", "95% CI", f"<= {BUDGET}"], rows))
    path = record(record_name("cli", args), {"budget": BUDGET, "steps": steps, "variants": figures})
    print(f"written {path}")
    return figures

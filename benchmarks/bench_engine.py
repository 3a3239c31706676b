"""Steps/s of each variant's generator against a bare copy of its notebook loop.

Both run in this process, interleaved, at the notebook's sizes; the generator is
consumed the way the window's worker does (one ``.item()`` per step), the bare
loop calls ``.item()`` per step as well. Budget: the generator keeps at least
0.97 of the bare loop's steps/s.
"""

from __future__ import annotations

import argparse
import time

from models import VARIANTS, RunConfig, steps, training_context
from tests.notebook_cells import CELLS

from .common import interleaved, rate, record, stats, table

BUDGET = 0.97


def measure(variant: str, config: RunConfig, repeats: int) -> dict:
    def bare() -> float:
        started = time.perf_counter()
        CELLS[variant](seed=config.seed, steps=config.steps, lr=config.lr,
                       N=config.N, D_in=config.D_in, H=config.H, D_out=config.D_out)
        return rate(config.steps, started)

    def generator() -> float:
        started = time.perf_counter()
        losses = [step.loss.item() for step in steps(config)]
        assert len(losses) == config.steps
        return rate(config.steps, started)

    with training_context(config):
        bare(), generator()  # warm up: first calls pay for lazy initialisation
        samples = interleaved({"bare": bare, "generator": generator}, repeats)
    ratios = [g / b for g, b in zip(samples["generator"], samples["bare"])]
    return {"bare": stats(samples["bare"]), "generator": stats(samples["generator"]), "ratio": stats(ratios)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="a quick check that it runs, not a measurement")
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args(argv)
    sizes = dict(N=4, D_in=8, H=6, D_out=2, steps=20) if args.tiny else {}
    repeats = 2 if args.tiny else args.repeats

    figures = {name: measure(name, RunConfig.for_variant(name, **sizes), repeats) for name in VARIANTS}
    rows = [
        [name, f["bare"]["median"], f["generator"]["median"], f["ratio"]["median"],
         f"{f['ratio']['min']:.3f}-{f['ratio']['max']:.3f}", "ok" if f["ratio"]["median"] >= BUDGET else "OVER"]
        for name, f in figures.items()
    ]
    print("Engine: generator against the bare notebook loop (steps/s, median of %d)" % repeats)
    print(table(["variant", "bare", "generator", "ratio", "ratio range", f">= {BUDGET}"], rows))
    path = record("engine" + ("-tiny" if args.tiny else ""), {"budget": BUDGET, "sizes": sizes or "notebook", "variants": figures})
    print(f"written {path}")
    return figures


if __name__ == "__main__":
    main()

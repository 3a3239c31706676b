"""Steps/s of each variant's generator against a bare copy of its notebook loop.

Both run in this process, interleaved, at the notebook's sizes; the generator is
consumed the way the headless runner does (one ``.item()`` per step), the bare
loop calls ``.item()`` per step as well. Budget: the generator keeps at least
0.97 of the bare loop's steps/s. On a GPU it also counts the steps' own waits
for the device (``syncs/step``), which the window's trainer cannot hide.
"""

from __future__ import annotations

import argparse
import time
import warnings

from models import VARIANTS, RunConfig, steps, training_context, window_threads
from models.config import device_for
from tests.notebook_cells import CELLS

from .common import device_option, interleaved, rate, record, record_name, stats, table

BUDGET = 0.97


def measure(variant: str, config: RunConfig, repeats: int) -> dict:
    options = {} if variant == "numpy" else {"device": config.device}

    def bare() -> float:
        started = time.perf_counter()
        CELLS[variant](seed=config.seed, steps=config.steps, lr=config.lr,
                       N=config.N, D_in=config.D_in, H=config.H, D_out=config.D_out, **options)
        return rate(config.steps, started)

    def generator() -> float:
        started = time.perf_counter()
        losses = [step.loss.item() for step in steps(config)]
        assert len(losses) == config.steps
        return rate(config.steps, started)

    with training_context(window_threads(config)):  # as the window's trainer runs it
        bare()  # warm up: first calls pay for lazy initialisation
        generator()
        samples = interleaved({"bare": bare, "generator": generator}, repeats)
    ratios = [g / b for g, b in zip(samples["generator"], samples["bare"])]
    return {"bare": stats(samples["bare"]), "generator": stats(samples["generator"]), "ratio": stats(ratios),
            "syncs_per_step": syncs_per_step(config)}


def syncs_per_step(config: RunConfig, count: int = 100) -> float | None:
    """How often one step makes the host wait for the GPU (torch's sync debug mode); None off CUDA."""
    import torch

    if not config.device.startswith("cuda"):
        return None
    generator = steps(config.replace(steps=count + 2))
    for _ in range(2):  # set-up (drawing the problem, first allocations) is not a step
        next(generator)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torch.cuda.set_sync_debug_mode("warn")
        try:
            for _ in generator:
                pass
        finally:
            torch.cuda.set_sync_debug_mode("default")
    return sum("called a synchronizing CUDA operation" in str(w.message) for w in caught) / count


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="a quick check that it runs, not a measurement")
    parser.add_argument("--repeats", type=int, default=15)
    device_option(parser)
    args, _ = parser.parse_known_args(argv)
    sizes = dict(N=4, D_in=8, H=6, D_out=2, steps=20) if args.tiny else {}
    repeats = 2 if args.tiny else args.repeats

    configs = {name: RunConfig.for_variant(name, device=device_for(name, args.device), **sizes) for name in VARIANTS}
    figures = {name: measure(name, config, repeats) for name, config in configs.items()}
    rows = [
        [name, device_for(name, args.device), f["bare"]["median"], f["generator"]["median"], f["ratio"]["median"],
         "{:.3f}-{:.3f}".format(*f["ratio"]["median_ci95"]),
         "n/a" if f["syncs_per_step"] is None else f["syncs_per_step"],
         "ok" if f["ratio"]["median"] >= BUDGET else "OVER"]
        for name, f in figures.items()
    ]
    print("Engine: generator against the bare notebook loop (steps/s, median of %d)" % repeats)
    print(table(["variant", "device", "bare", "generator", "ratio", "95% CI", "syncs/step", f">= {BUDGET}"],
                rows))
    path = record(record_name("engine", args),
                  {"budget": BUDGET, "sizes": sizes or "notebook", "device": args.device, "variants": figures})
    print(f"written {path}")
    return figures


if __name__ == "__main__":
    main()

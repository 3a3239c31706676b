"""Shared by the benchmarks: interleaved timing, medians, a table and a JSON record."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def device_option(parser: argparse.ArgumentParser) -> None:
    """``--device``: where the torch variants train; only devices this machine has are accepted."""
    from models.config import available_devices

    parser.add_argument("--device", default="cpu", choices=available_devices(),
                        help="where the torch variants train (numpy always runs on the CPU)")


def record_name(name: str, args: argparse.Namespace) -> str:
    """``engine``, ``engine-tiny``, ``engine-cuda``: one file per kind of run, none overwriting another."""
    suffix = "-tiny" if args.tiny else ""
    return name + (f"-{args.device.replace(':', '')}" if args.device != "cpu" else "") + suffix


def interleaved(candidates: dict[str, Callable[[], float]], repeats: int) -> dict[str, list[float]]:
    """Call each candidate in turn, ``repeats`` rounds, so noise hits all alike.

    A candidate returns its own measurement (steps/s, say), so it can leave out
    set-up it should not be charged for.
    """
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    order = list(candidates)
    for _ in range(repeats):
        for name in order:
            samples[name].append(candidates[name]())
        order.reverse()  # neither candidate always runs first
    return samples


def stats(samples: list[float]) -> dict:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples),
            "median_ci95": median_interval(samples)}


def median_interval(samples: list[float], confidence: float = 0.95) -> tuple[float, float]:
    """Where the true median lies, with at least ``confidence``, whatever the noise's distribution.

    Each sample falls below the median with probability one half, so the number
    below it is binomial: the k-th smallest and k-th largest samples bound the
    median unless at most k-1 fall on one side. With fewer than six samples no
    pair of them reaches 95%, and the whole range is returned.
    """
    ordered, n = sorted(samples), len(samples)
    k, tail = 0, 0.0
    while tail + math.comb(n, k) / 2**n <= (1 - confidence) / 2:
        tail += math.comb(n, k) / 2**n
        k += 1
    return (ordered[k - 1], ordered[n - k]) if k else (ordered[0], ordered[-1])


def rate(steps: int, started: float) -> float:
    return steps / (time.perf_counter() - started)


def machine() -> dict[str, str]:
    import numpy
    import torch

    info = {
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
        "cpus": str(os.cpu_count()),
        "numpy": numpy.__version__,
        "torch": torch.__version__,
    }
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name()
    try:
        import pyqtgraph
        import PySide6

        info.update(pyside6=PySide6.__version__, pyqtgraph=pyqtgraph.__version__)
    except ImportError:
        pass
    return info


def table(headers: list[str], rows: list[list]) -> str:
    cells = [headers] + [[_cell(value) for value in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(value.rjust(width) for value, width in zip(row, widths)) for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.0f}"
    return str(value)


def record(name: str, figures: dict, out_dir: Path | None = None) -> Path:
    """Write ``figures`` with the machine's description as ``<name>.json``."""
    out_dir = out_dir or RESULTS
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.json"
    document = {"benchmark": name, "when": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine(), **figures}
    path.write_text(json.dumps(document, indent=2) + "\n")
    return path

"""`python -m benchmarks [NAME ...] [--tiny]`: run the benchmarks, print tables, write JSON."""

import sys

from . import bench_engine, bench_gui

BENCHMARKS = {
    "engine": bench_engine.main,
    "overhead": bench_gui.overhead,
    "frame": bench_gui.frame_cost,
    "long": bench_gui.long_run,
    "startup": bench_gui.startup,
    "pacing": bench_gui.pacing,
}


def main(argv: list[str]) -> int:
    names = [a for a in argv if a in BENCHMARKS] or list(BENCHMARKS)
    options = [a for a in argv if a not in BENCHMARKS]
    unknown = [a for a in options if not a.startswith("-") and not a.replace(".", "").isdigit()]
    if unknown:
        print(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    for name in names:
        BENCHMARKS[name](options)
        print()
    return 0


sys.exit(main(sys.argv[1:]))

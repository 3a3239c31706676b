"""`python -m benchmarks [NAME ...] [--tiny]`: run the benchmarks, print tables, write JSON."""

import sys

from . import bench_engine

BENCHMARKS = {"engine": bench_engine.main}


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")] or list(BENCHMARKS)
    options = [a for a in argv if a.startswith("-")]
    for name in names:
        if name not in BENCHMARKS:
            print(f"unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}", file=sys.stderr)
            return 2
        BENCHMARKS[name](options)
        print()
    return 0


sys.exit(main(sys.argv[1:]))

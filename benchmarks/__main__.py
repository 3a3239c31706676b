"""`python -m benchmarks [NAME ...] [--tiny] [--device DEVICE] [--seconds S] [--repeats N] [--variants V,W]`.

Runs the benchmarks named (all by default), prints their tables and writes JSON.
"""

import argparse
import sys

from app.run.allocator import keep_freed_memory
from models.config import available_devices

from . import (
    bench_access,
    bench_cli,
    bench_edited,
    bench_engine,
    bench_gui,
    bench_inside,
    bench_interrupt,
    bench_replay,
    bench_sessions,
)

BENCHMARKS = {
    "engine": bench_engine.main,
    "overhead": bench_gui.overhead,
    "stage": bench_gui.stage,
    "frame": bench_gui.frame_cost,
    "long": bench_gui.long_run,
    "startup": bench_gui.startup,
    "pacing": bench_gui.pacing,
    "close": bench_gui.close,
    "stop_edited": bench_edited.stop_edited,
    "large_session": bench_sessions.large_session,
    "cli": bench_cli.main,
    "rewind": bench_replay.rewind,
    "keeping": bench_replay.keeping,
    "record": bench_replay.recording,
    "interrupt": bench_interrupt.interrupt,
    "inside": bench_inside.inside,
    "inside_window": bench_inside.inside_window,
    "inside_rewind": bench_inside.inside_rewind,
    "accessibility": bench_access.accessibility,
}


def main(argv: list[str]) -> int:
    summary = (__doc__ or "").rstrip().rpartition("\n")[2]  # its last line; python -OO drops docstrings
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=summary)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"one of {', '.join(BENCHMARKS)} (default: all)")
    parser.add_argument("--tiny", action="store_true", help="a quick check that each runs, not a measurement")
    parser.add_argument("--device", help="cpu (default), or a GPU torch finds, such as cuda")
    parser.add_argument("--seconds", type=float, help="length of each timed slice")
    parser.add_argument("--repeats", type=int, help="how many times each is measured")
    parser.add_argument("--variants", help="cli and inside only: the variants to measure, comma-separated")
    args = parser.parse_intermixed_args(argv)
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}")
    if args.device is not None and args.device not in (devices := available_devices()):
        parser.error(f"--device {args.device!r} is not on this machine; choose from {', '.join(devices)}")
    options = [token for token in argv if token not in args.names]  # each benchmark reads its own
    if "stage" in (args.names or BENCHMARKS):
        bench_gui.offer_second_screen()  # before any benchmark makes the application
    keep_freed_memory()  # as the app sets it: the window's runs and their headless references alike
    for name in args.names or BENCHMARKS:
        BENCHMARKS[name](options)
        print()
    return 0


sys.exit(main(sys.argv[1:]))

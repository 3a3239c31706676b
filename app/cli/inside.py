"""``inspect``: one step of a variant from the inside, as the window's "Inside this step" shows it.

Its named tensors one line each (name, shape, dtype, min, max, mean, norm), in the order the
code computes them; ``--json`` adds the graph's nodes and edges, ``--dot`` writes the graph in
Graphviz's dot language. By default on the notebook's threads, so the numbers are those of the
notebook's cells stopped at step K; ``--threads 1`` gives the window's, for small problems.
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from app.io.filesystem import FileError, stream_of, write_file
from app.language import translate
from models.edited import EditedCodeError

from .edited_code import EXIT_CODE_FAILED, code_from, fault
from .exit_codes import EXIT_DIVERGED, EXIT_FAILED, EXIT_OK
from .options import UsageError, config_from


def inspect(args: argparse.Namespace) -> int:
    """Compute the run to step ``--step`` and print (or write) that step from the inside."""
    # These load torch: imported here, they cost this command alone, not every command's start
    from app.run.computing import COMPUTING
    from models.inside import InsideError, inspect_step, to_json, to_lines

    config = config_from(args)
    t = args.step
    if t >= config.steps:
        said = translate("Inside", "argument --step: {t} is not one of the run's {steps} steps, 0 to {value} (--steps "
                                   "sets how many)")
        raise UsageError(said.format(t=t, steps=config.steps, value=config.steps - 1))
    if args.json is not None and args.dot is not None and stream_of(args.json) == stream_of(args.dot) == 1:
        raise UsageError(translate("Inside", "argument --dot: standard output is --json's already; write one of them "
                                             "to a file"))
    edited = code_from(args, config.variant)
    try:
        with COMPUTING:  # the threads and random generators are the process's: a window's replays wait
            inside = inspect_step(config, t, edited=edited, threads=args.threads)
    except EditedCodeError as error:
        if edited is None:
            raise
        raise fault(edited, error) from None
    except InsideError as error:  # an edit's objects that cannot be read
        print(f"descent-lab: {error}", file=sys.stderr)
        return EXIT_CODE_FAILED if edited is not None else EXIT_FAILED
    if stream_of(args.json or "") != 1 and stream_of(args.dot or "") != 1:
        print("\n".join(to_lines(inside)))
        sys.stdout.flush()
    status = EXIT_OK
    for path, text in ((args.json, lambda: json.dumps(to_json(inside), indent=2, allow_nan=False) + "\n"),
                       (args.dot, lambda: _dot(inside))):
        if path is None:
            continue
        try:
            write_file(path, text())
        except (FileError, ValueError) as error:
            print(f"descent-lab: {error}", file=sys.stderr)
            status = EXIT_FAILED
    loss = next((tensor.mean for tensor in inside.tensors if tensor.kind == "loss"), None)
    if loss is not None and not math.isfinite(loss):
        said = translate("Inside", "diverged: the loss at step {t} is {loss}; try a learning rate smaller than {lr}")
        print(said.format(t=t, loss=loss, lr=f"{config.lr:g}"),
              file=sys.stderr)
        return status or EXIT_DIVERGED
    return status


def _dot(inside) -> str:
    from models.inside import to_dot

    if inside.graph is None:
        said = translate("Inside", "step {t} has no graph to write: {no_graph}")
        raise ValueError(said.format(t=inside.t, no_graph=inside.no_graph))
    return to_dot(inside.graph, f"{inside.variant} step {inside.t}")

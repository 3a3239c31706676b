"""`run`, `list` and `code`: the commands that print, as the notebook prints, and write what was asked."""

from __future__ import annotations

import argparse
import sys

import models
from app.io import signals
from app.io.exports import csv_text, json_text
from app.io.filesystem import FileError, write_file
from app.language import translate
from models import VARIANTS, RunConfig, RunResult
from models.edited import EditedCode
from models.history import said_outcome

from .edited_code import code_from, fault
from .exit_codes import EXIT_DIVERGED, EXIT_FAILED, EXIT_OK
from .options import config_from


def run(args: argparse.Namespace) -> int:
    """Train headless, printing 't loss' every ``--every`` steps (the variant's own interval by default)."""
    if args.png is not None:
        signals.import_qt()
    config = config_from(args)
    every = args.every or VARIANTS[config.variant].print_every

    def print_loss(t: int, loss: float) -> None:
        if t % every == every - 1:
            print(t, loss)

    edited = code_from(args, config.variant)
    result = models.run(config, on_loss=print_loss, threads=args.threads, train=edited and edited.train)
    sys.stdout.flush()
    status = write_outputs(args, result, edited, every)
    if edited is not None and result.error is not None:  # the edit's fault, told as the student's own
        raise fault(edited, result.error)
    if result.diverged:
        said = translate("Run", "{outcome}: the loss became {loss}; try a learning rate smaller than {lr}")
        print(said.format(outcome=said_outcome(result.outcome), loss=result.losses[-1], lr=f"{config.lr:g}"),
              file=sys.stderr)
        return EXIT_DIVERGED
    return status


def write_outputs(args: argparse.Namespace, result: RunResult, edited: EditedCode | None, every: int) -> int:
    """Every file asked for, each on its own: one that cannot be written is said, and the status is 1."""
    def summary(result: RunResult) -> str:  # naming the notebook that reproduces the run
        from models.notebook import identity  # nbformat is loaded only for a run that writes its JSON

        return json_text(result, edited, notebook=identity(result.config, every, args.threads, edited))

    status = EXIT_OK
    writers = {"csv": csv_text, "json": summary, "png": _png}
    for option, make in writers.items():
        path = getattr(args, option)
        if path is None:
            continue
        try:
            write_file(path, make(result))
        except FileError as error:
            print(f"descent-lab: {error}", file=sys.stderr)
            status = EXIT_FAILED
    return status


def _png(result: RunResult) -> bytes:
    from app.gui.pictures import loss_curve_png  # Qt is loaded only when a picture is asked for

    with signals.deferred():  # Qt paints through Python, where a signal may not raise
        return loss_curve_png(result)


def list_variants(args: argparse.Namespace) -> int:
    """Each variant's notebook section and defaults, then what all share and the devices torch finds."""
    titles = {name: translate("Variants", variant.title) for name, variant in VARIANTS.items()}
    width = max(len(title) for title in titles.values())
    heads = translate("Run", "VARIANT"), translate("Run", "NOTEBOOK SECTION"), translate("Run", "DEFAULTS")
    width = max(width, len(heads[1]))
    print(f"{heads[0]:<9} {heads[1]:<{width}}  {heads[2]}")
    for variant in VARIANTS.values():
        defaults = RunConfig.for_variant(variant.name)
        extra = [translate("Run", ", CPU only")] if variant.cpu_only else []
        extra += [f", {option} {getattr(defaults, option)}" for option in variant.options]
        title = titles[variant.name]
        print(f"{variant.name:<9} {title:<{width}}  lr {defaults.lr:g}, {defaults.dtype}{''.join(extra)}")
    base = RunConfig()
    said = translate("Run", "All: N={N}, D_in={D_in}, H={H}, D_out={D_out}, steps={steps}, seed={seed}. Devices here: "
                            "{devices}.")
    print()
    print(said.format(N=base.N, D_in=base.D_in, H=base.H, D_out=base.D_out, steps=base.steps, seed=base.seed,
                      devices=", ".join(models.available_devices())))
    return EXIT_OK


def print_code(args: argparse.Namespace) -> int:
    """``code VARIANT``: the variant's whole module, to edit and run with --code."""
    sys.stdout.write(VARIANTS[args.variant].full_source())
    return EXIT_OK

"""What a user takes away from a run: its CSV of every step and its JSON summary, as text.

``filesystem.write_file`` puts them where the user said.
"""

from __future__ import annotations

import io
import json
import platform

import numpy as np

from models import RunResult


def csv_text(result: RunResult) -> str:
    """Every step: ``step,loss`` (and ``depth`` for DynamicNet), losses as Python prints them."""
    losses = result.losses.tolist()
    out = io.StringIO()
    if result.depths is None:
        out.write("step,loss\n")
        out.writelines(f"{t},{loss!r}\n" for t, loss in enumerate(losses))
    else:
        out.write("step,loss,depth\n")
        depths = result.depths.tolist()
        out.writelines(f"{t},{loss!r},{d}\n" for t, (loss, d) in enumerate(zip(losses, depths)))
    return out.getvalue()


def json_text(result: RunResult, edited=None, *, notebook: dict | None = None, predictions: dict | None = None,
              race: dict | None = None) -> str:
    """The configuration, a summary of the run and the versions that produced it.

    ``edited``: the variant's module as edited (``models.edited.EditedCode``) that ran, named with its hash;
    ``notebook``: what names the notebook that reproduces the run (``models.notebook.identity``);
    ``predictions``: the class's, ranked with their scores (``prediction_records.ranked_records``); ``race``:
    a race's order of finish and the guesses judged against it (``prediction_records.race_record``).
    """
    document = {
        "app": "Descent Lab",
        "config": result.config.to_dict(),
        "summary": result.summary(),
        "versions": versions(),
    }
    if edited is not None:
        document["code"] = {"name": edited.label, "sha256": edited.sha256}
    if notebook is not None:
        document["notebook"] = notebook
    if predictions is not None:
        document["predictions"] = predictions
    if race is not None:
        document["race_predictions"] = race
    return json.dumps(document, indent=2, allow_nan=False) + "\n"


def versions() -> dict[str, str]:
    import torch

    from app import __version__

    return {
        "descent_lab": __version__,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "torch": torch.__version__,
        "machine": f"{platform.system()} {platform.machine()}",
    }

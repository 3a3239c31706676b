"""Files a user takes away: run CSV and JSON, written whole or not at all."""

from __future__ import annotations

import io
import json
import os
import platform
import tempfile
from pathlib import Path

import numpy as np

from models import RunResult

from . import __version__

_UMASK = os.umask(0)
os.umask(_UMASK)


class ExportError(OSError):
    """A write that failed; the message says which file and why, for the user."""


def atomic_write(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A failure (unwritable folder, full disk) leaves neither a half-written file
    nor the temporary behind, and raises ExportError with a readable message.
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise ExportError(f"Could not write {path}: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"Could not write {path}: {error.strerror or error}") from error
    return path


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


def json_text(result: RunResult) -> str:
    """The configuration, a summary of the run and the versions that produced it."""
    document = {
        "app": "Descent Lab",
        "config": result.config.to_dict(),
        "summary": result.summary(),
        "versions": versions(),
    }
    return json.dumps(document, indent=2, allow_nan=False) + "\n"


def versions() -> dict[str, str]:
    import torch

    return {
        "descent_lab": __version__,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "torch": torch.__version__,
        "machine": f"{platform.system()} {platform.machine()}",
    }

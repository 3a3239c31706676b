"""The notebook's code cells, verbatim, and how a user runs one: a fresh interpreter, three seeds, nothing else.

``<variant>.txt`` holds the cells of that notebook section as the notebook prints
them (``imports.txt`` its first two cells). ``printed`` runs them in a new Python
process with no thread settings and returns what they print: the reference the
command line's output is held to, sharing no code and no setting with the app.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CELLS = Path(__file__).parent
SEEDS = "np.random.seed({seed}); torch.manual_seed({seed}); random.seed({seed})\n"


def script(variant: str, seed: int) -> str:
    """The imports cell, the three seeds, then the variant's cells, as one program."""
    return (CELLS / "imports.txt").read_text() + SEEDS.format(seed=seed) + (CELLS / f"{variant}.txt").read_text()


def printed(variant: str, seed: int, timeout_s: float = 300) -> str:
    """What the cells print, run alone in a fresh interpreter with the environment as it is."""
    done = subprocess.run(
        [sys.executable, "-c", script(variant, seed)], capture_output=True, text=True,
        timeout=timeout_s, cwd=CELLS, env=dict(os.environ), check=True,
    )
    return done.stdout

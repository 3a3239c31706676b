"""The notebook's code cells, verbatim, and how a user runs them: a fresh interpreter, three seeds, nothing else.

``<variant>.txt`` holds the cells of that notebook section as the notebook prints
them (``imports.txt`` its first two cells). ``printed`` runs them in a new Python
process with no thread settings and returns what each section prints: the
reference the command line's output is held to, sharing no code and no setting
with the app.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CELLS = Path(__file__).parent
VARIANTS = ("numpy", "tensors", "autograd", "nn", "optim", "custom", "dynamic")
SEEDS = "np.random.seed({seed}); torch.manual_seed({seed}); random.seed({seed})\n"
MARK = "=== section "


def script(seed: int, variants: tuple[str, ...] = VARIANTS, edits: dict[str, tuple[str, str]] | None = None) -> str:
    """The imports cell, then each section's cells with the three seeds set just before them.

    ``edits`` maps a section to (old, new): its cells with that one line changed, as a student edits them.

    The seeded generators are the only state one section's cells leave for the
    next, so reseeding before each gives every section what a fresh interpreter
    with the seeds at its top gives it, in one process instead of seven.
    """
    parts = [(CELLS / "imports.txt").read_text()]
    for variant in variants:
        parts += [f"print({MARK + variant!r})\n", SEEDS.format(seed=seed), _cells(variant, (edits or {}).get(variant))]
    return "".join(parts)


def _cells(variant: str, edit: tuple[str, str] | None) -> str:
    text = (CELLS / f"{variant}.txt").read_text()
    if edit is None:
        return text
    old, new = edit
    assert text.count(old) == 1, f"{old!r} is not one line of the {variant} cells"
    return text.replace(old, new)


def printed(seed: int, variants: tuple[str, ...] = VARIANTS, timeout_s: float = 600,
            edits: dict[str, tuple[str, str]] | None = None, env: dict[str, str] | None = None) -> dict[str, str]:
    """What each section prints, run in a new interpreter with the environment as it is (or ``env``)."""
    done = subprocess.run(
        [sys.executable, "-c", script(seed, variants, edits)], capture_output=True, text=True,
        timeout=timeout_s, cwd=CELLS, env=dict(os.environ) if env is None else env, check=True,
    )
    sections = done.stdout.split(MARK)[1:]
    return {section.split("\n", 1)[0]: section.split("\n", 1)[1] for section in sections}

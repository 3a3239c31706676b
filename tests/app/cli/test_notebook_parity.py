"""``run`` prints the notebook's own numbers, with the notebook's threads.

The reference shares nothing with the app: the notebook's cells verbatim
(``tests/notebook``), run in a new Python with the three seeds set before them and
no thread setting, as a user runs them. The command line runs here, in this
process, whose torch and BLAS threads are their defaults as in any fresh one
(``training_context`` restores what it sets), and once as a whole process.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from models import VARIANTS
from tests.notebook import printed

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module", params=(0, pytest.param(2026, marks=pytest.mark.process)),
                ids=lambda seed: f"seed {seed}")
def notebook(request):
    """Every section's printed output for one seed (a second in ``make test-processes``)."""
    return request.param, printed(request.param)


@pytest.mark.parametrize("variant", VARIANTS)
def test_seeded_run_prints_what_the_notebook_cell_prints(notebook, variant, capsys):
    seed, sections = notebook
    assert main(["run", variant, "--seed", str(seed)]) == 0
    out = capsys.readouterr().out
    assert out == sections[variant]
    assert len(out.splitlines()) == (500 if variant == "numpy" else 5)


@pytest.mark.process
def test_as_a_whole_process_too():
    done = subprocess.run([sys.executable, "-m", "app", "run", "dynamic", "--seed", "7"], cwd=ROOT,
                          env=dict(os.environ), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout == printed(7, ("dynamic",))["dynamic"]



@pytest.mark.process
def test_idle_threads_that_sleep_print_the_same_numbers():
    """``make test`` lets idle OpenMP threads sleep rather than spin (OMP_WAIT_POLICY=PASSIVE), as pytest-xdist's
    workers share the cores: the threads split the work as before, and the notebook as users run it, with nothing
    set, prints the same."""
    as_users_run_it = {name: value for name, value in os.environ.items() if name != "OMP_WAIT_POLICY"}
    torch_sections = ("tensors", "nn", "dynamic")
    assert printed(3, torch_sections, env=as_users_run_it) == printed(
        3, torch_sections, env={**as_users_run_it, "OMP_WAIT_POLICY": "PASSIVE"})

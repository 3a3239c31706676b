"""An exported notebook, run headless by nbclient in a fresh kernel, prints what ``python -m app run`` prints.

Each case is a command line: ``run`` runs it in a process of its own, the notebook is exported from the
same run in this one (as the ``notebook`` command will), executed with its kernel's default threads, and
the two outputs are compared to the last digit. All seven variants, with settings changed from the
notebook's, and an edited module.
"""

import json
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import app
import models
from app.cli.edited_code import read_code
from app.cli.options import config_from
from app.cli.parser import build_parser
from models import VARIANTS
from models.notebook import notebook_text
from models.notebook_edit import read_edit

ROOT = Path(__file__).resolve().parents[1]
SIGMOID = ("h_relu = self.linear1(x).clamp(min=0)", "h_relu = torch.sigmoid(self.linear1(x))")
CASES = {
    "numpy, sizes, lr, every 3": ["numpy", "--N", "32", "--D-in", "50", "--H", "20", "--D-out", "5",
                                  "--lr", "1e-05", "--steps", "12", "--every", "3", "--seed", "11"],
    "tensors, float64, one thread": ["tensors", "--dtype", "float64", "--threads", "1", "--steps", "20",
                                     "--every", "5", "--seed", "3"],
    "autograd, sizes, seed": ["autograd", "--N", "16", "--H", "30", "--steps", "20", "--every", "4", "--seed", "5"],
    "nn, in place, lr": ["nn", "--update", "in-place", "--lr", "5e-05", "--steps", "20", "--every", "5",
                         "--seed", "2"],
    "optim, float64, sizes": ["optim", "--dtype", "float64", "--D-in", "200", "--D-out", "3", "--steps", "20",
                              "--every", "5", "--seed", "8"],
    "custom, steps": ["custom", "--steps", "20", "--every", "5", "--seed", "4"],
    "dynamic, momentum, float64": ["dynamic", "--momentum", "0.5", "--dtype", "float64", "--steps", "20",
                                   "--every", "5", "--seed", "9"],
    "custom, sigmoid edit": ["custom", "--code", "EDIT", "--steps", "20", "--every", "5", "--seed", "11"],
}
PYPLOT = """import json
figure = yscale = xlabel = ylabel = show = lambda *args, **kwargs: None
def plot(values):
    with open("plotted.json", "w") as file:
        json.dump([float(value) for value in values], file)
"""


def export(args: list[str]) -> tuple[str, models.RunResult]:
    """The notebook of the run ``args`` describes, made as the ``notebook`` command makes it."""
    options = build_parser().parse_args(["run", *args])
    config = config_from(options)
    edited = read_code(options.code, config.variant) if options.code is not None else None
    threads = int(options.threads) if options.threads else None
    result = models.run(config, threads=threads, train=edited and edited.train)
    every = int(options.every) if options.every else None
    return notebook_text(result, app_version=app.__version__, every=every, threads=threads, edited=edited), result


def execute(text: str, folder: Path, plot: bool = True) -> nbformat.NotebookNode:
    """Run every cell in a fresh kernel whose working folder is ``folder``; a stand-in pyplot records the plot."""
    if plot:
        (folder / "matplotlib").mkdir()
        (folder / "matplotlib" / "__init__.py").write_text("")
        (folder / "matplotlib" / "pyplot.py").write_text(PYPLOT)
    book = nbformat.reads(text, as_version=4)
    NotebookClient(book, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
    return book


def run(args: list[str]) -> str:
    """What ``python -m app run`` prints, run as a process of its own."""
    done = subprocess.run([sys.executable, "-m", "app", "run", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def cell(book: nbformat.NotebookNode, cell_id: str):
    return next(cell for cell in book.cells if cell.id == cell_id)


def stdout(cell) -> str:
    return "".join(output.text for output in cell.outputs if output.get("name") == "stdout")


@pytest.fixture(autouse=True)
def kernel_imports_this_checkout(monkeypatch):
    """The kernel (an edit's run cell imports ``models``) reads this checkout, as ``python -m app`` here does."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))


@pytest.mark.parametrize("args", CASES.values(), ids=CASES.keys())
def test_the_notebook_prints_what_run_prints(tmp_path, args):
    if "EDIT" in args:
        text = VARIANTS["custom"].full_source()
        assert text.count(SIGMOID[0]) == 1
        (tmp_path / "edit.py").write_text(text.replace(*SIGMOID))
        args = [str(tmp_path / "edit.py") if arg == "EDIT" else arg for arg in args]
    printed = run(args)  # one process at a time: each has the default threads of a machine to itself
    text, result = export(args)
    book = execute(text, tmp_path)
    assert stdout(cell(book, "run")) == printed
    assert stdout(cell(nbformat.reads(text, as_version=4), "run")) == printed  # stored, as it reads unrun
    assert len(printed.splitlines()) == result.config.steps // int(args[args.index("--every") + 1])
    assert json.loads((tmp_path / "plotted.json").read_text()) == result.losses.tolist()
    if "--code" in args:  # the module the notebook's cell wrote and ran is the edit, and reads back as it
        edit = read_edit(text, "export.ipynb")
        assert (edit.variant, edit.text) == ("custom", (tmp_path / "edit.py").read_text())
        assert (tmp_path / "custom_module.py").read_text() == edit.text


def test_without_matplotlib_the_plot_cell_says_how_to_install_it(tmp_path):
    if find_spec("matplotlib") is not None:
        pytest.skip("matplotlib is installed here")
    text, _ = export(["nn", "--steps", "3", "--every", "1"])
    book = execute(text, tmp_path, plot=False)
    assert stdout(cell(book, "plot")) == ("The plot needs matplotlib: install it into this kernel "
                                          "(%pip install matplotlib) and run this cell again.\n")

"""An exported notebook, run headless by nbclient in a fresh kernel, prints what ``python -m app run`` prints.

Each case is a command line: ``run`` runs it in a process of its own, ``notebook`` exports the same run
in this one, the notebook is executed with its kernel's default threads, and the two outputs are
compared to the last digit. All seven variants, with settings changed from the notebook's, and
edits made as a student makes them: in an exported notebook's module cell, taken back with
``--code FILE.ipynb``, then exported again.
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

from app.cli.main import main
from models.notebook_edit import read_edit

pytestmark = pytest.mark.process

ROOT = Path(__file__).resolve().parents[1]
EDITS = {"custom": ("h_relu = self.linear1(x).clamp(min=0)", "h_relu = torch.sigmoid(self.linear1(x))"),
         "dynamic": ("self.depth = random.randint(0, 3)", "self.depth = 3"),
         "numpy": ("h_relu = np.maximum(h, 0)", "h_relu = np.maximum(h, 0.1 * h)")}
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
    "dynamic, three deep edit, float64": ["dynamic", "--code", "EDIT", "--dtype", "float64", "--steps", "20",
                                          "--every", "5", "--seed", "6"],
    "numpy, leaky edit, sizes": ["numpy", "--code", "EDIT", "--N", "16", "--D-in", "40", "--steps", "12",
                                 "--every", "4", "--seed", "1"],
}
PYPLOT = """import json
figure = yscale = xlabel = ylabel = show = lambda *args, **kwargs: None
def plot(values):
    with open("plotted.json", "w") as file:
        json.dump([float(value) for value in values], file)
"""


def export(args: list[str], folder: Path) -> str:
    """The notebook of the run ``args`` describes, as ``python -m app notebook`` writes it."""
    out = folder / "export.ipynb"
    assert main(["notebook", *args, "--out", str(out)]) == 0
    return out.read_text()


def edited_in_jupyter(variant: str, folder: Path) -> Path:
    """An exported notebook whose module cell a student changed in Jupyter, which keeps a cell's lines."""
    document = json.loads(export([variant, "--steps", "1"], folder))
    module = next(cell for cell in document["cells"] if cell["id"] == "module")
    old, new = EDITS[variant]
    assert "".join(module["source"]).count(old) == 1
    module["source"] = "".join(module["source"]).replace(old, new).splitlines(keepends=True)
    path = folder / "edited.ipynb"
    path.write_text(json.dumps(document, indent=1))
    return path


def execute(text: str, folder: Path, plot: bool = True) -> nbformat.NotebookNode:
    """Run every cell in a fresh kernel whose working folder is ``folder``; a stand-in pyplot records the plot."""
    if plot:
        (folder / "matplotlib").mkdir()
        (folder / "matplotlib" / "__init__.py").write_text("")
        (folder / "matplotlib" / "pyplot.py").write_text(PYPLOT)
    book = nbformat.reads(text, as_version=4)
    NotebookClient(book, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
    return book


def run(args: list[str], csv: Path) -> str:
    """What ``python -m app run`` prints, run as a process of its own; every step's loss into ``csv``."""
    done = subprocess.run([sys.executable, "-m", "app", "run", *args, "--csv", str(csv)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
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
        args = [str(edited_in_jupyter(args[0], tmp_path)) if arg == "EDIT" else arg for arg in args]
    printed = run(args, tmp_path / "run.csv")  # one process at a time: each has the default threads of a machine
    text = export(args, tmp_path)
    book = execute(text, tmp_path)
    assert stdout(cell(book, "run")) == printed
    assert stdout(cell(nbformat.reads(text, as_version=4), "run")) == printed  # stored, as it reads unrun
    every, steps = (int(args[args.index(option) + 1]) for option in ("--every", "--steps"))
    assert len(printed.splitlines()) == steps // every
    losses = [float(row.split(",")[1]) for row in (tmp_path / "run.csv").read_text().splitlines()[1:]]
    assert json.loads((tmp_path / "plotted.json").read_text()) == losses
    if "--code" in args:  # the module the notebook's cell wrote and ran is the student's edit
        edit = read_edit(Path(args[args.index("--code") + 1]).read_text(), "edited.ipynb")
        assert read_edit(text, "export.ipynb").text == edit.text
        written = cell(book, "module").source.split("\n", 1)[0].removeprefix("%%writefile ")
        assert (tmp_path / written).read_text() == edit.text


def test_without_matplotlib_the_plot_cell_says_how_to_install_it(tmp_path):
    if find_spec("matplotlib") is not None:
        pytest.skip("matplotlib is installed here")
    text = export(["nn", "--steps", "3", "--every", "1"], tmp_path)
    book = execute(text, tmp_path, plot=False)
    assert stdout(cell(book, "plot")) == ("The plot needs matplotlib: install it into this kernel "
                                          "(%pip install matplotlib) and run this cell again.\n")

"""models.notebook: the notebook's own material ships as the seed has it; a run becomes a valid notebook with
its settings where the cells set them; an edit reads back from it, and a hostile notebook is refused in one line."""

import dataclasses
import difflib
import hashlib
import json
from pathlib import Path

import nbformat
import numpy as np
import pytest

from models import VARIANTS, RunConfig, RunResult
from models.edited import EditedCode
from models.notebook import notebook, notebook_text
from models.notebook_edit import MAX_BYTES, MAX_DEPTH, NotebookError, read_edit
from resources import resource

CELLS = Path(__file__).resolve().parents[1] / "notebook"  # the seed's code cells, verbatim
SEVEN = ("numpy", "tensors", "autograd", "nn", "optim", "custom", "dynamic")
VERSION = "9.9.9"


def result_of(variant: str, losses=(3.0, 2.0, 1.0), outcome: str = "finished", **settings) -> RunResult:
    """A run's result without the training: what the notebook is made from."""
    return RunResult(RunConfig.for_variant(variant, **settings), np.array(losses), None, outcome, 0.1)


def code_of(book, prefix: str) -> str:
    """The section's code cells (ids ``prefix-N``, the last ``run``) as the seed file writes them, unnumbered."""
    cells = [cell for cell in book.cells if cell.id.startswith(f"{prefix}-") or cell.id == "run"]
    return "\n\n".join(cell.source for cell in cells) + "\n"


def verbatim(name: str) -> str:
    lines = (CELLS / f"{name}.txt").read_text().splitlines(keepends=True)
    return "".join(line for line in lines if not line.startswith("# In ["))


def kept_for_the_plot(code: str) -> str:
    """``code`` without the two lines the export adds to keep every step's loss."""
    added = ("losses = []  # Descent Lab: every step's loss, for the plot at the end\n",
             "    losses.append(float(loss))\n")
    lines = code.splitlines(keepends=True)
    assert [line for line in lines if line in added] == list(added)
    return "".join(line for line in lines if line not in added)


@pytest.mark.parametrize("name", (*SEVEN, "imports"))
def test_the_code_cells_ship_as_the_seed_has_them(name):
    assert resource("notebook", f"{name}.txt").read_text(encoding="utf-8") == (CELLS / f"{name}.txt").read_text()


KNOWN = {
    "title": ["## Introduction to PyTorch\n"],
    "numpy": ["Numpy is a generic framework for scientific computing; it does not know anything about computation "
              "graphs, or deep learning, or gradients."],
    "math": ["- $h=Xw_{1}$ is a $N \\times H$ matrix\n", "The gradient descent method updates $w_{1}$ and $w_{2}$ "
             "are \n", "where $\\rho$ is the learning rate.\n"],
    "tensors": ["but they’re also useful as a generic tool for scientific computing."],
    "autograd": ["If x is a Tensor that has x.requires_grad = True then x.grad is another Tensor holding the "
                 "gradient of x with respect to some scalar value."],
    "nn": ["In TensorFlow, packages like Keras, TensorFlow-Slim, and TFLearn provide higher-level abstractions"],
    "optim": ["but we will optimize the model using the Adam algorithm provided by the optim package:\n"],
    "custom": ["In this example we implement our two-layer network as a custom Module subclass:\n"],
    "dynamic": ["a fully-connected ReLU network that on each forward pass chooses a random number between 1 and 4",
                "We can easily implement this model as a Module subclass:\n"],
}


@pytest.mark.parametrize("name", KNOWN)
def test_each_section_s_text_ships_as_the_seed_has_it(name):
    text = resource("notebook", f"{name}.md").read_text(encoding="utf-8")
    for sentence in KNOWN[name]:
        assert sentence in text
    if name in VARIANTS:  # headed by the section's title, as the catalog names it
        assert text.startswith(f"### {VARIANTS[name].title}\n\n")


@pytest.mark.parametrize("variant", SEVEN)
def test_at_the_notebook_s_settings_the_cells_are_the_seed_s(variant):
    book = notebook(result_of(variant), app_version=VERSION)
    assert kept_for_the_plot(code_of(book, variant)) == verbatim(variant)
    assert [cell.source for cell in book.cells if cell.id.startswith("imports-")] == \
        verbatim("imports").rstrip("\n").split("\n\n")
    about = book.cells[0].source
    assert about.startswith("## Introduction to PyTorch\n\n" + resource("notebook", f"{variant}.md").read_text())
    assert "The settings are the notebook's." in about
    assert f"`python -m app run {variant}`" in about


def changed_lines(variant: str, **settings) -> tuple[list[str], list[str]]:
    """The lines of the section's cells the settings took out, and those they put in (the kept losses aside)."""
    code = kept_for_the_plot(code_of(notebook(result_of(variant, **settings), app_version=VERSION), variant))
    diff = list(difflib.ndiff(verbatim(variant).splitlines(), code.splitlines()))
    return [line[2:] for line in diff if line.startswith("- ")], [line[2:] for line in diff if line.startswith("+ ")]


def test_the_settings_go_where_the_cells_set_them():
    assert changed_lines("numpy", N=8, D_in=3, H=5, D_out=2, lr=1e-5, steps=7) == (
        ["N, D_in, H, D_out = 64, 1000, 100, 10", "learning_rate = 1e-6", "for t in range(500):"],
        ["N, D_in, H, D_out = 8, 3, 5, 2", "learning_rate = 1e-05", "for t in range(7):"])
    assert changed_lines("autograd", dtype="float64") == (["dtype = torch.float"], ["dtype = torch.float64"])
    assert changed_lines("nn", update="in-place") == (["            param = param - learning_rate * param.grad"],
                                                      ["            param -= learning_rate * param.grad"])
    assert changed_lines("custom", lr=0.25) == (
        ["optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)"],
        ["optimizer = torch.optim.SGD(model.parameters(), lr=0.25)"])
    assert changed_lines("dynamic", momentum=0.5, lr=3e-4)[1] == [
        "optimizer = torch.optim.SGD(model.parameters(), lr=0.0003, momentum=0.5)"]


@pytest.mark.parametrize("variant", ("nn", "optim", "custom", "dynamic"))
def test_the_nn_cells_are_given_a_dtype_and_a_device_to_draw_and_build_with(variant):
    removed, added = changed_lines(variant, dtype="float64")
    model = [line for line in removed if line not in ("x = torch.randn(N, D_in)", "y = torch.randn(N, D_out)")]
    assert removed == ["x = torch.randn(N, D_in)", "y = torch.randn(N, D_out)", *model]
    assert added == ['dtype = torch.float64', 'device = torch.device("cpu")', "",
                     "x = torch.randn(N, D_in, device=device, dtype=dtype)",
                     "y = torch.randn(N, D_out, device=device, dtype=dtype)", f"{model[0]}.to(device, dtype)"]


def test_every_k_th_step_is_printed_as_run_prints_it():
    assert changed_lines("numpy", steps=10)[1][-1:] == ["for t in range(10):"]
    book = notebook(result_of("numpy", losses=[5.0, 4.0, 3.5, 1e-7, 0.0]), app_version=VERSION, every=2)
    assert "    if t % 2 == 1:\n        print(t, loss)\n" in code_of(book, "numpy")
    assert book.cells[[cell.id for cell in book.cells].index("run")].outputs[0].text == "1 4.0\n3 1e-07\n"
    tensors = notebook(result_of("tensors", losses=[2.0] * 3), app_version=VERSION, every=1)
    assert "    if t % 1 == 0:\n" in code_of(tensors, "tensors")
    assert "- prints the loss every step (the notebook's cell: every 100th step)" in tensors.cells[0].source
    assert "- prints the loss every 2nd step (the notebook's cell: every step)" in book.cells[0].source


def test_the_notebook_is_valid_and_the_same_for_the_same_run():
    run = result_of("dynamic", momentum=0.5, seed=7)
    text = notebook_text(run, app_version=VERSION, every=5, threads=2)
    assert text == notebook_text(run, app_version=VERSION, every=5, threads=2)
    book = nbformat.reads(text, as_version=4)
    nbformat.validate(book)
    assert (book.nbformat, book.metadata.kernelspec.name) == (4, "python3")
    assert book.metadata.descent_lab == {
        "version": VERSION, "variant": "dynamic", "config": run.config.to_dict(), "every": 5, "threads": 2,
        "code": {"name": "dynamic", "edited": False,
                 "sha256": hashlib.sha256(VARIANTS["dynamic"].full_source().encode()).hexdigest()}}
    seeds = book.cells[[cell.id for cell in book.cells].index("seeds")].source
    assert "np.random.seed(7)\ntorch.manual_seed(7)\nrandom.seed(7)" in seeds
    assert "torch.set_num_threads(2)" in seeds and "threadpool_limits(limits=2" in seeds
    assert "python -m app run dynamic --seed 7 --momentum 0.5 --every 5 --threads 2" in book.cells[0].source
    assert "set_num_threads" not in notebook_text(result_of("dynamic"), app_version=VERSION)


def test_an_edit_is_exported_as_its_module_and_a_cell_that_runs_it():
    text = VARIANTS["custom"].full_source().replace("clamp(min=0)", "clamp(min=0.1)")
    edited = EditedCode("custom", text)
    book = notebook(result_of("custom", steps=3, seed=11), app_version=VERSION, every=1, edited=edited)
    ids = [cell.id for cell in book.cells]
    assert ids == ["about", "imports-1", "imports-2", "seeds", "module-about", "module", "run", "plot"]
    assert book.cells[ids.index("module")].source == "%%writefile custom_module.py\n" + text.removesuffix("\n")
    run = book.cells[ids.index("run")]
    assert "config = RunConfig.for_variant('custom', steps=3, seed=11)" in run.source
    assert "EditedCode('custom', file.read(), 'custom_module.py')" in run.source
    assert run.outputs[0].text == "0 3.0\n1 2.0\n2 1.0\n"
    assert book.metadata.descent_lab.code == {"name": edited.label, "sha256": edited.sha256, "edited": True}
    assert f"your edit of the custom variant's module, {edited.label}, in place" in book.cells[0].source
    assert "`python -m app run custom --steps 3 --seed 11 --every 1 --code custom_module.py`" in book.cells[0].source


def test_a_diverged_or_stopped_run_says_so():
    diverged = notebook(result_of("numpy", losses=[1.0, np.inf], outcome="diverged at step 1"), app_version=VERSION)
    assert ("In Descent Lab this run diverged at step 1: the loss became inf, and the app stopped it there. The "
            "notebook's loop goes on") in diverged.cells[0].source
    edited = EditedCode("numpy", VARIANTS["numpy"].full_source())
    stops = notebook(result_of("numpy", losses=[1.0, np.inf], outcome="diverged at step 1"), app_version=VERSION,
                     edited=edited)
    assert "and the app stopped it there. So does the run cell below." in stops.cells[0].source
    stopped = notebook(result_of("optim", losses=[1.0], outcome="stopped at step 0"), app_version=VERSION)
    assert "ended after 1 of 500 steps (stopped at step 0)" in stopped.cells[0].source
    assert not stopped.cells[[cell.id for cell in stopped.cells].index("run")].outputs  # it printed nothing


def test_the_nn_note_explains_the_notebook_s_update_until_it_is_fixed():
    assert "**Why is the loss flat?**" in notebook(result_of("nn"), app_version=VERSION).cells[0].source
    fixed = notebook(result_of("nn", update="in-place"), app_version=VERSION).cells[0].source
    assert "Why is the loss flat?" not in fixed
    assert "the in-place update `param -= learning_rate * param.grad`" in fixed


# Reading an edit back


def exported(variant: str = "custom", edited=None) -> dict:
    return json.loads(notebook_text(result_of(variant), app_version=VERSION, edited=edited))


@pytest.mark.parametrize("variant", SEVEN)
def test_every_export_reads_back_as_its_variant_s_module(variant):
    edit = read_edit(json.dumps(exported(variant)), "lesson.ipynb")
    assert (edit.variant, edit.text) == (variant, VARIANTS[variant].full_source())
    assert EditedCode(variant, edit.text).is_original


def test_an_edit_made_in_jupyter_reads_back():
    document = exported("dynamic", EditedCode("dynamic", VARIANTS["dynamic"].full_source()))
    module = next(cell for cell in document["cells"] if cell["id"] == "module")
    source = "".join(module["source"]).replace("random.randint(0, 3)", "3")
    module["source"] = source.replace("\n", "\r\n").splitlines(keepends=True)  # Jupyter keeps lines; Windows CRLF
    edit = read_edit(json.dumps(document), "lesson.ipynb")
    assert edit.variant == "dynamic"
    assert edit.text == VARIANTS["dynamic"].full_source().replace("random.randint(0, 3)", "3")
    assert edit.cell == [cell["id"] for cell in document["cells"]].index("module") + 1


def test_a_variant_that_shares_its_module_is_told_apart_by_the_metadata(monkeypatch):
    twin = dataclasses.replace(VARIANTS["custom"], name="twin", title="PyTorch: Custom nn Modules, again")
    monkeypatch.setitem(VARIANTS, "twin", twin)
    document = exported("twin")
    assert [cell["id"] for cell in document["cells"]] == [
        "about", "imports-1", "imports-2", "seeds", "module-about", "module", "run", "plot"]  # no section of its own
    assert read_edit(json.dumps(document), "twin.ipynb").variant == "twin"
    del document["metadata"]["descent_lab"]
    assert read_edit(json.dumps(document), "twin.ipynb").variant == "custom"


def refusal(text: str) -> str:
    with pytest.raises(NotebookError) as refused:
        read_edit(text, "x.ipynb")
    message = str(refused.value)
    assert "\n" not in message
    return message


def with_cells(*cells, **top) -> str:
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": list(cells), **top})


def test_a_notebook_without_a_variant_s_cell_is_told_what_is_expected():
    expected = ("x.ipynb holds no code cell of a Descent Lab variant: export one with "
                "`python -m app notebook VARIANT`")
    assert refusal(with_cells()) == expected
    assert refusal(with_cells({"cell_type": "markdown", "source": "%%writefile custom_module.py\n"})) == expected
    assert refusal(with_cells({"cell_type": "code", "source": "%%writefile resnet.py\nimport torch\n"})) == expected
    assert refusal(with_cells(7, None, [], {"cell_type": "code", "source": 3},
                              {"cell_type": "code", "source": ["%%writefile custom_module.py\n", 4]})) == expected
    document = exported()
    document["cells"] = [cell for cell in document["cells"] if cell["id"] != "module"]
    assert refusal(json.dumps(document)) == expected


def test_two_variant_cells_are_refused():
    document = exported("nn")
    module = next(cell for cell in document["cells"] if cell["id"] == "module")
    document["cells"].append(dict(module, id="copy"))
    place = [cell["id"] for cell in document["cells"]].index("module") + 1
    assert refusal(json.dumps(document)) == (f"x.ipynb holds 2 code cells of Descent Lab variants (cells {place}, "
                                             f"{len(document['cells'])}); keep the one to run")


@pytest.mark.parametrize(("text", "said"), [
    ("", "x.ipynb is not a Jupyter notebook: not valid JSON (Expecting value: line 1 column 1)"),
    ('{"cells": [\n"', "x.ipynb is not a Jupyter notebook: not valid JSON (Unterminated string starting at: line 2 "
     "column 1)"),
    ("[]", "x.ipynb is not a Jupyter notebook: it holds no cells"),
    ('{"nbformat": 4}', "x.ipynb is not a Jupyter notebook: it holds no cells"),
    ('{"nbformat": 3, "worksheets": []}', "x.ipynb is a notebook of nbformat 3; Descent Lab reads nbformat 4, as "
     "Jupyter writes it"),
    ('{"nbformat": true, "cells": []}', "x.ipynb is a notebook of nbformat true; Descent Lab reads nbformat 4, as "
     "Jupyter writes it"),
    ('{"nbformat": 4.0, "cells": []}', "x.ipynb is a notebook of nbformat 4.0; Descent Lab reads nbformat 4, as "
     "Jupyter writes it"),
    ('{"nbformat": 4, "cells": {}}', "x.ipynb is a notebook of nbformat 4; Descent Lab reads nbformat 4, as "
     "Jupyter writes it"),
    ('{"nbformat": 4, "cells": [], "x": NaN}', "x.ipynb holds NaN, which is not JSON"),
    ('{"nbformat": 4, "cells": [], "x": ' + "9" * 101 + "}", "x.ipynb holds a number of 101 digits; at most 100 "
     "are read"),
    ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), f"x.ipynb nests values more than {MAX_DEPTH} levels deep; a "
     "notebook nests about six"),
    ("[" * 1_000_000, f"x.ipynb nests values more than {MAX_DEPTH} levels deep; a notebook nests about six"),
    ('"\\' * 500_000, "x.ipynb is not a Jupyter notebook: not valid JSON (Unterminated string starting at: line 1 "
     "column 1)"),  # each quote escaped: read in one pass, never a scan from each quote to the end
], ids=["empty", "cut short", "a list", "no cells", "nbformat 3", "nbformat true", "nbformat 4.0", "cells not a list",
        "NaN", "a long number", "too deep", "a million deep", "a million escapes"])
def test_a_hostile_notebook_is_refused_in_one_line(text, said):
    assert refusal(text) == said


def test_brackets_inside_strings_are_not_nesting_and_a_huge_file_is_refused_unread():
    deep_in_a_string = {"cell_type": "markdown", "source": "[{" * 1000 + '\\"]}\\\\'}
    document = exported()
    document["cells"].insert(0, deep_in_a_string)
    assert read_edit(json.dumps(document), "x.ipynb").variant == "custom"
    assert refusal(" " * (MAX_BYTES + 1)) == f"x.ipynb is {MAX_BYTES >> 20} MB or more; a notebook is read up to " \
                                             f"{MAX_BYTES >> 20} MB"

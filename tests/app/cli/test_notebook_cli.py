"""``notebook VARIANT --out FILE.ipynb``: the run written as a notebook wherever the path points, with `run`'s exit
codes; ``run --code FILE.ipynb`` takes an edited notebook's module back; the JSON names the notebook.

That an exported notebook, executed, prints what ``run`` prints is ``tests/test_notebook_export.py``'s.
"""

import json
import os

import nbformat
import pytest

from app.cli.main import main
from models import VARIANTS
from models.notebook_edit import MAX_BYTES, read_edit
from tests.app.cli.headless import window_never_opens  # noqa: F401 (autouse)

TINY = ["--N", "4", "--D-in", "6", "--H", "5", "--D-out", "3", "--steps", "4", "--every", "1"]
SIGMOID = ("h_relu = self.linear1(x).clamp(min=0)", "h_relu = torch.sigmoid(self.linear1(x))")


def export(tmp_path, *args, name="lesson.ipynb"):
    out = tmp_path / name
    assert main(["notebook", *args, "--out", str(out)]) == 0
    return out


def module_cell(path) -> int:
    """The place (from 1) of the notebook's module cell, as Jupyter counts cells."""
    return [cell["id"] for cell in json.loads(path.read_text())["cells"]].index("module") + 1


def edited_in_jupyter(tmp_path, variant, old, new, name="edited.ipynb"):
    """An exported notebook whose module cell a student changed (Jupyter keeps a cell as a list of lines)."""
    document = json.loads(export(tmp_path, variant, *TINY).read_text())
    module = next(cell for cell in document["cells"] if cell["id"] == "module")
    source = "".join(module["source"])
    assert source.count(old) == 1
    module["source"] = source.replace(old, new).splitlines(keepends=True)
    path = tmp_path / name
    path.write_text(json.dumps(document, indent=1))
    return path


def refused(argv, capsys, status=2):
    """The one line on stderr of ``argv``, which exits ``status`` and prints nothing else."""
    assert main(argv) == status
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_the_notebook_is_written_and_named_with_the_run_s_outcome(tmp_path, capsys):
    path = tmp_path / "lesson.ipynb"
    assert main(["notebook", "custom", *TINY, "--seed", "3", "--out", str(path)]) == 0
    assert capsys.readouterr() == (f"{path}  (custom: finished)\n", "")
    book = nbformat.reads(path.read_text(), as_version=4)
    nbformat.validate(book)
    config = book.metadata.descent_lab.config
    assert (config["variant"], config["seed"], config["steps"], config["N"]) == ("custom", 3, 4, 4)


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_variant_exports_with_and_without_an_edit(tmp_path, capsys, variant):
    module = tmp_path / "module.py"
    module.write_text(VARIANTS[variant].full_source() + "# a student's note, which changes no number\n")
    plain = export(tmp_path, variant, *TINY, "--lr", "2e-4", name="plain.ipynb")
    edited = export(tmp_path, variant, *TINY, "--lr", "2e-4", "--code", str(module), name="edited.ipynb")
    capsys.readouterr()
    assert main(["run", variant, *TINY, "--lr", "2e-4"]) == 0
    printed = capsys.readouterr().out
    for path in (plain, edited):
        book = nbformat.reads(path.read_text(), as_version=4)
        nbformat.validate(book)
        assert "".join(output.text for output in next(c for c in book.cells if c.id == "run").outputs) == printed
    assert read_edit(edited.read_text(), "edited.ipynb").text == module.read_text()
    assert read_edit(plain.read_text(), "plain.ipynb").text == VARIANTS[variant].full_source()


def test_run_s_json_names_the_notebook_that_reproduces_it(tmp_path, capsys):
    options = ["dynamic", *TINY, "--momentum", "0.5", "--threads", "1"]
    named = dict(nbformat.reads(export(tmp_path, *options).read_text(), as_version=4).metadata.descent_lab)
    assert main(["run", *options, "--json", str(tmp_path / "run.json")]) == 0
    del named["version"]
    assert json.loads((tmp_path / "run.json").read_text())["notebook"] == named
    assert named["threads"] == 1 and named["every"] == 1 and not named["code"]["edited"]


def test_dash_writes_the_notebook_alone_to_standard_output(tmp_path, capfd):
    assert main(["notebook", "nn", *TINY, "--out", "-"]) == 0
    out, err = capfd.readouterr()  # written to the descriptor, where the shell pointed it
    assert err == "" and out == export(tmp_path, "nn", *TINY).read_text()


def test_a_fifo_is_written_in_place_and_a_link_stays_a_link(tmp_path, capsys):
    fifo = tmp_path / "pipe.ipynb"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # there first, so the write finds a reader
    try:
        assert main(["notebook", "optim", *TINY, "--out", str(fifo)]) == 0
        os.set_blocking(reader, True)
        received = b"".join(iter(lambda: os.read(reader, 1 << 16), b""))
    finally:
        os.close(reader)
    target, link = tmp_path / "notes" / "target.ipynb", tmp_path / "link.ipynb"
    target.parent.mkdir()
    link.symlink_to(target)
    assert main(["notebook", "optim", *TINY, "--out", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert received.decode() == target.read_text() == export(tmp_path, "optim", *TINY).read_text()
    assert sorted(p.name for p in target.parent.iterdir()) == ["target.ipynb"]


def test_a_fifo_nobody_reads_and_an_unwritable_folder_exit_1_leaving_nothing(tmp_path, monkeypatch, capsys):
    fifo = tmp_path / "pipe.ipynb"
    os.mkfifo(fifo)
    assert refused(["notebook", "tensors", *TINY, "--out", str(fifo)], capsys, status=1) == (
        f"descent-lab: Could not write {fifo}: it is a FIFO that no program is reading\n")
    import app.io.filesystem

    def denied(*args, **kwargs):  # an unwritable folder, even for root
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(app.io.filesystem.tempfile, "mkstemp", denied)
    out = tmp_path / "lesson.ipynb"
    assert refused(["notebook", "tensors", *TINY, "--out", str(out)], capsys, status=1) == (
        f"descent-lab: Could not write {out}: Permission denied\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.ipynb"]


@pytest.mark.parametrize(("out", "said"), [
    ("lesson.txt", "argument --out: 'lesson.txt' is not a notebook's name: end it in .ipynb"),
    ("missing/lesson.ipynb", "argument --out: the folder 'missing' does not exist"),
    ("folder.ipynb", "argument --out: 'folder.ipynb' is a folder, not a file"),
])
def test_an_out_that_cannot_be_a_notebook_is_refused_before_the_run(tmp_path, monkeypatch, capsys, out, said):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder.ipynb").mkdir()
    assert refused(["notebook", "numpy", *TINY, "--out", out], capsys) == f"descent-lab: error: {said}\n"


def test_a_folder_without_write_permission_is_refused_before_the_run(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as a user without write permission finds it
    assert refused(["notebook", "numpy", *TINY, "--out", str(tmp_path / "lesson.ipynb")], capsys) == (
        f"descent-lab: error: argument --out: the folder {str(tmp_path)!r} is not writable\n")


def test_a_run_that_diverges_is_written_and_exits_3(tmp_path, capsys):
    path = tmp_path / "diverged.ipynb"
    assert main(["notebook", "numpy", "--steps", "30", "--lr", "1", "--out", str(path)]) == 3
    out, err = capsys.readouterr()
    assert out.startswith(f"{path}  (numpy: diverged at step ") and "try a learning rate smaller than 1" in err
    assert "In Descent Lab this run diverged at step" in nbformat.reads(path.read_text(), as_version=4).cells[0].source


def test_an_edit_that_raises_is_written_and_told_on_its_line_exit_4(tmp_path, capsys):
    path = edited_in_jupyter(tmp_path, "custom", "y_pred = model(x)", "y_pred = model(x) + {}['no']")
    capsys.readouterr()
    out = tmp_path / "failed.ipynb"
    assert main(["notebook", "custom", *TINY, "--code", str(path), "--out", str(out)]) == 4
    err = capsys.readouterr().err
    assert f"custom_module.py (cell {module_cell(path)} of {path})" in err and err.rstrip().endswith("KeyError: 'no'")
    assert "(failed: KeyError" in nbformat.reads(out.read_text(), as_version=4).cells[0].source


# The way back: an exported notebook, edited in Jupyter, runs in the app


def test_an_edited_notebook_runs_as_the_same_edit_in_a_py_file(tmp_path, capsys):
    notebook = edited_in_jupyter(tmp_path, "custom", *SIGMOID)
    module = tmp_path / "edit.py"
    module.write_text(VARIANTS["custom"].full_source().replace(*SIGMOID))
    capsys.readouterr()
    assert main(["run", "custom", "--seed", "11", "--steps", "20", "--every", "5", "--code", str(module)]) == 0
    from_module = capsys.readouterr().out
    assert main(["run", "custom", "--seed", "11", "--steps", "20", "--every", "5", "--code", str(notebook)]) == 0
    assert capsys.readouterr().out == from_module
    again = export(tmp_path, "custom", "--code", str(notebook), *TINY, name="again.ipynb")  # and out once more
    assert nbformat.reads(again.read_text(), as_version=4).metadata.descent_lab.code.edited


def test_a_mistake_in_the_notebook_s_module_is_told_on_the_module_s_line(tmp_path, capsys):
    notebook = edited_in_jupyter(tmp_path, "custom", "h_relu = self.linear1(x).clamp(min=0)",
                                 "h_relu = self.linear1(x).clamp(min=0")
    line = VARIANTS["custom"].full_source().splitlines().index("        h_relu = self.linear1(x).clamp(min=0)") + 1
    capsys.readouterr()
    err = refused(["run", "custom", *TINY, "--code", str(notebook)], capsys)
    assert err.startswith(f"custom_module.py (cell {module_cell(notebook)} of {notebook}), line {line}: ")


@pytest.mark.parametrize(("content", "said"), [
    ('{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []}',
     "{path} holds no code cell of a Descent Lab variant: export one with `python -m app notebook VARIANT`"),
    ("def train(config, problem=None):\n    yield\n", "{path} is not a Jupyter notebook: not valid JSON "
     "(Expecting value: line 1 column 1)"),
    ("[" * 100_000, "{path} nests values more than 64 levels deep; a notebook nests about six"),
    (None, "Could not open {path}: it is larger than 16 MB"),
], ids=["no module cell", "a module named .ipynb", "too deep", "huge"])
def test_a_notebook_that_holds_no_module_is_refused_in_one_line(tmp_path, capsys, content, said):
    path = tmp_path / "x.ipynb"
    if content is None:
        with path.open("wb") as file:
            file.truncate(MAX_BYTES + 1)  # sparse: refused by its size, never read
    else:
        path.write_text(content)
    assert refused(["run", "custom", *TINY, "--code", str(path)], capsys) == (
        f"descent-lab: error: argument --code: {said.format(path=path)}\n")


def test_another_variant_s_notebook_is_refused_with_the_variant_it_holds(tmp_path, capsys):
    path = export(tmp_path, "dynamic", *TINY)
    capsys.readouterr()
    assert refused(["run", "nn", *TINY, "--code", str(path)], capsys) == (
        f"descent-lab: error: argument --code: {path} holds the dynamic variant's module (dynamic_net.py), not the "
        "nn variant's: run it as dynamic\n")

"""The window's notebook: File, Export as notebook… writes the file the command line writes for the same run,
the run's JSON names that notebook, and the editor's Open… takes back a module or an edited notebook."""

import json

import nbformat
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.cli.main import main
from models import VARIANTS

SIGMOID = ("h_relu = self.linear1(x).clamp(min=0)", "h_relu = torch.sigmoid(self.linear1(x))")
THREE_DEEP = ("self.depth = random.randint(0, 3)", "self.depth = 3")


def exported_by_the_command_line(tmp_path, name, *args) -> str:
    out = tmp_path / name
    assert main(["notebook", *args, "--out", str(out)]) == 0
    return out.read_text()


def edited_notebook(tmp_path, variant, old, new, name="lesson.ipynb"):
    """An exported notebook whose module cell a student changed in Jupyter (which keeps a cell's lines)."""
    document = json.loads(exported_by_the_command_line(tmp_path, "export.ipynb", variant, "--steps", "5"))
    module = next(cell for cell in document["cells"] if cell["id"] == "module")
    source = "".join(module["source"])
    assert source.count(old) == 1
    module["source"] = source.replace(old, new).splitlines(keepends=True)
    path = tmp_path / name
    path.write_text(json.dumps(document, indent=1))
    return path


def export_through_the_menu(ui, qtbot, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(path), ""))
    ui.focus_plots()
    ui.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: ui.message.startswith(f"Saved {path}"))


def open_through_the_editor(ui, qtbot, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    ui.click("open_code")


def test_the_menu_writes_the_notebook_the_command_line_writes_for_the_same_run(ui, qtbot, monkeypatch, tmp_path):
    ui.finish("dynamic", steps=30, seed=7, momentum=0.5)
    export_through_the_menu(ui, qtbot, monkeypatch, tmp_path / "window.ipynb")
    window = (tmp_path / "window.ipynb").read_text()
    command = exported_by_the_command_line(tmp_path, "cli.ipynb", "dynamic", "--steps", "30", "--seed", "7",
                                           "--momentum", "0.5", "--threads", "1")  # the window's threads here
    assert window == command
    nbformat.validate(nbformat.reads(window, as_version=4))


def test_an_edited_run_exports_as_its_module_and_the_json_names_the_notebook(ui, qtbot, monkeypatch, tmp_path):
    module = tmp_path / "edit.py"
    module.write_text(VARIANTS["custom"].full_source().replace(*SIGMOID))
    ui.choose("custom")
    ui.code_files.open_code(module)
    qtbot.waitUntil(lambda: "custom" in ui.edits)
    ui.finish("custom", steps=20)
    export_through_the_menu(ui, qtbot, monkeypatch, tmp_path / "window.ipynb")
    window = (tmp_path / "window.ipynb").read_text()
    assert window == exported_by_the_command_line(tmp_path, "cli.ipynb", "custom", "--steps", "20", "--threads", "1",
                                                  "--code", str(module))
    summary = json.loads(next(p for p in ui.files.export_run(tmp_path / "run.csv") if p.suffix == ".json").read_text())
    named = dict(nbformat.reads(window, as_version=4).metadata.descent_lab)
    del named["version"]
    assert summary["notebook"] == named and named["code"]["edited"]


def test_a_race_is_not_exported_as_a_notebook(ui, qtbot, tmp_path):
    ui.set(steps=5)
    ui.pace(None)
    ui.racing.start(["nn", "optim"])
    ui.run_to_end()
    assert not ui.code_files.export_notebook(tmp_path / "race.ipynb")
    assert "race is not exported as a notebook" in ui.message
    assert not (tmp_path / "race.ipynb").exists()
    ui.files.export_run(tmp_path / "race.csv")
    assert "notebook" not in json.loads((tmp_path / "race-nn.json").read_text())  # no notebook reproduces a lane


def test_a_notebook_that_cannot_be_written_is_said_and_the_run_stays(ui, qtbot, tmp_path):
    ui.finish("nn", steps=5)
    folder = tmp_path / "notes.txt"
    folder.write_text("a file where a folder should be")
    assert ui.code_files.export_notebook(folder / "lesson.ipynb")
    qtbot.waitUntil(lambda: ui.banner.kind == "error")
    said = ui.banner.message
    assert said.startswith(f"Notebook not saved. Could not write {folder / 'lesson.ipynb'}: ")
    assert ui.code_files.export_notebook(tmp_path / "lesson.ipynb")  # elsewhere, from the run kept
    qtbot.waitUntil(lambda: (tmp_path / "lesson.ipynb").exists())


def test_the_editor_opens_an_edited_notebook_as_its_variant_and_runs_it(ui, qtbot, monkeypatch, tmp_path):
    path = edited_notebook(tmp_path, "dynamic", *THREE_DEEP)
    ui.choose("numpy")
    open_through_the_editor(ui, qtbot, monkeypatch, path)
    qtbot.waitUntil(lambda: "dynamic" in ui.edits)
    assert ui.config().variant == "dynamic" and ui.editor.isVisible()
    assert ui.edits["dynamic"] == VARIANTS["dynamic"].full_source().replace(*THREE_DEEP)
    assert ui.code_state.startswith("From a file, not yet run")
    trainer = ui.finish("dynamic", steps=6)
    assert trainer.history.depths.tolist() == [3] * 6  # the edit ran: always three deep


def test_the_editor_opens_a_module_as_the_variant_shown_s(ui, qtbot, tmp_path):
    module = tmp_path / "mine.py"
    module.write_text(VARIANTS["optim"].full_source().replace("lr=learning_rate", "lr=learning_rate / 2"))
    ui.choose("optim")
    ui.code_files.open_code(module)
    qtbot.waitUntil(lambda: "optim" in ui.edits)
    assert ui.edits["optim"] == module.read_text() and ui.config().variant == "optim"


def test_a_file_that_holds_no_module_is_refused_in_one_sentence_and_the_editor_is_unchanged(ui, qtbot, tmp_path):
    ui.choose("custom")
    kept = {"custom": VARIANTS["custom"].full_source().replace(*SIGMOID)}
    ui.editing.set_edits(kept)
    hostile = {"resnet.ipynb": json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "code", "id": "a", "metadata": {}, "outputs": [], "execution_count": None,
         "source": "%%writefile resnet.py\nimport torch\n"}]}),
        "deep.ipynb": "[" * 100_000, "binary.py": b"\xff\xfe\x00", "nul.py": "def train():\n    yield\0\n"}
    said = {}
    for name, content in hostile.items():
        path = tmp_path / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content)
        ui.banner.clear()
        ui.code_files.open_code(path)
        qtbot.waitUntil(lambda: ui.banner.kind == "error")
        said[name] = ui.banner.message
        assert ui.edits == kept and ui.config().variant == "custom"
    assert "holds no code cell of a Descent Lab variant" in said["resnet.ipynb"]
    assert "nests values more than 64 levels deep" in said["deep.ipynb"]
    assert "is not UTF-8 text" in said["binary.py"]
    assert "holds a NUL character at line 2" in said["nul.py"]
    for message in said.values():
        assert message.startswith("Cannot open the code: ") and message.endswith(". The editor is unchanged.")
        assert "\n" not in message and "Traceback" not in message


def test_a_huge_notebook_is_refused_unread(ui, qtbot, tmp_path):
    huge = tmp_path / "huge.ipynb"
    with huge.open("wb") as file:
        file.truncate(17 << 20)  # sparse: refused by its size, never read
    ui.code_files.open_code(huge)
    qtbot.waitUntil(lambda: ui.banner.kind == "error")
    assert f"Could not open {huge}: it is larger than 16 MB" in ui.banner.message


def test_another_variant_s_notebook_waits_for_the_run_to_stop(ui, qtbot, tmp_path):
    path = edited_notebook(tmp_path, "custom", *SIGMOID)
    ui.choose("nn")
    ui.set(steps=100_000)
    ui.pace(1)
    ui.start()
    ui.code_files.open_code(path)
    qtbot.waitUntil(lambda: ui.banner.kind == "error")
    assert "holds the custom variant's module: stop the run (Esc) before opening it" in ui.banner.message
    assert "custom" not in ui.edits and ui.config().variant == "nn"

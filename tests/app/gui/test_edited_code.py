"""Edit mode, through the widgets: an edit runs at Start, its mistakes are marked on their line, a
never-yielding edit is stopped, Revert puts the notebook's code back, and edits outlive a restart."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from models import VARIANTS, RunConfig, run
from models.edited import EditedCode

STEPS = 40
NOTEBOOK = VARIANTS["custom"].full_source()


def open_editor(ui, qtbot, variant="custom"):
    ui.choose(variant)
    ui.set(steps=STEPS)
    ui.pace(None)
    ui.focus_plots()
    ui.press(Qt.Key.Key_E)
    editor = ui.editor
    qtbot.waitUntil(editor.isVisible)
    return editor


def replace(qtbot, ui, editor, old, new):
    """Find ``old`` with Ctrl+F, then type ``new`` over it, as a student does."""
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.find_field.hasFocus()
    qtbot.keyClicks(editor.find_field, old)
    qtbot.keyClick(editor.find_field, Qt.Key.Key_Return)
    assert editor.text_edit.textCursor().selectedText() == old
    qtbot.keyClick(editor.find_field, Qt.Key.Key_Escape)
    assert editor.find_field.isHidden() and ui.controller.state == "idle"  # Esc closed the find, not the run
    qtbot.keyClicks(editor.text_edit, new)
    qtbot.waitUntil(lambda: ui.edits.get(ui.editing.variant) == editor.text())


def test_an_edit_runs_at_start_as_a_different_curve_named_for_its_code(ui, qtbot):
    editor = open_editor(ui, qtbot)
    assert editor.text() == NOTEBOOK and not editor.changed_lines
    replace(qtbot, ui, editor, "clamp(min=0)", "sigmoid()")
    assert "h_relu = self.linear1(x).sigmoid()" in editor.text()
    assert editor.changed_lines == {28}  # marked against the notebook's version
    ui.click("start")
    trainer = ui.run_to_end()
    assert trainer.outcome == "finished"
    config = RunConfig.for_variant("custom", steps=STEPS)
    edited = EditedCode("custom", editor.text())
    expected = run(config, threads=1, train=edited.train).losses
    np.testing.assert_array_equal(trainer.history.losses, expected)
    assert not np.array_equal(trainer.history.losses, run(config, threads=1).losses)
    assert "h_relu = self.linear1(x).sigmoid()" in ui.code_source  # the panel shows what ran
    ui.reset()
    (label,) = [curve.label for curve in ui.past_runs.values()]
    assert label.startswith(f"custom (edited {edited.digest}), lr 0.0001")


def test_a_syntax_error_is_marked_on_its_line_and_nothing_runs(ui, qtbot):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "self.linear2(h_relu)", "self.linear2(h_relu")
    ui.click("start")
    assert ui.controller.trainer is None
    assert editor.error == (29, "SyntaxError: '(' was never closed")
    assert editor.text_edit.textCursor().blockNumber() + 1 == 29
    assert "Cannot start: line 29 of your code: '(' was never closed" in ui.banner.message


def test_an_exception_while_training_is_marked_on_the_line_it_arose_as_the_students_traceback(ui, qtbot):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "self.linear2(h_relu)", "self.linear2(h_relu.T)")
    ui.click("start")
    qtbot.waitUntil(lambda: ui.banner.kind == "error", timeout=30_000)
    line, message = editor.error
    assert line == 29
    assert 'line 29, in forward' in message and 'line 58, in train' in message
    assert message.splitlines()[-1].startswith("RuntimeError: mat1 and mat2 shapes cannot be multiplied")
    for app_part in ("app/", "models/", "trainer.py", "torch/"):
        assert app_part not in message
    assert "Your edited code failed at line 29" in ui.banner.message
    assert editor.message.isVisible()


def test_a_module_without_train_is_told_what_is_expected(ui, qtbot):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "def train(", "def fit(")
    ui.click("start")
    qtbot.waitUntil(lambda: ui.banner.kind == "error", timeout=30_000)
    assert editor.error[0] is None
    assert "must define a generator function train(config, problem)" in editor.error[1]


def never_yielding(ui, qtbot):
    editor = open_editor(ui, qtbot)
    line = editor.text().splitlines().index("    dtype = config.torch_dtype") + 1
    editor.go_to_line(line)
    editor.text_edit.insertPlainText("    while True:\n        pass\n")  # as pasted
    qtbot.waitUntil(lambda: "while True:" in ui.edits.get("custom", ""))
    ui.click("start")
    ui.wait_for_edit_running()
    return editor


def test_an_edit_that_never_yields_is_stopped_and_the_next_start_works(ui, qtbot):
    editor = never_yielding(ui, qtbot)
    ui.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ui.controls.state == "ended", timeout=10_000)  # within 1 s: benchmarks judge
    assert ui.trainer.outcome == "stopped before its first step"
    ui.click("revert")
    assert editor.text() == NOTEBOOK
    ui.click("start")
    assert ui.run_to_end().outcome == "finished"


def test_closing_the_window_during_an_edit_that_never_yields_ends_its_thread(ui, qtbot):
    never_yielding(ui, qtbot)
    trainer = ui.trainer
    ui.window.close()
    assert trainer.isFinished()


def test_revert_puts_the_notebooks_code_back_and_ctrl_z_undoes_it(ui, qtbot):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "clamp(min=0)", "sigmoid()")
    revert = ui.editing.revert_button
    assert revert.isEnabled()
    ui.click("revert")
    assert editor.text() == NOTEBOOK and not editor.changed_lines and "custom" not in ui.edits
    assert ui.code_state == "The notebook's code"
    assert not revert.isEnabled()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "custom" in ui.edits)
    assert "sigmoid()" in editor.text()


def test_tab_and_enter_indent_by_four_spaces(ui, qtbot):
    editor = open_editor(ui, qtbot)
    line = editor.text().splitlines().index("        y_pred = self.linear2(h_relu)") + 1
    editor.go_to_line(line)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_End)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)  # keeps the indent
    qtbot.keyClicks(editor.text_edit, "if True:")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)  # one level deeper after a colon
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.text_edit, "pass")
    assert editor.text().splitlines()[line: line + 2] == ["        if True:", "                pass"]


def test_edits_survive_switching_variants_and_restarting(ui, qtbot, make_window):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "clamp(min=0)", "sigmoid()")
    edited = editor.text()
    ui.choose("nn")
    assert editor.text() == VARIANTS["nn"].full_source()
    ui.choose("custom")
    assert editor.text() == edited and editor.changed_lines == {28}
    again = make_window()  # a restart: what the first window remembered as it was typed
    again.choose("custom")
    assert again.edits == {"custom": edited}
    view = again.code_view
    assert "sigmoid()" in view.source
    qtbot.waitUntil(lambda: "sigmoid()" in view.code.toPlainText())  # rendered, as shown


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_editor_follows_the_theme(ui, qtbot, theme):
    editor = open_editor(ui, qtbot)
    ui.set_look(theme, False)
    assert editor.theme.name == theme


def test_the_nn_notes_exercise_opens_the_editor_at_the_line_to_change(ui, qtbot):
    ui.choose("nn")
    banner = ui.banner
    assert 'href="line:69"' in banner.text.text() and "Or change line 69 yourself" in banner.message
    banner.text.linkActivated.emit("line:69")
    editor = ui.editor
    assert editor.isVisible() and editor.text_edit.textCursor().blockNumber() + 1 == 69
    cursor = editor.text_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
    editor.text_edit.setTextCursor(cursor)
    qtbot.keyClicks(editor.text_edit, "                    param -= learning_rate * param.grad")
    qtbot.waitUntil(lambda: "nn" in ui.edits)
    assert banner.kind is None or "flat" not in banner.message  # the note is about a line no longer there
    ui.set(steps=STEPS)
    ui.pace(None)
    ui.click("start")
    losses = ui.run_to_end().history.losses
    assert losses[-1] < losses[0] / 2  # the model learns: the exercise done


def test_snapshot_code_runs_the_edit_in_the_window_and_tells_its_fault_as_the_students(tmp_path, capsys):
    from app.cli.main import main

    code = tmp_path / "wrong.py"
    code.write_text(NOTEBOOK.replace("self.linear2(h_relu)", "self.linear2(h_relu.T)"))
    assert main(["snapshot", "custom", "--code", str(code), "--steps", "5", "--out", str(tmp_path / "s.png")]) == 4
    err = capsys.readouterr().err
    assert f'File "{code}", line 29, in forward' in err and "app/" not in err and "trainer.py" not in err
    assert (tmp_path / "s.png").stat().st_size > 0
    assert main(["snapshot", "--all", str(tmp_path / "all"), "--code", str(code)]) == 2


def test_a_session_keeps_the_edits_and_opening_it_shows_them_from_a_file_without_running(ui, qtbot, tmp_path):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "clamp(min=0)", "sigmoid()")
    edited = editor.text()
    path = tmp_path / "homework.json"
    ui.files.save_session(path)
    assert json.loads(path.read_text())["code"] == {"custom": edited}
    ui.click("revert")
    assert ui.files.open_session(path)
    assert ui.controller.trainer is None and ui.controller.state == "idle"  # shown, never run
    assert editor.isVisible() and editor.text() == edited and editor.changed_lines == {28}
    assert ui.code_state.startswith("From a file, not yet run: it runs only when you press Start")
    ui.click("start")
    assert ui.run_to_end().lanes[0].edited.text == edited
    assert not ui.code_state.startswith("From a file")


def test_from_a_file_not_yet_run_survives_a_restart_until_the_edit_runs(ui, make_window, tmp_path):
    edited = NOTEBOOK.replace("clamp(min=0)", "sigmoid()")
    path = tmp_path / "homework.json"
    path.write_text(json.dumps({"kind": "descent-lab-session", "version": 1, "pace": "max", "code": {"custom": edited},
                                "config": RunConfig.for_variant("custom", steps=STEPS).to_dict()}))
    assert ui.files.open_session(path)
    ui.window.close()

    def restarted():
        again = make_window()  # the same private settings, as the next start of the app
        again.choose("custom")
        assert again.edits == {"custom": edited}
        return again

    again = restarted()
    assert again.code_state.startswith("From a file, not yet run: it runs only when you press Start")
    again.click("start")
    assert again.run_to_end().lanes[0].edited.text == edited
    again.window.close()
    assert not restarted().code_state.startswith("From a file")  # it ran: the mark is gone for good


def test_an_older_session_without_code_opens_and_keeps_the_edits(ui, qtbot, tmp_path):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "clamp(min=0)", "sigmoid()")
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"kind": "descent-lab-session", "version": 1,
                                "config": RunConfig.for_variant("custom", steps=STEPS).to_dict(), "pace": "max"}))
    assert ui.files.open_session(path)
    assert "sigmoid()" in ui.edits["custom"]


@pytest.mark.parametrize(("code", "said"), [
    ([1], "code = [1] is not allowed: an object of variant names to their module's text"),
    ({"resnet": "x"}, "code has an unknown variant 'resnet'; known are numpy, tensors"),
    ({"custom": 7}, "code.custom = 7 is not allowed: the module's text, a string"),
])
def test_a_session_with_bad_code_is_refused_in_one_line(ui, tmp_path, code, said):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"kind": "descent-lab-session", "version": 1,
                                "config": RunConfig().to_dict(), "pace": "max", "code": code}))
    assert not ui.files.open_session(path)
    assert said in ui.banner.message and ui.edits == {}


def test_export_writes_the_edited_code_beside_the_csv_and_json(ui, qtbot, tmp_path):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "clamp(min=0)", "sigmoid()")
    ui.click("start")
    ui.run_to_end()
    written = ui.files.export_run(tmp_path / "run.csv")
    assert [path.name for path in written] == ["run.csv", "run.json", "run.py"]
    assert (tmp_path / "run.py").read_text() == editor.text()
    digest = EditedCode("custom", editor.text()).digest
    assert json.loads((tmp_path / "run.json").read_text())["code"]["name"] == f"custom (edited {digest})"


def test_run_code_json_names_the_edit(tmp_path, capsys):
    from app.cli.main import main

    code = tmp_path / "sigmoid.py"
    code.write_text(NOTEBOOK.replace("clamp(min=0)", "sigmoid()"))
    assert main(["run", "custom", "--code", str(code), "--steps", "3", "--json", str(tmp_path / "r.json")]) == 0
    document = json.loads((tmp_path / "r.json").read_text())
    assert document["code"]["name"] == f"custom (edited {EditedCode('custom', code.read_text()).digest})"

"""Hostile edits (the modules in tests/app/gui/hostile_edits, each a variant's with one thing changed) end only as a
run ends: with a sentence on the student's line, in the window and on the command line; the training thread
ends, Stop and close work, and the next Start runs.

The window keeps no time limit: an edit that never yields is stopped with Stop. The command line stops it after
``--step-timeout`` seconds: 3 here, since a first step on a loaded two-core machine has taken over 1 s.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.cli.main import main
from models import VARIANTS

ROOT = Path(__file__).resolve().parents[3]
HOSTILE = Path(__file__).parent / "hostile_edits"
STEPS = 5
STEP_TIMEOUT = "3"  # seconds; a step of these edits takes milliseconds, a loaded first step up to about 1 s


def text_of(name: str) -> str:
    return (HOSTILE / name).read_text(encoding="utf-8-sig")


def line_of(name: str, marker: str) -> int:
    """The number of the line holding ``marker``: the hostile line, or the yield that hands a step on."""
    lines = text_of(name).splitlines()
    (number,) = [number for number, line in enumerate(lines, 1) if marker in line]
    return number


HERE, AT_YIELD = "# hostile", "yield Step.of_model(t, loss, model)  # the notebook prints loss"

# The edit: its variant, what its fault says, and the line marked (where it arose), or None for no line
FAULTS = {
    "sys_exit.py": ("custom", "SystemExit", HERE),
    "system_exit_3.py": ("custom", "SystemExit: 3", HERE),
    "keyboard_interrupt.py": ("custom", "KeyboardInterrupt", HERE),
    "generator_exit.py": ("custom", "GeneratorExit", HERE),
    "fewer_steps.py": ("custom", f"the edit's train stopped after 3 of {STEPS} steps", None),
    "no_steps.py": ("custom", f"the edit's train stopped after 0 of {STEPS} steps", None),
    "more_steps.py": ("custom", f"the edit's train yielded more than the {STEPS} steps asked for; a variant "
                                "yields one Step per step of config.steps", AT_YIELD),
    "shape_change_at_step_3.py": ("custom", "step 3's weight matrices are linear1.weight (1000, 7), linear2.weight "
                                            "(7, 10); every step must keep step 0's names and shapes: linear1.weight "
                                            "(1000, 100), linear2.weight (100, 10)", AT_YIELD),
    "name_change_at_step_3.py": ("custom", "step 3's weight matrices are 0.linear1.weight (1000, 100), "
                                           "0.linear2.weight (100, 10); every step must keep step 0's names", AT_YIELD),
    "no_gradients_at_step_2.py": ("custom", "step 2 carries no gradient of linear1.weight, linear2.weight; every step "
                                            "must carry the gradients step 0 did",
                                  HERE),
    "complex_loss.py": ("custom", "step 0's loss is a Tensor of shape () of dtype complex64; it must be one real "
                                  "number", HERE),
    "depth_200.py": ("dynamic", "step 0's depth is 200; the dynamic variant draws a depth of 0, 1, 2 or 3", HERE),
    "depth_none.py": ("dynamic", "step 0's depth is None; the dynamic variant draws a depth of 0, 1, 2 or 3", HERE),
}
RAISED = ("sys_exit.py", "system_exit_3.py", "keyboard_interrupt.py", "generator_exit.py")  # told as a traceback
MISCOUNTED = ("fewer_steps.py", "no_steps.py", "more_steps.py")  # exit code 5


def expected_line(name: str) -> int | None:
    marker = FAULTS[name][2]
    return marker and line_of(name, marker)


# Through the window

def open_editor(ui, qtbot, variant: str):
    ui.choose(variant)
    ui.set(steps=STEPS)
    ui.pace(None)
    ui.focus_plots()
    ui.press(Qt.Key.Key_E)
    qtbot.waitUntil(ui.editor.isVisible)
    return ui.editor


def paste(qtbot, ui, editor, text: str) -> None:
    """The whole module over the editor's, as a student pastes it."""
    editor.text_edit.selectAll()
    editor.text_edit.insertPlainText(text)
    qtbot.waitUntil(lambda: ui.edits.get(ui.editing.variant) == text)


def the_next_start_works(ui, editor) -> None:
    """Revert to the notebook's code and Start: a whole run."""
    ui.click("revert")
    assert editor.text() == VARIANTS[ui.editing.variant].full_source()
    ui.click("start")
    assert ui.run_to_end().outcome == "finished"


def fails_with(qtbot, ui, said: str):
    """The run on show ends failed, its fault told: the training thread has ended."""
    qtbot.waitUntil(lambda: ui.banner.kind == "error", timeout=30_000)
    trainer = ui.trainer
    qtbot.waitUntil(trainer.isFinished, timeout=10_000)
    assert ui.controls.state == "ended" and trainer.outcome.startswith(f"failed: {said}")
    return trainer


@pytest.mark.parametrize("name", FAULTS)
def test_in_the_window_a_hostile_edit_fails_with_a_sentence_on_its_line_and_the_next_start_works(ui, qtbot, name):
    variant, said, _ = FAULTS[name]
    editor = open_editor(ui, qtbot, variant)
    paste(qtbot, ui, editor, text_of(name))
    ui.click("start")
    fails_with(qtbot, ui, said)
    line, message = editor.error
    assert line == expected_line(name)
    assert said in message and editor.message.isVisible()
    where = f" at line {line}" if line is not None else ""
    assert f"Your edited code failed{where}: {said.splitlines()[-1]}" in ui.banner.message
    for app_part in ("app/", "models/", "trainer.py", "edited.py"):
        assert app_part not in message
    the_next_start_works(ui, editor)


def test_closing_the_window_after_sys_exit_in_an_edit_ends_its_thread(ui, qtbot):
    editor = open_editor(ui, qtbot, "custom")
    paste(qtbot, ui, editor, text_of("sys_exit.py"))
    ui.click("start")
    trainer = fails_with(qtbot, ui, "SystemExit")
    ui.window.close()
    assert trainer.isFinished() and not ui.window.isVisible()


def test_in_the_window_an_edit_that_never_yields_after_its_first_step_is_stopped_by_stop(ui, qtbot):
    editor = open_editor(ui, qtbot, "custom")
    paste(qtbot, ui, editor, text_of("loops_after_first_step.py"))
    ui.click("start")
    qtbot.waitUntil(lambda: ui.steps_done == 1, timeout=30_000)
    ui.click("stop")
    qtbot.waitUntil(lambda: ui.controls.state == "ended", timeout=10_000)
    qtbot.waitUntil(ui.trainer.isFinished, timeout=2_000)  # `ended` is sent by the thread's last lines, just before
    assert ui.trainer.outcome == "stopped at step 0"
    the_next_start_works(ui, editor)


def test_in_the_window_a_train_that_yields_again_when_closed_is_told_on_that_yield(ui, qtbot):
    editor = open_editor(ui, qtbot, "custom")
    paste(qtbot, ui, editor, text_of("ignores_generator_exit.py"))
    ui.click("step_button")  # one step, then it holds
    qtbot.waitUntil(ui.holding, timeout=30_000)
    ui.click("stop")  # closing its train: it yields again
    fails_with(qtbot, ui, "RuntimeError: generator ignored GeneratorExit")
    assert editor.error[0] == line_of("ignores_generator_exit.py", HERE)
    the_next_start_works(ui, editor)


# On the command line

def app(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """``python -m app ARGS`` as its own process, which must end by itself."""
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def told(name: str) -> str:
    """The last line of what the command line says of the edit's fault."""
    _, said, marker = FAULTS[name]
    if name in RAISED:
        return said
    where = f"{HOSTILE / name}, line {expected_line(name)}" if marker else str(HOSTILE / name)
    return f"{where}: {said}"


@pytest.mark.parametrize("name", [*RAISED, *MISCOUNTED])
def test_run_ends_a_hostile_edit_with_its_exit_code_and_the_students_lines_only(name, tmp_path):
    variant, said, _ = FAULTS[name]
    summary = tmp_path / "run.json"
    done = app("run", variant, "--code", str(HOSTILE / name), "--steps", str(STEPS), "--every", "1",
               "--json", str(summary))
    assert done.returncode == (5 if name in MISCOUNTED else 4), done.stderr
    assert done.stderr.rstrip().splitlines()[-1].startswith(told(name)), done.stderr
    if name in RAISED:
        assert done.stderr.startswith("Traceback (most recent call last):\n"
                                      f'  File "{HOSTILE / name}", line {expected_line(name)}, in train\n')
    others = done.stderr.replace(str(HOSTILE / name), "")
    assert "app/" not in others and "models/" not in others  # none of the app's frames
    steps_done = {"fewer_steps.py": 3, "no_steps.py": 0, "more_steps.py": STEPS}.get(name, 2)
    assert len(done.stdout.splitlines()) == steps_done  # never past --steps
    written = json.loads(summary.read_text())["summary"]  # written, then the exit
    assert written["steps_done"] == steps_done and written["outcome"].startswith(f"failed: {said}")


@pytest.mark.parametrize("name", [name for name in FAULTS if name not in RAISED + MISCOUNTED])
def test_run_tells_a_step_the_views_cannot_draw_in_a_sentence_with_exit_4(name, capsys):
    variant = FAULTS[name][0]
    assert main(["run", variant, "--code", str(HOSTILE / name), "--steps", str(STEPS)]) == 4
    error = capsys.readouterr().err
    assert error.startswith(told(name)) and error.count("\n") == 1


@pytest.mark.parametrize("name", ["loops_before_first_step.py", "loops_after_first_step.py"])
def test_run_stops_an_edit_that_never_yields_after_the_step_timeout_on_its_line(name):
    done = app("run", "custom", "--code", str(HOSTILE / name), "--steps", str(STEPS), "--every", "1",
               "--step-timeout", STEP_TIMEOUT)
    assert done.returncode == 4, done.stderr
    assert done.stderr == (f"{HOSTILE / name}, line {line_of(name, HERE)}: stopped after {STEP_TIMEOUT} s without "
                           f"yielding a step (--step-timeout {STEP_TIMEOUT})\n")
    assert len(done.stdout.splitlines()) == (1 if "after" in name else 0)


def test_an_edit_that_yields_again_when_closed_exits_4_on_that_yield(capsys):
    name = "ignores_generator_exit.py"  # closed early by its divergence
    assert main(["run", "custom", "--code", str(HOSTILE / name), "--steps", "20", "--lr", "1e6"]) == 4
    error = capsys.readouterr().err
    assert f'File "{HOSTILE / name}", line {line_of(name, HERE)}, in train' in error
    assert error.rstrip().endswith("RuntimeError: generator ignored GeneratorExit")


@pytest.mark.process
@pytest.mark.parametrize("name", ["system_exit_3.py", "keyboard_interrupt.py", "loops_after_first_step.py"])
@pytest.mark.parametrize("command", ["snapshot", "record"])
def test_snapshot_and_record_end_a_hostile_edit_with_exit_4_and_the_same_message(name, command, tmp_path):
    out = tmp_path / ("run.png" if command == "snapshot" else "run.gif")
    options = ["--seconds", "0.5", "--fps", "2", "--size", "640x360"] if command == "record" else []
    done = app(command, "custom", "--code", str(HOSTILE / name), "--steps", str(STEPS), "--step-timeout", STEP_TIMEOUT,
               "--out", str(out), *options)
    assert done.returncode == 4, done.stderr
    told_by_run = app("run", "custom", "--code", str(HOSTILE / name), "--steps", str(STEPS),
                      "--step-timeout", STEP_TIMEOUT)
    assert told_by_run.stderr in done.stderr  # the same words as run's
    assert out.exists()  # the picture of the run as far as it went


def test_a_byte_order_mark_is_read_as_python_reads_it(tmp_path, capsys):
    with_mark = HOSTILE / "bom.py"
    assert with_mark.read_bytes().startswith(b"\xef\xbb\xbf")
    compile(with_mark.read_bytes(), "bom.py", "exec")  # Python takes it
    assert main(["run", "custom", "--code", str(with_mark), "--steps", "3", "--every", "1"]) == 0
    printed = capsys.readouterr().out
    without = tmp_path / "no_bom.py"
    without.write_text(text_of("bom.py"), encoding="utf-8")
    assert main(["run", "custom", "--code", str(without), "--steps", "3", "--every", "1"]) == 0
    assert capsys.readouterr().out == printed and len(printed.splitlines()) == 3


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "3601", "1e400", "ten", ""])
@pytest.mark.parametrize("command", ["run", "snapshot", "record"])
def test_a_bad_step_timeout_is_refused_in_one_line(command, value, tmp_path, capsys):
    out = ["--out", str(tmp_path / ("x.png" if command == "snapshot" else "x.gif"))] if command != "run" else []
    assert main([command, "custom", "--steps", "3", "--step-timeout", value, *out]) == 2
    error = capsys.readouterr().err
    assert error == (f"descent-lab: error: argument --step-timeout: {value!r} is not allowed: "
                     "a number of seconds > 0 and <= 3600\n")
    assert list(tmp_path.iterdir()) == []


ODD_MATRICES = {  # the module's line, and the edit's: weights numpy has no dtype for, whole numbers, odd views
    "custom in bfloat16": ("custom", [(".to(device, dtype)", ".to(device, torch.bfloat16)"),
                                      ("device=device, dtype=dtype)", "device=device, dtype=torch.bfloat16)")]),
    "numpy with int8 weights": ("numpy", [('weights={"w1": w1, "w2": w2}',
                                           'weights={"w1": w1.astype(np.int8), "w2": w2.astype(np.int8)}')]),
    "numpy with reversed and read-only views": ("numpy", [('weights={"w1": w1, "w2": w2}',
                                                           'weights={"w1": w1[::-1, ::-1], "w2": '
                                                           'np.broadcast_to(w2, w2.shape)}')]),
}


@pytest.mark.parametrize("case", ODD_MATRICES)
def test_any_real_matrices_a_checked_step_carries_are_painted_in_every_view(ui, qtbot, case):
    variant, changes = ODD_MATRICES[case]
    text = VARIANTS[variant].full_source()
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    editor = open_editor(ui, qtbot, variant)
    paste(qtbot, ui, editor, text)
    ui.click("start")
    assert ui.run_to_end().outcome == "finished", ui.banner.message
    for view in ("weights", "change", "gradient"):
        button = ui.view_button(view)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        ui.controller.request_frame(complete=True)
        for key in ("first", "last"):
            assert not ui.heatmap(key).image.pixmap().isNull(), (button.text(), key)


def test_the_step_timeout_is_ten_seconds_unless_given_and_takes_any_number_up_to_an_hour():
    from app.cli.options import step_timeout

    assert step_timeout(None) == 10.0
    assert step_timeout("0.5") == 0.5 and step_timeout("3600") == 3600.0 and step_timeout(" 2 ") == 2.0

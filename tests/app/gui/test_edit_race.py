"""An edited variant races the notebook's version of it, through the Race dialog: one problem, two
curves named and coloured apart, each equal to its headless run, exported to files of their own."""

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from models import Problem, RunConfig, run, window_threads
from models.edited import EditedCode
from tests.app.gui.test_edited_code import STEPS, open_editor, replace


def race_in_dialog(qtbot, ui, variants=(), edit=True):
    """Ctrl+R's dialog: tick ``variants`` (and the edit's box), then Start race; what the dialog showed."""
    shown = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        shown["edit box"] = dialog.edit_box.isVisibleTo(dialog) and dialog.edit_box.text()
        for name, box in dialog.boxes.items():
            box.setChecked(name in variants)
        dialog.edit_box.setChecked(edit)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        shown["ok"] = ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton) if ok.isEnabled() else dialog.reject()

    QTimer.singleShot(0, answer)
    ui.trigger("race")
    return shown


def sigmoid_edit(qtbot, ui):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "clamp(min=0)", "sigmoid()")
    return EditedCode("custom", editor.text())


def test_an_edit_races_its_original_on_one_problem_each_lane_its_headless_run(ui, qtbot, tmp_path):
    edited = sigmoid_edit(qtbot, ui)
    shown = race_in_dialog(qtbot, ui)  # the edit alone against the notebook's custom
    assert shown == {"edit box": "Race my edit of custom against the notebook's", "ok": True}
    trainer = ui.run_to_end()
    assert [lane.edited for lane in trainer.lanes] == [edited, None]
    assert "h_relu = self.linear1(x).sigmoid()" in ui.code_source  # the edit runs: shown
    plot = ui.loss_plot
    mine, notebook = (plot.points_of(f"lane {name}")[1] for name in (edited.label, "custom"))
    config = RunConfig.for_variant("custom", steps=STEPS, dtype="float64")
    problem = Problem.draw(config.N, config.D_in, config.H, config.D_out, config.seed)
    threads = window_threads(config)
    np.testing.assert_array_equal(mine, run(config, problem, threads=threads, train=edited.train).losses)
    np.testing.assert_array_equal(notebook, run(config, problem, threads=threads).losses)
    assert not np.array_equal(mine, notebook)
    assert [label.text for _, label in plot.legend.items][:2] == [edited.label, "custom"]
    assert plot.curves[f"lane {edited.label}"].color != plot.curves["lane custom"].color
    written = ui.files.export_run(tmp_path / "race.csv")
    assert sorted(path.name for path in written) == ["race-custom-edited.csv", "race-custom-edited.json",
                                                     "race-custom-edited.py", "race-custom.csv", "race-custom.json"]
    assert (tmp_path / "race-custom-edited.py").read_text() == edited.text


def test_with_other_variants_the_edit_joins_them_and_a_plain_race_shows_the_notebooks_code(ui, qtbot):
    edited = sigmoid_edit(qtbot, ui)
    assert race_in_dialog(qtbot, ui, ["nn"])["ok"]
    trainer = ui.run_to_end()
    assert [(lane.config.variant, lane.edited) for lane in trainer.lanes] == [
        ("custom", edited), ("nn", None), ("custom", None)]
    ui.reset()
    race_in_dialog(qtbot, ui, ["custom", "dynamic"], edit=False)  # custom on show
    trainer = ui.run_to_end()
    assert all(lane.edited is None for lane in trainer.lanes)
    assert "clamp(min=0)" in ui.code_source  # the notebook's runs: its code is shown
    assert "sigmoid()" not in ui.code_source


def test_the_box_shows_only_with_an_edit(ui, qtbot):
    ui.choose("custom")
    assert race_in_dialog(qtbot, ui, ["numpy"], edit=False) == {"edit box": False, "ok": False}


def test_a_syntax_error_in_the_edit_is_refused_before_the_race_starts(ui, qtbot):
    editor = open_editor(ui, qtbot)
    replace(qtbot, ui, editor, "self.linear2(h_relu)", "self.linear2(h_relu")
    race_in_dialog(qtbot, ui, ["numpy"])
    assert ui.controller.trainer is None and ui.controller.state == "idle"
    assert editor.error == (29, "SyntaxError: '(' was never closed")
    assert "Cannot start: line 29 of your code: '(' was never closed" in ui.banner.message

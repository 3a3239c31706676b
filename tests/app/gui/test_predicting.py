"""Predict, then reveal, in the window: predictions drawn with the mouse and a finger, locked at Start,
scored live and at the end against hand-computed values, ranked, followed by a rewind; the quick
question asked before the run and explained after it; Reset lets the class predict again."""

import json
import os

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.gui.recorder import record_window
from app.io.sessions import session_text
from app.io.video import frame_steps
from models import RunConfig
from models.prediction_files import parse_predictions
from tests.widgets.test_predictions import mouse_stroke, touch_stroke

HIGH = [(0, 1e8), (30, 1e6), (59, 1e5)]  # two predictions for 60 steps of numpy, which starts near 3e7
LOW = [(0, 1e4), (59, 10.0)]


def by_hand(points, losses, log=True, upto=None):
    """The mean distance between the straight lines through ``points`` and the run, at each whole step
    the points span, in decades (or in loss): what a score must be."""
    steps, values = np.array(points, dtype=float).T
    run = np.asarray(losses[: None if upto is None else upto + 1], dtype=float)
    at = np.arange(len(run))
    inside = (at >= steps[0]) & (at <= steps[-1])
    unit = np.log10 if log else (lambda v: v)
    return float(np.mean(np.abs(np.interp(at[inside], steps, unit(values)) - unit(run[inside]))))


def drawn(ui) -> dict[str, list[tuple[float, float]]]:
    return {p.name: list(zip(p.steps.tolist(), p.losses.tolist())) for p in ui.predictions.predictions()}


def name_row(qtbot, ui, index: int, name: str) -> None:
    """The name typed into a prediction's row, as a student types it."""
    edit = ui.prediction_rows()[index].name_edit
    edit.selectAll()
    qtbot.keyClicks(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def predict(ui, qtbot, steps=60):
    """numpy's first ``steps`` steps at max pace, with two named predictions drawn: one with the mouse,
    one with a finger. Predict mode is switched on with its key, G."""
    ui.choose("numpy")
    ui.set(steps=steps)
    ui.pace(None)
    ui.focus_plots()
    ui.press(Qt.Key.Key_G)
    mouse_stroke(ui.loss_plot, HIGH)
    name_row(qtbot, ui, 0, "Team A")
    qtbot.mouseClick(ui.predictions.new_button, Qt.MouseButton.LeftButton)
    touch_stroke(ui.loss_plot, LOW)
    name_row(qtbot, ui, 1, "Team B")


def amount(decades: float) -> str:
    shown = f"{decades:.2g}"
    return f"{shown} decade" if shown == "1" else f"{shown} decades"


def test_two_named_predictions_are_drawn_locked_scored_and_ranked(ui, qtbot):
    predict(ui, qtbot)
    assert ui.predict_box.isChecked() and ui.actions["predict"].isChecked()
    assert ui.tab_in_front() is ui.prediction_tab
    guesses = drawn(ui)
    assert list(guesses) == ["Team A", "Team B"] and len(guesses["Team A"]) == 3 and len(guesses["Team B"]) == 2
    assert ui.legend == ["Team A", "Team B"]
    ui.focus_plots()
    ui.press(Qt.Key.Key_Space)
    losses = ui.run_to_end().history.losses
    expected = {name: by_hand(points, losses) for name, points in guesses.items()}
    scores = ui.scores()
    assert {name: scores[name].distance for name in expected} == pytest.approx(expected, rel=1e-12)
    best, other = sorted(expected, key=expected.get)
    assert ui.score_table.text().splitlines() == [
        f"Closest: {best} (off by {amount(expected[best])} on average)",
        f"1  {best}  {amount(expected[best])}  all", f"2  {other}  {amount(expected[other])}  all"]
    assert ui.legend == ["this run", f"Team A: {amount(expected['Team A'])}", f"Team B: {amount(expected['Team B'])}"]
    assert ui.tab_in_front() is ui.prediction_tab  # the reveal
    row = ui.prediction_rows()[0]
    assert not row.redraw.isEnabled() and row.name_edit.isReadOnly()
    mouse_stroke(ui.loss_plot, LOW)  # locked until Reset: the pointer pans
    assert drawn(ui) == guesses


def test_reset_lets_the_class_predict_again_and_the_scores_go(ui, qtbot):
    predict(ui, qtbot, steps=20)
    ui.start()
    ui.run_to_end()
    ui.focus_plots()
    ui.press(Qt.Key.Key_R)
    assert ui.score_table.isHidden() and ui.legend == ["Team A", "Team B", "numpy, lr 1e-06, seed 0"]
    row = ui.prediction_rows()[1]
    assert row.redraw.isEnabled() and ui.tab_in_front() is ui.prediction_tab
    qtbot.mouseClick(row.redraw, Qt.MouseButton.LeftButton)
    mouse_stroke(ui.loss_plot, [(0, 1e6), (10, 1e3)])  # the redrawn Team B
    assert drawn(ui)["Team B"][-1][0] == pytest.approx(10, abs=0.5)


def test_scores_are_live_while_the_run_goes_and_follow_a_rewind(ui, qtbot):
    predict(ui, qtbot, steps=40)
    ui.pace(1000)  # a set pace: every step is kept for rewinding
    ui.step(15)  # from no run: a new run's first 15 steps
    qtbot.waitUntil(lambda: ui.steps_done == 15 and ui.score_table.text().startswith("So far, at step 14:"))
    trainer = ui.trainer
    losses = trainer.history.losses.copy()
    team_a = by_hand(drawn(ui)["Team A"], losses)
    assert f"Team A: {amount(team_a)}" in ui.legend
    ui.start_or_pause()
    losses = ui.run_to_end().history.losses
    ui.timeline.show_step(10)
    guesses = drawn(ui)
    assert ui.score_table.text().startswith("At step 10, rewound: Closest:")
    for name, points in guesses.items():
        assert f"{name}: {amount(by_hand(points, losses, upto=10))}" in ui.legend
    ui.timeline.show_step(39)
    assert ui.score_table.text().startswith("At step 39, rewound: ")
    assert f"Team B: {amount(by_hand(guesses['Team B'], losses))}" in ui.legend


def test_while_the_run_goes_the_table_ranks_live_and_the_legend_waits_for_it_to_hold_still(ui, qtbot):
    """Laying the legend out again costs the window's thread a few hundredths of a second: not while it runs."""
    predict(ui, qtbot, steps=60)
    ui.pace(20)  # three seconds
    ui.start()
    qtbot.waitUntil(lambda: ui.controls.state == "running" and ui.score_table.text().startswith("So far, at step")
                    and ui.legend == ["this run", "Team A", "Team B"], timeout=10_000)
    ui.toggle_pause()
    qtbot.waitUntil(lambda: ui.legend[1].startswith("Team A: "))


def test_a_linear_plot_scores_in_loss(ui, qtbot):
    predict(ui, qtbot, steps=20)
    ui.start()
    losses = ui.run_to_end().history.losses
    ui.focus_plots()
    ui.press(Qt.Key.Key_L)
    expected = by_hand(drawn(ui)["Team B"], losses, log=False)
    assert ui.scores()["Team B"].distance == pytest.approx(expected, rel=1e-12)
    assert f"Team B: {expected:.3g}" in ui.legend
    assert "in loss on average" in ui.score_table.text()


def test_a_prediction_of_part_of_the_run_is_scored_on_that_part_and_says_so(ui, qtbot):
    ui.choose("numpy")
    ui.set(steps=40)
    ui.pace(None)
    ui.trigger("predict")  # the Run menu's entry
    mouse_stroke(ui.loss_plot, [(0, 1e7), (19, 1e5)])
    ui.start()
    losses = ui.run_to_end().history.losses
    (points,) = drawn(ui).values()
    first, last = round(points[0][0]), int(points[-1][0])
    assert ui.legend[1] == f"Guess 1: {amount(by_hand(points, losses))} (steps {first}–{last})"
    assert ui.score_table.text().splitlines()[1].endswith(f"{first}–{last}")


# The quick question


def test_nn_asks_its_question_holds_its_note_back_and_explains_after_the_run(ui, qtbot):
    ui.choose("nn")
    ui.set(steps=20)
    ui.pace(None)
    assert "Why is the loss flat?" in ui.banner.message and ui.question.isHidden()  # not predicting: as ever
    ui.trigger("predict")
    card = ui.question
    assert "Will the loss go down?" in card.question.text() and not card.isHidden()
    assert ui.banner.isHidden()  # the note would give the answer away
    qtbot.mouseClick(card.buttons["Yes"], Qt.MouseButton.LeftButton)
    ui.press(Qt.Key.Key_2)  # in the card, 2 is its second answer, not the variant tensors
    assert card.answer == "No" and ui.config().variant == "nn"
    ui.start()
    assert card.verdict.text() == "Your answer: No. The run will tell."
    assert not card.buttons["Yes"].isEnabled()
    ui.press(Qt.Key.Key_1)
    assert card.answer == "No" and ui.banner.isHidden()
    ui.run_to_end()
    assert card.verdict.text() == "Right: No." and "binds it to the loop variable" in card.explanation.text()
    assert "Why is the loss flat?" in ui.banner.message  # now it may say why
    assert ui.tab_in_front() is ui.prediction_tab


def test_the_question_follows_the_settings_and_the_code(ui, qtbot):
    ui.choose("nn")
    card = ui.question
    ui.predict_box.click()
    assert not card.isHidden()
    ui.typed(update="in-place")  # the loss goes down: nothing to ask
    assert card.isHidden()
    ui.typed(update="notebook")
    qtbot.mouseClick(card.buttons["It depends"], Qt.MouseButton.LeftButton)
    ui.choose("optim")
    assert "Adam" in card.question.text()
    ui.choose("custom")  # the same question: its answer stays
    card.choose("SGD (custom)")
    ui.choose("optim")
    assert card.answer == "SGD (custom)"
    ui.predict_box.click()
    assert card.isHidden()


def test_a_question_is_not_asked_of_an_edit_which_may_answer_it_otherwise(ui, qtbot):
    ui.choose("nn")
    ui.open_editor()
    editor = ui.editor
    editor.set_text(editor.text().replace("param = param - learning_rate * param.grad",
                                          "param -= learning_rate * param.grad"))
    editor.edited.emit()  # as typing says it
    qtbot.waitUntil(lambda: "nn" in ui.edits)
    ui.trigger("predict")
    assert ui.question.isHidden()


# A race's predicted order


def test_a_race_takes_predicted_orders_and_says_who_was_right(ui, qtbot):
    ui.set(steps=30)
    ui.pace(None)
    ui.predict_box.click()

    failed = []

    def predict_the_race():
        dialog = QApplication.activeModalWidget()
        try:
            fill(dialog)
        except Exception as error:  # noqa: BLE001 - told below; the dialog must close, or the test would hang
            failed.append(error)
            dialog.reject()

    def fill(dialog):
        for name, box in dialog.boxes.items():
            box.setChecked(name in ("optim", "custom"))
        predictor = dialog.predictor
        assert [predictor.order.item(row).text() for row in range(2)] == ["1. optim", "2. custom"]
        qtbot.keyClicks(predictor.name, "Ana")
        qtbot.keyClick(predictor.name, Qt.Key.Key_Return)  # optim first
        predictor.order.setCurrentRow(1)
        qtbot.keyClick(predictor.order, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        qtbot.mouseClick(predictor.add_button, Qt.MouseButton.LeftButton)  # "Guess 1": custom first
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, predict_the_race)
    ui.trigger("race")
    assert failed == []
    trainer = ui.run_to_end()
    finals = {lane.config.variant: lane.history.losses[-1] for lane in trainer.lanes}
    first, second = sorted(finals, key=finals.get)
    right, wrong = ("Ana", "Guess 1") if first == "optim" else ("Guess 1", "Ana")
    said = {"Ana": "optim, custom", "Guess 1": "custom, optim"}
    assert ui.race_results.text().splitlines() == [
        f"Order of finish: 1. {first}, 2. {second}",
        f"Ana  {said['Ana']}  {'exactly right' if right == 'Ana' else '0 of 2 places right'}",
        f"Guess 1  {said['Guess 1']}  {'exactly right' if right == 'Guess 1' else '0 of 2 places right'}"]
    assert wrong != right and ui.tab_in_front() is ui.prediction_tab
    ui.reset()
    assert ui.race_results.isHidden()


def test_without_predict_mode_the_race_dialog_asks_for_no_order(ui, qtbot):
    seen = []

    def look_and_cancel():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.predictor)
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    ui.trigger("race")
    assert seen == [None]


# Files of predictions, read off the GUI thread


GUESSES = "name,step,loss\nTeam A,0,3e7\nTeam A,59,1e-4\nTeam B,0,1e3\nTeam B,30,1\n"


def test_predictions_open_from_a_file_and_can_be_mended(ui, qtbot, tmp_path):
    path = tmp_path / "guesses.csv"
    path.write_text(GUESSES)
    ui.choose("numpy")
    ui.set(steps=60)
    ui.predicting.open_file(path)
    qtbot.waitUntil(lambda: len(ui.predictions.rows) == 2)
    assert drawn(ui) == {"Team A": [(0, 3e7), (59, 1e-4)], "Team B": [(0, 1e3), (30, 1)]}
    assert ui.message == "Opened 2 predictions from guesses.csv" and ui.predict_box.isChecked()
    assert ui.tab_in_front() is ui.prediction_tab
    mouse_stroke(ui.loss_plot, [(40, 10.0), (50, 1.0)])  # Team B was made last, and is drawn on
    assert len(drawn(ui)["Team B"]) == 4


def fifo(tmp_path):
    path = tmp_path / "guesses.csv"
    os.mkfifo(path)
    return path


def linked(target):
    def make(tmp_path):
        link = tmp_path / "link.csv"
        link.symlink_to(target(tmp_path) if callable(target) else tmp_path / target)
        return link
    return make


def written(data: bytes):
    def make(tmp_path):
        path = tmp_path / "guesses.csv"
        path.write_bytes(data)
        return path
    return make


@pytest.mark.parametrize("make, said", [
    (written(b"A,0,5\n" * 200_000), "it is larger than 1 MB"),
    (fifo, "it is a FIFO (named pipe), not a file"),
    (linked(fifo), "it is a FIFO (named pipe), not a file"),
    (linked("gone.csv"), "No such file or directory"),
    (lambda tmp_path: tmp_path, "it is a folder, not a file"),
    (written(b"Team A,0,3e7\nTeam A,10,lots\n"), "guesses.csv, row 2: the loss 'lots' is not a number"),
    (written(b"Team A,0,3e7\nTeam A,10,0\n"), "guesses.csv, row 2: the loss is 0, which a log scale cannot show"),
    (written(b"\xff\xfe\x00garbage"), "guesses.csv is not a predictions file: it is not UTF-8 text"),
    (written(b"step,loss\n1,2\n"), "guesses.csv, row 1: there is no name column"),
], ids=["huge", "fifo", "link-to-fifo", "dangling-link", "folder", "nonsense", "zero-on-log", "binary", "header"])
def test_a_bad_predictions_file_is_refused_in_one_sentence_and_changes_nothing(ui, qtbot, tmp_path, make, said):
    ui.trigger("predict")
    mouse_stroke(ui.loss_plot, HIGH)
    before = drawn(ui)
    ui.predicting.open_file(make(tmp_path))
    qtbot.waitUntil(lambda: ui.banner.isVisible())
    message = ui.banner.message
    assert message.startswith("Cannot open the predictions: ") and said in message and "\n" not in message
    assert message.endswith("The predictions on the plot are unchanged.")
    assert drawn(ui) == before


def test_predictions_wait_for_reset_while_a_run_is_on_show(ui, qtbot, tmp_path):
    path = tmp_path / "guesses.csv"
    path.write_text(GUESSES)
    ui.finish("numpy", steps=5)
    ui.predicting.open_file(path)
    assert ui.message.startswith("Cannot open predictions now: the predictions are locked while a run is on show")
    assert ui.predictions.rows == {}



def test_the_predictions_drawn_come_back_at_the_next_start(make_window, qtbot):
    """Nothing a class made is lost: each stroke and name is remembered as it is made (a crash loses none), and the
    next start shows them as drawn, not locked, the pointer not drawing until G."""
    from app.gui.settings import Settings

    ui = make_window()
    predict(ui, qtbot)
    guesses = drawn(ui)
    assert [p.name for p in Settings().predictions()] == ["Team A", "Team B"]  # before the window closes
    ui.window.close()
    again = make_window()
    assert drawn(again) == guesses
    assert not again.predictions.locked and not again.predict_box.isChecked()
    assert again.prediction_tab in again.tabs_below() and again.tab_in_front() is not again.prediction_tab
    for row in list(again.prediction_rows()):
        qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    again.window.close()
    assert drawn(make_window()) == {}  # removed, and remembered so


# Sessions, exports and recordings keep them


def scored_window(ui, qtbot):
    predict(ui, qtbot, steps=30)
    ui.start()
    return ui.run_to_end()


def test_a_session_keeps_the_predictions_and_their_scores(make_window, qtbot, tmp_path):
    ui = make_window()
    scored_window(ui, qtbot)
    guesses, scores, table = drawn(ui), ui.scores(), ui.score_table.text()
    path = ui.files.save_session(tmp_path / "class.json")
    saved = json.loads(path.read_text())["predictions"]
    assert [(p["name"], p["colour"]) for p in saved] == [("Team A", 0), ("Team B", 1)]
    assert saved[0]["score"]["off_by"] == scores["Team A"].distance and saved[0]["score"]["unit"] == "decades of loss"
    again = make_window()
    assert again.files.open_session(path)
    assert drawn(again) == guesses and again.scores() == scores
    assert again.score_table.text() == "Saved with the session: " + table
    assert again.predict_box.isChecked() and again.tab_in_front() is again.prediction_tab


def test_a_session_with_bad_predictions_is_refused_whole(ui, tmp_path):
    document = json.loads(session_text(RunConfig.for_variant("optim", seed=5), None))
    document["predictions"] = [{"name": "A", "colour": 0, "points": [[0, 5], [10, 1]]},
                               {"name": "B", "colour": 0, "points": [[0, 5]]}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    assert not ui.files.open_session(path)
    assert ui.banner.message == ("Cannot open the session: bad.json: predictions has two predictions of the colour 0;"
                                 " each has its own. The current settings are unchanged.")
    assert ui.config().variant == "numpy" and ui.predictions.rows == {}


def test_a_session_with_predictions_waits_for_reset_while_a_run_is_on_show(ui, tmp_path):
    document = json.loads(session_text(RunConfig.for_variant("optim", seed=5), None))
    document["predictions"] = [{"name": "A", "colour": 0, "points": [[0, 5], [10, 1]]}]
    path = tmp_path / "class.json"
    path.write_text(json.dumps(document))
    ui.finish("numpy", steps=5)
    assert not ui.files.open_session(path)
    assert "the predictions are locked while a run is on show: reset it (R) first" in ui.banner.message
    assert ui.config().variant == "numpy"


def test_export_ranks_the_predictions_with_their_scores_and_writes_them_to_open_again(ui, qtbot, tmp_path):
    scored_window(ui, qtbot)
    scores = ui.scores()
    written_paths = ui.files.export_run(tmp_path / "run.csv")
    assert sorted(path.name for path in written_paths) == ["run-predictions.csv", "run.csv", "run.json"]
    document = json.loads((tmp_path / "run.json").read_text())["predictions"]
    best = min(scores, key=lambda name: scores[name].distance)
    assert document["closest"] == [best]
    assert [entry["place"] for entry in document["ranked"]] == [1, 2]
    assert {entry["name"]: entry["score"]["off_by"] for entry in document["ranked"]} == {
        name: score.distance for name, score in scores.items()}
    again = parse_predictions((tmp_path / "run-predictions.csv").read_bytes(), "run-predictions.csv")
    assert {p.name: list(p.points) for p in again} == drawn(ui)


def test_a_race_export_says_the_predicted_orders_and_the_finish(ui, qtbot, tmp_path):
    ui.predicting.take_guesses([("Ana", ["custom", "optim"])], {"custom": "custom", "optim": "optim"})
    assert ui.racing.start(["optim", "custom"])
    trainer = ui.run_to_end()
    ui.files.export_run(tmp_path / "race.csv")
    race = json.loads((tmp_path / "race-optim.json").read_text())["race_predictions"]
    finals = {lane.config.variant: lane.history.losses[-1] for lane in trainer.lanes}
    assert race["order"] == [[name] for name in sorted(finals, key=finals.get)]
    assert race["guesses"] == [{"guesser": "Ana", "order": ["custom", "optim"],
                                "places_right": 2 if race["order"][0] == ["custom"] else 0,
                                "exact": race["order"][0] == ["custom"]}]


def test_a_recording_shows_the_predictions_from_the_first_frame_scored_as_far_as_each_frame(ui, qtbot, tmp_path):
    losses = scored_window(ui, qtbot).history.losses
    guesses = drawn(ui)
    legends = []

    def picture(window):
        legends.append(list(ui.legend))
        return window.grab().toImage()

    frames = record_window(ui.window, ui.trainer, tmp_path / "run.gif", 10, 1.0, picture=picture)
    steps = frame_steps(frames, len(losses))
    assert len(legends) == frames + 3  # and the first, middle and last again, for the GIF's palette
    def scored(upto=None):
        return [f"{name}: {amount(by_hand(points, losses, upto=upto))}" for name, points in guesses.items()]

    for step, legend in zip(steps, legends[3:]):
        assert legend[1:] == scored(step)
    assert ui.legend[1:] == scored()  # the whole run again, after

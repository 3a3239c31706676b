"""Predict, then reveal, in the window: predictions drawn with the mouse and a finger, locked at Start,
scored live and at the end against hand-computed values, ranked, followed by a rewind; the quick
question asked before the run and explained after it; Reset lets the class predict again."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

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
    edit = list(ui.predictions.rows.values())[index].name_edit
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
    return f"{decades:.2g} decades"


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
    row = next(iter(ui.predictions.rows.values()))
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
    row = list(ui.predictions.rows.values())[1]
    assert row.redraw.isEnabled() and ui.tab_in_front() is ui.prediction_tab
    qtbot.mouseClick(row.redraw, Qt.MouseButton.LeftButton)
    mouse_stroke(ui.loss_plot, [(0, 1e6), (10, 1e3)])  # the redrawn Team B
    assert drawn(ui)["Team B"][-1][0] == pytest.approx(10, abs=0.5)


def test_scores_are_live_while_the_run_goes_and_follow_a_rewind(ui, qtbot):
    predict(ui, qtbot, steps=40)
    ui.pace(1000)  # a set pace: every step is kept for rewinding
    ui.step(15)  # from no run: a new run's first 15 steps
    qtbot.waitUntil(lambda: ui.steps_done == 15 and ui.score_table.text().startswith("So far, at step 14:"))
    losses = ui.trainer.history.losses.copy()
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
    ui.predict_box.click()
    assert not ui.question.isHidden()
    ui.typed(update="in-place")  # the loss goes down: nothing to ask
    assert ui.question.isHidden()
    ui.typed(update="notebook")
    qtbot.mouseClick(ui.question.buttons["It depends"], Qt.MouseButton.LeftButton)
    ui.choose("optim")
    assert "Adam" in ui.question.question.text()
    ui.choose("custom")  # the same question: its answer stays
    ui.question.choose("SGD (custom)")
    ui.choose("optim")
    assert ui.question.answer == "SGD (custom)"
    ui.predict_box.click()
    assert ui.question.isHidden()


def test_a_question_is_not_asked_of_an_edit_which_may_answer_it_otherwise(ui, qtbot):
    ui.choose("nn")
    ui.open_editor()
    ui.editor.set_text(ui.editor.text().replace("param = param - learning_rate * param.grad",
                                                "param -= learning_rate * param.grad"))
    ui.editor.edited.emit()  # as typing says it
    qtbot.waitUntil(lambda: "nn" in ui.edits)
    ui.trigger("predict")
    assert ui.question.isHidden()

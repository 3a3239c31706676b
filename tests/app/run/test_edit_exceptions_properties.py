"""Edits that raise any built-in exception, anywhere in ``train``: every run ends failed, the fault told on a line of
the edited file, and the next run of the notebook's code works, on the Trainer and in the window.

Every class in ``builtins`` that derives from ``BaseException`` is raised (``SystemExit``, ``KeyboardInterrupt``,
``GeneratorExit``, ``StopIteration`` and ``MemoryError`` among them), bare or with a message, before the first
yield, at step k, inside ``forward`` (the module variants) or after the last yield.
"""

import builtins

import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from app.cli.edited_code import fault
from app.run.trainer import Trainer
from models import VARIANTS, RunConfig
from models.edited import EditedCode
from tests.app.gui.test_hostile_edits import fails_with, open_editor, paste, the_next_start_works
from tests.budget import property_settings

EXCEPTIONS = sorted(name for name, value in vars(builtins).items()
                    if isinstance(value, type) and issubclass(value, BaseException))
STEPS = 3
SIZES = {"N": 8, "D_in": 12, "H": 6, "D_out": 3}  # small: a run takes milliseconds
SETUP = "    N, D_in, H, D_out = config.N, config.D_in, config.H, config.D_out\n"
# Where each variant hands on a step (raised before it), and the first line of its forward (raised after it)
BEFORE_YIELD = {
    "numpy": "        # Hand the loss, weights and gradients to the viewer (the notebook prints loss)\n",
    "custom": "        yield Step.of_model(t, loss, model)  # the notebook prints loss\n",
    "dynamic": "        yield Step.of_model(t, loss, model, depth=model.depth)  # the notebook prints loss\n",
}
IN_FORWARD = {"custom": "        h_relu = self.linear1(x).clamp(min=0)\n",
              "dynamic": "        h_relu = self.input_linear(x).clamp(min=0)\n"}


def raising(variant: str, exception: str, place: str, message: bool, step: int = 0) -> tuple[str, int]:
    """The variant's module with ``raise`` put at ``place``, and the number of that line."""
    text = VARIANTS[variant].full_source()
    statement = f"raise {exception}('raised by the edit')" if message else f"raise {exception}"
    if place == "after the last yield":  # train is each module's last function
        edited = text + f"    {statement}\n"
    elif place == "before the first yield":
        edited = text.replace(SETUP, f"{SETUP}    {statement}\n")
    elif place == "inside forward":
        edited = text.replace(IN_FORWARD[variant], f"{IN_FORWARD[variant]}        {statement}\n")
    else:  # at step k, before it is handed on
        edited = text.replace(BEFORE_YIELD[variant], f"        if t == {step}:\n            {statement}\n"
                                                     f"{BEFORE_YIELD[variant]}")
    lines = edited.splitlines()
    return edited, [line.strip() for line in lines].index(statement) + 1


@st.composite
def edits(draw):
    variant = draw(st.sampled_from(["numpy", "custom", "dynamic"]))
    places = ["before the first yield", "at step k", "after the last yield"]
    place = draw(st.sampled_from(places + (["inside forward"] if variant in IN_FORWARD else [])))
    exception = draw(st.sampled_from(EXCEPTIONS))
    return variant, exception, place, draw(st.booleans()), draw(st.integers(0, STEPS - 1))


def run_on_a_trainer(config: RunConfig, edited: EditedCode | None = None) -> Trainer:
    trainer = Trainer(config, steps_per_s=None, edited=edited)
    trainer.start()
    assert trainer.wait(60_000), "the training thread did not end"
    return trainer


@given(edits())
@property_settings(150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_builtin_exception_anywhere_in_train_ends_the_run_with_a_sentence_on_its_line(qapp, edit):
    variant, exception, place, message, step = edit
    text, line = raising(variant, exception, place, message, step)
    config = RunConfig.for_variant(variant, steps=STEPS, **SIZES)
    edited = EditedCode(variant, text, f"{variant}_hostile.py")
    trainer = run_on_a_trainer(config, edited)
    assert trainer.outcome.startswith("failed: ") and trainer.isFinished()
    told = fault(edited, trainer.error)
    assert told.status == 4
    assert f'File "{edited.filename}", line {line}, in ' in told.text
    assert edited.traceback_of(trainer.error)[1] == line
    assert run_on_a_trainer(config).outcome == "finished"  # the next run of the notebook's code


@pytest.mark.parametrize(("variant", "exception", "place"), [
    ("custom", "SystemExit", "inside forward"),
    ("custom", "KeyboardInterrupt", "at step k"),
    ("dynamic", "StopIteration", "after the last yield"),
    ("numpy", "GeneratorExit", "before the first yield"),
    ("custom", "MemoryError", "after the last yield"),
])
def test_in_the_window_any_builtin_exception_is_marked_on_its_line_and_the_next_start_works(ui, qtbot, variant,
                                                                                            exception, place):
    text, line = raising(variant, exception, place, message=False, step=1)
    editor = open_editor(ui, qtbot, variant)
    paste(qtbot, ui, editor, text)
    ui.click("start")
    fails_with(qtbot, ui, "RuntimeError" if exception == "StopIteration" else exception)
    assert editor.error[0] == line and f"Your edited code failed at line {line}" in ui.banner.message
    the_next_start_works(ui, editor)

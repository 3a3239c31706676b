"""Inside this step, in the window: the step on show from the inside, exactly ``inspect``'s numbers, linked to the code.

The reference is ``models.inside.inspect_step`` (what ``python -m app inspect`` prints) with the
window's threads (``window_threads``): the window's values must be its values to the last bit,
whether the view was opened on a paused run, followed a run step by step, or shows a rewound step.
"""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from app.cli.main import main
from app.run.computing import COMPUTING
from models import VARIANTS, RunConfig, window_threads
from models.inside import inspect_step
from tests.app.gui.test_stage import PROJECTORS, look_at

SMALL = {"N": 8, "D_in": 12, "H": 6, "D_out": 3, "seed": 3}


def small(variant: str, steps: int = 40) -> RunConfig:
    return RunConfig.for_variant(variant, steps=steps, **SMALL)


def inspected(config: RunConfig, t: int, edited=None):
    """Step ``t`` as ``inspect`` gives it with the window's threads: as the command does, one computation at a time in
    the process (the window may be filling in its checkpoints meanwhile, with the process's random generators)."""
    with COMPUTING:
        return inspect_step(config, t, edited=edited, threads=window_threads(config))


def assert_shows_inspects_numbers(ui, config: RunConfig, t: int) -> None:
    """The view shows step ``t``: each tensor under inspect's name, in its order, with inspect's bits."""
    expected = inspected(config, t)
    rows = ui.inside_view.rows
    assert ui.inside_shown.t == t and [row.name for row in rows] == expected.names
    for row, tensor in zip(rows, expected.tensors):
        assert row.values.dtype == tensor.values.dtype and row.values.tobytes() == tensor.values.tobytes(), row.name
        assert (row.min, row.max, row.mean, row.norm) == (tensor.min, tensor.max, tensor.mean, tensor.norm)


def wait_for_step(ui, qtbot, t: int) -> None:
    qtbot.waitUntil(lambda: ui.inside_shown is not None and ui.inside_shown.t == t, timeout=20_000)


def paused_after(ui, qtbot, config: RunConfig, steps: int) -> None:
    """A run of ``config`` started paused and stepped ``steps`` times: it holds still at step ``steps - 1``."""
    ui.show_config(config)
    ui.pace(20)
    ui.step(steps)
    qtbot.waitUntil(lambda: ui.steps_done == steps and ui.holding(), timeout=20_000)


@pytest.mark.parametrize("variant", ["nn", "tensors"])
def test_opened_on_a_paused_run_it_shows_the_live_step_as_inspect_gives_it(ui, qtbot, variant):
    config = small(variant)
    paused_after(ui, qtbot, config, 7)
    trainer = ui.trainer
    assert trainer.inside.captures == 0  # closed, the run captured nothing
    ui.trigger("inside")
    assert ui.inside_open and ui.tab_in_front() is ui.inside_view
    wait_for_step(ui, qtbot, 6)
    assert ui.inside_shown.replayed  # the view opened after it: computed again, from a checkpoint
    assert_shows_inspects_numbers(ui, config, 6)


@pytest.mark.parametrize("variant", ["autograd", "custom"])
def test_open_while_stepping_each_step_is_captured_as_the_run_computes_it(ui, qtbot, variant):
    config = small(variant)
    ui.trigger("inside")
    paused_after(ui, qtbot, config, 1)
    for t in (0, 1, 2):
        if t:
            ui.step()
        wait_for_step(ui, qtbot, t)
        assert not ui.inside_shown.replayed
        assert_shows_inspects_numbers(ui, config, t)
    trainer = ui.trainer
    assert trainer.inside.captures == 3


@pytest.mark.parametrize("variant", ["numpy", "optim", "dynamic"])
def test_a_rewound_step_shows_its_own_numbers_and_graph(ui, qtbot, variant):
    config = small(variant)
    ui.show_config(config)
    ui.pace(None)
    ui.start()
    trainer = ui.run_to_end()
    ui.trigger("inside")
    wait_for_step(ui, qtbot, config.steps - 1)
    assert_shows_inspects_numbers(ui, config, config.steps - 1)
    depths = set()
    for t in (23, 5, 6, 0):
        ui.timeline.show_step(t)
        wait_for_step(ui, qtbot, t)
        assert_shows_inspects_numbers(ui, config, t)
        shown, view = ui.inside_shown, ui.inside_view
        graph = shown.inside.graph
        assert set(view.graph.boxes) == {node.id for node in graph.nodes}
        if variant == "dynamic":
            uses = [node for node in graph.nodes if node.label.startswith("middle_linear(...)")]
            assert len(uses) == trainer.history.depths[t]  # the graph this very step drew
            depths.add(len(uses))
    assert variant != "dynamic" or len(depths) > 1


def test_a_paused_run_has_its_checkpoints_filled_in_and_goes_on_as_the_notebook_does(ui, qtbot, monkeypatch):
    monkeypatch.setattr("app.run.inside_watch.SPACING", 2)  # filled in every other step; the run keeps every tenth
    config = small("dynamic")
    paused_after(ui, qtbot, config, 25)
    trainer = ui.trainer
    assert trainer.inside.checkpoints.steps == [0, 10, 20]
    ui.trigger("inside")
    wait_for_step(ui, qtbot, 24)
    qtbot.waitUntil(lambda: not trainer.inside.filling, timeout=20_000)
    assert set(range(0, 24, 2)) <= set(trainer.inside.checkpoints.steps)
    ui.timeline.show_step(13)
    wait_for_step(ui, qtbot, 13)
    assert_shows_inspects_numbers(ui, config, 13)
    ui.toggle_pause()
    ui.run_to_end()
    wait_for_step(ui, qtbot, config.steps - 1)
    assert not ui.inside_shown.replayed  # captured as the run computed it: the filling in left it as it was
    assert_shows_inspects_numbers(ui, config, config.steps - 1)


def test_open_at_max_pace_the_runs_last_step_is_captured_as_the_run_computed_it(ui, qtbot):
    config = small("autograd")
    ui.trigger("inside")
    ui.show_config(config)
    ui.pace(None)
    ui.start()
    ui.run_to_end()
    wait_for_step(ui, qtbot, config.steps - 1)
    assert not ui.inside_shown.replayed  # shown as the run ended, not computed again after it
    assert_shows_inspects_numbers(ui, config, config.steps - 1)


def test_the_window_shows_what_the_inspect_command_prints_with_the_windows_threads(ui, qtbot, tmp_path):
    config = small("dynamic")
    ui.show_config(config)
    ui.pace(None)
    ui.start()
    ui.run_to_end()
    ui.trigger("inside")
    ui.timeline.show_step(17)
    wait_for_step(ui, qtbot, 17)
    out = tmp_path / "step.json"
    options = ["--steps", "40", "--N", "8", "--D-in", "12", "--H", "6", "--D-out", "3", "--seed", "3"]
    assert main(["inspect", "dynamic", "--step", "17", "--threads", "1", "--json", str(out), *options]) == 0
    printed = json.loads(out.read_text())
    rows = ui.inside_view.rows
    assert list(printed["tensors"]) == [row.name for row in rows]
    for row in rows:
        said = printed["tensors"][row.name]
        assert [said[key] for key in ("min", "max", "mean", "norm")] == [row.min, row.max, row.mean, row.norm]
    shown = ui.inside_shown
    assert [node["op"] for node in printed["graph"]["nodes"]] == [node.op for node in shown.inside.graph.nodes]


def test_the_closed_view_captures_nothing_and_closing_it_stops_the_captures(ui, qtbot):
    ui.show_config(small("autograd", steps=300))
    ui.pace(None)
    ui.start()
    trainer = ui.run_to_end()
    assert trainer.inside.captures == 0 and trainer.inside.live is None
    paused_after(ui, qtbot, small("autograd"), 2)
    ui.trigger("inside")
    ui.step()
    qtbot.waitUntil(lambda: ui.steps_done == 3 and ui.holding(), timeout=20_000)
    trainer = ui.trainer
    assert trainer.inside.captures == 1
    ui.bring_to_front(ui.tabs_below()[0])  # the weights in front: the view is not seen, nothing is captured
    ui.step(3)
    qtbot.waitUntil(lambda: ui.steps_done == 6 and ui.holding(), timeout=20_000)
    assert trainer.inside.captures == 1
    ui.trigger("inside")  # I brings it to the front
    assert ui.inside_open and ui.tab_in_front() is ui.inside_view
    wait_for_step(ui, qtbot, 5)
    ui.trigger("inside")  # and again closes it
    assert not ui.inside_open and ui.inside_view not in ui.tabs_below()
    ui.step(3)
    qtbot.waitUntil(lambda: ui.steps_done == 9 and ui.holding(), timeout=20_000)
    assert trainer.inside.captures == 1


def test_selecting_a_tensor_marks_its_lines_and_clicking_a_line_selects_what_it_computes(ui, qtbot):
    config = small("numpy")
    ui.trigger("inside")
    paused_after(ui, qtbot, config, 3)
    wait_for_step(ui, qtbot, 2)
    inside = ui.inside_shown.inside
    ui.click_tensor("grad_h")
    assert ui.inside_view.selected == "grad_h"
    assert ui.code_view.selected_lines == inside["grad_h"].lines and len(inside["grad_h"].lines) == 2
    (h_relu_line,) = inside["h_relu"].lines
    ui.click_code_line(h_relu_line)
    assert ui.inside_view.selected == "h_relu" and ui.code_view.selected_lines == (h_relu_line,)
    ui.step()
    wait_for_step(ui, qtbot, 3)
    assert ui.inside_view.selected == "h_relu"  # stepping on keeps what is selected, and its lines
    assert ui.code_view.selected_lines == (h_relu_line,)
    ui.trigger("inside")
    assert ui.code_view.selected_lines == ()  # closed: no line stays marked


def test_a_line_that_computes_several_tensors_selects_each_in_turn(ui, qtbot):
    ui.trigger("inside")
    paused_after(ui, qtbot, small("nn"), 1)
    wait_for_step(ui, qtbot, 0)
    inside = ui.inside_shown.inside
    line = inside["y_pred"].lines[0]
    names = inside.on_line(line)
    assert names == ["model[0](...)", "model[1](...)", "y_pred"]
    chosen = []
    for _ in names:
        ui.click_code_line(line)
        chosen.append(ui.inside_view.selected)
    assert chosen == names


RENAMED = (VARIANTS["numpy"].full_source().replace("h = x.dot(w1)", "hidden = x.dot(w1)")
           .replace("np.maximum(h, 0)", "np.maximum(hidden, 0)").replace("grad_h[h < 0]", "grad_h[hidden < 0]"))


def test_an_edits_tensors_are_listed_under_its_own_names_and_linked_to_its_lines(ui, qtbot):
    ui.editing.set_edits({"numpy": RENAMED})
    config = small("numpy")
    ui.trigger("inside")
    paused_after(ui, qtbot, config, 2)
    wait_for_step(ui, qtbot, 1)
    inside = ui.inside_shown.inside
    assert "hidden" in inside.names and "h" not in inside.names
    assert_shows_inspects_numbers_of_edit(ui, config, RENAMED, 1)
    (line,) = [line for line in inside["hidden"].lines if "x.dot(w1)" in RENAMED.splitlines()[line - 1]]
    ui.click_code_line(line)
    assert ui.inside_view.selected == "hidden"
    assert line in ui.code_view.selected_lines


def assert_shows_inspects_numbers_of_edit(ui, config: RunConfig, text: str, t: int) -> None:
    from models.edited import EditedCode

    expected = inspected(config, t, edited=EditedCode(config.variant, text))
    assert [row.name for row in ui.inside_view.rows] == expected.names
    assert all(row.values.tobytes() == tensor.values.tobytes() for row, tensor in zip(ui.inside_view.rows,
                                                                                       expected.tensors))


# A student's mischief

COPYLESS = (VARIANTS["numpy"].full_source()
            .replace("import numpy as np\n", "import numpy as np\n\n\nclass Copyless(np.ndarray):\n"
                     "    def copy(self, *args, **kwargs):\n        raise RuntimeError('no copies of me')\n", 1)
            .replace("    for t in range(config.steps):\n",
                     "    for t in range(config.steps):\n        spy = np.zeros(2).view(Copyless)\n", 1))


def test_an_edit_whose_step_cannot_be_read_is_said_in_a_sentence_and_the_window_goes_on(ui, qtbot):
    assert "Copyless" in COPYLESS and "view(Copyless)" in COPYLESS
    ui.editing.set_edits({"numpy": COPYLESS})
    ui.trigger("inside")
    paused_after(ui, qtbot, small("numpy"), 2)
    qtbot.waitUntil(lambda: ui.inside_shown is not None and ui.inside_shown.t == 1, timeout=20_000)
    said = ui.inside_message
    assert ui.inside_shown.inside is None
    assert said.startswith("Step 1's tensors could not be read: RuntimeError: no copies of me.")
    assert "\n" not in said and "Traceback" not in said
    ui.timeline.show_step(0)  # computed again, from the start (its arrays cannot be checkpointed either)
    qtbot.waitUntil(lambda: ui.inside_shown is not None and ui.inside_shown.t == 0, timeout=20_000)
    assert "could not be read" in ui.inside_message
    ui.pace(None)
    ui.toggle_pause()  # the run goes on to its end
    assert ui.run_to_end().outcome == "finished"
    ui.editing.set_edits({})
    ui.start()
    assert ui.run_to_end().outcome == "finished"
    wait_for_step(ui, qtbot, 39)
    inside = ui.inside_shown.inside
    assert inside is not None and ui.inside_message == ""
    assert np.isfinite(inside["loss"].values).all()


# The list's and the graph's text on a projector: no smaller than the stage's own tabs and titles (15 pt, 20 pixels),
# which a class reads from the back; each box's bold op name is then WCAG's large text (14 pt bold).
READABLE_PT = 15
STATISTICS = ("Shape", "min", "max", "mean", "norm")


def inside_cut(ui) -> list[str]:
    """What of the list's name, shape and statistics, and of the graph's text, a class at the back cannot read."""
    table = ui.inside_table
    header, room = table.horizontalHeader(), table.viewport().width()
    titles = [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]
    problems = []
    for title in ("Tensor", *STATISTICS):
        column = titles.index(title)
        left, width = header.sectionViewportPosition(column), header.sectionSize(column)
        if table.isColumnHidden(column) or left < 0 or left + width > room:
            problems.append(f"the column {title} is not whole in the list's {room} pixels")
        elif title != "Tensor" and width < table.sizeHintForColumn(column):
            problems.append(f"the column {title} is {width} pixels, its numbers {table.sizeHintForColumn(column)}")
    names = [table.item(row, 0) for row in range(table.rowCount())]
    fonts = [table.font()] + [item.font() for row in range(table.rowCount())
                              for item in map(table.item, [row] * 6, range(6)) if item is not None]
    problems += sorted({f"the list's text is {font.pointSizeF():g} pt" for font in fonts
                        if font.pointSizeF() < READABLE_PT})
    eight = max((QFontMetricsF(name.font()).horizontalAdvance("0" * 8) for name in names), default=0)
    if header.sectionSize(0) < eight:  # some eight characters of a name at least, elided in the middle
        problems.append(f"the names have {header.sectionSize(0)} pixels")
    problems += [f"{name.text()}'s tooltip says {name.toolTip()!r}" for name in names
                 if not name.toolTip().startswith(name.text())]
    graph = ui.inside_graph
    scale = graph.transform().m11()
    texts = [item for item in graph.scene().items() if isinstance(item, QGraphicsSimpleTextItem)]
    problems += [f"the graph's {item.text()!r} is drawn at {item.font().pointSizeF() * scale:.1f} pt" for item in texts
                 if item.font().pointSizeF() * scale < READABLE_PT]
    in_sight = [item for item in texts if graph.viewport().rect().contains(
        graph.mapFromScene(item.sceneBoundingRect()).boundingRect())]
    if not in_sight:
        problems.append("no text of the graph is in sight")
    return problems


def test_on_a_projector_inside_this_step_shows_every_number_and_a_graph_read_from_the_back(ui, qtbot):
    ui.finish("dynamic", steps=6)  # the notebook's sizes: its numbers as wide as a class sees them
    ui.trigger("inside")
    wait_for_step(ui, qtbot, 5)
    problems = []
    for theme, (name, size) in itertools.product(("dark", "light"), PROJECTORS.items()):
        look_at(ui, qtbot, theme, True, size)
        assert ui.tab_in_front() is ui.inside_view
        problems += [f"{theme} at {name}: {problem}" for problem in inside_cut(ui)]
    assert problems == []


def test_a_run_reset_while_a_past_step_is_computed_again_stays_until_that_step_is_done(ui, qtbot, monkeypatch):
    """The replays' thread tells its run (a Qt object, which the signal does not keep alive) when a step is
    computed. Reset hands the run on at once, the window waiting for nothing; the run is let go once the thread
    has ended, never under it."""
    import gc
    import threading
    import weakref

    from models.inside.replay import Replayer

    computing, finish = threading.Event(), threading.Event()
    step = Replayer.step

    def held(replayer, *args, **kwargs):
        computing.set()
        finish.wait(30)
        return step(replayer, *args, **kwargs)

    monkeypatch.setattr(Replayer, "step", held)
    config = small("autograd")
    ui.show_config(config)
    ui.pace(None)
    ui.start()
    trainer = ui.run_to_end()
    ui.trigger("inside")
    ui.timeline.show_step(5)
    assert computing.wait(20)
    watch, run = trainer.inside, weakref.ref(trainer)
    del trainer
    ui.reset()
    assert ui.controller.state == "idle" and ui.trainer is None  # at once
    gc.collect()
    assert run() is not None and watch.working
    finish.set()
    qtbot.waitUntil(lambda: not watch.working, timeout=20_000)
    qtbot.waitUntil(lambda: gc.collect() is not None and run() is None, timeout=5_000)  # nothing else holds it

"""Rewind: scrub a paused or ended run to any step, and see it as it was."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.run.handoff import Snapshot, subsample
from app.run.rewind_store import RewindStore, snapshot_bytes
from models import RunConfig, steps, training_context

ROOT = Path(__file__).resolve().parents[3]


def weights_at(config: RunConfig, wanted: int, pixels: tuple[int, int]) -> dict[str, np.ndarray]:
    """The first layer's weights after step ``wanted`` and at step 0, from the generator itself, reduced
    as the heatmaps reduce them: the reference the rewound heatmap must equal."""
    taken = {}
    with training_context(1):
        for step in steps(config):
            if step.t in (0, wanted):
                w1 = step.weights["w1"]
                w1 = w1.detach().cpu().numpy() if hasattr(w1, "detach") else w1
                taken[step.t] = np.array(subsample(w1.T, *pixels))
            if step.t == wanted:
                return taken
    raise AssertionError("the run ended before the step asked for")


def finished_run(ui, variant="tensors", count=60):
    """At a set pace, as a class watches: each step's copy is a small share of its time, so every step is kept."""
    ui.show_config(RunConfig.for_variant(variant, steps=count))
    ui.pace(1000)
    ui.start()
    return ui.run_to_end()


def test_scrubbing_shows_the_weights_of_the_step_asked_for(ui):
    trainer = finished_run(ui)
    assert trainer.kept.density() == "every step"
    ui.timeline.show_step(40)
    reference = weights_at(trainer.config, 40, trainer.max_pixels)
    change = ui.heatmap("first").matrix  # "change since step 0", the default view
    np.testing.assert_array_equal(change, reference[40] - reference[0])
    assert ui.status("step") == "step 40 of 60 (replay)"
    cursor = ui.loss_plot.rewind_cursor
    assert cursor.isVisible() and cursor.value() == 40
    ui.view_button("weights").click()  # Weights
    np.testing.assert_array_equal(ui.heatmap("first").matrix, reference[40])


def test_the_timeline_keys_move_through_the_steps(ui, qtbot):
    finished_run(ui, count=30)
    slider = ui.timeline.slider
    slider.setFocus()
    assert slider.value() == 29
    cursor = ui.loss_plot.rewind_cursor
    for key, expected in ((Qt.Key.Key_Left, 28), (Qt.Key.Key_Home, 0), (Qt.Key.Key_Right, 1), (Qt.Key.Key_End, 29)):
        qtbot.keyClick(slider, key)
        assert ui.replaying == expected
        assert cursor.value() == expected


def test_dynamicnet_marks_the_rewound_step_on_its_depth_trace(ui):
    finished_run(ui, variant="dynamic", count=40)
    ui.timeline.show_step(12)
    cursor = ui.depth_trace.rewind_cursor
    assert cursor.isVisible() and cursor.value() == 12


def test_resuming_goes_on_from_the_live_end(ui, qtbot):
    ui.show_config(RunConfig.for_variant("tensors", steps=100_000))
    ui.pace(200)
    ui.start()
    qtbot.waitUntil(lambda: ui.steps_done > 20, timeout=10_000)
    ui.press(Qt.Key.Key_Space)  # pause
    timeline = ui.timeline
    qtbot.waitUntil(lambda: timeline.isEnabled(), timeout=10_000)
    held = ui.steps_done
    timeline.show_step(5)
    assert ui.replaying == 5
    ui.press(Qt.Key.Key_Space)  # resume
    qtbot.waitUntil(lambda: ui.steps_done > held + 10, timeout=10_000)
    cursor = ui.loss_plot.rewind_cursor
    assert ui.replaying is None and not cursor.isVisible()
    assert not timeline.isEnabled()
    ui.controller.stop()


def snapshot(t: int, size: int = 1000) -> Snapshot:
    return Snapshot(t, {"w1": np.full((10, size // 10), float(t), np.float32)}, {"w1": None})


def test_beyond_the_budget_every_other_step_goes_and_the_first_and_newest_stay():
    each = snapshot_bytes(snapshot(0))
    kept = RewindStore(budget_bytes=100 * each)
    for t in range(1000):
        kept.keep(snapshot(t))
    assert kept.bytes <= 100 * each
    assert kept.steps[0] == 0 and kept.steps[-1] == 999
    assert kept.stride == 16 and kept.density() == "every 16th step"
    assert set(kept.steps[:-1]) == set(range(0, 1000, 16))
    assert kept.at(40).t == 32 and kept.at(999).t == 999 and kept.at(0).t == 0


@pytest.mark.parametrize("copy_s, stride", [(0.00001, 1), (0.001, 128)])
def test_keeping_thins_until_copies_take_at_most_an_eight_hundredth_of_the_training_time(copy_s, stride):
    """Steps of 10 ms: a copy of 1 ms is a tenth of one, so one step in 128 (at least eighty) is kept."""
    kept = RewindStore(budget_bytes=1 << 30)
    for t in range(200):
        if kept.wants(t):
            kept.keep(snapshot(t), copy_s=copy_s, training_s=(t + 1) * 0.010)
    assert kept.stride == stride
    assert set(kept.steps) == set(range(0, 200, stride))


def test_the_rewind_memory_is_a_setting_remembered_between_starts(make_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *args: (64, True)))
    first = make_window(shown=False)
    first.trigger("rewind_memory")
    assert first.controller.keep_mb == 64
    first.window.close()
    second = make_window(shown=False)
    assert second.controller.keep_mb == 64
    second.set(steps=5)
    second.start()
    trainer = second.trainer
    assert trainer.kept.budget_bytes == 64 << 20
    second.run_to_end()
    second.window.close()


@pytest.mark.parametrize("budget_snapshots", [10.5, 2.5, 1.5])
def test_the_kept_steps_never_hold_more_than_the_budget(budget_snapshots):
    """The newest step counts too; a budget smaller than three steps keeps step 0 and the newest."""
    each = snapshot_bytes(snapshot(0))
    kept = RewindStore(budget_bytes=int(budget_snapshots * each))
    for t in range(300):
        kept.keep(snapshot(t))
        held = {step: kept.at(step) for step in kept.steps}
        assert sum(snapshot_bytes(s) for s in held.values()) <= max(budget_snapshots, 2) * each
        assert kept.bytes == sum(snapshot_bytes(s) for s in held.values())
        assert kept.steps[0] == 0 and kept.steps[-1] == t


class FreeMemory:
    """psutil's figure for the memory free, as this test says it is."""

    def __init__(self, megabytes: int):
        self.available = megabytes << 20


def answer_dialog(qtbot, value: int) -> dict:
    """Once the Rewind memory dialog shows: what it offers, then ``value`` typed and OK pressed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    seen = {}

    def answer():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        seen.update(low=dialog.intMinimum(), high=dialog.intMaximum(), label=dialog.labelText())
        dialog.setIntValue(value)
        dialog.accept()

    QTimer.singleShot(0, answer)
    return seen


def test_the_rewind_memory_dialog_offers_at_most_half_the_memory_free(ui, qtbot, monkeypatch):
    import psutil

    monkeypatch.setattr(psutil, "virtual_memory", lambda: FreeMemory(1000))
    seen = answer_dialog(qtbot, 65536)
    ui.trigger("rewind_memory")
    assert seen == {"low": 16, "high": 496, "label": "Keep up to this many MB of weights per run for rewinding "
                                                     "(16 to 496 MB, half of the memory free now):"}
    assert ui.controller.keep_mb == 496  # what was typed, within the range offered
    monkeypatch.setattr(psutil, "virtual_memory", lambda: FreeMemory(20))  # a machine with next to nothing free
    seen = answer_dialog(qtbot, 1000)
    ui.trigger("rewind_memory")
    assert (seen["low"], seen["high"]) == (16, 16) and ui.controller.keep_mb == 16


def test_a_remembered_rewind_memory_over_half_the_memory_free_is_lowered_and_said(make_window, monkeypatch):
    import psutil

    from app.gui.settings import open_settings

    store = open_settings()
    store.setValue("run/rewind_mb", "4096")
    store.sync()
    monkeypatch.setattr(psutil, "virtual_memory", lambda: FreeMemory(2048))
    ui = make_window(shown=False)
    assert ui.controller.keep_mb == 1024
    assert ui.message == "The rewind memory is lowered to 1024 MB, half of the memory free now"
    ui.set(steps=5)
    ui.start()
    trainer = ui.trainer
    assert trainer.kept.budget_bytes == 1024 << 20
    ui.run_to_end()
    ui.window.close()


REWIND_ON_A_PROJECTOR = """
from app.cli.options import Slide
from app.cli.slides import open_window, picture, run_to_end, show_look
from models import RunConfig
window = open_window(Slide(size=(1280, 720)))
run_to_end(window, RunConfig.for_variant("dynamic", steps=200))  # "Run finished" stays in the status bar a while
slide = Slide("dark", True, (1024, 768))
show_look(window, slide)
for step in (122, 123, 60):
    window.views.timeline.show_step(step)  # the status says "step 122 of 200 (replay; weights of step 96)"
    picture(window, slide)
print(window.statusBar().currentMessage())
window.close()
"""


@pytest.mark.process
def test_rewinding_on_a_projector_beside_a_passing_message_keeps_the_window_alive():
    """The status bar made room for the message by showing its labels, measuring, and hiding some, inside its own
    resize: at 1024x768 in presentation mode a rewound step's long status resized it again without end, until
    the stack overflowed (a segmentation fault)."""
    done = subprocess.run([sys.executable, "-c", REWIND_ON_A_PROJECTOR], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "Run finished"

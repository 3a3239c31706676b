"""Rewind: scrub a paused or ended run to any step, and see it as it was."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.run.handoff import Snapshot, subsample
from app.run.rewind_store import RewindStore, snapshot_bytes
from models import RunConfig, steps, training_context
from tests.app.conftest import press, run_to_end


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


def finished_run(window, qtbot, variant="tensors", count=60):
    """At a set pace, as a class watches: each step's copy is a small share of its time, so every step is kept."""
    window.show_config(RunConfig.for_variant(variant, steps=count))
    window.controls.set_pace(1000)
    window.start()
    return run_to_end(qtbot, window)


def test_scrubbing_shows_the_weights_of_the_step_asked_for(window, qtbot):
    trainer = finished_run(window, qtbot)
    assert trainer.kept.density() == "every step"
    window.views.timeline.show_step(40)
    reference = weights_at(trainer.config, 40, trainer.max_pixels)
    change = window.views.heatmaps["first"].matrix  # "change since step 0", the default view
    np.testing.assert_array_equal(change, reference[40] - reference[0])
    assert window.views.status["step"].text() == "step 40 of 60 (replay)"
    assert window.views.loss_plot.rewind_cursor.isVisible() and window.views.loss_plot.rewind_cursor.value() == 40
    window.views.heat_panel.view_buttons.buttons()[0].click()  # Weights
    np.testing.assert_array_equal(window.views.heatmaps["first"].matrix, reference[40])


def test_the_timeline_keys_move_through_the_steps(window, qtbot):
    finished_run(window, qtbot, count=30)
    slider = window.views.timeline.slider
    slider.setFocus()
    assert slider.value() == 29
    for key, expected in ((Qt.Key.Key_Left, 28), (Qt.Key.Key_Home, 0), (Qt.Key.Key_Right, 1), (Qt.Key.Key_End, 29)):
        qtbot.keyClick(slider, key)
        assert window.painter.replaying == expected
        assert window.views.loss_plot.rewind_cursor.value() == expected


def test_dynamicnet_marks_the_rewound_step_on_its_depth_trace(window, qtbot):
    finished_run(window, qtbot, variant="dynamic", count=40)
    window.views.timeline.show_step(12)
    assert window.views.depth_trace.rewind_cursor.isVisible() and window.views.depth_trace.rewind_cursor.value() == 12


def test_resuming_goes_on_from_the_live_end(window, qtbot):
    window.show_config(RunConfig.for_variant("tensors", steps=100_000))
    window.controls.set_pace(200)
    window.start()
    qtbot.waitUntil(lambda: window.trainer.history.count > 20, timeout=10_000)
    press(qtbot, window, Qt.Key.Key_Space)  # pause
    qtbot.waitUntil(lambda: window.views.timeline.isEnabled(), timeout=10_000)
    held = window.trainer.history.count
    window.views.timeline.show_step(5)
    assert window.painter.replaying == 5
    press(qtbot, window, Qt.Key.Key_Space)  # resume
    qtbot.waitUntil(lambda: window.trainer.history.count > held + 10, timeout=10_000)
    assert window.painter.replaying is None and not window.views.loss_plot.rewind_cursor.isVisible()
    assert not window.views.timeline.isEnabled()
    window.controller.stop()


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


@pytest.mark.parametrize("copy_s, stride", [(0.00001, 1), (0.001, 16)])
def test_keeping_thins_until_copies_take_at_most_a_hundredth_of_the_training_time(copy_s, stride):
    """Steps of 10 ms: a copy of 1 ms is a tenth of one, so one step in 16 (at least ten) is kept."""
    kept = RewindStore(budget_bytes=1 << 30)
    for t in range(200):
        if kept.wants(t):
            kept.keep(snapshot(t), copy_s=copy_s, training_s=(t + 1) * 0.010)
    assert kept.stride == stride
    assert set(kept.steps) == set(range(0, 200, stride))


def test_the_rewind_memory_is_a_setting_remembered_between_starts(qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.gui.window import MainWindow

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *args: (64, True)))
    first = MainWindow()
    qtbot.addWidget(first)
    first.actions["rewind_memory"].trigger()
    assert first.controller.keep_mb == 64
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.controller.keep_mb == 64
    second.controls.set_values({"steps": 5})
    second.start()
    assert second.trainer.kept.budget_bytes == 64 << 20
    run_to_end(qtbot, second)
    second.close()


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


def test_the_rewind_memory_dialog_offers_at_most_half_the_memory_free(window, qtbot, monkeypatch):
    import psutil

    monkeypatch.setattr(psutil, "virtual_memory", lambda: FreeMemory(1000))
    seen = answer_dialog(qtbot, 65536)
    window.actions["rewind_memory"].trigger()
    assert seen == {"low": 16, "high": 496, "label": "Keep up to this many MB of weights per run for rewinding "
                                                     "(16 to 496 MB, half of the memory free now):"}
    assert window.controller.keep_mb == 496  # what was typed, within the range offered
    monkeypatch.setattr(psutil, "virtual_memory", lambda: FreeMemory(20))  # a machine with next to nothing free
    seen = answer_dialog(qtbot, 1000)
    window.actions["rewind_memory"].trigger()
    assert (seen["low"], seen["high"]) == (16, 16) and window.controller.keep_mb == 16


def test_a_remembered_rewind_memory_over_half_the_memory_free_is_lowered_and_said(qtbot, monkeypatch):
    import psutil

    from app.gui.settings import open_settings
    from app.gui.window import MainWindow

    store = open_settings()
    store.setValue("run/rewind_mb", "4096")
    store.sync()
    monkeypatch.setattr(psutil, "virtual_memory", lambda: FreeMemory(2048))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.controller.keep_mb == 1024
    said = window.statusBar().currentMessage()
    assert said == "The rewind memory is lowered to 1024 MB, half of the memory free now"
    window.controls.set_values({"steps": 5})
    window.start()
    assert window.trainer.kept.budget_bytes == 1024 << 20
    run_to_end(qtbot, window)
    window.close()

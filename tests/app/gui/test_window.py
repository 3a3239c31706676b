"""The window driven as a user would: widgets, buttons and keys, offscreen."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from models import VARIANTS, RunConfig, available_devices, run, window_threads


def start_at_max_pace(ui, variant, **settings):
    ui.choose(variant)
    ui.set(**settings)
    ui.pace(None)
    ui.click("start")


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_run_at_max_pace_shows_every_step_of_the_headless_run(ui, variant):
    start_at_max_pace(ui, variant)
    trainer = ui.run_to_end()
    assert trainer.outcome == "finished"
    config = RunConfig.for_variant(variant)
    expected = run(config, threads=window_threads(config)).losses
    x, y = ui.loss_plot.points
    np.testing.assert_array_equal(x, np.arange(500))
    np.testing.assert_array_equal(y, expected)
    assert ui.control("progress").value() == 500
    assert ui.window.windowTitle() == f"Descent Lab — {VARIANTS[variant].title}"


@pytest.mark.skipif("cuda" not in available_devices(), reason="no CUDA device on this machine")
@pytest.mark.parametrize("variant", ["tensors", "dynamic"])
def test_a_run_on_cuda_shows_every_step_of_the_headless_run_there(ui, variant):
    start_at_max_pace(ui, variant, device="cuda")
    trainer = ui.run_to_end()
    assert trainer.outcome == "finished" and trainer.config.device == "cuda"
    _, y = ui.loss_plot.points
    np.testing.assert_array_equal(y, run(RunConfig.for_variant(variant, device="cuda")).losses)
    assert ui.status("device") == "cuda"
    assert ui.heatmap("first").matrix.shape == trainer.snapshot.weights[
        "w1" if variant == "tensors" else "input_linear.weight"].shape


def holds(qtbot, trainer):
    """Wait for the event, not for time: the paused trainer has shown its step and sleeps until told."""
    qtbot.waitUntil(trainer.holding.is_set, timeout=10_000)


def test_space_starts_and_pauses_and_pause_holds_the_step_count(ui, qtbot):
    ui.pace(20)
    ui.press(Qt.Key.Key_Space)
    assert ui.controls.state == "running"
    qtbot.waitUntil(lambda: ui.steps_done >= 3, timeout=10_000)
    ui.press(Qt.Key.Key_Space)
    assert ui.controls.state == "paused"
    holds(qtbot, ui.trainer)
    held = ui.steps_done
    ui.controller.request_frame(complete=True)  # a frame comes and goes: the step count stays
    assert ui.holding() and ui.steps_done == held
    ui.press(Qt.Key.Key_Space)
    assert ui.controls.state == "running"
    qtbot.waitUntil(lambda: ui.steps_done > held, timeout=10_000)
    ui.controller.stop()


def test_step_advances_exactly_one(ui, qtbot):
    ui.pace(None)
    ui.press(Qt.Key.Key_Right)  # from no run: a new run's first step
    assert ui.controls.state == "paused"
    qtbot.waitUntil(lambda: ui.steps_done == 1, timeout=10_000)
    for expected in (2, 3):
        ui.press(Qt.Key.Key_Right)
        qtbot.waitUntil(lambda: ui.steps_done == expected, timeout=10_000)
    holds(qtbot, ui.trainer)
    assert ui.steps_done == 3
    ui.click("step_button")
    qtbot.waitUntil(lambda: ui.steps_done == 4, timeout=10_000)
    holds(qtbot, ui.trainer)
    assert ui.steps_done == 4


def test_step_count_of_ten(ui, qtbot):
    step_count = ui.control("step_count")
    step_count.setCurrentIndex(step_count.findData(10))
    ui.press(Qt.Key.Key_S)
    qtbot.waitUntil(lambda: ui.steps_done == 10, timeout=10_000)
    holds(qtbot, ui.trainer)
    assert ui.steps_done == 10 and ui.controls.state == "paused"


def test_escape_stops_the_run_and_its_curve_stays(ui, qtbot):
    ui.pace(50)
    ui.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ui.steps_done >= 5, timeout=10_000)
    ui.press(Qt.Key.Key_Escape)
    trainer = ui.run_to_end()
    done = trainer.history.count
    assert trainer.outcome == f"stopped at step {done - 1}"
    assert len(ui.loss_plot.points[1]) == done
    assert ui.control("start").isEnabled()


def test_reset_clears_the_views(ui):
    start_at_max_pace(ui, "dynamic", steps=50)
    ui.run_to_end()
    assert len(ui.loss_plot.points[1]) == 50 and ui.heatmap("first").matrix is not None
    ui.press(Qt.Key.Key_R)
    assert ui.controls.state == "idle" and ui.trainer is None
    assert len(ui.loss_plot.points[1]) == 0
    assert len(ui.depth_trace.depths) == 0
    assert all(h.matrix is None for h in ui.heatmaps.values())
    assert ui.control("progress").value() == 0


def test_closing_during_a_run_ends_the_thread(ui, qtbot):
    ui.pace(5)
    ui.press(Qt.Key.Key_Space)
    trainer = ui.trainer
    qtbot.waitUntil(lambda: trainer.history.count >= 1, timeout=10_000)
    ui.window.close()
    assert not trainer.isRunning()


def test_a_new_start_replaces_a_running_run(ui):
    ui.pace(5)
    ui.press(Qt.Key.Key_Space)
    first = ui.trainer
    ui.press(Qt.Key.Key_Escape)
    ui.run_to_end()
    ui.press(Qt.Key.Key_Space)
    assert ui.trainer is not first and not first.isRunning()
    ui.controller.stop()
    ui.run_to_end()


def test_depth_trace_has_one_depth_per_step(ui):
    start_at_max_pace(ui, "dynamic", steps=300)
    ui.run_to_end()
    trace = ui.depth_trace
    depths = trace.depths
    assert len(depths) == 300 and set(np.unique(depths)) <= {0, 1, 2, 3}
    bucket, columns = trace.bucket, trace.columns
    assert len(columns) == -(-300 // bucket)
    np.testing.assert_allclose(columns.sum(axis=1), 1)
    whole = 300 // bucket * bucket
    shares = np.stack([(depths[:whole].reshape(-1, bucket) == d).mean(axis=1) for d in range(4)], axis=1)
    np.testing.assert_allclose(columns[: whole // bucket], shares)
    assert ui.depth_panel.isVisible() and ui.heatmap("middle").isVisible()


def test_depth_trace_is_hidden_for_other_variants(ui):
    for name in VARIANTS:
        ui.choose(name)
        assert ui.depth_panel.isVisible() == (name == "dynamic")


def test_heatmaps_show_each_layer_outputs_by_inputs_with_symmetric_levels(ui):
    ui.view_button("weights").setChecked(True)  # the weights themselves
    assert ui.heat_panel.view == "weights" and not ui.auto_levels.isChecked()
    start_at_max_pace(ui, "numpy", steps=20)
    trainer = ui.run_to_end()
    snapshot = trainer.snapshot
    assert snapshot.shapes == {"w1": (100, 1000), "w2": (10, 100)}
    first, last = ui.heatmap("first"), ui.heatmap("last")
    rows, cols = trainer.max_pixels
    assert first.matrix.shape[0] <= max(rows, 100) and first.matrix.shape[1] <= cols
    assert last.matrix.shape == (10, 100)
    low, high = first.levels
    assert low == -high and high >= np.abs(first.matrix).max()
    assert "middle" not in ui.heatmaps or not ui.heatmap("middle").isVisible()
    np.testing.assert_array_equal(last.matrix, snapshot.weights["w2"])


def test_before_start_the_heatmap_axes_have_the_shape_of_the_sizes_typed(ui):
    def ranges(name):
        (x0, x1), (y0, y1) = ui.heatmap(name).plot.viewRange()
        return round(x1 - x0), round(y1 - y0)

    assert ranges("first") == (1000, 100) and ranges("last") == (100, 10)
    ui.control("D_in").setValue(300)  # as typed: each edit is seen
    ui.control("H").setValue(40)
    assert ranges("first") == (300, 40) and ranges("last") == (40, 10)
    ui.choose("dynamic")
    assert ranges("middle") == (40, 40)


def test_gradient_view_shows_the_gradient_of_the_shown_step(ui):
    ui.view_button("gradient").setChecked(True)
    start_at_max_pace(ui, "autograd", steps=20)
    trainer = ui.run_to_end()
    np.testing.assert_array_equal(ui.heatmap("last").matrix, trainer.snapshot.grads["w2"])


def test_change_view_is_the_default_and_shows_learning(ui):
    assert ui.heat_panel.view == "change" and ui.auto_levels.isChecked()
    start_at_max_pace(ui, "numpy", steps=50)
    trainer = ui.run_to_end()
    expected = trainer.snapshot.weights["w2"] - trainer.first_snapshot.weights["w2"]
    np.testing.assert_allclose(ui.heatmap("last").matrix, expected)
    assert np.abs(expected).max() > 0


def test_device_list_holds_only_devices_that_exist(ui):
    device = ui.control("device")
    devices = [device.itemText(i) for i in range(device.count())]
    assert devices == available_devices()
    ui.choose("numpy")
    assert not device.isEnabled() and "CPU" in device.toolTip()
    ui.choose("tensors")
    assert device.isEnabled()


def test_keys_one_to_seven_select_the_variants(ui):
    for number, name in enumerate(VARIANTS, start=1):
        ui.press(getattr(Qt.Key, f"Key_{number}"))
        assert ui.controls.values()["variant"] == name
        assert ui.controls.values()["lr"] == VARIANTS[name].lr


def test_settings_are_locked_during_a_run(ui):
    ui.pace(5)
    ui.press(Qt.Key.Key_Space)
    assert not ui.control("N").isEnabled() and not ui.control("variant").isEnabled()
    assert ui.control("lock_note").isVisible()
    ui.press(Qt.Key.Key_4)
    assert ui.controls.values()["variant"] == "numpy"
    ui.controller.stop()
    ui.run_to_end()
    assert ui.control("N").isEnabled()


def test_notebook_defaults_puts_back_the_notebooks_values(ui):
    ui.choose("optim")
    ui.set(lr=0.5, H=7, seed=9)
    ui.click("defaults")
    values = ui.controls.values()
    assert (values["lr"], values["H"], values["seed"]) == (1e-4, 100, 0)


def test_nn_notebook_mode_explains_the_flat_loss(ui):
    ui.choose("nn")
    assert ui.banner.isVisible() and ui.banner.kind == "info"
    assert "the model's own parameters never change" in ui.banner.message
    ui.pace(None)
    ui.click("banner_action")
    assert ui.controls.values()["update"] == "in-place"
    assert not ui.banner.isVisible()


def test_divergence_is_marked_and_explained(ui):
    start_at_max_pace(ui, "numpy", lr=1.0)
    trainer = ui.run_to_end()
    assert trainer.outcome.startswith("diverged at step")
    step = int(trainer.outcome.split()[-1])
    divergence = ui.loss_plot.divergence
    assert divergence.isVisible() and divergence.value() == step
    assert ui.banner.kind == "warning" and "smaller learning rate" in ui.banner.message
    assert np.isfinite(ui.loss_plot.points[1]).all()
    ui.click("banner_action")  # try lr / 10
    assert ui.controls.values()["lr"] == pytest.approx(0.1)
    ui.run_to_end()


def test_sizes_that_do_not_fit_are_refused_with_the_estimate(ui):
    ui.typed(N=1 << 20, D_in=1 << 20, H=1 << 20)
    assert "GB" in ui.memory_note
    ui.click("start")
    assert ui.trainer is None
    assert ui.banner.kind == "error" and "GB" in ui.banner.message


def test_an_exception_in_a_variant_is_shown_and_the_next_start_works(ui, monkeypatch):
    import models.numpy_net

    real_train = models.numpy_net.train

    def broken(config, problem=None):
        for step in real_train(config, problem):
            yield step
            if step.t == 3:
                raise ValueError("injected failure at step 3")

    monkeypatch.setattr(models.numpy_net, "train", broken)
    start_at_max_pace(ui, "numpy")
    trainer = ui.run_to_end()
    assert trainer.outcome.startswith("failed") and "injected failure" in trainer.outcome
    assert ui.banner.kind == "error" and "injected failure at step 3" in ui.banner.message
    monkeypatch.setattr(models.numpy_net, "train", real_train)
    ui.click("start")
    assert ui.run_to_end().outcome == "finished"


def test_status_bar_names_variant_step_loss_and_device(ui):
    start_at_max_pace(ui, "tensors", steps=30)
    trainer = ui.run_to_end()
    texts = {key: ui.status(key) for key in ("variant", "step", "loss", "device")}
    assert texts["variant"] == "tensors" and texts["step"] == "step 30 / 30"
    assert texts["loss"] == f"loss {trainer.history.losses[-1]:.6g}" and texts["device"] == "cpu"


def test_once_a_run_has_ended_the_status_bar_gives_its_average_pace(ui):
    ui.choose("tensors")
    ui.set(steps=40)
    ui.pace(200)
    ui.press(Qt.Key.Key_Space)
    trainer = ui.run_to_end()
    average = 40 / trainer.elapsed_s
    assert ui.status("rate") == f"{average:,.0f} steps/s on average" != "0 steps/s on average"


def test_a_run_that_ends_just_as_the_next_starts_does_not_speak_for_it(ui, qtbot):
    """The old run's queued ``ended`` arrives after the new run is on show: it is ignored."""
    ui.set(steps=3)
    ui.pace(None)
    ui.start()
    old = ui.trainer
    old.wait(10_000)  # it has ended and queued its signal; the window has not seen it yet
    ui.pace(1)
    ui.start()  # Start again before the queued signal is delivered
    qtbot.wait(50)
    assert ui.trainer is not old
    assert ui.controls.state == "running"
    ui.controller.stop()
    ui.run_to_end()


def test_a_run_that_ends_as_it_is_reset_speaks_no_more(ui, qtbot):
    """Its end, queued as Reset retires it, arrives after the run is gone: nothing is told of it."""
    ui.set(steps=5)
    ui.pace(None)
    ui.start()
    ui.trainer.wait()  # ended, its news queued and not yet delivered
    ui.click("reset")  # the run retired and dropped: its news now comes from no sender at all
    qtbot.wait(50)  # an exception in a slot fails the test (pytest-qt)
    assert ui.controls.state == "idle" and ui.trainer is None

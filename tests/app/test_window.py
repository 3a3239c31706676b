"""The window driven as a user would: widgets, buttons and keys, offscreen."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from models import VARIANTS, RunConfig, available_devices, run, window_threads
from tests.app.conftest import press, run_to_end


def start_at_max_pace(window, qtbot, variant, **settings):
    window.choose_variant(variant)
    window.controls.set_values(settings)
    window.controls.set_pace(None)
    qtbot.mouseClick(window.controls.start, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_run_at_max_pace_shows_every_step_of_the_headless_run(window, qtbot, variant):
    start_at_max_pace(window, qtbot, variant)
    trainer = run_to_end(qtbot, window)
    assert trainer.outcome == "finished"
    config = RunConfig.for_variant(variant)
    expected = run(config, threads=window_threads(config)).losses
    x, y = window.views.loss_plot.points
    np.testing.assert_array_equal(x, np.arange(500))
    np.testing.assert_array_equal(y, expected)
    assert window.controls.progress.value() == 500
    assert window.windowTitle() == f"Descent Lab — {VARIANTS[variant].title}"


@pytest.mark.skipif("cuda" not in available_devices(), reason="no CUDA device on this machine")
@pytest.mark.parametrize("variant", ["tensors", "dynamic"])
def test_a_run_on_cuda_shows_every_step_of_the_headless_run_there(window, qtbot, variant):
    start_at_max_pace(window, qtbot, variant, device="cuda")
    trainer = run_to_end(qtbot, window)
    assert trainer.outcome == "finished" and trainer.config.device == "cuda"
    _, y = window.views.loss_plot.points
    np.testing.assert_array_equal(y, run(RunConfig.for_variant(variant, device="cuda")).losses)
    assert window.views.status["device"].text() == "cuda"
    assert window.views.heatmaps["first"].matrix.shape == trainer.snapshot.weights[
        "w1" if variant == "tensors" else "input_linear.weight"].shape


def holds(qtbot, trainer):
    """Wait for the event, not for time: the paused trainer has shown its step and sleeps until told."""
    qtbot.waitUntil(trainer.holding.is_set, timeout=10_000)


def test_space_starts_and_pauses_and_pause_holds_the_step_count(window, qtbot):
    window.controls.set_pace(20)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controls.state == "running"
    qtbot.waitUntil(lambda: window.trainer.history.count >= 3, timeout=10_000)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controls.state == "paused"
    holds(qtbot, window.trainer)
    held = window.trainer.history.count
    window.controller.request_frame(complete=True)  # a frame comes and goes: the step count stays
    assert window.trainer.holding.is_set() and window.trainer.history.count == held
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controls.state == "running"
    qtbot.waitUntil(lambda: window.trainer.history.count > held, timeout=10_000)
    window.controller.stop()


def test_step_advances_exactly_one(window, qtbot):
    window.controls.set_pace(None)
    press(qtbot, window, Qt.Key.Key_Right)  # from no run: a new run's first step
    assert window.controls.state == "paused"
    qtbot.waitUntil(lambda: window.trainer.history.count == 1, timeout=10_000)
    for expected in (2, 3):
        press(qtbot, window, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda: window.trainer.history.count == expected, timeout=10_000)
    holds(qtbot, window.trainer)
    assert window.trainer.history.count == 3
    qtbot.mouseClick(window.controls.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.trainer.history.count == 4, timeout=10_000)
    holds(qtbot, window.trainer)
    assert window.trainer.history.count == 4


def test_step_count_of_ten(window, qtbot):
    window.controls.step_count.setCurrentIndex(window.controls.step_count.findData(10))
    press(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.trainer.history.count == 10, timeout=10_000)
    holds(qtbot, window.trainer)
    assert window.trainer.history.count == 10 and window.controls.state == "paused"


def test_escape_stops_the_run_and_its_curve_stays(window, qtbot):
    window.controls.set_pace(50)
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.trainer.history.count >= 5, timeout=10_000)
    press(qtbot, window, Qt.Key.Key_Escape)
    trainer = run_to_end(qtbot, window)
    done = trainer.history.count
    assert trainer.outcome == f"stopped at step {done - 1}"
    assert len(window.views.loss_plot.points[1]) == done
    assert window.controls.start.isEnabled()


def test_reset_clears_the_views(window, qtbot):
    start_at_max_pace(window, qtbot, "dynamic", steps=50)
    run_to_end(qtbot, window)
    assert len(window.views.loss_plot.points[1]) == 50 and window.views.heatmaps["first"].matrix is not None
    press(qtbot, window, Qt.Key.Key_R)
    assert window.controls.state == "idle" and window.trainer is None
    assert len(window.views.loss_plot.points[1]) == 0
    assert len(window.views.depth_trace.depths) == 0
    assert all(h.matrix is None for h in window.views.heatmaps.values())
    assert window.controls.progress.value() == 0


def test_closing_during_a_run_ends_the_thread(window, qtbot):
    window.controls.set_pace(5)
    press(qtbot, window, Qt.Key.Key_Space)
    trainer = window.trainer
    qtbot.waitUntil(lambda: trainer.history.count >= 1, timeout=10_000)
    window.close()
    assert not trainer.isRunning()


def test_a_new_start_replaces_a_running_run(window, qtbot):
    window.controls.set_pace(5)
    press(qtbot, window, Qt.Key.Key_Space)
    first = window.trainer
    press(qtbot, window, Qt.Key.Key_Escape)
    run_to_end(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.trainer is not first and not first.isRunning()
    window.controller.stop()
    run_to_end(qtbot, window)


def test_depth_trace_has_one_depth_per_step(window, qtbot):
    start_at_max_pace(window, qtbot, "dynamic", steps=300)
    run_to_end(qtbot, window)
    depths = window.views.depth_trace.depths
    assert len(depths) == 300 and set(np.unique(depths)) <= {0, 1, 2, 3}
    bucket, columns = window.views.depth_trace.bucket, window.views.depth_trace.columns
    assert len(columns) == -(-300 // bucket)
    np.testing.assert_allclose(columns.sum(axis=1), 1)
    whole = 300 // bucket * bucket
    shares = np.stack([(depths[:whole].reshape(-1, bucket) == d).mean(axis=1) for d in range(4)], axis=1)
    np.testing.assert_allclose(columns[: whole // bucket], shares)
    assert window.views.depth_panel.isVisible() and window.views.heatmaps["middle"].isVisible()


def test_depth_trace_is_hidden_for_other_variants(window):
    for name in VARIANTS:
        window.choose_variant(name)
        assert window.views.depth_panel.isVisible() == (name == "dynamic")


def test_heatmaps_show_each_layer_outputs_by_inputs_with_symmetric_levels(window, qtbot):
    window.views.heat_panel.view_buttons.buttons()[0].setChecked(True)  # the weights themselves
    assert window.views.heat_panel.view == "weights" and not window.views.heat_panel.auto_levels.isChecked()
    start_at_max_pace(window, qtbot, "numpy", steps=20)
    trainer = run_to_end(qtbot, window)
    snapshot = trainer.snapshot
    assert snapshot.shapes == {"w1": (100, 1000), "w2": (10, 100)}
    first, last = window.views.heatmaps["first"], window.views.heatmaps["last"]
    rows, cols = trainer.max_pixels
    assert first.matrix.shape[0] <= max(rows, 100) and first.matrix.shape[1] <= cols
    assert last.matrix.shape == (10, 100)
    low, high = first.levels
    assert low == -high and high >= np.abs(first.matrix).max()
    assert "middle" not in window.views.heatmaps or not window.views.heatmaps["middle"].isVisible()
    np.testing.assert_array_equal(last.matrix, snapshot.weights["w2"])


def test_before_start_the_heatmap_axes_have_the_shape_of_the_sizes_typed(window, qtbot):
    def ranges(name):
        (x0, x1), (y0, y1) = window.views.heatmaps[name].plot.viewRange()
        return round(x1 - x0), round(y1 - y0)

    assert ranges("first") == (1000, 100) and ranges("last") == (100, 10)
    window.controls.sizes["D_in"].setValue(300)  # as typed: each edit is seen
    window.controls.sizes["H"].setValue(40)
    assert ranges("first") == (300, 40) and ranges("last") == (40, 10)
    window.choose_variant("dynamic")
    assert ranges("middle") == (40, 40)


def test_gradient_view_shows_the_gradient_of_the_shown_step(window, qtbot):
    window.views.heat_panel.view_buttons.buttons()[2].setChecked(True)
    start_at_max_pace(window, qtbot, "autograd", steps=20)
    trainer = run_to_end(qtbot, window)
    np.testing.assert_array_equal(window.views.heatmaps["last"].matrix, trainer.snapshot.grads["w2"])


def test_change_view_is_the_default_and_shows_learning(window, qtbot):
    assert window.views.heat_panel.view == "change" and window.views.heat_panel.auto_levels.isChecked()
    start_at_max_pace(window, qtbot, "numpy", steps=50)
    trainer = run_to_end(qtbot, window)
    expected = trainer.snapshot.weights["w2"] - trainer.first_snapshot.weights["w2"]
    np.testing.assert_allclose(window.views.heatmaps["last"].matrix, expected)
    assert np.abs(expected).max() > 0


def test_device_list_holds_only_devices_that_exist(window):
    devices = [window.controls.device.itemText(i) for i in range(window.controls.device.count())]
    assert devices == available_devices()
    window.choose_variant("numpy")
    assert not window.controls.device.isEnabled() and "CPU" in window.controls.device.toolTip()
    window.choose_variant("tensors")
    assert window.controls.device.isEnabled()


def test_keys_one_to_seven_select_the_variants(window, qtbot):
    for number, name in enumerate(VARIANTS, start=1):
        press(qtbot, window, getattr(Qt.Key, f"Key_{number}"))
        assert window.controls.values()["variant"] == name
        assert window.controls.values()["lr"] == VARIANTS[name].lr


def test_settings_are_locked_during_a_run(window, qtbot):
    window.controls.set_pace(5)
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.controls.sizes["N"].isEnabled() and not window.controls.variant.isEnabled()
    assert window.controls.lock_note.isVisible()
    press(qtbot, window, Qt.Key.Key_4)
    assert window.controls.values()["variant"] == "numpy"
    window.controller.stop()
    run_to_end(qtbot, window)
    assert window.controls.sizes["N"].isEnabled()


def test_notebook_defaults_puts_back_the_notebooks_values(window, qtbot):
    window.choose_variant("optim")
    window.controls.set_values({"lr": 0.5, "H": 7, "seed": 9})
    qtbot.mouseClick(window.controls.defaults, Qt.MouseButton.LeftButton)
    values = window.controls.values()
    assert (values["lr"], values["H"], values["seed"]) == (1e-4, 100, 0)


def test_nn_notebook_mode_explains_the_flat_loss(window, qtbot):
    window.choose_variant("nn")
    assert window.views.banner.isVisible() and window.views.banner.kind == "info"
    assert "the model's own parameters never change" in window.views.banner.message
    window.controls.set_pace(None)
    qtbot.mouseClick(window.views.banner.action, Qt.MouseButton.LeftButton)
    assert window.controls.values()["update"] == "in-place"
    assert not window.views.banner.isVisible()


def test_divergence_is_marked_and_explained(window, qtbot):
    start_at_max_pace(window, qtbot, "numpy", lr=1.0)
    trainer = run_to_end(qtbot, window)
    assert trainer.outcome.startswith("diverged at step")
    step = int(trainer.outcome.split()[-1])
    assert window.views.loss_plot.divergence.isVisible() and window.views.loss_plot.divergence.value() == step
    assert window.views.banner.kind == "warning" and "smaller learning rate" in window.views.banner.message
    assert np.isfinite(window.views.loss_plot.points[1]).all()
    qtbot.mouseClick(window.views.banner.action, Qt.MouseButton.LeftButton)  # try lr / 10
    assert window.controls.values()["lr"] == pytest.approx(0.1)
    run_to_end(qtbot, window)


def test_sizes_that_do_not_fit_are_refused_with_the_estimate(window, qtbot):
    window.controls.set_values({"N": 1 << 20, "D_in": 1 << 20, "H": 1 << 20})
    window.on_edited()
    assert "GB" in window.views.memory_note.text()
    qtbot.mouseClick(window.controls.start, Qt.MouseButton.LeftButton)
    assert window.trainer is None
    assert window.views.banner.kind == "error" and "GB" in window.views.banner.message


def test_an_exception_in_a_variant_is_shown_and_the_next_start_works(window, qtbot, monkeypatch):
    import models.numpy_net

    real_train = models.numpy_net.train

    def broken(config, problem=None):
        for step in real_train(config, problem):
            yield step
            if step.t == 3:
                raise ValueError("injected failure at step 3")

    monkeypatch.setattr(models.numpy_net, "train", broken)
    start_at_max_pace(window, qtbot, "numpy")
    trainer = run_to_end(qtbot, window)
    assert trainer.outcome.startswith("failed") and "injected failure" in trainer.outcome
    assert window.views.banner.kind == "error" and "injected failure at step 3" in window.views.banner.message
    monkeypatch.setattr(models.numpy_net, "train", real_train)
    qtbot.mouseClick(window.controls.start, Qt.MouseButton.LeftButton)
    assert run_to_end(qtbot, window).outcome == "finished"


def test_status_bar_names_variant_step_loss_and_device(window, qtbot):
    start_at_max_pace(window, qtbot, "tensors", steps=30)
    trainer = run_to_end(qtbot, window)
    texts = {key: label.text() for key, label in window.views.status.items()}
    assert texts["variant"] == "tensors" and texts["step"] == "step 30 / 30"
    assert texts["loss"] == f"loss {trainer.history.losses[-1]:.6g}" and texts["device"] == "cpu"


def test_once_a_run_has_ended_the_status_bar_gives_its_average_pace(window, qtbot):
    window.choose_variant("tensors")
    window.controls.set_values({"steps": 40})
    window.controls.set_pace(200)
    press(qtbot, window, Qt.Key.Key_Space)
    trainer = run_to_end(qtbot, window)
    average = 40 / trainer.elapsed_s
    assert window.views.status["rate"].text() == f"{average:,.0f} steps/s on average" != "0 steps/s on average"


def test_a_run_that_ends_just_as_the_next_starts_does_not_speak_for_it(window, qtbot):
    """The old run's queued ``ended`` arrives after the new run is on show: it is ignored."""
    window.controls.set_values({"steps": 3})
    window.controls.set_pace(None)
    window.start()
    old = window.trainer
    old.wait(10_000)  # it has ended and queued its signal; the window has not seen it yet
    window.controls.set_pace(1)
    window.start()  # Start again before the queued signal is delivered
    qtbot.wait(50)
    assert window.trainer is not old
    assert window.controls.state == "running"
    window.controller.stop()
    run_to_end(qtbot, window)


def test_a_run_that_ends_as_it_is_reset_speaks_no_more(window, qtbot):
    """Its end, queued as Reset retires it, arrives after the run is gone: nothing is told of it."""
    window.controls.set_values({"steps": 5})
    window.controls.set_pace(None)
    window.start()
    window.controller.trainer.wait()  # ended, its news queued and not yet delivered
    window.reset()  # the run retired and dropped: its news now comes from no sender at all
    qtbot.wait(50)  # an exception in a slot fails the test (pytest-qt)
    assert window.controls.state == "idle" and window.trainer is None

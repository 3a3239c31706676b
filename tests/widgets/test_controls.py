"""The control panel: locked fields, values in and out."""

import pytest
from PySide6.QtCore import Qt

from widgets.controls import PACES, Controls


@pytest.fixture
def controls(qtbot):
    panel = Controls([("a", "Variant A"), ("b", "Variant B")], ["cpu"],
                     {"max_size": 1 << 20, "max_steps": 10**8, "min_lr": 1e-15, "max_lr": 1e6, "max_seed": 2**32 - 1,
                      "max_momentum": 0.999})
    qtbot.addWidget(panel)
    return panel


def test_values_round_trip(controls):
    values = dict(variant="b", N=3, D_in=4, H=5, D_out=6, seed=7, lr=3e-5, steps=80, momentum=0.5,
                  update="in-place", device="cpu", dtype="float64")
    controls.set_values(values)
    assert controls.values() == values


def test_fields_lock_while_a_run_is_active(controls):
    for state, locked in (("idle", False), ("running", True), ("paused", True), ("ended", False)):
        controls.set_state(state)
        assert controls.sizes["N"].isEnabled() is not locked
        assert controls.pause.isEnabled() is locked and controls.start.isEnabled() is not locked
    controls.set_state("paused")
    assert controls.pause.text() == "Resume" and controls.step_button.isEnabled()


def test_the_pace_runs_from_one_step_a_second_to_max(controls, qtbot):
    seen = []
    controls.pace_changed.connect(seen.append)
    assert controls.steps_per_s == 50
    controls.pace.setValue(0)
    controls.pace.setValue(len(PACES) - 1)
    assert seen == [1, None] and controls.pace_label.text() == "max"


def test_a_fixed_device_is_disabled_with_the_reason(controls):
    controls.show_fields_for(fixed_device="cpu", fixed_dtype="float64", momentum=False, update=True,
                             why_fixed="runs on the CPU")
    assert not controls.device.isEnabled() and controls.device.toolTip() == "runs on the CPU"
    assert controls.dtype.currentText() == "float64"
    assert controls.update_mode.isVisibleTo(controls) and not controls.momentum.isVisibleTo(controls)


def test_the_new_seed_button_draws_a_seed(controls, qtbot):
    seeds = set()
    for _ in range(5):
        qtbot.mouseClick(controls.new_seed, Qt.MouseButton.LeftButton)
        seeds.add(controls.values()["seed"])
    assert len(seeds) > 1


def test_a_device_asked_for_before_it_is_listed_is_chosen_once_it_is(controls):
    controls.set_values({"device": "cuda"})  # remembered, before torch has listed the GPUs
    assert controls.values()["device"] == "cpu"
    controls.set_devices(["cpu", "cuda", "cuda:0"])
    assert controls.values()["device"] == "cuda"


def test_a_device_chosen_since_or_never_listed_keeps_the_choice(controls):
    controls.set_values({"device": "cuda"})
    controls.device.activated.emit(0)  # the user picks "cpu" meanwhile
    controls.set_devices(["cpu", "cuda"])
    assert controls.values()["device"] == "cpu"
    controls.set_values({"device": "mps"})
    controls.set_devices(["cpu", "cuda"])  # a machine without it
    assert controls.values()["device"] == "cpu"

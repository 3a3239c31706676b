"""Reliability: odd numbers, divergence, faults and a stress of random actions, with nothing lost."""

import os
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from benchmarks.bench_gui import close_during_run
from models import VARIANTS, RunConfig, run
from tests.app.conftest import run_to_end

LEARNING_RATES = [1e-12, 1e-3, 1.0, 1e3, 1e6]


# Divergence

@pytest.mark.parametrize("variant", VARIANTS)
def test_every_learning_rate_ends_normally_or_at_its_first_non_finite_loss(variant):
    for lr in LEARNING_RATES:
        result = run(RunConfig.for_variant(variant, lr=lr, steps=200))
        finite = np.isfinite(result.losses)
        if result.outcome == "finished":
            assert finite.all() and len(result.losses) == 200
        else:
            assert result.outcome == f"diverged at step {len(result.losses) - 1}"
            assert finite[:-1].all() and not finite[-1]


@pytest.mark.parametrize("variant", VARIANTS)
def test_after_any_learning_rate_the_plot_draws_and_saves(window, qtbot, tmp_path, variant):
    for lr in LEARNING_RATES:
        window.choose_variant(variant)
        window.controls.set_values({"lr": lr, "steps": 120})
        window.controls.set_pace(None)
        window.start()
        trainer = run_to_end(qtbot, window)
        assert trainer.outcome == "finished" or trainer.outcome.startswith("diverged at step")
        for log in (True, False):
            window.views.log_scale.setChecked(log)
            assert np.isfinite(window.views.loss_plot.points[1]).all()
            image = window.views.loss_plot.grab().toImage()
            assert image.width() > 100
        assert window.files.save_screenshot(tmp_path / f"{variant}-{lr:g}.png") is not None
        assert len(window.files.export_run(tmp_path / f"{variant}-{lr:g}.csv")) == 2
        window.views.log_scale.setChecked(True)
    assert QImage(str(tmp_path / f"{variant}-1e+06.png")).width() > 0


# Faults

@pytest.mark.parametrize("error", [MemoryError("cannot allocate 12 GB"), torch.OutOfMemoryError("CUDA out of memory")])
def test_running_out_of_memory_is_shown_and_the_next_run_works(window, qtbot, monkeypatch, error):
    import models.tensors

    real = models.tensors.train

    def starved(config, problem=None):
        raise error
        yield  # a generator, like the real one

    monkeypatch.setattr(models.tensors, "train", starved)
    window.choose_variant("tensors")
    window.controls.set_pace(None)
    window.start()
    trainer = run_to_end(qtbot, window)
    assert trainer.outcome.startswith("failed") and window.views.banner.kind == "error"
    assert type(error).__name__ in window.views.banner.message and str(error) in window.views.banner.message
    monkeypatch.setattr(models.tensors, "train", real)
    window.controls.set_values({"steps": 20})
    window.start()
    assert run_to_end(qtbot, window).outcome == "finished"


def test_a_session_write_to_an_unwritable_place_loses_nothing(window, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    before = window.controls.values()
    assert window.files.save_session(blocked / "lesson.json") is None
    assert window.views.banner.kind == "error" and "Session not saved" in window.views.banner.message
    assert window.controls.values() == before
    assert window.files.save_session(tmp_path / "lesson.json").exists()


def test_window_fields_cannot_hold_invalid_values(window, qtbot):
    controls = window.controls
    for box, typed in ((controls.sizes["N"], "-5"), (controls.steps, "0"), (controls.seed, "x"),
                       (controls.sizes["H"], "1e9")):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
        assert "-" not in box.text() and "x" not in box.text() and "e" not in box.text()
        assert window.current_config(quiet=True) is not None  # whatever was typed, the settings stay valid
    controls.lr.lineEdit().selectAll()
    qtbot.keyClicks(controls.lr.lineEdit(), "fast")
    qtbot.keyClick(controls.lr.lineEdit(), Qt.Key.Key_Return)
    assert controls.lr.value() == 1e-6
    assert [controls.device.itemText(i) for i in range(controls.device.count())] == (
        ["cpu"] + (["cuda"] + [f"cuda:{i}" for i in range(torch.cuda.device_count())] if torch.cuda.is_available()
                   else []) + (["mps"] if torch.backends.mps.is_available() else [])
    )


def test_closing_during_a_run_fifty_times_exits_cleanly_each_time():
    """Each process exits 0 with nothing on stderr; how fast is the close benchmark's (make bench)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(close_during_run, range(50)))
    for code, _seconds, stderr in outcomes:
        assert code == 0, stderr
        assert "QThread" not in stderr and "Traceback" not in stderr


# Stress

def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


def _warm_up(window, qtbot, tmp_path) -> None:
    """Touch every variant, a race and the exports once: their first use loads libraries, not leaks."""
    pace = window.controls.steps_per_s
    window.controls.set_pace(None)
    for name in VARIANTS:
        window.choose_variant(name)
        window.step()
        qtbot.waitUntil(lambda: window.trainer.history.count >= 1, timeout=20_000)
        window.reset()
    window.racing.start(["numpy", "autograd"])
    run_to_end(qtbot, window)
    window.files.export_run(tmp_path / "warm.csv")
    window.files.save_screenshot(tmp_path / "warm.png")
    window.reset()
    window.views.loss_plot.clear_past_runs()
    window.controls.set_pace(pace)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads resident memory from /proc")
def test_three_hundred_random_actions(window, qtbot, tmp_path):
    """Seeded: DESCENT_LAB_STRESS_SEED replays another; a failure prints the seed and the actions taken."""
    seed = int(os.environ.get("DESCENT_LAB_STRESS_SEED", "2026"))
    rng = random.Random(seed)
    actions = {
        "start": window.start,
        "pause": window.toggle_pause,
        "step": lambda: window.step(rng.choice([1, 10])),
        "stop": window.controller.stop,
        "reset": window.reset,
        "space": lambda: window.start_or_pause(),
        "variant": lambda: window.choose_variant(rng.choice(list(VARIANTS))),
        "sizes": lambda: window.controls.set_values({"N": rng.choice([8, 64]), "H": rng.choice([16, 100]),
                                                     "D_in": rng.choice([50, 1000]), "steps": rng.choice([50, 300])})
        if window.controls.state not in ("running", "paused") else None,
        "pace": lambda: window.controls.set_pace(rng.choice([None, 1000, 200, 20])),
        "export": lambda: window.files.export_run(tmp_path / f"run-{rng.randrange(5)}.csv"),
        "screenshot": lambda: window.files.save_screenshot(tmp_path / "shot.png"),
        "race": lambda: window.racing.start(rng.sample(["numpy", "tensors", "autograd", "nn"], 2))
        if window.controls.state not in ("running", "paused") else None,
        "clear": window.views.loss_plot.clear_past_runs,
        "view": lambda: rng.choice(window.views.heat_panel.view_buttons.buttons()).setChecked(True),
        "log": window.views.log_scale.toggle,
    }
    names = list(actions)
    window.controls.set_values({"steps": 300})
    _warm_up(window, qtbot, tmp_path)
    warm = _rss_mb()
    taken = []
    try:
        for _ in range(300):
            taken.append(rng.choice(names))
            actions[taken[-1]]()
            qtbot.wait(rng.choice([0, 5, 20]))
    except BaseException:
        print(f"stress seed {seed}, failed at action {len(taken)}: {' '.join(taken)}")
        raise
    window.controller.stop()
    if window.trainer is not None:
        window.trainer.wait(10_000)
    qtbot.wait(100)
    assert _rss_mb() - warm <= 30

"""A new variant touches models/ only: the window, the trainer and the command line read its declaration."""

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.cli.main import main
from models import VARIANTS, RunConfig, run, window_threads


@pytest.fixture
def eighth(monkeypatch):
    """An eighth variant, declared as models/catalog.py declares the others (here: custom's code again)."""
    twin = dataclasses.replace(VARIANTS["custom"], name="twin", title="PyTorch: Custom nn Modules, again",
                               layers=("first_layer", "second_layer"))
    monkeypatch.setitem(VARIANTS, "twin", twin)
    return twin


def test_the_command_line_lists_and_runs_it(eighth, capsys):
    assert main(["list"]) == 0
    assert "twin" in capsys.readouterr().out
    assert main(["run", "twin", "--steps", "3", "--every", "1"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == ["0", "1", "2"]


def test_the_window_offers_it_on_key_8_and_runs_it(eighth, ui):
    ui.press(Qt.Key.Key_8)
    assert ui.controls.values()["variant"] == "twin"
    assert ui.window.windowTitle().endswith(eighth.title)
    assert ui.heatmap("first").title.text == "Layer 1: first_layer"
    ui.set(steps=30)
    ui.pace(None)
    ui.press(Qt.Key.Key_Space)
    trainer = ui.run_to_end()
    config = RunConfig.for_variant("twin", steps=30)
    np.testing.assert_array_equal(ui.loss_plot.points[1], run(config, threads=window_threads(config)).losses)
    assert trainer.outcome == "finished"

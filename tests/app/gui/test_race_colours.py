"""A race in the window: its lanes in colours no shown curve holds, named by what tells them
apart, with the legend off every lane's newest point."""

from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import QPointF

from app.gui.painter import lane_labels
from models import RunConfig


def race_of(*configs: RunConfig) -> SimpleNamespace:
    return SimpleNamespace(lanes=[SimpleNamespace(config=config, edited=None) for config in configs])


def test_lanes_are_named_by_what_tells_them_apart():
    same = race_of(*(RunConfig.for_variant(name, dtype="float64") for name in ("numpy", "tensors", "autograd")))
    assert lane_labels(same) == ["numpy", "tensors", "autograd"]
    mixed = race_of(RunConfig.for_variant("numpy"), RunConfig.for_variant("dynamic", dtype="float64"))
    assert lane_labels(mixed) == ["numpy, lr 1e-06", "dynamic, lr 0.0001, momentum 0.9"]


def test_a_race_after_two_runs_shows_five_colours_and_keeps_the_legend_off_its_lanes(ui):
    ui.finish("numpy", steps=40)
    ui.finish("tensors", steps=40)
    ui.set(steps=120)
    assert ui.racing.start(["numpy", "tensors", "autograd"], "float64")  # the tensors run retires
    ui.run_to_end()
    plot = ui.loss_plot
    colours = [curve.color for curve in plot.curves.values()]
    assert len(plot.past_runs) == 2 and len(set(colours)) == 5 and plot.theme.curve not in colours
    assert [label.text for _, label in plot.legend.items][:3] == ["numpy", "tensors", "autograd"]
    view, legend = plot.getViewBox(), plot.legend.sceneBoundingRect()
    for key in ("lane numpy", "lane tensors", "lane autograd"):
        x, y = plot.points_of(key)
        assert not legend.contains(view.mapViewToScene(QPointF(x[-1], np.log10(y[-1])))), key

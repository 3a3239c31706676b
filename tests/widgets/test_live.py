"""The live views repaint with as little Python as Qt allows: each call into it takes the GIL from training."""

import sys

import numpy as np
import pytest

from widgets.depth_trace import DepthTrace
from widgets.heatmap import Heatmap
from widgets.loss_plot import LossPlot


def python_run_by_repaints(view, times: int = 3) -> set[str]:
    """The Python methods Qt calls while ``view`` repaints, as "Class.method"."""
    called = set()

    def note(frame, event, arg):
        if event == "call":
            owner = frame.f_locals.get("self")
            called.add(f"{type(owner).__name__}.{frame.f_code.co_name}")

    sys.setprofile(note)
    try:
        for _ in range(times):
            view.viewport().repaint()
    finally:
        sys.setprofile(None)
    return called


def shown(qtbot, make):
    view = make()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    if isinstance(view, LossPlot):
        view.set_losses(np.linspace(2.0, 0.1, 500))
    elif isinstance(view, Heatmap):
        view.set_matrix(np.random.default_rng(0).standard_normal((20, 30)))
    return view


@pytest.mark.parametrize("make", [LossPlot, DepthTrace])
def test_no_item_that_draws_nothing_runs_python_in_a_repaint(qtbot, make):
    """A plot, its grid of items and a view without a border hold others and draw nothing themselves."""
    view = shown(qtbot, make)
    called: set[str] = set()
    qtbot.waitUntil(lambda: bool(called.update(python_run_by_repaints(view)) or called))  # laid out: axes draw
    holders = {name for name in called if name.split(".")[0] in {"PlotItem", "GraphicsLayout", "LabelItem"}}
    assert not holders and "ViewBox.paint" not in called, sorted(called)


def test_a_heatmap_repaints_without_python(qtbot):
    """Its axes keep inside their boxes, its colour bar's frame is Qt's, its views clip nothing: at max pace
    the heatmaps made two thirds of the window's calls into Python."""
    view = shown(qtbot, Heatmap)
    for seed in range(3):
        qtbot.wait(100)  # laid out, the axes drawn
        assert python_run_by_repaints(view) == set()
        view.set_matrix(np.random.default_rng(seed).standard_normal((20, 30)))

"""The live views repaint with as little Python as Qt allows: each call into it takes the GIL from training."""

import sys

import numpy as np
import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout

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
            view.grab()  # painted now, whatever is pending: repaint() may find nothing to do
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
    else:
        view.set_depths(np.random.default_rng(0).integers(0, 4, 200).astype(np.int8))
    return view


# A view that clips its curves to itself (a zoomed loss plot's run past it) asks Python for its shape
CLIPPING = {"ViewBox.shape", "ViewBox.boundingRect"}


@pytest.mark.parametrize(("make", "allowed"), [(LossPlot, CLIPPING), (DepthTrace, CLIPPING), (Heatmap, set())])
def test_views_repaint_without_python_but_for_clipping(qtbot, make, allowed):
    """Plots and grids of items draw nothing themselves; axes give Qt their reach once (``QuietAxis``); the
    colour bar's frame is Qt's; a heatmap clips nothing, its image filling its view. At max pace, these calls
    into Python were 500 a second (DynamicNet), each taking the GIL from the training thread."""
    view = shown(qtbot, make)
    ran: set[str] = set()

    def quiet() -> bool:
        ran.clear()
        ran.update(python_run_by_repaints(view) - allowed)
        return not ran

    for seed in range(3):
        # Once a change is drawn (an axis whose range moved draws itself again, in Python), repaints run no more
        try:
            qtbot.waitUntil(quiet)
        except WaitTimeout:
            pytest.fail(f"every repaint runs Python: {sorted(ran)}")
        if isinstance(view, Heatmap):
            view.set_matrix(np.random.default_rng(seed).standard_normal((20, 30)))
        elif isinstance(view, LossPlot):
            view.set_losses(np.linspace(2.0, 0.1 * (seed + 1), 500 + 100 * seed))
        else:
            view.set_depths(np.random.default_rng(seed).integers(0, 4, 300 + 100 * seed).astype(np.int8))

"""The loss plot's framing: the y range only widens, by whole decades on the log scale, and two at a time
downwards; it leaves a view the user moved alone until asked to follow again."""

import pyqtgraph as pg
import pytest

from widgets.loss_framing import LossFraming


@pytest.fixture
def framing(qtbot):
    view = pg.PlotWidget(plotItem=(plot := pg.PlotItem()))
    qtbot.addWidget(view)
    framing = LossFraming(plot.getViewBox())
    framing.set_run_length(500)
    yield framing
    del view  # held until the test ends: the view box is its child


def y_range(framing: LossFraming) -> list[float]:
    return framing.view_box.viewRange()[1]


def decades(framing: LossFraming) -> tuple[float, float]:
    """The decades the log axis spans, its 2% padding either side taken off."""
    low, high = y_range(framing)
    span = (high - low) / 1.04
    return round(low + 0.02 * span, 6), round(high - 0.02 * span, 6)


def test_on_the_log_scale_a_falling_loss_moves_the_axis_two_decades_at_a_time(framing):
    framing.widen(2e4, 3e4, log=True)
    assert decades(framing) == (4, 5)
    framing.widen(2e3, 3e4, log=True)
    assert decades(framing) == (2, 5)
    framing.widen(2e2, 3e4, log=True)  # still within the two decades shown below: the axis stays
    assert decades(framing) == (2, 5)
    framing.widen(2e1, 3e4, log=True)
    assert decades(framing) == (0, 5)


def test_the_range_only_widens(framing):
    framing.widen(0, 1000, log=False)
    shown = y_range(framing)
    framing.widen(10, 20, log=False)
    assert y_range(framing) == shown
    framing.widen(0, 5000, log=False)
    assert y_range(framing)[1] == pytest.approx(5000 * 1.05)


def test_a_moved_view_stays_until_it_follows_again(framing):
    framing.widen(0, 1000, log=False)
    framing.following = False
    framing.view_box.setYRange(100, 200, padding=0)
    framing.widen(0, 5000, log=False)
    framing.set_run_length(10_000)
    assert y_range(framing) == pytest.approx([100, 200])
    assert framing.view_box.viewRange()[0][1] < 10_000
    framing.follow(log=False)
    assert y_range(framing)[1] == pytest.approx(5000 * 1.05)
    assert framing.view_box.viewRange()[0][1] == pytest.approx(1.02 * 9999, rel=1e-3)


def test_forgotten_losses_are_widened_to_from_nothing(framing):
    framing.widen(0, 5000, log=False)
    framing.forget_losses()
    framing.widen(0, 10, log=False)
    assert y_range(framing)[1] == pytest.approx(10 * 1.05)

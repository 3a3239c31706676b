"""The loss's log axis reads its decades: at least four labelled ticks wherever the loss spans four decades
or more, at any text size, in a plot as short as a projector's stage leaves, never running together."""

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from tests.texts import overlaps, plot_texts
from widgets.loss_plot import LossPlot
from widgets.theme import DARK

STEPS = 500
FALLING = 3e4 * np.exp(-np.arange(STEPS) / 40) + 0.05  # 5.8 decades, as the notebook's loss falls


@pytest.mark.parametrize("font_pt", [11, 18])
@pytest.mark.parametrize("height", [200, 260, 400])
def test_a_loss_over_four_decades_has_four_labelled_ticks_that_keep_apart(qtbot, font_pt, height):
    plot = LossPlot(theme=DARK)
    qtbot.addWidget(plot)
    plot.resize(500, height)
    plot.show()
    qtbot.waitExposed(plot)
    plot.apply_theme(DARK, 2.5, font_pt)
    plot.set_run_length(STEPS)
    plot.set_losses(FALLING)
    for _ in range(3):  # laid out at the new text size, as the next frames find it
        QApplication.processEvents()
    texts = plot_texts(plot, plot)
    labelled = [text.text for text in texts if text.kind == "left tick"]
    assert len(labelled) >= 4, labelled
    assert overlaps([text for text in texts if text.kind == "left tick"]) == []


@pytest.mark.parametrize("font_pt", [11, 18])
@pytest.mark.parametrize("height", [260, 400])
def test_within_a_decade_the_steps_between_decades_are_labelled_only_where_they_keep_apart(qtbot, font_pt, height):
    """nn's flat loss: pyqtgraph labels 2·10² to 9·10² as room allows, and 9·10² ran into 10³."""
    plot = LossPlot(theme=DARK)
    qtbot.addWidget(plot)
    plot.resize(500, height)
    plot.show()
    qtbot.waitExposed(plot)
    plot.apply_theme(DARK, 2.5, font_pt)
    plot.set_run_length(STEPS)
    plot.set_losses(np.full(STEPS, 628.0))
    for _ in range(3):
        QApplication.processEvents()
    ticks = [text for text in plot_texts(plot, plot) if text.kind == "left tick"]
    assert len(ticks) >= 2 and overlaps(ticks) == [], [text.text for text in ticks]


def _shown_plot(qtbot) -> LossPlot:
    plot = LossPlot(theme=DARK)
    qtbot.addWidget(plot)
    plot.resize(500, 300)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def test_a_change_of_scale_shows_the_losses_the_other_scale_showed(qtbot):
    """pyqtgraph keeps the view's numbers when the scale changes: after the curves were cleared, losses of 0 to
    5.8·10⁶ on the linear axis read as 5.8 million decades on the log one, and a tick for every tenth of a
    decade filled the memory."""
    plot = _shown_plot(qtbot)
    plot.set_log_scale(False)
    plot.view_box.setYRange(0, 5.8e6, padding=0)
    plot.set_log_scale(True)
    low, high = plot.y_scale.bounds()
    assert high == pytest.approx(5.8e6) and 0 < low < high
    plot.view_box.setYRange(-2, 4, padding=0)  # 10⁻² to 10⁴
    plot.set_log_scale(False)
    assert plot.y_scale.bounds() == pytest.approx((0.01, 1e4))


def test_a_zoom_outlasts_a_change_of_scale(qtbot):
    plot = _shown_plot(qtbot)
    plot.set_run_length(STEPS)
    plot.set_losses(FALLING)
    plot.view_box.setYRange(1, 3, padding=0)  # as a zoom leaves it: losses of 10 to 1000
    plot.following = False
    plot.set_log_scale(False)
    assert plot.y_scale.bounds() == pytest.approx((10, 1000))
    assert plot.view_box.viewRange()[0] == pytest.approx([-0.02 * (STEPS - 1), 1.02 * (STEPS - 1)])  # x as it was


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

"""Heatmap colours, levels and shapes."""

import numpy as np
import pytest

from widgets.axes import nice_ceiling
from widgets.heatmap import Heatmap


@pytest.mark.parametrize("value, nice", [(0.7, 1), (1, 1), (1.2, 2), (3, 5), (7.5, 10), (0.013, 0.02), (4e-7, 5e-7)])
def test_levels_snap_to_round_numbers(value, nice):
    assert nice_ceiling(value) == pytest.approx(nice)


@pytest.fixture
def heatmap(qtbot):
    widget = Heatmap()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


def test_fixed_levels_come_from_the_first_non_zero_frame(heatmap):
    heatmap.set_matrix(np.zeros((3, 4)))
    assert heatmap.levels == (-1, 1)
    heatmap.set_matrix(np.array([[0.3, -0.1], [0.0, 0.2]]))
    assert heatmap.levels == pytest.approx((-0.5, 0.5))
    heatmap.set_matrix(np.array([[30.0, -0.1], [0.0, 0.2]]))
    assert heatmap.levels == pytest.approx((-0.5, 0.5))  # fixed for the run
    heatmap.reset_levels()
    heatmap.set_matrix(np.array([[30.0]]))
    assert heatmap.levels == pytest.approx((-50, 50))


def test_auto_levels_follow_every_frame(heatmap):
    heatmap.set_auto_levels(True)
    for peak, level in ((0.3, 0.5), (3.0, 5.0), (0.01, 0.01)):
        heatmap.set_matrix(np.array([[peak, -peak / 2]]))
        assert heatmap.levels == pytest.approx((-level, level))


def test_zero_is_the_middle_of_the_colour_map_and_nan_is_transparent(heatmap):
    matrix = np.array([[-1.0, 0.0, 1.0, np.nan]])
    heatmap.set_matrix(matrix)
    image = heatmap.image.pixmap().toImage()
    assert (image.width(), image.height()) == (4, 1)
    low, middle, high, hole = (image.pixelColor(i, 0) for i in range(4))
    assert low.blue() > low.red() and high.red() > high.blue()
    assert min(middle.red(), middle.green(), middle.blue()) > 200  # near white
    assert hole.alpha() == 0


def test_a_subsample_is_drawn_over_the_full_matrix(heatmap):
    heatmap.set_matrix(np.ones((10, 50)), full_shape=(100, 1000))
    rect = heatmap.image.mapRectToParent(heatmap.image.boundingRect())
    assert (rect.width(), rect.height()) == (1000, 100)

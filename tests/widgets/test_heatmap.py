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


def test_at_presentation_size_a_narrow_heatmap_cuts_nothing_short_without_saying_so(qtbot):
    """pyqtgraph centred "input feature" on a shorter axis and ran it over its neighbours, to be cut by the
    panel's edge ("input featu"); here it ends in "…", whole in its tooltip. The colour bar's 45 pixels
    dropped its negative labels at 18 pt, and its lowest label fell off the bottom."""
    from PySide6.QtWidgets import QApplication

    from tests.texts import cut, overlaps, plot_texts
    from widgets.theme import DARK

    heatmap = Heatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(290, 300)
    heatmap.show()
    heatmap.apply_theme(DARK, font_pt=18, bar_width=30)
    heatmap.set_labels("Layer 1: input_linear", "hidden unit", "input feature")
    heatmap.set_shape(100, 1000)
    for _ in range(2):  # painted: an axis measures its labels as it draws them, then takes their width
        heatmap.grab()
        QApplication.processEvents()
    texts = plot_texts(heatmap, heatmap)
    bottom = next(text for text in texts if text.kind == "bottom axis title")
    assert bottom.text.endswith("…") and bottom.whole == "input feature"
    assert cut(texts) == [] and overlaps(texts) == []
    bar = [text.text for text in texts if text.kind == "right tick"]
    assert "-0.5" in bar and "0.5" in bar  # both signs: the colour bar is as wide as its labels
    heatmap.resize(700, 400)
    QApplication.processEvents()
    assert {text.text for text in plot_texts(heatmap, heatmap)} >= {"input feature", "hidden unit"}


def test_levels_shown_before_come_back_as_they_were_drawn_without_drawing_the_ticks_again(heatmap, qtbot,
                                                                                         monkeypatch):
    """A rewind across steps of different scales: each scale's colour bar is drawn once, and looks the same."""
    import pyqtgraph as pg

    heatmap.set_auto_levels(True)
    small, large = np.array([[0.3, -0.1]]), np.array([[30.0, -10.0]])
    pictures = {}
    for name, matrix in (("small", small), ("large", large)):
        heatmap.set_matrix(matrix)
        pictures[name] = heatmap.grab().toImage()
    drawn = []
    real = pg.AxisItem.generateDrawSpecs
    monkeypatch.setattr(pg.AxisItem, "generateDrawSpecs",
                        lambda axis, painter: drawn.append(axis) or real(axis, painter))
    for name, matrix in (("small", small), ("large", large), ("small", small)):
        heatmap.set_matrix(matrix)
        assert heatmap.grab().toImage() == pictures[name]
    assert drawn == []


@pytest.mark.parametrize("font_pt, bar_width", [(10, 16), (18, 30)])
def test_the_colour_bar_is_as_tall_as_the_image_and_level_with_it(qtbot, font_pt, bar_width):
    """It ran the height of the image and its bottom axis, so its -1 sat below the image's last row."""
    from PySide6.QtWidgets import QApplication

    from widgets.theme import LIGHT

    heatmap = Heatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(420, 330)
    heatmap.show()
    heatmap.apply_theme(LIGHT, font_pt=font_pt, bar_width=bar_width)
    heatmap.set_labels("Layer 1: model[0]", "hidden unit", "input feature")
    heatmap.set_matrix(np.linspace(-1, 1, 100 * 1000).reshape(100, 1000))
    QApplication.processEvents()
    image = heatmap.image.mapRectToScene(heatmap.image.boundingRect())
    bar = heatmap.colorbar.getViewBox().sceneBoundingRect()
    assert bar.top() == pytest.approx(image.top(), abs=1) and bar.bottom() == pytest.approx(image.bottom(), abs=1)
    assert bar.left() > image.right()

"""The loss plot's legend: inside its plot (or in a band above it) at every size and text size, never
over a point of a curve shown, the newest point of a live curve and the start of a race's curves among
them."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from widgets.loss_plot import LossPlot
from widgets.theme import THEMES

STEPS = 500
LOOKS = {"normal": (11, 1.0), "presentation": (17, 2.5)}  # the plot's font (pt) and line width, as app.gui.look sets
SIZES = {"narrow": (380, 300), "wide": (1200, 520)}
PAST = ["numpy, lr 1e-06, seed 0", "tensors, lr 1e-06, seed 0", "nn, lr 0.0001, seed 0, update in-place"]
PROGRESS = [0.02, 0.2, 0.5, 0.8, 1.0]  # how far through the run the plot is looked at

STEP = np.arange(STEPS)
FALLING = 3e4 * np.exp(-STEP / 40) + 0.05 * np.exp(-STEP / 400)  # fast, then slow: the notebook's shape
FLAT = 2.9e4 * (1 + 0.01 * np.sin(STEP / 7))  # nn with the rebinding bug: it never learns


def shown_plot(qtbot, theme: str, look: str, size: str) -> LossPlot:
    plot = LossPlot(theme=THEMES[theme])
    qtbot.addWidget(plot)
    plot.resize(*SIZES[size])
    plot.show()
    qtbot.waitExposed(plot)
    font_pt, line_width = LOOKS[look]
    plot.apply_theme(THEMES[theme], line_width, font_pt)
    plot.set_run_length(STEPS)
    return plot


def keep_past_runs(plot: LossPlot) -> None:
    for index, label in enumerate(PAST):
        plot.set_losses(FALLING * (1 + index))
        plot.keep(LossPlot.LIVE, f"run {index + 1}", label)


def show_progress(plot: LossPlot, runs: dict[str, np.ndarray], fraction: float) -> None:
    """Each live curve ``fraction`` of the way through, then a slow frame's legend placing."""
    count = max(2, round(fraction * STEPS))
    for key, losses in runs.items():
        plot.set_losses(losses[:count], key, "this run" if key == LossPlot.LIVE else key)
    plot.place_legend()
    QApplication.processEvents()


def newest_points(plot: LossPlot) -> dict[str, QPointF]:
    """Where each live curve's newest point is drawn, in scene coordinates."""
    view = plot.getViewBox()
    return {key: view.mapViewToScene(QPointF(curve.points[0][-1], np.log10(curve.points[1][-1])))
            for key, curve in plot.curves.items() if not curve.faint}


def first_points(plot: LossPlot) -> dict[str, QPointF]:
    view = plot.getViewBox()
    return {key: view.mapViewToScene(QPointF(curve.points[0][0], np.log10(curve.points[1][0])))
            for key, curve in plot.curves.items() if not curve.faint}


def legend_problems(plot: LossPlot, keep_clear: dict[str, QPointF]) -> list[str]:
    """Where the legend is hidden, or leaves its plot (its view box, or the band above it), or covers a point
    it should keep clear, or any point of a curve shown."""
    legend = plot.legend
    if not legend.isVisible():
        return ["the legend is hidden"]
    rect = legend.sceneBoundingRect()
    box = plot.getViewBox().sceneBoundingRect()
    above = plot.getPlotItem().sceneBoundingRect().contains(rect) and rect.bottom() <= box.top()
    problems = [] if box.contains(rect) or above else ["the legend leaves the plot"]
    problems += [f"the legend covers {name}" for name, point in keep_clear.items() if rect.contains(point)]
    return problems + [f"the legend covers a point of {key}" for key, points in curve_points(plot).items()
                       if any(rect.contains(point) for point in points)]


def curve_points(plot: LossPlot) -> dict[str, list[QPointF]]:
    """Every point of every curve shown, in scene coordinates."""
    view = plot.getViewBox()
    shown = {key: curve for key, curve in plot.curves.items() if curve.visible}
    return {key: [view.mapViewToScene(QPointF(x, np.log10(y))) for x, y in zip(*curve.points) if y > 0]
            for key, curve in shown.items()}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("shape", ["falling", "flat"])
def test_the_legend_stays_in_the_plot_and_off_the_newest_point(qtbot, theme, look, size, shape):
    plot = shown_plot(qtbot, theme, look, size)
    keep_past_runs(plot)
    problems = []
    for fraction in PROGRESS:
        show_progress(plot, {LossPlot.LIVE: FALLING if shape == "falling" else FLAT}, fraction)
        problems += [f"at {fraction:.0%}: {p}" for p in legend_problems(plot, newest_points(plot))]
    assert problems == []


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("look", LOOKS)
def test_in_a_race_the_legend_keeps_off_every_lane_and_the_start(qtbot, look, size):
    plot = shown_plot(qtbot, "light", look, size)
    lanes = {"numpy": FALLING, "tensors": FALLING * 1.02, "autograd": FALLING * 0.98}
    problems = []
    for fraction in PROGRESS:
        show_progress(plot, lanes, fraction)
        starts = {f"the start of {key}": point for key, point in first_points(plot).items()} if size == "wide" else {}
        problems += [f"at {fraction:.0%}: {p}" for p in legend_problems(plot, newest_points(plot) | starts)]
    assert problems == []


@pytest.mark.parametrize("look", LOOKS)
def test_a_crowded_small_plot_shrinks_or_hides_its_legend_rather_than_cover_the_newest_point(qtbot, look):
    """Seven variants run one after another, in the plot a 1024x768 projector leaves."""
    plot = shown_plot(qtbot, "light", look, "narrow")
    for index in range(6):
        plot.set_losses(FALLING * 10 ** -index)
        plot.keep(LossPlot.LIVE, f"run {index + 1}", f"{PAST[index % 3]} ({index})")
    noisy = np.maximum(FALLING, 0.3 * (1 + 0.5 * np.sin(STEP * 1.7)))  # DynamicNet: falls, then wanders near 1
    problems = []
    for fraction in PROGRESS:
        show_progress(plot, {LossPlot.LIVE: noisy}, fraction)
        found = legend_problems(plot, newest_points(plot))
        problems += [f"at {fraction:.0%}: {p}" for p in found if p != "the legend is hidden"]
    assert problems == []


@pytest.mark.parametrize("look", LOOKS)
def test_long_labels_shrink_then_shorten_to_fit_and_grow_back(qtbot, look):
    plot = shown_plot(qtbot, "light", look, "wide")
    keep_past_runs(plot)  # and no live run: no newest point to keep off
    preferred = f"{LOOKS[look][0] - 1}pt"
    assert {label.opts["size"] for _, label in plot.legend.items} == {preferred}
    plot.resize(260, 300)
    QApplication.processEvents()
    labels = [label for _, label in plot.legend.items]
    assert plot.legend.isVisible() and legend_problems(plot, {}) == []
    assert labels[-1].text.endswith("…") and labels[-1].toolTip() == PAST[-1]
    assert int(labels[0].opts["size"][:-2]) >= plot.legend.floor_pt
    plot.resize(*SIZES["wide"])
    QApplication.processEvents()
    assert [label.text for _, label in plot.legend.items] == PAST
    assert {label.opts["size"] for _, label in plot.legend.items} == {preferred}


def test_a_new_run_puts_the_legend_back_top_right(qtbot):
    plot = shown_plot(qtbot, "dark", "normal", "wide")
    keep_past_runs(plot)
    show_progress(plot, {LossPlot.LIVE: FLAT}, 1.0)
    assert plot.legend.corner != (1, 0)
    plot.reset()
    show_progress(plot, {LossPlot.LIVE: FALLING}, 0.02)
    assert plot.legend.corner == (1, 0)

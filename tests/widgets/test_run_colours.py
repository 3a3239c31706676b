"""Run colours: each curve 3:1 against the plot, every pair told apart with any colour vision,
and never two curves in one colour on screen while the palette lasts."""

import itertools

import numpy as np
import pytest

from tests.colour import CVD_MATRICES, ciede2000, contrast_ratio, delta_e_2000, simulate
from widgets.loss_plot import LossPlot
from widgets.theme import THEMES

# The least CIEDE2000 difference (kL = kC = kH = 1) between two run colours, in normal
# vision and simulated for each full dichromacy. A difference of about 1 is just
# noticeable between two large patches side by side. Run colours are lines 1 to
# 2.5 px wide, matched to the legend across the plot rather than side by side, seen
# from the back of a classroom: the difference needed grows as marks shrink (Stone,
# Szafir & Setlur 2014, "An engineering model for color difference as a function of
# size"), and dichromacy simulated at severity 1.0 is the worst case. So we ask for
# ten just-noticeable differences. The figure was set before the palettes were
# tuned to meet it.
MIN_DELTA_E = 10.0
VISIONS = ["normal", *CVD_MATRICES]


def seen_by(color: str, vision: str):
    return color if vision == "normal" else simulate(color, vision)


def on_screen_together(theme) -> list[str]:
    """The live colour and the whole palette: a 7-lane race, or a run with 7 past runs."""
    return [theme.curve, *theme.palette]


def closest_pair(colors: list[str]) -> tuple[float, str, str, str]:
    return min((delta_e_2000(seen_by(a, vision), seen_by(b, vision)), vision, a, b)
               for a, b in itertools.combinations(colors, 2) for vision in VISIONS)


def test_the_colour_maths_matches_published_figures():
    # Sharma, Wu & Dalal (2005), pairs 1, 7 and 17 of their CIEDE2000 test data
    assert ciede2000(np.array([50, 2.6772, -79.7751]), np.array([50, 0, -82.7485])) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000(np.array([50, 0, 0]), np.array([50, -1, 2])) == pytest.approx(2.3669, abs=1e-4)
    assert ciede2000(np.array([50, 2.5, 0]), np.array([73, 25, -18])) == pytest.approx(27.1492, abs=1e-4)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WebAIM's figure
    assert simulate("#ffffff", "deuteranopia").name() == "#ffffff"  # the matrices keep white


@pytest.mark.parametrize("name", THEMES)
def test_every_curve_stands_3_to_1_against_the_plot(name):
    """WCAG 2.1 SC 1.4.11: the live run, past runs and race lanes (all opaque) and the divergence line."""
    theme = THEMES[name]
    weak = {color: round(contrast_ratio(color, theme.background), 2)
            for color in [*on_screen_together(theme), theme.warning]}
    assert {color: ratio for color, ratio in weak.items() if ratio < 3} == {}


@pytest.mark.parametrize("name", THEMES)
def test_run_colours_differ_with_every_kind_of_colour_vision(name):
    difference, vision, first, second = closest_pair(on_screen_together(THEMES[name]))
    assert difference >= MIN_DELTA_E, f"{first} and {second} under {vision}: ΔE00 {difference:.1f}"


@pytest.mark.parametrize("name", THEMES)
def test_the_live_colour_is_not_in_the_palette(name):
    theme = THEMES[name]
    assert theme.curve not in theme.palette and len(set(theme.palette)) == len(theme.palette) == 7


# Who gets which colour

FALLING = np.geomspace(1e4, 1e-2, 40)


def run_and_keep(plot: LossPlot, count: int) -> None:
    for index in range(count):
        plot.set_losses(FALLING)
        plot.keep(LossPlot.LIVE, f"run {len(plot.past_runs) + 1}", f"numpy, lr 1e-06, seed {index}")


def shown_colours(plot: LossPlot) -> list[str]:
    return [curve.color for curve in plot.curves.values() if curve.visible]


def test_past_runs_take_the_palette_in_order_and_never_the_live_colour(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    run_and_keep(plot, 3)
    plot.set_losses(FALLING)
    assert [curve.color for curve in plot.past_runs.values()] == list(plot.theme.palette[:3])
    assert plot.curves[LossPlot.LIVE].color == plot.theme.curve
    assert len(set(shown_colours(plot))) == 4


def test_a_race_takes_colours_no_shown_past_run_holds(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    run_and_keep(plot, 3)
    plot.past_runs["run 2"].sample.setVisible(False)  # hidden from the legend: its colour is freed last
    for variant in ["numpy", "tensors", "autograd", "nn", "optim"]:
        plot.set_losses(FALLING, f"lane {variant}", variant)
    lanes = [plot.curves[f"lane {v}"].color for v in ["numpy", "tensors", "autograd", "nn", "optim"]]
    palette = plot.theme.palette
    assert lanes == [palette[3], palette[4], palette[5], palette[6], palette[1]]
    assert len(set(shown_colours(plot))) == len(shown_colours(plot))


def test_a_lane_keeps_its_colour_as_a_past_run_and_the_next_run_takes_a_free_one(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    for variant in ["numpy", "tensors"]:
        plot.set_losses(FALLING, f"lane {variant}", variant)
    colours = {key: curve.color for key, curve in plot.curves.items()}
    plot.keep("lane numpy", "run 1", "numpy")
    plot.keep("lane tensors", "run 2", "tensors")
    assert [curve.color for curve in plot.past_runs.values()] == [colours["lane numpy"], colours["lane tensors"]]
    plot.set_losses(FALLING)
    plot.keep(LossPlot.LIVE, "run 3", "nn")
    assert plot.past_runs["run 3"].color == plot.theme.palette[2]


def test_a_theme_switch_recolours_every_run_in_the_same_slot(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    run_and_keep(plot, 2)
    plot.set_losses(FALLING)
    plot.apply_theme(THEMES["light"])
    light = THEMES["light"]
    assert [curve.color for curve in plot.curves.values()] == [light.palette[0], light.palette[1], light.curve]
    assert plot.curves[LossPlot.LIVE].item.pen().color().name() == light.curve


def test_a_palette_colour_given_follows_a_theme_switch(qtbot):
    """The gradient check's plot names its colours: after a switch they are the new theme's."""
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.set_losses(FALLING, "numpy − autograd", "numpy − autograd", THEMES["dark"].palette[2])
    plot.apply_theme(THEMES["light"])
    assert plot.curves["numpy − autograd"].color == THEMES["light"].palette[2]

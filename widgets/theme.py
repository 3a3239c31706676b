"""Colours for the dark (default, for projectors) and light (for printed notes) themes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont

if TYPE_CHECKING:
    import pyqtgraph as pg


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    curve: str
    grid: str  # opaque: blended lines cost too much to draw every frame
    warning: str
    # Past runs and race lanes, never the live run's colour: Okabe-Ito, tuned per theme so
    # each stands 3:1 against the background and stays distinct under protanopia,
    # deuteranopia and tritanopia (tests/widgets/test_run_colours.py). Slot i is
    # the same Okabe-Ito hue in both themes, so a switch keeps runs recognisable.
    palette: tuple[str, ...]
    # The window around the plots: every text on these passes WCAG 2.1 AA (tests/app/test_looks.py)
    panel: str  # the window's background
    base: str  # fields, lists and the code's background
    button: str
    secondary: str  # quieter text: notes, units
    disabled: str  # text of controls that cannot be used now
    highlight: str  # selection and focus; text on it is white


DARK = Theme(
    name="dark",
    background="#14161a",
    foreground="#d8dde6",
    curve="#ffffff",
    grid="#2c313a",
    warning="#ff5c5c",
    palette=("#56b4e9", "#d55e00", "#f0e442", "#cc79a7", "#009e73", "#e69f00", "#0072b2"),
    panel="#1e2127",
    base="#14161a",
    button="#2a2e36",
    secondary="#a3acba",
    disabled="#858d9b",
    highlight="#2f6db5",
)

LIGHT = Theme(
    name="light",
    background="#ffffff",
    foreground="#1f2328",
    curve="#000000",
    grid="#e4e7eb",
    warning="#c00000",
    palette=("#4898c8", "#803000", "#787028", "#b08098", "#188860", "#c88000", "#0868c8"),
    panel="#f3f4f6",
    base="#ffffff",
    button="#e3e6ea",
    secondary="#4b5563",
    disabled="#686f7c",
    highlight="#1f5fa8",
)

THEMES = {theme.name: theme for theme in (DARK, LIGHT)}


def style_axes(axes: Iterable[pg.AxisItem], theme: Theme, font_pt: int) -> QFont:
    """pyqtgraph axes in the theme's colour, their ticks and labels at ``font_pt``; the font."""
    font = QFont()
    font.setPointSize(font_pt)
    for axis in axes:
        axis.setPen(theme.foreground)
        axis.setTextPen(theme.foreground)  # the tick labels and the axis label's colour
        axis.setTickFont(font)
        assert axis.label is not None, "an axis keeps its label until it is closed"
        axis.label.setFont(font)
    return font

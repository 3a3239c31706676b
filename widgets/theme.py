"""Colours for the dark (default, for projectors) and light (for printed notes) themes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QFont


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    curve: str
    grid: str  # opaque: blended lines cost too much to draw every frame
    warning: str
    # Distinct, colour-blind-friendly colours for past runs (Okabe-Ito order)
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
    curve="#ffb000",
    grid="#2c313a",
    warning="#ff5c5c",
    palette=("#56b4e9", "#e69f00", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#bbbbbb"),
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
    curve="#c7521d",
    grid="#e4e7eb",
    warning="#c00000",
    palette=("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7a6a00", "#555555"),
    panel="#f3f4f6",
    base="#ffffff",
    button="#e3e6ea",
    secondary="#4b5563",
    disabled="#686f7c",
    highlight="#1f5fa8",
)

THEMES = {theme.name: theme for theme in (DARK, LIGHT)}


def style_axes(axes: Iterable, theme: Theme, font_pt: int) -> QFont:
    """pyqtgraph axes in the theme's colour, their ticks and labels at ``font_pt``; the font."""
    font = QFont()
    font.setPointSize(font_pt)
    for axis in axes:
        axis.setPen(theme.foreground)
        axis.setTextPen(theme.foreground)  # the tick labels and the axis label's colour
        axis.setTickFont(font)
        axis.label.setFont(font)
    return font

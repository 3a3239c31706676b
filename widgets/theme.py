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


DARK = Theme(
    name="dark",
    background="#14161a",
    foreground="#d8dde6",
    curve="#ffb000",
    grid="#2c313a",
    warning="#ff5c5c",
    palette=("#56b4e9", "#e69f00", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#bbbbbb"),
)

LIGHT = Theme(
    name="light",
    background="#ffffff",
    foreground="#1f2328",
    curve="#c7521d",
    grid="#e4e7eb",
    warning="#c00000",
    palette=("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7a6a00", "#555555"),
)

THEMES = {theme.name: theme for theme in (DARK, LIGHT)}


def style_axes(axes: Iterable, theme: Theme, font_pt: int) -> QFont:
    """pyqtgraph axes in the theme's colour, their ticks and labels at ``font_pt``; the font."""
    font = QFont()
    font.setPointSize(font_pt)
    for axis in axes:
        axis.setPen(theme.foreground)
        axis.setTextPen(theme.foreground)
        axis.setTickFont(font)
        axis.label.setFont(font)
    return font

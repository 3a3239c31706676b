"""The look: the theme (dark or light) and presentation mode, applied to the application and its plots."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

import resources
from widgets.theme import DARK, THEMES, Theme


@dataclass(frozen=True)
class Sizes:
    """Text, line and colour-bar sizes: normal, or for a projector at the back of a room."""

    app_pt: int
    plot_pt: int  # the loss plot's ticks and axis titles
    small_pt: int  # the weights', depth's and code's
    legend_pt: int
    line: float
    bar: int


# Presentation mode's plots at WCAG's large text (18 pt): titles, ticks and legends read from the back of a room
SIZES = {False: Sizes(10, 11, 10, 10, 1.0, 16), True: Sizes(15, 18, 18, 18, 2.5, 30)}


class Look:
    """Which theme and whether presentation mode: the state the View menu toggles."""

    def __init__(self, theme_name: str = "dark", presentation: bool = False):
        self.theme = THEMES.get(theme_name, DARK)
        self.presentation = presentation
        self.projected = False  # the plots on a screen of their own, a projector's: sized for it

    @property
    def sizes(self) -> Sizes:
        """The window's sizes: its text, controls and menus."""
        return SIZES[self.presentation]

    @property
    def plot_sizes(self) -> Sizes:
        """The plots' sizes: presentation mode's where they are projected, whatever the window's."""
        return SIZES[self.presentation or self.projected]

    @property
    def line_width(self) -> float:
        return self.plot_sizes.line

    def toggle_theme(self) -> None:
        self.theme = THEMES["light" if self.theme.name == "dark" else "dark"]

    def toggle_presentation(self) -> None:
        self.presentation = not self.presentation

    def reset(self) -> None:
        self.choose("dark", False)

    def choose(self, theme_name: str, presentation: bool) -> None:
        self.theme, self.presentation = THEMES[theme_name], presentation

    def color(self, index: int) -> str:
        """The ``index``-th colour of the theme's palette, for past runs and race lanes."""
        return self.theme.palette[index % len(self.theme.palette)]

    def apply_to_application(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style_application(app, self.theme, self.sizes.app_pt)


def palette_for(theme: Theme) -> QPalette:
    """Qt's palette in the theme's colours: every widget, menu, tooltip and dialog draws with it."""
    palette = QPalette()
    text = QColor(theme.foreground)
    for role, color in (
        (QPalette.ColorRole.Window, theme.panel),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, theme.base),
        (QPalette.ColorRole.AlternateBase, theme.panel),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, theme.button),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, theme.base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, theme.secondary),
        (QPalette.ColorRole.Highlight, theme.highlight),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, theme.highlight),
        (QPalette.ColorRole.Mid, theme.secondary),
        (QPalette.ColorRole.BrightText, theme.warning),
    ):
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled))
    return palette


def style_application(app: QApplication, theme: Theme = DARK, font_pt: int = 10) -> None:
    """Fusion with the theme's palette and the app's style sheet, at ``font_pt``."""
    if not app.property("descentLabStyled"):  # app.style() is a style-sheet proxy once a sheet is set
        app.setStyle("Fusion")
        app.setProperty("descentLabStyled", True)
    app.setPalette(palette_for(theme))
    font = app.font()
    font.setPointSize(font_pt)
    app.setFont(font)
    # Widgets a style sheet rule matches keep the palette and font they were polished
    # with; a sheet that names the look is new text for each look, so Qt polishes
    # every widget again (a tenth of a second) and nothing stays in the old theme.
    sheet = f"/* {theme.name}, {font_pt} pt */\n" + resources.text("styles", "app.qss")
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)

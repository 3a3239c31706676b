"""How the window presents itself: theme, presentation mode, full screen, the code panel, and the
first-start layout. What is on show is the window's; how it looks is decided here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models import RunConfig
from widgets.controls import DEFAULT_PACE

if TYPE_CHECKING:
    from .window import MainWindow

FIRST_SIZE = (1600, 960)  # the window's size at a first start


class Presenting:
    """The View menu's actions on ``window``, each kept in step with its checked state."""

    def __init__(self, window: MainWindow):
        self.window = window

    def toggle_theme(self) -> None:
        self.window.look.toggle_theme()
        self.apply_look()

    def toggle_presentation(self) -> None:
        window = self.window
        window.look.toggle_presentation()
        self.apply_look()
        window.views.share_out(window.width())  # bigger text needs the room shared out again

    def toggle_full_screen(self) -> None:
        window = self.window
        window.showNormal() if window.isFullScreen() else window.showFullScreen()
        window.actions["fullscreen"].setChecked(window.isFullScreen())

    def reveal_code(self) -> None:
        self.window.views.reveal_code()
        self.window.actions["code"].setChecked(True)

    def toggle_code_panel(self) -> None:
        self.show_code(not self.window.views.code_shown)

    def show_code(self, shown: bool) -> None:
        """The code panel shown or hidden, and the View menu's check with it."""
        self.window.views.show_code(shown)
        self.window.actions["code"].setChecked(self.window.views.code_shown)

    def apply_look(self) -> None:
        """Colours and sizes for the theme and for presentation mode, everywhere at once."""
        window = self.window
        window.look.apply_to_application()
        window.views.apply_look()
        window.editing.editor.apply_theme(window.look.theme, window.views.code_view.font_pt)
        window.views.arrange(window.width())  # text of another size needs other room
        window.actions["presentation"].setChecked(window.look.presentation)
        window.actions["light"].setChecked(window.look.theme.name == "light")
        window.painter.redraw()

    def reset_layout(self) -> None:
        """Forget what was remembered and go back to the first-start layout and settings."""
        window = self.window
        window.settings.clear()
        window.look.reset()
        self.show_code(True)
        window.resize(*FIRST_SIZE)
        window.views.share_out(window.width())
        if not window.controller.active:
            window.show_config(RunConfig())
            window.controls.set_pace(DEFAULT_PACE)
        self.apply_look()

"""How the window presents itself: theme, presentation mode, full screen and the code panel. What is on
show is the window's; how it looks is decided here."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from widgets.editor import CodeEditor

from .look import Look
from .menus import make_action
from .painter import FramePainter
from .views import WindowViews


class Presenting:
    """The View menu's actions on the look of ``window`` (its top-level widget), each kept in step with its
    checked state: ``actions``, by the menu table's keys."""

    def __init__(self, window: QWidget, look: Look, views: WindowViews, editor: CodeEditor, painter: FramePainter):
        self.window, self.look, self.views, self.editor, self.painter = window, look, views, editor, painter
        self.actions: dict[str, QAction] = {
            key: make_action(window, key, slot) for key, slot in (
                ("code", self.toggle_code_panel), ("presentation", self.toggle_presentation),
                ("light", self.toggle_theme), ("fullscreen", self.toggle_full_screen))
        }

    def toggle_theme(self) -> None:
        self.look.toggle_theme()
        self.apply_look()

    def toggle_presentation(self) -> None:
        self.look.toggle_presentation()
        self.apply_look()
        self.views.share_out(self.window.width())  # bigger text needs the room shared out again

    def toggle_full_screen(self) -> None:
        window = self.window
        window.showNormal() if window.isFullScreen() else window.showFullScreen()
        self.actions["fullscreen"].setChecked(window.isFullScreen())

    def reveal_code(self) -> None:
        self.views.reveal_code()
        self.actions["code"].setChecked(True)

    def toggle_code_panel(self) -> None:
        self.show_code(not self.views.code_shown)

    def show_code(self, shown: bool) -> None:
        """The code panel shown or hidden, and the View menu's check with it."""
        self.views.show_code(shown)
        self.actions["code"].setChecked(self.views.code_shown)

    def apply_look(self) -> None:
        """Colours and sizes for the theme and for presentation mode, everywhere at once."""
        self.look.apply_to_application()
        self.views.apply_look()
        self.editor.apply_theme(self.look.theme, self.views.code_view.font_pt)
        self.views.arrange(self.window.width())  # text of another size needs other room
        self.actions["presentation"].setChecked(self.look.presentation)
        self.actions["light"].setChecked(self.look.theme.name == "light")
        self.painter.redraw()

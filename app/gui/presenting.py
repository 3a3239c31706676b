"""How the window presents itself: theme, presentation mode, full screen and the code panel. What is on
show is the window's; how it looks is decided here."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from app.language import translate
from widgets.editor import CodeEditor

from .look import Look
from .menus import make_action
from .painter import FramePainter
from .stage import Stage
from .views import WindowViews


class Presenting:
    """The View menu's actions on the look of ``window`` (its top-level widget), each kept in step with its
    checked state: ``actions``, by the menu table's keys."""

    def __init__(self, window: QWidget, look: Look, views: WindowViews, editor: CodeEditor, painter: FramePainter,
                 stage: Stage):
        self.window, self.look, self.views, self.editor, self.painter = window, look, views, editor, painter
        self.stage = stage
        self.actions: dict[str, QAction] = {
            key: make_action(window, key, slot) for key, slot in (
                ("code", self.toggle_code_panel), ("presentation", self.toggle_presentation),
                ("light", self.toggle_theme), ("fullscreen", self.toggle_full_screen),
                ("second_screen", self.toggle_second_screen))
        }
        stage.came_home.connect(self.apply_look)  # a screen gone: the plots are back, at the window's sizes

    def toggle_second_screen(self) -> None:
        """The plots full screen on another screen, the controls here; or back in the window."""
        if self.stage.screen is None:
            self.stage.show_on(None)
        else:
            self.stage.bring_home()
        self.apply_look()

    def show_on_screen(self, index: int) -> None:
        """``--screen N``: the plots on screen ``index``, as Qt lists them; said in the status bar if there is none."""
        screens = QGuiApplication.screens()
        if not 0 <= index < len(screens):
            self.stage.say(translate("Presenting", "There is no screen {index}: this computer has {count}, numbered "
                                                   "from 0 to {last}")
                           .format(index=index, count=len(screens), last=len(screens) - 1))
        elif self.stage.show_on(screens[index]):
            self.apply_look()

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

    def apply_look(self, *_) -> None:
        """Colours and sizes for the theme and for presentation mode, everywhere at once; the views where
        they go for it (``stage``)."""
        self.look.apply_to_application()
        self.stage.place()
        self.views.apply_look()
        self.editor.apply_theme(self.look.theme, self.views.code_view.font_pt)
        self.views.arrange(self.window.width())  # text of another size needs other room
        self.stage.share_out()
        self.actions["presentation"].setChecked(self.look.presentation)
        self.actions["light"].setChecked(self.look.theme.name == "light")
        self.actions["second_screen"].setChecked(self.stage.screen is not None)
        self.painter.redraw()

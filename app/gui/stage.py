"""The stage: the plots given the screen, for a class to read from the back of the room.

At the desk (the window's usual layout) the controls take the left, the loss and the side panels
(DynamicNet's depth, a race's gradient check) the top, the weight matrices the bottom. On a stage
the loss takes the left, the side panels and one weight matrix at a time the right, the code is a
tab beside the weights, and the controls fold into a slim bar of the essentials. Presentation mode
makes the window a stage; *Show on second screen* moves the stage into a window of its own,
full screen on another screen, while the window keeps its controls. Either way the views are the
very widgets the painter draws into: nothing is drawn twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app.language import translate
from widgets.stage_bar import StageBar

from .look import SIZES, Look
from .views import CODE_COLUMNS, WindowViews

LOSS_SHARE = 0.58  # of the stage's width: the loss plot then takes at least 45% of a 1024x768 window
SIDE_SHARE = 0.3  # of the right column's height, for the depth or the gradient check
CODE_SHARE = 0.55  # at most, of the stage's width, for the code when its tab is in front
# While the class looks inside a step, the loss yields the 45% it keeps otherwise, and the depth its height (the
# step's depth is in the view's title): at 1024x768 the list's six columns at the window's text size need seven
# tenths of the width, and the graph and list the column's height; the loss and depth are context then.
INSIDE_LOSS_SHARE = 0.3


class StageWindow(QWidget):
    """The stage on a screen of its own: no controls, no menus; the window's keys work here too."""

    closed = Signal()

    def __init__(self):
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle("Descent Lab — " + translate("Stage", "stage"))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 4, 4, 4)
        font = QFont(self.font())
        font.setPointSize(SIZES[True].app_pt)  # a projector's, whatever the window's
        self.setFont(font)

    def closeEvent(self, event) -> None:
        event.ignore()  # closed by its window manager: the stage goes back to the window
        self.closed.emit()


class Stage(QObject):
    """Where the views sit: ``"desk"``, ``"stage"`` (the window in presentation mode) or ``"away"`` (a
    window of their own on another screen). ``window`` is the main window; ``say`` shows a passing message."""

    came_home = Signal()  # the stage window closed, or its screen went: the views are back in the window

    def __init__(self, views: WindowViews, look: Look, window: QMainWindow, say: Callable[[str], None]):
        super().__init__(window)  # goes with the window, and its connection to the screens with it
        self.views, self.look, self.window, self.say = views, look, window, say
        self.where = "desk"
        self.screen: QScreen | None = None  # the screen the stage is shown on, when away
        self._desk_sizes: list[tuple[QSplitter, list[int]]] = []
        self.bar = StageBar(views.controls)
        self.bar.hide()
        self.splitter = _ResizeTellingSplitter(Qt.Orientation.Horizontal)  # the loss | the right column
        self.splitter.setChildrenCollapsible(False)
        self.splitter.hide()
        self.splitter.resized.connect(self.share_out)  # a new size: the room shared out again
        self.note = QLabel()  # in the window, where the plots were, while they are away
        self.note.setObjectName("panelTitle")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.hide()
        layout = self._center_layout()
        layout.insertWidget(0, self.bar)
        at = layout.indexOf(views.center_splitter) + 1
        layout.insertWidget(at, self.splitter, 1)
        layout.insertWidget(at + 1, self.note, 1)
        self._stage_window: StageWindow | None = None  # made when first shown on another screen
        views.room_changed.connect(self.share_out)
        views.lower.currentChanged.connect(self.share_out)  # the code in front takes more of the width
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication), "a window needs Qt's GUI application"
        app.screenRemoved.connect(self._on_screen_removed)

    def _center_layout(self) -> QBoxLayout:
        layout = self.views.center.layout()
        assert isinstance(layout, QBoxLayout), "the centre is a column: banner, plots, timeline"
        return layout

    # Where the views go

    def place(self) -> None:
        """The views where the look and the screens say: away while shown on another screen, else
        on the window's stage in presentation mode, else at the desk."""
        self._move_to("away" if self.screen is not None else "stage" if self.look.presentation else "desk")

    def _move_to(self, where: str) -> None:
        views = self.views
        self.look.projected = where == "away"
        if where != self.where:
            if self.where == "desk":  # the desk's own sizes, to come back to
                self._desk_sizes = [(splitter, splitter.sizes()) for splitter in self._desk_splitters()]
            self.where = where
            views.at_desk = where == "desk"
            if where == "desk":
                views.top_splitter.insertWidget(0, views.loss_column)
                layout = self._center_layout()
                layout.insertWidget(layout.indexOf(self.note), views.center_splitter, 1)
                views.top_splitter.show()
                for splitter, sizes in self._desk_sizes:
                    splitter.setSizes(sizes)
            else:
                self.splitter.insertWidget(0, views.loss_column)
                self.splitter.insertWidget(1, views.center_splitter)
            self._home_splitter(where)
            self._projector_text(where == "away")
            views.heat_panel.set_one_at_a_time(where != "desk")
            heat = views.lower.indexOf(views.heat_panel)  # a short name: the right column's tabs fit in a row
            title = translate("Stage", "Weight matrices") if where == "desk" else translate("Stage", "Weights")
            views.lower.setTabText(heat, title)
        views.center.setFocus()  # the window's keys act on the run, not a field that focus fell to
        on_stage = where == "stage"
        if on_stage:
            menus = [action.menu() for action in self.window.menuBar().actions()]
            self.bar.hold_menus([menu for menu in menus if isinstance(menu, QMenu)])
        self.window.menuBar().setVisible(not on_stage)
        self.bar.setVisible(on_stage)
        views.controls_scroll.setVisible(not on_stage)
        views.loss_header.setVisible(where == "desk")  # its switches are the menus' and keys' too
        self.splitter.setVisible(where != "desk")
        self.note.setVisible(where == "away")
        views.center_splitter.show()

    def _desk_splitters(self) -> list[QSplitter]:
        views = self.views
        return [views.main_splitter, views.center_splitter, views.top_splitter]

    def _home_splitter(self, where: str) -> None:
        """The stage's splitter in the stage window while away, else in the window's centre."""
        if where == "away":
            self.stage_window.column.addWidget(self.splitter)
        elif self._stage_window is not None and self.splitter.parent() is self._stage_window:
            layout = self._center_layout()
            layout.insertWidget(layout.indexOf(self.note), self.splitter, 1)
            self._stage_window.hide()

    def _projector_text(self, away: bool) -> None:
        """The stage's buttons and tabs at a projector's size while away, the window's again at home: the
        application's style sheet fixes each widget's font as it polishes it, so none follows a new parent's."""
        font = self.stage_window.font() if away else QFont()
        for kind in (QAbstractButton, QTabBar):
            for widget in self.splitter.findChildren(kind):
                widget.setFont(font)

    def share_out(self, *_) -> None:
        """The stage's room: the loss its share of the width (less where the code is in front), the side
        panels theirs of the right column's height, the top hidden where none shows."""
        views = self.views
        title = views.depth_panel.findChild(QLabel, "panelTitle") if views.built_depth_trace() else None
        if title is not None:  # on a stage the depth's axis says "depth": the room goes to the plot
            title.setVisible(self.where == "desk")
        if views.built_check_plot() is not None:
            self._host_check(views.check_panel, self.where != "desk" and views.checks_wanted)
        if self.where == "desk":
            return
        sides = [views.top_splitter.widget(i) for i in range(views.top_splitter.count())]
        inside = views.lower.currentWidget() is views.built_inside_view()
        side_shown = not inside and any(side is not None and not side.isHidden() for side in sides)
        views.top_splitter.setVisible(side_shown)
        width = self.splitter.width() if self.splitter.isVisible() else self.window.width()
        right = round(width * (1 - (INSIDE_LOSS_SHARE if inside else LOSS_SHARE)))
        if views.lower.currentWidget() is views.code_view:
            right = max(right, min(views.code_view.width_for(CODE_COLUMNS), round(width * CODE_SHARE)))
        self.splitter.setSizes([width - right, right])
        side = round(1000 * SIDE_SHARE) if side_shown else 0
        views.center_splitter.setSizes([side, 1000 - side])  # shares: the splitter keeps its height
        views.arrange(self.window.width())  # the code fits the room it now has

    def _host_check(self, panel: QWidget, as_tab: bool) -> None:
        """A race's gradient check: a tab beside the weights on a stage, where the right column has too little
        height to read it above them; beside the loss at the desk."""
        lower, index = self.views.lower, self.views.lower.indexOf(panel)
        if as_tab and index < 0:
            lower.insertTab(1, panel, translate("Stage", "Gradient check"))
        elif not as_tab and index >= 0:
            lower.removeTab(index)
            self.views.top_splitter.addWidget(panel)
            panel.setVisible(self.views.checks_wanted)

    # Another screen

    def other_screen(self) -> QScreen | None:
        """A screen beside the window's, not showing the same pixels: a projector, not a mirror of the laptop."""
        here = self.window.screen()

        def apart(screen: QScreen) -> bool:  # a desktop of its own, or a part of this one that does not overlap
            return screen not in here.virtualSiblings() or not screen.geometry().intersects(here.geometry())

        others = [screen for screen in QGuiApplication.screens() if screen is not here and apart(screen)]
        return others[0] if others else None

    def show_on(self, screen: QScreen | None) -> bool:
        """The stage full screen on ``screen`` (another screen if None); False, and said why, if there is none."""
        screen = screen or self.other_screen()
        if screen is None:
            self.say(translate("Stage", "Only one screen is connected: connect a projector, then show the plots on it"))
            return False
        if screen is self.window.screen():
            self.say(translate("Stage", "The window is on {screen}: the plots go on another screen")
                     .format(screen=screen.name()))
            return False
        self.screen = screen
        self.place()
        window = self.stage_window
        window.addActions(self.window.actions())  # the window's keys act on the run from here too
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        self.note.setText(translate("Stage", "The plots are on {screen}. View, Show on second screen brings them back.")
                          .format(screen=screen.name()))
        self.share_out()
        return True

    def bring_home(self) -> None:
        """The stage back in the window (presentation mode's, or the desk)."""
        if self.screen is None:
            return
        self.screen = None
        self.place()
        self.share_out()

    def _on_screen_removed(self, screen: QScreen) -> None:
        if screen is self.screen:
            self._come_home()
            self.say(translate("Stage", "{screen} was disconnected: the plots are back in the window")
                     .format(screen=screen.name()))

    @property
    def stage_window(self) -> StageWindow:
        """The window the plots move to on another screen; closed with the main window."""
        if self._stage_window is None:
            self._stage_window = StageWindow()
            self._stage_window.closed.connect(self._come_home)
            self.window.destroyed.connect(self._stage_window.deleteLater)
        return self._stage_window

    def _come_home(self) -> None:
        self.bring_home()
        self.came_home.emit()


class _ResizeTellingSplitter(QSplitter):
    """Says when it is resized. An event filter would run Python for every event of the splitter, its repaints
    included, taking the GIL from a run at max pace (README, Performance)."""

    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

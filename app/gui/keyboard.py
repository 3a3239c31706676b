"""The window by keyboard alone: Tab in the order of the screen, keys kept by the control that has the
focus, and the legend's show and hide as a menu.

The window's one-key shortcuts (Space, Right, 1 to 7, ...) work wherever the focus is, which
would take Space from a focused button and the arrows from a slider: the control with the
focus keeps the keys it uses (``KEPT_KEYS``), and the shortcut works everywhere else. Buttons
take the focus by Tab, not by a click, so a mouse user's Space stays Start and Pause.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QComboBox,
    QMenu,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QWidget,
)

from app.language import translate
from models.words import QT_TRANSLATE_NOOP
from widgets.focus_ring import FocusRing

from .editing import CodeEditing
from .menus import make_action
from .views import WindowViews

Key = Qt.Key
ARROWS = (Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down)
# What each kind of control keeps while it has the focus (the first kind it is wins)
KEPT_KEYS: tuple[tuple[type[QWidget], tuple[Key, ...]], ...] = (
    (QRadioButton, (Key.Key_Space, *ARROWS)),
    (QAbstractButton, (Key.Key_Space,)),
    (QAbstractSlider, (*ARROWS, Key.Key_Home, Key.Key_End, Key.Key_PageUp, Key.Key_PageDown)),
    (QTabBar, ARROWS),
    (QComboBox, (Key.Key_Space,)),
)
NO_RUNS = QT_TRANSLATE_NOOP("Keyboard", "No runs on the plot yet")
FOCUS_RING = 2  # pixels


def kept_keys(widget: QWidget) -> tuple[Key, ...]:
    """The keys ``widget`` keeps while it has the focus: a choice of one (an exclusive group's button, a radio
    button or a layer's) moves along by the arrows."""
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    if group is not None and group.exclusive():
        return (Key.Key_Space, *ARROWS)
    return next((keys for kind, keys in KEPT_KEYS if isinstance(widget, kind)), ())


class KeptKeys(QObject):
    """An event filter: the control with the focus keeps its own keys from the window's shortcuts."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QWidget):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # pyright: ignore[reportAttributeAccessIssue]
            key = event.key()  # pyright: ignore[reportAttributeAccessIssue]
            kept = kept_keys(watched)
            if modifiers == Qt.KeyboardModifier.NoModifier and key in kept:
                event.accept()
                return True
        return False


class LayoutChanged(QObject):
    """An event filter that calls ``changed`` when the widget it watches moves, or gains a child."""

    def __init__(self, changed, parent: QObject):
        super().__init__(parent)
        self.changed = changed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ParentChange, QEvent.Type.ChildAdded):
            self.changed()
        return False


class KeyboardAccess(QObject):
    """Keys for ``views`` and ``editing`` in ``window``; ``actions``: the View menu's "Runs on the plot"."""

    def __init__(self, window: QWidget, views: WindowViews, editing: CodeEditing):
        super().__init__(window)  # goes with the window, and its connection to the application with it
        self.window, self.views, self.editing = window, views, editing
        self.kept = KeptKeys(window)
        self._rings: dict[QWidget, FocusRing] = {}  # by plot, made as each is first laid out
        banner = views.banner.text  # a note's link ("change line 69 yourself") is reached by Tab, opened by Enter
        banner.setTextInteractionFlags(banner.textInteractionFlags() | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        views.controls_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a field in focus scrolls into view itself
        views.center.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # where the shortcuts go, not a stop of Tab
        # The tab widget passed its focus to its tab bar, and held Tab while the bar hid; the bar takes it now
        views.lower.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        views.lower.setFocusProxy(None)  # pyright: ignore[reportArgumentType]  (Qt takes none: no proxy)
        views.lower.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        views.code_view.code.setTabChangesFocus(True)  # read-only: Tab moves on
        self.runs_menu = QMenu(window)
        self.runs_menu.aboutToShow.connect(self._fill_runs_menu)
        runs = make_action(window, "runs", self._open_runs_menu)
        runs.setMenu(self.runs_menu)
        self.actions: dict[str, QAction] = {"runs": runs}
        self._order_soon = QTimer(window, singleShot=True, interval=0)
        self._order_soon.timeout.connect(self.order)
        self.moved = LayoutChanged(self._order_soon.start, window)
        views.code_view.installEventFilter(self.moved)  # beside the plots, or a tab below them
        for splitter in (views.top_splitter, views.heat_panel.maps):  # a panel built on first use
            splitter.installEventFilter(self.moved)
        self.order()

    def order(self) -> None:
        """Tab in reading order: the controls top to bottom, then the plots, the weights, the timeline and the
        code (which sits below the weights as a tab in a narrow window); each control keeps its keys."""
        views, controls, editor = self.views, self.views.controls, self.editing.editor
        fields = [controls.variant, controls.defaults, *controls.sizes.values(), controls.seed, controls.new_seed,
                  controls.lr, controls.steps, controls.momentum, controls.update_mode, controls.device,
                  controls.dtype, controls.pace, controls.start, controls.pause, controls.stop, controls.reset,
                  controls.step_button, controls.step_count]
        banner = [views.banner.text, views.banner.action, views.banner.close_button]
        depth, check = views.built_depth_trace(), views.built_check_plot()
        header = [views.clear_runs, views.log_scale, views.predict]
        plots = [views.loss_plot, *filter(None, (depth, check))]
        for plot in (*plots, *views.heatmaps.values()):
            plot.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads its description there
            if plot not in self._rings:  # Qt's style draws no focus on a plot
                self._rings[plot] = FocusRing(plot, FOCUS_RING)
        weights = [views.lower.tabBar(), *views.heat_panel.buttons.values(), views.heat_panel.auto_levels,
                   *(views.heatmaps[key] for key in ("first", "middle", "last") if key in views.heatmaps)]
        code = [self.editing.edit_button, self.editing.revert_button, self.editing.open_button, editor.find_field,
                editor.text_edit, views.code_view.code]
        below = [views.timeline.slider]
        chain = [views.center, *fields, *banner, *header, *plots, *weights,
                 *((below + code) if views.code_beside else (code + below))]
        windows: dict[QWidget, list[QWidget]] = {}  # the plots on a screen of their own keep their order there
        for widget in chain:
            windows.setdefault(widget.window(), []).append(widget)
        for part in windows.values():
            for first, second in zip(part, part[1:]):
                QWidget.setTabOrder(first, second)
        for widget in self.window.findChildren(QWidget):
            self._keep_keys(widget)

    def _keep_keys(self, widget: QWidget) -> None:
        """Installed again, a filter is not doubled: Qt moves it to the front."""
        if not isinstance(widget, QScrollBar) and any(isinstance(widget, kind) for kind, _keys in KEPT_KEYS):
            widget.installEventFilter(self.kept)

    # The legend's show and hide

    def _open_runs_menu(self) -> None:
        """The menu's own key (none by default) opens it where the focus is."""
        focus = self.window.focusWidget() or self.window
        self.runs_menu.popup(focus.mapToGlobal(focus.rect().center()))

    def _fill_runs_menu(self) -> None:
        plot = self.views.loss_plot
        self.runs_menu.clear()
        entries = [(key, curve) for key, curve in (*plot.curves.items(), *plot.predictions.items())
                   if len(curve.points[0])]
        if not entries:
            self.runs_menu.addAction(translate("Keyboard", NO_RUNS)).setEnabled(False)
        for key, curve in entries:
            action = self.runs_menu.addAction(curve.label)
            action.setCheckable(True)
            action.setChecked(curve.visible)
            action.toggled.connect(lambda shown, key=key: plot.show_curve(key, shown))

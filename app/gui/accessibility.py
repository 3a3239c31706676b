"""What a screen reader hears: every part of the window named, the plots described in words, and the
moments that matter announced.

Names and the plots' descriptions are what AT-SPI (Linux), UI Automation (Windows) and
VoiceOver (macOS) read through Qt's accessibility tree. Descriptions follow the data at
``DESCRIBE_MS`` while a run goes on, and at once when it pauses, ends, is rewound or
another view is chosen: never at frame rate, whose paint path the training thread
shares (README, Performance). The words come from ``widgets.descriptions``; the names
are all in the tables below, marked for Qt Linguist and translated as they are given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QScrollBar, QStatusBar, QWidget

from app.language import translate
from app.run.controller import RunController
from models.words import QT_TRANSLATE_NOOP
from widgets.descriptions import (
    PLOT_EMPTY,
    describe_check,
    describe_depths,
    describe_matrix,
    describe_past_run,
    describe_replay,
    describe_run,
)

from .editing import CodeEditing
from .heatmap_panel import VIEWS
from .painter import lane_labels, lane_name
from .views import WindowViews

if TYPE_CHECKING:
    from app.run.trainer import Trainer

DESCRIBE_MS = 1000  # how often the plots' descriptions follow a running run

# The controls' fields by their attribute in ``Controls``: buttons are named by their own text
CONTROL_NAMES = {
    "variant": QT_TRANSLATE_NOOP("Accessibility", "Variant"),
    "seed": QT_TRANSLATE_NOOP("Accessibility", "Seed"),
    "new_seed": QT_TRANSLATE_NOOP("Accessibility", "New random seed"),
    "lr": QT_TRANSLATE_NOOP("Accessibility", "Learning rate"),
    "steps": QT_TRANSLATE_NOOP("Accessibility", "Steps"),
    "momentum": QT_TRANSLATE_NOOP("Accessibility", "Momentum"),
    "update_mode": QT_TRANSLATE_NOOP("Accessibility", "Update"),
    "device": QT_TRANSLATE_NOOP("Accessibility", "Device"),
    "dtype": QT_TRANSLATE_NOOP("Accessibility", "Data type"),
    "pace": QT_TRANSLATE_NOOP("Accessibility", "Pace"),
    "pace_label": QT_TRANSLATE_NOOP("Accessibility", "Pace"),
    "step_count": QT_TRANSLATE_NOOP("Accessibility", "Steps per press of Step"),
    "progress": QT_TRANSLATE_NOOP("Accessibility", "Progress"),
}
SIZE_NAMES = {
    "N": QT_TRANSLATE_NOOP("Accessibility", "N, batch size"),
    "D_in": QT_TRANSLATE_NOOP("Accessibility", "D_in, input dimension"),
    "H": QT_TRANSLATE_NOOP("Accessibility", "H, hidden dimension"),
    "D_out": QT_TRANSLATE_NOOP("Accessibility", "D_out, output dimension"),
}
VIEW_NAMES = {
    "loss_plot": QT_TRANSLATE_NOOP("Accessibility", "Loss at each step"),
    "controls_scroll": QT_TRANSLATE_NOOP("Accessibility", "Settings and run controls"),
    "memory_note": QT_TRANSLATE_NOOP("Accessibility", "Memory needed"),
    "timeline": QT_TRANSLATE_NOOP("Accessibility", "Rewind"),
    "lower": QT_TRANSLATE_NOOP("Accessibility", "Weights and code"),
    "center": QT_TRANSLATE_NOOP("Accessibility", "Plots"),
}
HEATMAP_NAME = QT_TRANSLATE_NOOP("Accessibility", "Weights of a layer")
PLOT_NAMES = {
    "depth": QT_TRANSLATE_NOOP("Accessibility", "Depth DynamicNet chose at each step"),
    "check": QT_TRANSLATE_NOOP("Accessibility", "Gradient check"),
}
TIMELINE_NAMES = {
    "slider": QT_TRANSLATE_NOOP("Accessibility", "Rewind to step"),
    "label": QT_TRANSLATE_NOOP("Accessibility", "Step shown"),
}
CODE_NAMES = {
    "code": QT_TRANSLATE_NOOP("Accessibility", "Code that runs"),
    "title": QT_TRANSLATE_NOOP("Accessibility", "Notebook section"),
    "explanation": QT_TRANSLATE_NOOP("Accessibility", "What this code does"),
    "note": QT_TRANSLATE_NOOP("Accessibility", "Note on the code"),
}
EDITOR_NAMES = {
    "text_edit": QT_TRANSLATE_NOOP("Accessibility", "Code editor"),
    "find_field": QT_TRANSLATE_NOOP("Accessibility", "Find in the code"),
    "message": QT_TRANSLATE_NOOP("Accessibility", "Error in the code"),
}
CODE_STATE_NAME = QT_TRANSLATE_NOOP("Accessibility", "Code state")
EDITOR_HELP = QT_TRANSLATE_NOOP("Accessibility", "The variant's whole module, to edit. Tab inserts four spaces and "
                                                 "Shift+Tab removes them; Ctrl+Tab moves to the next control and "
                                                 "Ctrl+Shift+Tab to the previous one. Ctrl+F finds, Ctrl+Z undoes. "
                                                 "Start runs the edit.")
BANNER_NAMES = {
    "text": QT_TRANSLATE_NOOP("Accessibility", "Note"),
    "action": QT_TRANSLATE_NOOP("Accessibility", "Banner action"),
    "close_button": QT_TRANSLATE_NOOP("Accessibility", "Hide this note"),
}
STATUS_NAME = QT_TRANSLATE_NOOP("Accessibility", "Status")
SCROLL_BAR_NAMES = {
    Qt.Orientation.Horizontal: QT_TRANSLATE_NOOP("Accessibility", "Horizontal scroll bar"),
    Qt.Orientation.Vertical: QT_TRANSLATE_NOOP("Accessibility", "Vertical scroll bar"),
}
SENTENCE_END = ". "


class Announcer(QObject):
    """Says a sentence to a screen reader through ``live``, a widget always in the tree (the status bar):
    its name becomes the sentence, and an announcement event carries it, assertive when ``urgent``."""

    announced = Signal(str)

    def __init__(self, live: QWidget):
        super().__init__(live)
        self.live = live
        self.last = ""

    def announce(self, text: str, urgent: bool = False) -> None:
        if not text:
            return
        self.last = text
        self.live.setAccessibleName(text)  # Qt sends NameChanged
        event = QAccessibleAnnouncementEvent(self.live, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)


class Accessibility(QObject):
    """Names the parts of ``views`` and ``editing``, describes the run on show (``controller``) and the
    step a rewind shows (``replaying()``), and announces ``status_bar``'s and the banner's sentences."""

    def __init__(self, views: WindowViews, editing: CodeEditing, controller: RunController,
                 status_bar: QStatusBar, replaying: Callable[[], int | None]):
        super().__init__(status_bar)
        self.views, self.editing, self.controller, self.replaying = views, editing, controller, replaying
        self.announcer = Announcer(status_bar)
        status_bar.setAccessibleName(translate("Accessibility", STATUS_NAME))
        status_bar.messageChanged.connect(self._on_status_message)
        views.banner.said.connect(lambda kind, text: self.announcer.announce(text, urgent=kind == "error"))
        self._past: dict[tuple, str] = {}  # each past run's description, by what it depends on
        self.timer = QTimer(self, interval=DESCRIBE_MS)  # the descriptions follow a running run
        self.timer.timeout.connect(self.describe)
        self._soon = QTimer(self, singleShot=True, interval=0)  # once the change is drawn
        self._soon.timeout.connect(self.describe)
        controller.state_changed.connect(self._on_state)
        controller.started.connect(self._soon.start)
        views.heat_panel.view_changed.connect(self._soon.start)
        views.timeline.scrubbed.connect(self._soon.start)
        views.controls.variant_changed.connect(self._soon.start)  # other layers, other titles
        self.name_parts()
        self._soon.start()  # once the window has shown its settings

    # Names

    def name_parts(self) -> None:
        """Every part's name, set where it differs: Qt tells a screen reader of each name it is given."""
        views, controls, editor = self.views, self.views.controls, self.editing.editor
        parts = [
            *((getattr(controls, attribute), name) for attribute, name in CONTROL_NAMES.items()),
            *((controls.sizes[field], name) for field, name in SIZE_NAMES.items()),
            *((getattr(views, attribute), name) for attribute, name in VIEW_NAMES.items()),
            *((getattr(views.timeline, attribute), name) for attribute, name in TIMELINE_NAMES.items()),
            *((getattr(views.code_view, attribute), name) for attribute, name in CODE_NAMES.items()),
            *((getattr(editor, attribute), name) for attribute, name in EDITOR_NAMES.items()),
            *((getattr(views.banner, attribute), name) for attribute, name in BANNER_NAMES.items()),
            (self.editing.state, CODE_STATE_NAME),
            (views.built_depth_trace(), PLOT_NAMES["depth"]),
            (views.built_check_plot(), PLOT_NAMES["check"]),
            *((bar, SCROLL_BAR_NAMES[bar.orientation()]) for bar in views.root.window().findChildren(QScrollBar)),
        ]
        for widget, name in parts:
            if widget is not None:
                _name(widget, translate("Accessibility", name))
        for label in views.status.values():
            _name(label, label.toolTip())  # the tooltip is in the class's language already
        help_text = translate("Accessibility", EDITOR_HELP)
        if editor.text_edit.accessibleDescription() != help_text:
            editor.text_edit.setAccessibleDescription(help_text)
        self._panels = self._built_panels()

    def _built_panels(self) -> tuple:
        """What decides which parts there are to name: the panels built on first use."""
        views = self.views
        return views.built_depth_trace(), views.built_check_plot(), len(views.heatmaps)

    # Descriptions

    def _on_state(self, state: str) -> None:
        if state == "running":
            self.timer.start()
        else:
            self.timer.stop()
        self._soon.start()

    def describe(self) -> None:
        """Each plot's description, in words that follow its data; set only where they changed."""
        if self._built_panels() != self._panels:
            self.name_parts()
        views = self.views
        trainer = self.controller.trainer
        _set(views.loss_plot, self.loss_words(trainer))
        view = translate("Heatmaps", VIEWS[views.heat_panel.view])
        for heatmap in views.heatmaps.values():
            title = heatmap.title.full_text or translate("Accessibility", HEATMAP_NAME)
            _name(heatmap, title)
            _set(heatmap, describe_matrix(title, heatmap.shape, view, heatmap.matrix))
        depth = views.built_depth_trace()
        if depth is not None:
            _set(depth, describe_depths(depth.depths))
        check = views.built_check_plot()
        if check is not None:
            checks = trainer.checks.items() if trainer is not None else ()
            _set(check, SENTENCE_END.join(describe_check(name, found.losses) for name, found in checks))

    def loss_words(self, trainer: Trainer | None) -> str:
        """The loss plot in words: the step a rewind shows, each live curve, then each past run."""
        sentences = []
        step = self.replaying()
        if trainer is not None and step is not None and step < trainer.history.count:
            sentences.append(describe_replay(step, float(trainer.history.losses[step])))
        if trainer is not None:
            names = lane_labels(trainer) if trainer.is_race else [lane_name(trainer.lanes[0])]
            sentences += [describe_run(name, lane.history.losses, lane.config.steps)
                          for name, lane in zip(names, trainer.lanes)]
        for curve in self.views.loss_plot.past_runs.values():
            sentences.append(self._past_words(curve.label, curve.losses, curve.visible))
        return SENTENCE_END.join(sentences or [translate("Descriptions", PLOT_EMPTY)])

    def _past_words(self, label: str, losses: np.ndarray, shown: bool) -> str:
        key = (label, id(losses), len(losses), shown)
        if key not in self._past:
            if len(self._past) > 256:
                self._past.clear()
            self._past[key] = describe_past_run(label, losses, shown)
        return self._past[key]

    # Announcements

    def _on_status_message(self, message: str) -> None:
        self.announcer.announce(message)


def _name(widget: QWidget, name: str) -> None:
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


def _set(widget: QWidget, description: str) -> None:
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)

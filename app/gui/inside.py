"""The "Inside this step" view in the window: opened by a key, it shows the step on show, linked to the code.

The step on show is the run's latest while it runs, the live step while it is paused or
stepping, and the step the timeline rewinds to. The training thread captures what the view
shows only while it is open (``RunController.watch_inside``); a step it did not capture is
computed again off this thread (``RunController.inspect``). Either arrives whole, its graph
laid out, and is drawn at frame rate. Selecting a tensor marks the lines of the code panel
that computed it; clicking a line selects what it computes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from app.language import translate
from app.run.controller import RunController
from app.run.redraw_rates import SLOW_EVERY
from models import VARIANTS
from models.catalog import panel_part
from models.words import QT_TRANSLATE_NOOP

from .menus import make_action
from .painter import FramePainter, lane_name
from .views import WindowViews

if TYPE_CHECKING:
    from app.run.inside_watch import InsideFrame
    from app.run.trainer import Trainer
    from models.inside import Graph, Layout, Node

AUTOGRAD_CAPTION = QT_TRANSLATE_NOOP("Inside", "The graph autograd built at this step, from the loss (right) back to "
                                               "the weights (left). Click a box for its tensor.")
BY_HAND_CAPTION = QT_TRANSLATE_NOOP("Inside", "The graph autograd would build: each box a node the hand-written "
                                              "backward lines stand for, with what they compute for it. Click a box "
                                              "for its tensor.")
WAIT_POLL_MS = 20  # how often a wait for a step computed again looks whether anything is still computing it


@dataclass(frozen=True)
class Drawing:
    """A graph and where its layout puts each node and edge: what the view draws."""

    nodes: tuple[Node, ...]
    edges: tuple[tuple[str, str], ...]
    positions: dict[str, tuple[float, float]]
    routes: dict[tuple[str, str], tuple[tuple[float, float], ...]]

    @classmethod
    def of(cls, graph: Graph, layout: Layout) -> Drawing:
        return cls(graph.nodes, graph.edges, layout.positions, layout.routes)


class Inspecting:
    """The View menu's "Inside this step" (``actions``) over ``window``: the view's tab, what it shows at each of
    the controller's frames, and its links with the code panel."""

    def __init__(self, window: QWidget, views: WindowViews, controller: RunController, painter: FramePainter):
        self.views, self.controller, self.painter = views, controller, painter
        self.actions = {"inside": make_action(window, "inside", self.toggle)}
        self.open = False
        self.shown: InsideFrame | None = None  # what the view shows
        self._said_idle = False  # that no run is on show
        self._asked: tuple[Trainer, int] | None = None  # the step asked to be computed again, of which run
        self._frames = 0
        controller.frame_ready.connect(self.on_frame)
        controller.inside_computed.connect(self._on_computed)
        controller.started.connect(self._on_started)
        controller.retired.connect(self._on_retired)
        views.timeline.scrubbed.connect(self._on_scrubbed)
        views.code_view.line_clicked.connect(self.select_line)
        views.lower.currentChanged.connect(self._follow_tab)

    @property
    def watching(self) -> bool:
        """The view is open and in front: what it shows is captured and drawn."""
        view = self.views.built_inside_view()
        return self.open and view is not None and self.views.lower.currentWidget() is view

    def toggle(self) -> None:
        """Open the view; open behind the weights, bring it to the front; in front, close it."""
        if self.open and not self.watching:
            self.views.show_inside(True)
            self.actions["inside"].setChecked(True)
        else:
            self.set_open(not self.open)

    def set_open(self, open: bool) -> None:
        """Open the view in front of the weights (building it the first time), or close it."""
        first = self.views.built_inside_view() is None
        self.open = open
        self.views.show_inside(open)
        if first and open:
            self.views.inside_view.tensor_selected.connect(self._mark_lines)
        self.actions["inside"].setChecked(open)
        self._follow_tab()

    def _follow_tab(self, *_) -> None:
        """Capture only while the view is seen; on coming into view, it shows the step on show at once."""
        watching = self.watching
        self.controller.watch_inside(watching)
        if not watching:
            self.views.code_view.mark_lines([])
            return
        view = self.views.inside_view
        if view.selected is not None and self.shown is not None:
            self._mark_lines(view.selected)
        self.on_frame(True)

    def on_frame(self, complete: bool) -> None:
        """Show the step on show once it has arrived: at once while the run holds still, else with the other
        slow views (``SLOW_EVERY``)."""
        if not self.watching:
            return
        self._frames += 1
        trainer = self.controller.trainer
        if trainer is None:
            if not self._said_idle:
                self.shown, self._said_idle = None, True
                self.views.inside_view.show_message(translate("Inside", "Inside this step"),
                                                    translate("Inside", "Start a run (Space), or take a first step "
                                                                        "(S), to see inside its steps."))
            return
        frame = self._frame_for(trainer)
        if self._step_on_show(trainer) is not None:  # the run holds still: its checkpoints are filled in meanwhile
            trainer.inside.fill(trainer.history.count)
        still = complete or self.controller.state != "running" or self._frames % SLOW_EVERY == 0
        if frame is not None and frame is not self.shown and still:
            self._show(frame, trainer)

    def wait_until_shown(self, t: int, timeout_s: float) -> bool:
        """Wait until the view shows step ``t`` of the run on show (or says why it cannot), as a slide or a
        recording's frame pictures it: a step the run did not capture is computed again meanwhile, off this
        thread. Waits only while the view is seen, ``t`` is the step on show of a run that holds still, and it is
        being computed; an event loop told to end (a signal) ends the wait too. True once it shows step ``t``."""
        trainer = self.controller.trainer

        def settled() -> bool:
            self.on_frame(True)  # asks for the step, or shows it once it has arrived
            if self.shown is not None and self.shown.t == t:
                return True
            return trainer is None or self._step_on_show(trainer) != t or not trainer.inside.computing

        if settled():
            return self.shown is not None and self.shown.t == t
        loop = QEventLoop()

        def check() -> None:
            if settled():
                loop.quit()

        poll = QTimer(interval=WAIT_POLL_MS)  # besides ``inside_computed``: a wait nothing would end, ends
        deadline = QTimer(singleShot=True, interval=round(timeout_s * 1000))
        poll.timeout.connect(check)
        deadline.timeout.connect(loop.quit)
        self.controller.inside_computed.connect(check)  # after ``_on_computed``, connected first
        poll.start()
        deadline.start()
        try:
            loop.exec()
        finally:
            poll.stop()
            deadline.stop()
            self.controller.inside_computed.disconnect(check)
        return self.shown is not None and self.shown.t == t

    def _step_on_show(self, trainer: Trainer) -> int | None:
        """The step on show once the run holds still: the one rewound to (or a recording's frame's), else its
        newest; None while it computes (the latest captured is shown)."""
        if not (self.controller.state == "ended" or trainer.holding.is_set()):
            return None
        wanted = self.painter.step_on_show
        return trainer.history.count - 1 if wanted is None else wanted

    def _frame_for(self, trainer: Trainer) -> InsideFrame | None:
        """The step on show from the inside, once it has arrived; a step the run did not capture is asked for.
        Holding still, a run may have captured a step past its newest: one computed after it diverged, before the
        window heard of it, which the window does not show."""
        watch = trainer.inside
        wanted = self._step_on_show(trainer)
        if wanted is None:
            return watch.live  # running or stepping: the latest captured
        if wanted < 0:
            return None
        for frame in (watch.live, watch.replayed):
            if frame is not None and frame.t == wanted:
                return frame
        if self._asked != (trainer, wanted):
            self._asked = (trainer, wanted)
            self.controller.inspect(wanted)
            computing = translate("Inside", "Step {step}: computing it again…")
            self.views.inside_view.title.setText(computing.format(step=wanted))
        return None

    def _show(self, frame: InsideFrame, trainer: Trainer) -> None:
        view = self.views.inside_view
        self.shown, self._said_idle = frame, False
        lane = trainer.lanes[0]
        depth = frame.inside.depth if frame.inside is not None else None
        title = (translate("Inside", "Step {step} of {run}") if depth is None
                 else translate("Inside", "Step {step} of {run} (depth {depth})"))
        title = title.format(step=frame.t, run=lane_name(lane), depth=depth)
        if frame.replayed:
            title = translate("Inside", "{title}, computed again").format(title=title)
        if frame.inside is None:
            view.show_message(title, _sentence(frame.problem) + " " + translate("Inside", "The run and the rest of the "
                                                                                          "window go on."))
            self.views.code_view.mark_lines([])
            return
        inside = frame.inside
        if inside.graph is not None and frame.layout is not None:
            from models.inside import AUTOGRAD  # loaded with torch, which a run has loaded

            caption = translate("Inside", AUTOGRAD_CAPTION if inside.graph.drawn_from == AUTOGRAD else BY_HAND_CAPTION)
            view.show_step(title, inside.tensors, Drawing.of(inside.graph, frame.layout), caption)
        else:
            view.show_step(title, inside.tensors, None, _sentence(inside.no_graph))
        if view.selected is not None:
            self._mark_lines(view.selected)

    def _mark_lines(self, name: str) -> None:
        """The lines of the code panel that computed tensor ``name``, where the panel shows the code that ran."""
        inside = self.shown.inside if self.shown is not None else None
        if inside is None or name not in inside.names or not self._code_is_the_runs():
            self.views.code_view.mark_lines([])
            return
        self.views.code_view.mark_lines(inside[name].lines)

    def select_line(self, line: int) -> None:
        """A click on a line of the code: select what it computes (again: the next thing it computes)."""
        inside = self.shown.inside if self.shown is not None else None
        if not self.watching or inside is None or not self._code_is_the_runs():
            return
        names = inside.on_line(line)
        if names:
            view = self.views.inside_view
            chosen = names[(names.index(view.selected) + 1) % len(names)] if view.selected in names else names[0]
            view.select(chosen)

    def _code_is_the_runs(self) -> bool:
        """Whether the code panel shows the code of the run on show (an edit typed since, or another variant
        chosen, is not what computed its tensors)."""
        trainer = self.controller.trainer
        if trainer is None:
            return False
        lane = trainer.lanes[0]
        text = lane.edited.text if lane.edited is not None else VARIANTS[lane.config.variant].full_source()
        return self.views.code_view.source == panel_part(text)[0]

    def _on_computed(self) -> None:
        self.on_frame(True)  # at once, not at the next frame: at max pace frames come every tenth of a second

    def _on_scrubbed(self, _step: int) -> None:
        self.on_frame(True)  # after the rewinder, connected first: the painter knows the step

    def _on_retired(self, trainer: Trainer) -> None:
        """A run left the screen: what was asked of it is forgotten, so the run (its snapshots too) can go."""
        if self._asked is not None and self._asked[0] is trainer:
            self._asked = None

    def _on_started(self, _trainer) -> None:
        """A new run: nothing of the last one stays on show."""
        self.shown, self._asked, self._said_idle = None, None, False
        self.views.code_view.mark_lines([])
        view = self.views.built_inside_view()
        if view is not None:
            view.show_message(translate("Inside", "Inside this step"), translate("Inside", "The run's first step is on "
                                                                                           "its way."))


def _sentence(text: str) -> str:
    """``text`` as a sentence: a capital first, a full stop last."""
    text = text.strip()
    if not text:
        return ""
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")

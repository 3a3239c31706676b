"""Drawing a predicted loss curve on the loss plot: with a mouse, a pen or a finger (smartboards send touches)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent

from .loss_plot import LossPlot

# A double-click's second press comes as a MouseButtonDblClick (QWidget's default treats it as a press); taken
# as one, it never reaches the plot, which would reframe itself
PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TabletPress,
         QEvent.Type.TouchBegin}
MOVE = {QEvent.Type.MouseMove, QEvent.Type.TabletMove, QEvent.Type.TouchUpdate}
RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TabletRelease, QEvent.Type.TouchEnd}
TOLERANCE = 1.0  # pixels: a stroke kept to within a pixel loses the staircase of whole-pixel mouse positions


class Sketcher(QObject):
    """While ``key`` names a prediction, the pointer draws it on ``plot`` instead of panning the plot.

    A stroke is a curve of the loss against the step: it goes left to right, and moving
    back rubs out what it drew beyond the pointer. It replaces the prediction between its
    first and last steps and keeps the rest, so a second stroke mends part of a curve.
    Points are in the plot's own coordinates (steps from 0 to the run's last, the loss at
    the pointer on a log or linear axis), at most one per pixel across while drawing; a
    finished stroke keeps the few that draw it to within a pixel.

    Its event filter sits on the plot's viewport only while it draws: the rest of the time
    no Python runs in the plot's paint events (see ``widgets.live``).
    """

    drawn = Signal(str)  # a stroke ended: the key of the prediction it changed

    def __init__(self, plot: LossPlot):
        super().__init__(plot)
        self.plot = plot
        self._key: str | None = None
        self._stroke: list[tuple[float, float]] = []  # (step, loss), as the pointer went
        self._before: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))
        self._drawing = False
        self._touch_id: int | None = None  # the finger that draws: others on the board are ignored

    @property
    def key(self) -> str | None:
        """The prediction the pointer draws; None: the plot pans and zooms as ever."""
        return self._key

    @key.setter
    def key(self, key: str | None) -> None:
        """The filter is on the viewport only while drawing: Python in every paint event would cost a run."""
        viewport = self.plot.viewport()
        if key is not None and self._key is None:
            viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
            viewport.installEventFilter(self)
        elif key is None and self._key is not None:
            viewport.removeEventFilter(self)
            viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
        if key != self._key:
            self._key, self._drawing = key, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._key not in self.plot.predictions:
            self._drawing = False  # removed while it was drawn
            return False
        if kind in PRESS:
            return self._press(event)
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
        elif kind in MOVE | RELEASE and self._drawing:
            at = self._position(event)
            if at is not None:
                self._extend(at)
            if kind in RELEASE and _ends_stroke(event):
                self._finish()
        else:
            return False
        event.accept()
        return True

    def _press(self, event) -> bool:
        if isinstance(event, QMouseEvent) and event.button() != Qt.MouseButton.LeftButton:
            return False  # the right button still zooms
        if event.type() == QEvent.Type.TouchBegin:
            self._touch_id = event.points()[0].id()
        self._before = self.plot.prediction_points(self.key)
        self._stroke, self._drawing = [], True
        at = self._position(event)
        if at is not None:
            self._extend(at)
        event.accept()
        return True

    def _position(self, event) -> QPointF | None:
        """Where the pointer is, in the viewport's pixels (None: not the drawing finger)."""
        if isinstance(event, QTouchEvent):
            points = [point for point in event.points() if point.id() == self._touch_id]
            return points[0].position() if points else None
        return event.position()

    def data_at(self, pixel: QPointF) -> tuple[float, float]:
        """The (step, loss) under a viewport pixel, held to the run's steps and the plot's height."""
        plot = self.plot
        scene = plot.viewportTransform().inverted()[0].map(pixel)
        view = plot.view_box.mapSceneToView(scene)
        (_, _), (bottom, top) = plot.view_box.viewRange()
        last_step = max(plot.run_length - 1, 0)
        step = min(max(view.x(), 0.0), last_step)
        y = min(max(view.y(), bottom), top)
        return step, (10.0**y if plot.log_scale else max(y, 0.0))

    def _extend(self, pixel: QPointF) -> None:
        step, loss = self.data_at(pixel)
        stroke = self._stroke
        while stroke and stroke[-1][0] >= step:  # moving back rubs out
            stroke.pop()
        if stroke and step - stroke[-1][0] < self._step_per_pixel():
            return  # at most one point a pixel across
        stroke.append((step, loss))
        self._show()

    def _step_per_pixel(self) -> float:
        (left, right), _ = self.plot.view_box.viewRange()
        return (right - left) / max(self.plot.view_box.width(), 1.0)

    def _show(self) -> None:
        steps, losses = self._before
        margin = self._step_per_pixel() / 2  # a point the stroke passes within half a pixel of is the stroke's
        first, last = self._stroke[0][0], self._stroke[-1][0]
        before, after = steps < first - margin, steps > last + margin
        drawn = np.array(self._stroke, dtype=float).reshape(-1, 2)
        key = self.key
        assert key is not None, "a stroke draws the prediction named when it began"
        self.plot.set_prediction(key, self.plot.predictions[key].label,
                                 np.concatenate([steps[before], drawn[:, 0], steps[after]]),
                                 np.concatenate([losses[before], drawn[:, 1], losses[after]]), widen=False)

    def _finish(self) -> None:
        """The stroke kept as the few points that draw it to within half a pixel."""
        self._drawing, self._touch_id = False, None
        if self._stroke and self.key is not None:
            steps, losses = self.plot.y_scale.simplified(*np.array(self._stroke, dtype=float).T, pixels=TOLERANCE)
            self._stroke = list(zip(steps.tolist(), losses.tolist()))
            self._show()
            self.drawn.emit(self.key)

    def _cancel(self) -> None:
        """A touch the system took back: the prediction is as it was before the stroke."""
        key = self.key
        if self._drawing and key is not None:
            self.plot.set_prediction(key, self.plot.predictions[key].label, *self._before, widen=False)
        self._drawing, self._touch_id, self._stroke = False, None, []


def _ends_stroke(event) -> bool:
    """A release of the drawing button, pen or finger (a touch ends when its last finger lifts)."""
    return event.type() != QEvent.Type.MouseButtonRelease or event.button() == Qt.MouseButton.LeftButton

"""The live loss curve: step against loss, log scale by default."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF

from .axes import MajorGrid, PowerOfTenAxis, QuietAxis
from .live import LiveView, cosmetic_pen, grid_of
from .loss_curves import Curve, PredictionCurve
from .loss_framing import LossFraming
from .loss_legend import FittedLegend, points_along
from .loss_scale import LossScale
from .step_line import StepLine
from .theme import DARK, Theme, style_axes
from .words import number, translate, whole


class LossPlot(LiveView, pg.PlotWidget):
    """Step against loss: live curves and past runs, drawn by Qt alone (see ``widgets.live``).

    The axes move as little as possible (``LossFraming``). A peak envelope
    updated with only the new steps keeps a million points cheap to redraw.
    Non-finite losses never reach a curve; on the log scale neither do zeros.
    Zooming with the mouse stops the following until a double-click or a new run.

    Curves are keyed: ``LIVE`` is the running variant (a race adds one per lane);
    ``keep`` turns a live curve into a faint past run, listed in the legend,
    where a click hides or shows it. Predictions (``set_prediction``) are curves of
    their own, kept through resets until removed, in palette colours no other
    curve shows while one is free.
    """

    LIVE = "live"
    restyled = Signal()  # the theme or the look changed: colours drawn beside the plot follow it

    def __init__(self, parent=None, theme: Theme = DARK):
        plot_item = pg.PlotItem(axisItems={"left": PowerOfTenAxis("left"), "bottom": QuietAxis("bottom")})  # no grid
        super().__init__(parent, plotItem=plot_item)
        self.plot_item = plot_item  # what PlotWidget forwards most calls to, typed
        self.view_box = plot_item.getViewBox()  # what the PlotItem forwards its ranges to
        self.curves: dict[str, Curve] = {}
        self.predictions: dict[str, PredictionCurve] = {}
        self.framing = LossFraming(self.view_box)
        self.y_scale = LossScale(self.view_box)
        self.line_width = 1.0  # wider pens cost Qt ten times more for a jagged curve
        self.theme = theme
        self.plot_item.setMenuEnabled(False)
        self.plot_item.setLabel("bottom", translate("LossPlot", "step"))
        self.plot_item.hideButtons()
        for name in ("left", "bottom"):
            self.plot_item.getAxis(name).enableAutoSIPrefix(False)  # "(x1e-12)" beside powers of ten misleads
        self.plot_item.getAxis("left").setStyle(hideOverlappingLabels=False)  # the lowest decade's label, whole
        view = self.view_box
        self.grid = MajorGrid(plot_item, self)
        self.legend = FittedLegend(view, plot_item)
        view.geometryChanged.connect(self.place_legend)
        self.divergence = StepLine(view, Qt.PenStyle.DashLine, caption_at=(0.9, (1, 0)))
        self.rewind_cursor = StepLine(view, Qt.PenStyle.DotLine, caption_at=(0.97, (0, 0)))  # the step a rewind shows
        view.sigRangeChangedManually.connect(self._stop_following)
        self.set_log_scale(True)
        self.apply_theme(theme)
        self.set_run_length(500)
        self.go_live()

    def apply_theme(self, theme: Theme, line_width: float | None = None, font_pt: int = 11,
                    legend_pt: int | None = None) -> None:
        """The theme, the curves' width, and text at ``font_pt`` (the legend's at ``legend_pt``, else a point less)."""
        self.theme = theme
        self.line_width = line_width or self.line_width
        self.setBackground(theme.background)
        font = style_axes([self.plot_item.getAxis(name) for name in ("left", "bottom")], theme, font_pt)
        half_line = QFontMetricsF(font).height() / 2  # the top tick's label is centred on the plot's top edge
        grid_of(self.plot_item).setContentsMargins(1, half_line, 1, 1)
        self.grid.item.setPen(cosmetic_pen(theme.grid, 1))
        self.legend.setLabelTextColor(theme.foreground)
        self.legend.preferred_pt = legend_pt or font_pt - 1
        self.legend.setBrush(pg.mkBrush(QColor(theme.background).lighter(130 if theme.name == "dark" else 97)))
        for curve in self._all_curves():
            curve.color = self.colour_of(curve)
            curve.restyle(self.line_width)
        self.divergence.restyle(theme.warning, 2, font)
        self.rewind_cursor.restyle(theme.foreground, max(1.0, self.line_width), font)
        self._relabel_legend()
        self.prepare()
        self.restyled.emit()

    # Curves

    def set_run_length(self, steps: int) -> None:
        """The x axis spans the whole run, so the curve grows across a still frame."""
        self.framing.set_run_length(steps)

    @property
    def run_length(self) -> int:
        return self.framing.run_length

    @property
    def following(self) -> bool:
        """Whether the view frames the run, or stays where the user zoomed or panned."""
        return self.framing.following

    @following.setter
    def following(self, following: bool) -> None:
        self.framing.following = following

    def set_losses(self, losses: np.ndarray, key: str = LIVE, label: str | None = None,
                   color: str | None = None, width: float | None = None) -> None:
        """Show ``losses[i]`` at step ``i``: the whole history so far, which only grows.

        ``width`` in pixels: races draw their lanes in decreasing widths, so curves
        that coincide show as nested stripes rather than hide one another. Without
        ``color``, ``LIVE`` takes the theme's live colour and any other key (a race
        lane) a palette colour no other curve shows.
        """
        label = translate("LossPlot", "this run") if label is None else label
        curve = self.curves.get(key) or self._add(key, label, color)
        if width is not None and width != curve.width:
            curve.restyle(width)
        if label != curve.label:
            curve.label = label
            self._relabel_legend()
        curve.points = curve.envelope.update(losses)
        curve.losses = losses
        self._draw(curve)
        self._widen_to(curve)

    def _widen_to(self, curve: Curve) -> None:
        if isinstance(curve, PredictionCurve):
            y = curve.points[1]
            if self.log_scale:
                y = y[y > 0]  # zeros are not drawn on a log scale, so they do not stretch it
            extent = (float(y.min()), float(y.max())) if len(y) else None
        else:
            extent = curve.path.extent  # kept up to date as the curve grows
        if extent is not None:
            self.framing.widen(*extent, self.log_scale)

    def _add(self, key: str, label: str, color: str | None) -> Curve:
        palette = self.theme.palette
        if color in palette:  # held as its slot, so that it follows a theme switch
            color, slot = None, palette.index(color)
        else:
            slot = None if color or key == self.LIVE else self.free_slot()
        curve = Curve(label, "", self.line_width, faint=False, own_color=color, slot=slot)
        curve.color = self.colour_of(curve)
        curve.restyle()
        self.curves[key] = curve
        self.view_box.addItem(curve.item, ignoreBounds=True)
        self._relabel_legend()
        return curve

    def keep(self, key: str, past_key: str, label: str, color: str | None = None) -> None:
        """Turn the live curve ``key`` into a faint past run under ``past_key``: in ``color``,
        else in its palette colour if it was a race lane, else in a free one."""
        curve = self.curves.pop(key, None)
        if curve is None or not len(curve.points[0]):
            if curve is not None:
                self._remove(curve)
            return
        curve.label, curve.faint, curve.own_color = label, True, color
        if color is None and curve.slot is None:
            curve.slot = self.free_slot()
        curve.color = self.colour_of(curve)
        curve.restyle()
        self.curves[past_key] = curve
        self._relabel_legend()

    def remove(self, key: str) -> None:
        curve = self.curves.pop(key, None)
        if curve is not None:
            self._remove(curve)
            self._relabel_legend()

    def show_curve(self, key: str, shown: bool) -> None:
        """Show or hide a curve, as a click on its legend entry does."""
        curve = self.curves.get(key) or self.predictions.get(key)
        if curve is not None and curve.visible != shown:
            curve.sample.setVisible(shown)
            self.place_legend()

    def _remove(self, curve: Curve) -> None:
        self.view_box.removeItem(curve.item)

    def clear_past_runs(self) -> None:
        for key in [k for k, c in self.curves.items() if c.faint]:
            self._remove(self.curves.pop(key))
        self._relabel_legend()
        self.framing.forget_losses()
        for curve in self._all_curves():
            self._widen_to(curve)

    # Predictions

    def set_prediction(self, key: str, label: str, steps: np.ndarray, losses: np.ndarray,
                       slot: int | None = None, widen: bool = True) -> None:
        """Show a predicted curve through (steps, losses), in palette slot ``slot`` (a free one if None).

        ``widen``: stretch the y axis to show it all; a stroke being drawn leaves the axes
        as they are, so the plot does not move under the pointer.
        """
        curve = self.predictions.get(key)
        new = curve is None
        if curve is None:
            curve = PredictionCurve(label, "", self.line_width, faint=False)
            self.predictions[key] = curve
            self.view_box.addItem(curve.item, ignoreBounds=True)
        if new or (slot is not None and slot != curve.slot):
            curve.slot = self.free_slot() if slot is None else slot
            curve.color = self.colour_of(curve)
            curve.restyle()
        drawn_before = len(curve.points[0]) > 0
        curve.points = (np.asarray(steps, dtype=float), np.asarray(losses, dtype=float))
        if new or label != curve.label or drawn_before != (len(steps) > 0):
            curve.label = label
            self._relabel_legend()
        self._draw(curve)
        if widen:
            self._widen_to(curve)

    def label_predictions(self, labels: dict[str, str]) -> None:
        """New legend labels for predictions, by key: the legend is laid out once for them all (a few
        hundredths of a second each time)."""
        changed = False
        for key, label in labels.items():
            curve = self.predictions.get(key)
            if curve is not None and curve.label != label:
                curve.label, changed = label, True
        if changed:
            self._relabel_legend()

    def prediction_points(self, key: str | None) -> tuple[np.ndarray, np.ndarray]:
        """The steps and losses of prediction ``key`` as drawn (none if there is no such prediction)."""
        curve = self.predictions.get(key) if key is not None else None
        return curve.points if curve else (np.empty(0), np.empty(0))

    def remove_prediction(self, key: str) -> None:
        curve = self.predictions.pop(key, None)
        if curve is not None:
            self._remove(curve)
            self._relabel_legend()

    def expect_losses(self, low: float, high: float) -> None:
        """Let the y axis show losses from ``low`` to ``high`` at least: a prediction is drawn
        before the run, on an axis that already spans where the class expects the loss to go."""
        self.framing.widen(low, high, self.log_scale)

    def _all_curves(self) -> list[Curve]:
        return [*self.curves.values(), *self.predictions.values()]

    def colour_of(self, curve: Curve) -> str:
        if curve.own_color:
            return curve.own_color
        palette = self.theme.palette
        return self.theme.curve if curve.slot is None else palette[curve.slot % len(palette)]

    def free_slot(self) -> int:
        """The first palette slot that the fewest shown curves hold, then the fewest hidden
        ones: no two runs share a colour on screen while the palette lasts."""
        curves = self._all_curves()
        held = [curve.slot for curve in curves if curve.slot is not None]
        shown = [curve.slot for curve in curves if curve.slot is not None and curve.visible]
        return min(range(len(self.theme.palette)), key=lambda slot: (shown.count(slot), held.count(slot), slot))

    @property
    def past_runs(self) -> dict[str, Curve]:
        return {key: curve for key, curve in self.curves.items() if curve.faint}

    @property
    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """The steps and losses the live curve shows (decimated beyond a few thousand steps)."""
        return self.points_of(self.LIVE)

    def points_of(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        curve = self.curves.get(key)
        return curve.points if curve else (np.empty(0), np.empty(0))

    def _draw(self, curve: Curve) -> None:
        if isinstance(curve, PredictionCurve):
            curve.item.setPath(self.y_scale.path_of(*self.y_scale.simplified(*curve.points)))
        else:
            envelope = curve.envelope
            curve.item.setPath(curve.path.update(*curve.points, envelope.finished, envelope.rebuilds, self.log_scale))

    def _relabel_legend(self) -> None:
        """Live curves first, then predictions, then past runs, oldest first; hidden ones stay listed."""
        live = [curve for curve in self.curves.values() if not curve.faint]
        past = [curve for curve in self.curves.values() if curve.faint]
        drawn = [curve for curve in self.predictions.values() if len(curve.points[0])]
        ordered = [*live, *drawn, *past]
        self.legend.show_entries([(curve.sample, curve.label) for curve in ordered],
                                 wanted=len(ordered) > 1 or bool(past or drawn))
        self.place_legend()
        self.prepare()

    # View

    @property
    def log_scale(self) -> bool:
        """Whether the losses are drawn on the log scale (``set_log_scale`` changes it)."""
        return self.y_scale.log

    def set_log_scale(self, log: bool) -> None:
        shown = self.y_scale.shown_on(log)
        self.y_scale.log = log
        x_range = self.view_box.viewRange()[0]
        self.plot_item.setLogMode(x=False, y=log)  # the axis: ticks as powers of ten
        # pyqtgraph keeps the view's numbers, now read on the other scale (losses up to 10⁶ became a million
        # decades, each with its ticks), and turns on its autorange; the plot frames itself.
        self.view_box.disableAutoRange()
        self.view_box.setRange(xRange=x_range, yRange=shown, padding=0)
        axis = translate("LossPlot", "loss (log scale)") if log else translate("LossPlot", "loss")
        self.plot_item.setLabel("left", axis)
        for curve in self._all_curves():
            self._draw(curve)
        self.framing.frame_y(log, again=True)

    def follow(self) -> None:
        """Frame the whole run again after the user zoomed."""
        self.framing.follow(self.log_scale)

    def _stop_following(self, *_) -> None:
        self.following = False

    def mouseDoubleClickEvent(self, event) -> None:
        self.follow()
        event.accept()

    def keyPressEvent(self, event) -> None:
        """What the mouse does, by keys while the plot has the focus: + and - zoom, Shift and an arrow
        pan, 0 frames the run again (as a double-click does)."""
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        zoom = {Qt.Key.Key_Plus: 0.5, Qt.Key.Key_Equal: 0.5, Qt.Key.Key_Minus: 2.0}.get(key)
        pan = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1),
               Qt.Key.Key_Down: (0, -1)}.get(key) if shift else None
        if key == Qt.Key.Key_0:
            self.follow()
        elif zoom is not None:
            self.following = False
            self.view_box.scaleBy((zoom, zoom))
        elif pan is not None:
            self.following = False
            (x0, x1), (y0, y1) = self.view_box.viewRange()
            self.view_box.translateBy((pan[0] * (x1 - x0) / 10, pan[1] * (y1 - y0) / 10))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def place_legend(self, *_) -> None:
        """Move the legend off every point of the curves on show (live, past and predicted, and the line
        between them), the live curves' newest points by more: the painter calls this on its slow frames,
        not every frame."""
        if not self.legend.isVisible():
            return
        shown = [curve for curve in self._all_curves() if curve.visible]
        drawn = [points for points in (self.y_scale.pixels(*curve.points) for curve in shown) if len(points)]
        live = [self.y_scale.pixels(*curve.points) for curve in self.curves.values()
                if not curve.faint and curve.visible]
        newest = np.array([points[-1] for points in live if len(points)]).reshape(-1, 2)
        others = np.concatenate([np.concatenate([points, points_along(points, 200)]) for points in drawn]
                                or [np.empty((0, 2))])
        self.legend.settle(newest, others)

    def mark_divergence(self, step: int | None) -> None:
        """A dashed line at the step where the loss stopped being finite (None hides it)."""
        said = translate("LossPlot", "diverged at step {step}").format(step=whole(step)) if step is not None else ""
        self.divergence.place(step, said)

    def show_cursor(self, step: int | None, loss: float | None = None) -> None:
        """A line at ``step``, labelled with its loss, while a run is rewound (None hides it)."""
        if step is None:
            self.rewind_cursor.place(None)
            return
        said = (translate("LossPlot", "step {step}: loss {loss}") if loss is not None
                else translate("LossPlot", "step {step}"))
        self.rewind_cursor.place(step, said.format(step=whole(step), loss=number(loss or 0, 4)))
        self.prepare()

    def reset(self, run_length: int | None = None) -> None:
        """Empty the live curves (past runs stay) and frame a new run."""
        for key in [k for k, c in self.curves.items() if not c.faint]:
            self.remove(key)
        self.mark_divergence(None)
        self.framing.forget_losses()
        for curve in [*self.past_runs.values(), *self.predictions.values()]:
            self._widen_to(curve)
        self.following = True
        self.set_run_length(run_length or self.run_length)
        self.legend.move_to(FittedLegend.CORNERS[0])  # each run starts with the legend top right, inside
        self.place_legend()

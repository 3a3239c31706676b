"""The live loss curve: step against loss, log scale by default."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from .axes import FittingAxis
from .envelope import PeakEnvelope
from .live import LiveView, cosmetic_pen
from .theme import DARK, Theme, style_axes

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


class PowerOfTenAxis(FittingAxis):
    """Log-scale ticks written alike at every scale: 10⁻³, 2·10⁻³, ..., 10⁷.

    pyqtgraph writes 0.001 but 1e-05 style ticks side by side, which reads badly
    across the seven decades a loss falls through.
    """

    def logTickStrings(self, values, scale, spacing):
        strings = []
        for value in np.asarray(values, dtype=float) + np.log10(scale):
            exponent = int(np.floor(value + 1e-9))
            mantissa = round(10 ** (value - exponent))
            power = f"10{str(exponent).translate(_SUPERSCRIPT)}"
            strings.append(power if mantissa == 1 else f"{mantissa}·{power}")
        return strings


class Curve:
    """One series on the plot: a Qt path item, its envelope, and its legend sample."""

    def __init__(self, label: str, color: str, width: float, faint: bool):
        self.label, self.color, self.width, self.faint = label, color, width, faint
        self.item = QGraphicsPathItem()
        self.envelope = PeakEnvelope()
        self.points = (np.empty(0), np.empty(0))  # what it shows, in data units
        self.sample = pg.PlotDataItem()  # stands for it in the legend; clicking it toggles the curve
        self.sample.visibleChanged.connect(lambda: self.item.setVisible(self.sample.isVisible()))
        self.restyle()

    def restyle(self, width: float | None = None) -> None:
        self.width = width or self.width
        color = QColor(self.color)
        if self.faint:
            color.setAlpha(170)
        self.item.setPen(cosmetic_pen(color, self.width))
        self.item.setZValue(0 if self.faint else 1)
        self.sample.setPen(pg.mkPen(color, width=max(2.0, self.width)))

    @property
    def visible(self) -> bool:
        return self.sample.isVisible()


class LossPlot(LiveView, pg.PlotWidget):
    """Step against loss: live curves and past runs, drawn by Qt alone (see ``widgets.live``).

    The axes move as little as possible, which keeps every frame cheap and the
    picture calm: x spans the whole run from the start, and y only widens, by
    whole decades on the log scale, when the loss leaves it. A peak envelope
    updated with only the new steps keeps a million points cheap to redraw.
    Non-finite losses never reach a curve; on the log scale neither do zeros.
    Zooming with the mouse stops the following until a double-click or a new run.

    Curves are keyed: ``LIVE`` is the running variant (a race adds one per lane);
    ``keep`` turns a live curve into a faint past run, listed in the legend,
    where a click hides or shows it.
    """

    LIVE = "live"

    def __init__(self, parent=None, theme: Theme = DARK):
        super().__init__(parent, axisItems={"left": PowerOfTenAxis("left"), "bottom": FittingAxis("bottom")})
        self.curves: dict[str, Curve] = {}
        self._run_length = 1
        self._y_span: tuple[float, float] | None = None  # in data units
        self._y_target: tuple | None = None  # the y range last set
        self.following = True
        self.log_scale = True
        self.line_width = 1.0  # wider pens cost Qt ten times more for a jagged curve
        self.theme = theme
        self.setMenuEnabled(False)
        self.setLabel("bottom", "step")
        self.getPlotItem().hideButtons()
        for name in ("left", "bottom"):
            self.getAxis(name).enableAutoSIPrefix(False)  # "(x1e-12)" beside powers of ten misleads
        view = self.getViewBox()
        self.grid = QGraphicsPathItem()
        self.grid.setZValue(-10)
        view.addItem(self.grid, ignoreBounds=True)
        self.legend = pg.LegendItem(offset=(-10, 10), labelTextSize="10pt")
        self.legend.setParentItem(view)
        self.divergence = pg.InfiniteLine(angle=90, movable=False)
        self.divergence_label = pg.InfLineLabel(self.divergence, position=0.9, anchor=(1, 0))
        self.divergence.setVisible(False)
        view.addItem(self.divergence, ignoreBounds=True)
        view.sigRangeChanged.connect(self._draw_grid)
        view.sigRangeChangedManually.connect(self._stop_following)
        self.set_log_scale(True)
        self.apply_theme(theme)
        self.set_run_length(500)
        self.go_live()

    def apply_theme(self, theme: Theme, line_width: float | None = None, font_pt: int = 11) -> None:
        self.theme = theme
        self.line_width = line_width or self.line_width
        self.setBackground(theme.background)
        font = style_axes([self.getAxis(name) for name in ("left", "bottom")], theme, font_pt)
        self.grid.setPen(cosmetic_pen(theme.grid, 1))
        self.legend.setLabelTextColor(theme.foreground)
        self.legend.setLabelTextSize(f"{font_pt - 1}pt")
        self.legend.setBrush(pg.mkBrush(QColor(theme.background).lighter(130 if theme.name == "dark" else 97)))
        for curve in self.curves.values():
            curve.restyle(self.line_width)
        self.divergence.setPen(pg.mkPen(theme.warning, width=2, style=Qt.PenStyle.DashLine))
        self.divergence_label.setColor(theme.warning)
        self.divergence_label.setFont(font)
        self._relabel_legend()
        self.prepare()

    # Curves

    def set_run_length(self, steps: int) -> None:
        """The x axis spans the whole run, so the curve grows across a still frame."""
        self._run_length = max(1, steps)
        if self.following:
            self.setXRange(0, max(1, self._run_length - 1), padding=0.02)

    def set_losses(self, losses: np.ndarray, key: str = LIVE, label: str = "this run",
                   color: str | None = None, width: float | None = None) -> None:
        """Show ``losses[i]`` at step ``i``: the whole history so far, which only grows.

        ``width`` in pixels: races draw their lanes in decreasing widths, so curves
        that coincide show as nested stripes rather than hide one another.
        """
        curve = self.curves.get(key) or self._add(key, label, color or self.theme.curve, faint=False)
        if width is not None and width != curve.width:
            curve.restyle(width)
        if label != curve.label:
            curve.label = label
            self._relabel_legend()
        curve.points = curve.envelope.update(losses)
        self._draw(curve)
        self._widen_to(curve)

    def _widen_to(self, curve: Curve) -> None:
        y = curve.points[1]
        if self.log_scale:
            y = y[y > 0]  # zeros are not drawn on a log scale, so they do not stretch it
        if len(y):
            self._widen_y(float(y.min()), float(y.max()))

    def _add(self, key: str, label: str, color: str, faint: bool) -> Curve:
        curve = Curve(label, color, self.line_width, faint)
        self.curves[key] = curve
        self.getViewBox().addItem(curve.item, ignoreBounds=True)
        self._relabel_legend()
        return curve

    def keep(self, key: str, past_key: str, label: str, color: str) -> None:
        """Turn the live curve ``key`` into a faint past run under ``past_key``."""
        curve = self.curves.pop(key, None)
        if curve is None or not len(curve.points[0]):
            if curve is not None:
                self._remove(curve)
            return
        curve.label, curve.color, curve.faint = label, color, True
        curve.restyle()
        self.curves[past_key] = curve
        self._relabel_legend()

    def remove(self, key: str) -> None:
        curve = self.curves.pop(key, None)
        if curve is not None:
            self._remove(curve)
            self._relabel_legend()

    def _remove(self, curve: Curve) -> None:
        self.getViewBox().removeItem(curve.item)

    def clear_past_runs(self) -> None:
        for key in [k for k, c in self.curves.items() if c.faint]:
            self._remove(self.curves.pop(key))
        self._relabel_legend()
        self._y_span = None
        for curve in self.curves.values():
            self._widen_to(curve)

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
        curve.item.setPath(self.path_of(*curve.points))

    def path_of(self, x: np.ndarray, y: np.ndarray) -> QPainterPath:
        """A curve in view coordinates: on the log scale, log10 of the positive losses."""
        if self.log_scale:
            positive = y > 0
            x, y = x[positive], np.log10(y[positive])
        return pg.arrayToQPath(x, y) if len(x) else QPainterPath()

    def _relabel_legend(self) -> None:
        """Live curves first, then past runs, oldest first; hidden ones stay listed."""
        self.legend.clear()
        ordered = sorted(self.curves.values(), key=lambda c: c.faint)
        for curve in ordered:
            self.legend.addItem(curve.sample, html.escape(curve.label))
        self.legend.setVisible(len(ordered) > 1 or any(c.faint for c in ordered))
        self.prepare()

    def _widen_y(self, low: float, high: float) -> None:
        span = self._y_span
        if span is not None and span[0] <= low and high <= span[1]:
            return
        if span is not None:
            low, high = min(low, span[0]), max(high, span[1])
        self._y_span = (low, high)
        self._apply_y_span()

    def _apply_y_span(self) -> None:
        if self._y_span is None or not self.following:
            return
        low, high = self._y_span
        if self.log_scale:
            positive_low = low if low > 0 else max(high * 1e-12, 1e-300)
            # Whole decades, and downwards two at a time: a falling loss moves the axis
            # (and redraws it) every other decade, not at every one it crosses.
            bottom = 2 * math.floor(math.floor(math.log10(positive_low)) / 2) if high > 0 else 0
            top = math.ceil(math.log10(high)) if high > 0 else 1
            target = (bottom, max(top, bottom + 1), 0.02)
        else:
            target = (min(0.0, low), high * 1.05 if high > 0 else 1.0, 0.0)
        if target != self._y_target:  # moving the range redraws the axes: only when it changes
            self._y_target = target
            self.setYRange(*target[:2], padding=target[2])

    # View

    def set_log_scale(self, log: bool) -> None:
        self.log_scale = log
        self._y_target = None
        self.getPlotItem().setLogMode(x=False, y=log)  # the axis: ticks as powers of ten
        self.setLabel("left", "loss (log scale)" if log else "loss")
        for curve in self.curves.values():
            self._draw(curve)
        self._apply_y_span()

    def follow(self) -> None:
        """Frame the whole run again after the user zoomed."""
        self.following = True
        self._y_target = None
        self.set_run_length(self._run_length)
        self._apply_y_span()

    def _stop_following(self, *_) -> None:
        self.following = False

    def mouseDoubleClickEvent(self, event) -> None:
        self.follow()
        event.accept()

    def _draw_grid(self, *_) -> None:
        """Lines at the major ticks, one opaque path: pyqtgraph's own grid blends
        every line, major and minor, and cost more than all the rest of a frame."""
        (x0, x1), (y0, y1) = self.viewRange()
        xs = self._major_ticks("bottom", x0, x1, self.width())
        ys = self._major_ticks("left", y0, y1, self.height())
        x = np.concatenate([np.repeat(xs, 2), np.tile([x0, x1], len(ys))])
        y = np.concatenate([np.tile([y0, y1], len(xs)), np.repeat(ys, 2)])
        self.grid.setPath(pg.arrayToQPath(x, y, connect="pairs") if len(x) else QPainterPath())

    def _major_ticks(self, name: str, low: float, high: float, pixels: int) -> np.ndarray:
        levels = self.getAxis(name).tickValues(low, high, max(pixels, 1))
        return np.asarray(levels[0][1] if levels else [], dtype=float)

    def mark_divergence(self, step: int | None) -> None:
        """A dashed line at the step where the loss stopped being finite (None hides it)."""
        self.divergence.setVisible(step is not None)
        if step is not None:
            self.divergence.setValue(step)
            self.divergence_label.setFormat(f"diverged at step {step}")

    def reset(self, run_length: int | None = None) -> None:
        """Empty the live curves (past runs stay) and frame a new run."""
        for key in [k for k, c in self.curves.items() if not c.faint]:
            self.remove(key)
        self.mark_divergence(None)
        self._y_span = None
        for curve in self.past_runs.values():
            self._widen_to(curve)
        self.following = True
        self.set_run_length(run_length or self._run_length)

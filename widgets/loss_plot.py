"""The live loss curve: step against loss, log scale by default."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from .theme import DARK, Theme


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


class PowerOfTenAxis(pg.AxisItem):
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


class LossPlot(pg.PlotWidget):
    """One long-lived curve fed whole arrays with ``setData``.

    Peak downsampling keeps a million points cheap to redraw (about 5 ms against
    50 ms without). Non-finite losses never reach the curve: in log mode they
    would become gaps, and one NaN turns a whole downsampling bucket into NaN.
    """

    def __init__(self, parent=None, theme: Theme = DARK):
        super().__init__(parent, axisItems={"left": PowerOfTenAxis("left")})
        self._x = np.arange(0, dtype=float)
        self.setMenuEnabled(False)
        self.setLabel("bottom", "step")
        self.setLabel("left", "loss")
        self.showGrid(x=True, y=True, alpha=0.25)
        self.curve = self.plot(name="current run")
        self.curve.setDownsampling(auto=True, method="peak")
        self.divergence = pg.InfiniteLine(angle=90, movable=False)
        self.divergence_label = pg.InfLineLabel(self.divergence, position=0.9, anchor=(1, 0))
        self.divergence.setVisible(False)
        self.addItem(self.divergence, ignoreBounds=True)
        self.set_log_scale(True)
        self.apply_theme(theme)

    def apply_theme(self, theme: Theme, line_width: float = 2.5, font_pt: int = 11) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        font = QFont()
        font.setPointSize(font_pt)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(theme.foreground)
            axis.setTextPen(theme.foreground)
            axis.setTickFont(font)
            axis.label.setFont(font)
        self.curve.setPen(pg.mkPen(theme.curve, width=line_width))
        self.divergence.setPen(pg.mkPen(theme.warning, width=line_width, style=Qt.PenStyle.DashLine))
        self.divergence_label.setColor(theme.warning)
        self.divergence_label.setFont(font)

    def set_log_scale(self, log: bool) -> None:
        self.log_scale = log
        self.setLogMode(x=False, y=log)
        self.setLabel("left", "loss (log scale)" if log else "loss")

    def set_losses(self, losses: np.ndarray, first_step: int = 0) -> None:
        """Show ``losses[i]`` at step ``first_step + i``; non-finite values are dropped."""
        finite = np.isfinite(losses)
        if not finite.all():
            losses = losses[finite]
            x = np.flatnonzero(finite).astype(float) + first_step
        else:
            x = self._steps(len(losses), first_step)
        self.curve.setData(x, losses)

    def _steps(self, n: int, first_step: int) -> np.ndarray:
        """0..n-1 from a cache that grows by doubling, so a frame does not allocate."""
        if len(self._x) < n:
            self._x = np.arange(max(n, 2 * len(self._x)), dtype=float)
        x = self._x[:n]
        return x + first_step if first_step else x

    def mark_divergence(self, step: int | None) -> None:
        """A dashed line at the step where the loss stopped being finite (None hides it)."""
        self.divergence.setVisible(step is not None)
        if step is not None:
            self.divergence.setValue(step)
            self.divergence_label.setFormat(f"diverged at step {step}")

    def reset(self) -> None:
        self.curve.setData([], [])
        self.mark_divergence(None)
        self.enableAutoRange()

"""Decimation: a growing series drawn with a bounded number of points, and a drawn line with as few as look the same."""

from __future__ import annotations

import math

import numpy as np


class PeakEnvelope:
    """The min and max of each run of ``bucket`` consecutive values, kept up to date.

    pyqtgraph's own peak downsampling walks the whole series on every frame: a
    million losses cost tens of milliseconds, a log10 of each included. A
    training history only grows, so this keeps the points of whole buckets and
    folds in only what arrived since the last update. The bucket size is the
    smallest power of two that keeps at most ``max_buckets`` buckets; when it
    doubles, the envelope is rebuilt once (``rebuilds`` counts), so each value is
    visited about twice in all. Up to ``max_buckets`` values nothing is decimated.

    An update hands numpy only the values that arrived, a few hundred a frame at
    max pace: numpy lets the GIL go for arrays of more than 500 values, and on the
    window's thread each such release let the training thread take the GIL, and the
    window then waited to get it back, at a cost to the run (README, Performance).
    The points live in buffers allocated once: what ``update`` returns are views of
    them, good until the next update. The first ``finished`` of them stay as they
    are until the next rebuild; the last bucket's, unfinished, change as it fills.

    Non-finite values are left out, as the plots do.
    """

    def __init__(self, max_buckets: int = 1024):  # about one bucket per pixel of a wide plot
        self.max_buckets = max_buckets
        self._x = np.empty(2 * max_buckets + 2)
        self._y = np.empty(2 * max_buckets + 2)
        self.rebuilds = 0
        self.reset()

    def reset(self) -> None:
        self.bucket = 1
        self.finished = 0  # points that stay until the next rebuild
        self.rebuilds += 1
        self._seen = self._done = 0  # values updated with; of them, those in whole buckets
        self._low = self._high = math.nan  # the unfinished bucket's finite extremes so far

    def update(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """x and y to draw for ``values``, the whole series so far."""
        n = len(values)
        bucket = 1 << max(0, math.ceil(math.log2(n / self.max_buckets))) if n > self.max_buckets else 1
        if n < self._seen or bucket != self.bucket:  # a new series, or buckets twice as wide
            self.reset()
            self.bucket = bucket
        if bucket == 1:
            self._add_values(values[self._seen : n])
        else:
            self._add_buckets(values, n)
        self._seen = n
        count = self.finished
        if not math.isnan(self._low):  # the unfinished bucket: its extremes at its centre so far
            self._x[count : count + 2] = self._done + (n - self._done - 1) / 2
            self._y[count], self._y[count + 1] = self._low, self._high
            count += 2
        return self._x[:count], self._y[:count]

    def _add_values(self, new: np.ndarray) -> None:
        """Undecimated: each finite value is a point."""
        finite = np.isfinite(new)
        kept = new[finite]
        count, end = self.finished, self.finished + len(kept)
        self._x[count:end] = np.flatnonzero(finite) + self._seen
        self._y[count:end] = kept
        self.finished, self._done = end, self._seen + len(new)

    def _add_buckets(self, values: np.ndarray, n: int) -> None:
        bucket, done = self.bucket, self._done
        first_end = min(n, done + bucket)
        if first_end > self._seen:  # the unfinished bucket fills up
            self._fold(values[self._seen : first_end])
        if first_end - done < bucket:
            return
        self._finish(np.array([self._low]), np.array([self._high]), done // bucket)
        self._low = self._high = math.nan
        whole = n // bucket * bucket
        if whole > first_end:
            blocks = _finite_or_nan(values[first_end:whole]).reshape(-1, bucket)
            self._finish(np.fmin.reduce(blocks, axis=1), np.fmax.reduce(blocks, axis=1), first_end // bucket)
        self._done = whole
        if n > whole:
            self._fold(values[whole:n])

    def _fold(self, new: np.ndarray) -> None:
        """The unfinished bucket's extremes, with ``new`` values in it (NaN while none is finite)."""
        finite = _finite_or_nan(new)
        self._low = float(np.fmin(self._low, np.fmin.reduce(finite)))
        self._high = float(np.fmax(self._high, np.fmax.reduce(finite)))

    def _finish(self, lows: np.ndarray, highs: np.ndarray, first: int) -> None:
        """Whole buckets from number ``first`` on: two points each, at its centre; none for a bucket with no
        finite value."""
        drawn = np.isfinite(lows)
        centres = (np.flatnonzero(drawn) + first + 0.5) * self.bucket - 0.5
        count, end = self.finished, self.finished + 2 * len(centres)
        self._x[count:end:2] = self._x[count + 1 : end : 2] = centres
        self._y[count:end:2], self._y[count + 1 : end : 2] = lows[drawn], highs[drawn]
        self.finished = end


def _finite_or_nan(values: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(values), values, np.nan)


def simplified(points: np.ndarray, tolerance: float) -> np.ndarray:
    """The indices of the points (rows of x, y) a line through them needs to stay within ``tolerance``
    of them all: Ramer, Douglas and Peucker's simplification. A hand-drawn prediction has a point a
    pixel; a few dozen draw it to within half a pixel, and Qt paints a dashed line point by point."""
    count = len(points)
    keep = np.zeros(count, dtype=bool)
    keep[[0, -1] if count else []] = True
    spans = [(0, count - 1)]
    while spans:
        first, last = spans.pop()
        if last - first < 2:
            continue
        chord = points[last] - points[first]
        offsets = points[first + 1 : last] - points[first]
        along = np.clip(offsets @ chord / max(float(chord @ chord), 1e-300), 0.0, 1.0)  # the nearest point of the chord
        away = offsets - along[:, None] * chord
        distances = np.hypot(away[:, 0], away[:, 1])
        farthest = int(np.argmax(distances))
        if distances[farthest] > tolerance:
            middle = first + 1 + farthest
            keep[middle] = True
            spans += [(first, middle), (middle, last)]
    return np.flatnonzero(keep)

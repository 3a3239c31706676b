"""Decimation: a growing series drawn with a bounded number of points, and a drawn line with as few as look the same."""

from __future__ import annotations

import warnings

import numpy as np


class PeakEnvelope:
    """The min and max of each run of ``bucket`` consecutive values, kept up to date.

    pyqtgraph's own peak downsampling walks the whole series on every frame: a
    million losses cost tens of milliseconds, a log10 of each included. A
    training history only grows, so this keeps the envelope of whole buckets and
    folds in only what arrived since the last frame. The bucket size is the
    smallest power of two that keeps at most ``max_buckets`` buckets; when it
    doubles, the envelope is rebuilt once, so each value is visited about twice
    in all. Up to ``max_buckets`` values nothing is decimated.

    Non-finite values are left out, as the plots do.
    """

    def __init__(self, max_buckets: int = 1024):  # about one bucket per pixel of a wide plot
        self.max_buckets = max_buckets
        self.reset()

    def reset(self) -> None:
        self.bucket = 1
        self._mins = self._maxs = np.empty(0)
        self._seen = 0

    def update(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """x and y to draw for ``values``, the whole series so far."""
        n = len(values)
        if n < self._seen:  # a new series
            self.reset()
        self._seen = n
        if n <= self.max_buckets:
            return _finite_points(values, 0)
        bucket = 1 << max(0, int(np.ceil(np.log2(n / self.max_buckets))))
        if bucket != self.bucket:
            self.bucket, self._mins, self._maxs = bucket, np.empty(0), np.empty(0)
        done = len(self._mins) * bucket
        whole = n // bucket * bucket
        if whole > done:
            blocks = values[done:whole].reshape(-1, bucket)
            blocks = np.where(np.isfinite(blocks), blocks, np.nan)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # an all-NaN bucket is simply not drawn
                self._mins = np.concatenate([self._mins, np.nanmin(blocks, axis=1)])
                self._maxs = np.concatenate([self._maxs, np.nanmax(blocks, axis=1)])
        return self._points(values[whole:], whole)

    def _points(self, tail: np.ndarray, tail_start: int) -> tuple[np.ndarray, np.ndarray]:
        """Two points per bucket (its min and max at its centre); the unfinished
        last bucket, too, so a frame never draws more than max_buckets + 1 of them."""
        mins, maxs = self._mins, self._maxs
        finite_tail = tail[np.isfinite(tail)]
        if len(finite_tail):
            mins = np.append(mins, finite_tail.min())
            maxs = np.append(maxs, finite_tail.max())
        count = len(mins)
        x = np.repeat((np.arange(count) + 0.5) * self.bucket - 0.5, 2)
        if len(finite_tail):
            x[-2:] = tail_start + (len(tail) - 1) / 2
        y = np.empty(2 * count)
        y[0::2], y[1::2] = mins, maxs
        keep = np.isfinite(y)
        return x[keep], y[keep]


def _finite_points(values: np.ndarray, start: int) -> tuple[np.ndarray, np.ndarray]:
    finite = np.isfinite(values)
    if finite.all():
        return np.arange(start, start + len(values), dtype=float), values
    return np.flatnonzero(finite).astype(float) + start, values[finite]


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

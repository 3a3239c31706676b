"""A growing curve's path, made from its new points only, is the path through all its points drawn afresh."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.curve_path import GrowingPath
from widgets.envelope import PeakEnvelope


def path_points(path) -> np.ndarray:
    return np.array([(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]).reshape(-1, 2)


def drawn_afresh(x: np.ndarray, y: np.ndarray, log: bool) -> np.ndarray:
    """The points a curve draws, from all its points at once: on a log scale, log10 of the positive ones."""
    if log:
        x, y = x[y > 0], np.log10(y[y > 0])
    return np.column_stack([x, y]) if len(x) > 1 else np.empty((0, 2))


losses = st.lists(st.one_of(st.floats(-1.0, 1e4), st.sampled_from([0.0, np.nan, np.inf, -np.inf])),
                  min_size=1, max_size=900)


@settings(max_examples=60, deadline=None)
@given(losses, st.lists(st.integers(1, 300), min_size=1, max_size=12), st.booleans())
def test_a_growing_curve_draws_what_drawing_it_afresh_draws(values, chunks, log):
    values = np.array(values)
    envelope, path = PeakEnvelope(max_buckets=16), GrowingPath()
    end = 0
    for chunk in chunks + [len(values)]:
        end = min(len(values), end + chunk)
        x, y = envelope.update(values[:end])
        drawn = path.update(x, y, envelope.finished, envelope.rebuilds, log)
        expected = drawn_afresh(x, y, log)
        np.testing.assert_allclose(path_points(drawn), expected, rtol=1e-12)
        shown = y[y > 0] if log else y
        assert path.extent == ((shown.min(), shown.max()) if len(shown) else None)


def test_a_new_scale_draws_every_point_again():
    envelope, path = PeakEnvelope(max_buckets=8), GrowingPath()
    x, y = envelope.update(np.geomspace(1e3, 1e-2, 100))
    path.update(x, y, envelope.finished, envelope.rebuilds, log=True)
    linear = path.update(x, y, envelope.finished, envelope.rebuilds, log=False)
    np.testing.assert_allclose(path_points(linear), drawn_afresh(x, y, log=False))
    assert path.extent == (y.min(), y.max())


@pytest.mark.parametrize("log", [True, False])
def test_a_shorter_series_starts_the_path_over(log):
    envelope, path = PeakEnvelope(max_buckets=8), GrowingPath()
    for series in (np.linspace(5, 1, 300), np.array([4.0, 3.0, 2.0])):
        x, y = envelope.update(series)
        drawn = path.update(x, y, envelope.finished, envelope.rebuilds, log)
    np.testing.assert_allclose(path_points(drawn), drawn_afresh(np.arange(3.0), np.array([4.0, 3.0, 2.0]), log))

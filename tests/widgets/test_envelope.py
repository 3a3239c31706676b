"""Peak decimation kept up to date as a series grows."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.envelope import PeakEnvelope, simplified


def test_short_series_are_drawn_as_they_are():
    envelope = PeakEnvelope(max_buckets=100)
    values = np.linspace(5, 1, 80)
    x, y = envelope.update(values)
    np.testing.assert_array_equal(x, np.arange(80))
    np.testing.assert_array_equal(y, values)


@pytest.mark.parametrize("chunks", [[10**5], [7, 500, 20_000, 100_000], list(range(1000, 100_001, 997)) + [10**5]])
def test_growing_in_any_chunks_gives_the_envelope_of_the_whole(chunks):
    values = np.random.default_rng(1).lognormal(size=10**5)
    envelope = PeakEnvelope(max_buckets=256)
    for end in chunks:
        x, y = envelope.update(values[:end])
    bucket = envelope.bucket
    assert bucket == 512 and len(x) <= 2 * (256 + 1)
    whole = 10**5 // bucket * bucket
    blocks = values[:whole].reshape(-1, bucket)
    np.testing.assert_array_equal(y[0 : 2 * len(blocks) : 2], blocks.min(axis=1))
    np.testing.assert_array_equal(y[1 : 2 * len(blocks) : 2], blocks.max(axis=1))
    np.testing.assert_array_equal(y[2 * len(blocks) :], [values[whole:].min(), values[whole:].max()])
    assert y.max() == values.max() and y.min() == values.min()
    assert np.all(np.diff(x) >= 0)  # drawn left to right


def test_non_finite_values_are_left_out():
    values = np.array([3.0, np.nan, 2.0, np.inf, 1.0])
    x, y = PeakEnvelope(max_buckets=10).update(values)
    np.testing.assert_array_equal(x, [0, 2, 4])
    np.testing.assert_array_equal(y, [3.0, 2.0, 1.0])
    x, y = PeakEnvelope(max_buckets=2).update(np.array([1.0, np.nan, np.nan, np.nan, 5.0, 4.0]))
    assert np.isfinite(y).all() and set(y) == {1.0, 4.0, 5.0}


def test_a_shorter_series_starts_over():
    envelope = PeakEnvelope(max_buckets=4)
    envelope.update(np.arange(100.0))
    x, y = envelope.update(np.array([9.0, 8.0]))
    np.testing.assert_array_equal(y, [9.0, 8.0])


# A drawn line simplified


def distance_to_line(point, points):
    """The distance from ``point`` to the polyline through ``points``."""
    best = np.inf
    for a, b in zip(points[:-1], points[1:]):
        chord = b - a
        t = np.clip(np.dot(point - a, chord) / max(np.dot(chord, chord), 1e-300), 0, 1)
        best = min(best, np.hypot(*(point - (a + t * chord))))
    return best if len(points) > 1 else np.hypot(*(point - points[0]))


def test_a_straight_line_is_its_ends_and_a_corner_stays():
    line = np.column_stack([np.arange(100.0), 2 * np.arange(100.0)])
    np.testing.assert_array_equal(simplified(line, 0.5), [0, 99])
    corner = np.column_stack([np.arange(21.0), np.abs(np.arange(21.0) - 10)])
    np.testing.assert_array_equal(simplified(corner, 0.5), [0, 10, 20])
    assert simplified(np.empty((0, 2)), 0.5).tolist() == [] and simplified(np.zeros((1, 2)), 0.5).tolist() == [0]
    there_and_back = np.array([[0.0, 0.0], [20.0, 0.0], [5.0, 0.0]])  # on one line, but the line turns back
    np.testing.assert_array_equal(simplified(there_and_back, 0.5), [0, 1, 2])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(-1e3, 1e3), st.floats(-1e3, 1e3)), min_size=1, max_size=60),
       st.floats(0.1, 5))
def test_every_point_left_out_lies_within_the_tolerance_of_the_line_kept(points, tolerance):
    points = np.array(points)
    kept = simplified(points, tolerance)
    assert kept[0] == 0 and kept[-1] == len(points) - 1 and np.all(np.diff(kept) > 0)
    assert all(distance_to_line(point, points[kept]) <= tolerance * (1 + 1e-9) + 1e-9 for point in points)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.floats(-1e3, 1e3), st.sampled_from([np.nan, np.inf, -np.inf])), min_size=1, max_size=700),
       st.lists(st.integers(1, 200), min_size=1, max_size=10))
def test_updating_as_it_grows_gives_what_one_update_gives_and_finished_points_stay(values, chunks):
    values = np.array(values)
    growing, end, before = PeakEnvelope(max_buckets=16), 0, None
    for chunk in chunks + [len(values)]:
        end = min(len(values), end + chunk)
        rebuilds = growing.rebuilds
        x, y = (points.copy() for points in growing.update(values[:end]))
        if before is not None and growing.rebuilds == rebuilds:  # the points finished before are as they were
            np.testing.assert_array_equal(x[: before[2]], before[0][: before[2]])
            np.testing.assert_array_equal(y[: before[2]], before[1][: before[2]])
        before = (x, y, growing.finished)
        at_once_x, at_once_y = PeakEnvelope(max_buckets=16).update(values[:end])
        np.testing.assert_array_equal(x, at_once_x)
        np.testing.assert_array_equal(y, at_once_y)
    assert np.isfinite(y).all() and len(x) <= 2 * 16 + 2

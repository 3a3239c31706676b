"""The depth strip: one column per step while they fit, shares per run of steps beyond."""

import numpy as np

from widgets.depth_trace import DepthTrace


def test_each_step_lights_the_row_of_its_depth(qtbot):
    trace = DepthTrace(max_columns=4096)
    qtbot.addWidget(trace)
    trace.resize(2000, 300)
    depths = np.array([0, 3, 1, 2, 2, 0], dtype=np.int8)
    trace.set_depths(depths)
    assert trace.bucket == 1
    np.testing.assert_array_equal(trace.columns, np.eye(4)[depths])


def test_a_long_run_folds_into_shares_as_it_grows(qtbot):
    trace = DepthTrace(max_columns=64)
    qtbot.addWidget(trace)
    trace.resize(2000, 300)
    depths = np.random.default_rng(0).integers(0, 4, 10_000).astype(np.int8)
    for end in (100, 1000, 4000, 10_000):  # as steps arrive
        trace.set_depths(depths[:end])
    assert trace.bucket == 256 and len(trace.columns) <= 64
    whole = 10_000 // 256 * 256
    expected = np.stack([(depths[:whole].reshape(-1, 256) == d).mean(axis=1) for d in range(4)], axis=1)
    np.testing.assert_allclose(trace.columns[: len(expected)], expected)
    np.testing.assert_allclose(trace.columns.sum(axis=1), 1)


def test_reset_empties_it(qtbot):
    trace = DepthTrace()
    qtbot.addWidget(trace)
    trace.set_depths(np.array([1, 2], dtype=np.int8))
    trace.reset()
    assert len(trace.depths) == 0 and len(trace.columns) == 0

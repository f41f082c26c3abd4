"""TimeSeriesRing: wrap-around order, overflow, missing values and vectorised speed."""

from __future__ import annotations

import time

import numpy as np
import pytest

from widgets.ring_buffer import TimeSeriesRing


def test_empty_ring() -> None:
    ring = TimeSeriesRing(4)
    t, v, q = ring.arrays()
    assert len(ring) == 0
    assert t.size == v.size == q.size == 0
    assert ring.last() is None


def test_wraps_and_stays_ordered() -> None:
    ring = TimeSeriesRing(5)
    ring.append_many([1, 2, 3], [10, 20, 30], [0, 0, 1])
    ring.append_many([4, 5, 6, 7], [40, 50, 60, 70], [0, 2, 0, 0])
    t, v, q = ring.arrays()
    assert len(ring) == 5
    assert t.tolist() == [3, 4, 5, 6, 7]
    assert v.tolist() == [30, 40, 50, 60, 70]
    assert q.tolist() == [1, 0, 2, 0, 0]
    assert t.dtype == np.float64 and v.dtype == np.float64 and q.dtype == np.uint8
    ring.append_many([8], [80], [0])
    assert ring.arrays()[0].tolist() == [4, 5, 6, 7, 8]
    assert ring.last() == (8.0, 80.0, 0)


def test_many_small_appends_wrap_repeatedly() -> None:
    ring = TimeSeriesRing(7)
    for start in range(0, 50, 3):
        ts = np.arange(start, start + 3, dtype=float)
        ring.append_many(ts, ts * 2, np.zeros(3, dtype=np.uint8))
    t, v, _ = ring.arrays()
    assert t.tolist() == list(range(44, 51))
    assert np.array_equal(v, t * 2)


def test_batch_larger_than_capacity_keeps_newest() -> None:
    ring = TimeSeriesRing(4)
    ring.append_many([0], [0], [0])
    ring.append_many(np.arange(10.0), np.arange(10.0), np.zeros(10))
    assert ring.arrays()[0].tolist() == [6, 7, 8, 9]
    ring.append_many([10], [10], [0])
    assert ring.arrays()[0].tolist() == [7, 8, 9, 10]


def test_none_becomes_nan() -> None:
    ring = TimeSeriesRing(3)
    ring.append_many([1.0, 2.0], [None, 5.0], [1, 0])
    v = ring.arrays()[1]
    assert np.isnan(v[0])
    assert v[1] == 5.0


def test_arrays_are_copies() -> None:
    ring = TimeSeriesRing(3)
    ring.append_many([1, 2], [1, 2], [0, 0])
    t, v, _ = ring.arrays()
    t[:] = -1
    v[:] = -1
    assert ring.arrays()[0].tolist() == [1, 2]
    assert ring.arrays()[1].tolist() == [1, 2]


def test_clear_and_reuse() -> None:
    ring = TimeSeriesRing(3)
    ring.append_many([1, 2, 3, 4], [1, 2, 3, 4], [0, 0, 0, 0])
    ring.clear()
    assert len(ring) == 0
    ring.append_many([9], [9], [0])
    assert ring.arrays()[0].tolist() == [9]


def test_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        TimeSeriesRing(0)
    ring = TimeSeriesRing(3)
    with pytest.raises(ValueError):
        ring.append_many([1, 2], [1], [0, 0])
    ring.append_many([], [], [])
    assert len(ring) == 0


def test_large_batches_are_vectorised() -> None:
    """200 batches of 10k points: a per-point Python loop would take seconds, slices take ms."""
    ring = TimeSeriesRing(100_000)
    t = np.arange(10_000, dtype=np.float64)
    v = np.ones(10_000)
    q = np.zeros(10_000, dtype=np.uint8)
    started = time.perf_counter()
    for i in range(200):
        ring.append_many(t + i * 10_000, v, q)
    elapsed = time.perf_counter() - started
    assert len(ring) == 100_000
    assert ring.arrays()[0][0] == 1_900_000
    assert elapsed < 1.0

"""Counter deltas: resets, rollovers, meter replacements, implausible jumps — and incrementality."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.consumption import (
    FLAG_IMPLAUSIBLE,
    FLAG_REPLACEMENT,
    FLAG_RESET,
    FLAG_ROLLOVER,
    HISTORY_POINTS,
    CounterSpec,
    MeterReplacement,
    counter_deltas,
    flag_names,
)
from tests.storage.reference import reference_deltas

PLAIN = CounterSpec()


def deltas(points, spec=PLAIN, replacements=()):
    ts = np.array([t for t, _ in points], np.int64)
    values = np.array([v for _, v in points], np.float64)
    result = counter_deltas(ts, values, spec, replacements=replacements)
    return [
        None if math.isnan(a) else (a, f)
        for a, f in zip(result.amount.tolist(), result.flags.tolist(), strict=True)
    ]


def steady(n: int, rate: float = 1.0, start: float = 100.0, step_ms: int = 1000):
    return [(i * step_ms, start + rate * i) for i in range(n)]


def test_rises_are_differences_and_the_first_reading_has_none() -> None:
    assert deltas([(0, 5.0), (1000, 7.5), (2000, 7.5)]) == [None, (2.5, 0), (0.0, 0)]


def test_a_reboot_counts_from_zero_never_negative_nor_a_spike() -> None:
    points = [*steady(10), (10_000, 3.0), (11_000, 4.0)]
    result = deltas(points)
    assert result[10] == (3.0, FLAG_RESET)
    assert result[11] == (1.0, 0)
    assert all(d is None or d[0] >= 0 for d in result)


def test_rollover_near_the_top_wraps_instead_of_resetting() -> None:
    spec = CounterSpec(rollover=1000.0)
    result = deltas([(0, 990.0), (1000, 998.0), (2000, 4.0)], spec)
    assert result[2] == (6.0, FLAG_ROLLOVER)
    # the same fall from the middle of the range is a reset
    assert deltas([(0, 500.0), (1000, 4.0)], spec)[1] == (4.0, FLAG_RESET)


def test_meter_replacement_bridges_old_final_and_new_start() -> None:
    swap = MeterReplacement(ts_ms=1500, old_final=1010.0, new_start=2.0)
    result = deltas([(0, 1000.0), (1000, 1005.0), (2000, 7.0), (3000, 9.0)], replacements=[swap])
    assert result[2] == (5.0 + 5.0, FLAG_REPLACEMENT)
    assert result[3] == (2.0, 0)


def test_a_misread_and_the_fall_back_are_both_excluded_and_flagged() -> None:
    points = [*steady(20), (20_000, 1e9), (21_000, 121.0), (22_000, 122.0)]
    result = deltas(points)
    assert result[20] == (0.0, FLAG_IMPLAUSIBLE)
    assert result[21] == (0.0, FLAG_RESET | FLAG_IMPLAUSIBLE)
    assert result[22] == (1.0, 0)
    assert flag_names(FLAG_RESET | FLAG_IMPLAUSIBLE) == ["reset", "implausible"]


def test_a_lasting_change_of_load_is_accepted_after_half_a_window() -> None:
    points = steady(40)
    points += [(40_000 + 1000 * i, points[-1][1] + 50.0 * (i + 1)) for i in range(40)]
    result = deltas(points)
    excluded = [i for i, d in enumerate(result) if d and d[1] & FLAG_IMPLAUSIBLE]
    assert excluded and len(excluded) <= 16
    assert result[-1] == (50.0, 0)


def test_a_configured_max_rate_replaces_the_median_rule() -> None:
    spec = CounterSpec(max_rate=2.0)
    result = deltas([(0, 0.0), (1000, 1.5), (2000, 4.0), (4000, 7.0)], spec)
    assert result[1:] == [(1.5, 0), (0.0, FLAG_IMPLAUSIBLE), (3.0, 0)]


@st.composite
def counter_series(draw):
    """A counter with rises, idle stretches, reboots, wraps, misreads and meter swaps."""
    rollover = draw(st.sampled_from([None, 1000.0, 50.0]))
    n = draw(st.integers(1, 120))
    t, v = 0, draw(st.floats(0, 40).map(lambda x: round(x, 2)))
    points = []
    for _ in range(n):
        t += draw(st.sampled_from([1, 500, 1000, 1000, 1000, 3000, 60_000]))
        event = draw(st.sampled_from(["rise"] * 8 + ["idle", "reset", "glitch", "wrap"]))
        if event == "rise":
            v += draw(st.sampled_from([0.25, 0.5, 1.0, 1.5, 4.0]))
        elif event == "reset":
            v = draw(st.sampled_from([0.0, 0.5, 3.0]))
        elif event == "glitch":
            v = v * draw(st.sampled_from([1000.0, 0.5]))
        elif event == "wrap" and rollover:
            v = (v + 3.0) % rollover
        if rollover:
            v = v % rollover
        points.append((t, round(v, 4)))
    swaps = []
    for ts in draw(st.lists(st.integers(0, t + 1000), max_size=3, unique=True)):
        swaps.append(MeterReplacement(ts, draw(st.sampled_from([5.0, 30.0])), 0.5))
    max_rate = draw(st.sampled_from([None, None, 2.0]))
    return points, CounterSpec(rollover=rollover, max_rate=max_rate), swaps


@settings(max_examples=150, deadline=None)
@given(counter_series())
def test_matches_the_brute_force_reference(series) -> None:
    points, spec, swaps = series
    assert deltas(points, spec, swaps) == reference_deltas(points, spec, swaps)


@settings(max_examples=100, deadline=None)
@given(counter_series(), st.data())
def test_starting_anywhere_with_enough_history_gives_the_same_deltas(series, data) -> None:
    points, spec, swaps = series
    split = data.draw(st.integers(0, len(points)))
    ts = np.array([t for t, _ in points], np.int64)
    values = np.array([v for _, v in points], np.float64)
    whole = counter_deltas(ts, values, spec, replacements=swaps)
    start = max(0, split - HISTORY_POINTS)
    tail = counter_deltas(
        ts[split:],
        values[split:],
        spec,
        history_ts=ts[start:split],
        history_values=values[start:split],
        replacements=swaps,
    )
    np.testing.assert_array_equal(tail.amount, whole.amount[split:])
    np.testing.assert_array_equal(tail.flags, whole.flags[split:])


def test_long_series_are_computed_in_bounded_blocks() -> None:
    n = 2_000_000
    ts = np.arange(n, dtype=np.int64) * 1000
    values = np.cumsum(np.full(n, 0.5))
    result = counter_deltas(ts, values, CounterSpec())
    assert np.nansum(result.amount) == values[-1] - values[0]

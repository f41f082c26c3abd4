"""Consumption from cumulative counters: interval deltas that survive resets, rollovers, meter
replacements and misreads.

Energy, water and gas meters report a running total; reports need the amount used between two
readings. The plain difference gives the classic dashboard failures: a meter reboot shows as a
huge negative spike (or, clamped, a huge positive one), a rollover as a drop, one misread
register as a year's consumption in a second. For two consecutive valid readings (t0, v0) and
(t1, v1) of one tag the delta is:

- rise (v1 ≥ v0): v1 − v0;
- rollover, a fall from the top 10 % of the counter's range (`rollover`, the value at which it
  wraps to 0) into the bottom 10 %: rollover − v0 + v1;
- reset, any other fall (a reboot, a cleared register): the new value counted from zero, v1
  (never below 0);
- meter replacement, an explicit event at t0 < ts ≤ t1 with the old meter's final and the new
  meter's start reading: (old_final − v0) + (v1 − new_start), each part at least 0;
- implausible, a delta above max_rate × dt: replaced by 0 and flagged. max_rate is the tag's own
  setting (units per second) or, without one, `rate_factor` (10) × the median rate of the rising
  intervals among the RATE_WINDOW intervals before this one (once there are MIN_RATE_SAMPLES).
  The window keeps excluded rises too, so a lasting change of load is accepted after about half
  a window, while a one-off misread — and the fall back from it, a "reset" whose value counted
  from zero is just as implausible — is excluded.

A delta belongs to the later reading: over a data gap the whole amount lands where readings
resume, because nothing says when it was used; the gap itself shows as missing data.

Each delta depends only on the two readings and the HISTORY_POINTS valid readings before the
later one, so a computation that starts anywhere with that much history gives exactly the result
of one over the whole series. That is what lets storage maintain consumption incrementally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from numpy.typing import NDArray

FLAG_RESET: Final = 1
FLAG_ROLLOVER: Final = 2
FLAG_IMPLAUSIBLE: Final = 4
"""A delta was excluded as implausible: the statistic is lower than the meter's difference."""
FLAG_MANUAL: Final = 8
"""A manual or corrected value lies inside (set by storage for any tag, not only counters)."""
FLAG_REPLACEMENT: Final = 16

FLAG_NAMES: Final = {
    FLAG_RESET: "reset",
    FLAG_ROLLOVER: "rollover",
    FLAG_IMPLAUSIBLE: "implausible",
    FLAG_MANUAL: "manual",
    FLAG_REPLACEMENT: "replacement",
}

RATE_WINDOW: Final = 30
"""Intervals before a delta whose rising rates define "normal" for the implausibility check."""
HISTORY_POINTS: Final = RATE_WINDOW + 1
"""Valid readings before the first new one that make an incremental computation exact."""
MIN_RATE_SAMPLES: Final = 5
DEFAULT_RATE_FACTOR: Final = 10.0
ROLLOVER_MARGIN: Final = 0.1
_BLOCK = 100_000
"""Intervals per block of the median computation: bounds memory to ~25 MB for any series."""


def flag_names(flags: int) -> list[str]:
    return [name for bit, name in FLAG_NAMES.items() if flags & bit]


@dataclass(frozen=True)
class CounterSpec:
    rollover: float | None = None
    """The value at which the counter wraps to 0 (uint32 × 0.01 → 42949672.96); None: never."""
    max_rate: float | None = None
    """Largest plausible rate, units per second; None: `rate_factor` × the recent median."""
    rate_factor: float = DEFAULT_RATE_FACTOR


@dataclass(frozen=True, order=True)
class MeterReplacement:
    """A meter swapped at `ts_ms`: the old one's last reading and the new one's first."""

    ts_ms: int
    old_final: float
    new_start: float


@dataclass(frozen=True)
class Deltas:
    amount: NDArray[np.float64]
    """Per reading: the amount used since the previous valid reading; NaN for the first one."""
    flags: NDArray[np.int64]


def counter_deltas(
    ts: NDArray[np.int64],
    values: NDArray[np.float64],
    spec: CounterSpec,
    *,
    history_ts: NDArray[np.int64] | None = None,
    history_values: NDArray[np.float64] | None = None,
    replacements: Sequence[MeterReplacement] = (),
) -> Deltas:
    """Deltas of valid readings `ts`/`values` (ascending, unique times).

    `history_*` are the valid readings just before (ascending; HISTORY_POINTS of them make the
    result independent of where the computation starts).
    """
    h_ts = np.zeros(0, np.int64) if history_ts is None else np.asarray(history_ts, np.int64)
    h_v = np.zeros(0) if history_values is None else np.asarray(history_values, np.float64)
    all_ts = np.concatenate([h_ts, np.asarray(ts, np.int64)])
    all_v = np.concatenate([h_v, np.asarray(values, np.float64)])
    amount = np.full(len(all_ts), np.nan)
    flags = np.zeros(len(all_ts), np.int64)
    if len(all_ts) >= 2:
        amount[1:], flags[1:] = _interval_deltas(all_ts, all_v, spec, sorted(replacements))
    return Deltas(amount[len(h_ts) :], flags[len(h_ts) :])


def _interval_deltas(
    t: NDArray[np.int64],
    v: NDArray[np.float64],
    spec: CounterSpec,
    replacements: list[MeterReplacement],
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    t0, t1, v0, v1 = t[:-1], t[1:], v[:-1], v[1:]
    dt = (t1 - t0) / 1000.0
    rise = v1 - v0
    amount = rise.copy()
    flags = np.zeros(len(rise), np.int64)
    fall = rise < 0
    rollover = spec.rollover if spec.rollover and spec.rollover > 0 else None
    if rollover is not None:
        wrap = fall & (v0 >= rollover * (1 - ROLLOVER_MARGIN)) & (v1 <= rollover * ROLLOVER_MARGIN)
        amount[wrap] = (rollover - v0 + v1)[wrap]
        flags[wrap] = FLAG_ROLLOVER
    else:
        wrap = np.zeros(len(rise), bool)
    reset = fall & ~wrap
    amount[reset] = np.maximum(v1[reset], 0.0)
    flags[reset] = FLAG_RESET
    bridged = np.zeros(len(rise), bool)
    if replacements:
        times = np.array([r.ts_ms for r in replacements], np.int64)
        first = np.searchsorted(times, t0, side="right")
        last = np.searchsorted(times, t1, side="right")
        for k in np.flatnonzero(last > first):
            amount[k] = _bridge(float(v0[k]), float(v1[k]), replacements[first[k] : last[k]])
            flags[k] = FLAG_REPLACEMENT
            bridged[k] = True
    rates = np.where(~fall & ~bridged & (rise > 0), rise / dt, np.nan)
    if spec.max_rate is not None:
        limit = np.full(len(rise), float(spec.max_rate))
    else:
        limit = spec.rate_factor * _recent_median(rates)
    implausible = amount > limit * dt  # NaN limits compare False: no check yet
    amount[implausible] = 0.0
    flags[implausible] |= FLAG_IMPLAUSIBLE
    return amount, flags


def _bridge(v0: float, v1: float, replacements: Sequence[MeterReplacement]) -> float:
    """Old meter up to its final reading, each meter in between, the new one from its start."""
    total = max(0.0, replacements[0].old_final - v0)
    for before, after in pairwise(replacements):
        total += max(0.0, after.old_final - before.new_start)
    return total + max(0.0, v1 - replacements[-1].new_start)


def _recent_median(rates: NDArray[np.float64]) -> NDArray[np.float64]:
    """For interval k, the median of the non-NaN rates of intervals k−RATE_WINDOW … k−1.

    NaN where fewer than MIN_RATE_SAMPLES of them are rises. Computed in blocks so a year of
    one-second readings does not build a gigabyte of windows.
    """
    padded = np.concatenate([np.full(RATE_WINDOW, np.nan), rates])
    windows = sliding_window_view(padded, RATE_WINDOW)
    out = np.full(len(rates), np.nan)
    for start in range(0, len(rates), _BLOCK):
        block = windows[start : min(start + _BLOCK, len(rates))]
        counts = RATE_WINDOW - np.isnan(block).sum(axis=1)
        ordered = np.sort(block, axis=1)  # NaN sorts last
        low = np.maximum((counts - 1) // 2, 0)[:, None]
        high = np.minimum(counts // 2, RATE_WINDOW - 1)[:, None]
        middle = (
            np.take_along_axis(ordered, low, axis=1) + np.take_along_axis(ordered, high, axis=1)
        )[:, 0] / 2
        out[start : start + len(block)] = np.where(counts >= MIN_RATE_SAMPLES, middle, np.nan)
    return out

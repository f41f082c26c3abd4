"""Data-quality rules of the key energy-consumer online monitoring (重点用能单位能耗在线监测):
completeness ≥ 90 % per tag per day and month, daily totals consistent with the monthly total
within 5 %, and the gaps that explain a shortfall. Pure: the figures come from rollups."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

COMPLETENESS_RULE = 0.90
TOTALS_RULE = 0.05
MINUTE_MS = 60_000


@dataclass(frozen=True)
class Completeness:
    expected: int
    valid: int

    @property
    def fraction(self) -> float | None:
        """Share of the expected samples that are valid; None when nothing was expected."""
        if self.expected <= 0:
            return None
        return min(1.0, self.valid / self.expected)

    @property
    def meets_rule(self) -> bool | None:
        fraction = self.fraction
        return None if fraction is None else fraction >= COMPLETENESS_RULE


def expected_samples(period_ms: int, interval_s: float) -> int:
    """How many polls a period should hold at the tag's poll interval."""
    if interval_s <= 0:
        raise ValueError("poll interval must be positive")
    return int(period_ms / 1000 / interval_s)


def combine(parts: Iterable[Completeness]) -> Completeness:
    items = list(parts)
    return Completeness(sum(p.expected for p in items), sum(p.valid for p in items))


@dataclass(frozen=True)
class Gap:
    start_ms: int
    end_ms: int

    @property
    def minutes(self) -> float:
        return (self.end_ms - self.start_ms) / MINUTE_MS


def gaps_from_minutes(
    minutes_with_data: Sequence[int], start_ms: int, end_ms: int, min_minutes: int = 1
) -> list[Gap]:
    """Periods of at least `min_minutes` whole minutes in [start, end) with no valid reading.

    `minutes_with_data` are the bucket starts (UTC ms) of the minute rollups that hold a valid
    value; any minute between them that is absent is missing data.
    """
    first = start_ms - start_ms % MINUTE_MS
    present = sorted({m for m in minutes_with_data if first <= m < end_ms})
    gaps: list[Gap] = []
    cursor = first
    for minute in [*present, _ceil_minute(end_ms)]:
        if minute - cursor >= min_minutes * MINUTE_MS:
            gaps.append(Gap(max(cursor, start_ms), min(minute, end_ms)))
        cursor = max(cursor, minute + MINUTE_MS)
    return gaps


def _ceil_minute(ms: int) -> int:
    return -(-ms // MINUTE_MS) * MINUTE_MS


@dataclass(frozen=True)
class TotalsCheck:
    daily_sum: float
    monthly_total: float
    days_missing: int

    @property
    def difference(self) -> float | None:
        """|Σ daily − monthly| relative to the monthly total; None when it cannot be judged."""
        if self.monthly_total == 0:
            return None if self.daily_sum == 0 else 1.0
        return abs(self.daily_sum - self.monthly_total) / abs(self.monthly_total)

    @property
    def meets_rule(self) -> bool | None:
        difference = self.difference
        return None if difference is None else difference <= TOTALS_RULE


def check_totals(daily_totals: Sequence[float | None], monthly_total: float) -> TotalsCheck:
    """Compare the month's daily totals with its total read from the counter at its boundaries.

    A day without a total counts as missing (never as zero): it is reported, and the sum of the
    days that exist is what is compared.
    """
    known = [d for d in daily_totals if d is not None]
    return TotalsCheck(sum(known), monthly_total, len(daily_totals) - len(known))

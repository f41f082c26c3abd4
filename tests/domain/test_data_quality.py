from __future__ import annotations

import pytest

from domain.data_quality import (
    MINUTE_MS,
    Completeness,
    Gap,
    check_totals,
    combine,
    expected_samples,
    gaps_from_minutes,
)

DAY_MS = 86_400_000


def test_completeness_against_the_90_percent_rule() -> None:
    day = Completeness(expected_samples(DAY_MS, 1.0), 80_000)
    assert day.expected == 86_400
    assert day.fraction == pytest.approx(0.9259, abs=1e-4) and day.meets_rule
    assert Completeness(86_400, 70_000).meets_rule is False
    assert Completeness(0, 0).fraction is None and Completeness(0, 0).meets_rule is None
    month = combine([Completeness(100, 100), Completeness(100, 70)])
    assert month.fraction == pytest.approx(0.85)


def test_gaps_are_whole_missing_minutes() -> None:
    start = 1_000 * MINUTE_MS
    present = [start + i * MINUTE_MS for i in (0, 1, 2, 6, 7, 9)]
    gaps = gaps_from_minutes(present, start, start + 10 * MINUTE_MS)
    assert gaps == [
        Gap(start + 3 * MINUTE_MS, start + 6 * MINUTE_MS),
        Gap(start + 8 * MINUTE_MS, start + 9 * MINUTE_MS),
    ]
    assert gaps[0].minutes == 3
    assert gaps_from_minutes(present, start, start + 10 * MINUTE_MS, min_minutes=2) == gaps[:1]


def test_no_data_at_all_is_one_gap() -> None:
    start = 5 * MINUTE_MS
    assert gaps_from_minutes([], start, start + 60 * MINUTE_MS) == [
        Gap(start, start + 60 * MINUTE_MS)
    ]


def test_totals_within_five_percent() -> None:
    assert check_totals([100.0] * 30, 3_100.0).meets_rule is True
    off = check_totals([100.0] * 30, 3_300.0)
    assert off.meets_rule is False and off.difference == pytest.approx(0.0909, abs=1e-4)
    missing = check_totals([100.0, None, 100.0], 300.0)
    assert missing.days_missing == 1 and missing.daily_sum == 200.0
    assert check_totals([], 0.0).difference is None

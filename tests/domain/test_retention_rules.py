"""Retention settings: raw readings stay at least 90 days, sizes are positive and finite."""

from __future__ import annotations

import math

import pytest

from domain.retention_rules import RAW_MAX_DAYS, RAW_MIN_DAYS, retention_problems


def test_defaults_and_keep_all_pass() -> None:
    assert retention_problems(1096, None, 5.0) == []
    assert retention_problems(None, None, None) == []
    assert retention_problems(RAW_MIN_DAYS, 0.5, 0.1) == []
    assert retention_problems(RAW_MAX_DAYS, 2000.0, None) == []


@pytest.mark.parametrize(
    ("raw_days", "code", "detail"),
    [
        (RAW_MIN_DAYS - 1, "raw_days_too_short", "90"),
        (0, "raw_days_too_short", "90"),
        (-5, "raw_days_too_short", "90"),
        (RAW_MAX_DAYS + 1, "raw_days_too_long", "36500"),
    ],
)
def test_raw_days_out_of_range(raw_days: int, code: str, detail: str) -> None:
    [problem] = retention_problems(raw_days, None, None)
    assert (problem.field, problem.code, problem.detail) == ("raw_days", code, detail)


@pytest.mark.parametrize("size", [0.0, -1.0, math.nan, math.inf, -math.inf])
def test_sizes_must_be_positive_and_finite(size: float) -> None:
    fields = [(p.field, p.code) for p in retention_problems(365, size, size)]
    assert fields == [("max_database_gb", "bad_size"), ("min_free_disk_gb", "bad_size")]


def test_every_problem_is_reported() -> None:
    codes = [p.code for p in retention_problems(30, -1.0, None)]
    assert codes == ["raw_days_too_short", "bad_size"]

"""What makes a raw-data retention setting acceptable, as codes the UI translates.

Raw readings are the evidence behind every rollup: a correction or a meter replacement
recomputes rollups from them, and audits of recent months look at them. So retention may shorten
their life only down to `RAW_MIN_DAYS`; minute, hour and day rollups are kept regardless.
The policy object itself lives in `storage.retention`; these rules take plain values, so a form
can check what the user typed before anything is written.
"""

from __future__ import annotations

import math

from domain.instrument_rules import Problem

RAW_MIN_DAYS = 90
"""Corrections happen within weeks; quarterly reports and recent audits need the detail."""

RAW_MAX_DAYS = 36_500
"""A hundred years: longer is a typing slip; "keep all" (None) says it on purpose."""


def retention_problems(
    raw_days: int | None,
    max_database_gb: float | None,
    min_free_disk_gb: float | None,
) -> list[Problem]:
    """Problems with a retention setting; None means "keep all", "no limit", "no check"."""
    problems: list[Problem] = []
    if raw_days is not None:
        if raw_days < RAW_MIN_DAYS:
            problems.append(Problem("raw_days", "raw_days_too_short", str(RAW_MIN_DAYS)))
        elif raw_days > RAW_MAX_DAYS:
            problems.append(Problem("raw_days", "raw_days_too_long", str(RAW_MAX_DAYS)))
    for field, value in (
        ("max_database_gb", max_database_gb),
        ("min_free_disk_gb", min_free_disk_gb),
    ):
        if value is not None and not (math.isfinite(value) and value > 0):
            problems.append(Problem(field, "bad_size", str(value)))
    return problems

"""PDCA review rules: which KPI results count as met or missed, when a review may be closed,
and the periods a review covers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.reviews import (
    Outcome,
    ResultLine,
    ReviewCounts,
    close_problems,
    counts,
    needs_cause,
    outcome,
    period_problem,
    previous_period,
    quarter_name,
    quarter_of,
    split_problem,
)


@pytest.mark.parametrize(
    ("status", "value", "expected"),
    [
        ("achieved", 1.0, Outcome.MET),
        ("on_track", 1.0, Outcome.MET),
        ("at_risk", 1.0, Outcome.MISSED),
        ("missed", 1.0, Outcome.MISSED),
        ("no_data", None, Outcome.NO_DATA),
        ("at_risk", None, Outcome.NO_DATA),
        ("at_risk", float("nan"), Outcome.NO_DATA),
        ("", 1.0, Outcome.NO_TARGET),
        ("", None, Outcome.NO_TARGET),
    ],
)
def test_a_result_is_met_missed_without_data_or_without_target(status, value, expected) -> None:
    assert outcome(status, value) is expected


def test_counts_add_up_to_every_kpi() -> None:
    lines = [
        ResultLine("a", "achieved", 1.0),
        ResultLine("b", "on_track", 2.0),
        ResultLine("c", "at_risk", 3.0),
        ResultLine("d", "no_data", None),
        ResultLine("e", "", 4.0),
    ]
    assert counts(lines) == ReviewCounts(met=2, missed=1, no_data=1, no_target=1)
    assert counts(lines).total == 5
    assert counts([]) == ReviewCounts(0, 0, 0, 0)


def test_only_a_missed_kpi_needs_a_cause() -> None:
    assert needs_cause(ResultLine("a", "at_risk", 3.0))
    assert needs_cause(ResultLine("a", "missed", 3.0))
    assert not needs_cause(ResultLine("a", "on_track", 3.0))
    assert not needs_cause(ResultLine("a", "at_risk", None))


def test_closing_needs_causes_for_missed_kpis_and_checks_of_previous_actions() -> None:
    lines = [
        ResultLine("energy", "at_risk", 3.0),
        ResultLine("water", "missed", 2.0, cause="  "),
        ResultLine("cod", "at_risk", 1.0, cause="valve leak"),
        ResultLine("so2", "on_track", 1.0),
    ]
    checks = [("act-1", None), ("act-2", "effective"), ("act-3", "open"), ("act-4", "")]
    assert close_problems(lines, checks) == [
        "cause_missing:energy",
        "cause_missing:water",
        "unchecked_action:act-1",
        "unchecked_action:act-4",
    ]
    assert split_problem("cause_missing:emission.cod") == ("cause_missing", "emission.cod")


def test_a_review_with_causes_and_checked_actions_can_be_closed() -> None:
    lines = [ResultLine("energy", "at_risk", 3.0, "steam trap"), ResultLine("x", "", None)]
    assert close_problems(lines, [("a", "not_effective")]) == []
    assert close_problems([], []) == []


@pytest.mark.parametrize(
    ("day", "first", "last"),
    [
        (date(2026, 1, 1), date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 5, 20), date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 9, 30), date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 12, 31), date(2026, 10, 1), date(2026, 12, 31)),
    ],
)
def test_quarter_of_a_day(day, first, last) -> None:
    assert quarter_of(day) == (first, last)


def test_quarter_names_only_whole_quarters() -> None:
    assert quarter_name(date(2026, 4, 1), date(2026, 6, 30)) == "2026 Q2"
    assert quarter_name(date(2026, 4, 1), date(2026, 5, 19)) is None


@pytest.mark.parametrize(
    ("first", "last", "previous"),
    [
        # quarters and months step back by calendar months, not by days
        (date(2026, 4, 1), date(2026, 6, 30), (date(2026, 1, 1), date(2026, 3, 31))),
        (date(2026, 1, 1), date(2026, 3, 31), (date(2025, 10, 1), date(2025, 12, 31))),
        (date(2026, 3, 1), date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),
        (date(2026, 1, 1), date(2026, 12, 31), (date(2025, 1, 1), date(2025, 12, 31))),
        # anything else by its length in days
        (date(2026, 4, 1), date(2026, 5, 19), (date(2026, 2, 11), date(2026, 3, 31))),
        (date(2026, 3, 10), date(2026, 3, 10), (date(2026, 3, 9), date(2026, 3, 9))),
    ],
)
def test_previous_period_of_the_same_length(first, last, previous) -> None:
    assert previous_period(first, last) == previous


@given(st.dates(min_value=date(1900, 3, 1)), st.integers(min_value=0, max_value=800))
def test_previous_period_ends_the_day_before_and_never_overlaps(first, days) -> None:
    last = date.fromordinal(min(first.toordinal() + days, date.max.toordinal()))
    before_first, before_last = previous_period(first, last)
    assert before_last.toordinal() == first.toordinal() - 1
    assert before_first <= before_last


def test_a_reversed_period_is_refused() -> None:
    assert period_problem(date(2026, 2, 1), date(2026, 1, 1)) == "period_reversed"
    assert period_problem(date(2026, 1, 1), date(2026, 1, 1)) is None
    with pytest.raises(ValueError, match="period_reversed"):
        previous_period(date(2026, 2, 1), date(2026, 1, 1))

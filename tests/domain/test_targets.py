"""SMART targets: % changes, validation, the planned path and each state of the assessment."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.targets import (
    Target,
    TargetError,
    assess,
    planned_value,
    target_value_from_change,
    validate_target,
)

START = date(2024, 1, 1)
DEADLINE = date(2024, 12, 31)  # 365 days after the start
LOWER = Target(
    kpi_code="sec_steam",
    baseline_value=100.0,
    target_value=90.0,
    start=START,
    deadline=DEADLINE,
    better="lower",
    department="Utilities",
    person="Wang Fang",
)
HIGHER = replace(LOWER, kpi_code="water_reuse", baseline_value=50.0, target_value=60.0)
HIGHER = replace(HIGHER, better="higher")


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def on_plan(target: Target, *offsets: int) -> list[tuple[date, float | None]]:
    return [(day(o), planned_value(target, day(o))) for o in offsets]


def codes(problems):
    return [(p.field, p.code) for p in problems]


# --- target value from a % change ------------------------------------------------------------


def test_percent_change_lower_is_better():
    assert target_value_from_change(100.0, -8.0) == pytest.approx(92.0)


def test_percent_change_higher_is_better():
    assert target_value_from_change(40.0, 5.0) == pytest.approx(42.0)


@pytest.mark.parametrize(
    ("baseline", "change", "code"),
    [
        (0.0, -8.0, "zero_baseline_for_percent"),
        (math.nan, -8.0, "baseline_not_finite"),
        (100.0, math.inf, "change_not_finite"),
    ],
)
def test_percent_change_errors(baseline, change, code):
    with pytest.raises(TargetError) as error:
        target_value_from_change(baseline, change)
    assert error.value.code == code


# --- validation ------------------------------------------------------------------------------


def test_valid_targets_have_no_problems():
    assert validate_target(LOWER) == []
    assert validate_target(HIGHER, percent_change=20.0) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"deadline": date(2023, 12, 1)}, ("deadline", "deadline_before_start")),
        ({"deadline": START}, ("deadline", "deadline_on_start")),
        ({"target_value": 105.0}, ("target_value", "target_not_better")),
        ({"target_value": 100.0}, ("target_value", "target_not_better")),
        ({"baseline_value": math.nan}, ("baseline_value", "baseline_not_finite")),
        ({"target_value": math.inf}, ("target_value", "target_not_finite")),
        ({"kpi_code": "  "}, ("kpi_code", "kpi_required")),
        ({"better": "sideways"}, ("better", "bad_better")),
        ({"department": "", "person": " "}, ("person", "responsible_required")),
    ],
)
def test_validation_codes(changes, expected):
    assert codes(validate_target(replace(LOWER, **changes))) == [expected]


def test_higher_is_better_target_below_baseline_is_not_better():
    problems = validate_target(replace(HIGHER, target_value=45.0))
    assert codes(problems) == [("target_value", "target_not_better")]


def test_zero_baseline_only_matters_for_a_percent_target():
    target = replace(LOWER, baseline_value=0.0, target_value=-1.0)
    assert validate_target(target) == []
    assert codes(validate_target(target, percent_change=-8.0)) == [
        ("baseline_value", "zero_baseline_for_percent")
    ]


# --- planned path ----------------------------------------------------------------------------


def test_planned_path():
    assert planned_value(LOWER, START - timedelta(days=30)) == 100.0
    assert planned_value(LOWER, START) == 100.0
    assert planned_value(LOWER, day(73)) == pytest.approx(98.0)  # 73/365 = 1/5 of the way
    assert planned_value(LOWER, day(365)) == 90.0
    assert planned_value(LOWER, DEADLINE) == 90.0
    assert planned_value(LOWER, DEADLINE + timedelta(days=100)) == 90.0
    assert planned_value(HIGHER, day(73)) == pytest.approx(52.0)


# --- assessment ------------------------------------------------------------------------------


def test_no_data():
    observations = [(day(10), None), (day(40), math.nan)]
    for given_observations in ([], observations):
        status = assess(LOWER, given_observations, day(60))
        assert status.state == "no_data"
        assert status.reason == "no_observations"
        assert status.latest_value is None
        assert status.progress_percent is None
        assert status.planned_now == pytest.approx(planned_value(LOWER, day(60)))


def test_achieved_at_deadline_judged_on_the_last_value_up_to_it():
    observations = [(day(300), 93.0), (day(335), 89.0), (day(380), 95.0)]
    status = assess(LOWER, observations, date(2025, 2, 1))
    assert (status.state, status.reason) == ("achieved", "met_at_deadline")
    assert status.latest_value == 95.0  # after the deadline: reported, not judged
    assert status.planned_now == 90.0


def test_missed_at_deadline():
    status = assess(LOWER, [(day(300), 89.0), (day(335), 93.0)], date(2025, 1, 15))
    assert (status.state, status.reason) == ("missed", "not_met_at_deadline")
    assert status.progress_percent == pytest.approx(70.0)


def test_deadline_day_itself_is_still_running():
    status = assess(LOWER, on_plan(LOWER, 31, 60, 91), DEADLINE)
    assert status.state == "on_track"


def test_achieved_early_needs_recent_values_to_meet_the_target():
    observations = [(day(150), 89.5), (day(180), 88.0)]
    status = assess(LOWER, observations, day(190))
    assert (status.state, status.reason) == ("achieved", "met_early")
    status = assess(LOWER, [(day(150), 91.0), (day(180), 88.0)], day(190))
    assert status.state != "achieved"
    status = assess(LOWER, [(day(150), 91.0), (day(180), 88.0)], day(190), confirm=1)
    assert status.state == "achieved"


def test_on_track_along_the_plan():
    status = assess(LOWER, on_plan(LOWER, 31, 60, 91, 121, 152), day(160))
    assert (status.state, status.reason) == ("on_track", "trend_meets_target")
    assert status.forecast_at_deadline == pytest.approx(90.0)
    assert status.latest_date == day(152)
    assert status.progress_percent == pytest.approx(100 * 152 / 365)


def test_on_track_higher_is_better():
    status = assess(HIGHER, on_plan(HIGHER, 31, 60, 91), day(100))
    assert (status.state, status.reason) == ("on_track", "trend_meets_target")


SLOW = [(day(30), 99.0), (day(60), 98.5), (day(90), 98.0)]


def test_at_risk_when_the_trend_misses_the_target():
    status = assess(LOWER, SLOW, day(100))
    assert (status.state, status.reason) == ("at_risk", "trend_misses_target")
    # −0.5 per 30 days through 98.5 at day 60: 98.5 − 305/60 at day 365
    assert status.forecast_at_deadline == pytest.approx(98.5 - 305 / 60)


def test_at_risk_when_behind_plan_though_the_trend_looks_good():
    # A deep early dip pulls the trend down, but the latest value has bounced back to 98
    # while the plan for its day is 100 − 10·160/365 ≈ 95.6 (97.6 with the 2 % tolerance).
    observations = [(day(0), 100.0), (day(150), 60.0), (day(160), 98.0)]
    status = assess(LOWER, observations, day(165))
    assert (status.state, status.reason) == ("at_risk", "behind_plan")
    assert status.forecast_at_deadline is not None
    assert status.forecast_at_deadline < 90.0


def test_tolerance_decides_a_close_call():
    # Forecast 93.42 against 90 + tolerance × 100.
    assert assess(LOWER, SLOW, day(100), tolerance=0.03).state == "at_risk"
    assert assess(LOWER, SLOW, day(100), tolerance=0.04).state == "on_track"


def test_with_few_points_the_latest_value_is_the_forecast():
    status = assess(LOWER, [(day(31), 99.0), (day(60), 91.5)], day(70))
    assert (status.state, status.reason) == ("on_track", "few_points_latest_meets_target")
    assert status.forecast_at_deadline == 91.5
    status = assess(LOWER, [(day(60), 95.0)], day(70))
    assert (status.state, status.reason) == ("at_risk", "few_points_latest_misses_target")


def test_points_before_the_start_do_not_make_a_trend():
    observations = [(day(-60), 99.0), (day(-30), 98.0), (day(20), 97.0)]
    status = assess(LOWER, observations, day(30))
    assert status.reason.startswith("few_points")


def test_before_the_start():
    status = assess(LOWER, [(day(-30), 101.0)], day(-10))
    assert (status.state, status.reason) == ("on_track", "not_started")
    status = assess(LOWER, [(day(-30), 105.0)], day(-10))
    assert (status.state, status.reason) == ("at_risk", "not_started_worse_than_baseline")


def test_missing_values_are_skipped_not_zero():
    # As zeros, the two gaps would meet the target (0 ≤ 90) and read as achieved early.
    observations = [*on_plan(LOWER, 31, 60, 91), (day(100), None), (day(110), None)]
    status = assess(LOWER, observations, day(120))
    assert (status.state, status.reason) == ("on_track", "trend_meets_target")
    assert status.latest_date == day(91)
    assert status.latest_value == pytest.approx(planned_value(LOWER, day(91)))


def test_observations_after_today_are_ignored():
    observations = [(day(31), 99.0), (day(60), 95.0), (day(200), 80.0)]
    status = assess(LOWER, observations, day(70))
    assert status.latest_date == day(60)
    assert status.state == "at_risk"


def test_unsorted_observations():
    observations = list(reversed(on_plan(LOWER, 31, 60, 91)))
    assert assess(LOWER, observations, day(100)).latest_date == day(91)


@pytest.mark.parametrize(("latest", "progress"), [(95.0, 50.0), (105.0, -50.0), (85.0, 150.0)])
def test_progress_percent(latest, progress):
    status = assess(LOWER, [(day(60), latest)], day(70))
    assert status.progress_percent == pytest.approx(progress)


def test_progress_undefined_when_target_equals_baseline():
    target = replace(LOWER, target_value=100.0)
    assert assess(target, [(day(60), 95.0)], day(70)).progress_percent is None


finite = st.floats(allow_nan=False, allow_infinity=False)
targets = st.builds(
    Target,
    kpi_code=st.just("kpi"),
    baseline_value=finite,
    target_value=finite,
    start=st.dates(),
    deadline=st.dates(),
    better=st.sampled_from(["lower", "higher"]),
)


@given(
    target=targets,
    observations=st.lists(st.tuples(st.dates(), st.none() | finite), max_size=20),
    today=st.dates(),
    tolerance=st.floats(0, 1),
)
def test_assess_never_raises(target, observations, today, tolerance):
    status = assess(target, observations, today, tolerance=tolerance)
    assert status.state in ("no_data", "achieved", "missed", "on_track", "at_risk")
    assert (status.state == "no_data") == (status.latest_value is None)

"""Supplier rules: credential validity around its window, grades at their bounds, the score
trend, and the green-procurement ratio by amount (never silently 0 without purchases)."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.suppliers import (
    CATEGORY_LABELS,
    CP_AUDIT_LABELS,
    CREDENTIAL_LABELS,
    CredentialKind,
    Grade,
    Trend,
    Validity,
    amount_problem,
    credential_dates_problem,
    credential_label,
    credential_validity,
    days_left,
    grade,
    green_procurement_ratio,
    nearest_expiry,
    needs_renewal,
    score_problem,
    score_trend,
)

TODAY = date(2026, 3, 15)


def test_every_kind_category_and_audit_status_has_both_labels() -> None:
    for labels in (CREDENTIAL_LABELS, CATEGORY_LABELS, CP_AUDIT_LABELS):
        assert all(zh and en and zh != en for zh, en in labels.values())
    assert credential_label(CredentialKind.ISO14001, True) == "ISO 14001 环境管理体系认证"
    assert credential_label(CredentialKind.CHINA_ENVIRONMENTAL_LABEL, True) == "中国环境标志(十环)"
    assert credential_label(CredentialKind.CP_AUDIT, False) == "Cleaner-production audit"


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (-1, Validity.EXPIRED),
        (0, Validity.EXPIRING),  # the last valid day
        (60, Validity.EXPIRING),
        (61, Validity.VALID),
    ],
)
def test_validity_around_the_default_window(offset: int, expected: Validity) -> None:
    assert credential_validity(TODAY + timedelta(days=offset), TODAY) is expected


def test_validity_with_a_window_of_its_own_and_without_a_date() -> None:
    assert credential_validity(TODAY + timedelta(days=31), TODAY, within_days=30) is Validity.VALID
    assert credential_validity(TODAY + timedelta(days=30), TODAY, 30) is Validity.EXPIRING
    assert credential_validity(None, TODAY) is Validity.NO_DATE
    assert days_left(date(2026, 3, 10), TODAY) == -5 and days_left(None, TODAY) is None
    assert needs_renewal(date(2026, 1, 1), TODAY) and not needs_renewal(None, TODAY)
    assert not needs_renewal(date(2027, 1, 1), TODAY)


def test_the_nearest_expiry_ignores_credentials_without_a_date() -> None:
    assert nearest_expiry([None, date(2027, 1, 1), date(2026, 5, 1)]) == date(2026, 5, 1)
    assert nearest_expiry([None]) is None and nearest_expiry([]) is None


def test_dates_must_not_run_backwards() -> None:
    assert credential_dates_problem(date(2026, 1, 2), date(2026, 1, 1)) == "dates_reversed"
    assert credential_dates_problem(date(2026, 1, 1), date(2026, 1, 1)) is None
    assert credential_dates_problem(None, date(2026, 1, 1)) is None


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (100, Grade.A),
        (90, Grade.A),
        (89.99, Grade.B),
        (75, Grade.B),
        (74.9, Grade.C),
        (60, Grade.C),
        (59.9, Grade.D),
        (0, Grade.D),
    ],
)
def test_grade_bounds_belong_to_the_higher_grade(score: float, expected: Grade) -> None:
    assert grade(score) is expected


def test_scores_are_0_to_100_and_finite() -> None:
    assert score_problem(0) is None and score_problem(100) is None
    assert score_problem(-0.1) == "score_out_of_range"
    assert score_problem(100.5) == "score_out_of_range"
    assert score_problem(math.nan) == "not_finite"


def test_trend_compares_the_latest_score_with_the_one_before() -> None:
    assert score_trend([]) is Trend.NONE and score_trend([80]) is Trend.NONE
    assert score_trend([70, 90, 85]) is Trend.DOWN
    assert score_trend([90, 70, 85]) is Trend.UP
    assert score_trend([85, 85]) is Trend.FLAT


def test_amounts_must_be_positive_and_finite() -> None:
    assert amount_problem(0.01) is None
    assert amount_problem(0) == "amount_not_positive"
    assert amount_problem(-5) == "amount_not_positive"
    assert amount_problem(math.inf) == "not_finite"


def test_green_ratio_weighs_by_amount_not_by_count() -> None:
    # 3 purchases: 60 000 元 certified, 30 000 + 10 000 元 not → 60 %; by count it would be 33 %
    ratio = green_procurement_ratio([(60_000.0, True), (30_000.0, False), (10_000.0, False)])
    assert ratio.value == pytest.approx(60.0)
    assert (ratio.green_cny, ratio.total_cny) == (60_000.0, 100_000.0)
    assert (ratio.purchases, ratio.green_purchases, ratio.reason) == (3, 1, "")


def test_no_purchases_means_no_ratio_with_a_reason() -> None:
    ratio = green_procurement_ratio([])
    assert ratio.value is None and ratio.reason == "no_purchases"
    assert green_procurement_ratio([(1.0, False)]).value == 0.0  # bought, none green: a real 0


@given(st.lists(st.tuples(st.floats(0.01, 1e9), st.booleans()), min_size=1, max_size=30))
def test_the_ratio_is_a_percentage_of_the_total(purchases: list[tuple[float, bool]]) -> None:
    ratio = green_procurement_ratio(purchases)
    assert ratio.value is not None and 0.0 <= ratio.value <= 100.0 + 1e-9
    assert ratio.total_cny == pytest.approx(sum(a for a, _ in purchases))
    if all(green for _, green in purchases):
        assert ratio.value == pytest.approx(100.0)

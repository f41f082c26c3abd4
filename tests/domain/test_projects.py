"""Option classes, states and money categories: the steps allowed, the checks, the figures."""

from __future__ import annotations

from datetime import date

import pytest

from domain.projects import (
    CATEGORIES,
    LABELS,
    TRANSITIONS,
    AmountKind,
    CostClass,
    ProjectStatus,
    SourceKind,
    amount_problem,
    cumulative_discounted,
    label,
    option_figures,
    project_problems,
    transition_problem,
)
from domain.roi import evaluate_option

TODAY = date(2026, 5, 20)


def test_every_code_has_a_chinese_and_an_english_label() -> None:
    codes = [*CostClass, *SourceKind, *ProjectStatus, *AmountKind]
    codes += [c for names in CATEGORIES.values() for c in names]
    for code in codes:
        assert LABELS[code].zh and LABELS[code].en and LABELS[code].zh != LABELS[code].en
    assert label("low") == "无/低费" and label("high", chinese=False) == "Medium/high cost"
    assert label("discharge_fees") == "排污费/环保税" and label("consulting") == "咨询/审核"
    assert label("no_such_code") == "no_such_code"


def test_the_categories_of_each_kind() -> None:
    assert CATEGORIES[AmountKind.INVESTMENT] == (
        "equipment",
        "installation",
        "process_change",
        "consulting",
        "training",
        "software",
    )
    assert CATEGORIES[AmountKind.SAVING] == (
        "energy",
        "water",
        "materials",
        "discharge_fees",
        "avoided_fines",
    )
    assert CATEGORIES[AmountKind.REVENUE] == ("recovered_materials", "waste_heat", "subsidies")


def test_the_life_of_an_option() -> None:
    proposed, approved = ProjectStatus.PROPOSED, ProjectStatus.APPROVED
    implementing, implemented = ProjectStatus.IMPLEMENTING, ProjectStatus.IMPLEMENTED
    dropped = ProjectStatus.DROPPED
    assert transition_problem(proposed, approved) is None
    assert transition_problem(approved, implementing) is None
    assert transition_problem(implementing, implemented, TODAY, TODAY) is None
    assert transition_problem(approved, implemented, TODAY, TODAY) is None  # a low-cost option
    assert transition_problem(proposed, implemented, TODAY, TODAY) == "not_allowed"
    assert transition_problem(proposed, dropped) is None
    assert transition_problem(dropped, proposed) is None
    assert TRANSITIONS[implemented] == ()  # the date savings are judged from must not move
    assert transition_problem(implemented, dropped) == "not_allowed"


def test_implemented_needs_a_day_that_has_come() -> None:
    step = (ProjectStatus.IMPLEMENTING, ProjectStatus.IMPLEMENTED)
    assert transition_problem(*step) == "date_required"
    assert transition_problem(*step, date(2026, 5, 21), TODAY) == "date_in_future"


@pytest.mark.parametrize(
    ("kind", "category", "amount", "code"),
    [
        ("investment", "equipment", 10.0, None),
        ("saving", "avoided_fines", 0.0, None),
        ("cost", "equipment", 10.0, "unknown_kind"),
        ("saving", "equipment", 10.0, "unknown_category"),
        ("revenue", "subsidies", float("inf"), "not_finite"),
        ("revenue", "subsidies", -1.0, "negative_amount"),
    ],
)
def test_money_lines_are_checked(kind: str, category: str, amount: float, code: str | None) -> None:
    assert amount_problem(kind, category, amount) == code


def test_the_fields_of_an_option_are_checked() -> None:
    good = {
        "code": "F-2026-01",
        "title": "LED",
        "life_years": 10,
        "discount_rate": 0.08,
        "expected_energy_kgce": None,
        "energy_price_cny_per_kgce": None,
    }
    assert project_problems(**good) == []
    bad = {
        **good,
        "code": " ",
        "title": "",
        "life_years": 0,
        "discount_rate": 8.0,
        "expected_energy_kgce": -1.0,
        "energy_price_cny_per_kgce": 0.0,
    }
    assert [(p.field, p.code) for p in project_problems(**bad)] == [
        ("code", "code_required"),
        ("title", "title_required"),
        ("life_years", "bad_life"),
        ("discount_rate", "bad_rate"),
        ("expected_energy_kgce", "negative_amount"),
        ("energy_price_cny_per_kgce", "bad_price"),
    ]
    assert project_problems(**{**good, "code": "F" * 41})[0].code == "text_too_long"


def test_money_lines_become_the_figures_of_the_roi() -> None:
    lines = [
        ("investment", 80_000.0),
        ("investment", 20_000.0),
        ("saving", 25_000.0),
        ("revenue", 5_000.0),
    ]
    figures = option_figures(lines, 5, 0.08)
    assert (figures.investment, figures.annual_savings, figures.annual_revenue) == (
        100_000.0,
        25_000.0,
        5_000.0,
    )
    assert evaluate_option(figures).npv == pytest.approx(19_781.30, abs=0.01)


def test_the_cumulative_discounted_cash_flow_ends_at_the_npv() -> None:
    points = cumulative_discounted(100_000.0, 30_000.0, 5, 0.08)
    assert len(points) == 6 and points[0] == -100_000.0
    assert points[1] == pytest.approx(-100_000.0 + 30_000.0 / 1.08)
    assert points[-1] == pytest.approx(19_781.30, abs=0.01)

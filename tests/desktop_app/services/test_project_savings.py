"""Realised savings on the seeded demo plant: a plant that really uses 15 % less energy after an
option went into service shows it, by hand; one that changed nothing shows ≈ 0; an option that
cannot be judged says why."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from desktop_app.services.demo_projects import seed_projects
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.energy_baseline import baseline_analysis
from desktop_app.services.energy_conventions import convention_for
from desktop_app.services.project_queries import (
    AmountLine,
    ProjectFields,
    get_project,
    list_projects,
)
from desktop_app.services.project_savings import realised_for, realised_savings
from desktop_app.services.projects import create_project, move_project, set_amounts
from desktop_app.services.startup import open_site
from domain.energy import Carrier
from domain.projects import ProjectStatus
from domain.roles import SYSTEM, Actor, Role
from storage.models import Tag
from storage.records import day_start_ms
from storage.rollups import DAY, HOUR

ENGINEER = Actor("wang", Role.ENGINEER, None)
END = date(2026, 6, 1)
"""The seeded history covers the 120 days before END; END is "today"."""
IMPLEMENTED = END - timedelta(days=40)
JUDGED = (IMPLEMENTED + timedelta(days=1), END - timedelta(days=1))
BASELINE = (END - timedelta(days=120), IMPLEMENTED - timedelta(days=1))
FACTOR = 0.85


@pytest.fixture
def plant(data_dir, demo_port):
    startup = open_site(data_dir, demo_port=demo_port)
    seed_demo(startup.database, 120, now_ms=day_start_ms(END), cleaner_production=False)
    yield startup.database
    startup.database.close()


def implemented_option(database, on: date = IMPLEMENTED, **fields) -> str:
    values = {"code": "F-2026-01", "title": "空压机变频改造", "expected_energy_kgce": 34_000.0}
    with database.transaction() as session:
        project_id = create_project(session, ENGINEER, ProjectFields(**{**values, **fields}))
        set_amounts(session, ENGINEER, project_id, [AmountLine("saving", "energy", 190_000.0)])
        move_project(session, ENGINEER, project_id, "approved")
        move_project(session, ENGINEER, project_id, "implemented", implemented_on=on, today=END)
    return project_id


def judge(database, project_id: str):
    with database.reading() as session:
        return realised_savings(session, project_id, today=END)


def hand_actual_kgce(database, first: date, last: date) -> float:
    """Σ meter use (daily rollups) × GB/T 2589 coefficient + the energy records, by SQL."""
    with database.reading() as session:
        convention = convention_for(session, first.year)
        total = 0.0
        for tag_id, carrier in session.execute(
            select(Tag.id, Tag.carrier).where(Tag.carrier.is_not(None), Tag.is_counter)
        ):
            used = session.execute(
                text(
                    f"SELECT SUM(consumption) FROM {DAY.table} "
                    "WHERE tag_id = :tag AND bucket >= :lo AND bucket < :hi"
                ),
                {"tag": tag_id, "lo": day_start_ms(first), "hi": day_start_ms(last) + 86_400_000},
            ).scalar()
            total += float(used or 0.0) * convention.coefficient(Carrier(carrier)).kgce_per_unit
        for item, quantity in session.execute(
            text(
                "SELECT item, SUM(canonical_quantity) FROM records WHERE category = "
                "'energy_purchased' AND day BETWEEN :first AND :last GROUP BY item"
            ),
            {"first": first.isoformat(), "last": last.isoformat()},
        ):
            total += float(quantity) * convention.coefficient(Carrier(item)).kgce_per_unit
    return total


def save_energy_from(database, first: date, factor: float) -> None:
    """The plant really uses `factor` of its energy from `first` on: every energy meter's hourly
    and daily use, and every purchased-energy record, scaled in the real tables."""
    with database.transaction() as session:
        tags = session.scalars(select(Tag.id).where(Tag.carrier.is_not(None))).all()
        for level in (HOUR, DAY):
            session.execute(
                text(
                    f"UPDATE {level.table} SET consumption = consumption * :f "
                    f"WHERE tag_id IN ({', '.join(str(t) for t in tags)}) AND bucket >= :lo"
                ),
                {"f": factor, "lo": day_start_ms(first)},
            )
        session.execute(
            text(
                "UPDATE records SET quantity = quantity * :f, "
                "canonical_quantity = canonical_quantity * :f "
                "WHERE category LIKE 'energy_%' AND day >= :first"
            ),
            {"f": factor, "first": first.isoformat()},
        )


def test_a_plant_that_changed_nothing_saves_nothing_within_noise(plant) -> None:
    result = judge(plant, implemented_option(plant))
    assert result.reason == "no_price" or result.reason == ""
    assert (result.baseline, result.report) == (BASELINE, JUDGED)
    assert result.days_judged == 39 and result.baseline_days == 80  # 1 Feb – 21 Apr
    assert result.r_squared is not None and result.r_squared > 0.9
    assert result.actual_kgce == pytest.approx(hand_actual_kgce(plant, *JUDGED), rel=1e-9)
    assert result.realised_kgce is not None
    assert abs(result.realised_kgce) < 0.015 * result.expected_kgce  # noise, not savings
    with plant.reading() as session:
        analysis = baseline_analysis(session, *BASELINE, *JUDGED, "day", today=END)
    assert analysis.savings is not None
    assert result.realised_kgce == pytest.approx(analysis.savings.savings, rel=1e-12)


def test_fifteen_percent_less_energy_after_the_day_is_found_by_hand(plant) -> None:
    project_id = implemented_option(plant, energy_price_cny_per_kgce=5.6)
    before = judge(plant, project_id)
    actual_before = hand_actual_kgce(plant, *JUDGED)
    save_energy_from(plant, IMPLEMENTED, FACTOR)
    after = judge(plant, project_id)
    assert hand_actual_kgce(plant, *JUDGED) == pytest.approx(FACTOR * actual_before, rel=1e-9)
    # The baseline is fitted before the day, so what it expects does not move.
    assert after.expected_kgce == pytest.approx(before.expected_kgce, rel=1e-12)
    assert after.realised_kgce == pytest.approx(
        after.expected_kgce - FACTOR * actual_before, rel=1e-9
    )
    # Expected ≈ what the plant used before (noise < 1.5 %), so ≈ 15 % of it is saved.
    assert after.realised_kgce == pytest.approx(0.15 * actual_before, rel=0.1)
    assert after.realised_percent == pytest.approx(15.0, abs=1.5)
    assert after.realised_kgce_per_year == pytest.approx(after.realised_kgce * 365 / 39)
    assert after.reason == "" and after.price_source == "project"
    assert after.realised_cny_per_year == pytest.approx(after.realised_kgce_per_year * 5.6)
    assert (after.promised_kgce_per_year, after.promised_cny_per_year) == (34_000.0, 190_000.0)


def test_without_a_price_the_promise_sets_it_and_without_either_money_is_not_judged(
    plant,
) -> None:
    project_id = implemented_option(plant)
    result = judge(plant, project_id)
    assert result.price_source == "promise"
    assert result.price_cny_per_kgce == pytest.approx(190_000.0 / 34_000.0)
    bare = implemented_option(plant, code="F-2026-09", expected_energy_kgce=None)
    result = judge(plant, bare)
    assert result.reason == "no_price" and result.realised_cny_per_year is None
    assert result.realised_kgce is not None and result.promised_kgce_per_year is None


def test_options_that_cannot_be_judged_say_why(plant) -> None:
    with plant.transaction() as session:
        proposed = create_project(session, ENGINEER, ProjectFields(code="F-2", title="LED"))
    assert judge(plant, proposed).reason == "not_implemented"
    early = implemented_option(plant, on=END - timedelta(days=118), code="F-3")
    assert judge(plant, early).reason == "too_few_points"  # one day of history before it
    late = implemented_option(plant, on=END - timedelta(days=1), code="F-4")
    result = judge(plant, late)
    assert result.reason == "no_report_days" and result.realised_kgce is None
    assert result.promised_kgce_per_year == 34_000.0


def test_the_demo_register_shows_its_retrofit_in_the_meters(plant) -> None:
    """The demo's seeded electricity after the compressor retrofit is 6 % lower, so its
    realised saving is that share of the site's electricity (± the daily noise)."""
    electricity_before = hand_actual_kgce(plant, *JUDGED)
    with plant.transaction() as session:
        added = seed_projects(session, SYSTEM, END - timedelta(days=120), END)
    with plant.reading() as session:
        projects = list_projects(session)
        (retrofit,) = [p for p in projects if p.status is ProjectStatus.IMPLEMENTED]
        result = realised_for(session, get_project(session, retrofit.id), today=END)
    assert added == 6 == len(projects)
    assert {p.status.value for p in projects} == {
        "proposed",
        "approved",
        "implementing",
        "implemented",
        "dropped",
    }
    assert retrofit.title == "空压机变频改造" and retrofit.implemented_on == IMPLEMENTED
    assert result.reason == "" and result.realised_kgce is not None
    assert 0.01 * electricity_before < result.realised_kgce < 0.1 * electricity_before
    assert result.realised_kgce_per_year == pytest.approx(34_000.0, rel=0.5)

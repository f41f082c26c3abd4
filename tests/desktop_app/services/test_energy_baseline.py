"""The energy baseline service: per-period figures equal to the KPI totals, an exact line found
exactly, savings summed by hand, missing periods skipped (never 0), impossible fits refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.energy_baseline import (
    baseline_analysis,
    period_points,
    split_periods,
)
from desktop_app.services.energy_conventions import convention_for, set_convention
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_totals import gather_totals
from desktop_app.services.startup import open_site
from domain.energy import EnergyConvention
from domain.roles import Actor, Role
from storage.models import RecordFeed, Tag
from storage.readings import insert_rows
from storage.records import day_start_ms
from storage.rollups import recompute_rollups

ENGINEER = Actor("wang", Role.ENGINEER, None)
MONDAY = date(2026, 3, 2)
KWH_KGCE = 0.1229
BASELINE_T = [70.0, 95.0, 120.0, 80.0, 140.0, 110.0, 60.0, 130.0]
REPORT_T = [90.0, 125.0, 100.0, 75.0]
TODAY = date(2026, 11, 29)


def week(index: int) -> tuple[date, date]:
    start = MONDAY + timedelta(weeks=index)
    return start, start + timedelta(days=6)


@pytest.fixture
def site(data_dir, demo_port):
    startup = open_site(data_dir, demo_port=demo_port)
    yield startup.database
    startup.database.close()


def tag_id(database, name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(Tag.id).where(Tag.name == name)))


def write_days(database, name: str, daily: dict[date, float], counter: bool = True) -> None:
    """A reading at each local midnight; for a counter it carries that day's use (the delta lands
    in the day of the later reading). Days left out have no reading and add nothing."""
    tag = tag_id(database, name)
    days = sorted(daily)
    total = 1000.0
    rows = [(tag, day_start_ms(days[0] - timedelta(days=1)), total, 0)] if counter else []
    for day in days:
        total += daily[day]
        if counter:
            rows.append((tag, day_start_ms(day), total, 0))
        else:  # a temperature read at noon: the day's mean
            rows.append((tag, day_start_ms(day) + 43_200_000, daily[day], 0))
    with database.transaction() as session:
        insert_rows(session.connection(), rows)
        recompute_rollups(session.connection(), [tag], rows[0][1], rows[-1][1] + 1)


def plant(database, weekly_t: list[float], weekly_kgce: list[float], skip_energy=()) -> None:
    """Week by week from MONDAY: output and electricity spread evenly over the days; gas and
    water meters read but stand still (0 kgce), so electricity is all the energy."""
    with database.transaction() as session:
        session.add(
            RecordFeed(
                tag_id=tag_id(database, "production_line1_output_total"),
                category="production",
                item="产品",
                line="",
            )
        )
        set_convention(session, ENGINEER, EnergyConvention(2026, natural_gas_kgce_per_m3=1.2143))
    output, power, still = {}, {}, {}
    for index, (tons, kgce) in enumerate(zip(weekly_t, weekly_kgce, strict=True)):
        for offset in range(7):
            day = MONDAY + timedelta(weeks=index, days=offset)
            output[day] = tons / 7
            still[day] = 0.0
            if index not in skip_energy:
                power[day] = kgce / KWH_KGCE / 7
    write_days(database, "production_line1_output_total", output)
    write_days(database, "power_main_import_energy", power)
    write_days(database, "gas_main_total", still)
    write_days(database, "water_fresh_total", still)


def line(tons: float) -> float:
    return 500.0 + 90.0 * tons


def analyse(database, baseline_weeks: int = 8, report_weeks: int = 4, **kwargs):
    with database.reading() as session:
        return baseline_analysis(
            session,
            week(0)[0],
            week(baseline_weeks - 1)[1],
            week(8)[0],
            week(8 + report_weeks - 1)[1],
            "week",
            today=TODAY,
            **kwargs,
        )


def test_an_exact_line_is_found_and_an_unchanged_plant_saves_nothing(site) -> None:
    tons = BASELINE_T + REPORT_T
    plant(site, tons, [line(t) for t in tons])
    result = analyse(site)
    model = result.model
    assert model.intercept == pytest.approx(500.0, abs=1e-6)
    assert model.production_coefficient == pytest.approx(90.0)
    assert model.r_squared == pytest.approx(1.0)
    assert model.n == 8 and model.cv_rmse == pytest.approx(0.0, abs=1e-9)
    assert result.warnings == ("few_points",)  # 8 weeks < the 12 recommended
    assert [p.production_t for p in result.report] == pytest.approx(REPORT_T)
    assert result.cusum == pytest.approx([0.0] * 4, abs=1e-6)
    assert result.skipped == ()


def test_ten_percent_less_energy_accumulates_by_hand(site) -> None:
    plant(
        site,
        BASELINE_T + REPORT_T,
        [line(t) for t in BASELINE_T] + [0.9 * line(t) for t in REPORT_T],
    )
    result = analyse(site)
    # Expected 8,600, 11,750, 9,500 and 7,250 kgce; a tenth of each is saved.
    assert result.expected == pytest.approx([8600.0, 11750.0, 9500.0, 7250.0])
    assert result.cusum == pytest.approx([860.0, 2035.0, 2985.0, 3710.0])
    assert result.savings is not None
    assert result.savings.savings == pytest.approx(3710.0)
    assert result.savings.savings_percent == pytest.approx(10.0)


def test_a_week_without_energy_is_skipped_not_zero(site) -> None:
    tons = BASELINE_T + REPORT_T
    plant(site, tons, [line(t) for t in tons], skip_energy=(3,))
    result = analyse(site)
    (skipped,) = result.skipped
    assert (skipped.start, skipped.phase, skipped.reason) == (week(3)[0], "baseline", "no_energy")
    assert skipped.detail == "carrier_missing"
    assert result.model.n == 7
    assert result.model.intercept == pytest.approx(500.0, abs=1e-6)  # a 0 would bend the line
    assert result.cusum == pytest.approx([0.0] * 4, abs=1e-6)


def test_too_few_weeks_cannot_make_a_model(site) -> None:
    tons = BASELINE_T + REPORT_T
    plant(site, tons, [line(t) for t in tons])
    with pytest.raises(ConfigurationError) as refused:
        analyse(site, baseline_weeks=5)
    assert refused.value.code == "too_few_points"
    with pytest.raises(ConfigurationError) as refused:
        analyse(site, report_weeks=0)  # report ends before it starts
    assert refused.value.code == "bad_period"


def test_degree_days_from_the_daily_mean_temperature(site) -> None:
    """Energy = 500 + 90·P + 20·HDD, the weekly temperature chosen so HDD is not ∝ P."""
    tons = BASELINE_T + REPORT_T
    temps = [2.0, 10.0, 15.0, -3.0, 20.0, 8.0, 12.0, 5.0, 9.0, 16.0, 1.0, 25.0]
    hdd = [7 * max(0.0, 18.0 - t) for t in temps]
    plant(site, tons, [line(t) + 20.0 * d for t, d in zip(tons, hdd, strict=True)])
    daily = {
        MONDAY + timedelta(weeks=w, days=d): temps[w] for w in range(len(temps)) for d in range(7)
    }
    write_days(site, "gas_main_temperature", daily, counter=False)
    temperature = tag_id(site, "gas_main_temperature")
    result = analyse(site, temperature_tag=temperature)
    assert [p.degree_days for p in result.baseline] == pytest.approx(hdd[:8])
    assert result.model.degree_day_coefficient == pytest.approx(20.0)
    assert result.model.production_coefficient == pytest.approx(90.0)
    assert result.cusum == pytest.approx([0.0] * 4, abs=1e-6)
    with pytest.raises(ConfigurationError) as refused:
        analyse(site, temperature_tag=tag_id(site, "power_main_import_energy"))
    assert refused.value.code == "not_a_temperature"


def test_cut_and_unfinished_periods_are_skipped(site) -> None:
    tons = BASELINE_T + REPORT_T
    plant(site, tons, [line(t) for t in tons])
    with site.reading() as session:
        result = baseline_analysis(
            session,
            week(0)[0] - timedelta(days=2),  # a Saturday: the week it ends is cut
            week(7)[1],
            week(8)[0],
            week(11)[1],
            "week",
            today=week(11)[0] + timedelta(days=3),  # the last week is not over
        )
    reasons = [(s.phase, s.start, s.reason) for s in result.skipped]
    assert reasons == [
        ("baseline", week(0)[0] - timedelta(days=2), "partial_period"),
        ("report", week(11)[0], "not_over"),
    ]
    assert len(result.report) == 3


def test_periods_are_whole_days_iso_weeks_and_calendar_months() -> None:
    complete, partial = split_periods(date(2026, 1, 28), date(2026, 3, 31), "month")
    assert complete == [
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 31)),
    ]
    assert partial == [(date(2026, 1, 28), date(2026, 1, 31))]
    complete, partial = split_periods(date(2026, 3, 4), date(2026, 3, 16), "week")
    assert complete == [(date(2026, 3, 9), date(2026, 3, 15))]
    assert (
        len(partial) == 2 and len(split_periods(date(2026, 3, 4), date(2026, 3, 6), "day")[0]) == 3
    )
    with pytest.raises(ConfigurationError):
        split_periods(date(2026, 3, 4), date(2026, 3, 6), "hour")


@pytest.mark.parametrize("granularity", ["day", "week", "month"])
def test_period_figures_equal_the_kpi_totals(site, granularity) -> None:
    seed_demo(site, 62, now_ms=day_start_ms(date(2026, 11, 29)), cleaner_production=False)
    with site.reading() as session:
        points = period_points(session, date(2026, 9, 28), date(2026, 11, 28), granularity)
        assert len(points) == {"day": 62, "week": 8, "month": 1}[granularity]
        for point in points:
            convention = convention_for(session, point.start.year)
            gathered = gather_totals(session, point.start, point.end, convention)
            balance = gathered.totals.energy
            energy = balance.comprehensive_kgce if balance and balance.complete else None
            assert point.energy_kgce == pytest.approx(energy, rel=1e-12)
            assert point.production_t == pytest.approx(gathered.totals.production.value, rel=1e-12)
    assert any(p.energy_kgce for p in points) and any(p.production_t for p in points)

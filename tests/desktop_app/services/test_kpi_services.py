"""KPIs from records, record feeds and energy meters; imports all-or-nothing; targets; the demo
seed gives every KPI a value."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.services.actions import list_actions
from desktop_app.services.checklist_runs import completed_runs, drafts
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.energy_conventions import convention_for, set_convention
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_overview import kpi_overview
from desktop_app.services.kpi_targets import active_targets, retire_target, set_target
from desktop_app.services.kpis import compute_kpis
from desktop_app.services.records import (
    ImportRefused,
    add_record,
    delete_record,
    import_records,
    list_records,
)
from desktop_app.services.startup import open_site
from domain.energy import EnergyConvention
from domain.record_import import parse_rows
from domain.records import Record, RecordCategory
from domain.roles import Actor, PermissionDenied, Role
from domain.targets import Target
from storage.models import ChangeLogEntry, ProductionRecord, RecordFeed, Tag
from storage.readings import insert_rows
from storage.records import day_start_ms
from storage.rollups import recompute_rollups

ENGINEER = Actor("wang", Role.ENGINEER, None)
INSPECTOR = Actor("li", Role.INSPECTOR, None)
OCT1 = date(2026, 10, 1)
OCT31 = date(2026, 10, 31)
HEADER = ["date", "category", "item", "quantity", "unit"]


@pytest.fixture
def site(data_dir, demo_port):
    startup = open_site(data_dir, demo_port=demo_port)
    yield startup.database
    startup.database.close()


def tag_id(database, name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(Tag.id).where(Tag.name == name)))


def counter_days(database, name: str, daily: list[float], start: float = 1000.0) -> None:
    """One reading at each local midnight of October (and Nov 1): the day's use is `daily`."""
    tag = tag_id(database, name)
    values = [start]
    for amount in daily:
        values.append(values[-1] + amount)
    rows = [
        (
            tag,
            day_start_ms(date(2026, 10, 1 + i)) if i < 31 else day_start_ms(date(2026, 11, 1)),
            v,
            0,
        )
        for i, v in enumerate(values)
    ]
    with database.transaction() as session:
        insert_rows(session.connection(), rows)
        recompute_rollups(session.connection(), [tag], rows[0][1], rows[-1][1] + 1)


def test_kpis_from_meters_feeds_and_records_by_hand(site) -> None:
    """October: the production counter feeds 3,100 t (100 t/day); the main electricity meter
    counts 310,000 kWh, gas 31,000 m³, fresh water 24,800 m³; diesel 1,200 kg is entered.

    (Each day's reading at local midnight carries the previous day's use: October's buckets
    hold 30 deltas from Oct 2 on, plus Nov 1's lands in November.)"""
    with site.transaction() as session:
        session.add(
            RecordFeed(
                tag_id=tag_id(site, "production_line1_output_total"),
                category="production",
                item="产品",
                line="",
            )
        )
        set_convention(session, ENGINEER, EnergyConvention(2026, natural_gas_kgce_per_m3=1.2143))
        add_record(
            session, ENGINEER, Record(OCT1, RecordCategory.ENERGY_PURCHASED, "diesel", 1.2, "t")
        )
    counter_days(site, "production_line1_output_total", [100.0] * 31)
    counter_days(site, "power_main_import_energy", [10_000.0] * 31)
    counter_days(site, "gas_main_total", [1_000.0] * 31)
    counter_days(site, "water_fresh_total", [800.0] * 31)
    with site.reading() as session:
        report = compute_kpis(session, OCT1, OCT31)
    production = 30 * 100.0
    energy = 30 * 10_000 * 0.1229 + 30 * 1_000 * 1.2143 + 1_200 * 1.4571 + 30 * 800 * 0.0857
    kpi = report.value("energy_per_unit")
    assert kpi is not None and kpi.value == pytest.approx(energy / production)
    sources = {s for i in kpi.inputs for s in i.sources}
    assert "tag:production_line1_output_total" in sources
    assert "tag:power_main_import_energy" in sources and "1 record" in sources
    water = report.value("fresh_water_per_unit")
    assert water is not None and water.value == pytest.approx(800.0 / 100.0)
    waste = report.value("solid_waste_rate")
    assert waste is not None and waste.value is None and waste.missing == ("solid_waste",)
    assert report.convention["natural_gas_kgce_per_m3"] == 1.2143


def test_without_a_natural_gas_choice_energy_says_why(site) -> None:
    counter_days(site, "gas_main_total", [1_000.0] * 31)
    with site.reading() as session:
        report = compute_kpis(session, OCT1, OCT31)
        assert convention_for(session, 2026).natural_gas_kgce_per_m3 is None
    kpi = report.value("energy_per_unit")
    assert kpi is not None and kpi.value is None
    assert kpi.reason == "natural_gas_choice_missing"


def test_a_sheet_with_a_bad_row_stores_nothing_unless_asked(site) -> None:
    parsed = parse_rows(
        HEADER,
        [
            ["2026-10-01", "raw_material", "原木", "103.2", "t"],
            ["2026-10-02", "raw_material", "原木", "many", "t"],
            ["2026-10-03", "energy_purchased", "electricity", "500", "kWh"],  # metered already
        ],
    )
    with site.transaction() as session, pytest.raises(ImportRefused) as refused:
        import_records(session, ENGINEER, parsed, "october.xlsx")
    assert [(e.row, e.code) for e in refused.value.report.errors] == [
        (3, "bad_number"),
        (4, "carrier_metered"),
    ]
    with site.reading() as session:
        assert session.scalar(select(func.count()).select_from(ProductionRecord)) == 0
    with site.transaction() as session:
        report = import_records(session, ENGINEER, parsed, "october.xlsx", skip_bad=True)
    assert (report.imported, report.skipped_rows) == (1, (3, 4))
    with site.reading() as session:
        (stored,) = list_records(session, OCT1, OCT31)
    assert (stored.source, stored.source_ref, stored.record.quantity) == (
        "import",
        "october.xlsx#2",
        103.2,
    )


def test_records_need_the_role_and_deletions_a_reason(site) -> None:
    record = Record(OCT1, RecordCategory.PRODUCTION, "板材", 10.0, "t")
    with site.transaction() as session, pytest.raises(PermissionDenied):
        add_record(session, INSPECTOR, record)
    with site.transaction() as session:
        record_id = add_record(session, ENGINEER, record)
    with site.transaction() as session, pytest.raises(ConfigurationError):
        delete_record(session, ENGINEER, record_id, "")
    with site.transaction() as session:
        delete_record(session, ENGINEER, record_id, "entered twice")
    with site.reading() as session:
        actions = session.scalars(
            select(ChangeLogEntry.action).where(ChangeLogEntry.entity == "record")
        ).all()
    assert actions == ["create", "delete"]


def test_a_new_target_retires_the_old_one_and_percent_changes_are_computed(site) -> None:
    target = Target(
        "energy_per_unit", 120.0, 0.0, date(2026, 9, 1), date(2026, 12, 31), "lower", "能源部"
    )
    with site.transaction() as session:
        first = set_target(session, ENGINEER, target, percent_change=-10.0)
        set_target(session, ENGINEER, target, percent_change=-5.0)
    with site.reading() as session:
        targets = active_targets(session)
    assert targets["energy_per_unit"].target.target_value == pytest.approx(114.0)
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        set_target(session, ENGINEER, target, percent_change=+5.0)  # worse, not a target
    assert refused.value.code == "target_not_better"
    with site.transaction() as session, pytest.raises(ConfigurationError):
        retire_target(session, ENGINEER, first, "already retired")


def test_the_demo_seed_fills_every_kpi_and_target_once(site) -> None:
    summary = seed_demo(site, 62, now_ms=day_start_ms(date(2026, 11, 29)))
    assert summary.records > 60 and summary.targets >= 7
    assert summary.first_day == date(2026, 9, 28)
    with site.reading() as session:
        overview = kpi_overview(session, date(2026, 11, 1), date(2026, 11, 28), months=3)
    missing = [r.definition.code for r in overview.rows if r.value.value is None]
    assert missing == []
    assert all(r.target is not None and r.status is not None for r in overview.rows)
    assert {r.status.state for r in overview.rows if r.status} <= {"on_track", "at_risk"}
    assert summary.inspections == 3
    with site.reading() as session:
        finished, unfinished = completed_runs(session), drafts(session)
        actions = list_actions(session)
    assert len(finished) == 2 and len(unfinished) == 1
    from_audits = [a.source_item for a in actions if a.source_run is not None]
    assert from_audits == ["ph_outlet"]  # pH 9.4 on the second round
    assert (summary.projects, summary.reviews, summary.suppliers) == (6, 2, 6)
    assert summary.workflows >= 4, "My tasks has work on first start"
    assert seed_demo(site, 62).already_seeded

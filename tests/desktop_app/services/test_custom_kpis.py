"""User-defined KPIs: every refusal has its code, values match hand computations from records,
tags and other KPIs, missing inputs and zero denominators give no value (never 0), and a KPI
another one reads cannot be deleted."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.services.custom_kpis import (
    compute_custom,
    custom_definitions,
    define_kpi,
    delete_kpi,
    formula_names,
    value_in_unit,
)
from desktop_app.services.energy_conventions import convention_for
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_targets import set_target
from desktop_app.services.kpi_totals import gather_totals
from desktop_app.services.kpis import compute_kpis
from desktop_app.services.records import add_record
from desktop_app.services.startup import open_site
from domain.kpis import Better, KpiDefinition, KpiValue, compute_builtin
from domain.records import Record, RecordCategory
from domain.roles import Actor, PermissionDenied, Role
from domain.targets import Target
from domain.units import Quantity
from storage.models import ChangeLogEntry, Tag
from storage.readings import insert_rows
from storage.records import day_start_ms
from storage.rollups import recompute_rollups

ENGINEER = Actor("wang", Role.ENGINEER, None)
INSPECTOR = Actor("li", Role.INSPECTOR, None)
OCT1, OCT31 = date(2026, 10, 1), date(2026, 10, 31)
NOV1, NOV30 = date(2026, 11, 1), date(2026, 11, 30)


@pytest.fixture
def site(data_dir, demo_port):
    startup = open_site(data_dir, demo_port=demo_port)
    yield startup.database
    startup.database.close()


def kpi(code: str, unit: str, formula: str, better: Better = Better.LOWER) -> KpiDefinition:
    return KpiDefinition(
        code, f"指标{code}", f"KPI {code}", "自定义", "Custom", unit, better, formula
    )


def define(site, *definitions: KpiDefinition) -> None:
    with site.transaction() as session:
        for definition in definitions:
            define_kpi(session, ENGINEER, definition)


def refusal(site, definition: KpiDefinition) -> ConfigurationError:
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        define_kpi(session, ENGINEER, definition)
    return caught.value


def records(site, day: date, *entries: tuple[RecordCategory, str, float, str]) -> None:
    with site.transaction() as session:
        for category, item, quantity, unit in entries:
            add_record(session, ENGINEER, Record(day, category, item, quantity, unit))


def october_records(site) -> None:
    """Production 120 + 80 t, raw material 250 t, fresh water 1,000 m³, COD 5,000 g."""
    records(
        site,
        date(2026, 10, 3),
        (RecordCategory.PRODUCTION, "产品", 120.0, "t"),
        (RecordCategory.PRODUCTION, "产品", 80_000.0, "kg"),
        (RecordCategory.RAW_MATERIAL, "原料", 250.0, "t"),
        (RecordCategory.FRESH_WATER, "新鲜水", 1_000.0, "m³"),
        (RecordCategory.POLLUTANT, "cod", 5_000.0, "g"),
    )


def report_values(site, first: date = OCT1, last: date = OCT31) -> dict[str, KpiValue]:
    with site.reading() as session:
        report = compute_kpis(session, first, last)
    return {v.code: v for v in report.values}


def tag_id(site, name: str) -> int:
    with site.reading() as session:
        return int(session.scalar(select(Tag.id).where(Tag.name == name)))


def readings(site, name: str, points: list[tuple[int, float]]) -> None:
    tag = tag_id(site, name)
    rows = [(tag, ts, value, 0) for ts, value in points]
    with site.transaction() as session:
        insert_rows(session.connection(), rows)
        recompute_rollups(session.connection(), [tag], rows[0][1], rows[-1][1] + 1)


# --- the catalogue --------------------------------------------------------------------------


def test_the_catalogue_names_records_pollutants_energy_tags_and_kpis_with_units(site) -> None:
    define(site, kpi("water", "m³/t", "fresh_water / production"))
    with site.reading() as session:
        names = formula_names(session)
    assert names["production"] == "t" and names["fresh_water"] == "m³"
    assert names["pollutant.cod"] == "kg" and names["energy_kgce"] == "kgce"
    assert names["energy.electricity"] == "kWh" and names["energy.natural_gas"] == "m³"
    assert names["tag.water_fresh_total"] == "m³" and names["tag.production_line1_rate"] == "t/h"
    assert names["kpi.energy_per_unit"] == "kgce/t" and names["kpi.emission.nox"] == "kg/t"
    assert names["kpi.water"] == "m³/t"
    assert next(iter(names)) == "production"  # records first: what most formulas start from


# --- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("definition", "code", "field"),
    [
        (kpi("steam", "t/t", "tag.no_such_meter / production"), "unknown_name", "formula"),
        (kpi("water", "kgce/t", "fresh_water / production"), "unit_mismatch", "unit"),
        (kpi("mixed", "t", "production + fresh_water"), "unit_mismatch", "formula"),
        (kpi("water", "furlong/t", "fresh_water / production"), "bad_unit", "unit"),
        (kpi("water", "m³/t" * 9, "fresh_water / production"), "unit_too_long", "unit"),
        (kpi("energy_per_unit", "kgce/t", "energy_kgce / production"), "builtin_code", "code"),
        (kpi("Water-Rate", "m³/t", "fresh_water / production"), "bad_code", "code"),
        (kpi("water", "m³/t", "fresh_water / (production"), "syntax", "formula"),
        (kpi("water", "m³/t", "fresh_water / 0"), "division_by_zero", "formula"),
        (kpi("water", "m³/t", "kpi.water * 2"), "cycle", "formula"),
        (
            KpiDefinition("w", " ", "", "", "", "m³", Better.LOWER, "fresh_water"),
            "name_required",
            "name_zh",
        ),
    ],
)
def test_each_refusal_has_its_code_and_field(site, definition, code, field) -> None:
    error = refusal(site, definition)
    assert (error.code, error.field) == (code, field)
    with site.reading() as session:
        assert custom_definitions(session) == []


def test_a_loop_through_other_kpis_is_refused_with_the_loop(site) -> None:
    define(site, kpi("a", "m³/t", "fresh_water / production"), kpi("b", "m³/t", "kpi.a * 2"))
    error = refusal(site, kpi("a", "m³/t", "kpi.b / 2"))
    assert error.code == "cycle" and "a" in error.detail and "b" in error.detail


def test_changing_a_unit_another_kpi_relies_on_is_refused(site) -> None:
    define(site, kpi("a", "m³/t", "fresh_water / production"), kpi("b", "L/t", "kpi.a"))
    error = refusal(site, kpi("a", "m³", "fresh_water"))
    assert (error.code, error.detail) == ("breaks_dependent", "b")


def test_only_kpi_managers_define_and_every_change_is_logged(site) -> None:
    with pytest.raises(PermissionDenied), site.transaction() as session:
        define_kpi(session, INSPECTOR, kpi("water", "m³/t", "fresh_water / production"))
    define(site, kpi("water", "m³/t", "fresh_water / production"))
    define(site, kpi("water", "L/t", "fresh_water / production", Better.HIGHER))
    with site.reading() as session:
        (saved,) = custom_definitions(session)
        log = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "kpi_definition")
        ).all()
    assert (saved.unit, saved.better) == ("L/t", Better.HIGHER)
    assert [e.action for e in log] == ["create", "update"]
    assert '"L/t"' in (log[1].new_value or "") and '"m³/t"' in (log[1].old_value or "")


# --- values ---------------------------------------------------------------------------------


def test_values_match_hand_computations_after_the_builtins(site) -> None:
    october_records(site)
    define(
        site,
        kpi("water", "m³/t", "fresh_water / production"),
        kpi("yield_pct", "%", "100 * production / raw_material", Better.HIGHER),
        kpi("cod", "g/t", "pollutant.cod / production"),
        kpi("water_l", "L/t", "kpi.fresh_water_per_unit"),
        kpi("water_twice", "m³/t", "2 * kpi.water"),
    )
    with site.reading() as session:
        report = compute_kpis(session, OCT1, OCT31)
    codes = [d.code for d in report.definitions]
    assert codes[-5:] == ["water", "yield_pct", "cod", "water_l", "water_twice"]
    assert [v.code for v in report.values] == codes
    values = {v.code: v for v in report.values}
    assert values["water"].value == pytest.approx(1_000 / 200)
    assert values["yield_pct"].value == pytest.approx(80.0) and values["yield_pct"].unit == "%"
    assert values["cod"].value == pytest.approx(5_000 / 200)  # g/t
    assert values["water_l"].value == pytest.approx(5_000.0)  # 5 m³/t in L/t
    assert values["water_twice"].value == pytest.approx(10.0)
    inputs = {i.name: i for i in values["water"].inputs}
    assert [i.name for i in values["water"].inputs] == ["fresh_water", "production"]
    assert (inputs["production"].value, inputs["production"].unit) == (200.0, "t")
    assert inputs["production"].sources == ("2 records",)
    (used,) = values["water_twice"].inputs
    assert (used.name, used.value, used.unit) == ("kpi.water", 5.0, "m³/t")
    assert set(used.sources) == {"1 record", "2 records"}


def test_tags_give_a_counters_consumption_and_another_tags_mean(site) -> None:
    records(site, OCT1, (RecordCategory.PRODUCTION, "产品", 300.0, "t"))
    counter = [(day_start_ms(date(2026, 10, d)), 1_000.0 + 50.0 * (d - 1)) for d in range(1, 32)]
    readings(site, "water_reclaimed_total", counter)  # 30 days × 50 m³ inside October
    oct5 = day_start_ms(date(2026, 10, 5))
    readings(
        site,
        "production_line1_rate",
        [(oct5 + 3_600_000, 10.0), (oct5 + 7_200_000, 20.0), (oct5 + 86_400_000 + 60_000, 30.0)],
    )
    define(
        site,
        kpi("reclaimed_per_t", "m³/t", "tag.water_reclaimed_total / production", Better.HIGHER),
        kpi("rate", "t/d", "tag.production_line1_rate"),
    )
    values = report_values(site)
    assert values["reclaimed_per_t"].value == pytest.approx(30 * 50.0 / 300.0)
    (tag_input, _) = values["reclaimed_per_t"].inputs
    assert tag_input.sources == ("tag:water_reclaimed_total",) and tag_input.unit == "m³"
    assert values["rate"].value == pytest.approx(20.0 * 24)  # mean of 10, 20, 30 t/h in t/d


def test_a_missing_input_gives_no_value_and_names_every_missing_one(site) -> None:
    october_records(site)
    define(
        site,
        kpi("waste", "kg/t", "(solid_waste + hazardous_waste) / production"),
        kpi("waste_or_0", "kg/t", "if_missing(solid_waste, 0 [t]) / production"),
        kpi("cod_rate", "kg/t", "pollutant.cod / production"),
        kpi("after_waste", "kg/t", "kpi.waste + kpi.cod_rate"),
    )
    values = report_values(site)
    waste = values["waste"]
    assert waste.value is None and waste.reason == "missing_inputs"
    assert waste.missing == ("solid_waste", "hazardous_waste")
    assert values["waste_or_0"].value == 0.0 and values["waste_or_0"].missing == ()
    after = values["after_waste"]
    assert after.value is None and after.missing == ("kpi.waste",)
    assert values["cod_rate"].value == pytest.approx(0.025)


def test_a_zero_production_period_is_division_by_zero_never_zero(site) -> None:
    records(
        site,
        date(2026, 11, 2),
        (RecordCategory.PRODUCTION, "产品", 0.0, "t"),
        (RecordCategory.FRESH_WATER, "新鲜水", 10.0, "m³"),
    )
    define(site, kpi("water", "m³/t", "fresh_water / production"))
    water = report_values(site, NOV1, NOV30)["water"]
    assert (water.value, water.reason) == (None, "division_by_zero")
    assert [i.value for i in water.inputs] == [10.0, 0.0]


def test_energy_names_say_why_energy_is_missing(site) -> None:
    october_records(site)
    start = day_start_ms(OCT1)
    readings(site, "gas_main_total", [(start + d * 86_400_000, 100.0 * d) for d in range(31)])
    define(site, kpi("gas_per_t", "kgce/t", "energy_kgce / production"))
    gas = report_values(site)["gas_per_t"]
    assert gas.value is None and gas.reason == "natural_gas_choice_missing"
    assert gas.missing == ("energy_kgce",)


def test_compute_custom_takes_plain_period_totals_and_given_definitions(site) -> None:
    october_records(site)
    with site.reading() as session:
        gathered = gather_totals(session, OCT1, OCT31, convention_for(session, 2026))
        builtin = compute_builtin(gathered.totals, gathered.pollutants)
        values = compute_custom(
            session,
            OCT1,
            OCT31,
            gathered.totals,
            builtin,
            definitions=[  # listed before the KPI it reads: computed after it all the same
                kpi("twice", "", "2 * kpi.mat"),
                kpi("mat", "", "kpi.material_utilisation / 100"),
            ],
        )
    (twice, mat) = values
    assert mat.value == pytest.approx(0.008)  # (80 %) / 100 is 0.8 % as a plain 0.008
    assert twice.value == pytest.approx(0.016)
    assert value_in_unit(Quantity(80.0, ""), "%") == 80.0
    assert value_in_unit(Quantity(0.025, ""), "kg/t") == pytest.approx(25.0)


# --- deleting -------------------------------------------------------------------------------


def test_a_kpi_another_one_reads_or_with_a_target_cannot_be_deleted(site) -> None:
    define(site, kpi("a", "m³/t", "fresh_water / production"), kpi("b", "L/t", "kpi.a"))
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        delete_kpi(session, ENGINEER, "a", "not needed")
    assert (caught.value.code, caught.value.detail) == ("kpi_in_use", "b")
    with site.transaction() as session:
        set_target(
            session, ENGINEER, Target("b", 10.0, 8.0, OCT1, date(2027, 10, 1), person="张工")
        )
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        delete_kpi(session, ENGINEER, "b", "not needed")
    assert caught.value.code == "kpi_has_target"
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        delete_kpi(session, ENGINEER, "a", " ")
    assert caught.value.code == "reason_required"
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        delete_kpi(session, ENGINEER, "zzz", "typo")
    assert caught.value.code == "not_found"


def test_deleting_the_reader_first_then_the_read_one(site) -> None:
    define(site, kpi("a", "m³/t", "fresh_water / production"), kpi("b", "L/t", "kpi.a"))
    with site.transaction() as session:
        delete_kpi(session, ENGINEER, "b", "replaced by a")
        delete_kpi(session, ENGINEER, "a", "no longer reported")
    with site.reading() as session:
        assert custom_definitions(session) == []
        actions = session.scalars(
            select(ChangeLogEntry.action).where(ChangeLogEntry.entity == "kpi_definition")
        ).all()
    assert actions == ["create", "create", "delete", "delete"]

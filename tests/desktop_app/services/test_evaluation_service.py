"""Cleaner-production evaluation in the application: the shipped sample, values from KPIs and
from stored inputs, what is missing and why, imports that explain their refusals, roles."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.energy_conventions import set_convention
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.evaluation import (
    MAX_SYSTEM_BYTES,
    SystemOrigin,
    SystemRejected,
    available_systems,
    builtin_systems,
    evaluate_period,
    export_system,
    import_system,
    set_input,
    stored_inputs,
)
from desktop_app.services.records import add_record
from desktop_app.services.startup import open_site
from domain.energy import EnergyConvention
from domain.evaluation import Kind, Level, system_from_dict, validate
from domain.kpis import BUILTIN
from domain.records import POLLUTANTS, Record, RecordCategory
from domain.roles import Actor, PermissionDenied, Role
from storage.models import ChangeLogEntry, EvaluationInputRecord, Tag
from storage.readings import insert_rows
from storage.records import day_start_ms
from storage.rollups import recompute_rollups

ENGINEER = Actor("wang", Role.ENGINEER, None)
INSPECTOR = Actor("li", Role.INSPECTOR, None)
SAMPLE = "sample_generic_manufacturing"
OCT1, OCT31 = date(2026, 10, 1), date(2026, 10, 31)
QUALITATIVE = (
    "clean_process", "energy_saving_equipment", "hazardous_waste_management",
    "hazardous_substances", "environmental_compliance", "cleaner_production_audit",
    "management_systems",
)  # fmt: skip


@pytest.fixture
def site(data_dir, demo_port):
    startup = open_site(data_dir, demo_port=demo_port)
    yield startup.database
    startup.database.close()


def meter_use(database, name: str, amount: float) -> None:
    """A counter that rises by `amount` within October (readings on Oct 2 and Oct 31)."""
    with database.transaction() as session:
        tag = int(session.scalar(select(Tag.id).where(Tag.name == name)))
        rows = [
            (tag, day_start_ms(date(2026, 10, 2)), 1000.0, 0),
            (tag, day_start_ms(date(2026, 10, 31)), 1000.0 + amount, 0),
        ]
        insert_rows(session.connection(), rows)
        recompute_rollups(session.connection(), [tag], rows[0][1], rows[-1][1] + 1)


def october_records(database) -> None:
    """1,000 t output; each KPI-linked indicator of the sample lands at level II, solid waste I.

    energy (400,000 kWh × 0.1229 + 2,500 m³ water × 0.0857) / 1000 t = 49.37 kgce/t (II ≤ 60);
    water 2.5 m³/t (II ≤ 3); materials 1000/1030 = 97.1 % (II ≥ 95); reclaimed 50 % (II ≥ 40);
    packaging 80 % (II ≥ 75); COD 0.15 kg/t (II ≤ 0.2); solid waste 12 kg/t (I ≤ 15).
    """
    meter_use(database, "power_main_import_energy", 400_000)
    meter_use(database, "water_fresh_total", 2_500)
    meter_use(database, "gas_main_total", 0)
    rows = [
        (RecordCategory.PRODUCTION, "产品", 1000, "t"),
        (RecordCategory.RAW_MATERIAL, "钢材", 1030, "t"),
        (RecordCategory.RECLAIMED_WATER, "中水", 500, "m³"),
        (RecordCategory.WASTEWATER, "废水", 1000, "m³"),
        (RecordCategory.PACKAGING_USED, "纸箱", 10, "t"),
        (RecordCategory.PACKAGING_RECOVERED, "纸箱", 8, "t"),
        (RecordCategory.POLLUTANT, "cod", 150, "kg"),
        (RecordCategory.SOLID_WASTE, "边角料", 12, "t"),
    ]
    with database.transaction() as session:
        set_convention(session, ENGINEER, EnergyConvention(2026, natural_gas_kgce_per_m3=1.2143))
        for category, item, quantity, unit in rows:
            add_record(
                session, ENGINEER, Record(date(2026, 10, 15), category, item, quantity, unit)
            )


def all_inputs_at_level_I(database) -> None:
    with database.transaction() as session:
        for code in QUALITATIVE:
            set_input(session, ENGINEER, SAMPLE, code, 1)
        set_input(session, ENGINEER, SAMPLE, "solid_waste_utilisation", 96.0, note="台账")
        set_input(session, ENGINEER, SAMPLE, "product_pass_rate", 99.8)


def test_the_sample_is_shipped_valid_active_and_linked_to_real_kpis(site) -> None:
    (sample,) = builtin_systems()
    assert sample.code == SAMPLE and sample.sample and validate(sample) == []
    known = {d.code for d in BUILTIN} | {f"emission.{p}" for p in POLLUTANTS}
    links = {i.code: i.kpi for i in sample.indicators if i.kpi}
    assert set(links.values()) <= known
    assert links["cod_intensity"] == "emission.cod"
    with site.reading() as session:
        (entry,) = available_systems(session)
    assert entry.system == sample and entry.origin is SystemOrigin.BUILTIN and entry.active


def test_kpi_linked_values_come_from_the_records_and_the_rest_from_inputs(site) -> None:
    october_records(site)
    all_inputs_at_level_I(site)
    with site.reading() as session:
        view = evaluate_period(session, None, OCT1, OCT31)
    energy = view.source("energy_per_unit")
    assert energy.source == "kpi:energy_per_unit"
    assert energy.value == pytest.approx((400_000 * 0.1229 + 2_500 * 0.0857) / 1000)
    assert view.source("cod_intensity").source == "kpi:emission.cod"
    assert view.source("cod_intensity").value == pytest.approx(0.15)
    assert view.source("solid_waste_rate").value == pytest.approx(12.0)
    assert view.source("product_pass_rate").source == "input"
    assert view.source("solid_waste_utilisation").note == "台账"
    evaluation = view.evaluation
    assert evaluation.missing == ()
    assert view.result("energy_per_unit").achieved is Level.II  # type: ignore[union-attr]
    assert view.result("solid_waste_rate").achieved is Level.I  # type: ignore[union-attr]
    # Every indicator meets II, and the KPI-linked ones except solid waste miss I.
    linked_at_ii = (
        "energy_per_unit", "fresh_water_per_unit", "material_utilisation",
        "reclaimed_water_rate", "packaging_recovery", "cod_intensity",
    )  # fmt: skip
    missed = sum(view.result(code).weight for code in linked_at_ii)  # type: ignore[union-attr]
    assert evaluation.y_II == 100.0 and evaluation.y_III == 100.0
    assert evaluation.y_I == pytest.approx(100.0 * (1 - missed))
    assert evaluation.rating is Level.II
    assert evaluation.reasons()[Level.I] == ("y_below_85", "limiting_not_met")
    holding = evaluation.holding_back()
    assert {s.code for s in holding} == set(linked_at_ii)
    assert [s.code for s in holding if s.required] == sorted(
        ["energy_per_unit", "fresh_water_per_unit", "cod_intensity"],
        key=lambda code: (-view.result(code).weight, code),  # type: ignore[union-attr]
    )


def test_missing_values_are_reported_with_the_reason(site) -> None:
    october_records(site)
    with site.transaction() as session:
        set_input(session, ENGINEER, SAMPLE, "clean_process", 2)
    with site.reading() as session:
        november = evaluate_period(session, SAMPLE, date(2026, 11, 1), date(2026, 11, 30))
        october = evaluate_period(session, SAMPLE, OCT1, OCT31)
    assert november.source("energy_per_unit").source == "missing"
    assert november.source("energy_per_unit").reason == "missing_inputs"
    assert november.source("cod_intensity").reason == "missing_inputs"
    assert october.source("clean_process").value == 2.0
    expected = {*QUALITATIVE, "solid_waste_utilisation", "product_pass_rate"} - {"clean_process"}
    assert set(october.evaluation.missing) == expected
    assert all(october.source(code).reason == "no_input" for code in expected)
    assert october.evaluation.rating is None
    assert "missing_data" in october.evaluation.reasons()[Level.III]
    assert {s.code for s in october.evaluation.holding_back() if s.missing} == expected


def test_not_applicable_drops_an_indicator_and_clearing_removes_the_entry(site) -> None:
    october_records(site)
    all_inputs_at_level_I(site)
    with site.transaction() as session:
        set_input(session, ENGINEER, SAMPLE, "packaging_recovery", None, True, "无包装")
        set_input(session, ENGINEER, SAMPLE, "product_pass_rate", None)
    with site.reading() as session:
        view = evaluate_period(session, SAMPLE, OCT1, OCT31)
        codes = {i.indicator_code for i in stored_inputs(session, SAMPLE)}
    assert view.evaluation.not_applicable == ("packaging_recovery",)
    assert view.result("packaging_recovery") is None
    assert sum(r.weight for r in view.evaluation.results) == pytest.approx(1.0)
    assert view.evaluation.missing == ("product_pass_rate",)
    assert "product_pass_rate" not in codes and "packaging_recovery" in codes


def test_inputs_are_checked_and_change_logged(site) -> None:
    cases = [
        ("energy_per_unit", 50.0, "kpi_linked"),
        ("clean_process", 1.5, "bad_qualitative_value"),
        ("product_pass_rate", float("nan"), "not_finite"),
        ("no_such_indicator", 1.0, "unknown_indicator"),
    ]
    for indicator, value, code in cases:
        with pytest.raises(ConfigurationError) as refused, site.transaction() as session:
            set_input(session, ENGINEER, SAMPLE, indicator, value)
        assert refused.value.code == code
    with pytest.raises(ConfigurationError, match="unknown_system"), site.transaction() as session:
        set_input(session, ENGINEER, "nope", "clean_process", 1)
    with site.transaction() as session:
        set_input(session, ENGINEER, SAMPLE, "clean_process", 1)
        set_input(session, ENGINEER, SAMPLE, "clean_process", 2)
    with site.reading() as session:
        entries = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "evaluation_input")
        ).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert json.loads(entries[1].old_value or "{}")["value"] == 1.0
    assert entries[1].actor_name == "wang"


def test_a_site_exports_the_sample_edits_it_and_imports_it(site) -> None:
    with site.reading() as session:
        document = json.loads(export_system(session, SAMPLE))
    document.update(code="our_plant", sample=False, name_zh="本厂体系", version="2026")
    energy = next(i for i in document["indicators"] if i["code"] == "energy_per_unit")
    energy.update(unit="tce/t", benchmarks=[0.045, 0.06, 0.075])
    water = next(i for i in document["indicators"] if i["code"] == "fresh_water_per_unit")
    water["unit"] = "%"
    with site.transaction() as session:
        system = import_system(session, ENGINEER, json.dumps(document), "adopted")
    assert system.code == "our_plant" and not system.sample
    october_records(site)
    with site.reading() as session:
        entries = available_systems(session)
        view = evaluate_period(session, None, OCT1, OCT31)
        exported = export_system(session, "our_plant")
    assert [(e.system.code, e.active) for e in entries] == [(SAMPLE, False), ("our_plant", True)]
    assert entries[1].origin is SystemOrigin.IMPORTED and entries[1].imported_by == "wang"
    assert view.system.code == "our_plant"
    assert view.source("energy_per_unit").value == pytest.approx(0.04937425)
    assert view.source("fresh_water_per_unit").reason == "unit_mismatch"
    assert system_from_dict(json.loads(exported)) == system
    document["version"] = "2027"
    with site.transaction() as session:
        import_system(session, ENGINEER, json.dumps(document))
        log = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "evaluation_system")
        ).all()
    assert len(available_systems_of(site)) == 2
    assert [e.reason for e in log] == ["adopted", ""]
    assert json.loads(log[1].old_value or "{}")["version"] == "2026"


def available_systems_of(database) -> tuple:
    with database.reading() as session:
        return available_systems(session)


def refusal(site, text: str) -> ConfigurationError:
    with pytest.raises(ConfigurationError) as refused, site.transaction() as session:
        import_system(session, ENGINEER, text)
    return refused.value


def test_imports_explain_what_is_wrong(site) -> None:
    with site.reading() as session:
        document = json.loads(export_system(session, SAMPLE))
    assert refusal(site, "{ not json").code == "not_json"
    assert refusal(site, "x" * (MAX_SYSTEM_BYTES + 1)).code == "too_large"
    assert refusal(site, json.dumps(document)).code == "builtin_code"
    document["code"] = "ours"
    misspelt = json.loads(json.dumps(document))
    misspelt["indicators"][0]["limitng"] = True
    error = refusal(site, json.dumps(misspelt))
    assert (error.code, error.field) == ("unknown_key", "/indicators/0/limitng")
    heavy = json.loads(json.dumps(document))
    heavy["groups"][0]["weight"] = 0.5
    heavy["indicators"][0]["kind"] = Kind.LOWER_BETTER.value
    heavy["indicators"][0]["benchmarks"] = [3, 2, 1]
    error = refusal(site, json.dumps(heavy))
    assert isinstance(error, SystemRejected)
    assert {(p.code, p.field) for p in error.problems} >= {
        ("weights_not_1", "/groups"),
        ("not_monotone", "/indicators/0/benchmarks"),
    }
    assert len(available_systems_of(site)) == 1


def test_only_roles_that_manage_kpis_change_the_evaluation(site) -> None:
    with site.reading() as session:
        document = json.loads(export_system(session, SAMPLE))
    document["code"] = "ours"
    with pytest.raises(PermissionDenied), site.transaction() as session:
        import_system(session, INSPECTOR, json.dumps(document))
    with pytest.raises(PermissionDenied), site.transaction() as session:
        set_input(session, INSPECTOR, SAMPLE, "clean_process", 1)
    with site.reading() as session:
        assert len(available_systems(session)) == 1
        assert session.scalar(select(func.count()).select_from(EvaluationInputRecord)) == 0


def test_the_seeded_demo_plant_feeds_every_kpi_linked_indicator(site) -> None:
    summary = seed_demo(site, 35, cleaner_production=False)
    assert summary.first_day is not None and summary.last_day is not None
    with site.reading() as session:
        view = evaluate_period(session, SAMPLE, summary.first_day, summary.last_day)
    linked = [i for i in view.system.indicators if i.kpi]
    assert all(view.source(i.code).source == f"kpi:{i.kpi}" for i in linked)
    assert set(view.evaluation.missing) == {i.code for i in view.system.indicators if not i.kpi}


def test_a_period_must_not_end_before_it_starts(site) -> None:
    with pytest.raises(ConfigurationError, match="bad_period"), site.reading() as session:
        evaluate_period(session, SAMPLE, OCT31, OCT1)

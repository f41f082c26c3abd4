"""What starts an energy over-limit approval by itself: a demand alarm, and a month whose
energy per tonne is above the target's plan. Each starts once, however often the watch runs."""

from __future__ import annotations

from datetime import date

from desktop_app.services.alarm_records import record_transitions
from desktop_app.services.alarms import list_limits
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.kpi_targets import set_target
from desktop_app.services.kpis import compute_kpis
from desktop_app.services.workflow_tasks import list_instances
from desktop_app.services.workflow_triggers import watch
from domain.alarm_evaluator import AlarmEvaluator
from domain.readings import Reading
from domain.roles import SYSTEM
from domain.targets import Target
from tests.desktop_app.services.workflow_fixtures import Plant, plant_fixture  # noqa: F401

NOW = 1_790_000_000_000
NOV_15 = 1_794_700_800_000
"""2026-11-15 00:00 UTC."""


def test_a_demand_alarm_starts_one_over_limit_approval(plant: Plant) -> None:
    with plant.database.reading() as session:
        demand = next(limit for limit in list_limits(session) if limit.setpoint == 850.0)
    evaluator = AlarmEvaluator([demand], 0)
    readings = [Reading(demand.tag_id, NOW - 60_000 + i * 5_000, 910.0) for i in range(10)]
    with plant.database.transaction() as session:
        record_transitions(session, evaluator.feed(readings))
    with plant.database.transaction() as session:
        first = watch(session, NOW, date(2026, 11, 15))
    with plant.database.transaction() as session:
        again = watch(session, NOW + 60_000, date(2026, 11, 15))
    assert len(first.started) == 1 and again.started == ()
    with plant.database.reading() as session:
        (instance,) = list_instances(session)
    assert instance.definition.code == "energy_over_limit"
    assert instance.source_kind == "alarm"
    assert instance.values["limit_value"] == 850.0
    assert instance.values["actual_value"] >= 910.0


def test_a_month_above_the_planned_energy_per_tonne_starts_an_approval(plant: Plant) -> None:
    seed_demo(plant.database, 50, now_ms=NOV_15, cleaner_production=False)
    target = Target("energy_per_unit", 20.0, 10.0, date(2026, 1, 1), date(2027, 1, 1),
                    department="能源管理部")  # fmt: skip
    with plant.database.transaction() as session:
        set_target(session, SYSTEM, target)
        october = compute_kpis(session, date(2026, 10, 1), date(2026, 10, 31))
    value = october.value("energy_per_unit")
    assert value is not None and value.value is not None
    output = next(i.value for i in value.inputs if i.name == "production")
    limit = 20.0 + (10.0 - 20.0) * 303 / 365
    assert value.value > limit, "the demo plant uses more than this strict plan allows"
    with plant.database.transaction() as session:
        summary = watch(session, NOV_15, date(2026, 11, 15))
    with plant.database.transaction() as session:
        again = watch(session, NOV_15 + 60_000, date(2026, 11, 16))
    assert again.started == ()
    assert len(summary.started) == 1
    with plant.database.reading() as session:
        (instance,) = [i for i in list_instances(session) if i.source_kind == "kpi_breach"]
    assert instance.source_ref == "energy_per_unit:2026-10"
    assert abs(instance.values["limit_value"] - limit) < 1e-4
    assert abs(instance.values["excess_kgce"] - (value.value - limit) * output) < 1e-2


def test_a_month_within_plan_starts_nothing(plant: Plant) -> None:
    seed_demo(plant.database, 50, now_ms=NOV_15, cleaner_production=False)
    lenient = Target("energy_per_unit", 900.0, 800.0, date(2026, 1, 1), date(2027, 1, 1),
                     department="能源管理部")  # fmt: skip
    with plant.database.transaction() as session:
        set_target(session, SYSTEM, lenient)
        assert watch(session, NOV_15, date(2026, 11, 15)).started == ()

"""Manual readings, corrections, meter replacements and counter settings change the totals at
once (rollups recomputed in the same transaction), keep what they replaced, need the right role,
and leave a change-log entry saying who and why."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop_app.services.configuration import load_bus_configs
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.instruments import create_bus, create_device, create_tag, update_tag
from desktop_app.services.manual_readings import (
    correct_reading,
    corrections_of,
    enter_manual_reading,
)
from desktop_app.services.meter_replacements import (
    replace_meter,
    replacements_of,
    undo_replacement,
)
from domain.instruments import BusConfig, BusKind, DeviceConfig, RegisterType, TagConfig
from domain.quality import Quality
from domain.roles import Actor, PermissionDenied, Role
from storage.history import Step, consumption
from storage.models import ChangeLogEntry, Site
from storage.readings import insert_rows
from storage.rollups import recompute_rollups

ENGINEER = Actor("wang", Role.ENGINEER, None)
INSPECTOR = Actor("li", Role.INSPECTOR, None)
DAY0 = 1_767_196_800_000  # 2026-01-01 00:00 +08:00 as UTC ms: a whole local day
MINUTE = 60_000


def _counter_config(device_id: int) -> TagConfig:
    return TagConfig(
        0, device_id, "main_kwh", "kWh", RegisterType.HOLDING_REGISTER, 0, is_counter=True
    )


@pytest.fixture
def meter(database) -> int:
    """A kWh counter with one reading a minute for an hour, rising 2 kWh a minute from 1000."""
    with database.transaction() as session:
        session.add(Site(code="s1", name="一厂", created_ms=DAY0))
        session.flush()
        bus = create_bus(session, ENGINEER, BusConfig(0, "line", BusKind.MODBUS_TCP, "10.0.0.9"))
        device = create_device(session, ENGINEER, DeviceConfig(0, bus, "incomer", 1))
        tag = create_tag(session, ENGINEER, _counter_config(device))
        rows = [(tag, DAY0 + i * MINUTE, 1000.0 + 2 * i, int(Quality.GOOD)) for i in range(61)]
        insert_rows(session.connection(), rows)
        recompute_rollups(session.connection(), [tag], DAY0, DAY0 + 61 * MINUTE)
    return tag


def hour_total(database, tag: int) -> float:
    with database.reading() as session:
        series = consumption(session, tag, DAY0, DAY0 + 3_600_000, Step.HOUR)
    return float(series.amount.sum())


def log_entries(database, entity: str) -> list[ChangeLogEntry]:
    with database.reading() as session:
        return list(session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity == entity)))


def test_a_correction_changes_the_total_keeps_the_original_and_says_who_and_why(
    database, meter: int
) -> None:
    assert hour_total(database, meter) == pytest.approx(118.0)  # 59 rises of 2 in the hour
    with database.transaction() as session:
        correct_reading(session, ENGINEER, meter, DAY0 + 60 * MINUTE, 1150.0, "misread display")
    assert hour_total(database, meter) == pytest.approx(118.0)  # minute 60 is the next hour
    with database.transaction() as session:
        correct_reading(session, ENGINEER, meter, DAY0 + 59 * MINUTE, 1128.0, "typo")
    assert hour_total(database, meter) == pytest.approx(128.0)
    with database.reading() as session:
        (story,) = corrections_of(session, meter, DAY0 + 59 * MINUTE, DAY0 + 59 * MINUTE)
    assert (story.old_value, story.new_value, story.actor_name, story.reason) == (
        1118.0,
        1128.0,
        "wang",
        "typo",
    )
    assert story.old_quality is Quality.GOOD
    entries = log_entries(database, "reading")
    assert [(e.action, e.reason) for e in entries][-1] == ("correct", "typo")


def test_a_correction_without_a_reason_or_by_an_inspector_is_refused(database, meter: int) -> None:
    with database.transaction() as session, pytest.raises(ConfigurationError) as refused:
        correct_reading(session, ENGINEER, meter, DAY0, 999.0, "  ")
    assert refused.value.code == "reason_required"
    with database.transaction() as session, pytest.raises(PermissionDenied):
        correct_reading(session, INSPECTOR, meter, DAY0, 999.0, "because")
    assert hour_total(database, meter) == pytest.approx(118.0)


def test_a_manual_reading_fills_a_gap_and_is_marked_manual(database, meter: int) -> None:
    later = DAY0 + 90 * MINUTE
    with database.transaction() as session:
        enter_manual_reading(session, ENGINEER, meter, later, 1200.0, "meter offline, walked")
    with database.reading() as session:
        series = consumption(session, meter, DAY0 + 3_600_000, DAY0 + 7_200_000, Step.RAW)
    assert series.amount.tolist() == [2.0, 80.0]  # minute 60, then the manual reading
    with database.transaction() as session, pytest.raises(ConfigurationError) as refused:
        enter_manual_reading(session, ENGINEER, meter, later, 1201.0)
    assert refused.value.code == "reading_exists"


def test_a_meter_replacement_turns_the_drop_into_the_real_consumption(database, meter: int) -> None:
    """Minute 30 the old meter read 1060 and was swapped; the new one started at 5 kWh."""
    with database.transaction() as session:
        rows = [(meter, DAY0 + i * MINUTE, 5.0 + 2 * (i - 30), 0) for i in range(31, 61)]
        session.connection().exec_driver_sql(
            "UPDATE readings SET value = ? WHERE tag_id = ? AND ts = ?",
            [(v, t, ts) for t, ts, v, _q in rows],
        )
        recompute_rollups(session.connection(), [meter], DAY0, DAY0 + 61 * MINUTE)
    # Read as a reset, the new meter is assumed to have started at 0: 7 kWh instead of 3.
    assert hour_total(database, meter) == pytest.approx(60.0 + 7.0 + 56.0)
    swap_at = DAY0 + 30 * MINUTE + 30_000
    with database.transaction() as session:
        replace_meter(session, ENGINEER, meter, swap_at, 1061.0, 5.0, "CT meter failed, new one")
    # (1061 − 1060) on the old meter + (7 − 5) on the new one.
    assert hour_total(database, meter) == pytest.approx(60.0 + 3.0 + 56.0)
    with database.reading() as session:
        (record,) = replacements_of(session, meter)
    assert (record.old_final, record.new_start, record.user_name) == (1061.0, 5.0, "wang")
    with database.transaction() as session:
        undo_replacement(session, ENGINEER, meter, swap_at, "wrong meter")
    assert hour_total(database, meter) == pytest.approx(123.0)
    assert [e.action for e in log_entries(database, "meter_replacement")] == ["create", "delete"]


def test_a_meter_replacement_needs_a_counter_a_reason_and_an_engineer(database, meter: int) -> None:
    at = DAY0 + 30 * MINUTE
    with database.transaction() as session, pytest.raises(PermissionDenied):
        replace_meter(session, INSPECTOR, meter, at, 1060.0, 0.0, "swap")
    for old, new, reason, code in (
        (1060.0, 0.0, "", "reason_required"),
        (1060.0, -1.0, "swap", "negative_counter"),
        (float("nan"), 0.0, "swap", "not_finite"),
    ):
        with database.transaction() as session, pytest.raises(ConfigurationError) as refused:
            replace_meter(session, ENGINEER, meter, at, old, new, reason)
        assert refused.value.code == code
    with database.transaction() as session:
        replace_meter(session, ENGINEER, meter, at, 1060.0, 0.0, "swap")
    with database.transaction() as session, pytest.raises(ConfigurationError) as refused:
        replace_meter(session, ENGINEER, meter, at, 1060.0, 0.0, "again")
    assert refused.value.code == "replacement_exists"


def test_changing_a_counter_setting_recomputes_the_stored_totals(database, meter: int) -> None:
    """A furnace start draws 500 kWh in a minute; the history-based rule doubts it until the
    engineer states what the meter can really count (10 kWh/s)."""
    with database.transaction() as session:
        session.connection().exec_driver_sql(
            "UPDATE readings SET value = value + 500 WHERE tag_id = ? AND ts >= ?",
            (meter, DAY0 + 40 * MINUTE),
        )
        recompute_rollups(session.connection(), [meter], DAY0, DAY0 + 61 * MINUTE)
    assert hour_total(database, meter) == pytest.approx(116.0)  # the jump flagged, counted 0
    with database.reading() as session:
        (bus,) = load_bus_configs(session)
    tag = bus.devices[0].tags[0]
    with database.transaction() as session:
        update_tag(session, ENGINEER, replace(tag, max_rate=10.0), reason="furnace: ≤ 10 kWh/s")
    assert hour_total(database, meter) == pytest.approx(618.0)
    with database.reading() as session:
        (bus,) = load_bus_configs(session)
    assert bus.devices[0].tags[0].max_rate == 10.0


def test_max_rate_is_only_for_counters() -> None:
    from domain.instrument_rules import tag_problems

    plain = replace(_counter_config(1), is_counter=False, max_rate=2.0)
    assert [p.code for p in tag_problems(plain, modbus=True)] == ["bad_max_rate"]
    assert tag_problems(replace(_counter_config(1), max_rate=2.0), modbus=True) == []
    assert [p.code for p in tag_problems(replace(_counter_config(1), max_rate=0.0), modbus=True)]

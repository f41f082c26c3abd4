"""Alarm services: limits are configuration, acknowledgement is a signed statement, history is
searchable and exports read back."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.services.alarm_export import ExportLabels, export_csv, export_xlsx
from desktop_app.services.alarm_records import record_transitions
from desktop_app.services.alarms import (
    AlarmError,
    acknowledge,
    active_alarms,
    count_history,
    create_limit,
    delete_limit,
    list_limits,
    search_history,
    update_limit,
)
from desktop_app.services.configuration import load_tag_catalog
from desktop_app.services.demo_alarms import configure_demo_alarms, demo_alarm_limits
from desktop_app.services.demo_site import configure_demo_site
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.users import create_user
from domain.alarm_evaluator import AlarmEvaluator
from domain.alarms import AlarmKind, AlarmLimit, AlarmState, limit_problems
from domain.readings import Reading
from domain.roles import SYSTEM, Actor, PermissionDenied, Role
from storage.models import AlarmEventRecord, ChangeLogEntry


@dataclass(frozen=True)
class Plant:
    database: object
    tags: dict[str, int]
    engineer: Actor
    inspector: Actor
    viewer: Actor


@pytest.fixture
def plant(database) -> Plant:
    with database.transaction() as session:
        configure_demo_site(session, SYSTEM, 15020)
        actors = {}
        for name, role in (("wang", Role.ENGINEER), ("li", Role.INSPECTOR), ("zhao", Role.VIEWER)):
            info = create_user(session, SYSTEM, name, "password-123", role)
            actors[name] = Actor(info.name, info.role, info.id)
        tags = {t.name: t.id for t in load_tag_catalog(session)}
    return Plant(database, tags, actors["wang"], actors["li"], actors["zhao"])


def _raise(plant: Plant, limit_id: int, values: list[tuple[int, float]]) -> None:
    """Run readings through an evaluator of the stored limits and record what it decides."""
    db = plant.database
    with db.reading() as session:
        limits = list_limits(session)
    evaluator = AlarmEvaluator(limits, 0)
    chosen = next(limit for limit in limits if limit.id == limit_id)
    readings = [Reading(chosen.tag_id, ts, value) for ts, value in values]
    with db.transaction() as session:
        record_transitions(session, evaluator.feed(readings))


def _so2_limit(plant: Plant, **changes) -> int:
    limit = AlarmLimit(0, plant.tags["stack_so2"], AlarmKind.HI, 35.0, message="二氧化硫超标")
    with plant.database.transaction() as session:
        return create_limit(session, plant.engineer, replace(limit, **changes))


def test_limits_are_validated_role_checked_and_change_logged(plant: Plant) -> None:
    limit_id = _so2_limit(plant, deadband=1.0)
    db = plant.database
    hihi = AlarmLimit(0, plant.tags["stack_so2"], AlarmKind.HIHI, 30.0)
    with pytest.raises(ConfigurationError) as refused, db.transaction() as session:
        create_limit(session, plant.engineer, hihi)
    assert refused.value.code == "limits_out_of_order"
    with pytest.raises(ConfigurationError) as twice, db.transaction() as session:
        create_limit(session, plant.engineer, AlarmLimit(0, plant.tags["stack_so2"], AlarmKind.HI))
    assert twice.value.code == "limit_exists"
    with pytest.raises(PermissionDenied), db.transaction() as session:
        create_limit(session, plant.inspector, replace(hihi, setpoint=80.0))
    with pytest.raises(ConfigurationError, match="bad_priority"), db.transaction() as session:
        create_limit(session, plant.engineer, replace(hihi, setpoint=80.0, priority=9))
    with db.transaction() as session:
        stored = list_limits(session)[0]
        update_limit(session, plant.engineer, replace(stored, setpoint=30.0), reason="permit")
    with db.transaction() as session:
        delete_limit(session, plant.engineer, limit_id, reason="moved to hourly average")
        assert list_limits(session) == ()
        entries = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "alarm_limit")
        ).all()
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert json.loads(entries[1].old_value) == {"setpoint": 35.0}
    assert entries[1].reason == "permit" and entries[1].actor_name == "wang"


def test_acknowledge_needs_a_role_and_a_comment_and_happens_once(plant: Plant) -> None:
    limit_id = _so2_limit(plant)
    _raise(plant, limit_id, [(1000, 30.0), (2000, 40.0), (3000, 42.0)])
    db = plant.database
    with db.reading() as session:
        (alarm,) = active_alarms(session)
    assert alarm.state is AlarmState.ACTIVE_UNACKNOWLEDGED
    assert (alarm.tag_label, alarm.unit, alarm.value, alarm.message) == (
        "二氧化硫 SO2",
        "mg/m³",
        40.0,
        "二氧化硫超标",
    )
    with pytest.raises(PermissionDenied), db.transaction() as session:
        acknowledge(session, plant.viewer, alarm.id, "seen")
    with pytest.raises(AlarmError, match="comment_required"), db.transaction() as session:
        acknowledge(session, plant.inspector, alarm.id, "   ")
    with db.transaction() as session:
        acked = acknowledge(session, plant.inspector, alarm.id, " 脱硫浆液泵已切换 ")
    assert acked.state is AlarmState.ACTIVE_ACKNOWLEDGED
    assert (acked.acked_by_name, acked.ack_comment) == ("li", "脱硫浆液泵已切换")
    with pytest.raises(AlarmError, match="already_acknowledged"), db.transaction() as session:
        acknowledge(session, plant.engineer, alarm.id, "again")
    with pytest.raises(AlarmError, match="alarm_not_found"), db.transaction() as session:
        acknowledge(session, plant.engineer, 999, "x")
    _raise(plant, limit_id, [(1000, 40.0), (5000, 20.0)])
    with db.reading() as session:
        assert active_alarms(session) == (), "cleared and acknowledged: closed"
        log = session.scalars(select(AlarmEventRecord).order_by(AlarmEventRecord.id)).all()
    assert [(e.event, e.state, e.actor_name) for e in log] == [
        ("raise", "active_unacknowledged", "system"),
        ("acknowledge", "active_acknowledged", "li"),
        ("clear", "cleared", "system"),
    ]
    assert log[1].user_id == plant.inspector.user_id and log[1].comment == "脱硫浆液泵已切换"


def test_a_cleared_alarm_waits_for_acknowledgement(plant: Plant) -> None:
    limit_id = _so2_limit(plant)
    _raise(plant, limit_id, [(1000, 40.0), (2000, 20.0)])
    db = plant.database
    with db.reading() as session:
        (alarm,) = active_alarms(session)
    assert alarm.state is AlarmState.CLEARED_UNACKNOWLEDGED and alarm.cleared_ts == 2000
    assert alarm.peak_value == 40.0
    with db.transaction() as session:
        assert acknowledge(session, plant.engineer, alarm.id, "spike").state is AlarmState.CLEARED


def test_escalation_changes_the_open_alarm_and_asks_again(plant: Plant) -> None:
    limit_id = _so2_limit(plant)
    with plant.database.transaction() as session:
        hihi = AlarmLimit(0, plant.tags["stack_so2"], AlarmKind.HIHI, 50.0, priority=1)
        create_limit(session, plant.engineer, hihi)
    _raise(plant, limit_id, [(1000, 40.0)])
    db = plant.database
    with db.transaction() as session:
        (alarm,) = active_alarms(session)
        acknowledge(session, plant.engineer, alarm.id, "watching")
    with db.reading() as session:
        limits = list_limits(session)
    evaluator = AlarmEvaluator(limits, 0)
    evaluator.restore(limit_id, 40.0)
    with db.transaction() as session:
        record_transitions(session, evaluator.feed([Reading(alarm.tag_id or 0, 2000, 60.0)]))
    with db.reading() as session:
        (escalated,) = active_alarms(session)
    assert escalated.id == alarm.id
    assert (escalated.kind, escalated.priority, escalated.setpoint) == (AlarmKind.HIHI, 1, 50.0)
    assert escalated.state is AlarmState.ACTIVE_UNACKNOWLEDGED
    assert escalated.peak_value == 60.0


def test_an_acknowledgement_racing_a_clear_lands_in_the_right_state(plant: Plant) -> None:
    """The page read 'active'; the monitor cleared it meanwhile; the ack must close it."""
    limit_id = _so2_limit(plant)
    _raise(plant, limit_id, [(1000, 40.0)])
    db = plant.database
    with db.reading() as session:
        (seen_by_page,) = active_alarms(session)
    _raise(plant, limit_id, [(1000, 40.0), (2000, 20.0)])
    with db.transaction() as session:
        done = acknowledge(session, plant.engineer, seen_by_page.id, "ok")
    assert seen_by_page.state is AlarmState.ACTIVE_UNACKNOWLEDGED
    assert done.state is AlarmState.CLEARED


def test_history_search_by_text_tag_person_state_and_time(plant: Plant) -> None:
    so2 = _so2_limit(plant)
    with plant.database.transaction() as session:
        cod = create_limit(
            session,
            plant.engineer,
            AlarmLimit(0, plant.tags["wastewater_cod"], AlarmKind.HI, 50.0, message_en="COD high"),
        )
    for start in (10_000, 20_000, 30_000):
        _raise(plant, so2, [(start, 40.0), (start + 1000, 20.0)])
    _raise(plant, cod, [(25_000, 70.0)])
    db = plant.database
    with db.transaction() as session:
        first = search_history(session, start_ms=10_000, end_ms=11_000)[0]
        acknowledge(session, plant.inspector, first.id, "分析仪校准后恢复 100%_ok")
    with db.reading() as session:
        everything = search_history(session)
        assert [a.raised_ts for a in everything] == [30_000, 25_000, 20_000, 10_000]
        assert [a.tag_name for a in search_history(session, text="氮")] == []
        assert len(search_history(session, text="二氧化硫")) == 3, "the tag's Chinese label"
        assert len(search_history(session, text="cod HIGH")) == 1, "words, any case"
        assert len(search_history(session, text="100%_")) == 1, "wildcards are literal"
        assert len(search_history(session, tag_id=plant.tags["wastewater_cod"])) == 1
        assert [a.id for a in search_history(session, person="L")] == [first.id]
        assert len(search_history(session, state=AlarmState.CLEARED_UNACKNOWLEDGED)) == 2
        assert len(search_history(session, start_ms=20_000, end_ms=30_000)) == 2
        page = search_history(session, limit=2, offset=1)
        assert [a.raised_ts for a in page] == [25_000, 20_000]
        assert count_history(session) == 4 and count_history(session, text="cod") == 1


def test_csv_and_excel_exports_read_back(plant: Plant, tmp_path: Path) -> None:
    limit_id = _so2_limit(plant)
    _raise(plant, limit_id, [(1_700_000_000_000, 41.5), (1_700_000_060_000, 20.0)])
    db = plant.database
    with db.transaction() as session:
        (alarm,) = active_alarms(session)
        acknowledge(session, plant.inspector, alarm.id, "已处理, 见交接班记录")
        rows = search_history(session)
    labels = ExportLabels(
        headers=tuple(f"h{i}" for i in range(14)),
        kinds={AlarmKind.HI: "高限"},
        states={AlarmState.CLEARED: "已复归已确认"},
        chinese=True,
        sheet_title="报警历史",
    )
    assert export_csv(tmp_path / "a.csv", rows, labels) == 1
    raw = (tmp_path / "a.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8"
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as handle:
        header, line = list(csv.reader(handle))
    assert header[0] == "h0"
    raised = datetime.fromtimestamp(1_700_000_000).strftime("%Y-%m-%d %H:%M:%S")
    assert line[0] == raised
    assert line[4] == "二氧化硫 SO2 (stack_so2)"
    assert line[5:11] == ["高限", "35", "41.5", "41.5", "mg/m³", "已复归已确认"]
    assert line[11:] == ["li", "已处理, 见交接班记录", "二氧化硫超标"]

    assert export_xlsx(tmp_path / "a.xlsx", rows) == 1
    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert sheet.title == "Alarm history"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Raised", "Cleared", "Acknowledged"]
    assert values[1][0] == datetime.fromtimestamp(1_700_000_000)
    assert values[1][5:11] == ["hi", 35, 41.5, 41.5, "mg/m³", "cleared"]
    assert values[1][11] == "li"
    assert sheet.freeze_panes == "A2"


def test_demo_limits_are_valid_and_cover_every_device(plant: Plant) -> None:
    with plant.database.transaction() as session:
        catalog = load_tag_catalog(session)
        limits = demo_alarm_limits(catalog)
        assert all(limit_problems(limit) == [] for limit in limits)
        assert configure_demo_alarms(session, SYSTEM) == len(limits)
        stored = list_limits(session)
    names = {t.id: t.name for t in catalog}
    kinds = {(names[limit.tag_id], limit.kind, limit.setpoint) for limit in stored}
    assert ("stack_so2", AlarmKind.HI, 35.0) in kinds
    assert ("wastewater_ph", AlarmKind.LO, 6.0) in kinds
    devices = {t.device_id for t in catalog}
    comm = [limit for limit in stored if limit.kind is AlarmKind.COMM_LOSS]
    assert len(comm) == len(devices)
    assert any("通讯中断" in limit.message for limit in comm)
    stale = [limit for limit in stored if limit.kind is AlarmKind.STALE]
    assert {limit.setpoint for limit in stale} == {30.0}

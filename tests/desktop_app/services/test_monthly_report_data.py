"""The monthly report's own figures: alarms of the period (by priority, top tags, longest, an
alarm still standing counted to the period's end), actions verified in the period, and
completeness expected only from a tag's first stored hour."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.services.actions import create_action, move_action
from desktop_app.services.database import Database
from desktop_app.services.monthly_report_data import gather_monthly_report, period_bounds_ms
from desktop_app.services.startup import open_site
from domain.readings import now_ms
from domain.roles import SYSTEM, Actor, Role
from storage.models import AlarmRecord

FIRST, LAST = date(2025, 10, 1), date(2025, 10, 31)
HOUR = 3_600_000


@pytest.fixture
def site(data_dir: Path, demo_port: int) -> Iterator[Database]:
    database = open_site(data_dir, demo_port=demo_port).database
    yield database
    database.close()


def alarm(tag: str, priority: int, raised: int, cleared: int | None) -> AlarmRecord:
    return AlarmRecord(
        tag_name=tag, kind="high", priority=priority, setpoint=1.0, state="cleared",
        raised_ts=raised, cleared_ts=cleared, message=f"{tag} 高", message_en=f"{tag} high",
    )  # fmt: skip


def test_alarms_of_the_period_are_counted_ranked_and_timed(site: Database) -> None:
    start, end = period_bounds_ms(FIRST, LAST)
    with site.transaction() as session:
        session.add_all(
            [
                alarm("ph", 2, start + HOUR, start + 2 * HOUR),
                alarm("ph", 2, start + 5 * HOUR, start + 5 * HOUR + 60_000),
                alarm("cod", 1, start + 10 * HOUR, start + 13 * HOUR),
                alarm("nox", 3, end - 2 * HOUR, None),  # still standing at the end
                alarm("ph", 1, start - HOUR, start + HOUR),  # raised the month before
                alarm("ph", 1, end, end + HOUR),  # raised the next month
            ]
        )
    report = gather_monthly_report(site, FIRST, LAST)
    alarms = report.alarms
    assert alarms.total == 4
    assert alarms.by_priority == ((1, 1), (2, 2), (3, 1), (4, 0))
    assert [(t.tag.en, t.count) for t in alarms.top_tags] == [("ph", 2), ("cod", 1), ("nox", 1)]
    longest = [(a.tag.en, a.duration_s / 3600, a.still_active) for a in alarms.longest]
    assert longest[:3] == [("cod", 3.0, False), ("nox", 2.0, True), ("ph", 1.0, False)]


def test_actions_closed_in_the_period_and_open_ones(site: Database) -> None:
    doer, checker = Actor("li", Role.ENGINEER), Actor("wang", Role.ENGINEER)
    today = date.today()
    with site.transaction() as session:
        done_id = create_action(session, SYSTEM, title="更换探头", due=today - timedelta(days=3))
        open_id = create_action(session, SYSTEM, title="清理雨水沟", due=today - timedelta(days=2))
        create_action(session, SYSTEM, title="复查", due=today + timedelta(days=30))
        for state, actor in (("in_progress", doer), ("done", doer), ("verified", checker)):
            move_action(session, actor, done_id, state)
    assert open_id
    around_now = gather_monthly_report(site, today - timedelta(days=1), today + timedelta(days=1))
    actions = around_now.actions
    assert [a.title for a in actions.closed] == ["更换探头"]
    assert [a.title for a in actions.open] == ["清理雨水沟", "复查"]
    assert [a.title for a in actions.overdue] == ["清理雨水沟"]
    last_year = gather_monthly_report(site, FIRST, LAST)
    assert last_year.actions.closed == ()
    assert now_ms() > period_bounds_ms(FIRST, LAST)[1]


def test_a_site_without_history_reports_no_expected_samples(site: Database) -> None:
    report = gather_monthly_report(site, FIRST, LAST)
    assert report.completeness, "every device is listed"
    assert all(line.expected == 0 and line.percent is None for line in report.completeness)
    assert report.energy.total_kgce is None
    assert report.energy.daily == () or all(d.kgce is None for d in report.energy.daily)

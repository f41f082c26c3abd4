"""Scheduled reports: what is due after a day, a month, or a PC left off for a while; the
schedule kept in the database; due reports written once, a failing folder reported."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.services.database import Database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.report_schedule import (
    DAILY,
    MONTHLY,
    LastRuns,
    ReportSchedule,
    due_reports,
    last_runs,
    report_schedule,
    run_due_reports,
    set_report_schedule,
)
from desktop_app.services.startup import open_site
from domain.roles import SYSTEM, Actor, PermissionDenied, Role

BOTH = ReportSchedule(daily_folder="/r/d", monthly_folder="/r/m", max_catch_up=5)
MORNING = datetime(2025, 11, 4, 7, 30)


def periods(due: list) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(d.kind, d.first.isoformat(), d.last.isoformat()) for d in due]


def test_a_new_schedule_writes_yesterday_and_last_month_only() -> None:
    due = due_reports(BOTH, LastRuns(), MORNING)
    assert periods(due) == [
        (DAILY, "2025-11-03", "2025-11-03"),
        (MONTHLY, "2025-10-01", "2025-10-31"),
    ]
    assert due[0].pdf == Path("/r/d/daily-report-2025-11-03.pdf")
    assert due[0].xlsx == Path("/r/d/daily-report-2025-11-03.xlsx")
    assert due[1].pdf == Path("/r/m/monthly-report-2025-10.pdf")


def test_nothing_is_due_once_the_latest_periods_are_written() -> None:
    done = LastRuns(daily=date(2025, 11, 3), monthly=date(2025, 10, 1))
    assert due_reports(BOTH, done, MORNING) == []


def test_days_missed_while_the_pc_was_off_run_once_each_newest_first() -> None:
    done = LastRuns(daily=date(2025, 10, 31), monthly=date(2025, 10, 1))
    assert periods(due_reports(BOTH, done, MORNING)) == [
        (DAILY, "2025-11-03", "2025-11-03"),
        (DAILY, "2025-11-02", "2025-11-02"),
        (DAILY, "2025-11-01", "2025-11-01"),
    ]


def test_a_long_absence_catches_up_at_most_n_periods() -> None:
    done = LastRuns(daily=date(2025, 6, 1), monthly=date(2024, 12, 1))
    due = due_reports(BOTH, done, MORNING)
    daily = [d.first for d in due if d.kind == DAILY]
    monthly = [(d.first, d.last) for d in due if d.kind == MONTHLY]
    assert len(daily) == 5 and daily[0] == date(2025, 11, 3) and daily[-1] == date(2025, 10, 30)
    assert monthly[:2] == [
        (date(2025, 10, 1), date(2025, 10, 31)),
        (date(2025, 9, 1), date(2025, 9, 30)),
    ]
    assert monthly[-1] == (date(2025, 6, 1), date(2025, 6, 30))


def test_month_ends_and_year_turns() -> None:
    done = LastRuns(monthly=date(2024, 11, 1))
    due = due_reports(ReportSchedule(monthly_folder="m"), done, datetime(2025, 3, 1, 0, 5))
    assert periods(due) == [
        (MONTHLY, "2025-02-01", "2025-02-28"),
        (MONTHLY, "2025-01-01", "2025-01-31"),
        (MONTHLY, "2024-12-01", "2024-12-31"),
    ]


def test_a_kind_without_folder_is_off_and_excel_is_optional() -> None:
    schedule = ReportSchedule(daily_folder="d", excel=False)
    due = due_reports(schedule, LastRuns(), MORNING)
    assert [d.kind for d in due] == [DAILY]
    assert due[0].xlsx is None


@pytest.fixture
def site(data_dir: Path, demo_port: int) -> Database:
    database = open_site(data_dir, demo_port=demo_port).database
    yield database  # type: ignore[misc]
    database.close()


def test_the_schedule_is_stored_change_logged_and_needs_site_rights(site: Database) -> None:
    schedule = ReportSchedule(daily_folder="/d", monthly_folder=None, language="en")
    with site.transaction() as session:
        assert report_schedule(session) == ReportSchedule()
        set_report_schedule(session, SYSTEM, schedule, reason="weekly meeting")
    with site.reading() as session:
        assert report_schedule(session) == schedule
    viewer = Actor("guest", Role.VIEWER)
    with pytest.raises(PermissionDenied), site.transaction() as session:
        set_report_schedule(session, viewer, ReportSchedule())
    with pytest.raises(ConfigurationError) as refused, site.transaction() as session:
        set_report_schedule(session, SYSTEM, ReportSchedule(language="fr"))
    assert refused.value.code == "bad_language"


def test_due_reports_are_written_once_and_recorded(site: Database, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    with site.transaction() as session:
        set_report_schedule(
            session, SYSTEM, ReportSchedule(daily_folder=str(folder / "d"),
                                            monthly_folder=str(folder / "m"))
        )  # fmt: skip
    now = 1_762_214_400_000 + 3_600_000  # 2025-11-04 09:00 in Shanghai
    results = run_due_reports(site, now)
    assert [(r.due.kind, r.error) for r in results] == [(DAILY, ""), (MONTHLY, "")]
    assert sorted(p.name for p in (folder / "d").iterdir()) == [
        "daily-report-2025-11-03.pdf", "daily-report-2025-11-03.xlsx",
    ]  # fmt: skip
    assert (folder / "m" / "monthly-report-2025-10.pdf").stat().st_size > 1000
    with site.reading() as session:
        assert last_runs(session) == LastRuns(date(2025, 11, 3), date(2025, 10, 1))
    assert run_due_reports(site, now) == []
    two_days_later = now + 2 * 86_400_000
    assert [r.due.first for r in run_due_reports(site, two_days_later)] == [
        date(2025, 11, 5), date(2025, 11, 4),
    ]  # fmt: skip


def test_a_folder_that_cannot_be_written_is_reported_and_retried(
    site: Database, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with site.transaction() as session:
        set_report_schedule(session, SYSTEM, ReportSchedule(daily_folder=str(blocked / "d")))
    results = run_due_reports(site, 1_762_214_400_000)
    assert len(results) == 1 and results[0].error
    with site.reading() as session:
        assert last_runs(session) == LastRuns()

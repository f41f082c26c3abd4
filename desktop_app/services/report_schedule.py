"""Scheduled reports: yesterday's daily report and last month's monthly report, each into a
chosen folder, caught up at the next start when the PC was off.

The schedule is kept in the database it reports on (`storage_meta['report_schedule']`, a small
JSON object, like the retention policy), so every computer opening the data directory follows
the same one; the last period produced per kind is kept apart
(`storage_meta['report_schedule_last']`), so changing the folders does not re-run history.

`due_reports` is pure: given the schedule, the last periods produced and the local time, it
lists what to write, newest first — each missed period once, at most `max_catch_up` per kind,
and never a period before the schedule knew of any (a new schedule starts with the latest).
`run_due_reports` writes them and records the newest period written.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.configuration import load_site
from desktop_app.services.database import Database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.monthly_report import LANGUAGES, write_monthly_report
from domain.readings import now_ms
from domain.roles import Actor, Permission

__all__ = [
    "DAILY",
    "MONTHLY",
    "DueReport",
    "LastRuns",
    "ReportSchedule",
    "ScheduledResult",
    "due_reports",
    "last_runs",
    "report_schedule",
    "run_due_reports",
    "set_report_schedule",
]

log = logging.getLogger(__name__)

KEY = "report_schedule"
LAST_KEY = "report_schedule_last"
DAILY = "daily"
MONTHLY = "monthly"


@dataclass(frozen=True)
class ReportSchedule:
    """Folders (None: that kind is off), the report language, whether to add the Excel twin,
    and how many missed periods of each kind one start may catch up."""

    daily_folder: str | None = None
    monthly_folder: str | None = None
    language: str = "zh_CN"
    excel: bool = True
    max_catch_up: int = 7


@dataclass(frozen=True)
class LastRuns:
    """The last day (daily) and the first day of the last month (monthly) produced."""

    daily: date | None = None
    monthly: date | None = None


@dataclass(frozen=True)
class DueReport:
    kind: str
    first: date
    last: date
    pdf: Path
    xlsx: Path | None


@dataclass(frozen=True)
class ScheduledResult:
    due: DueReport
    error: str
    """"" when written; otherwise why not (the file system's message)."""


def due_reports(schedule: ReportSchedule, last: LastRuns, now_local: datetime) -> list[DueReport]:
    """What a start at `now_local` (the site's local time) must write, newest first."""
    today = now_local.date()
    due: list[DueReport] = []
    if schedule.daily_folder:
        yesterday = today - timedelta(days=1)
        days = _after(last.daily, yesterday, lambda d: d - timedelta(days=1), schedule)
        due += [_due(schedule, DAILY, schedule.daily_folder, d, d) for d in days]
    if schedule.monthly_folder:
        previous = _month_start(_month_start(today) - timedelta(days=1))
        months = _after(last.monthly, previous, _previous_month, schedule)
        due += [_due(schedule, MONTHLY, schedule.monthly_folder, m, _month_end(m)) for m in months]
    return due


def _after(done: date | None, newest: date, back: Any, schedule: ReportSchedule) -> list[date]:
    """Periods from `newest` back to (not including) `done`, at most `max_catch_up`."""
    periods: list[date] = []
    period = newest
    while (done is None or period > done) and len(periods) < max(1, schedule.max_catch_up):
        periods.append(period)
        if done is None:
            break
        period = back(period)
    return periods


def _due(schedule: ReportSchedule, kind: str, folder: str, first: date, last: date) -> DueReport:
    stem = f"daily-report-{first.isoformat()}" if kind == DAILY else f"monthly-report-{first:%Y-%m}"
    base = Path(folder).expanduser()
    xlsx = base / f"{stem}.xlsx" if schedule.excel else None
    return DueReport(kind, first, last, base / f"{stem}.pdf", xlsx)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _previous_month(first: date) -> date:
    return _month_start(first - timedelta(days=1))


def _month_end(first: date) -> date:
    return _month_start(first + timedelta(days=32)) - timedelta(days=1)


# --- stored schedule ---------------------------------------------------------------------------


def report_schedule(session: Session) -> ReportSchedule:
    """The stored schedule; none (every kind off) when absent or unreadable."""
    values = _load(session.connection(), KEY)
    try:
        return ReportSchedule(
            daily_folder=_folder(values.get("daily_folder")),
            monthly_folder=_folder(values.get("monthly_folder")),
            language=str(values.get("language", "zh_CN")),
            excel=bool(values.get("excel", True)),
            max_catch_up=int(values.get("max_catch_up", 7)),
        )
    except (TypeError, ValueError) as error:
        log.warning("stored report schedule unreadable (%s): no scheduled reports", error)
        return ReportSchedule()


def set_report_schedule(
    session: Session, actor: Actor, schedule: ReportSchedule, reason: str = ""
) -> ReportSchedule:
    """Store the schedule (site configuration: who may configure the site may set it)."""
    actor.require(Permission.CONFIGURE_SITE)
    if schedule.language not in LANGUAGES:
        raise ConfigurationError("bad_language", schedule.language, "language")
    if not 1 <= schedule.max_catch_up <= 366:
        raise ConfigurationError("bad_catch_up", str(schedule.max_catch_up), "max_catch_up")
    for field, folder in (("daily_folder", schedule.daily_folder),
                          ("monthly_folder", schedule.monthly_folder)):  # fmt: skip
        if folder is not None and not folder.strip():
            raise ConfigurationError("empty_folder", "", field)
    old = _values(report_schedule(session))
    new = _values(schedule)
    _save(session.connection(), KEY, new)
    if old != new:
        record_change(session, actor, "update", "report_schedule", 0, old=old, new=new,
                      reason=reason)  # fmt: skip
    return schedule


def last_runs(session: Session) -> LastRuns:
    values = _load(session.connection(), LAST_KEY)
    return LastRuns(_day(values.get(DAILY)), _day(values.get(MONTHLY)))


def run_due_reports(database: Database, now: int | None = None) -> list[ScheduledResult]:
    """Write every due report (newest first) and record, per kind, the newest period written.

    A report that cannot be written (folder gone, disk full) is returned with the reason and
    does not stop the others; the run is not recorded for it unless a newer one of its kind
    was written.
    """
    with database.reading() as session:
        schedule = report_schedule(session)
        done = last_runs(session)
        site = load_site(session)
    moment = datetime.fromtimestamp((now if now is not None else now_ms()) / 1000, UTC)
    local = moment.astimezone(_zone(site.timezone if site else ""))
    results: list[ScheduledResult] = []
    newest = done
    for due in due_reports(schedule, done, local):
        try:
            due.pdf.parent.mkdir(parents=True, exist_ok=True)
            write_monthly_report(database, due.first, due.last, due.pdf, due.xlsx,
                                 schedule.language)  # fmt: skip
        except OSError as error:
            results.append(ScheduledResult(due, str(error)))
            continue
        results.append(ScheduledResult(due, ""))
        newest = _newer(newest, due)
    if newest != done:
        with database.transaction() as session:
            _save(session.connection(), LAST_KEY, {
                DAILY: newest.daily.isoformat() if newest.daily else None,
                MONTHLY: newest.monthly.isoformat() if newest.monthly else None,
            })  # fmt: skip
    return results


def _newer(last: LastRuns, due: DueReport) -> LastRuns:
    if due.kind == DAILY and (last.daily is None or due.first > last.daily):
        return replace(last, daily=due.first)
    if due.kind == MONTHLY and (last.monthly is None or due.first > last.monthly):
        return replace(last, monthly=due.first)
    return last


def _zone(name: str) -> Any:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _values(schedule: ReportSchedule) -> dict[str, Any]:
    return {
        "daily_folder": schedule.daily_folder,
        "monthly_folder": schedule.monthly_folder,
        "language": schedule.language,
        "excel": schedule.excel,
        "max_catch_up": schedule.max_catch_up,
    }


def _load(connection: Connection, key: str) -> dict[str, Any]:
    stored = connection.execute(
        text("SELECT value FROM storage_meta WHERE key = :key"), {"key": key}
    ).scalar()
    if stored is None:
        return {}
    try:
        values = json.loads(stored)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def _save(connection: Connection, key: str, values: dict[str, Any]) -> None:
    connection.execute(text("DELETE FROM storage_meta WHERE key = :key"), {"key": key})
    connection.execute(
        text("INSERT INTO storage_meta (key, value) VALUES (:key, :value)"),
        {"key": key, "value": json.dumps(values, sort_keys=True, ensure_ascii=False)},
    )


def _folder(value: Any) -> str | None:
    return str(value) if value else None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None

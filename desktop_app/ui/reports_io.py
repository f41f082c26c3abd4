"""The database and file work of the Reports page; every function here runs off the GUI thread.

Reads return frozen values (never ORM rows). The export follows `export_bundle`'s advice: the
site key is made (or read) in its own short transaction first, so the long export transaction
does not create files while it holds the write lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.services.bundle_export import (
    ExportResult,
    SiteKeyInfo,
    export_bundle,
    export_history,
    site_key_info,
)
from desktop_app.services.database import Database
from desktop_app.services.monthly_report import MonthlyReportPaths, write_monthly_report
from desktop_app.services.removable_drives import Drive, removable_drives
from desktop_app.services.report_schedule import (
    LastRuns,
    ReportSchedule,
    ScheduledResult,
    last_runs,
    report_schedule,
    run_due_reports,
    set_report_schedule,
)
from desktop_app.ui.report_jobs import Job
from domain.roles import Actor
from storage.bundles.verify import VerifiedBundle, verify_bundle


@dataclass(frozen=True)
class ReportRequest:
    first: date
    last: date
    pdf: Path
    xlsx: Path | None
    language: str


@dataclass(frozen=True)
class ExportRow:
    """One line of the export history, readable on any thread."""

    sequence: int
    kind: str
    from_ms: int
    to_ms: int
    created_ms: int
    file_name: str
    created_by: str


@dataclass(frozen=True)
class ExportState:
    key: SiteKeyInfo
    history: tuple[ExportRow, ...]
    drives: tuple[Drive, ...]


@dataclass(frozen=True)
class ScheduleState:
    schedule: ReportSchedule
    last: LastRuns


@dataclass(frozen=True)
class Verification:
    bundle: VerifiedBundle
    ours: bool
    """Signed by this site's key (a bundle of another site verifies too, but says so)."""


def generate_report(database: Database, request: ReportRequest, job: Job) -> MonthlyReportPaths:
    return write_monthly_report(
        database,
        request.first,
        request.last,
        request.pdf,
        request.xlsx,
        request.language,
        progress=job.report,
        cancelled=job.cancelled,
    )


def load_export_state(database: Database) -> ExportState:
    """The site key (made the first time, in its own transaction), the history and the sticks."""
    with database.transaction() as session:
        key = site_key_info(session, database.data_dir)
    return ExportState(key, load_history(database), tuple(removable_drives()))


def load_history(database: Database) -> tuple[ExportRow, ...]:
    with database.reading() as session:
        return tuple(
            ExportRow(
                r.sequence, r.kind, r.from_ms, r.to_ms, r.created_ms, r.file_name, r.created_by
            )
            for r in export_history(session)
        )


def export(database: Database, actor: Actor, out_dir: Path, full: bool, job: Job) -> ExportResult:
    with database.transaction() as session:
        site_key_info(session, database.data_dir)
    with database.transaction() as session:
        return export_bundle(
            session,
            actor,
            database.data_dir,
            out_dir,
            full=full,
            progress=job.files,
            cancelled=job.cancelled,
        )


def verify(path: Path, site_public_hex: str, job: Job) -> Verification:
    job.report(0, "verify")
    bundle = verify_bundle(path)
    return Verification(bundle, bundle.manifest.public_key == site_public_hex)


def write_public_key(path: Path, pem: bytes) -> Path:
    path.write_bytes(pem)
    return path


def load_schedule(database: Database) -> ScheduleState:
    with database.reading() as session:
        return ScheduleState(report_schedule(session), last_runs(session))


def save_schedule(database: Database, actor: Actor, schedule: ReportSchedule) -> ScheduleState:
    with database.transaction() as session:
        set_report_schedule(session, actor, schedule, "Reports page")
    return load_schedule(database)


def run_due(database: Database) -> tuple[tuple[ScheduledResult, ...], ScheduleState]:
    results = tuple(run_due_reports(database))
    return results, load_schedule(database)

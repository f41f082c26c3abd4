"""A completed run as a `ReportRun` for the PDF report, read through the checklist services.

The report module knows nothing of the database; this is the one place that turns the stored
run (answers, photos, signatures, the actions its findings raised, the site) into the plain
description it renders. Only completed runs are reported: a draft still changes, and a PDF of
it would be mistaken for the record.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app.services.actions import list_actions
from desktop_app.services.checklist_runs import COMPLETED, PhotoInfo, photo_path, run_view
from desktop_app.services.configuration import load_site
from desktop_app.services.database import Database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.users import list_users
from domain.checklists import Answer, Finding, Item, Text
from reports.checklist_report import (
    ReportAction,
    ReportFinding,
    ReportItem,
    ReportPhoto,
    ReportRun,
    ReportSection,
    render_run_report,
)
from reports.report_text import answer_text, finding_reason
from storage.models import ChecklistRunRecord

__all__ = ["report_run", "write_run_report"]


def report_run(session: Session, data_dir: Path, run_id: str) -> ReportRun:
    """The report's view of a completed run. Refusals: "unknown_run", "run_not_completed".

    Only the items the answers left visible are listed (a hidden branch was never asked).
    People are shown by display name; photo paths are absolute under `data_dir`.
    """
    view = run_view(session, run_id)
    summary, template, assessment = view.summary, view.template, view.assessment
    if summary.status != COMPLETED:
        raise ConfigurationError("run_not_completed", run_id, "run")
    record = session.get(ChecklistRunRecord, run_id)
    finished_by = record.finished_by if record is not None else None
    names = {user.name: user.display_name for user in list_users(session)}
    site = load_site(session)
    visible = set(assessment.visible)
    findings = {finding.item: finding for finding in assessment.findings}
    sections = []
    for section in template.sections:
        items = tuple(
            _item(item, view.answers, view.notes, findings, view.photos, view.signatures, data_dir)
            for item in section.items
            if item.code in visible
        )
        if items:
            sections.append(ReportSection(section.title, items))
    actions = [a for a in list_actions(session) if a.source_run == run_id]
    return ReportRun(
        run_id=run_id,
        site_name=Text(site.name, site.name_en) if site else Text("", ""),
        template_code=template.code,
        template_name=template.name,
        template_version=template.version,
        title=summary.title,
        started_by=_person(names, summary.started_by),
        started_ms=summary.started_ms,
        finished_by=_person(names, finished_by) if finished_by else None,
        finished_ms=summary.finished_ms,
        timezone=site.timezone if site else "",
        score_percent=summary.score_percent,
        passed=assessment.passed,
        pass_percent=template.pass_percent,
        sections=tuple(sections),
        findings=tuple(
            ReportFinding(
                f.item, template.item(f.item).text, finding_reason(template.item(f.item), f)
            )
            for f in assessment.findings
        ),
        actions=tuple(
            ReportAction(a.title, a.department, a.person, a.due, a.priority, a.state)
            for a in actions
        ),
    )


def write_run_report(database: Database, run_id: str, out_path: Path, language: str) -> Path:
    """Read the run in its own session, then render outside it (rendering takes seconds and
    must not hold a read transaction open against the acquisition writer)."""
    with database.reading() as session:
        run = report_run(session, database.data_dir, run_id)
    return render_run_report(run, out_path, language=language)


def _item(
    item: Item,
    answers: dict[str, Answer],
    notes: dict[str, str],
    findings: dict[str, Finding],
    photos: dict[str, list[PhotoInfo]],
    signatures: dict[str, PhotoInfo],
    data_dir: Path,
) -> ReportItem:
    value = answers.get(item.code)
    finding = findings.get(item.code)
    signature = signatures.get(item.code)
    return ReportItem(
        code=item.code,
        text=item.text,
        kind=item.kind,
        answer=answer_text(item, value) if value is not None else None,
        unit=item.unit,
        low=item.low,
        high=item.high,
        finding=finding_reason(item, finding) if finding is not None else None,
        note=notes.get(item.code, ""),
        photos=tuple(_photo(data_dir, p) for p in photos.get(item.code, [])),
        signature=_photo(data_dir, signature) if signature is not None else None,
    )


def _photo(data_dir: Path, info: PhotoInfo) -> ReportPhoto:
    return ReportPhoto(photo_path(data_dir, info).resolve(), info.taken_ms)


def _person(names: dict[str, str], name: str) -> str:
    """ "王工 (wang)" when the display name differs from the sign-in name, else the name."""
    shown = names.get(name, name)
    return name if shown == name else f"{shown} ({name})"

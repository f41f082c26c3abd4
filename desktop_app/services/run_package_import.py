"""Importing a `.qyrun` package: plan everything, refuse before writing, then files, then rows.

See `run_packages` for the rules (idempotent by UUID and (code, version); completed runs never
change; actions merge as `run_package_merge` decides).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.actions import evidence_path
from desktop_app.services.change_log import record_change, row_values
from desktop_app.services.checklist_run_store import COMPLETED, photos_root
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.run_package_contents import (
    PackageContents,
    PackageRun,
    PackageTemplate,
    Record,
    evidence_entry,
    inspect_package,
    photo_entry,
)
from desktop_app.services.run_package_format import (
    FileEntry,
    Progress,
    copy_out,
    open_package,
    sha256_of,
)
from desktop_app.services.run_package_merge import (
    THEIRS,
    ActionConflict,
    ActionPlan,
    Outcome,
    apply_action,
    chosen,
    events_to_add,
    plan_action,
)
from domain.checklists import template_to_json
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import (
    ChecklistAnswerRecord,
    ChecklistPhotoRecord,
    ChecklistRunRecord,
    ChecklistTemplateRecord,
)


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, from `preview_import`, would do). Lists hold ids."""

    templates_new: tuple[str, ...] = ()
    runs_new: tuple[str, ...] = ()
    runs_skipped: tuple[str, ...] = ()
    photos_new: int = 0
    actions_new: tuple[str, ...] = ()
    actions_updated: tuple[str, ...] = ()
    """Their version taken (changed only there, or a conflict resolved "theirs"), or only
    their new evidence and notes added."""
    actions_kept: tuple[str, ...] = ()
    """Changed only here (or resolved "ours"): our version stays."""
    actions_skipped: tuple[str, ...] = ()
    events_new: int = 0
    files_written: int = 0
    conflicts: tuple[ActionConflict, ...] = ()
    """Unresolved: those actions were left exactly as they were here."""
    resolved: tuple[tuple[str, str], ...] = ()
    dry_run: bool = False

    @property
    def new(self) -> int:
        return len(self.templates_new) + len(self.runs_new) + len(self.actions_new)

    @property
    def updated(self) -> int:
        return len(self.actions_updated)

    @property
    def skipped(self) -> int:
        return len(self.runs_skipped) + len(self.actions_skipped) + len(self.actions_kept)


@dataclass
class _Plan:
    templates: list[PackageTemplate] = field(default_factory=list)
    runs_new: list[PackageRun] = field(default_factory=list)
    runs_same: list[PackageRun] = field(default_factory=list)
    restore: list[tuple[FileEntry, Path]] = field(default_factory=list)
    """Photos of runs already here whose file is missing or damaged here."""
    actions: list[ActionPlan] = field(default_factory=list)


def preview_import(
    session: Session, data_dir: Path, package: Path | PackageContents
) -> ImportReport:
    """What `import_package` would do, without writing; refusals are the same."""
    contents = package if isinstance(package, PackageContents) else inspect_package(package)
    plan = _plan(session, data_dir, contents)
    return _report(plan, {}, files_written=0, dry_run=True)


def import_package(
    session: Session,
    actor: Actor,
    data_dir: Path,
    path: Path,
    *,
    resolutions: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a package into the caller's transaction; see the module docstring for the rules.

    `resolutions` maps an action id in conflict to "theirs" or "ours" (needs MANAGE_ACTIONS);
    conflicts without one are reported and left alone. Refusals: those of `inspect_package`,
    "template_conflict", "run_is_draft", "run_conflict", "id_clash", "bad_resolution".
    """
    actor.require(Permission.FILL_CHECKLISTS)
    contents = inspect_package(path)
    plan = _plan(session, data_dir, contents)
    choices = {
        p.action.id: choice
        for p in plan.actions
        if (choice := chosen(p, resolutions or {})) is not None
    }
    if choices:
        actor.require(Permission.MANAGE_ACTIONS)
    copies = list(plan.restore)
    for run in plan.runs_new:
        copies += [(photo_entry(contents, p), _photo_target(data_dir, p)) for p in run.photos]
    for action_plan in plan.actions:
        for event in events_to_add(action_plan, choices.get(action_plan.action.id)):
            if event["file_name"]:
                target = evidence_path(data_dir, str(event["file_name"]))
                copies.append((evidence_entry(contents, event), target))
    written = _copy_files(path, copies, progress)
    _store_rows(session, actor, plan, choices, path.name)
    report = _report(plan, choices, files_written=written, dry_run=False)
    if report.new or report.updated or report.resolved or report.events_new or written:
        record_change(
            session, actor, "import", "run_package", None,
            new={
                "file": path.name, "runs": list(report.runs_new),
                "actions_new": list(report.actions_new),
                "actions_updated": list(report.actions_updated),
                "templates": list(report.templates_new), "resolved": dict(report.resolved),
                "conflicts": [c.action_id for c in report.conflicts],
            },
        )  # fmt: skip
    return report


def _plan(session: Session, data_dir: Path, contents: PackageContents) -> _Plan:
    plan = _Plan()
    for template in contents.templates:
        row = session.get(ChecklistTemplateRecord, (template.code, template.version))
        if row is None:
            plan.templates.append(template)
        elif json.loads(row.json) != json.loads(template_to_json(template.template)):
            detail = f"{template.code} v{template.version}"
            raise ConfigurationError("template_conflict", detail, "template")
    for run in contents.runs:
        existing = session.get(ChecklistRunRecord, run.id)
        if existing is None:
            _refuse_photo_clash(session, run)
            plan.runs_new.append(run)
        elif existing.status != COMPLETED:
            raise ConfigurationError("run_is_draft", run.id, "run")
        elif _stored_run(session, existing) != _package_run(run):
            raise ConfigurationError("run_conflict", run.id, "run")
        else:
            plan.runs_same.append(run)
            for photo in run.photos:
                target = _photo_target(data_dir, photo)
                if not target.is_file() or sha256_of(target) != photo["sha256"]:
                    plan.restore.append((photo_entry(contents, photo), target))
    plan.actions = [plan_action(session, action) for action in contents.actions]
    return plan


def _stored_run(session: Session, run: ChecklistRunRecord) -> tuple[object, ...]:
    answers = select(ChecklistAnswerRecord).where(ChecklistAnswerRecord.run_id == run.id)
    photos = select(ChecklistPhotoRecord).where(ChecklistPhotoRecord.run_id == run.id)
    return (
        row_values(run),
        sorted((row_values(r) for r in session.scalars(answers)), key=_by_key),
        sorted((row_values(r) for r in session.scalars(photos)), key=_by_key),
    )


def _package_run(run: PackageRun) -> tuple[object, ...]:
    return (run.record, sorted(run.answers, key=_by_key), sorted(run.photos, key=_by_key))


def _by_key(row: Record) -> str:
    return str(row.get("id") or row.get("item_code"))


def _refuse_photo_clash(session: Session, run: PackageRun) -> None:
    for photo in run.photos:
        if session.get(ChecklistPhotoRecord, photo["id"]) is not None:
            raise ConfigurationError("id_clash", f"photo {photo['id']}", "run")


def _photo_target(data_dir: Path, photo: Record) -> Path:
    return photos_root(data_dir).joinpath(*str(photo["file_name"]).split("/"))


def _copy_files(path: Path, copies: list[tuple[FileEntry, Path]], progress: Progress | None) -> int:
    if not copies:
        return 0
    with open_package(path) as archive:
        for done, (entry, target) in enumerate(copies, start=1):
            copy_out(archive, entry, target)
            if progress is not None:
                progress(done, len(copies))
    return len(copies)


def _store_rows(
    session: Session, actor: Actor, plan: _Plan, choices: Mapping[str, str], source: str
) -> None:
    for template in plan.templates:
        session.add(
            ChecklistTemplateRecord(
                code=template.code,
                version=template.version,
                json=template_to_json(template.template),
                builtin=False,
                active=True,
                imported_by=actor.name,
                imported_ms=now_ms(),
            )
        )
        record_change(
            session, actor, "import", "checklist_template", None,
            new={"code": template.code, "version": template.version}, reason=source,
        )  # fmt: skip
    session.flush()
    for run in plan.runs_new:
        session.add(ChecklistRunRecord(**run.record))
        session.flush()
        session.add_all(ChecklistAnswerRecord(**answer) for answer in run.answers)
        session.add_all(ChecklistPhotoRecord(**photo) for photo in run.photos)
    session.flush()
    for action_plan in plan.actions:
        apply_action(session, actor, action_plan, choices.get(action_plan.action.id), source)


def _report(
    plan: _Plan, choices: Mapping[str, str], *, files_written: int, dry_run: bool
) -> ImportReport:
    by_outcome: dict[str, list[str]] = {"new": [], "updated": [], "kept": [], "skipped": []}
    conflicts: list[ActionConflict] = []
    events = 0
    for p in plan.actions:
        choice = choices.get(p.action.id)
        added = events_to_add(p, choice)
        events += len(added)
        if p.outcome is Outcome.NEW:
            by_outcome["new"].append(p.action.id)
        elif p.outcome is Outcome.TAKE_THEIRS or choice == THEIRS:
            by_outcome["updated"].append(p.action.id)
        elif p.outcome is Outcome.KEEP_OURS or choice is not None:
            by_outcome["kept"].append(p.action.id)
        elif p.outcome is Outcome.CONFLICT:
            assert p.conflict is not None
            conflicts.append(p.conflict)
        else:
            by_outcome["updated" if added else "skipped"].append(p.action.id)
    return ImportReport(
        templates_new=tuple(f"{t.code} v{t.version}" for t in plan.templates),
        runs_new=tuple(run.id for run in plan.runs_new),
        runs_skipped=tuple(run.id for run in plan.runs_same),
        photos_new=sum(len(run.photos) for run in plan.runs_new),
        actions_new=tuple(by_outcome["new"]),
        actions_updated=tuple(by_outcome["updated"]),
        actions_kept=tuple(by_outcome["kept"]),
        actions_skipped=tuple(by_outcome["skipped"]),
        events_new=events,
        files_written=files_written,
        conflicts=tuple(conflicts),
        resolved=tuple(sorted(choices.items())),
        dry_run=dry_run,
    )

"""Completed runs travel between a tablet and the plant PC as `.qyrun` package files.

The tablet runs the same application with its own database; there is no network between them,
only a USB stick or a shared folder. A package carries completed runs with their answers,
photos and signatures, the template versions they were answered against, and the corrective
actions raised from them with their history and evidence (format: `run_package_format`).

Importing is idempotent, because people import the same file twice: templates are matched by
(code, version), runs, photos, actions and events by their UUIDs; what is already here and the
same is skipped, so a second import changes no row and no file. A completed run is a record
and never changes, so a run that is here with other content (or is a draft here) is refused,
and so is a template version with other content. Actions do change on both sides; how they
merge, and when they conflict, is `run_package_merge`. Every check, and every refusal, happens
before anything is written: a refused package imports nothing. Files are copied before their
rows through temporary names, so a crash leaves at most an orphan file, never a row without one.

Exporting or importing runs needs FILL_CHECKLISTS; choosing a side in a conflict needs
MANAGE_ACTIONS. Templates arrive with the runs that need them (no MANAGE_TEMPLATES): a run is
unreadable without its exact template version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from desktop_app import __version__
from desktop_app.services.actions import evidence_path
from desktop_app.services.change_log import record_change, row_values
from desktop_app.services.checklist_run_store import COMPLETED, photos_root
from desktop_app.services.configuration import load_site
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.run_package_contents import PackageContents, inspect_package
from desktop_app.services.run_package_format import Progress
from desktop_app.services.run_package_import import ImportReport, import_package, preview_import
from desktop_app.services.run_package_merge import ActionConflict, FieldDifference
from desktop_app.services.run_package_writer import write_package
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import (
    ActionEventRecord,
    ChecklistAnswerRecord,
    ChecklistPhotoRecord,
    ChecklistRunRecord,
    ChecklistTemplateRecord,
    CorrectiveActionRecord,
)

__all__ = [
    "ActionConflict", "FieldDifference", "ImportReport", "PackageContents", "PackageSummary",
    "export_runs", "import_package", "inspect_package", "preview_import",
]  # fmt: skip


@dataclass(frozen=True)
class PackageSummary:
    path: Path
    runs: tuple[str, ...]
    actions: tuple[str, ...]
    templates: tuple[str, ...]
    """"code v<version>" of each template version in the package."""
    photos: int
    files: int
    bytes: int


# --- export ------------------------------------------------------------------------------------


def export_runs(
    session: Session,
    actor: Actor,
    data_dir: Path,
    run_ids: Iterable[str],
    out_path: Path,
    *,
    action_ids: Iterable[str] = (),
    progress: Progress | None = None,
) -> PackageSummary:
    """Write a package of completed runs and their actions (plus `action_ids`) to `out_path`.

    Refusals: "unknown_run", "run_not_completed", "unknown_action", "nothing_to_export",
    "file_missing"/"file_damaged" (a photo that is gone or no longer matches its sha256).
    Afterwards each exported action's `synced_revision` is its `revision`.
    """
    actor.require(Permission.FILL_CHECKLISTS)
    runs = [_completed_run(session, run_id) for run_id in dict.fromkeys(run_ids)]
    actions = _actions_for(session, [run.id for run in runs], action_ids)
    if not runs and not actions:
        raise ConfigurationError("nothing_to_export", "", "runs")
    keys = sorted({(run.template_code, run.template_version) for run in runs})
    templates = [session.get(ChecklistTemplateRecord, key) for key in keys]
    photos = _photos(session, [run.id for run in runs])
    events = {a.id: _events(session, a.id) for a in actions}
    evidence = [e.file_name for rows in events.values() for e in rows if e.file_name]
    total, done = len(keys) + len(runs) + sum(map(len, photos.values())) + len(actions), 0
    total += len(evidence)
    site = load_site(session)
    header = {
        "created_ms": now_ms(),
        "site_code": site.code if site else "",
        "exported_by": actor.name,
        "app_version": __version__,
    }

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    with write_package(out_path, header) as writer:
        for template in templates:
            assert template is not None  # a run's template version is never deleted
            writer.add_bytes(
                f"templates/{template.code}-{template.version}.json", template.json.encode()
            )
            step()
        for run in runs:
            writer.add_json(f"runs/{run.id}.json", _run_document(session, run, photos[run.id]))
            step()
            for photo in photos[run.id]:
                source = photos_root(data_dir).joinpath(*photo.file_name.split("/"))
                writer.add_file(f"photos/{photo.file_name}", source, photo.sha256)
                step()
        for action in actions:
            rows = events[action.id]
            document = {"action": row_values(action), "events": [row_values(e) for e in rows]}
            writer.add_json(f"actions/{action.id}.json", document)
            step()
            for event in rows:
                if event.file_name:
                    source = evidence_path(data_dir, event.file_name)
                    writer.add_file(f"evidence/{event.file_name}", source)
                    step()
        files, size = len(writer.files) + 1, writer.bytes
    for action in actions:
        if action.synced_revision != action.revision:
            action.synced_revision = action.revision
    session.flush()
    summary = PackageSummary(
        path=out_path,
        runs=tuple(run.id for run in runs),
        actions=tuple(action.id for action in actions),
        templates=tuple(f"{code} v{version}" for code, version in keys),
        photos=sum(map(len, photos.values())),
        files=files,
        bytes=size,
    )
    record_change(
        session, actor, "export", "run_package", None,
        new={"file": out_path.name, "runs": list(summary.runs), "actions": list(summary.actions)},
    )  # fmt: skip
    return summary


def _completed_run(session: Session, run_id: str) -> ChecklistRunRecord:
    run = session.get(ChecklistRunRecord, run_id)
    if run is None:
        raise ConfigurationError("unknown_run", run_id, "run")
    if run.status != COMPLETED:
        raise ConfigurationError("run_not_completed", run_id, "run")
    return run


def _actions_for(
    session: Session, run_ids: list[str], action_ids: Iterable[str]
) -> list[CorrectiveActionRecord]:
    found: dict[str, CorrectiveActionRecord] = {}
    for start in range(0, len(run_ids), 500):
        query = select(CorrectiveActionRecord).where(
            CorrectiveActionRecord.source_run.in_(run_ids[start : start + 500])
        )
        found.update((row.id, row) for row in session.scalars(query))
    for action_id in action_ids:
        row = session.get(CorrectiveActionRecord, action_id)
        if row is None:
            raise ConfigurationError("unknown_action", action_id, "action")
        found[row.id] = row
    return sorted(found.values(), key=lambda row: (row.created_ms, row.id))


def _photos(session: Session, run_ids: list[str]) -> dict[str, list[ChecklistPhotoRecord]]:
    photos: dict[str, list[ChecklistPhotoRecord]] = {run_id: [] for run_id in run_ids}
    for run_id in run_ids:
        query = select(ChecklistPhotoRecord).where(ChecklistPhotoRecord.run_id == run_id)
        photos[run_id] = list(session.scalars(query.order_by(ChecklistPhotoRecord.id)))
    return photos


def _events(session: Session, action_id: str) -> list[ActionEventRecord]:
    query = select(ActionEventRecord).where(ActionEventRecord.action_id == action_id)
    order: tuple[Any, ...] = (ActionEventRecord.at_ms, literal_column("action_events.rowid"))
    return list(session.scalars(query.order_by(*order)))


def _run_document(
    session: Session, run: ChecklistRunRecord, photos: list[ChecklistPhotoRecord]
) -> dict[str, object]:
    query = select(ChecklistAnswerRecord).where(ChecklistAnswerRecord.run_id == run.id)
    answers = session.scalars(query.order_by(ChecklistAnswerRecord.item_code))
    return {
        "run": row_values(run),
        "answers": [row_values(answer) for answer in answers],
        "photos": [row_values(photo) for photo in photos],
    }

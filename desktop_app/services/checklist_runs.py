"""Inspection runs: start one from a template, answer item by item, finish it into actions.

Every answer is stored the moment it is given, each in its own small transaction (the caller's
`database.transaction()`): an inspector walking a plant for an hour with a tablet must not lose
the round to a flat battery or a crash. A draft remembers where the inspector was (`position`)
and reopens there. A finished run is a record: it no longer changes, and each finding in it
becomes a corrective action with a due date.

Photos and signatures live in `checklist_photos`; their API is re-exported here.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.checklist_findings import raise_actions, shown_answer
from desktop_app.services.checklist_photos import (
    PhotoInfo,
    add_photo,
    orphan_photos,
    photo_info,
    photo_path,
    remove_photo,
    set_signature,
)
from desktop_app.services.checklist_run_store import (
    COMPLETED,
    DRAFT,
    SIGNATURE,
    draft_run,
    get_run,
    photo_rows,
    run_template,
    template_item,
)
from desktop_app.services.checklist_templates import load_template
from desktop_app.services.configuration import load_site
from desktop_app.services.errors import ConfigurationError
from domain.checklists import Answer, RunAssessment, Template, Text, assess, check_answer
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import ChecklistAnswerRecord, ChecklistRunRecord

__all__ = [
    "COMPLETED", "DRAFT", "FinishedRun", "PhotoInfo", "RunSummary", "RunView", "add_photo",
    "completed_runs", "drafts", "finish_run", "orphan_photos", "photo_path", "record_answer",
    "remove_photo", "run_view", "set_position", "set_signature", "start_run",
]  # fmt: skip

MAX_TITLE_LENGTH = 200
MAX_NOTE_LENGTH = 2000


@dataclass(frozen=True)
class RunSummary:
    """A run in a list. For a draft `score_percent` is the score so far; `answered`/`total`
    count visible items (what the inspector still sees as questions)."""

    id: str
    template_code: str
    template_version: int
    title: str
    status: str
    started_by: str
    started_ms: int
    finished_ms: int | None
    answered: int
    total: int
    score_percent: float | None
    template_name: Text | None = None


@dataclass(frozen=True)
class RunView:
    """Everything a run's form shows; `photos` and `signatures` are keyed by item code."""

    summary: RunSummary
    template: Template
    answers: dict[str, Answer]
    notes: dict[str, str]
    photos: dict[str, list[PhotoInfo]]
    signatures: dict[str, PhotoInfo]
    assessment: RunAssessment
    position: str


@dataclass(frozen=True)
class FinishedRun:
    summary: RunSummary
    assessment: RunAssessment
    action_ids: tuple[str, ...]


# --- writing -----------------------------------------------------------------------------------


def start_run(session: Session, actor: Actor, template_code: str, title: str = "") -> str:
    """A new draft of the template's newest version; returns the run id (a UUID)."""
    actor.require(Permission.FILL_CHECKLISTS)
    template = load_template(session, template_code)
    title = title.strip()
    if len(title) > MAX_TITLE_LENGTH:
        raise ConfigurationError("text_too_long", str(MAX_TITLE_LENGTH), "title")
    site = load_site(session)
    run = ChecklistRunRecord(
        id=str(uuid.uuid4()),
        template_code=template.code,
        template_version=template.version,
        title=title,
        site_code=site.code if site else "",
        status=DRAFT,
        started_by=actor.name,
        started_ms=now_ms(),
        position="",
    )
    session.add(run)
    session.flush()
    return run.id


def record_answer(
    session: Session,
    actor: Actor,
    run_id: str,
    item_code: str,
    value: Answer | None,
    note: str = "",
) -> RunAssessment:
    """Store (None: clear) an item's answer and note; returns the run's assessment after it.

    Refusals: the domain's answer problem (e.g. a number for a yes/no item) with the item code
    as `field`, "text_too_long" for the note, and "run_not_draft"/"unknown_item".
    """
    actor.require(Permission.FILL_CHECKLISTS)
    run = draft_run(session, run_id)
    template = run_template(session, run)
    item = template_item(template, item_code)
    note = note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise ConfigurationError("text_too_long", str(MAX_NOTE_LENGTH), "note")
    answer = None if value is None else _normalised(value)
    if answer is not None:
        problem = check_answer(item, answer)
        if problem is not None:
            raise ConfigurationError(problem, shown_answer(answer), item_code)
    row = session.get(ChecklistAnswerRecord, (run_id, item_code))
    if answer is None and not note:
        if row is not None:
            session.delete(row)
    else:
        if row is None:
            row = ChecklistAnswerRecord(run_id=run_id, item_code=item_code)
            session.add(row)
        row.value = json.dumps(_json_value(answer), ensure_ascii=False)
        row.note = note
        row.answered_by = actor.name
        row.answered_ms = now_ms()
    session.flush()
    return _assessment(session, template, run_id)


def set_position(session: Session, actor: Actor, run_id: str, item_code: str) -> None:
    """Remember the item the inspector is on ("" for the start)."""
    actor.require(Permission.FILL_CHECKLISTS)
    run = draft_run(session, run_id)
    if item_code:
        template_item(run_template(session, run), item_code)
    run.position = item_code
    session.flush()


def finish_run(session: Session, actor: Actor, run_id: str) -> FinishedRun:
    """Complete a draft whose required answers and photos are all there; findings → actions.

    Refused with "run_incomplete" (detail: the missing item codes, comma-separated) otherwise.
    """
    actor.require(Permission.FILL_CHECKLISTS)
    run = draft_run(session, run_id)
    template = run_template(session, run)
    _, notes = _answers(session, [run_id])
    assessment = _assessment(session, template, run_id)
    if not assessment.complete:
        missing = dict.fromkeys((*assessment.missing_required, *assessment.missing_photos))
        raise ConfigurationError("run_incomplete", ",".join(missing), "run")
    run.status = COMPLETED
    run.finished_by = actor.name
    run.finished_ms = now_ms()
    run.score_percent = assessment.score_percent
    action_ids = raise_actions(
        session, actor, run, template, assessment.findings, notes[run_id], date.today()
    )
    session.flush()
    record_change(
        session, actor, "finish", "checklist_run", None,
        new={
            "id": run.id, "template": run.template_code, "version": run.template_version,
            "title": run.title, "score_percent": assessment.score_percent,
            "passed": assessment.passed, "findings": len(assessment.findings),
            "actions": list(action_ids),
        },
    )  # fmt: skip
    return FinishedRun(_summary(run, template, assessment), assessment, action_ids)


# --- reading -----------------------------------------------------------------------------------


def run_view(session: Session, run_id: str) -> RunView:
    run = get_run(session, run_id)
    template = run_template(session, run)
    answers, notes = _answers(session, [run_id])
    photos: dict[str, list[PhotoInfo]] = defaultdict(list)
    signatures: dict[str, PhotoInfo] = {}
    for row in photo_rows(session, [run_id]):
        if row.kind == SIGNATURE:
            signatures[row.item_code] = photo_info(row)
        else:
            photos[row.item_code].append(photo_info(row))
    assessment = _assess(template, answers[run_id], photos, signatures)
    return RunView(
        summary=_summary(run, template, assessment),
        template=template,
        answers=answers[run_id],
        notes=notes[run_id],
        photos=dict(photos),
        signatures=signatures,
        assessment=assessment,
        position=run.position,
    )


def drafts(session: Session) -> list[RunSummary]:
    """Unfinished runs, the most recently started first."""
    query = select(ChecklistRunRecord).where(ChecklistRunRecord.status == DRAFT)
    return _summaries(session, list(session.scalars(query.order_by(_newest_started()))))


def completed_runs(session: Session, limit: int = 200) -> list[RunSummary]:
    """Finished runs, the most recently finished first."""
    query = (
        select(ChecklistRunRecord)
        .where(ChecklistRunRecord.status == COMPLETED)
        .order_by(ChecklistRunRecord.finished_ms.desc(), ChecklistRunRecord.id)
        .limit(max(0, limit))
    )
    return _summaries(session, list(session.scalars(query)))


def _newest_started() -> Any:
    return ChecklistRunRecord.started_ms.desc()


def _summaries(session: Session, runs: list[ChecklistRunRecord]) -> list[RunSummary]:
    ids = [run.id for run in runs]
    answers, _ = _answers(session, ids)
    photos: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    signatures: dict[str, dict[str, Any]] = defaultdict(dict)
    for row in photo_rows(session, ids):
        if row.kind == SIGNATURE:
            signatures[row.run_id][row.item_code] = row
        else:
            photos[row.run_id][row.item_code].append(row)
    result = []
    for run in runs:
        template = run_template(session, run)
        assessment = _assess(template, answers[run.id], photos[run.id], signatures[run.id])
        result.append(_summary(run, template, assessment))
    return result


def _summary(run: ChecklistRunRecord, template: Template, assessment: RunAssessment) -> RunSummary:
    score = run.score_percent if run.status == COMPLETED else assessment.score_percent
    return RunSummary(
        id=run.id,
        template_code=run.template_code,
        template_version=run.template_version,
        title=run.title,
        status=run.status,
        started_by=run.started_by,
        started_ms=run.started_ms,
        finished_ms=run.finished_ms,
        answered=assessment.answered,
        total=assessment.total_visible,
        score_percent=score,
        template_name=template.name,
    )


# --- answers and assessment --------------------------------------------------------------------


def _answers(
    session: Session, run_ids: list[str]
) -> tuple[dict[str, dict[str, Answer]], dict[str, dict[str, str]]]:
    """(answers, notes) by run id then item code; a stored null is a note without an answer."""
    answers: dict[str, dict[str, Answer]] = defaultdict(dict)
    notes: dict[str, dict[str, str]] = defaultdict(dict)
    if not run_ids:
        return answers, notes
    rows = session.scalars(
        select(ChecklistAnswerRecord).where(ChecklistAnswerRecord.run_id.in_(run_ids))
    )
    for row in rows:
        value = _from_json(row.value)
        if value is not None:
            answers[row.run_id][row.item_code] = value
        if row.note:
            notes[row.run_id][row.item_code] = row.note
    return answers, notes


def _assessment(session: Session, template: Template, run_id: str) -> RunAssessment:
    answers, _ = _answers(session, [run_id])
    photos: dict[str, list[Any]] = defaultdict(list)
    signatures: dict[str, Any] = {}
    for row in photo_rows(session, [run_id]):
        if row.kind == SIGNATURE:
            signatures[row.item_code] = row
        else:
            photos[row.item_code].append(row)
    return _assess(template, answers[run_id], photos, signatures)


def _assess(
    template: Template,
    answers: dict[str, Answer],
    photos: dict[str, list[Any]],
    signatures: dict[str, Any],
) -> RunAssessment:
    counts = {code: len(found) for code, found in photos.items() if found}
    return assess(template, answers, counts, tuple(signatures))


def _normalised(value: Any) -> Answer:
    """An answer as the domain types it: lists become tuples, whole numbers floats."""
    if isinstance(value, list | tuple):
        return tuple(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value  # type: ignore[no-any-return]


def _json_value(answer: Answer | None) -> object:
    return list(answer) if isinstance(answer, tuple) else answer


def _from_json(text: str) -> Answer | None:
    value = json.loads(text)
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value if isinstance(value, str) else None

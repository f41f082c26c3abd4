"""Corrective actions: create, edit, move through their states, add evidence, list (role-checked).

Doing the work (start, finish, give back) needs FILL_CHECKLISTS, so the inspector who found the
problem can also fix it; judging the work (verify, reject, close) and editing owner, due date
and priority need MANAGE_ACTIONS. Every change bumps `revision` (packages exchanged with a
tablet use it to spot an action edited on both sides) and appends an event to the action's
history; creation, edits and moves are also written to the change log. Evidence is appended
history only and does not bump the revision: events have their own UUIDs and merge by union.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from desktop_app.services.action_evidence import save_evidence_image
from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.actions import (
    FINISHED_STATES,
    ActionState,
    EventKind,
    Priority,
    edit_note,
    is_review,
    transition_problem,
)
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import ActionEventRecord, CorrectiveActionRecord

_LIMITS = {"title": 200, "department": 100, "person": 100, "description": 10_000, "note": 10_000}


@dataclass(frozen=True)
class ActionInfo:
    id: str
    title: str
    description: str
    department: str
    person: str
    due: date | None
    priority: Priority
    state: ActionState
    source_run: str | None
    source_item: str | None
    created_by: str
    created_ms: int
    updated_by: str
    updated_ms: int
    done_by: str | None
    verified_by: str | None
    revision: int


@dataclass(frozen=True)
class ActionEvent:
    kind: EventKind
    from_state: ActionState | None
    to_state: ActionState | None
    note: str
    file_name: str | None
    """Relative to `<data_dir>/evidence` (see `evidence_path`)."""
    actor_name: str
    at_ms: int


def create_action(
    session: Session,
    actor: Actor,
    *,
    title: str,
    description: str = "",
    department: str = "",
    person: str = "",
    due: date | None = None,
    priority: str = "medium",
    source_run: str | None = None,
    source_item: str | None = None,
) -> str:
    """A new open action; returns its id. Anyone who fills checklists may raise one."""
    actor.require(Permission.FILL_CHECKLISTS)
    ms = now_ms()
    row = CorrectiveActionRecord(
        id=str(uuid.uuid4()),
        title=_title(title),
        description=_text(description, "description"),
        department=_text(department, "department"),
        person=_text(person, "person"),
        due=due.isoformat() if due is not None else None,
        priority=_priority(priority).value,
        state=ActionState.OPEN.value,
        source_run=source_run,
        source_item=source_item,
        created_by=actor.name,
        created_ms=ms,
        updated_by=actor.name,
        updated_ms=ms,
        revision=1,
        synced_revision=0,
    )
    session.add(row)
    session.flush()
    _event(session, row.id, actor, EventKind.STATE, None, ActionState.OPEN, ms=ms)
    record_change(session, actor, "create", "corrective_action", None, new=_values(row))
    return row.id


def update_action(
    session: Session,
    actor: Actor,
    action_id: str,
    *,
    title: str | None = None,
    description: str | None = None,
    department: str | None = None,
    person: str | None = None,
    due: date | None = None,
    priority: str | None = None,
    clear_due: bool = False,
) -> ActionInfo:
    """Change what is given (None leaves a field as it is; `clear_due` removes the due date)."""
    actor.require(Permission.MANAGE_ACTIONS)
    row = _get(session, action_id)
    if ActionState(row.state) is ActionState.CLOSED:
        raise ConfigurationError("action_closed", action_id, "state")
    wanted: dict[str, str | None] = {}
    if title is not None:
        wanted["title"] = _title(title)
    if description is not None:
        wanted["description"] = _text(description, "description")
    if department is not None:
        wanted["department"] = _text(department, "department")
    if person is not None:
        wanted["person"] = _text(person, "person")
    if clear_due:
        wanted["due"] = None
    elif due is not None:
        wanted["due"] = due.isoformat()
    if priority is not None:
        wanted["priority"] = _priority(priority).value
    changed = {k: v for k, v in wanted.items() if getattr(row, k) != v}
    if not changed:
        return _info(row)
    old = {"id": row.id, **{k: getattr(row, k) for k in changed}}
    for key, value in changed.items():
        setattr(row, key, value)
    ms = _touch(row, actor)
    _event(session, row.id, actor, EventKind.NOTE, None, None, edit_note(tuple(changed)), ms=ms)
    new = {"id": row.id, **changed}
    record_change(session, actor, "update", "corrective_action", None, old=old, new=new)
    return _info(row)


def move_action(
    session: Session, actor: Actor, action_id: str, to_state: str, note: str = ""
) -> ActionInfo:
    """One step through the states; `note` says why (required when rejecting done work)."""
    target = _state(to_state)
    row = _get(session, action_id)
    state = ActionState(row.state)
    actor.require(
        Permission.MANAGE_ACTIONS if is_review(state, target) else Permission.FILL_CHECKLISTS
    )
    note = _text(note, "note")
    problem = transition_problem(state, target, actor.name, row.done_by, note=note)
    if problem is not None:
        raise ConfigurationError(problem, f"{state.value} -> {target.value}", "state")
    old = {"id": row.id, "state": row.state, "done_by": row.done_by, "verified_by": row.verified_by}
    row.state = target.value
    if target is ActionState.DONE:
        row.done_by = actor.name
    elif target in (ActionState.IN_PROGRESS, ActionState.OPEN):
        row.done_by = None  # not done any more: whoever finishes it next is the doer
    if target is ActionState.VERIFIED:
        row.verified_by = actor.name
    ms = _touch(row, actor)
    _event(session, row.id, actor, EventKind.STATE, state, target, note, ms=ms)
    new = {"id": row.id, "state": row.state, "done_by": row.done_by, "verified_by": row.verified_by}
    record_change(session, actor, "move", "corrective_action", None, old=old, new=new, reason=note)
    return _info(row)


def settle_by_workflow(
    session: Session, actor: Actor, action_id: str, *, done_by: str, instance_id: str
) -> ActionInfo:
    """Mark an action done by `done_by` and verified by `actor`, as its corrective-action
    workflow just recorded (the workflow holds the signatures; this keeps the action list true).

    An action already verified or closed is left as it is.
    """
    actor.require(Permission.MANAGE_ACTIONS)
    row = _get(session, action_id)
    state = ActionState(row.state)
    if state in FINISHED_STATES:
        return _info(row)
    if actor.name == done_by:
        raise ConfigurationError("verifier_is_doer", action_id, "state")
    old = {"id": row.id, "state": row.state, "done_by": row.done_by, "verified_by": row.verified_by}
    row.state, row.done_by, row.verified_by = ActionState.VERIFIED.value, done_by, actor.name
    ms = _touch(row, actor)
    _event(session, row.id, actor, EventKind.STATE, state, ActionState.VERIFIED, instance_id, ms=ms)
    new = {"id": row.id, "state": row.state, "done_by": row.done_by, "verified_by": row.verified_by}
    record_change(
        session, actor, "move", "corrective_action", None, old=old, new=new, reason=instance_id
    )
    return _info(row)


def add_evidence(
    session: Session,
    actor: Actor,
    action_id: str,
    *,
    note: str = "",
    image: bytes | None = None,
    data_dir: Path | None = None,
) -> ActionEvent:
    """A photo (stored as JPEG under `<data_dir>/evidence/<action id>/`) or a note, or both."""
    actor.require(Permission.FILL_CHECKLISTS)
    row = _get(session, action_id)
    if ActionState(row.state) is ActionState.CLOSED:
        raise ConfigurationError("action_closed", action_id, "state")
    note = _text(note, "note")
    if image is None and not note:
        raise ConfigurationError("evidence_empty", action_id, "note")
    file_name: str | None = None
    kind = EventKind.NOTE
    if image is not None:
        if data_dir is None:
            raise ValueError("data_dir is needed to store an evidence image")
        event_id = str(uuid.uuid4())
        file_name = f"{action_id}/{event_id}.jpg"
        save_evidence_image(image, evidence_path(data_dir, file_name))
        kind = EventKind.EVIDENCE
    event = _event(session, row.id, actor, kind, None, None, note, file_name)
    return _to_event(event)


def get_action(session: Session, action_id: str) -> ActionInfo:
    return _info(_get(session, action_id))


def list_actions(
    session: Session,
    *,
    state: str | None = None,
    overdue_only: bool = False,
    today: date | None = None,
) -> list[ActionInfo]:
    """Actions by due date (none last), then by age; `overdue_only` uses `today` (local date)."""
    query = select(CorrectiveActionRecord)
    if state is not None:
        query = query.where(CorrectiveActionRecord.state == _state(state).value)
    if overdue_only:
        day = (today or date.today()).isoformat()
        query = query.where(
            CorrectiveActionRecord.due.is_not(None),
            CorrectiveActionRecord.due < day,
            CorrectiveActionRecord.state.not_in([s.value for s in FINISHED_STATES]),
        )
    query = query.order_by(
        CorrectiveActionRecord.due.is_(None),
        CorrectiveActionRecord.due,
        CorrectiveActionRecord.created_ms,
        CorrectiveActionRecord.id,
    )
    return [_info(row) for row in session.scalars(query)]


def action_events(session: Session, action_id: str) -> list[ActionEvent]:
    """The history, oldest first (insertion order breaks ties within one millisecond)."""
    rows = session.scalars(
        select(ActionEventRecord)
        .where(ActionEventRecord.action_id == action_id)
        .order_by(ActionEventRecord.at_ms, literal_column("action_events.rowid"))
    )
    return [_to_event(row) for row in rows]


def evidence_path(data_dir: Path, file_name: str) -> Path:
    """Where an evidence event's file lives."""
    return data_dir / "evidence" / file_name


def _event(
    session: Session,
    action_id: str,
    actor: Actor,
    kind: EventKind,
    from_state: ActionState | None,
    to_state: ActionState | None,
    note: str = "",
    file_name: str | None = None,
    *,
    ms: int | None = None,
) -> ActionEventRecord:
    event = ActionEventRecord(
        id=str(uuid.uuid4()),
        action_id=action_id,
        kind=kind.value,
        from_state=from_state.value if from_state is not None else None,
        to_state=to_state.value if to_state is not None else None,
        note=note,
        file_name=file_name,
        actor_name=actor.name,
        at_ms=ms if ms is not None else now_ms(),
    )
    session.add(event)
    session.flush()
    return event


def _touch(row: CorrectiveActionRecord, actor: Actor) -> int:
    ms = now_ms()
    row.updated_by, row.updated_ms = actor.name, ms
    row.revision = row.revision + 1
    return ms


def _get(session: Session, action_id: str) -> CorrectiveActionRecord:
    row = session.get(CorrectiveActionRecord, action_id)
    if row is None:
        raise ConfigurationError("not_found", action_id, "action")
    return row


def _title(title: str) -> str:
    title = _text(title, "title")
    if not title:
        raise ConfigurationError("title_required", "", "title")
    return title


def _text(value: str, field: str) -> str:
    value = value.strip()
    if len(value) > _LIMITS[field]:
        raise ConfigurationError("text_too_long", str(_LIMITS[field]), field)
    return value


def _priority(value: str) -> Priority:
    try:
        return Priority(value)
    except ValueError:
        raise ConfigurationError("unknown_priority", value, "priority") from None


def _state(value: str) -> ActionState:
    try:
        return ActionState(value)
    except ValueError:
        raise ConfigurationError("unknown_state", value, "state") from None


def _values(row: CorrectiveActionRecord) -> dict[str, object]:
    keys = ("id", "title", "department", "person", "due", "priority", "state")
    values: dict[str, object] = {k: getattr(row, k) for k in keys}
    if row.source_run is not None:
        values["source"] = f"{row.source_run}/{row.source_item or ''}"
    return values


def _info(row: CorrectiveActionRecord) -> ActionInfo:
    return ActionInfo(
        id=row.id,
        title=row.title,
        description=row.description,
        department=row.department,
        person=row.person,
        due=date.fromisoformat(row.due) if row.due else None,
        priority=Priority(row.priority),
        state=ActionState(row.state),
        source_run=row.source_run,
        source_item=row.source_item,
        created_by=row.created_by,
        created_ms=row.created_ms,
        updated_by=row.updated_by,
        updated_ms=row.updated_ms,
        done_by=row.done_by,
        verified_by=row.verified_by,
        revision=row.revision,
    )


def _to_event(row: ActionEventRecord) -> ActionEvent:
    return ActionEvent(
        kind=EventKind(row.kind),
        from_state=ActionState(row.from_state) if row.from_state else None,
        to_state=ActionState(row.to_state) if row.to_state else None,
        note=row.note,
        file_name=row.file_name,
        actor_name=row.actor_name,
        at_ms=row.at_ms,
    )

"""Corrective actions from a package meet the ones here: new, unchanged, updated, kept, conflict.

Three versions matter: ours (this database), theirs (the package) and the one both had at their
last exchange. "Changed since the last exchange" is read from the action's history rather than
from the revision numbers alone: every edit (`revision` + 1) appends an event with a UUID, and
events travel in packages and merge by union, so "theirs holds an edit we have never seen" and
"we hold an edit their package has not seen" are plain set questions. Revision numbers alone
cannot tell these apart when the same package is imported twice, an old package is imported
after a local edit, or a package was exported but never imported on the other side.

- only theirs changed → update here (their fields, their revision; nothing left to send);
- only ours changed → keep ours (their new evidence and notes are still added);
- both changed → a conflict: nothing is overwritten and no event is merged (so the same
  package shows the same conflict again) until a person chooses "theirs" or "ours";
- the same fields on both sides → unchanged (new evidence and notes are added).

Resolving is a decision of its own, so it takes a revision above both sides; "ours" leaves
`synced_revision` behind `revision`, so the kept version travels back with the next package.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.run_package_contents import PackageAction, Record
from domain.actions import EventKind, edited_fields
from domain.roles import Actor, Permission
from storage.models import ActionEventRecord, CorrectiveActionRecord

THEIRS = "theirs"
OURS = "ours"
RESOLUTIONS = (THEIRS, OURS)
SYNC_COLUMNS = ("id", "revision", "synced_revision")
CONTENT_FIELDS = tuple(
    c.name for c in CorrectiveActionRecord.__table__.columns if c.name not in SYNC_COLUMNS
)
SHOWN_FIELDS = (
    "title", "description", "department", "person", "due", "priority", "state", "done_by",
    "verified_by",
)  # fmt: skip
"""The fields a conflict lists side by side; who changed each side last, and when, heads it."""


class Outcome(StrEnum):
    NEW = "new"
    SAME = "same"
    TAKE_THEIRS = "take_theirs"
    KEEP_OURS = "keep_ours"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class ActionVersion:
    """One side of a conflict."""

    revision: int
    synced_revision: int
    updated_by: str
    updated_ms: int
    values: Mapping[str, object]


@dataclass(frozen=True)
class FieldDifference:
    field: str
    ours: object
    theirs: object


@dataclass(frozen=True)
class ActionConflict:
    """An action edited here and in the package since they were last exchanged."""

    action_id: str
    title: str
    ours: ActionVersion
    theirs: ActionVersion
    fields: tuple[FieldDifference, ...]
    """The shown fields that differ, in `SHOWN_FIELDS` order (may be empty: only who/when)."""


@dataclass(frozen=True)
class ActionPlan:
    action: PackageAction
    outcome: Outcome
    new_events: tuple[Record, ...]
    """Their events this database lacks (in package order)."""
    conflict: ActionConflict | None = None


def plan_action(session: Session, action: PackageAction) -> ActionPlan:
    """What importing this action would do; reads only."""
    theirs = action.record
    row = session.get(CorrectiveActionRecord, action.id)
    if row is None:
        _refuse_clashes(session, action)
        return ActionPlan(action, Outcome.NEW, action.events)
    ours = {event.id: event for event in session.scalars(_events_of(action.id))}
    their_ids = {event["id"] for event in action.events}
    _refuse_clashes(session, action)
    new_events = tuple(e for e in action.events if e["id"] not in ours)
    if all(getattr(row, name) == theirs[name] for name in CONTENT_FIELDS):
        return ActionPlan(action, Outcome.SAME, new_events)
    theirs_changed = any(_is_edit(e["kind"], e["note"]) for e in new_events)
    ours_changed = any(_is_edit(e.kind, e.note) for e in ours.values() if e.id not in their_ids)
    if theirs_changed and not ours_changed:
        return ActionPlan(action, Outcome.TAKE_THEIRS, new_events)
    if ours_changed and not theirs_changed:
        return ActionPlan(action, Outcome.KEEP_OURS, new_events)
    return ActionPlan(action, Outcome.CONFLICT, new_events, _conflict(row, theirs))


def chosen(plan: ActionPlan, resolutions: Mapping[str, str]) -> str | None:
    """The resolution that applies to this plan: only a conflict takes one."""
    if plan.outcome is not Outcome.CONFLICT:
        return None
    choice = resolutions.get(plan.action.id)
    if choice is not None and choice not in RESOLUTIONS:
        raise ConfigurationError("bad_resolution", f"{plan.action.id}: {choice}", "resolution")
    return choice


def events_to_add(plan: ActionPlan, resolution: str | None) -> tuple[Record, ...]:
    """An unresolved conflict merges nothing: the next import must find it again."""
    if plan.outcome is Outcome.CONFLICT and resolution is None:
        return ()
    return plan.new_events


def apply_action(
    session: Session, actor: Actor, plan: ActionPlan, resolution: str | None, source: str
) -> bool:
    """Carry out the plan; returns whether anything in the database changed."""
    theirs = plan.action.record
    events = events_to_add(plan, resolution)
    if plan.outcome is Outcome.NEW:
        session.add(CorrectiveActionRecord(**{**theirs, "synced_revision": theirs["revision"]}))
        session.flush()
    elif plan.outcome is Outcome.CONFLICT and resolution is None:
        return False
    else:
        row = session.get(CorrectiveActionRecord, plan.action.id)
        assert row is not None
        if plan.outcome is Outcome.TAKE_THEIRS or resolution == THEIRS:
            _take_theirs(session, actor, row, theirs, resolution, source)
        elif resolution == OURS:
            actor.require(Permission.MANAGE_ACTIONS)
            old = {"id": row.id, "revision": row.revision}
            row.revision = max(row.revision, int(theirs["revision"])) + 1
            new = {"id": row.id, "revision": row.revision, "kept": OURS}
            record_change(
                session, actor, "resolve", "corrective_action", None, old=old, new=new,
                reason=f"package conflict: kept ours ({source})",
            )  # fmt: skip
    for event in events:
        session.add(ActionEventRecord(**event))
    session.flush()
    return plan.outcome in (Outcome.NEW, Outcome.TAKE_THEIRS, Outcome.CONFLICT) or bool(events)


def _take_theirs(
    session: Session,
    actor: Actor,
    row: CorrectiveActionRecord,
    theirs: Record,
    resolution: str | None,
    source: str,
) -> None:
    changed = [name for name in CONTENT_FIELDS if getattr(row, name) != theirs[name]]
    old = {"id": row.id, "revision": row.revision, **{k: getattr(row, k) for k in changed}}
    for name in changed:
        setattr(row, name, theirs[name])
    if resolution == THEIRS:
        actor.require(Permission.MANAGE_ACTIONS)
        row.revision = max(row.revision, int(theirs["revision"])) + 1
        action, reason = "resolve", f"package conflict: took theirs ({source})"
    else:
        row.revision = max(row.revision, int(theirs["revision"]))
        action, reason = "package_update", source
    row.synced_revision = row.revision
    new = {"id": row.id, "revision": row.revision, **{k: theirs[k] for k in changed}}
    record_change(
        session, actor, action, "corrective_action", None, old=old, new=new, reason=reason
    )


def _conflict(row: CorrectiveActionRecord, theirs: Record) -> ActionConflict:
    ours_values = {name: getattr(row, name) for name in CONTENT_FIELDS}
    their_values = {name: theirs[name] for name in CONTENT_FIELDS}
    return ActionConflict(
        action_id=row.id,
        title=row.title,
        ours=ActionVersion(
            row.revision, row.synced_revision, row.updated_by, row.updated_ms, ours_values
        ),
        theirs=ActionVersion(
            int(theirs["revision"]),
            int(theirs["synced_revision"]),
            str(theirs["updated_by"]),
            int(theirs["updated_ms"]),
            their_values,
        ),
        fields=tuple(
            FieldDifference(name, ours_values[name], their_values[name])
            for name in SHOWN_FIELDS
            if ours_values[name] != their_values[name]
        ),
    )


def _is_edit(kind: str, note: str) -> bool:
    """An event that came with a revision: a state change or a field edit (not evidence)."""
    return kind == EventKind.STATE.value or (
        kind == EventKind.NOTE.value and edited_fields(note) is not None
    )


def _events_of(action_id: str) -> Select[ActionEventRecord]:
    return select(ActionEventRecord).where(ActionEventRecord.action_id == action_id)


def _refuse_clashes(session: Session, action: PackageAction) -> None:
    """An event id that belongs to another action here is not the same event: refuse."""
    ids = [event["id"] for event in action.events]
    for start in range(0, len(ids), 500):
        clash = session.scalars(
            select(ActionEventRecord.id).where(
                ActionEventRecord.id.in_(ids[start : start + 500]),
                ActionEventRecord.action_id != action.id,
            )
        ).first()
        if clash is not None:
            raise ConfigurationError("id_clash", f"event {clash}", "action")

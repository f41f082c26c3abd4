"""Corrective actions: their states, who may move them where, and when they are overdue.

A failed checklist item or an out-of-limit value becomes an action with an owner, a due date and
a priority. Its life is open → in progress → done → verified → closed. Verification is the
second pair of eyes, so the person who marked the action done may not verify it; a verifier who
rejects the work sends it back to in progress and must say why, otherwise the doer cannot know
what to fix. Closed is final: a problem that comes back is a new action with its own history.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class ActionState(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    VERIFIED = "verified"
    CLOSED = "closed"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class EventKind(StrEnum):
    STATE = "state"
    NOTE = "note"
    EVIDENCE = "evidence"


EDIT_NOTE_PREFIX = "edited: "
"""An edit's history note lists field codes, not a sentence, so each reader sees it translated."""

EDITABLE_FIELDS = ("title", "description", "department", "person", "due", "priority")


TRANSITIONS: dict[ActionState, tuple[ActionState, ...]] = {
    ActionState.OPEN: (ActionState.IN_PROGRESS,),
    ActionState.IN_PROGRESS: (ActionState.DONE, ActionState.OPEN),
    ActionState.DONE: (ActionState.VERIFIED, ActionState.IN_PROGRESS),
    ActionState.VERIFIED: (ActionState.CLOSED,),
    ActionState.CLOSED: (),
}
"""Forward steps first, then the step back; the GUI shows buttons in this order."""

FINISHED_STATES = frozenset({ActionState.VERIFIED, ActionState.CLOSED})
"""The work is checked: a due date in the past no longer makes the action overdue."""


def is_rejection(state: ActionState, to_state: ActionState) -> bool:
    """Done → in progress: the verifier did not accept the work."""
    return state is ActionState.DONE and to_state is ActionState.IN_PROGRESS


def is_review(state: ActionState, to_state: ActionState) -> bool:
    """Steps that judge someone else's work (verify, reject, close) rather than do it."""
    return state in (ActionState.DONE, ActionState.VERIFIED)


def transition_problem(
    state: ActionState,
    to_state: ActionState,
    actor_name: str,
    done_by: str | None,
    *,
    note: str = "",
) -> str | None:
    """Why `actor_name` may not move an action from `state` to `to_state`, or None if allowed.

    Codes: "not_allowed" (no such step), "verifier_is_doer" (the person who marked the action
    done may not verify it), "note_required" (a rejection must say what is wrong).
    Permissions by role are checked by the service, not here.
    """
    if to_state not in TRANSITIONS[state]:
        return "not_allowed"
    if to_state is ActionState.VERIFIED and done_by is not None and actor_name == done_by:
        return "verifier_is_doer"
    if is_rejection(state, to_state) and not note.strip():
        return "note_required"
    return None


def is_overdue(state: ActionState, due: date | None, today: date) -> bool:
    """Overdue while the work is unchecked and its due date has passed (due today is not late)."""
    return due is not None and state not in FINISHED_STATES and due < today


def days_overdue(state: ActionState, due: date | None, today: date) -> int:
    """Whole days past the due date; 0 when the action is not overdue."""
    if due is None or not is_overdue(state, due, today):
        return 0
    return (today - due).days


def edit_note(fields: tuple[str, ...]) -> str:
    """The history note of an edit: "edited: title, due"."""
    return EDIT_NOTE_PREFIX + ", ".join(fields)


def edited_fields(note: str) -> tuple[str, ...] | None:
    """The field codes of an edit note, or None when the note is something a person wrote."""
    if not note.startswith(EDIT_NOTE_PREFIX):
        return None
    fields = tuple(f.strip() for f in note[len(EDIT_NOTE_PREFIX) :].split(","))
    return fields if fields and all(f in EDITABLE_FIELDS for f in fields) else None

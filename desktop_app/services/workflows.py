"""Workflow instances: start one, complete a task, sign an approval or a rejection, comment,
attach, cancel, escalate what is overdue (role-checked, change-logged, history kept).

The rules are the engine's (`domain.workflow_engine`); this module loads the definition version
the instance started with, asks the engine, stores the new state, closes the task that was acted
on and opens the next. Approvals and rejections are electronic signatures: the signer types the
password again and the history keeps who, when and the meaning they signed, in both languages.
When an instance completes, its definition's effect (apply a KPI target, close a corrective
action, renew a credential) runs in the same transaction, so a crash cannot leave a completed
approval whose effect is missing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.users import authenticate
from desktop_app.services.workflow_definitions import load_definition
from desktop_app.services.workflow_effects import run_effect
from desktop_app.services.workflow_state import (
    add_event,
    attachment_count,
    close_open_tasks,
    definition_of,
    get_instance,
    get_open_task,
    open_task,
    state_of,
    store_state,
)
from domain import workflow_engine as engine
from domain.readings import now_ms
from domain.roles import Actor, Permission
from domain.workflow_engine import InstanceState, Status
from domain.workflow_model import Text, WorkflowDefinition, WorkflowStepError
from storage.models import WorkflowInstanceRecord, WorkflowTaskRecord

_T = TypeVar("_T")
MAX_NOTE = 10_000
MAX_TITLE = 200


def start_workflow(
    session: Session,
    actor: Actor,
    code: str,
    start_values: Mapping[str, object],
    *,
    source_kind: str = "manual",
    source_ref: str = "",
    title: str = "",
) -> str:
    """A new running instance of the newest version of `code`; returns its id.

    A trigger that fires again (same workflow, source kind and reference) gets the instance it
    started while that one still runs, not a second one.
    """
    actor.require(Permission.FILL_CHECKLISTS)
    definition = load_definition(session, code)
    if source_ref:
        running = session.scalar(
            select(WorkflowInstanceRecord.id).where(
                WorkflowInstanceRecord.definition_code == code,
                WorkflowInstanceRecord.source_kind == source_kind,
                WorkflowInstanceRecord.source_ref == source_ref,
                WorkflowInstanceRecord.status == Status.RUNNING.value,
            )
        )
        if running is not None:
            return running
    try:
        state = engine.start(definition, start_values)
    except WorkflowStepError as error:
        raise ConfigurationError(error.code, error.field or "", error.field or "") from None
    ms = now_ms()
    row = WorkflowInstanceRecord(
        id=str(uuid.uuid4()),
        definition_code=definition.code,
        definition_version=definition.version,
        title=_limited(title, MAX_TITLE, "title"),
        status=state.status.value,
        source_kind=source_kind[:32],
        source_ref=source_ref[:200],
        started_by=actor.name,
        started_ms=ms,
        revision=0,
    )
    store_state(row, state)
    session.add(row)
    session.flush()
    add_event(session, row.id, "started", actor.name, ms, values=dict(state.values))
    _after_move(session, actor, definition, row, ms)
    record_change(
        session, actor, "create", "workflow_instance", None,
        new={"id": row.id, "workflow": code, "version": definition.version,
             "source": f"{source_kind}:{source_ref}"},
    )  # fmt: skip
    return row.id


def complete_step(
    session: Session, actor: Actor, task_id: str, values: Mapping[str, object]
) -> None:
    """Fill the task's fields and finish it; the instance moves to its next step."""
    actor.require(Permission.FILL_CHECKLISTS)
    task = get_open_task(session, task_id)
    instance, definition, state = _load(session, task)
    attachments = attachment_count(session, task.id)
    new = _engine_call(
        lambda: engine.complete_task(
            definition, state, actor.name, actor.role, values, attachments,
            task.escalated_ms is not None, step=task.step_code,
        )
    )  # fmt: skip
    given = {k: v for k, v in new.values.items() if state.values.get(k) != v}
    _finish_task(session, actor, task, instance, definition, new, "done", values=given)


def approve_step(session: Session, actor: Actor, task_id: str, password: str) -> None:
    """Sign the current approval level (the password is asked again: an electronic signature)."""
    actor.require(Permission.FILL_CHECKLISTS)
    _check_signature(session, actor, password)
    task = get_open_task(session, task_id)
    instance, definition, state = _load(session, task)
    new = _engine_call(
        lambda: engine.approve(
            definition, state, actor.name, actor.role, task.escalated_ms is not None,
            step=task.step_code,
        )
    )  # fmt: skip
    meaning = _meaning(definition, task.step_code)
    _finish_task(session, actor, task, instance, definition, new, "approved", meaning=meaning)


def reject_step(session: Session, actor: Actor, task_id: str, password: str, note: str) -> None:
    """Refuse at the current approval level, saying why; the instance goes back or ends."""
    actor.require(Permission.FILL_CHECKLISTS)
    _check_signature(session, actor, password)
    task = get_open_task(session, task_id)
    instance, definition, state = _load(session, task)
    note = _limited(note, MAX_NOTE, "note")
    new = _engine_call(
        lambda: engine.reject(
            definition, state, actor.name, actor.role, note, task.escalated_ms is not None,
            step=task.step_code,
        )
    )  # fmt: skip
    meaning = _meaning(definition, task.step_code)
    _finish_task(
        session, actor, task, instance, definition, new, "rejected", note=note, meaning=meaning
    )


def add_comment(session: Session, actor: Actor, instance_id: str, text: str) -> None:
    actor.require(Permission.FILL_CHECKLISTS)
    get_instance(session, instance_id)
    text = _limited(text, MAX_NOTE, "note")
    if not text.strip():
        raise ConfigurationError("note_required", "", "note")
    add_event(session, instance_id, "comment", actor.name, now_ms(), note=text)


def cancel_workflow(session: Session, actor: Actor, instance_id: str, note: str) -> None:
    """Stop a running instance for good (wrong start, duplicate); needs MANAGE_ACTIONS."""
    actor.require(Permission.MANAGE_ACTIONS)
    note = _limited(note, MAX_NOTE, "note")
    if not note.strip():
        raise ConfigurationError("note_required", "", "note")
    instance = get_instance(session, instance_id)
    new = _engine_call(lambda: engine.cancel(state_of(instance)))
    ms = now_ms()
    store_state(instance, new)
    instance.finished_ms = ms
    close_open_tasks(session, instance.id, "cancelled", ms)
    add_event(session, instance.id, "cancelled", actor.name, ms, note=note)
    record_change(
        session, actor, "cancel", "workflow_instance", None, new={"id": instance.id}, reason=note
    )


def escalate_overdue(session: Session, now: int | None = None) -> list[str]:
    """Escalate every open task past its time limit that names a role to escalate to; returns
    the task ids. Idempotent: a task is escalated once."""
    ms = now if now is not None else now_ms()
    escalated = []
    for task in session.scalars(
        select(WorkflowTaskRecord).where(
            WorkflowTaskRecord.state == "open",
            WorkflowTaskRecord.escalated_ms.is_(None),
            WorkflowTaskRecord.due_ms.is_not(None),
            WorkflowTaskRecord.due_ms < ms,
            WorkflowTaskRecord.escalate_to != "",
        )
    ):
        task.escalated_ms = ms
        add_event(
            session, task.instance_id, "escalated", "system", ms, task_id=task.id,
            note=task.escalate_to,
        )  # fmt: skip
        escalated.append(task.id)
    return escalated


def instance_status(session: Session, instance_id: str) -> str:
    return get_instance(session, instance_id).status


def _load(
    session: Session, task: WorkflowTaskRecord
) -> tuple[WorkflowInstanceRecord, WorkflowDefinition, InstanceState]:
    instance = get_instance(session, task.instance_id)
    return instance, definition_of(session, instance), state_of(instance)


def _finish_task(
    session: Session,
    actor: Actor,
    task: WorkflowTaskRecord,
    instance: WorkflowInstanceRecord,
    definition: WorkflowDefinition,
    new: InstanceState,
    outcome: str,
    *,
    values: Mapping[str, object] | None = None,
    note: str = "",
    meaning: str = "",
) -> None:
    ms = now_ms()
    task.state, task.acted_by, task.acted_ms = outcome, actor.name, ms
    store_state(instance, new)
    kind = {"done": "completed"}.get(outcome, outcome)
    add_event(
        session, instance.id, kind, actor.name, ms, task_id=task.id, note=note,
        values=dict(values or {}), signature_meaning=meaning,
    )  # fmt: skip
    _after_move(session, actor, definition, instance, ms)
    record_change(
        session, actor, outcome, "workflow_task", None,
        new={"instance": instance.id, "step": task.step_code, "level": task.level,
             "status": instance.status},
        reason=note,
    )  # fmt: skip


def _after_move(
    session: Session,
    actor: Actor,
    definition: WorkflowDefinition,
    instance: WorkflowInstanceRecord,
    ms: int,
) -> None:
    """Open the next task, or close the instance and run its effect."""
    if instance.status == Status.RUNNING.value:
        open_task(session, definition, instance, ms)
        return
    instance.finished_ms = ms
    if instance.status == Status.COMPLETED.value and definition.on_complete is not None:
        done = run_effect(session, actor, definition.on_complete, instance, state_of(instance))
        add_event(session, instance.id, "effect", actor.name, ms, note=done)


def _check_signature(session: Session, actor: Actor, password: str) -> None:
    signer = authenticate(session, actor.name, password)
    if signer is None or signer.name != actor.name:
        raise ConfigurationError("signature_failed", actor.name, "password")


def _meaning(definition: WorkflowDefinition, step_code: str) -> str:
    meaning: Text | None = definition.step(step_code).meaning
    if meaning is None:
        return ""
    return json.dumps({"zh": meaning.zh, "en": meaning.en}, ensure_ascii=False)


def _engine_call(call: Callable[[], _T]) -> _T:
    try:
        return call()
    except WorkflowStepError as error:
        raise ConfigurationError(error.code, error.field or "", error.field or "") from None


def _limited(text: str, limit: int, field: str) -> str:
    if len(text) > limit:
        raise ConfigurationError("too_long", f"> {limit}", field)
    return text

"""Reading workflows: "My tasks", every open task, one instance with its history.

"Mine" is what a person is expected to do, not everything they are allowed to do: a task that
names them, a task for their role in their department (or in none), and a task escalated to
their role. Administrators may act on anything, but their list would drown in the plant's
work if it showed all of it; the page offers "all open tasks" for that. Each task says whether
this person may act on it now and, if not, why (for the disabled button's tooltip).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.workflow_state import definition_of, get_instance, state_of
from domain import workflow_engine as engine
from domain.roles import Actor, Role
from domain.workflow_engine import InstanceState, Status
from domain.workflow_model import StepKind, Text, WorkflowDefinition, WorkflowStepError
from storage.models import User, WorkflowEventRecord, WorkflowInstanceRecord, WorkflowTaskRecord


@dataclass(frozen=True)
class TaskInfo:
    id: str
    instance_id: str
    workflow_code: str
    workflow_name: Text
    instance_title: str
    step_code: str
    step_name: Text
    kind: str
    level: int
    levels: int
    roles: tuple[str, ...]
    department: str
    person: str
    state: str
    created_ms: int
    due_ms: int | None
    escalate_to: str
    escalated_ms: int | None
    acted_by: str | None
    acted_ms: int | None
    blocked: str | None = None
    """Why the reader may not act now (a problem code), None when they may."""

    def overdue(self, now: int) -> bool:
        return self.state == "open" and engine.is_overdue(self.due_ms, now)


@dataclass(frozen=True)
class EventInfo:
    kind: str
    actor_name: str
    at_ms: int
    note: str
    values: dict[str, Any]
    file_name: str | None
    sha256: str | None
    meaning: Text | None
    task_id: str | None


@dataclass(frozen=True)
class InstanceInfo:
    id: str
    definition: WorkflowDefinition
    title: str
    status: str
    step: str | None
    values: dict[str, Any]
    source_kind: str
    source_ref: str
    started_by: str
    started_ms: int
    finished_ms: int | None
    tasks: tuple[TaskInfo, ...]
    events: tuple[EventInfo, ...]


def my_tasks(session: Session, actor: Actor) -> list[TaskInfo]:
    """The open tasks this person is expected to act on, the earliest due first."""
    department = session.scalar(select(User.department).where(User.name == actor.name)) or ""
    mine = [task for task in _open_tasks(session, actor) if _is_mine(task, actor, department)]
    return mine


def open_tasks(session: Session, actor: Actor) -> list[TaskInfo]:
    """Every open task of the site, the earliest due first."""
    return _open_tasks(session, actor)


def instance_info(session: Session, instance_id: str, actor: Actor | None = None) -> InstanceInfo:
    row = get_instance(session, instance_id)
    definition = definition_of(session, row)
    state = state_of(row)
    tasks = tuple(
        _task_info(task, row, definition, state, actor)
        for task in session.scalars(
            select(WorkflowTaskRecord)
            .where(WorkflowTaskRecord.instance_id == instance_id)
            .order_by(WorkflowTaskRecord.created_ms, WorkflowTaskRecord.level)
        )
    )
    events = tuple(
        _event_info(event)
        for event in session.scalars(
            select(WorkflowEventRecord)
            .where(WorkflowEventRecord.instance_id == instance_id)
            .order_by(WorkflowEventRecord.at_ms)
        )
    )
    return _instance(row, definition, state, tasks, events)


def list_instances(session: Session, status: str | None = None) -> list[InstanceInfo]:
    """Instances without their tasks and history, newest first (for the register)."""
    query = select(WorkflowInstanceRecord).order_by(WorkflowInstanceRecord.started_ms.desc())
    if status is not None:
        query = query.where(WorkflowInstanceRecord.status == status)
    found = []
    definitions: dict[tuple[str, int], WorkflowDefinition] = {}
    for row in session.scalars(query):
        key = (row.definition_code, row.definition_version)
        if key not in definitions:
            definitions[key] = definition_of(session, row)
        found.append(_instance(row, definitions[key], state_of(row), (), ()))
    return found


def _instance(
    row: WorkflowInstanceRecord,
    definition: WorkflowDefinition,
    state: InstanceState,
    tasks: tuple[TaskInfo, ...],
    events: tuple[EventInfo, ...],
) -> InstanceInfo:
    return InstanceInfo(
        row.id, definition, row.title, row.status, row.step, dict(state.values), row.source_kind,
        row.source_ref, row.started_by, row.started_ms, row.finished_ms, tasks, events,
    )  # fmt: skip


def _open_tasks(session: Session, actor: Actor) -> list[TaskInfo]:
    rows = session.execute(
        select(WorkflowTaskRecord, WorkflowInstanceRecord)
        .join(WorkflowInstanceRecord, WorkflowInstanceRecord.id == WorkflowTaskRecord.instance_id)
        .where(WorkflowTaskRecord.state == "open")
    ).all()
    tasks = []
    definitions: dict[tuple[str, int], WorkflowDefinition] = {}
    for task, instance in rows:
        key = (instance.definition_code, instance.definition_version)
        if key not in definitions:  # one query per definition version, not per task
            definitions[key] = definition_of(session, instance)
        tasks.append(_task_info(task, instance, definitions[key], state_of(instance), actor))
    never = 2**62
    return sorted(tasks, key=lambda t: (t.due_ms if t.due_ms is not None else never, t.created_ms))


def _is_mine(task: TaskInfo, actor: Actor, department: str) -> bool:
    if task.escalated_ms is not None and task.escalate_to == actor.role.value:
        return True
    if task.person:
        return task.person == actor.name
    if actor.role.value not in task.roles:
        return False
    return not task.department or not department or task.department == department


def _task_info(
    task: WorkflowTaskRecord,
    instance: WorkflowInstanceRecord,
    definition: WorkflowDefinition,
    state: InstanceState,
    actor: Actor | None,
) -> TaskInfo:
    step = definition.step(task.step_code)
    levels = len(step.approvers) if step.kind is StepKind.APPROVAL else 1
    blocked = None
    if actor is not None and task.state == "open":
        blocked = _blocked(definition, state, task, actor)
    return TaskInfo(
        task.id, instance.id, definition.code, definition.name, instance.title, task.step_code,
        step.name, task.kind, task.level, levels, tuple(r for r in task.role.split(",") if r),
        task.department, task.person, task.state, task.created_ms, task.due_ms,
        task.escalate_to, task.escalated_ms, task.acted_by, task.acted_ms, blocked,
    )  # fmt: skip


def _blocked(
    definition: WorkflowDefinition, state: InstanceState, task: WorkflowTaskRecord, actor: Actor
) -> str | None:
    """Ask the engine as if acting (for an approval: sign), without storing anything."""
    escalated = task.escalated_ms is not None
    if state.status is not Status.RUNNING:
        return "not_running"
    if actor.role is Role.VIEWER:
        return "wrong_role"
    try:
        if task.kind == StepKind.APPROVAL.value:
            engine.approve(
                definition, state, actor.name, actor.role, escalated, step=task.step_code
            )
        else:
            problem = engine.may_act(definition, state, actor.name, actor.role, escalated)
            return problem
    except WorkflowStepError as error:
        return error.code
    return None


def _event_info(event: WorkflowEventRecord) -> EventInfo:
    meaning = None
    if event.signature_meaning:
        texts = json.loads(event.signature_meaning)
        meaning = Text(texts.get("zh", ""), texts.get("en", ""))
    return EventInfo(
        event.kind, event.actor_name, event.at_ms, event.note, json.loads(event.values_json),
        event.file_name, event.sha256, meaning, event.task_id,
    )  # fmt: skip

"""Between a stored instance row and the engine's `InstanceState`, and the tasks of a step.

Kept apart from the use cases in `workflows` so that the task list (read often) and the writes
share one reading of the JSON columns and one rule for which task a step opens.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.workflow_definitions import load_definition
from domain import workflow_engine as engine
from domain.workflow_engine import InstanceState, Status
from domain.workflow_model import WorkflowDefinition
from storage.models import WorkflowEventRecord, WorkflowInstanceRecord, WorkflowTaskRecord


def state_of(row: WorkflowInstanceRecord) -> InstanceState:
    doers = tuple((str(s), str(a)) for s, a in json.loads(row.doers_json))
    approvals = tuple((str(s), int(lv), str(a)) for s, lv, a in json.loads(row.approvals_json))
    return InstanceState(
        Status(row.status), row.step, row.level, json.loads(row.values_json), doers, approvals
    )


def store_state(row: WorkflowInstanceRecord, state: InstanceState) -> None:
    row.status = state.status.value
    row.step = state.step
    row.level = state.level
    row.values_json = json.dumps(dict(state.values), ensure_ascii=False, sort_keys=True)
    row.doers_json = json.dumps([list(d) for d in state.doers], ensure_ascii=False)
    row.approvals_json = json.dumps([list(a) for a in state.approvals], ensure_ascii=False)
    row.revision += 1


def definition_of(session: Session, row: WorkflowInstanceRecord) -> WorkflowDefinition:
    return load_definition(session, row.definition_code, row.definition_version)


def get_instance(session: Session, instance_id: str) -> WorkflowInstanceRecord:
    row = session.get(WorkflowInstanceRecord, instance_id)
    if row is None:
        raise ConfigurationError("unknown_instance", instance_id, "instance")
    return row


def get_open_task(session: Session, task_id: str) -> WorkflowTaskRecord:
    row = session.get(WorkflowTaskRecord, task_id)
    if row is None:
        raise ConfigurationError("unknown_task", task_id, "task")
    if row.state != "open":
        raise ConfigurationError("task_closed", row.state, "task")
    return row


def open_task(
    session: Session, definition: WorkflowDefinition, instance: WorkflowInstanceRecord, ms: int
) -> WorkflowTaskRecord | None:
    """The task of the step the instance now stands on (None when it is finished)."""
    state = state_of(instance)
    assignment = engine.current_assignment(definition, state)
    if assignment is None:
        return None
    step = definition.step(assignment.step)
    task = WorkflowTaskRecord(
        id=str(uuid.uuid4()),
        instance_id=instance.id,
        step_code=assignment.step,
        level=assignment.level,
        kind=assignment.kind.value,
        role=",".join(r.value for r in assignment.roles),
        department=assignment.department,
        person=assignment.person or "",
        state="open",
        created_ms=ms,
        due_ms=engine.due_ms(step, ms),
        escalate_to=assignment.escalate_to.value if assignment.escalate_to else "",
    )
    session.add(task)
    return task


def close_open_tasks(session: Session, instance_id: str, state: str, ms: int) -> None:
    for task in session.scalars(
        select(WorkflowTaskRecord).where(
            WorkflowTaskRecord.instance_id == instance_id, WorkflowTaskRecord.state == "open"
        )
    ):
        task.state = state
        task.acted_ms = ms


def add_event(
    session: Session,
    instance_id: str,
    kind: str,
    actor_name: str,
    ms: int,
    *,
    task_id: str | None = None,
    note: str = "",
    values: dict[str, Any] | None = None,
    file_name: str | None = None,
    sha256: str | None = None,
    signature_meaning: str = "",
) -> None:
    session.add(
        WorkflowEventRecord(
            id=str(uuid.uuid4()),
            instance_id=instance_id,
            task_id=task_id,
            kind=kind,
            actor_name=actor_name,
            at_ms=ms,
            note=note,
            values_json=json.dumps(values or {}, ensure_ascii=False, sort_keys=True),
            file_name=file_name,
            sha256=sha256,
            signature_meaning=signature_meaning,
        )
    )


def attachment_count(session: Session, task_id: str) -> int:
    rows = session.scalars(
        select(WorkflowEventRecord.id).where(
            WorkflowEventRecord.task_id == task_id, WorkflowEventRecord.kind == "attachment"
        )
    )
    return len(list(rows))

"""The workflow state machine: pure functions from one immutable instance state to the next.

The service layer loads the definition version an instance was started with, calls one of these
functions for a user action and stores the state it returns (with its own history and change
log). Nothing here reads a clock or a database: times come in as UTC milliseconds, escalation as
a flag the service works out with `should_escalate`. Refusals are `WorkflowStepError` codes the
UI translates:

- "not_running", "unknown_step", "not_current", "not_a_task", "not_an_approval"
- "wrong_role", "wrong_person" (see `may_act`)
- "unknown_field", "bad_value", "missing_field" (with the field), "evidence_required"
- "approver_is_doer", "already_approved" (the separation of doing and approving),
  "note_required" (a rejection must say what is wrong)
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from domain.roles import Role
from domain.workflow_model import (
    ACTING_ROLES,
    Operator,
    Step,
    StepCondition,
    StepKind,
    Text,
    Value,
    WorkflowDefinition,
    WorkflowStepError,
    coerce_value,
)

__all__ = [
    "Assignment",
    "InstanceState",
    "Status",
    "approve",
    "cancel",
    "complete_task",
    "condition_holds",
    "current_assignment",
    "current_step",
    "due_ms",
    "is_overdue",
    "may_act",
    "reject",
    "reject_target",
    "should_escalate",
    "start",
]

MS_PER_HOUR = 3_600_000


class Status(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


def _no_values() -> Mapping[str, Value]:
    return MappingProxyType({})


@dataclass(frozen=True)
class InstanceState:
    """Where an instance stands. `level` is the approval level index (0 for tasks); `doers` are
    (step, actor) of the task steps done in the current round, `approvals` (step, level, actor)
    of the approvals given. `values` is copied into a read-only mapping."""

    status: Status
    step: str | None
    level: int = 0
    values: Mapping[str, Value] = field(default_factory=_no_values)
    doers: tuple[tuple[str, str], ...] = ()
    approvals: tuple[tuple[str, int, str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))


@dataclass(frozen=True)
class Assignment:
    """Who acts now: a named person (from the step's `person_field`) or anyone of `roles`.
    Administrators may always act; after escalation, `escalate_to` may act too."""

    step: str
    kind: StepKind
    roles: tuple[Role, ...]
    department: str
    person: str | None
    level: int
    levels: int
    meaning: Text | None
    escalate_to: Role | None


_COMPARE: dict[Operator, Callable[[Any, Any], bool]] = {
    Operator.EQ: operator.eq,
    Operator.NE: operator.ne,
    Operator.GT: operator.gt,
    Operator.GE: operator.ge,
    Operator.LT: operator.lt,
    Operator.LE: operator.le,
}


def condition_holds(when: Sequence[StepCondition], values: Mapping[str, Value]) -> bool:
    """Whether every condition holds. A missing value makes its condition false, `!=` included:
    a step that depends on an unknown value is skipped rather than run on a guess."""
    return all(_holds(condition, values) for condition in when)


def _holds(condition: StepCondition, values: Mapping[str, Value]) -> bool:
    value = values.get(condition.field)
    if value is None or isinstance(value, bool) is not isinstance(condition.value, bool):
        return False
    if isinstance(value, str) is not isinstance(condition.value, str):
        return False
    return _COMPARE[condition.op](value, condition.value)


def start(definition: WorkflowDefinition, start_values: Mapping[str, object]) -> InstanceState:
    """A new running instance on the first step whose `when` holds.

    Every start field (a field no step fills) must be given, and nothing else.
    """
    values = _checked_values(definition, definition.start_fields, start_values)
    for code in definition.start_fields:
        if _is_empty(values.get(code)):
            raise WorkflowStepError("missing_field", code)
    return _enter(definition, InstanceState(Status.RUNNING, None, 0, values), 0)


def current_step(definition: WorkflowDefinition, state: InstanceState) -> Step | None:
    """The step the instance stands on, None when it is finished."""
    if state.status is not Status.RUNNING or state.step is None:
        return None
    try:
        return definition.step(state.step)
    except KeyError:
        raise WorkflowStepError("unknown_step", state.step) from None


def current_assignment(definition: WorkflowDefinition, state: InstanceState) -> Assignment | None:
    step = current_step(definition, state)
    if step is None:
        return None
    person = None
    if step.person_field is not None:
        named = state.values.get(step.person_field)
        person = named if isinstance(named, str) and named else None
    roles: tuple[Role, ...]
    if step.kind is StepKind.APPROVAL:
        approver = step.approvers[state.level]
        roles, department, levels = (approver.role,), approver.department, len(step.approvers)
    else:
        roles, department, levels = step.roles, step.department, 1
    return Assignment(
        step.code, step.kind, roles, department, person, state.level, levels, step.meaning,
        step.escalate_to,
    )  # fmt: skip


def may_act(
    definition: WorkflowDefinition, state: InstanceState, actor_name: str, actor_role: Role,
    escalated: bool = False,
) -> str | None:  # fmt: skip
    """Why the actor may not act on the current step, or None.

    "wrong_role": a viewer never acts; an administrator always may; after escalation the
    step's `escalate_to` role may. Otherwise, when the step names a person, only that person
    ("wrong_person"); else only the step's (or this approval level's) roles. Departments are
    shown, not checked: an actor carries a role, not a department.
    """
    assignment = current_assignment(definition, state)
    if assignment is None:
        return "not_running"
    if actor_role not in ACTING_ROLES:
        return "wrong_role"
    if actor_role is Role.ADMINISTRATOR:
        return None
    if escalated and assignment.escalate_to is actor_role:
        return None
    if assignment.person is not None:
        return None if actor_name.strip() == assignment.person else "wrong_person"
    return None if actor_role in assignment.roles else "wrong_role"


def complete_task(
    definition: WorkflowDefinition, state: InstanceState, actor_name: str, actor_role: Role,
    values: Mapping[str, object], attachments: int, escalated: bool = False, *,
    step: str | None = None,
) -> InstanceState:  # fmt: skip
    """The state after the actor fills the current task step and finishes it.

    `step`, when given, is the step the actor's screen shows ("not_current" if it moved on).
    Values already in the instance (from a round before a rejection) count for `required`.
    """
    current = _acting_on(definition, state, actor_name, actor_role, escalated, step)
    if current.kind is not StepKind.TASK:
        raise WorkflowStepError("not_a_task", current.code)
    merged = dict(state.values)
    merged.update(_checked_values(definition, current.fields, values))
    for code in current.required:
        if _is_empty(merged.get(code)):
            raise WorkflowStepError("missing_field", code)
    if attachments < current.evidence:
        raise WorkflowStepError("evidence_required", current.code)
    doers = (*state.doers, (current.code, actor_name))
    done = replace(state, values=merged, doers=doers)
    return _enter(definition, done, definition.step_index(current.code) + 1)


def approve(
    definition: WorkflowDefinition, state: InstanceState, actor_name: str, actor_role: Role,
    escalated: bool = False, *, step: str | None = None,
) -> InstanceState:  # fmt: skip
    """The state after the actor signs the current approval level: the next level, or the next
    applicable step after the last level."""
    current = _approving(definition, state, actor_name, actor_role, escalated, step)
    approvals = (*state.approvals, (current.code, state.level, actor_name))
    if state.level + 1 < len(current.approvers):
        return replace(state, level=state.level + 1, approvals=approvals)
    signed = replace(state, approvals=approvals)
    return _enter(definition, signed, definition.step_index(current.code) + 1)


def reject(
    definition: WorkflowDefinition, state: InstanceState, actor_name: str, actor_role: Role,
    note: str, escalated: bool = False, *, step: str | None = None,
) -> InstanceState:  # fmt: skip
    """The state after the actor rejects at the current approval level (the note is stored by
    the service). See `reject_target` for where the instance goes. Values are kept; the doers
    and approvals of the steps being redone are cleared, so the redo is recorded afresh."""
    current = _approving(definition, state, actor_name, actor_role, escalated, step)
    if not note.strip():
        raise WorkflowStepError("note_required", current.code)
    target = reject_target(definition, current, state.values)
    if target is None:
        return replace(state, status=Status.REJECTED, step=None, level=0)
    start_index = definition.step_index(target)
    redone = {
        s.code for s in definition.steps[start_index : definition.step_index(current.code) + 1]
    }
    back = replace(
        state,
        doers=tuple(doer for doer in state.doers if doer[0] not in redone),
        approvals=tuple(signed for signed in state.approvals if signed[0] not in redone),
    )
    return _enter(definition, back, start_index)


def reject_target(
    definition: WorkflowDefinition, approval: Step, values: Mapping[str, Value]
) -> str | None:
    """The task step a rejection of `approval` returns to, None when it ends the instance.

    `on_reject: "end"` ends it; a step code returns there. Without `on_reject` the nearest
    earlier task step that ran (its `when` holds) is redone, and with none the instance ends.
    """
    if approval.on_reject == "end":
        return None
    if approval.on_reject is not None:
        return approval.on_reject
    for earlier in reversed(definition.steps[: definition.step_index(approval.code)]):
        if earlier.kind is StepKind.TASK and condition_holds(earlier.when, values):
            return earlier.code
    return None


def cancel(state: InstanceState) -> InstanceState:
    """A running instance stopped for good; who may cancel is the service's rule."""
    if state.status is not Status.RUNNING:
        raise WorkflowStepError("not_running")
    return replace(state, status=Status.CANCELLED, step=None, level=0)


def due_ms(step: Step, entered_ms: int) -> int | None:
    """When the step, entered at `entered_ms` (UTC ms), is due; None without a time limit."""
    if step.time_limit_hours is None:
        return None
    return entered_ms + round(step.time_limit_hours * MS_PER_HOUR)


def is_overdue(due: int | None, now_ms: int) -> bool:
    """Past the due moment (at it exactly is still in time)."""
    return due is not None and now_ms > due


def should_escalate(step: Step, entered_ms: int, now_ms: int, already_escalated: bool) -> bool:
    """Whether the service should escalate now: once, after the time limit, to a named role."""
    if already_escalated or step.escalate_to is None:
        return False
    return is_overdue(due_ms(step, entered_ms), now_ms)


def _enter(definition: WorkflowDefinition, state: InstanceState, index: int) -> InstanceState:
    """`state` on the first step from `index` on whose `when` holds, or completed."""
    for candidate in definition.steps[index:]:
        if condition_holds(candidate.when, state.values):
            return replace(state, status=Status.RUNNING, step=candidate.code, level=0)
    return replace(state, status=Status.COMPLETED, step=None, level=0)


def _acting_on(
    definition: WorkflowDefinition, state: InstanceState, actor_name: str, actor_role: Role,
    escalated: bool, step: str | None,
) -> Step:  # fmt: skip
    current = current_step(definition, state)
    if current is None:
        raise WorkflowStepError("not_running")
    if step is not None and step != current.code:
        raise WorkflowStepError("not_current", step)
    problem = may_act(definition, state, actor_name, actor_role, escalated)
    if problem is not None:
        raise WorkflowStepError(problem)
    return current


def _approving(
    definition: WorkflowDefinition, state: InstanceState, actor_name: str, actor_role: Role,
    escalated: bool, step: str | None,
) -> Step:  # fmt: skip
    """The current approval step, once the separation of doing and approving is checked."""
    current = _acting_on(definition, state, actor_name, actor_role, escalated, step)
    if current.kind is not StepKind.APPROVAL:
        raise WorkflowStepError("not_an_approval", current.code)
    if any(doer == actor_name for _, doer in state.doers):
        raise WorkflowStepError("approver_is_doer", current.code)
    if any(code == current.code and who == actor_name for code, _, who in state.approvals):
        raise WorkflowStepError("already_approved", current.code)
    return current


def _checked_values(
    definition: WorkflowDefinition, allowed: Sequence[str], raw: Mapping[str, object]
) -> dict[str, Value]:
    values: dict[str, Value] = {}
    for code, value in raw.items():
        if code not in allowed:
            raise WorkflowStepError("unknown_field", str(code))
        checked = coerce_value(definition.field(code), value)
        if checked is None:
            raise WorkflowStepError("bad_value", code)
        values[code] = checked
    return values


def _is_empty(value: Value | None) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())

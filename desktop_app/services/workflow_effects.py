"""What a completed workflow changes outside itself, named in its definition's `on_complete`.

Effects are a fixed set of service calls, not code in the definition: a plant can route an
approval however it likes, but what an approval does is part of the program and tested. Each
effect runs as the person who gave the final signature, so the role checks and the change log
say who made the change; it returns a short code of what it did for the instance's history.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.services.actions import settle_by_workflow
from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_targets import active_targets, set_target
from domain.roles import Actor, Permission
from domain.targets import Target
from domain.workflow_engine import InstanceState
from domain.workflow_model import Effect
from storage.models import SupplierCredentialRecord, WorkflowInstanceRecord


def run_effect(
    session: Session,
    actor: Actor,
    effect: Effect,
    instance: WorkflowInstanceRecord,
    state: InstanceState,
) -> str:
    if effect is Effect.APPLY_KPI_TARGET:
        return _apply_kpi_target(session, actor, instance, state)
    if effect is Effect.CLOSE_ACTION:
        return _close_action(session, actor, instance, state)
    return _renew_credential(session, actor, instance, state)


def _apply_kpi_target(
    session: Session, actor: Actor, instance: WorkflowInstanceRecord, state: InstanceState
) -> str:
    """The approved value and deadline replace the KPI's active target (baseline kept)."""
    values = state.values
    code = str(values["kpi_code"])
    new_value = float(values["new_target"])
    deadline = date.fromisoformat(str(values["new_deadline"]))
    current = active_targets(session).get(code)
    if current is not None:
        target = replace(current.target, target_value=new_value, deadline=deadline)
    else:
        before = float(values["current_target"])
        target = Target(
            kpi_code=code, baseline_value=before, target_value=new_value,
            start=date.today(), deadline=deadline,
            better="lower" if new_value <= before else "higher", person=_requester(state),
        )  # fmt: skip
    set_target(session, actor, target, reason=f"workflow {instance.id}")
    return f"kpi_target:{code}"


def _requester(state: InstanceState) -> str:
    """Who asked for the change answers for the new target until someone else is named."""
    return next((name for step, name in state.doers), "")


def _close_action(
    session: Session, actor: Actor, instance: WorkflowInstanceRecord, state: InstanceState
) -> str:
    action_id = str(state.values.get("action_id", ""))
    if not action_id:
        return "no_action"
    implementers = [name for step, name in state.doers if step == "implement"]
    done_by = implementers[-1] if implementers else instance.started_by
    settle_by_workflow(session, actor, action_id, done_by=done_by, instance_id=instance.id)
    return f"action_verified:{action_id}"


def _renew_credential(
    session: Session, actor: Actor, instance: WorkflowInstanceRecord, state: InstanceState
) -> str:
    """The credential the instance was started for gets its new number and validity."""
    actor.require(Permission.MANAGE_KPIS)
    row = session.get(SupplierCredentialRecord, instance.source_ref)
    if row is None:
        raise ConfigurationError("unknown_credential", instance.source_ref, "credential")
    old = {"id": row.id, "number": row.number, "valid_to": row.valid_to}
    number = state.values.get("new_number")
    if isinstance(number, str) and number.strip():
        row.number = number.strip()
    row.valid_to = str(state.values["new_valid_to"])
    row.renewal_instance = None
    new = {"id": row.id, "number": row.number, "valid_to": row.valid_to}
    record_change(
        session, actor, "update", "supplier_credential", None, old=old, new=new,
        reason=f"workflow {instance.id}",
    )  # fmt: skip
    return f"credential_renewed:{row.id}"

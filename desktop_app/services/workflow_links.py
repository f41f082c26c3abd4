"""Workflows started for things other services create: the corrective-action workflow of an
action raised from an audit finding or a review, the target change a review proposes."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.workflows import start_workflow
from domain.roles import Actor
from storage.models import CorrectiveActionRecord, WorkflowDefinitionRecord

CORRECTIVE = "corrective_action"
TARGET_CHANGE = "kpi_target_change"


class ProposedTarget(Protocol):
    kpi_code: str
    current_target: float | None
    next_target: float | None
    deadline: date | None


def start_for_action(session: Session, actor: Actor, action_id: str) -> str | None:
    """Start the corrective-action workflow of an action; None when the site has retired that
    workflow (the action itself still stands)."""
    action = session.get(CorrectiveActionRecord, action_id)
    if not _active(session, CORRECTIVE) or action is None:
        return None
    values = {"action_id": action.id, "finding": action.title, "owner": action.person or actor.name}
    return start_workflow(
        session, actor, CORRECTIVE, values, source_kind="audit_finding", source_ref=action.id,
        title=action.title,
    )  # fmt: skip


def start_target_change(
    session: Session, actor: Actor, review_id: str, target: ProposedTarget
) -> str | None:
    """The approval of a next-period target a review proposed; None when the proposal is
    incomplete (no current target to change, no deadline) or the workflow is retired."""
    if not _active(session, TARGET_CHANGE):
        return None
    if target.current_target is None or target.next_target is None or target.deadline is None:
        return None
    values = {
        "kpi_code": target.kpi_code, "current_target": float(target.current_target),
        "new_target": float(target.next_target), "new_deadline": target.deadline.isoformat(),
    }  # fmt: skip
    title = f"{target.kpi_code} → {target.next_target:g}"
    return start_workflow(
        session, actor, TARGET_CHANGE, values, source_kind="review",
        source_ref=f"{review_id}:{target.kpi_code}", title=title,
    )  # fmt: skip


def _active(session: Session, code: str) -> bool:
    found = session.scalar(
        select(WorkflowDefinitionRecord.code).where(
            WorkflowDefinitionRecord.code == code, WorkflowDefinitionRecord.active
        )
    )
    return found is not None

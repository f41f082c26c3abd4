"""Workflows started for things other services create: the corrective-action workflow of an
action raised from an audit finding."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.workflows import start_workflow
from domain.roles import Actor
from storage.models import CorrectiveActionRecord, WorkflowDefinitionRecord

CORRECTIVE = "corrective_action"


def start_for_action(session: Session, actor: Actor, action_id: str) -> str | None:
    """Start the corrective-action workflow of an action; None when the site has retired that
    workflow (the action itself still stands)."""
    active = session.scalar(
        select(WorkflowDefinitionRecord.code).where(
            WorkflowDefinitionRecord.code == CORRECTIVE, WorkflowDefinitionRecord.active
        )
    )
    action = session.get(CorrectiveActionRecord, action_id)
    if active is None or action is None:
        return None
    values = {"action_id": action.id, "finding": action.title, "owner": action.person or actor.name}
    return start_workflow(
        session, actor, CORRECTIVE, values, source_kind="audit_finding", source_ref=action.id,
        title=action.title,
    )  # fmt: skip

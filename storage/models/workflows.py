"""Workflow definitions, their running instances, the tasks they hand out and their history.

A definition is stored as its validated JSON document (docs/workflow-format.md) per version, so
an instance always finishes under the rules it started with even after the definition is edited.
An instance keeps the engine's state (current step, approval level, collected values, who did
and who approved what) as JSON columns: the engine in `domain.workflow_engine` is the only thing
that interprets them. Tasks are the rows people see in "My tasks"; events are the append-only
history with the electronic signatures (who, when, what the signature means).
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class WorkflowDefinitionRecord(Base):
    __tablename__ = "workflow_definitions"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    json: Mapped[str] = mapped_column(Text)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_ms: Mapped[int] = mapped_column(Integer)


class WorkflowInstanceRecord(Base):
    __tablename__ = "workflow_instances"
    __table_args__ = (
        Index("ix_workflow_instances_status", "status"),
        Index("ix_workflow_instances_source", "source_kind", "source_ref"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    definition_code: Mapped[str] = mapped_column(String(64))
    definition_version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    """running, completed, rejected or cancelled."""
    step: Mapped[str | None] = mapped_column(String(64), nullable=True)
    level: Mapped[int] = mapped_column(Integer, default=0)
    values_json: Mapped[str] = mapped_column(Text, default="{}")
    doers_json: Mapped[str] = mapped_column(Text, default="[]")
    approvals_json: Mapped[str] = mapped_column(Text, default="[]")
    source_kind: Mapped[str] = mapped_column(String(32), default="manual")
    """What started it: manual, alarm, kpi_breach, audit_finding, credential_expiry..."""
    source_ref: Mapped[str] = mapped_column(String(200), default="")
    """The alarm id, KPI code and period, action id or credential id, so a trigger that fires
    again finds the instance it already started instead of starting another."""
    started_by: Mapped[str] = mapped_column(String(64))
    started_ms: Mapped[int] = mapped_column(Integer)
    finished_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)


class WorkflowTaskRecord(Base):
    """One piece of work for one role, department or person: a step, or one approval level."""

    __tablename__ = "workflow_tasks"
    __table_args__ = (Index("ix_workflow_tasks_state_due", "state", "due_ms"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    instance_id: Mapped[str] = mapped_column(
        ForeignKey("workflow_instances.id", ondelete="CASCADE"), index=True
    )
    step_code: Mapped[str] = mapped_column(String(64))
    level: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    """task or approval."""
    role: Mapped[str] = mapped_column(String(64))
    """The roles that may act, comma-separated (a task step may name several)."""
    department: Mapped[str] = mapped_column(String(100), default="")
    person: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(16))
    """open, done, approved, rejected or cancelled."""
    created_ms: Mapped[int] = mapped_column(Integer)
    due_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    escalate_to: Mapped[str] = mapped_column(String(20), default="")
    escalated_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    acted_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    acted_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)


class WorkflowEventRecord(Base):
    """Append-only history of an instance: steps done, signatures, comments, attachments."""

    __tablename__ = "workflow_events"
    __table_args__ = (Index("ix_workflow_events_instance_at", "instance_id", "at_ms"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    instance_id: Mapped[str] = mapped_column(
        ForeignKey("workflow_instances.id", ondelete="CASCADE")
    )
    task_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    """started, completed, approved, rejected, comment, attachment, escalated, cancelled,
    effect."""
    actor_name: Mapped[str] = mapped_column(String(64))
    at_ms: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    values_json: Mapped[str] = mapped_column(Text, default="{}")
    file_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    """Relative to `<data_dir>/attachments`."""
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signature_meaning: Mapped[str] = mapped_column(Text, default="")
    """For approvals and rejections: what the signer declared, in the words shown to them
    when they re-entered their password."""

"""Checklist templates, inspection runs, answers, photos and corrective actions.

Runs, photos and actions have UUID text keys, not autoincrement integers: they are created on a
tablet and on the plant PC independently and travel between them in package files, so their
identity must not depend on which database created them (importing a package twice must find
the same rows, not make new ones). `revision` counts edits of an action so that an action edited
on both sides since the last exchange is recognised as a conflict instead of being overwritten.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class ChecklistTemplateRecord(Base):
    __tablename__ = "checklist_templates"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    json: Mapped[str] = mapped_column(Text)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_ms: Mapped[int] = mapped_column(Integer)


class ChecklistRunRecord(Base):
    __tablename__ = "checklist_runs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    template_code: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    site_code: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(16))
    """draft or completed."""
    started_by: Mapped[str] = mapped_column(String(64))
    started_ms: Mapped[int] = mapped_column(Integer)
    finished_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    finished_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_percent: Mapped[float | None] = mapped_column(Float, nullable=True)
    position: Mapped[str] = mapped_column(String(64), default="")
    """The item the inspector was on: a reopened draft continues there."""


class ChecklistAnswerRecord(Base):
    __tablename__ = "checklist_answers"

    run_id: Mapped[str] = mapped_column(
        ForeignKey("checklist_runs.id", ondelete="CASCADE"), primary_key=True
    )
    item_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    """JSON of the answer (string, number or list of option codes)."""
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(64))
    answered_ms: Mapped[int] = mapped_column(Integer)


class ChecklistPhotoRecord(Base):
    __tablename__ = "checklist_photos"
    __table_args__ = (Index("ix_checklist_photos_run_item", "run_id", "item_code"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("checklist_runs.id", ondelete="CASCADE"))
    item_code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    """photo or signature."""
    file_name: Mapped[str] = mapped_column(String(200))
    """Relative to the data directory's photos folder."""
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    taken_by: Mapped[str] = mapped_column(String(64))
    taken_ms: Mapped[int] = mapped_column(Integer)


class CorrectiveActionRecord(Base):
    __tablename__ = "corrective_actions"
    __table_args__ = (Index("ix_corrective_actions_state_due", "state", "due"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    person: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[str | None] = mapped_column(String(10), nullable=True)
    priority: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16))
    source_run: Mapped[str | None] = mapped_column(String(36), nullable=True)
    source_item: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_ms: Mapped[int] = mapped_column(Integer)
    done_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    verified_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    synced_revision: Mapped[int] = mapped_column(Integer, default=0)
    """The revision last exchanged in a package: edits on both sides since then conflict."""


class ActionEventRecord(Base):
    """The history of an action: every state change, note and piece of evidence."""

    __tablename__ = "action_events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    action_id: Mapped[str] = mapped_column(
        ForeignKey("corrective_actions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    """state, note or evidence."""
    from_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(64))
    at_ms: Mapped[int] = mapped_column(Integer)

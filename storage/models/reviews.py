"""PDCA management reviews: the period's KPI results as they stood, the causes and decisions,
the actions the review raised and the check of the previous review's actions.

KPI results are a snapshot taken when the review is drafted (and refreshed on request while it
is a draft): a closed review must keep saying what the meeting saw, even after late records
change the figures.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class ReviewRecord(Base):
    __tablename__ = "pdca_reviews"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    period_first: Mapped[str] = mapped_column(String(10))
    period_last: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16))
    """draft or closed."""
    previous_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(Integer)
    closed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    closed_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ReviewKpiResultRecord(Base):
    __tablename__ = "review_kpi_results"

    review_id: Mapped[str] = mapped_column(
        ForeignKey("pdca_reviews.id", ondelete="CASCADE"), primary_key=True
    )
    kpi_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20))
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    """Why the target was missed, as the review found it."""
    next_target: Mapped[float | None] = mapped_column(Float, nullable=True)
    next_deadline: Mapped[str | None] = mapped_column(String(10), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ReviewActionRecord(Base):
    """An action (corrective action or workflow instance) raised by a review, and its check at
    the next review."""

    __tablename__ = "review_actions"

    review_id: Mapped[str] = mapped_column(
        ForeignKey("pdca_reviews.id", ondelete="CASCADE"), primary_key=True
    )
    ref_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    """corrective_action or workflow."""
    ref_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    note: Mapped[str] = mapped_column(Text, default="")
    check_result: Mapped[str | None] = mapped_column(String(16), nullable=True)
    """Set by the next review: effective, not_effective or open."""
    check_note: Mapped[str] = mapped_column(Text, default="")
    checked_in: Mapped[str | None] = mapped_column(String(36), nullable=True)
    """The review that checked it."""

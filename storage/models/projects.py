"""Cleaner-production options (清洁生产方案): the register, money lines and expected effects.

Money is stored as lines (kind, category, amount) rather than one column per category, so a
report can list exactly what was entered and a new category needs no migration. The evaluation
itself (ROI, payback, NPV, IRR) is computed by `domain.roi` on read and never stored.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class ImprovementProjectRecord(Base):
    __tablename__ = "improvement_projects"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    """The plant's own numbering, e.g. F-2026-03 (方案编号)."""
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    cost_class: Mapped[str] = mapped_column(String(8))
    """low (无/低费) or high (中/高费)."""
    source_kind: Mapped[str] = mapped_column(String(20))
    """audit_finding, review, idea or other."""
    source_ref: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16))
    """proposed, approved, implementing, implemented or dropped."""
    department: Mapped[str] = mapped_column(String(100), default="")
    person: Mapped[str] = mapped_column(String(100), default="")
    life_years: Mapped[int] = mapped_column(Integer, default=10)
    discount_rate: Mapped[float] = mapped_column(Float, default=0.08)
    expected_energy_kgce: Mapped[float | None] = mapped_column(Float, nullable=True)
    """Energy the option promises to save per year, to set against what the meters show."""
    energy_price_cny_per_kgce: Mapped[float | None] = mapped_column(Float, nullable=True)
    implemented_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_ms: Mapped[int] = mapped_column(Integer)


class ProjectAmountRecord(Base):
    """One money line: an investment, an annual saving or an annual new revenue, in CNY."""

    __tablename__ = "project_amounts"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("improvement_projects.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    """investment, saving or revenue."""
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    amount_cny: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class ProjectEffectRecord(Base):
    """The change the option is expected to make to one KPI (in the KPI's unit)."""

    __tablename__ = "project_effects"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("improvement_projects.id", ondelete="CASCADE"), primary_key=True
    )
    kpi_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    expected_change: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")

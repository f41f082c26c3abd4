"""Imported cleaner-production indicator systems, and the values no meter or KPI supplies.

A system is stored as the JSON document it was imported from (`domain.evaluation` reads it), so
the document a site exported, edited and imported is exactly what is evaluated. Inputs are keyed
by system code only, without a foreign key: the shipped sample lives in the application's
resources, not in this table, and its inputs (qualitative levels, hand-entered figures) must be
storable too.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class EvaluationSystemRecord(Base):
    __tablename__ = "evaluation_systems"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    json: Mapped[str] = mapped_column(Text)
    """The system's dict form (`domain.evaluation.system_to_dict`) as JSON text."""
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    """The site's system in use: evaluated when no system is named. At most one row is active."""
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_ms: Mapped[int] = mapped_column(Integer)


class EvaluationInputRecord(Base):
    """An indicator's value entered by hand (a qualitative level 0-3, or a figure), or n/a."""

    __tablename__ = "evaluation_inputs"

    system_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    indicator_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_ms: Mapped[int] = mapped_column(Integer)

"""Records, energy conventions, KPI definitions and targets: the inputs of the KPI page.

Record quantities are kept as entered (with their unit) and, beside them, in the category's
canonical unit, so period sums are one indexed SQL query and a report can still show what the
person typed.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class ProductionRecord(Base):
    __tablename__ = "records"
    __table_args__ = (Index("ix_records_day_category", "day", "category"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10))
    """Local calendar day, ISO `YYYY-MM-DD` (records are daily by nature: shifts, deliveries)."""
    category: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(32))
    canonical_quantity: Mapped[float] = mapped_column(Float)
    line: Mapped[str] = mapped_column(String(64), default="")
    shift: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16))
    """manual, import or demo."""
    source_ref: Mapped[str] = mapped_column(String(200), default="")
    """File name and row of an import: where a figure came from."""
    created_by: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(Integer)


class RecordFeed(Base):
    """A counter tag whose daily consumption counts as a record (e.g. the production counter).

    With `flow_tag_id`, the tag is a concentration (mg/L or mg/m³) and the load is
    concentration × flow, hour by hour (pollutant loads from an online analyzer).
    """

    __tablename__ = "record_feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"))
    flow_tag_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), nullable=True
    )
    category: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(String(100))
    line: Mapped[str] = mapped_column(String(64), default="")


class EnergyConventionRecord(Base):
    __tablename__ = "energy_conventions"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    electricity_basis: Mapped[str] = mapped_column(String(16))
    equal_value_kgce_per_kwh: Mapped[float | None] = mapped_column(Float, nullable=True)
    natural_gas_kgce_per_m3: Mapped[float | None] = mapped_column(Float, nullable=True)
    overrides: Mapped[str] = mapped_column(Text, default="{}")
    """JSON {carrier code: kgce per reference unit} from measured calorific values."""
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_ms: Mapped[int] = mapped_column(Integer)


class KpiDefinitionRecord(Base):
    """A user-defined KPI: a formula in the expression language over records, tags and KPIs."""

    __tablename__ = "kpi_definitions"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    area_zh: Mapped[str] = mapped_column(String(64), default="")
    area_en: Mapped[str] = mapped_column(String(64), default="")
    unit: Mapped[str] = mapped_column(String(32))
    better: Mapped[str] = mapped_column(String(8))
    formula: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(Integer)


class KpiTargetRecord(Base):
    __tablename__ = "kpi_targets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kpi_code: Mapped[str] = mapped_column(String(64), index=True)
    baseline_start: Mapped[str | None] = mapped_column(String(10), nullable=True)
    baseline_end: Mapped[str | None] = mapped_column(String(10), nullable=True)
    baseline_value: Mapped[float] = mapped_column(Float)
    target_value: Mapped[float] = mapped_column(Float)
    better: Mapped[str] = mapped_column(String(8))
    percent_change: Mapped[float | None] = mapped_column(Float, nullable=True)
    start: Mapped[str] = mapped_column(String(10))
    deadline: Mapped[str] = mapped_column(String(10))
    department: Mapped[str] = mapped_column(String(100), default="")
    person: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(Integer)

"""Suppliers with their environmental credentials, evaluations and the purchases made from them.

Credentials carry validity dates because green procurement is only as good as a certificate
that has not lapsed; `renewal_instance` links the renewal workflow an expiring credential
started, so the daily check does not start a second one.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class SupplierRecord(Base):
    __tablename__ = "suppliers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    category: Mapped[str] = mapped_column(String(32), default="")
    """raw_material, packaging, chemicals, equipment, energy, services or other."""
    contact: Mapped[str] = mapped_column(String(200), default="")
    cp_audit_status: Mapped[str] = mapped_column(String(16), default="none")
    """Cleaner-production audit: none, planned, passed."""
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_ms: Mapped[int] = mapped_column(Integer)


class SupplierCredentialRecord(Base):
    __tablename__ = "supplier_credentials"
    __table_args__ = (Index("ix_supplier_credentials_valid_to", "valid_to"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    supplier_id: Mapped[str] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    """iso14001, iso50001, green_product, china_environmental_label, cp_audit or other."""
    number: Mapped[str] = mapped_column(String(100), default="")
    issuer: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[str | None] = mapped_column(String(10), nullable=True)
    valid_to: Mapped[str | None] = mapped_column(String(10), nullable=True)
    renewal_instance: Mapped[str | None] = mapped_column(String(36), nullable=True)


class SupplierEvaluationRecord(Base):
    __tablename__ = "supplier_evaluations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    supplier_id: Mapped[str] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    evaluated_on: Mapped[str] = mapped_column(String(10))
    score: Mapped[float] = mapped_column(Float)
    """0–100."""
    evaluator: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    entered_ms: Mapped[int] = mapped_column(Integer)


class PurchaseRecord(Base):
    __tablename__ = "purchases"
    __table_args__ = (Index("ix_purchases_bought_on", "bought_on"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id", ondelete="RESTRICT"))
    bought_on: Mapped[str] = mapped_column(String(10))
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(20), default="")
    amount_cny: Mapped[float] = mapped_column(Float)
    green_certified: Mapped[bool] = mapped_column(Boolean, default=False)
    certificate_ref: Mapped[str] = mapped_column(String(200), default="")
    entered_by: Mapped[str] = mapped_column(String(64))
    entered_ms: Mapped[int] = mapped_column(Integer)

"""The read side of the supplier register: one supplier or all of them, with their
environmental credentials and score history.

Writes live in `desktop_app.services.suppliers` (and purchases in `supplier_purchases`), which
build on these reads (never the reverse).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import ConfigurationError
from domain.suppliers import (
    CpAuditStatus,
    CredentialKind,
    Grade,
    SupplierCategory,
    Trend,
    grade,
    score_trend,
)
from storage.models import (
    SupplierCredentialRecord,
    SupplierEvaluationRecord,
    SupplierRecord,
)


@dataclass(frozen=True)
class CredentialInfo:
    id: str
    supplier_id: str
    kind: CredentialKind
    number: str
    issuer: str
    valid_from: date | None
    valid_to: date | None
    renewal_instance: str | None


@dataclass(frozen=True)
class EvaluationInfo:
    id: str
    supplier_id: str
    evaluated_on: date
    score: float
    grade: Grade
    evaluator: str
    note: str


@dataclass(frozen=True)
class SupplierInfo:
    id: str
    name: str
    category: SupplierCategory
    contact: str
    cp_audit_status: CpAuditStatus
    active: bool
    credentials: tuple[CredentialInfo, ...]
    """Earliest end date first (none last)."""
    evaluations: tuple[EvaluationInfo, ...]
    """Oldest first: the score history."""
    updated_by: str
    updated_ms: int

    @property
    def latest(self) -> EvaluationInfo | None:
        return self.evaluations[-1] if self.evaluations else None

    @property
    def trend(self) -> Trend:
        return score_trend([e.score for e in self.evaluations])


def get_supplier(session: Session, supplier_id: str) -> SupplierInfo:
    row = supplier_row(session, supplier_id)
    credentials = session.scalars(
        select(SupplierCredentialRecord).where(SupplierCredentialRecord.supplier_id == row.id)
    )
    evaluations = session.scalars(
        select(SupplierEvaluationRecord).where(SupplierEvaluationRecord.supplier_id == row.id)
    )
    return _info(row, list(credentials), list(evaluations))


def list_suppliers(session: Session, *, include_inactive: bool = True) -> list[SupplierInfo]:
    """Active ones first, by name; with their credentials and score history, in three queries."""
    query = select(SupplierRecord).order_by(SupplierRecord.active.desc(), SupplierRecord.name)
    if not include_inactive:
        query = query.where(SupplierRecord.active.is_(True))
    rows = list(session.scalars(query))
    credentials: dict[str, list[SupplierCredentialRecord]] = {r.id: [] for r in rows}
    evaluations: dict[str, list[SupplierEvaluationRecord]] = {r.id: [] for r in rows}
    for credential in session.scalars(select(SupplierCredentialRecord)):
        credentials.get(credential.supplier_id, []).append(credential)
    for evaluation in session.scalars(select(SupplierEvaluationRecord)):
        evaluations.get(evaluation.supplier_id, []).append(evaluation)
    return [_info(r, credentials[r.id], evaluations[r.id]) for r in rows]


def supplier_row(session: Session, supplier_id: str) -> SupplierRecord:
    """The supplier's row, or ConfigurationError("not_found")."""
    row = session.get(SupplierRecord, supplier_id)
    if row is None:
        raise ConfigurationError("not_found", supplier_id, "supplier")
    return row


def credential_info(row: SupplierCredentialRecord) -> CredentialInfo:
    """The credential as the register shows it (dates as days, none when open)."""
    return CredentialInfo(
        id=row.id,
        supplier_id=row.supplier_id,
        kind=CredentialKind(row.kind),
        number=row.number,
        issuer=row.issuer,
        valid_from=_date(row.valid_from),
        valid_to=_date(row.valid_to),
        renewal_instance=row.renewal_instance,
    )


# ----------------------------------------------------------------- helpers


def _info(
    row: SupplierRecord,
    credentials: list[SupplierCredentialRecord],
    evaluations: list[SupplierEvaluationRecord],
) -> SupplierInfo:
    creds = sorted(
        (credential_info(c) for c in credentials),
        key=lambda c: (c.valid_to is None, c.valid_to or date.max, c.kind.value, c.id),
    )
    evals = sorted((_evaluation_info(e) for e in evaluations), key=lambda e: (e.evaluated_on, e.id))
    return SupplierInfo(
        id=row.id,
        name=row.name,
        category=SupplierCategory(row.category or "other"),
        contact=row.contact,
        cp_audit_status=CpAuditStatus(row.cp_audit_status),
        active=row.active,
        credentials=tuple(creds),
        evaluations=tuple(evals),
        updated_by=row.updated_by,
        updated_ms=row.updated_ms,
    )


def _evaluation_info(row: SupplierEvaluationRecord) -> EvaluationInfo:
    return EvaluationInfo(
        id=row.id,
        supplier_id=row.supplier_id,
        evaluated_on=date.fromisoformat(row.evaluated_on),
        score=row.score,
        grade=grade(row.score),
        evaluator=row.evaluator,
        note=row.note,
    )


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None

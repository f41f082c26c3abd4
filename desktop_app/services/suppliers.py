"""The supplier register: suppliers, their environmental credentials and evaluations.

Who may write: the register itself (suppliers, credentials, evaluations) is procurement policy
and needs MANAGE_KPIS, like the other indicator settings; purchases are day-to-day data entry
and live in `supplier_purchases`. Suppliers are deactivated, never deleted: their purchases
stay in past ratios. Names are unique regardless of case and surrounding spaces
("duplicate_name"). Every write is in the change log under the entity "supplier",
"supplier_credential" or "supplier_evaluation", with the row's id among the values.
The reads (one supplier, the register) are in `supplier_queries`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change, row_values
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.supplier_queries import (
    CredentialInfo,
    SupplierInfo,
    credential_info,
    get_supplier,
    supplier_row,
)
from domain.readings import now_ms
from domain.roles import Actor, Permission
from domain.suppliers import (
    CpAuditStatus,
    CredentialKind,
    SupplierCategory,
    credential_dates_problem,
    score_problem,
)
from storage.models import SupplierCredentialRecord, SupplierEvaluationRecord, SupplierRecord

_LIMITS = {"name": 200, "contact": 200, "number": 100, "issuer": 200, "note": 10_000}
_LIMITS |= {"item": 200, "unit": 20, "certificate_ref": 200}


# ----------------------------------------------------------------- suppliers


def create_supplier(
    session: Session,
    actor: Actor,
    *,
    name: str,
    category: str = "other",
    contact: str = "",
    cp_audit_status: str = "none",
) -> str:
    actor.require(Permission.MANAGE_KPIS)
    name = _name(session, name, None)
    ms = now_ms()
    row = SupplierRecord(
        id=str(uuid.uuid4()),
        name=name,
        category=_category(category).value,
        contact=clean_text(contact, "contact"),
        cp_audit_status=_cp_audit(cp_audit_status).value,
        active=True,
        created_by=actor.name,
        created_ms=ms,
        updated_by=actor.name,
        updated_ms=ms,
    )
    session.add(row)
    session.flush()
    record_change(session, actor, "create", "supplier", None, new=_supplier_values(row))
    return row.id


def update_supplier(
    session: Session,
    actor: Actor,
    supplier_id: str,
    *,
    name: str | None = None,
    category: str | None = None,
    contact: str | None = None,
    cp_audit_status: str | None = None,
    active: bool | None = None,
) -> SupplierInfo:
    """Change what is given; None leaves a field as it is."""
    actor.require(Permission.MANAGE_KPIS)
    row = supplier_row(session, supplier_id)
    wanted: dict[str, object] = {}
    if name is not None:
        wanted["name"] = _name(session, name, supplier_id)
    if category is not None:
        wanted["category"] = _category(category).value
    if contact is not None:
        wanted["contact"] = clean_text(contact, "contact")
    if cp_audit_status is not None:
        wanted["cp_audit_status"] = _cp_audit(cp_audit_status).value
    if active is not None:
        wanted["active"] = active
    if _apply(session, actor, row, "supplier", wanted):
        row.updated_by, row.updated_ms = actor.name, now_ms()
    return get_supplier(session, supplier_id)


def deactivate_supplier(session: Session, actor: Actor, supplier_id: str) -> SupplierInfo:
    """No longer bought from: hidden from new purchases, kept in the history."""
    return update_supplier(session, actor, supplier_id, active=False)


# ----------------------------------------------------------------- credentials


def add_credential(
    session: Session,
    actor: Actor,
    supplier_id: str,
    *,
    kind: str,
    number: str = "",
    issuer: str = "",
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> str:
    actor.require(Permission.MANAGE_KPIS)
    supplier_row(session, supplier_id)
    _dates(valid_from, valid_to)
    row = SupplierCredentialRecord(
        id=str(uuid.uuid4()),
        supplier_id=supplier_id,
        kind=_kind(kind).value,
        number=clean_text(number, "number"),
        issuer=clean_text(issuer, "issuer"),
        valid_from=_iso(valid_from),
        valid_to=_iso(valid_to),
        renewal_instance=None,
    )
    session.add(row)
    session.flush()
    record_change(session, actor, "create", "supplier_credential", None, new=row_values(row))
    return row.id


def update_credential(
    session: Session,
    actor: Actor,
    credential_id: str,
    *,
    kind: str | None = None,
    number: str | None = None,
    issuer: str | None = None,
    valid_from: date | None = None,
    valid_to: date | None = None,
    clear_valid_from: bool = False,
    clear_valid_to: bool = False,
) -> CredentialInfo:
    """Change what is given (a renewed certificate: new number and dates). The link to the
    renewal workflow stays: the daily check starts a new one only when none is running."""
    actor.require(Permission.MANAGE_KPIS)
    row = _credential(session, credential_id)
    wanted: dict[str, object] = {}
    if kind is not None:
        wanted["kind"] = _kind(kind).value
    if number is not None:
        wanted["number"] = clean_text(number, "number")
    if issuer is not None:
        wanted["issuer"] = clean_text(issuer, "issuer")
    new_from = None if clear_valid_from else (valid_from or _date(row.valid_from))
    new_to = None if clear_valid_to else (valid_to or _date(row.valid_to))
    _dates(new_from, new_to)
    wanted["valid_from"], wanted["valid_to"] = _iso(new_from), _iso(new_to)
    _apply(session, actor, row, "supplier_credential", wanted)
    return credential_info(row)


def delete_credential(session: Session, actor: Actor, credential_id: str) -> None:
    actor.require(Permission.MANAGE_KPIS)
    row = _credential(session, credential_id)
    old = row_values(row)
    session.delete(row)
    record_change(session, actor, "delete", "supplier_credential", None, old=old)


# ----------------------------------------------------------------- evaluations


def add_evaluation(
    session: Session,
    actor: Actor,
    supplier_id: str,
    *,
    evaluated_on: date,
    score: float,
    note: str = "",
) -> str:
    """One evaluation (0–100) by the acting person; the history keeps every one."""
    actor.require(Permission.MANAGE_KPIS)
    supplier_row(session, supplier_id)
    problem = score_problem(score)
    if problem is not None:
        raise ConfigurationError(problem, str(score), "score")
    row = SupplierEvaluationRecord(
        id=str(uuid.uuid4()),
        supplier_id=supplier_id,
        evaluated_on=evaluated_on.isoformat(),
        score=float(score),
        evaluator=actor.name,
        note=clean_text(note, "note"),
        entered_ms=now_ms(),
    )
    session.add(row)
    session.flush()
    values = row_values(row, exclude=("entered_ms",))
    record_change(session, actor, "create", "supplier_evaluation", None, new=values)
    return row.id


# ----------------------------------------------------------------- helpers


def _apply(
    session: Session, actor: Actor, row: Any, entity: str, wanted: Mapping[str, object]
) -> bool:
    """Set the fields that differ and log them; False when nothing changed."""
    changed = {k: v for k, v in wanted.items() if getattr(row, k) != v}
    if not changed:
        return False
    old = {"id": row.id, **{k: getattr(row, k) for k in changed}}
    for key, value in changed.items():
        setattr(row, key, value)
    session.flush()
    record_change(session, actor, "update", entity, None, old=old, new={"id": row.id, **changed})
    return True


def _credential(session: Session, credential_id: str) -> SupplierCredentialRecord:
    row = session.get(SupplierCredentialRecord, credential_id)
    if row is None:
        raise ConfigurationError("not_found", credential_id, "credential")
    return row


def _name(session: Session, name: str, own_id: str | None) -> str:
    name = clean_text(name, "name")
    if not name:
        raise ConfigurationError("name_required", "", "name")
    key = name.casefold()
    for other_id, other in session.execute(select(SupplierRecord.id, SupplierRecord.name)):
        if other_id != own_id and other.strip().casefold() == key:
            raise ConfigurationError("duplicate_name", name, "name")
    return name


def clean_text(value: str, field: str) -> str:
    """Trimmed; refused ("text_too_long") past the field's length."""
    value = value.strip()
    if len(value) > _LIMITS[field]:
        raise ConfigurationError("text_too_long", str(_LIMITS[field]), field)
    return value


def _category(value: str) -> SupplierCategory:
    try:
        return SupplierCategory(value)
    except ValueError:
        raise ConfigurationError("unknown_category", value, "category") from None


def _cp_audit(value: str) -> CpAuditStatus:
    try:
        return CpAuditStatus(value)
    except ValueError:
        raise ConfigurationError("unknown_cp_audit_status", value, "cp_audit_status") from None


def _kind(value: str) -> CredentialKind:
    try:
        return CredentialKind(value)
    except ValueError:
        raise ConfigurationError("unknown_credential_kind", value, "kind") from None


def _dates(valid_from: date | None, valid_to: date | None) -> None:
    problem = credential_dates_problem(valid_from, valid_to)
    if problem is not None:
        raise ConfigurationError(problem, f"{valid_from} > {valid_to}", "valid_to")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _supplier_values(row: SupplierRecord) -> dict[str, object]:
    return row_values(row, exclude=("created_ms", "updated_ms", "updated_by"))

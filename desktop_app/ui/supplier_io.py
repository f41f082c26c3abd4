"""The database work of the Suppliers page; every function here runs on the query pool.

Reads return immutable values (the register with the local date that judges validity; the
period's purchases with their green ratio); writes take a dialog's draft and return the id of
the row to select afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.services import supplier_purchases as purchases
from desktop_app.services import supplier_queries as queries
from desktop_app.services import suppliers as service
from desktop_app.services.database import Database
from desktop_app.services.supplier_purchases import PurchaseInfo
from desktop_app.services.supplier_queries import SupplierInfo
from desktop_app.ui.dialogs.supplier_dialog import (
    CredentialDraft,
    EvaluationDraft,
    PurchaseDraft,
    SupplierDraft,
)
from domain.roles import Actor
from domain.suppliers import GreenRatio, green_procurement_ratio


@dataclass(frozen=True)
class PurchaseView:
    first: date
    last: date
    purchases: tuple[PurchaseInfo, ...]
    ratio: GreenRatio


def load_register(database: Database) -> tuple[tuple[SupplierInfo, ...], date]:
    """Every supplier, and the local date that decides what is expiring."""
    today = date.today()
    with database.reading() as session:
        return tuple(queries.list_suppliers(session)), today


def load_purchases(database: Database, first: date, last: date) -> PurchaseView:
    with database.reading() as session:
        rows = tuple(purchases.list_purchases(session, first, last))
    ratio = green_procurement_ratio((p.amount_cny, p.green_certified) for p in rows)
    return PurchaseView(first, last, rows, ratio)


def save_supplier(
    session: Session, actor: Actor, supplier_id: str | None, draft: SupplierDraft
) -> str:
    if supplier_id is None:
        return service.create_supplier(
            session,
            actor,
            name=draft.name,
            category=draft.category,
            contact=draft.contact,
            cp_audit_status=draft.cp_audit_status,
        )
    service.update_supplier(
        session,
        actor,
        supplier_id,
        name=draft.name,
        category=draft.category,
        contact=draft.contact,
        cp_audit_status=draft.cp_audit_status,
    )
    return supplier_id


def set_active(session: Session, actor: Actor, supplier_id: str, active: bool) -> str:
    service.update_supplier(session, actor, supplier_id, active=active)
    return supplier_id


def save_credential(
    session: Session,
    actor: Actor,
    supplier_id: str,
    credential_id: str | None,
    draft: CredentialDraft,
) -> str:
    if credential_id is None:
        service.add_credential(
            session,
            actor,
            supplier_id,
            kind=draft.kind,
            number=draft.number,
            issuer=draft.issuer,
            valid_from=draft.valid_from,
            valid_to=draft.valid_to,
        )
    else:
        service.update_credential(
            session,
            actor,
            credential_id,
            kind=draft.kind,
            number=draft.number,
            issuer=draft.issuer,
            valid_from=draft.valid_from,
            valid_to=draft.valid_to,
            clear_valid_from=draft.valid_from is None,
            clear_valid_to=draft.valid_to is None,
        )
    return supplier_id


def delete_credential(session: Session, actor: Actor, supplier_id: str, credential_id: str) -> str:
    service.delete_credential(session, actor, credential_id)
    return supplier_id


def add_evaluation(session: Session, actor: Actor, supplier_id: str, draft: EvaluationDraft) -> str:
    service.add_evaluation(
        session,
        actor,
        supplier_id,
        evaluated_on=draft.evaluated_on,
        score=draft.score,
        note=draft.note,
    )
    return supplier_id


def record_purchase(session: Session, actor: Actor, draft: PurchaseDraft) -> str:
    return purchases.record_purchase(
        session,
        actor,
        supplier_id=draft.supplier_id,
        bought_on=draft.bought_on,
        item=draft.item,
        amount_cny=draft.amount_cny,
        quantity=draft.quantity,
        unit=draft.unit,
        green_certified=draft.green_certified,
        certificate_ref=draft.certificate_ref,
    )


def delete_purchase(session: Session, actor: Actor, purchase_id: str) -> str:
    purchases.delete_purchase(session, actor, purchase_id)
    return purchase_id

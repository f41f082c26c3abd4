"""Purchases from the register's suppliers: the amounts behind the green-procurement ratio.

Entering a purchase is day-to-day data entry, like a production record, so ENTER_READINGS is
enough (MANAGE_KPIS holders, who keep the register, may enter them too). A purchase from a
deactivated supplier is refused ("supplier_inactive"): it is no longer bought from. Deleting
corrects a mistake; the change log (entity "purchase") keeps what was deleted.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change, row_values
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.supplier_queries import supplier_row
from desktop_app.services.suppliers import clean_text
from domain.readings import now_ms
from domain.roles import Actor, Permission, role_allows
from domain.suppliers import amount_problem
from storage.models import PurchaseRecord, SupplierRecord


@dataclass(frozen=True)
class PurchaseInfo:
    id: str
    supplier_id: str
    supplier_name: str
    bought_on: date
    item: str
    quantity: float | None
    unit: str
    amount_cny: float
    green_certified: bool
    certificate_ref: str
    entered_by: str


def record_purchase(
    session: Session,
    actor: Actor,
    *,
    supplier_id: str,
    bought_on: date,
    item: str,
    amount_cny: float,
    quantity: float | None = None,
    unit: str = "",
    green_certified: bool = False,
    certificate_ref: str = "",
) -> str:
    _require_entry(actor)
    supplier = supplier_row(session, supplier_id)
    if not supplier.active:
        raise ConfigurationError("supplier_inactive", supplier.name, "supplier")
    item = clean_text(item, "item")
    if not item:
        raise ConfigurationError("item_required", "", "item")
    problem = amount_problem(amount_cny)
    if problem is not None:
        raise ConfigurationError(problem, str(amount_cny), "amount")
    if quantity is not None and not (math.isfinite(quantity) and quantity > 0):
        raise ConfigurationError("quantity_not_positive", str(quantity), "quantity")
    row = PurchaseRecord(
        id=str(uuid.uuid4()),
        supplier_id=supplier_id,
        bought_on=bought_on.isoformat(),
        item=item,
        quantity=quantity,
        unit=clean_text(unit, "unit"),
        amount_cny=float(amount_cny),
        green_certified=green_certified,
        certificate_ref=clean_text(certificate_ref, "certificate_ref"),
        entered_by=actor.name,
        entered_ms=now_ms(),
    )
    session.add(row)
    session.flush()
    values = row_values(row, exclude=("entered_ms",))
    record_change(session, actor, "create", "purchase", None, new=values)
    return row.id


def delete_purchase(session: Session, actor: Actor, purchase_id: str) -> None:
    """A purchase entered by mistake; the change log keeps what it was."""
    _require_entry(actor)
    row = session.get(PurchaseRecord, purchase_id)
    if row is None:
        raise ConfigurationError("not_found", purchase_id, "purchase")
    old = row_values(row, exclude=("entered_ms",))
    session.delete(row)
    record_change(session, actor, "delete", "purchase", None, old=old)


def list_purchases(
    session: Session,
    first: date | None = None,
    last: date | None = None,
    *,
    supplier_id: str | None = None,
) -> list[PurchaseInfo]:
    """Purchases bought on `first`..`last` (both days included), newest first."""
    query = select(PurchaseRecord, SupplierRecord.name).join(
        SupplierRecord, SupplierRecord.id == PurchaseRecord.supplier_id
    )
    if first is not None:
        query = query.where(PurchaseRecord.bought_on >= first.isoformat())
    if last is not None:
        query = query.where(PurchaseRecord.bought_on <= last.isoformat())
    if supplier_id is not None:
        query = query.where(PurchaseRecord.supplier_id == supplier_id)
    query = query.order_by(PurchaseRecord.bought_on.desc(), PurchaseRecord.entered_ms.desc())
    return [_info(row, name) for row, name in session.execute(query)]


def _require_entry(actor: Actor) -> None:
    if not role_allows(actor.role, Permission.MANAGE_KPIS):
        actor.require(Permission.ENTER_READINGS)


def _info(row: PurchaseRecord, supplier_name: str) -> PurchaseInfo:
    return PurchaseInfo(
        id=row.id,
        supplier_id=row.supplier_id,
        supplier_name=supplier_name,
        bought_on=date.fromisoformat(row.bought_on),
        item=row.item,
        quantity=row.quantity,
        unit=row.unit,
        amount_cny=row.amount_cny,
        green_certified=row.green_certified,
        certificate_ref=row.certificate_ref,
        entered_by=row.entered_by,
    )

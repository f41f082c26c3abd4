"""The daily credential check: start a renewal workflow for every credential about to lapse.

A credential whose end date falls within `within_days` (or has passed) and that has no renewal
running gets one instance of the built-in workflow "supplier_credential_renewal", started with
the supplier, the credential (kind and number) and its old end date, and linked from the
credential (`renewal_instance`), so the next check finds it running and starts nothing. Once
that instance is finished (completed, rejected or cancelled), a credential still lapsing gets a
new one: the new certificate was evidently not recorded. Credentials of deactivated suppliers
are left alone; nothing is bought from them any more.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.workflows import instance_status, start_workflow
from domain.roles import Actor, Permission
from domain.suppliers import (
    DEFAULT_EXPIRY_WINDOW_DAYS,
    CredentialKind,
    credential_label,
    needs_renewal,
)
from storage.models import SupplierCredentialRecord, SupplierRecord

WORKFLOW = "supplier_credential_renewal"
SOURCE_KIND = "credential_expiry"


def raise_expiry_tasks(
    session: Session, actor: Actor, today: date, within_days: int = DEFAULT_EXPIRY_WINDOW_DAYS
) -> list[str]:
    """Start the renewals that are due; returns the ids of the instances started (oldest end
    date first). Running it again the same day starts nothing."""
    actor.require(Permission.MANAGE_KPIS)
    rows = session.execute(
        select(SupplierCredentialRecord, SupplierRecord.name)
        .join(SupplierRecord, SupplierRecord.id == SupplierCredentialRecord.supplier_id)
        .where(
            SupplierRecord.active.is_(True),
            SupplierCredentialRecord.valid_to.is_not(None),
        )
        .order_by(SupplierCredentialRecord.valid_to, SupplierCredentialRecord.id)
    )
    started = []
    for credential, supplier in rows:
        valid_to = date.fromisoformat(credential.valid_to or "")  # not None: filtered above
        if not needs_renewal(valid_to, today, within_days) or _renewal_running(session, credential):
            continue
        started.append(_start(session, actor, credential, supplier, valid_to))
    return started


def _renewal_running(session: Session, credential: SupplierCredentialRecord) -> bool:
    if credential.renewal_instance is None:
        return False
    return instance_status(session, credential.renewal_instance) == "running"


def _start(
    session: Session,
    actor: Actor,
    credential: SupplierCredentialRecord,
    supplier: str,
    valid_to: date,
) -> str:
    label = credential_label(CredentialKind(credential.kind), chinese=True)
    what = f"{label} {credential.number}".strip()
    instance_id = start_workflow(
        session,
        actor,
        WORKFLOW,
        {"supplier": supplier, "credential": what, "valid_to": valid_to.isoformat()},
        source_kind=SOURCE_KIND,
        source_ref=credential.id,
        title=f"{supplier} · {what}"[:200],
    )
    old = {"id": credential.id, "renewal_instance": credential.renewal_instance}
    credential.renewal_instance = instance_id
    new = {"id": credential.id, "renewal_instance": instance_id}
    record_change(session, actor, "update", "supplier_credential", None, old=old, new=new)
    return instance_id

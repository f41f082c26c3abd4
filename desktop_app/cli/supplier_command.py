"""`qingyuan suppliers …`: the supplier register, purchases with the green ratio, and the
credential check that starts renewal workflows, headless.

The check writes (it starts workflows and links them to the credentials), so it needs a
signed-in user who keeps the register (password from $QINGYUAN_PASSWORD, else asked for); a
scheduled task can run it every morning, and running it twice starts nothing new.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.supplier_purchases import PurchaseInfo, list_purchases
from desktop_app.services.supplier_queries import CredentialInfo, SupplierInfo, list_suppliers
from domain.roles import PermissionDenied
from domain.suppliers import (
    DEFAULT_EXPIRY_WINDOW_DAYS,
    credential_label,
    credential_validity,
    days_left,
    green_procurement_ratio,
)
from storage.data_dir import resolve_data_dir


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "suppliers",
        help="the supplier register, purchases and the green-procurement ratio",
        description="Without a sub-command: list suppliers with their credentials' validity "
        "and latest evaluation.",
    )
    parser.add_argument(
        "--within",
        type=_days,
        default=DEFAULT_EXPIRY_WINDOW_DAYS,
        help="days before its end that a credential counts as expiring "
        f"(default {DEFAULT_EXPIRY_WINDOW_DAYS})",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    steps = parser.add_subparsers(dest="suppliers_action")
    purchases = steps.add_parser(
        "purchases",
        help="purchases of a period with the green-procurement ratio",
        description="Purchases bought from --from to --to (both days included), newest first, "
        "and the green-procurement ratio: green-certified amount / all amount × 100 %%.",
    )
    purchases.add_argument(
        "--from",
        dest="first",
        type=date.fromisoformat,
        default=None,
        help="first day, YYYY-MM-DD (default: 1 January of --to's year)",
    )
    purchases.add_argument(
        "--to",
        dest="last",
        type=date.fromisoformat,
        default=None,
        help="last day, YYYY-MM-DD (default: today)",
    )
    purchases.add_argument("--json", action="store_true", help="print JSON")
    check = steps.add_parser(
        "check-credentials",
        help="start a renewal workflow for each credential expiring or expired",
        description="Start the workflow supplier_credential_renewal for every credential that "
        "ends within --within days or has ended, unless a renewal is already running.",
    )
    check.add_argument(
        "--within",
        type=_days,
        default=DEFAULT_EXPIRY_WINDOW_DAYS,
        help=f"days ahead (default {DEFAULT_EXPIRY_WINDOW_DAYS})",
    )
    check.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    check.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        if args.suppliers_action == "purchases":
            return _purchases(database, args.first, args.last, args.json)
        if args.suppliers_action == "check-credentials":
            return _check(database, args)
        return _list(database, args.within, args.json)
    finally:
        database.close()


def _days(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 3650:
        raise argparse.ArgumentTypeError(f"days must be between 0 and 3650, not {value}")
    return value


def _list(database: Database, within: int, as_json: bool) -> int:
    today = date.today()
    with database.reading() as session:
        suppliers = list_suppliers(session)
    rows = [_supplier_row(s, today, within) for s in suppliers]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for r in rows:
        score = "-" if r["latest_score"] is None else f"{r['latest_score']:g} ({r['latest_grade']})"
        trend = f" {r['trend']}" if r["trend"] != "none" else ""
        inactive = "" if r["active"] else "  [inactive]"
        print(
            f"{r['name']}  {r['category']}  CP audit {r['cp_audit_status']}"
            f"  score {score}{trend}{inactive}"
        )
        for c in r["credentials"]:
            left = "" if c["days_left"] is None else f" ({c['days_left']} d)"
            print(
                f"    {c['label_en']}  {c['number'] or '-'}  valid to {c['valid_to'] or '-'}"
                f"  {c['validity']}{left}"
            )
    return 0


def _purchases(database: Database, first: date | None, last: date | None, as_json: bool) -> int:
    last = last or date.today()
    first = first or date(last.year, 1, 1)
    if first > last:
        print(f"qingyuan: --from {first} is after --to {last}", file=sys.stderr)
        return 2
    with database.reading() as session:
        purchases = list_purchases(session, first, last)
    ratio = green_procurement_ratio((p.amount_cny, p.green_certified) for p in purchases)
    result = {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "green_ratio_percent": ratio.value,
        "green_cny": ratio.green_cny,
        "total_cny": ratio.total_cny,
        "reason": ratio.reason,
        "purchases": [_purchase_row(p) for p in purchases],
    }
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for p in purchases:
        quantity = f"{p.quantity:g} {p.unit}".strip() if p.quantity is not None else ""
        green = "green" if p.green_certified else "-"
        print(
            f"{p.bought_on}  {p.supplier_name}  {p.item}  {quantity}  "
            f"{p.amount_cny:,.2f} 元  {green}"
        )
    if ratio.value is None:
        print(f"green procurement ratio {first} – {last}: no purchases in the period")
    else:
        print(
            f"green procurement ratio {first} – {last}: {ratio.value:.1f} % "
            f"({ratio.green_cny:,.2f} 元 green of {ratio.total_cny:,.2f} 元)"
        )
    return 0


def _check(database: Database, args: argparse.Namespace) -> int:
    from desktop_app.services.credential_expiry import raise_expiry_tasks
    from desktop_app.ui.supplier_text import supplier_error_text  # QtCore only: sentences

    actor = sign_in(database, args.user)
    if actor is None:
        print("qingyuan: wrong user name or password", file=sys.stderr)
        return 3
    today = date.today()
    try:
        with database.transaction() as session:
            started = raise_expiry_tasks(session, actor, today, args.within)
    except (ConfigurationError, PermissionDenied) as error:
        print(f"qingyuan: nothing started: {supplier_error_text(error)}", file=sys.stderr)
        return 2
    with database.reading() as session:
        by_instance = {
            c.renewal_instance: (s.name, c) for s in list_suppliers(session) for c in s.credentials
        }
    rows = [_started_row(i, *by_instance[i], today) for i in started]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for r in rows:
        what = f"{r['label_en']} {r['number']}".strip()
        print(
            f"started {r['instance']}  {r['supplier']}  {what}"
            f"  valid to {r['valid_to']} ({r['validity']})"
        )
    if not rows:
        print("no credential needs a renewal to be started")
    return 0


def _supplier_row(supplier: SupplierInfo, today: date, within: int) -> dict[str, Any]:
    latest = supplier.latest
    return {
        "id": supplier.id,
        "name": supplier.name,
        "category": supplier.category.value,
        "contact": supplier.contact,
        "cp_audit_status": supplier.cp_audit_status.value,
        "active": supplier.active,
        "latest_score": latest.score if latest else None,
        "latest_grade": latest.grade.value if latest else None,
        "latest_evaluated_on": latest.evaluated_on.isoformat() if latest else None,
        "trend": supplier.trend.value,
        "credentials": [_credential_row(c, today, within) for c in supplier.credentials],
    }


def _credential_row(credential: CredentialInfo, today: date, within: int) -> dict[str, Any]:
    return {
        "id": credential.id,
        "kind": credential.kind.value,
        "label_zh": credential_label(credential.kind, True),
        "label_en": credential_label(credential.kind, False),
        "number": credential.number,
        "issuer": credential.issuer,
        "valid_from": credential.valid_from.isoformat() if credential.valid_from else None,
        "valid_to": credential.valid_to.isoformat() if credential.valid_to else None,
        "validity": credential_validity(credential.valid_to, today, within).value,
        "days_left": days_left(credential.valid_to, today),
        "renewal_instance": credential.renewal_instance,
    }


def _started_row(
    instance: str, supplier: str, credential: CredentialInfo, today: date
) -> dict[str, Any]:
    row = _credential_row(credential, today, DEFAULT_EXPIRY_WINDOW_DAYS)
    return {"instance": instance, "supplier": supplier, **row}


def _purchase_row(purchase: PurchaseInfo) -> dict[str, Any]:
    return {
        "id": purchase.id,
        "bought_on": purchase.bought_on.isoformat(),
        "supplier_id": purchase.supplier_id,
        "supplier": purchase.supplier_name,
        "item": purchase.item,
        "quantity": purchase.quantity,
        "unit": purchase.unit,
        "amount_cny": purchase.amount_cny,
        "green_certified": purchase.green_certified,
        "certificate_ref": purchase.certificate_ref,
        "entered_by": purchase.entered_by,
    }

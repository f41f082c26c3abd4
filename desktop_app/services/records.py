"""Enter, change, remove and import production and material records (role-checked, logged).

An import is all or nothing by default: a file with one bad row stores nothing, and the report
lists every bad row with its column and reason, so the sheet can be fixed and imported again.
With `skip_bad` the good rows are stored and the bad ones listed. Either way the import is one
transaction, and each stored record remembers the file and row it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.readings import now_ms
from domain.record_import import ParsedRows, RowError
from domain.records import (
    Record,
    RecordCategory,
    canonical_quantity,
    record_problems,
)
from domain.roles import Actor, Permission
from storage.models import ProductionRecord, Tag

MAX_IMPORT_ROWS = 100_000


@dataclass(frozen=True)
class RecordInfo:
    id: int
    record: Record
    source: str
    source_ref: str
    created_by: str
    created_ms: int


@dataclass(frozen=True)
class ImportReport:
    imported: int
    errors: tuple[RowError, ...]
    skipped_rows: tuple[int, ...]


class ImportRefused(ValueError):
    """Bad rows and no permission to skip them: nothing was stored."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{len(report.errors)} problem(s) in {len(report.skipped_rows)} row(s)")
        self.report = report


def add_record(
    session: Session, actor: Actor, record: Record, source: str = "manual", source_ref: str = ""
) -> int:
    actor.require(Permission.ENTER_READINGS)
    _check(session, record)
    row = _row(record, actor, source, source_ref)
    session.add(row)
    session.flush()
    record_change(session, actor, "create", "record", row.id, new=_values(record))
    return row.id


def update_record(
    session: Session, actor: Actor, record_id: int, record: Record, reason: str
) -> None:
    actor.require(Permission.ENTER_READINGS)
    if not reason.strip():
        raise ConfigurationError("reason_required", "", "reason")
    row = _get(session, record_id)
    _check(session, record)
    old = _values(_record(row))
    row.day, row.category, row.item = record.day.isoformat(), record.category.value, record.item
    row.quantity, row.unit = record.quantity, record.unit
    row.canonical_quantity = canonical_quantity(record)
    row.line, row.shift, row.note = record.line, record.shift, record.note
    record_change(
        session, actor, "update", "record", record_id, old=old, new=_values(record), reason=reason
    )


def delete_record(session: Session, actor: Actor, record_id: int, reason: str) -> None:
    actor.require(Permission.ENTER_READINGS)
    if not reason.strip():
        raise ConfigurationError("reason_required", "", "reason")
    row = _get(session, record_id)
    old = _values(_record(row))
    session.delete(row)
    record_change(session, actor, "delete", "record", record_id, old=old, reason=reason)


def list_records(
    session: Session, first: date, last: date, category: RecordCategory | None = None
) -> list[RecordInfo]:
    query = select(ProductionRecord).where(
        ProductionRecord.day >= first.isoformat(), ProductionRecord.day <= last.isoformat()
    )
    if category is not None:
        query = query.where(ProductionRecord.category == category.value)
    rows = session.scalars(query.order_by(ProductionRecord.day, ProductionRecord.id))
    return [
        RecordInfo(r.id, _record(r), r.source, r.source_ref, r.created_by, r.created_ms)
        for r in rows
    ]


def import_records(
    session: Session, actor: Actor, parsed: ParsedRows, source_ref: str, *, skip_bad: bool = False
) -> ImportReport:
    actor.require(Permission.ENTER_READINGS)
    errors = list(parsed.errors)
    good: list[tuple[int, Record]] = []
    metered = _metered_carriers(session)
    for number, record in parsed.records:
        if record.category is RecordCategory.ENERGY_PURCHASED and record.item in metered:
            errors.append(RowError(number, "item", "carrier_metered", record.item))
        else:
            good.append((number, record))
    if len(good) > MAX_IMPORT_ROWS:
        raise ConfigurationError("too_many_rows", str(len(good)))
    bad_rows = tuple(sorted({e.row for e in errors}))
    report = ImportReport(len(good), tuple(errors), bad_rows)
    if errors and not skip_bad:
        raise ImportRefused(ImportReport(0, report.errors, bad_rows))
    rows = [_row(r, actor, "import", f"{source_ref}#{n}") for n, r in good]
    session.add_all(rows)
    session.flush()
    record_change(
        session,
        actor,
        "import",
        "record",
        None,
        new={"file": source_ref, "records": len(rows), "skipped_rows": list(bad_rows)},
    )
    return report


def _check(session: Session, record: Record) -> None:
    problems = record_problems(record)
    if problems:
        first = problems[0]
        raise ConfigurationError(first.code, first.detail, first.field)
    purchase = record.category is RecordCategory.ENERGY_PURCHASED
    if purchase and record.item in _metered_carriers(session):
        raise ConfigurationError("carrier_metered", record.item, "item")


def _metered_carriers(session: Session) -> set[str]:
    """Carriers a boundary meter already counts: entering them too would count them twice.

    Only purchases are metered; sold or produced energy may still be entered.
    """
    rows = session.scalars(select(Tag.carrier).where(Tag.carrier.is_not(None), Tag.enabled))
    return {str(c) for c in rows}


def _row(record: Record, actor: Actor, source: str, source_ref: str) -> ProductionRecord:
    return ProductionRecord(
        day=record.day.isoformat(),
        category=record.category.value,
        item=record.item,
        quantity=record.quantity,
        unit=record.unit,
        canonical_quantity=canonical_quantity(record),
        line=record.line,
        shift=record.shift,
        note=record.note,
        source=source,
        source_ref=source_ref,
        created_by=actor.name,
        created_ms=now_ms(),
    )


def _get(session: Session, record_id: int) -> ProductionRecord:
    row = session.get(ProductionRecord, record_id)
    if row is None:
        raise ConfigurationError("not_found", str(record_id), "record")
    return row


def _record(row: ProductionRecord) -> Record:
    return Record(
        date.fromisoformat(row.day),
        RecordCategory(row.category),
        row.item,
        row.quantity,
        row.unit,
        row.line,
        row.shift,
        row.note,
    )


def _values(record: Record) -> dict[str, object]:
    return {
        "day": record.day.isoformat(),
        "category": record.category.value,
        "item": record.item,
        "quantity": record.quantity,
        "unit": record.unit,
        "line": record.line,
        "shift": record.shift,
    }

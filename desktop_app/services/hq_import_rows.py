"""Apply a verified bundle's rows to head office's tables, in the caller's transaction.

Order and rules of docs/bundle-format.md "Importing": `deletions.jsonl` before the record
upserts; configuration files (tags, record feeds, KPI definitions, targets, conventions) travel
whole, so the site's set is replaced (rows absent from the file were deleted at the site; a
version-1 bundle has no record feeds and leaves head office's set as it is); a full bundle is
the site's complete state, so records absent from it are deleted too. Every other row is an
upsert by (site_id, natural key), which makes a repeated row harmless. Buses, devices, checklist
templates, minute rollups, photos and evidence files are verified but not kept (docs/hq.md).
Rows are streamed with `storage.bundles.reader`, which re-hashes each file and raises
`BundleError` after its last row if it changed since verification: the caller rolls back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from domain.records import RecordCategory
from storage.bundles.format import HOUR_FILE, ROLLUP_COLUMNS, BundleError, jsonl_files
from storage.bundles.reader import iter_csv, iter_jsonl
from storage.bundles.verify import VerifiedBundle
from storage.hq.models import (
    HqAction,
    HqActionEvent,
    HqChangeLogEntry,
    HqConvention,
    HqKpiDefinition,
    HqRecord,
    HqRecordFeed,
    HqRollupHour,
    HqRun,
    HqSite,
    HqTag,
    HqTarget,
)
from storage.hq.upsert import delete_absent, upsert

Row = dict[str, Any]
FEEDS_FILE = "record_feeds.jsonl"
_INTEGER_COLUMNS = frozenset({"bucket", "first_ts", "last_ts", "count", "valid_count", "flags"})
_WHOLE = (
    ("tags.jsonl", HqTag, "name"),
    ("kpi_definitions.jsonl", HqKpiDefinition, "code"),
    ("kpi_targets.jsonl", HqTarget, "id"),
    ("energy_conventions.jsonl", HqConvention, "year"),
)


def apply_bundle(session: Session, site_key: str, bundle: VerifiedBundle) -> int:
    """Write every kept row of `bundle` for the site registered under `site_key`; row count."""
    site_id = bundle.manifest.site_id
    try:
        written = _site(session, site_key, bundle)
        for path, model, key in _WHOLE:
            rows = [_typed(model, site_id, row) for row in iter_jsonl(bundle, path)]
            written += upsert(session, _table(model), rows)
            delete_absent(session, _table(model), site_id, {row[key] for row in rows})
        written += _feeds(session, bundle)
        written += _records(session, bundle)
        written += _runs(session, bundle)
        written += _actions(session, bundle)
        log = (_typed(HqChangeLogEntry, site_id, r) for r in iter_jsonl(bundle, "change_log.jsonl"))
        written += upsert(session, _table(HqChangeLogEntry), log)
        for entry in bundle.manifest.files:
            if HOUR_FILE.fullmatch(entry.path):
                written += upsert(session, _table(HqRollupHour), _hours(bundle, entry.path))
    except (KeyError, TypeError, ValueError) as error:
        raise BundleError("bad_row", f"{type(error).__name__}: {error}") from None
    return written


def _site(session: Session, site_key: str, bundle: VerifiedBundle) -> int:
    manifest = bundle.manifest
    rows = list(iter_jsonl(bundle, "site.jsonl"))
    first = rows[0] if rows else {}
    session.execute(
        update(HqSite)
        .where(HqSite.public_key == site_key)
        .values(
            site_id=manifest.site_id,
            site_code=manifest.site_code,
            name=manifest.site_name,
            name_en=str(first.get("name_en") or ""),
            timezone=str(first.get("timezone") or ""),
        )
    )
    return len(rows)


def _feeds(session: Session, bundle: VerifiedBundle) -> int:
    """Replace the site's record feeds; each must name tags of the site, once per key."""
    if FEEDS_FILE not in jsonl_files(bundle.manifest.format_version):
        return 0
    site_id = bundle.manifest.site_id
    tags = set(session.scalars(select(HqTag.name).where(HqTag.site_id == site_id)))
    rows: dict[tuple[str, ...], Row] = {}
    for number, row in enumerate(iter_jsonl(bundle, FEEDS_FILE), start=1):
        flow_tag = row["flow_tag"]
        feed = {
            "site_id": site_id,
            "tag": _text(row["tag"]),
            "flow_tag": "" if flow_tag is None else _text(flow_tag),
            "category": RecordCategory(row["category"]).value,
            "item": _text(row["item"]),
            "line": _text(row["line"]),
        }
        key = tuple(feed.values())
        if key in rows or not {feed["tag"], flow_tag or feed["tag"]} <= tags:
            raise BundleError("bad_row", f"{FEEDS_FILE}:{number}: repeated or unknown tag")
        rows[key] = feed
    table = _table(HqRecordFeed)
    session.execute(delete(table).where(table.c.site_id == site_id))
    if rows:  # every column is the key: nothing to update, so insert after the delete
        session.execute(insert(table), list(rows.values()))
    return len(rows)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value


def _records(session: Session, bundle: VerifiedBundle) -> int:
    site_id = bundle.manifest.site_id
    table = _table(HqRecord)
    gone = [
        int(row["id"])
        for row in iter_jsonl(bundle, "deletions.jsonl")
        if row.get("table") == "records"
    ]
    for start in range(0, len(gone), 500):
        chunk = gone[start : start + 500]
        session.execute(delete(table).where(table.c.site_id == site_id, table.c.id.in_(chunk)))
    kept: set[Any] = set()

    def rows() -> Iterator[Row]:
        for row in iter_jsonl(bundle, "records.jsonl"):
            kept.add(row["id"])
            yield _typed(HqRecord, site_id, row)

    written = upsert(session, table, rows())
    if bundle.manifest.kind == "full":
        delete_absent(session, table, site_id, kept)
    return written + len(gone)


def _runs(session: Session, bundle: VerifiedBundle) -> int:
    site_id = bundle.manifest.site_id
    rows = []
    for document in iter_jsonl(bundle, "checklist_runs.jsonl"):
        run = document["run"]
        extra = {"answers": len(document["answers"]), "photos": len(document["photos"])}
        rows.append(_typed(HqRun, site_id, run, document, **extra))
    return upsert(session, _table(HqRun), rows)


def _actions(session: Session, bundle: VerifiedBundle) -> int:
    site_id = bundle.manifest.site_id
    actions: list[Row] = []
    events: list[Row] = []
    for document in iter_jsonl(bundle, "corrective_actions.jsonl"):
        actions.append(_typed(HqAction, site_id, document["action"]))
        events.extend(_typed(HqActionEvent, site_id, event) for event in document["events"])
    return upsert(session, _table(HqAction), actions) + upsert(
        session, _table(HqActionEvent), events
    )


def _hours(bundle: VerifiedBundle, path: str) -> Iterator[Row]:
    site_id = bundle.manifest.site_id
    for fields in iter_csv(bundle, path, ROLLUP_COLUMNS):
        row: Row = {"site_id": site_id, "tag": fields[0]}
        for name, text in zip(ROLLUP_COLUMNS[1:], fields[1:], strict=True):
            row[name] = _number(name, text)
        yield row


def _number(name: str, text: str) -> int | float | None:
    if text == "":
        return None
    return int(text) if name in _INTEGER_COLUMNS else float(text)


def _typed(
    model: type, site_id: str, row: Mapping[str, Any], data: object = None, **extra: Any
) -> Row:
    """The table's columns taken from the bundle row; `data` keeps the whole row as JSON."""
    table = _table(model)
    values: Row = {"site_id": site_id}
    for column in table.columns:
        name = column.name
        if name == "site_id":
            continue
        if name == "data":
            values[name] = json.dumps(
                row if data is None else data, ensure_ascii=False, sort_keys=True
            )
        elif name in extra:
            values[name] = extra[name]
        elif name in row:
            values[name] = row[name]
        elif not column.nullable and column.default is None:
            raise KeyError(f"{table.name}.{name}")
        else:
            values[name] = getattr(column.default, "arg", None)
    return values


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table

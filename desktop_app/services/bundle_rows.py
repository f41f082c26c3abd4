"""The rows a site bundle carries, read with the caller's session (docs/bundle-format.md).

Every row carries its natural key, so head office can upsert idempotently: tags by name (rollups
name the tag, never its local id), runs, photos, actions and events by UUID, records, targets and
change-log entries by their site-local integer id together with the bundle's site id, KPI
definitions by code, conventions by year, record feeds by (tag, flow tag, category, item, line).
Configuration (site, buses, devices, tags, record feeds, KPI definitions, targets, conventions)
is small and travels whole in every bundle; the rest travels when it changed inside the
bundle's window (`Window`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, Table, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from desktop_app.services.change_log import row_values
from storage.bundles.format import ROLLUP_COLUMNS
from storage.models import (
    ActionEventRecord,
    Bus,
    ChangeLogEntry,
    ChecklistAnswerRecord,
    ChecklistPhotoRecord,
    ChecklistRunRecord,
    ChecklistTemplateRecord,
    CorrectiveActionRecord,
    Device,
    EnergyConventionRecord,
    KpiDefinitionRecord,
    KpiTargetRecord,
    ProductionRecord,
    RecordFeed,
    Site,
    Tag,
    rollup_1h_table,
    rollup_1min_table,
)

Row = dict[str, Any]
MINUTE_MS = 60_000
HOUR_MS = 3_600_000
REWRITING = ("meter_replacement", "reading")
"""Entities whose change recomputes a tag's stored history (as does a tag's own update): that
tag's rollups then travel whole, since buckets before the window changed too."""


@dataclass(frozen=True)
class Window:
    """What an incremental bundle carries: rows changed at or after `since_ms` (None: all)."""

    since_ms: int | None
    rewritten_tags: frozenset[int] = frozenset()

    def changed(self, column: Any) -> Any:
        return True if self.since_ms is None else column >= self.since_ms


def window_for(session: Session, since_ms: int | None) -> Window:
    if since_ms is None:
        return Window(None)
    entries = session.execute(
        select(ChangeLogEntry.entity, ChangeLogEntry.action, ChangeLogEntry.entity_id).where(
            ChangeLogEntry.ts >= since_ms, ChangeLogEntry.entity_id.is_not(None)
        )
    )
    tags = {
        int(tag_id)
        for entity, action, tag_id in entries
        if entity in REWRITING or (entity == "tag" and action == "update")
    }
    return Window(since_ms, frozenset(tags))


# --- configuration: whole in every bundle ------------------------------------------------------


def site_rows(session: Session, site_id: str) -> list[Row]:
    return [
        {"site_id": site_id, **row_values(row, ("id",))}
        for row in session.scalars(select(Site).order_by(Site.id))
    ]


def bus_rows(session: Session) -> list[Row]:
    return [
        row_values(bus, ("id", "site_id")) for bus in session.scalars(select(Bus).order_by(Bus.id))
    ]


def device_rows(session: Session) -> list[Row]:
    query = select(Device, Bus.name).join(Bus, Bus.id == Device.bus_id).order_by(Device.id)
    return [
        {"bus": bus, **row_values(device, ("id", "bus_id"))}
        for device, bus in session.execute(query)
    ]


def tag_rows(session: Session) -> list[Row]:
    query = (
        select(Tag, Device.name, Bus.name)
        .join(Device, Device.id == Tag.device_id)
        .join(Bus, Bus.id == Device.bus_id)
        .order_by(Tag.id)
    )
    return [
        {"bus": bus, "device": device, **row_values(tag, ("id", "device_id"))}
        for tag, device, bus in session.execute(query)
    ]


def record_feed_rows(session: Session) -> list[Row]:
    """Each feed once, by its natural key: the tags are named, never their local ids.

    A feed configured twice with the same key would be counted twice by the site's KPIs; it
    travels once (the database does not forbid the repeat, but nothing creates it).
    """
    flow = aliased(Tag)
    query = (
        select(Tag.name, flow.name, RecordFeed.category, RecordFeed.item, RecordFeed.line)
        .join(Tag, Tag.id == RecordFeed.tag_id)
        .outerjoin(flow, flow.id == RecordFeed.flow_tag_id)
        .distinct()
    )
    keys = sorted(session.execute(query).all(), key=lambda k: (k[0], k[1] or "", *k[2:]))
    return [
        {"tag": tag, "flow_tag": flow_tag, "category": category, "item": item, "line": line}
        for tag, flow_tag, category, item, line in keys
    ]


def whole_table_rows(session: Session, model: Any) -> list[Row]:
    """KPI definitions, targets, energy conventions: every column, primary key order."""
    keys = list(model.__table__.primary_key.columns)
    return [row_values(row) for row in session.scalars(select(model).order_by(*keys))]


CONFIGURATION_MODELS = {
    "kpi_definitions.jsonl": KpiDefinitionRecord,
    "kpi_targets.jsonl": KpiTargetRecord,
    "energy_conventions.jsonl": EnergyConventionRecord,
}


# --- records, runs, actions, change log: what changed in the window ---------------------------


def record_rows(session: Session, window: Window) -> Iterator[Row]:
    query = select(ProductionRecord).order_by(ProductionRecord.id)
    if window.since_ms is not None:
        updated = select(ChangeLogEntry.entity_id).where(
            ChangeLogEntry.entity == "record",
            ChangeLogEntry.action == "update",
            ChangeLogEntry.ts >= window.since_ms,
        )
        query = query.where(
            or_(ProductionRecord.created_ms >= window.since_ms, ProductionRecord.id.in_(updated))
        )
    for row in session.scalars(query).yield_per(2_000):
        yield row_values(row)


def deletion_rows(session: Session, window: Window) -> list[Row]:
    """Records deleted in the window (a full bundle lists none: it is the complete state)."""
    if window.since_ms is None:
        return []
    entries = session.execute(
        select(ChangeLogEntry.entity_id, ChangeLogEntry.ts)
        .where(
            ChangeLogEntry.entity == "record",
            ChangeLogEntry.action == "delete",
            ChangeLogEntry.ts >= window.since_ms,
        )
        .order_by(ChangeLogEntry.id)
    )
    return [{"table": "records", "id": int(key), "ts": int(ts)} for key, ts in entries]


def run_rows(session: Session, window: Window) -> list[Row]:
    """Runs started, finished, answered or photographed in the window, each with all its rows."""
    runs = select(ChecklistRunRecord).order_by(ChecklistRunRecord.started_ms, ChecklistRunRecord.id)
    if window.since_ms is not None:
        since = window.since_ms
        answered = select(ChecklistAnswerRecord.run_id).where(
            ChecklistAnswerRecord.answered_ms >= since
        )
        photographed = select(ChecklistPhotoRecord.run_id).where(
            ChecklistPhotoRecord.taken_ms >= since
        )
        runs = runs.where(
            or_(
                ChecklistRunRecord.started_ms >= since,
                ChecklistRunRecord.finished_ms >= since,
                ChecklistRunRecord.id.in_(answered),
                ChecklistRunRecord.id.in_(photographed),
            )
        )
    documents = []
    for run in session.scalars(runs):
        answers = select(ChecklistAnswerRecord).where(ChecklistAnswerRecord.run_id == run.id)
        photos = select(ChecklistPhotoRecord).where(ChecklistPhotoRecord.run_id == run.id)
        documents.append(
            {
                "run": row_values(run),
                "answers": [
                    row_values(a)
                    for a in session.scalars(answers.order_by(ChecklistAnswerRecord.item_code))
                ],
                "photos": [
                    row_values(p) for p in session.scalars(photos.order_by(ChecklistPhotoRecord.id))
                ],
            }
        )
    return documents


def template_rows(session: Session, runs: list[Row]) -> list[Row]:
    keys = sorted({(r["run"]["template_code"], r["run"]["template_version"]) for r in runs})
    templates = (session.get(ChecklistTemplateRecord, key) for key in keys)
    return [row_values(template) for template in templates if template is not None]


def action_rows(session: Session, window: Window) -> list[Row]:
    actions = select(CorrectiveActionRecord).order_by(
        CorrectiveActionRecord.created_ms, CorrectiveActionRecord.id
    )
    if window.since_ms is not None:
        touched = select(ActionEventRecord.action_id).where(
            ActionEventRecord.at_ms >= window.since_ms
        )
        actions = actions.where(
            or_(
                CorrectiveActionRecord.updated_ms >= window.since_ms,
                CorrectiveActionRecord.id.in_(touched),
            )
        )
    documents = []
    for action in session.scalars(actions):
        events = select(ActionEventRecord).where(ActionEventRecord.action_id == action.id)
        documents.append(
            {
                "action": row_values(action),
                "events": [
                    row_values(e)
                    for e in session.scalars(
                        events.order_by(ActionEventRecord.at_ms, ActionEventRecord.id)
                    )
                ],
            }
        )
    return documents


def change_log_rows(session: Session, window: Window) -> Iterator[Row]:
    """The user id is local to the site's user table; the name (`actor_name`) travels."""
    query = (
        select(ChangeLogEntry).where(window.changed(ChangeLogEntry.ts)).order_by(ChangeLogEntry.id)
    )
    for entry in session.scalars(query).yield_per(2_000):
        yield row_values(entry, ("user_id",))


# --- rollups: one CSV per month (minutes) or year (hours), rows by tag then bucket -------------


@dataclass(frozen=True)
class RollupFile:
    path: str
    table: Table
    first_ms: int
    end_ms: int


def rollup_files(session: Session, window: Window) -> list[RollupFile]:
    """The month and year files that hold rows in the window, oldest first."""
    files: list[RollupFile] = []
    for table, width, period, folder in (
        (rollup_1min_table, MINUTE_MS, _month, "rollup_1min"),
        (rollup_1h_table, HOUR_MS, _year, "rollup_1h"),
    ):
        span = _span(session, table, window, width)
        if span is None:
            continue
        start, last = span
        while start <= last:
            label, end = period(start)
            files.append(RollupFile(f"{folder}/{label}.csv", table, start, end))
            start = end
    return files


def rollup_rows(
    session: Session, file: RollupFile, window: Window, tags: Mapping[int, str]
) -> Iterator[Sequence[object]]:
    """Rows of ROLLUP_COLUMNS, the tag's name first, by tag then bucket (fetched in batches)."""
    table = file.table
    width = MINUTE_MS if table is rollup_1min_table else HOUR_MS
    columns = [table.c[name] for name in ROLLUP_COLUMNS[1:]]
    for tag_id, name in tags.items():
        first = max(file.first_ms, _lower(window, tag_id, width))
        query = (
            select(literal(name, String).label("tag"), *columns)
            .where(table.c.tag_id == tag_id, table.c.bucket >= first, table.c.bucket < file.end_ms)
            .order_by(table.c.bucket)
            .execution_options(yield_per=5_000)
        )
        yield from session.execute(query)


def tag_names(session: Session) -> dict[int, str]:
    return {int(i): str(n) for i, n in session.execute(select(Tag.id, Tag.name).order_by(Tag.id))}


def _span(session: Session, table: Table, window: Window, width: int) -> tuple[int, int] | None:
    lows, highs = [], []
    for tag_id in tag_names(session):
        low, high = session.execute(
            select(func.min(table.c.bucket), func.max(table.c.bucket)).where(
                table.c.tag_id == tag_id, table.c.bucket >= _lower(window, tag_id, width)
            )
        ).one()
        if low is not None:
            lows.append(int(low))
            highs.append(int(high))
    if not lows:
        return None
    return _period_start(min(lows), width), max(highs)


def _lower(window: Window, tag_id: int, width: int) -> int:
    if window.since_ms is None or tag_id in window.rewritten_tags:
        return 0
    return window.since_ms - window.since_ms % width


def _period_start(ms: int, width: int) -> int:
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    if width == MINUTE_MS:
        return _ms(datetime(moment.year, moment.month, 1, tzinfo=UTC))
    return _ms(datetime(moment.year, 1, 1, tzinfo=UTC))


def _month(start: int) -> tuple[str, int]:
    moment = datetime.fromtimestamp(start / 1000, UTC)
    following = datetime(moment.year + moment.month // 12, moment.month % 12 + 1, 1, tzinfo=UTC)
    return f"{moment.year:04d}-{moment.month:02d}", _ms(following)


def _year(start: int) -> tuple[str, int]:
    moment = datetime.fromtimestamp(start / 1000, UTC)
    return f"{moment.year:04d}", _ms(datetime(moment.year + 1, 1, 1, tzinfo=UTC))


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)

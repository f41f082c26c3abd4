"""`qingyuan demo-seed`: give the demo plant a past, so every KPI, chart and report has content.

Writes, in one transaction: hour and day rollups of every demo tag for the `days` before the
first stored reading (or before today), the plant's daily records, the record feeds a site
would configure (production counter, reclaimed water, pollutant loads), the energy convention
of each year, and a SMART target per built-in KPI with its baseline from the first month.
Seeding twice does nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop_app.services.configuration import load_site
from desktop_app.services.database import Database
from desktop_app.services.demo_history import (
    SAMPLE_S,
    DemoTagRef,
    day_rows,
    hour_rows,
    sample_model,
)
from desktop_app.services.demo_inspections import seed_inspections
from desktop_app.services.demo_projects import seed_projects
from desktop_app.services.demo_records import FEEDS, daily_plant, demo_records
from desktop_app.services.demo_reviews import seed_reviews
from desktop_app.services.demo_suppliers import seed_suppliers
from desktop_app.services.demo_targets import demo_targets
from desktop_app.services.demo_workflows import seed_workflows
from desktop_app.services.energy_conventions import set_convention
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.records import _row as record_row
from domain.energy import NATURAL_GAS_CHOICES, EnergyConvention
from domain.roles import SYSTEM, Actor
from storage.models import Device, ProductionRecord, RecordFeed, Tag
from storage.records import day_start_ms
from storage.rollup_import import cover_with_horizon, write_rollups
from storage.rollups import DAY, HOUR

HOUR_MS = 3_600_000
CHINA = timedelta(hours=8)


@dataclass(frozen=True)
class SeedSummary:
    already_seeded: bool
    days: int = 0
    rollup_rows: int = 0
    records: int = 0
    targets: int = 0
    first_day: date | None = None
    last_day: date | None = None
    inspections: int = 0
    projects: int = 0
    reviews: int = 0
    suppliers: int = 0
    workflows: int = 0


def seed_demo(
    database: Database,
    days: int,
    *,
    now_ms: int | None = None,
    actor: Actor = SYSTEM,
    cleaner_production: bool = True,
) -> SeedSummary:
    """History, records, conventions, targets and inspections; with `cleaner_production` also
    the improvement options (whose retrofit lowers the metered electricity after its day),
    reviews, suppliers and workflows. Tests of the plain plant's figures leave those out."""
    if not 1 <= days <= 3660:
        raise ConfigurationError("bad_days", str(days), "days")
    with database.transaction() as session:
        site = load_site(session)
        if site is None or not site.is_demo:
            raise ConfigurationError("not_demo", "", "site")
        if session.scalar(select(func.count()).where(ProductionRecord.source == "demo")):
            return SeedSummary(already_seeded=True)
        return _seed(session, days, now_ms, actor, database.data_dir, cleaner_production)


def _seed(
    session: Session,
    days: int,
    now_ms: int | None,
    actor: Actor,
    data_dir: Path,
    cleaner_production: bool,
) -> SeedSummary:
    tags = _demo_tags(session)
    first_reading, anchors = _live_start(session, tags)
    reference = first_reading if first_reading is not None else now_ms
    end_day = _local_day(reference) if reference is not None else _today()
    first_day = end_day - timedelta(days=days)
    start_ms, end_ms = day_start_ms(first_day), day_start_ms(end_day)
    hours = (end_ms - start_ms) // HOUR_MS
    series = sample_model(start_ms // 1000, hours, anchors)
    refs = list(tags.values())
    hourly = hour_rows(refs, series, start_ms, hours)
    daily = day_rows(hourly, start_ms)
    connection = session.connection()
    written = write_rollups(connection, HOUR, hourly) + write_rollups(connection, DAY, daily)
    cover_with_horizon(connection, end_ms)
    records = demo_records(daily_plant(series, first_day, SAMPLE_S))
    session.add_all(record_row(r, actor, "demo", "demo-seed") for r in records)
    _add_feeds(session, tags)
    for year in range(first_day.year, max(end_day.year, _today().year) + 1):
        convention = EnergyConvention(
            year=year, natural_gas_kgce_per_m3=NATURAL_GAS_CHOICES["gas_field"]
        )
        set_convention(session, actor, convention, reason="demo plant")
    session.flush()
    suppliers = seed_suppliers(session, actor, first_day, end_day) if cleaner_production else 0
    targets = demo_targets(session, actor, first_day, end_day)
    inspections = seed_inspections(session)
    projects = reviews = workflows = 0
    if cleaner_production:
        projects = seed_projects(session, actor, first_day, end_day)
        reviews = seed_reviews(session, actor, first_day, end_day)
        workflows = seed_workflows(session, data_dir, end_day)
    return SeedSummary(
        False, days, written, len(records), targets, first_day, end_day, inspections,
        projects, reviews, suppliers, workflows,
    )  # fmt: skip


def _demo_tags(session: Session) -> dict[str, DemoTagRef]:
    rows = session.execute(
        select(Tag.id, Tag.name, Tag.is_counter, Tag.poll_interval_s, Device.poll_interval_s)
        .join(Device, Device.id == Tag.device_id)
        .order_by(Tag.id)
    )
    return {
        name: DemoTagRef(int(tag_id), name, bool(counter), float(own or device or 1.0))
        for tag_id, name, counter, own, device in rows
    }


def _live_start(
    session: Session, tags: dict[str, DemoTagRef]
) -> tuple[int | None, dict[str, float]]:
    """First stored reading, and each counter's first valid value (where history must end)."""
    first = session.execute(text("SELECT MIN(ts) FROM readings")).scalar()
    anchors: dict[str, float] = {}
    for ref in tags.values():
        if not ref.is_counter:
            continue
        value = session.execute(
            text(
                "SELECT value FROM readings WHERE tag_id = :t AND value IS NOT NULL "
                "ORDER BY ts LIMIT 1"
            ),
            {"t": ref.tag_id},
        ).scalar()
        if value is not None:
            anchors[ref.key] = float(value)
    return (int(first) if first is not None else None), anchors


def _add_feeds(session: Session, tags: dict[str, DemoTagRef]) -> None:
    for tag, flow, category, item in FEEDS:
        if tag not in tags or (flow is not None and flow not in tags):
            continue
        session.add(
            RecordFeed(
                tag_id=tags[tag].tag_id,
                flow_tag_id=tags[flow].tag_id if flow else None,
                category=category.value,
                item=item,
                line="一号线",
            )
        )


def _local_day(ms: int) -> date:
    return (datetime.fromtimestamp(ms / 1000, tz=UTC) + CHINA).date()


def _today() -> date:
    return (datetime.now(tz=UTC) + CHINA).date()

"""Head-office tables: every site-scoped row is keyed by (site_id, the bundle's natural key).

The natural keys are those of docs/bundle-format.md, so importing a bundle is an upsert and
importing it again changes nothing. Columns that head office queries are typed; the rest of a
bundle row is kept verbatim as JSON text in `data`, so nothing a site sent is lost and the
schema does not have to follow every site column. Minute rollups are not kept: head office
compares months and trends, which hour buckets answer, while a month of minute buckets is about
43,000 rows per tag and site (they stay at the site; see docs/hq.md).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Float, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.models.base import NAMING_CONVENTION

SITE_ID = 36
"""A site's UUID as lower-case text."""


class HqBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class HqSite(HqBase):
    """A site head office trusts, known by its Ed25519 public key.

    The key is registered first (from the site's `site-key --export` file); the site id, code
    and name come from the first verified bundle signed by that key (or from `site-key`'s
    printout), after which the id is bound to the key for good.
    """

    __tablename__ = "hq_sites"

    public_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    """The raw 32-byte key as 64 lower-case hex."""
    site_id: Mapped[str | None] = mapped_column(String(SITE_ID), unique=True, nullable=True)
    site_code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="")
    registered_ms: Mapped[int] = mapped_column(BigInteger)
    registered_by: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class HqBundle(HqBase):
    """One imported bundle: the chain head office checks the next bundle against."""

    __tablename__ = "hq_bundles"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    manifest_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    previous_sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(12))
    from_ms: Mapped[int] = mapped_column(BigInteger)
    to_ms: Mapped[int] = mapped_column(BigInteger)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    imported_ms: Mapped[int] = mapped_column(BigInteger)
    imported_by: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    rows: Mapped[int] = mapped_column(BigInteger)
    app_version: Mapped[str] = mapped_column(String(40), default="")


class HqAuditEntry(HqBase):
    """Who did what at head office (register, import), written in the same transaction."""

    __tablename__ = "hq_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ts: Mapped[int] = mapped_column(BigInteger)
    actor_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(String(120))
    detail: Mapped[str] = mapped_column(Text, default="{}")


class HqTag(HqBase):
    __tablename__ = "hq_tags"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(32), default="")
    is_counter: Mapped[bool] = mapped_column(Boolean, default=False)
    carrier: Mapped[str | None] = mapped_column(String(32), nullable=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    data: Mapped[str] = mapped_column(Text)


class HqRecordFeed(HqBase):
    """A counter tag of the site booked as a record category (e.g. its production counter).

    Keyed by tag names, as in the bundle; `flow_tag` is "" for a plain counter feed and names
    the flow tag of a pollutant load (concentration × flow). The site's set, replaced whole by
    every bundle of format 2 or later (a version-1 bundle carries none and leaves it alone).
    """

    __tablename__ = "hq_record_feeds"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    flow_tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    item: Mapped[str] = mapped_column(String(100), primary_key=True)
    line: Mapped[str] = mapped_column(String(64), primary_key=True)


class HqRollupHour(HqBase):
    """An hour bucket of a site's tag, the columns of the bundle's rollup CSV."""

    __tablename__ = "hq_rollups_1h"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    min: Mapped[float | None] = mapped_column(Float, nullable=True)
    max: Mapped[float | None] = mapped_column(Float, nullable=True)
    sum: Mapped[float | None] = mapped_column(Float, nullable=True)
    first: Mapped[float | None] = mapped_column(Float, nullable=True)
    first_ts: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    last: Mapped[float | None] = mapped_column(Float, nullable=True)
    last_ts: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    count: Mapped[int] = mapped_column(BigInteger)
    valid_count: Mapped[int] = mapped_column(BigInteger)
    consumption: Mapped[float | None] = mapped_column(Float, nullable=True)
    flags: Mapped[int] = mapped_column(BigInteger)


class HqRecord(HqBase):
    __tablename__ = "hq_records"
    __table_args__ = (Index("ix_hq_records_site_day", "site_id", "day"),)

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    day: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(32))
    canonical_quantity: Mapped[float] = mapped_column(Float)
    line: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(String(16), default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_ms: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)


class HqKpiDefinition(HqBase):
    __tablename__ = "hq_kpi_definitions"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(32))
    better: Mapped[str] = mapped_column(String(8))
    formula: Mapped[str] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text)


class HqTarget(HqBase):
    __tablename__ = "hq_targets"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kpi_code: Mapped[str] = mapped_column(String(64))
    baseline_value: Mapped[float] = mapped_column(Float)
    target_value: Mapped[float] = mapped_column(Float)
    better: Mapped[str] = mapped_column(String(8))
    start: Mapped[str] = mapped_column(String(10))
    deadline: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    data: Mapped[str] = mapped_column(Text)


class HqConvention(HqBase):
    """A site's energy-accounting convention of a year (GB/T 2589 choices)."""

    __tablename__ = "hq_conventions"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    electricity_basis: Mapped[str] = mapped_column(String(16))
    equal_value_kgce_per_kwh: Mapped[float | None] = mapped_column(Float, nullable=True)
    natural_gas_kgce_per_m3: Mapped[float | None] = mapped_column(Float, nullable=True)
    overrides: Mapped[str] = mapped_column(Text, default="{}")
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_ms: Mapped[int] = mapped_column(BigInteger)


class HqRun(HqBase):
    """A checklist run; answers and photo metadata stay in `data` (photo files are not kept)."""

    __tablename__ = "hq_runs"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    template_code: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16))
    started_ms: Mapped[int] = mapped_column(BigInteger)
    finished_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    score_percent: Mapped[float | None] = mapped_column(Float, nullable=True)
    answers: Mapped[int] = mapped_column(Integer)
    photos: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class HqAction(HqBase):
    __tablename__ = "hq_actions"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[str | None] = mapped_column(String(10), nullable=True)
    priority: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16))
    updated_ms: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)


class HqActionEvent(HqBase):
    __tablename__ = "hq_action_events"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    action_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    at_ms: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)


class HqChangeLogEntry(HqBase):
    """A site's change-log entry as the site wrote it (append-only there, upserted here)."""

    __tablename__ = "hq_change_log"

    site_id: Mapped[str] = mapped_column(String(SITE_ID), primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    ts: Mapped[int] = mapped_column(BigInteger)
    actor_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


SITE_TABLES = (
    HqTag,
    HqRecordFeed,
    HqRollupHour,
    HqRecord,
    HqKpiDefinition,
    HqTarget,
    HqConvention,
    HqRun,
    HqAction,
    HqActionEvent,
    HqChangeLogEntry,
)
"""Every table whose rows belong to one site's imported data."""

"""History tables: minute/hour/day rollups, meter replacements, the staging table, and meta.

Rollups are Core tables for the same reason as `readings`: the writer upserts tuples in bulk.
`bucket` is the UTC millisecond of the bucket's start; day buckets start at the site's local
midnight (`storage.rollups.DEFAULT_DAY_OFFSET_MS`, UTC+8). Statistics cover valid readings
only (`domain.quality.VALID_CODES`): min/max/sum/first/last are NULL when a bucket has rows but
none valid; avg = sum / valid_count. `count` counts every row, failures included, so
valid_count / count is the bucket's data completeness. `consumption` (counters only) is the
sum of the interval deltas attributed to the bucket (`domain.consumption`); `flags` is the bit
set of `domain.consumption.FLAG_*`.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Integer,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Table,
    Text,
)

from storage.models.base import Base

ROLLUP_TABLE_NAMES = ("rollup_1min", "rollup_1h", "rollup_1d")


def _rollup_table(name: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), nullable=False),
        Column("bucket", Integer, nullable=False),
        Column("min", Float, nullable=True),
        Column("max", Float, nullable=True),
        Column("sum", Float, nullable=True),
        Column("first", Float, nullable=True),
        Column("first_ts", Integer, nullable=True),
        Column("last", Float, nullable=True),
        Column("last_ts", Integer, nullable=True),
        Column("count", Integer, nullable=False),
        Column("valid_count", Integer, nullable=False),
        Column("consumption", Float, nullable=True),
        Column("flags", Integer, nullable=False, server_default="0"),
        PrimaryKeyConstraint("tag_id", "bucket", name=f"pk_{name}"),
        sqlite_with_rowid=False,
    )


rollup_1min_table = _rollup_table("rollup_1min")
rollup_1h_table = _rollup_table("rollup_1h")
rollup_1d_table = _rollup_table("rollup_1d")

meter_replacements_table = Table(
    "meter_replacements",
    Base.metadata,
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), nullable=False),
    Column("ts", Integer, nullable=False),
    Column("old_final", Float, nullable=False),
    Column("new_start", Float, nullable=False),
    Column("user_name", String(64), nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("created_ms", Integer, nullable=False),
    PrimaryKeyConstraint("tag_id", "ts", name="pk_meter_replacements"),
)
"""A counter's meter swapped at `ts`: readings from `ts` on come from the new meter."""

readings_staging_table = Table(
    "readings_staging",
    Base.metadata,
    Column("id", Integer, nullable=False),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), nullable=False),
    Column("ts", Integer, nullable=False),
    Column("value", Float, nullable=True),
    Column("quality", SmallInteger, nullable=False),
    PrimaryKeyConstraint("id", name="pk_readings_staging"),
)
"""Append-only landing table (`storage.staging`): rowid order, no other index, so a commit
writes a few pages at the end instead of one page per tag of the clustered `readings`."""

storage_meta_table = Table(
    "storage_meta",
    Base.metadata,
    Column("key", String(64), nullable=False),
    Column("value", String(200), nullable=False),
    PrimaryKeyConstraint("key", name="pk_storage_meta"),
)
"""Small storage facts, e.g. `raw_horizon_ms`: raw readings before it were deleted by retention."""

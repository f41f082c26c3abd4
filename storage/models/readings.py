"""The time-series table, declared as Core: the hot path inserts tuples, never ORM objects.

`ts` is integer UTC milliseconds. WITHOUT ROWID with PRIMARY KEY (tag_id, ts) stores each row once,
clustered by tag and time: about half the size of a rowid table plus index, and per-tag range reads
several times faster (../shared/reference/stack-notes.md). `value` is NULL when a poll failed:
the failure is recorded, a value is never invented.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Integer, PrimaryKeyConstraint, SmallInteger, Table

from storage.models.base import Base

readings_table = Table(
    "readings",
    Base.metadata,
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), nullable=False),
    Column("ts", Integer, nullable=False),
    Column("value", Float, nullable=True),
    Column("quality", SmallInteger, nullable=False, server_default="0"),
    PrimaryKeyConstraint("tag_id", "ts", name="pk_readings"),
    sqlite_with_rowid=False,
)

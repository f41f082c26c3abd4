"""Insert-or-update by primary key, the one statement head-office import needs.

SQLite and PostgreSQL both spell it `INSERT … ON CONFLICT (key) DO UPDATE SET … = excluded.…`;
SQLAlchemy builds it per dialect, so this module picks the dialect's `insert` and nothing else
in HQ depends on the database. Rows go to the driver as one executemany per batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

BATCH = 5_000


def upsert(session: Session, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
    """Upsert `rows` (dicts of every column) by the table's primary key; returns the count."""
    keys = [column.name for column in table.primary_key.columns]
    dialect = session.get_bind().dialect.name
    make = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}.get(dialect)
    if make is None:
        raise NotImplementedError(f"head office supports SQLite and PostgreSQL, not {dialect}")
    statement: Any = make(table)
    others = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
    statement = statement.on_conflict_do_update(index_elements=keys, set_=others)
    done = 0
    batch: list[Mapping[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            session.execute(statement, batch)
            done += len(batch)
            batch = []
    if batch:
        session.execute(statement, batch)
        done += len(batch)
    return done


def delete_absent(session: Session, table: Table, site_id: str, kept: set[Any]) -> None:
    """Delete the site's rows whose (single-column) natural key is not in `kept`."""
    key = next(c for c in table.primary_key.columns if c.name != "site_id")
    present = set(session.scalars(select(key).where(table.c.site_id == site_id)))
    gone = sorted(present - kept)
    for start in range(0, len(gone), 500):
        chunk = gone[start : start + 500]
        session.execute(delete(table).where(table.c.site_id == site_id, key.in_(chunk)))

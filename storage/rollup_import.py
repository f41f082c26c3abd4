"""Rollups that arrive whole, without the readings they summarise: a seeded demo history, or
another site's hourly data brought to head office.

Buckets are replaced, not merged: the incoming row is the whole truth about its bucket. The raw
horizon moves to the end of the imported span, so history queries know not to look for raw
readings (or minute buckets) before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from storage.readings import raw_horizon, set_raw_horizon
from storage.rollup_arrays import ROLLUP_COLUMNS
from storage.rollups import DAY, HOUR, Level

_PLACEHOLDERS = ", ".join("?" for _ in ROLLUP_COLUMNS)
_COLUMNS = ", ".join(f'"{c}"' for c in ROLLUP_COLUMNS)


def write_rollups(connection: Connection, level: Level, rows: Sequence[Sequence[object]]) -> int:
    if level not in (HOUR, DAY):
        raise ValueError("only hour and day rollups are imported")
    if not rows:
        return 0
    connection.exec_driver_sql(
        f"INSERT OR REPLACE INTO {level.table} ({_COLUMNS}) VALUES ({_PLACEHOLDERS})",
        [tuple(r) for r in rows],
    )
    return len(rows)


def cover_with_horizon(connection: Connection, end_ms: int) -> None:
    """No raw readings exist before `end_ms` (they were never written)."""
    current = raw_horizon(connection)
    if current is None or current < end_ms:
        set_raw_horizon(connection, end_ms)

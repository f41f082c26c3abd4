"""History query: one screen of a year of 1-second data, from rollups vs from the raw rows.

One tag, one reading per second for a year (31.5 M rows; --quick: 30 days, 2.6 M), written with
raw `sqlite3.executemany` in transactions of 1 M rows into a freshly migrated database (the
application's pragmas), 0.1 % of them failed polls (NULL value, quality 1). Rollups are then
built by the normal slow path, `storage.rollups.recompute_rollups` (SQL per local day). Timed:

- screen: `storage.history.history(step=auto, pixels=1500)` over the whole span, which picks
  hourly buckets for a year (8,760 ≥ 1,500; days would give 365), median of 7 runs. --quick
  asks for 1500 × 30/365 = 123 pixels, so the month is read as a year is on a 1,500-pixel plot
  (hourly, 3,600 raw rows per point) and the ratio stays comparable;
- raw: `history(step=raw)` over the same span, every row into numpy arrays (one run).

Goal: raw / screen ≥ 100. Also reported: rows/s of the bulk insert and of the rollup build,
database size, peak RSS (the raw fetch holds every row in memory: that is the point).

    .venv/bin/python -m bench.history_query [--quick]
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import (
    Outcome,
    cpu_seconds,
    float_tags,
    fresh_database,
    insert_configuration,
    parse_args,
    peak_rss_mb,
    report,
)
from domain.instruments import BusConfig, BusKind, DeviceConfig
from storage.engine import make_engine, make_session_factory
from storage.history import history
from storage.rollups import recompute_rollups

GOAL = 100.0
PIXELS = 1500
TAG_ID = 1
START_MS = 1_735_660_800_000  # 2025-01-01 00:00 at UTC+8
CHUNK_ROWS = 1_000_000
INSERT = "INSERT INTO readings (tag_id, ts, value, quality) VALUES (?, ?, ?, ?)"


def configuration() -> list[BusConfig]:
    device = DeviceConfig(id=1, bus_id=1, name="meter", unit_id=1, tags=float_tags(1, TAG_ID, 1))
    return [BusConfig(id=1, name="bus", kind=BusKind.MODBUS_TCP, host="x", devices=(device,))]


def chunk_rows(first: int, count: int, rng: np.random.Generator) -> list[tuple[object, ...]]:
    """A daily load curve with noise; a failed poll stores no value (SQLite makes NaN NULL)."""
    seconds = np.arange(first, first + count, dtype=np.int64)
    daily = np.sin(2 * np.pi * (seconds % 86_400) / 86_400)
    values = 400.0 + 150.0 * daily + rng.normal(0.0, 12.0, count)
    failed = rng.random(count) < 0.001
    values[failed] = np.nan
    quality = failed.astype(np.int64)
    return list(
        zip(
            [TAG_ID] * count,
            (START_MS + seconds * 1000).tolist(),
            values.tolist(),
            quality.tolist(),
            strict=True,
        )
    )


def fill(path: Path, rows: int) -> float:
    """Bulk insert with the application's pragmas; returns the seconds it took."""
    engine = fresh_database(path)
    insert_configuration(engine, configuration())
    with engine.connect() as connection:
        pragmas = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys")
        }
    engine.dispose()
    rng = np.random.default_rng(1)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for name, value in pragmas.items():
            connection.execute(f"PRAGMA {name}={value}")
        started = time.perf_counter()
        for first in range(0, rows, CHUNK_ROWS):
            batch = chunk_rows(first, min(CHUNK_ROWS, rows - first), rng)
            connection.execute("BEGIN")
            connection.executemany(INSERT, batch)
            connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    args = parse_args(__doc__ or "")
    started_cpu = cpu_seconds()
    days = 30 if args.quick else 365
    pixels = PIXELS * days // 365
    rows = days * 86_400
    end_ms = START_MS + rows * 1000
    with tempfile.TemporaryDirectory(prefix="qy-history-") as tmp:
        path = Path(tmp) / "history.sqlite3"
        fill_s = fill(path, rows)
        engine = make_engine(path)
        started = time.perf_counter()
        with engine.begin() as connection:
            recompute_rollups(connection, [TAG_ID], START_MS, end_ms)
        build_s = time.perf_counter() - started
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            buckets = {
                table: int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar())
                for table in ("rollup_1min", "rollup_1h", "rollup_1d")
            }
        size_mb = path.stat().st_size / 1e6
        sessions = make_session_factory(engine)
        screen_times = []
        for _ in range(7):
            with sessions() as session:
                started = time.perf_counter()
                screen = history(session, TAG_ID, START_MS, end_ms, "auto", pixels=pixels)
                screen_times.append(time.perf_counter() - started)
        rss_before_raw = peak_rss_mb()
        with sessions() as session:
            started = time.perf_counter()
            raw = history(session, TAG_ID, START_MS, end_ms, "raw")
            raw_s = time.perf_counter() - started
        engine.dispose()
    screen_s = statistics.median(screen_times)
    ratio = raw_s / screen_s
    report(
        Outcome(
            name="history_query",
            ratio=ratio,
            ratio_label="raw fetch / screen from rollups (seconds)",
            goal=f">= {GOAL:.0f}",
            met=ratio >= GOAL,
            figures={
                "days of 1-second data, rows": f"{days}, {rows:,}",
                "bulk insert rows/s (executemany, 1 M per transaction)": rows / fill_s,
                "rollup build (recompute_rollups) s": build_s,
                "rollup build rows/s": rows / build_s,
                "rollup rows 1min / 1h / 1d": " / ".join(str(n) for n in buckets.values()),
                "database MB (raw + rollups)": size_mb,
                f"screen: step chosen for {pixels} px": screen.step.value,
                "screen: points": len(screen),
                "screen: median of 7, ms": screen_s * 1000,
                "raw: points": len(raw),
                "raw: fetch s": raw_s,
                "ratio raw/screen": ratio,
                "peak RSS before the raw fetch MB": rss_before_raw,
            },
            notes=[
                "gaps (failed polls) stay visible: buckets carry count and valid_count",
                f"raw rows with a value: {int(np.count_nonzero(~np.isnan(raw.value))):,}",
            ],
        ),
        started_cpu,
    )


if __name__ == "__main__":
    main()

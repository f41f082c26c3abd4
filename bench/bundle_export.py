"""Bundle export: a month of minute rollups for 200 tags, as a signed bundle vs `VACUUM INTO`.

A freshly migrated database (the application's pragmas) gets 200 tags and one minute-rollup
row per tag and minute for 30 days (8.64 M rows; --quick: 3 days, 864 k), written with raw
`sqlite3.executemany`, one transaction per tag. Timed:

- export: `bundle_export.export_bundle(full=True)` — every row read through SQLAlchemy, written
  as CSV with the tag's name, deflated, hashed, signed, then the whole bundle read back and
  verified (decompressed and hashed again) before it gets its name;
- reference: the same minute rows copied into a scratch database (`CREATE TABLE … AS SELECT`)
  and that database written out with `VACUUM INTO` — SQLite copying pages, no formatting, no
  compression, no verification.

Goal: export / reference ≤ 25 (Python formats each row as text; the reference copies pages).
Also reported: rows/s, MB written by each, peak RSS before and after the export (the export
streams: it must not grow with the month).

    .venv/bin/python -m bench.bundle_export [--quick]
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import (
    Outcome,
    cpu_seconds,
    current_rss_mb,
    float_tags,
    fresh_database,
    insert_configuration,
    parse_args,
    peak_rss_mb,
    report,
)
from desktop_app.services.bundle_export import export_bundle, site_key_info
from desktop_app.services.database import open_database
from domain.instruments import BusConfig, BusKind, DeviceConfig
from domain.roles import SYSTEM
from storage.data_dir import database_path

GOAL = 25.0
TAGS = 200
START_MS = 1_793_462_400_000  # 2026-11-01 00:00 UTC
MINUTE_MS = 60_000
INSERT = (
    "INSERT INTO rollup_1min (tag_id, bucket, min, max, sum, first, first_ts, last, last_ts,"
    " count, valid_count, consumption, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def configuration() -> list[BusConfig]:
    devices = tuple(
        DeviceConfig(
            id=d, bus_id=1, name=f"meter{d}", unit_id=d, tags=float_tags(d, d * 20 - 19, 20)
        )
        for d in range(1, TAGS // 20 + 1)
    )
    return [BusConfig(id=1, name="bus", kind=BusKind.MODBUS_TCP, host="x", devices=devices)]


def fill(path: Path, minutes: int) -> tuple[int, float]:
    engine = fresh_database(path)
    insert_configuration(engine, configuration())
    engine.dispose()
    rng = np.random.default_rng(1)
    buckets = START_MS + np.arange(minutes, dtype=np.int64) * MINUTE_MS
    connection = sqlite3.connect(path, isolation_level=None)
    started = time.perf_counter()
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        for tag_id in range(1, TAGS + 1):
            mean = 400.0 + 150.0 * np.sin(np.arange(minutes) / 1440 * 2 * np.pi)
            mean += rng.normal(0.0, 5.0, minutes)
            low, high = mean - rng.random(minutes) * 3, mean + rng.random(minutes) * 3
            rows = zip(
                [tag_id] * minutes, buckets.tolist(), low.tolist(), high.tolist(),
                (mean * 60).tolist(), mean.tolist(), (buckets + 500).tolist(), mean.tolist(),
                (buckets + 59_500).tolist(), [60] * minutes, [60] * minutes, [None] * minutes,
                [0] * minutes, strict=True,
            )  # fmt: skip
            connection.execute("BEGIN")
            connection.executemany(INSERT, rows)
            connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return TAGS * minutes, time.perf_counter() - started


def vacuum_into(path: Path, scratch: Path, out: Path) -> tuple[float, float]:
    """Copy the minute rows into a scratch database, then VACUUM INTO; (copy s, vacuum s)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS scratch", (str(scratch),))
        started = time.perf_counter()
        connection.execute("CREATE TABLE scratch.rollup_1min AS SELECT * FROM main.rollup_1min")
        copied = time.perf_counter()
        connection.execute("VACUUM scratch INTO ?", (str(out),))
        return copied - started, time.perf_counter() - copied
    finally:
        connection.close()


def main() -> None:
    args = parse_args(__doc__ or "")
    started_cpu = cpu_seconds()
    days = 3 if args.quick else 30
    with tempfile.TemporaryDirectory(prefix="qy-bundle-") as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        rows, fill_s = fill(database_path(data_dir), days * 1440)
        copy_s, vacuum_s = vacuum_into(
            database_path(data_dir), Path(tmp) / "scratch.sqlite3", Path(tmp) / "vacuum.sqlite3"
        )
        vacuum_mb = (Path(tmp) / "vacuum.sqlite3").stat().st_size / 1e6
        database = open_database(data_dir)
        with database.transaction() as session:
            site_key_info(session, data_dir)
        rss_before = current_rss_mb()
        peak_before = peak_rss_mb()
        started = time.perf_counter()
        with database.transaction() as session:
            result = export_bundle(session, SYSTEM, data_dir, Path(tmp) / "usb", full=True)
        export_s = time.perf_counter() - started
        database.close()
    reference_s = copy_s + vacuum_s
    ratio = export_s / reference_s
    report(
        Outcome(
            name="bundle_export",
            ratio=ratio,
            ratio_label="export / (copy + VACUUM INTO) (seconds)",
            goal=f"<= {GOAL:.0f}",
            met=ratio <= GOAL,
            figures={
                "tags, days, minute rows": f"{TAGS}, {days}, {rows:,}",
                "fill rows/s (executemany)": rows / fill_s,
                "export s (read, CSV, deflate, sign, read back + verify)": export_s,
                "export rows/s": rows / export_s,
                "bundle MB written": result.bytes / 1e6,
                "bundle files": result.files,
                "reference: copy s": copy_s,
                "reference: VACUUM INTO s": vacuum_s,
                "reference MB written (VACUUM INTO)": vacuum_mb,
                "RSS before export MB": rss_before,
                "peak RSS before export MB": peak_before,
                "peak RSS after export MB": peak_rss_mb(),
            },
            notes=["the bundle is smaller than the page copy: deflated CSV vs SQLite pages"],
        ),
        started_cpu,
    )


if __name__ == "__main__":
    main()

"""End-to-end ingest: readings/s through StorageWriter vs raw sqlite3.executemany, and the memory
of headless acquisition.

Part 1 — throughput. 2,000 tags polled as 4 devices of 500 tags: ReadingBatch objects of 500
readings (as the pollers emit them) are handed to `StorageWriter.submit`, timed until `flush()`
returns. Reference: `sqlite3.executemany` of the identical (tag_id, ts, value, quality) tuples,
with the same INSERT … ON CONFLICT DO NOTHING, in transactions of the same size, into an
identical fresh database (make_engine + upgrade_to_head, the same pragmas read back from the
application's connection). The input is built before timing in both cases. Goal: ratio ≥ 0.5.
Also CPU seconds per million readings (the process's CPU, writer thread included).

Part 2 — memory. A separate process acquires 2,000 tags (20 simulated TCP devices × 100 float32
tags, 1 s interval) through AcquisitionEngine + StorageWriter; its peak RSS (VmHWM) against
the 150 MB budget of headless acquisition.

Part 3 — disk load. Disk writes (ru_oublock) are reported for parts 1 and 2, and for a default
StorageWriter fed 2,000 readings once a second (real time) over a table that already holds
160 s of history per tag: with PRIMARY KEY (tag_id, ts) every commit rewrites about one leaf
page per tag it touches once the table has grown, so the bytes written per reading depend on
rows per tag per transaction, and the bulk rate falls as the table grows (compare the --quick
run, 100k readings, with the normal one).

    .venv/bin/python -m bench.ingest [--quick]
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import (
    Child,
    Outcome,
    cpu_seconds,
    disk_writes_mb,
    float_tags,
    fresh_database,
    insert_configuration,
    parse_args,
    report,
)
from domain.instruments import BusConfig, BusKind, DeviceConfig
from domain.quality import Quality
from domain.readings import Reading, ReadingBatch
from storage.engine import make_engine
from storage.writer import StorageWriter

GOAL = 0.5
RSS_BUDGET_MB = 150.0
TAGS = 2_000
TAGS_PER_BATCH = 500
ROWS_PER_TRANSACTION = 5_000
"""StorageWriter's default `max_rows`; passed explicitly so both sides use the same size."""
BASE_TS = 1_767_225_600_000  # 2026-01-01 00:00 UTC, in ms
INSERT = (
    "INSERT INTO readings (tag_id, ts, value, quality) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"
)


def configuration() -> list[BusConfig]:
    devices = tuple(
        DeviceConfig(
            id=d,
            bus_id=1,
            name=f"dev{d}",
            unit_id=d,
            tags=float_tags(d, 1 + TAGS_PER_BATCH * (d - 1), TAGS_PER_BATCH),
        )
        for d in range(1, TAGS // TAGS_PER_BATCH + 1)
    )
    return [BusConfig(id=1, name="bus", kind=BusKind.MODBUS_TCP, host="x", devices=devices)]


def scans_for(readings: int) -> int:
    return readings // TAGS


def rows(scans: int) -> list[tuple[int, int, float, int]]:
    good = int(Quality.GOOD)
    return [
        (tag, BASE_TS + 1000 * scan, tag * 0.25 + scan, good)
        for scan in range(scans)
        for tag in range(1, TAGS + 1)
    ]


def batches(scans: int, first_scan: int = 0) -> list[ReadingBatch]:
    out: list[ReadingBatch] = []
    for scan in range(first_scan, first_scan + scans):
        ts = BASE_TS + 1000 * scan
        for device in range(TAGS // TAGS_PER_BATCH):
            first = 1 + device * TAGS_PER_BATCH
            readings = tuple(
                Reading(tag, ts, tag * 0.25 + scan, Quality.GOOD)
                for tag in range(first, first + TAGS_PER_BATCH)
            )
            out.append(ReadingBatch(1, device + 1, readings, None, 1.0))
    return out


@dataclass(frozen=True)
class Timing:
    readings: int
    wall_s: float
    cpu_s: float
    disk_mb: float

    @property
    def rate(self) -> float:
        return self.readings / self.wall_s

    @property
    def cpu_per_million(self) -> float:
        return self.cpu_s / (self.readings / 1e6)


def _stored(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM readings").fetchone()[0])


def run_reference(path: Path, scans: int) -> Timing:
    """Raw sqlite3 with the application's pragmas, equal-sized transactions."""
    engine = fresh_database(path)
    insert_configuration(engine, configuration())
    with engine.connect() as sa:
        pragmas = {
            name: sa.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    engine.dispose()
    data = rows(scans)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for name, value in pragmas.items():
            connection.execute(f"PRAGMA {name}={value}")
        cpu_before, disk_before = cpu_seconds(), disk_writes_mb()
        started = time.perf_counter()
        for first in range(0, len(data), ROWS_PER_TRANSACTION):
            connection.execute("BEGIN")
            connection.executemany(INSERT, data[first : first + ROWS_PER_TRANSACTION])
            connection.execute("COMMIT")
        timing = Timing(
            len(data),
            time.perf_counter() - started,
            cpu_seconds() - cpu_before,
            disk_writes_mb() - disk_before,
        )
        if _stored(connection) != len(data):
            raise RuntimeError("reference: not every row was stored")
    finally:
        connection.close()
    return timing


def run_writer(path: Path, scans: int) -> Timing:
    """StorageWriter.submit of poller-shaped batches, until flush() returns."""
    engine = fresh_database(path)
    insert_configuration(engine, configuration())
    data = batches(scans)
    total = sum(len(b.readings) for b in data)
    writer = StorageWriter(engine, max_rows=ROWS_PER_TRANSACTION)
    writer.start()
    try:
        cpu_before, disk_before = cpu_seconds(), disk_writes_mb()
        started = time.perf_counter()
        for batch in data:
            if not writer.submit(batch):
                raise RuntimeError("the writer's queue was full")
        if not writer.flush(timeout_s=600.0):
            raise RuntimeError("flush did not finish")
        timing = Timing(
            total,
            time.perf_counter() - started,
            cpu_seconds() - cpu_before,
            disk_writes_mb() - disk_before,
        )
    finally:
        stats = writer.stop()
        engine.dispose()
    if stats.written != total or stats.dropped:
        raise RuntimeError(f"writer stored {stats.written} of {total}, dropped {stats.dropped}")
    return timing


@dataclass(frozen=True)
class WriteLoad:
    history_rows: int
    bytes_per_row: float
    readings: int
    seconds: float
    disk_mb: float

    @property
    def mb_per_s(self) -> float:
        return self.disk_mb / self.seconds

    @property
    def amplification(self) -> float:
        return self.disk_mb * 1e6 / (self.readings * self.bytes_per_row)


def realtime_write_load(path: Path, history_scans: int, seconds: int) -> WriteLoad:
    """2,000 tags at 1 Hz through a default StorageWriter, over a table that has some history.

    Once every tag has about a leaf page of history, each commit rewrites one page per tag it
    touches; this is the disk load of a running site, which a fresh table does not show.
    """
    engine = fresh_database(path)
    insert_configuration(engine, configuration())
    engine.dispose()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        connection.executemany(INSERT, rows(history_scans))
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    bytes_per_row = path.stat().st_size / (history_scans * TAGS)
    per_scan = TAGS // TAGS_PER_BATCH
    live = batches(seconds, first_scan=history_scans)
    engine = make_engine(path)
    writer = StorageWriter(engine)  # the application's defaults
    writer.start()
    try:
        disk_before, started = disk_writes_mb(), time.monotonic()
        for second in range(seconds):
            for batch in live[per_scan * second : per_scan * (second + 1)]:
                writer.submit(batch)
            time.sleep(max(0.0, started + second + 1 - time.monotonic()))
        writer.flush(timeout_s=60.0)
        load = WriteLoad(
            history_scans * TAGS,
            bytes_per_row,
            seconds * TAGS,
            time.monotonic() - started,
            disk_writes_mb() - disk_before,
        )
    finally:
        writer.stop()
        engine.dispose()
    return load


def headless_memory(seconds: float, directory: Path) -> dict[str, object]:
    devices, tags = 20, 100
    server_args = ["tcp", "--devices", str(devices), "--tags", str(tags)]
    with Child("bench.sim_servers", *server_args) as servers:
        ports = ",".join(str(p) for p in servers.info["ports"])
        child_args = ["--ports", ports, "--tags", str(tags), "--seconds", str(seconds)]
        db = str(directory / "headless.sqlite3")
        with Child(
            "bench.acquire_child", *child_args, "--db", db, ready_timeout_s=seconds + 60.0
        ) as child:
            return child.info


def main() -> None:
    args = parse_args(__doc__ or "")
    started_cpu = cpu_seconds()
    readings = 100_000 if args.quick else 1_000_000
    repeats = 1 if args.quick else 2
    scans = scans_for(readings)
    references: list[Timing] = []
    writers: list[Timing] = []
    with tempfile.TemporaryDirectory(prefix="qy-ingest-") as tmp:
        directory = Path(tmp)
        for repeat in range(repeats):  # alternate, keep the best of each
            references.append(run_reference(directory / f"ref{repeat}.sqlite3", scans))
            writers.append(run_writer(directory / f"writer{repeat}.sqlite3", scans))
        load = realtime_write_load(directory / "load.sqlite3", 160, 4 if args.quick else 15)
        memory = headless_memory(5.0 if args.quick else 20.0, directory)
    reference = max(references, key=lambda t: t.rate)
    writer = max(writers, key=lambda t: t.rate)
    ratio = writer.rate / reference.rate
    rss = float(memory["peak_rss_mb"])  # type: ignore[arg-type]
    report(
        Outcome(
            name="ingest",
            ratio=ratio,
            ratio_label="StorageWriter / raw executemany readings/s",
            goal=f">= {GOAL}, headless RSS <= {RSS_BUDGET_MB:.0f} MB",
            met=ratio >= GOAL and rss <= RSS_BUDGET_MB,
            figures={
                "readings per run": reference.readings,
                "tags / readings per batch / rows per transaction": f"{TAGS} / "
                f"{TAGS_PER_BATCH} / {ROWS_PER_TRANSACTION}",
                "runs (best kept)": repeats,
                "raw executemany readings/s": reference.rate,
                "raw executemany CPU s per million": reference.cpu_per_million,
                "raw executemany disk writes MB": reference.disk_mb,
                "StorageWriter readings/s": writer.rate,
                "StorageWriter CPU s per million": writer.cpu_per_million,
                "StorageWriter disk writes MB": writer.disk_mb,
                "ratio writer/raw": ratio,
                "real time, 2000 tags at 1 Hz: history rows": load.history_rows,
                "real time: disk writes MB/s": load.mb_per_s,
                "real time: projected GB written per day": load.mb_per_s * 86.4,
                "real time: write amplification (disk bytes / stored row bytes)": (
                    load.amplification
                ),
                "headless: tags, seconds": f"{memory['tags']}, {memory['seconds']}",
                "headless: readings written / dropped": f"{memory['written']} / "
                f"{memory['dropped']}",
                "headless: polls / failed": f"{memory['polls']} / {memory['failed_polls']}",
                "headless: threads": str(memory["threads"]),
                "headless: RSS before acquisition MB": str(memory["rss_before_acquisition_mb"]),
                "headless: peak RSS MB (budget 150)": rss,
                "headless: CPU s": str(memory["cpu_s"]),
                "headless: disk writes MB": str(memory["disk_writes_mb"]),
            },
        ),
        started_cpu,
    )


if __name__ == "__main__":
    main()

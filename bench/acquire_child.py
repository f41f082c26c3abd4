"""Helper process for bench.ingest: headless acquisition of N TCP devices into SQLite.

    python -m bench.acquire_child --ports 40001,40002 --tags 100 --seconds 20 --db /tmp/x.sqlite3

Migrates a fresh database, stores the configuration, runs AcquisitionEngine + StorageWriter for
`--seconds` and prints one JSON line: its own peak RSS (VmHWM), RSS before acquisition
started, CPU seconds, disk writes, readings written and failed polls. It is a process of its
own so that its peak RSS is that of headless acquisition only (the devices run elsewhere).
"""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path

from bench.common import (
    LOOPBACK,
    BatchRecorder,
    answer,
    cpu_seconds,
    current_rss_mb,
    disk_writes_mb,
    float_tags,
    fresh_database,
    insert_configuration,
    peak_rss_mb,
)
from domain.instruments import BusConfig, BusKind, DeviceConfig
from drivers.engine import AcquisitionEngine
from storage.writer import StorageWriter


def buses_for(ports: list[int], tags: int, interval_s: float) -> list[BusConfig]:
    return [
        BusConfig(
            id=index,
            name=f"tcp{index}",
            kind=BusKind.MODBUS_TCP,
            host=LOOPBACK,
            port=port,
            devices=(
                DeviceConfig(
                    id=index,
                    bus_id=index,
                    name=f"dev{index}",
                    unit_id=1,
                    poll_interval_s=interval_s,
                    tags=float_tags(index, 1 + tags * (index - 1), tags),
                ),
            ),
        )
        for index, port in enumerate(ports, start=1)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ports", required=True)
    parser.add_argument("--tags", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    buses = buses_for([int(p) for p in args.ports.split(",")], args.tags, args.interval)
    database = fresh_database(Path(args.db))
    insert_configuration(database, buses)
    writer = StorageWriter(database)
    recorder = BatchRecorder(forward=writer.submit)
    engine = AcquisitionEngine(buses, recorder)
    rss_ready = current_rss_mb()
    cpu_before, disk_before = cpu_seconds(), disk_writes_mb()
    writer.start()
    engine.start()
    threads = threading.active_count()
    time.sleep(args.seconds)
    engine.stop()
    flushed = writer.flush(timeout_s=30.0)
    stats = writer.stop()
    database.dispose()
    records = recorder.records()
    answer(
        {
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "rss_before_acquisition_mb": round(rss_ready, 1),
            "cpu_s": round(cpu_seconds() - cpu_before, 2),
            "disk_writes_mb": round(disk_writes_mb() - disk_before, 1),
            "seconds": args.seconds,
            "tags": sum(len(d.tags) for b in buses for d in b.devices),
            "threads": threads,
            "polls": len(records),
            "failed_polls": sum(1 for r in records if r.failed),
            "written": stats.written,
            "dropped": stats.dropped,
            "flushed": flushed,
        }
    )


if __name__ == "__main__":
    main()

"""Helper process for test_crash: a StorageWriter fed readings without end, until it is killed.

    python -m tests.storage.crash_child DB PLAIN_TAG COUNTER_TAG FIRST_TS

Every 200 scans it prints how many readings are committed. A counter that reboots now and then,
late readings (slow path) and re-sent duplicates keep every code path busy when the kill comes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from domain.readings import Reading, ReadingBatch
from storage.engine import make_engine
from storage.staging import StagingPolicy
from storage.writer import StorageWriter


def main() -> None:
    database, plain, counter, first = sys.argv[1], *map(int, sys.argv[2:5])
    writer = StorageWriter(
        make_engine(Path(database)),
        max_rows=300,
        max_delay_s=0.02,
        staging=StagingPolicy(min_interval_s=0.05, max_interval_s=0.1, max_rows=700),
    )
    writer.start()
    value = 0.0
    for scan in range(1, 10**9):
        ts = first + scan * 1000
        value = 2.0 if scan % 97 == 0 else value + 1.5
        readings = [Reading(plain, ts, float(scan % 13)), Reading(counter, ts, value % 1000.0)]
        if scan % 53 == 0:
            readings.append(Reading(counter, ts - 6500, value - 3.0))  # late, new
            readings.append(Reading(plain, ts - 3000, -1.0))  # a re-sent duplicate
        writer.submit(ReadingBatch(1, 1, tuple(readings)))
        if scan % 200 == 0:
            print(writer.stats().written, flush=True)
            time.sleep(0.01)


if __name__ == "__main__":
    main()

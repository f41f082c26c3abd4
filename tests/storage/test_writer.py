"""The writer thread batches readings, keeps them while a commit fails, drains on stop."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Engine

from domain.quality import Quality
from domain.readings import Reading, ReadingBatch
from storage.engine import make_engine, make_session_factory
from storage.readings import count_readings, latest_by_tag
from storage.writer import StorageWriter


def batch(tag_ids: list[int], ts: int, value: float = 1.0) -> ReadingBatch:
    return ReadingBatch(1, 1, tuple(Reading(t, ts, value + t) for t in tag_ids))


def stored(engine: Engine) -> int:
    with make_session_factory(engine)() as session:
        return count_readings(session)


def test_everything_submitted_is_written_once(engine: Engine, tag_ids: list[int]) -> None:
    writer = StorageWriter(engine, max_rows=50, max_delay_s=0.05)
    writer.start()
    for ts in range(1000):
        writer.submit(batch(tag_ids, ts))
    writer.submit(batch(tag_ids, 5))  # a duplicate (tag, time) is ignored, not an error
    assert writer.flush()
    stats = writer.stop()
    assert stats.written == stats.submitted - len(tag_ids)
    assert stats.duplicates == len(tag_ids)
    assert stored(engine) == 1000 * len(tag_ids)
    assert stats.dropped == 0
    assert not writer.is_alive


def test_failure_quality_and_missing_value_are_kept(engine: Engine, tag_ids: list[int]) -> None:
    writer = StorageWriter(engine)
    writer.start()
    writer.submit(
        ReadingBatch(1, 1, (Reading(tag_ids[0], 10, None, Quality.COMM_FAILURE),), error="timeout")
    )
    writer.stop()
    with make_session_factory(engine)() as session:
        latest = latest_by_tag(session)
    assert latest[tag_ids[0]].value is None
    assert latest[tag_ids[0]].quality is Quality.COMM_FAILURE


def test_locked_database_keeps_rows_until_it_frees(engine: Engine, tag_ids: list[int]) -> None:
    """Another process holds the write lock: nothing is lost, rows land when it lets go."""
    database_file = engine.url.database
    engine = make_engine(Path(database_file), busy_timeout_ms=50)
    blocker = sqlite3.connect(database_file, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    writer = StorageWriter(engine, max_delay_s=0.05)
    writer.start()
    for ts in range(100):
        writer.submit(batch(tag_ids, ts))
    failed = threading.Event()
    for _ in range(100):
        if writer.stats().failed_commits:
            failed.set()
            break
        failed.wait(0.05)
    assert failed.is_set(), "the writer should have met the lock"
    assert writer.stats().backlog == 100 * len(tag_ids)
    blocker.execute("ROLLBACK")
    blocker.close()
    assert writer.flush(timeout_s=15)
    stats = writer.stop()
    assert stats.dropped == 0
    assert stored(engine) == 100 * len(tag_ids)


def test_queue_overflow_is_counted_not_silent(engine: Engine, tag_ids: list[int]) -> None:
    writer = StorageWriter(engine, queue_batches=3)  # not started: nothing drains the queue
    results = [writer.submit(batch(tag_ids, ts)) for ts in range(5)]
    assert results == [True, True, True, False, False]
    assert writer.stats().dropped == 2 * len(tag_ids)
    writer.start()
    stats = writer.stop()
    assert stats.written == 3 * len(tag_ids)


def test_rows_beyond_memory_go_to_the_spool_and_arrive_in_order(
    engine: Engine, tag_ids: list[int], tmp_path: Path
) -> None:
    locked_engine = make_engine(Path(engine.url.database), busy_timeout_ms=50)
    blocker = sqlite3.connect(engine.url.database, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    spool = tmp_path / "spool" / "readings.spool"
    writer = StorageWriter(locked_engine, max_delay_s=0.05, max_memory_rows=60, spool_path=spool)
    writer.start()
    for ts in range(100):
        writer.submit(batch(tag_ids, ts))
    ready = threading.Event()
    for _ in range(200):
        if writer.stats().spooled:
            ready.set()
            break
        ready.wait(0.05)
    assert ready.is_set() and spool.exists()
    assert writer.stats().backlog == 300
    blocker.execute("ROLLBACK")
    blocker.close()
    assert writer.flush(timeout_s=15)
    stats = writer.stop()
    assert (stats.written, stats.dropped, stats.spooled) == (300, 0, 0)
    assert stored(engine) == 300 and not spool.exists()


def test_rows_left_at_shutdown_wait_in_the_spool_for_the_next_start(
    engine: Engine, tag_ids: list[int], tmp_path: Path
) -> None:
    spool = tmp_path / "readings.spool"
    blocker = sqlite3.connect(engine.url.database, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    first = StorageWriter(
        make_engine(Path(engine.url.database), busy_timeout_ms=20),
        max_delay_s=0.05,
        spool_path=spool,
    )
    first.start()
    for ts in range(10):
        first.submit(batch(tag_ids, ts))
    stats = first.stop()
    assert (stats.written, stats.dropped, stats.spooled) == (0, 0, 30)
    blocker.execute("ROLLBACK")
    blocker.close()

    second = StorageWriter(engine, spool_path=spool)
    assert second.stats().backlog == 30
    second.start()
    assert second.flush()
    assert second.stop().written == 30
    assert stored(engine) == 30


def test_without_a_usable_spool_the_loss_is_counted(
    engine: Engine, tag_ids: list[int], tmp_path: Path
) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    blocker = sqlite3.connect(engine.url.database, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    writer = StorageWriter(
        make_engine(Path(engine.url.database), busy_timeout_ms=20),
        max_delay_s=0.05,
        max_memory_rows=10,
        spool_path=not_a_dir / "readings.spool",
    )
    writer.start()
    for ts in range(10):
        writer.submit(batch(tag_ids, ts))
    stats = writer.stop()
    blocker.execute("ROLLBACK")
    blocker.close()
    assert stats.dropped == 30 and stats.written == 0
    assert "spool" in (stats.last_error or "")

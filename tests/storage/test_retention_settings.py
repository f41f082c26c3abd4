"""The retention policy is stored in the database it governs, and a running writer applies a
changed one at once."""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text

from domain.readings import Reading, ReadingBatch, now_ms
from storage.retention import RetentionPolicy
from storage.retention_settings import load_retention_policy, save_retention_policy
from storage.writer import StorageWriter

DAY = 86_400_000


def store_raw(engine: Engine, value: str) -> None:
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM storage_meta WHERE key = 'retention_policy'"))
        connection.execute(
            text("INSERT INTO storage_meta (key, value) VALUES ('retention_policy', :v)"),
            {"v": value},
        )


def load(engine: Engine) -> RetentionPolicy:
    with engine.connect() as connection:
        return load_retention_policy(connection)


def test_nothing_stored_means_the_defaults(engine: Engine) -> None:
    assert load(engine) == RetentionPolicy()


def test_round_trip(engine: Engine) -> None:
    for policy in (
        RetentionPolicy(raw_days=365, max_database_gb=20.5, min_free_disk_gb=None),
        RetentionPolicy(raw_days=None, max_database_gb=None, min_free_disk_gb=2.0),
    ):
        with engine.begin() as connection:
            save_retention_policy(connection, policy)
        assert load(engine) == policy
    with engine.connect() as connection:  # saving replaces, it never adds a second row
        count = connection.execute(
            text("SELECT count(*) FROM storage_meta WHERE key = 'retention_policy'")
        ).scalar()
    assert count == 1


def test_a_missing_field_takes_its_default(engine: Engine) -> None:
    store_raw(engine, '{"raw_days": 400}')
    assert load(engine) == RetentionPolicy(raw_days=400)


def test_a_corrupt_value_means_the_defaults_and_a_warning(engine: Engine, caplog) -> None:
    for value in ("{not json", "[1, 2]", '{"raw_days": "ten"}', '{"max_database_gb": -3}', "NaN"):
        store_raw(engine, value)
        with caplog.at_level(logging.WARNING, logger="storage.retention_settings"):
            caplog.clear()
            assert load(engine) == RetentionPolicy()
        assert "retention policy" in caplog.text, value


def test_the_running_writer_applies_a_shorter_period(engine: Engine, tag_ids: list[int]) -> None:
    now = now_ms()
    old = [Reading(tag_ids[0], now - 200 * DAY + i * 60_000, 1.0) for i in range(30)]
    recent = [Reading(tag_ids[0], now - 10 * DAY + i * 60_000, 2.0) for i in range(30)]
    keep_all = RetentionPolicy(raw_days=None, min_free_disk_gb=None)
    writer = StorageWriter(engine, max_delay_s=0.05, retention=keep_all)
    writer.start()
    try:
        writer.submit(ReadingBatch(1, 1, tuple(old + recent)))
        assert writer.flush()
        assert raw_count(engine) == 60 and writer.stats().deleted == 0
        shorter = RetentionPolicy(raw_days=100, min_free_disk_gb=None)
        writer.set_retention(shorter)  # no waiting for the 5-minute maintenance interval
        assert writer.retention == shorter
        assert writer.flush()  # the flush's commit cycle ends with a retention step
        assert writer.stats().deleted == 30
    finally:
        stats = writer.stop()
    assert stats.deleted == 30
    assert raw_count(engine) == 30
    with engine.connect() as connection:
        oldest = connection.execute(text("SELECT min(ts) FROM readings")).scalar()
    assert oldest == recent[0].ts_ms


def raw_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM readings")).scalar())

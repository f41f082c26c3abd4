"""The writer lands readings in the staging table and merges them on a page-write budget."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import Engine, text

from domain.readings import Reading, ReadingBatch
from storage.staging import StagingPolicy, WriterState, begin_write, stage
from storage.writer import StorageWriter

T0 = 1_767_196_800_000


def counts(engine: Engine) -> tuple[int, int, int]:
    with engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar())
            for table in ("readings", "readings_staging", "rollup_1min")
        )


@pytest.mark.parametrize(("tags", "seconds"), [(10, 5.0), (50, 5.0), (2000, 200.0), (10**5, 300.0)])
def test_merges_are_spaced_to_keep_page_writes_under_the_budget(tags, seconds) -> None:
    assert StagingPolicy().merge_interval_s(tags) == seconds


def test_commits_go_to_staging_and_merges_follow_on_their_own(engine: Engine, tag_ids) -> None:
    policy = StagingPolicy(min_interval_s=0.3, max_interval_s=0.3)
    writer = StorageWriter(engine, max_delay_s=0.02, staging=policy)
    writer.start()
    writer.submit(ReadingBatch(1, 1, tuple(Reading(t, T0, 1.0) for t in tag_ids)))
    for _ in range(100):
        if writer.stats().staged == 3:
            break
        time.sleep(0.01)
    assert counts(engine) == (0, 3, 0)  # committed, safe, not yet in readings
    for _ in range(200):
        if counts(engine) == (3, 0, 3):
            break
        time.sleep(0.01)
    assert counts(engine) == (3, 0, 3)  # merged without a flush
    stats = writer.stop()
    assert (stats.written, stats.staged, stats.dropped) == (3, 0, 0)


def test_rows_a_killed_run_staged_are_merged_first_even_without_staging(
    engine: Engine, tag_ids
) -> None:
    with engine.begin() as connection:
        begin_write(connection)
        stage(connection, [(tag_ids[0], T0, 1.0, 0), (tag_ids[1], T0, 2.0, 0)], WriterState())
    writer = StorageWriter(engine, staging=StagingPolicy(enabled=False))
    assert writer.stats().staged == 0  # counted by the thread when it starts
    writer.start()
    writer.submit(
        ReadingBatch(1, 1, (Reading(tag_ids[0], T0, 9.0), Reading(tag_ids[0], T0 + 1, 3.0)))
    )
    assert writer.flush()
    stats = writer.stop()
    assert counts(engine) == (3, 0, 2)
    assert (stats.written, stats.duplicates) == (3, 1)
    with engine.connect() as connection:
        assert (
            connection.execute(
                text("SELECT value FROM readings WHERE tag_id = :t AND ts = :ts"),
                {"t": tag_ids[0], "ts": T0},
            ).scalar()
            == 1.0
        )  # the staged reading arrived first

"""History queries: the resolution that fits, gaps left as gaps, staged readings included."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
from sqlalchemy import Engine, text

from domain.quality import Quality
from domain.readings import Reading, ReadingBatch
from storage.engine import make_session_factory
from storage.history import Step, bucket_series, choose_step, consumption, history
from storage.rollups import MINUTE
from storage.staging import StagingPolicy
from storage.writer import StorageWriter

HOUR = 3_600_000
DAY = 24 * HOUR
YEAR = 365 * DAY
T0 = 1_767_196_800_000  # 2026-01-01 00:00 at UTC+8
NO_MERGE = StagingPolicy(min_interval_s=3600, max_interval_s=3600)


@pytest.mark.parametrize(
    ("span", "pixels", "step"),
    [
        (YEAR, 1500, Step.HOUR),  # 8760 hours fill 1500 px; 365 days would not
        (10 * YEAR, 1500, Step.DAY),
        (7 * DAY, 1500, Step.MINUTE),
        (DAY, 1500, Step.RAW),
        (DAY, 24, Step.HOUR),
        (30 * 60_000, 1500, Step.RAW),
    ],
)
def test_auto_picks_the_coarsest_resolution_that_fills_the_plot(span, pixels, step) -> None:
    assert choose_step(T0, T0 + span, pixels) is step


def test_where_raw_readings_were_deleted_auto_falls_back_to_minutes() -> None:
    assert choose_step(T0, T0 + DAY, 1500, horizon_ms=T0 + HOUR) is Step.MINUTE
    assert choose_step(T0 + 2 * HOUR, T0 + DAY, 1500, horizon_ms=T0 + HOUR) is Step.RAW


def write(engine: Engine, readings: list[Reading], **kwargs) -> StorageWriter:
    writer = StorageWriter(engine, max_delay_s=0.05, **kwargs)
    writer.start()
    writer.submit(ReadingBatch(1, 1, tuple(readings)))
    return writer


def test_buckets_carry_statistics_and_gaps_stay_missing(engine: Engine, tag_ids) -> None:
    tag = tag_ids[0]
    readings = [Reading(tag, T0 + i * 1000, float(i)) for i in range(120)]  # two full minutes
    readings.append(Reading(tag, T0 + 10 * 60_000, None, Quality.COMM_FAILURE))  # a failed poll
    readings.append(Reading(tag, T0 + 11 * 60_000, 7.0, Quality.OUT_OF_RANGE))
    writer = write(engine, readings)
    assert writer.flush()
    writer.stop()
    with make_session_factory(engine)() as session:
        minutes = history(session, tag, T0, T0 + HOUR, "1min")
        hours = history(session, tag, T0, T0 + DAY, "auto", pixels=10)
    assert minutes.step is Step.MINUTE
    assert minutes.t.tolist() == [T0, T0 + 60_000, T0 + 10 * 60_000, T0 + 11 * 60_000]
    assert minutes.value[:2].tolist() == [29.5, 89.5]
    assert minutes.min[:2].tolist() == [0.0, 60.0] and minutes.max[:2].tolist() == [59.0, 119.0]
    assert minutes.count.tolist() == [60, 60, 1, 1]
    assert minutes.valid_count.tolist() == [60, 60, 0, 0]
    assert math.isnan(minutes.value[2]) and math.isnan(minutes.value[3])  # nothing valid: no value
    assert minutes.valid_fraction.tolist() == [1.0, 1.0, 0.0, 0.0]
    assert hours.step is Step.HOUR and hours.count.tolist() == [122]
    assert hours.value[0] == pytest.approx(59.5)


def test_staged_readings_show_before_the_merge_exactly_as_after(engine: Engine, tag_ids) -> None:
    plain, counter = tag_ids[0], tag_ids[1]
    with engine.begin() as connection:
        connection.execute(text("UPDATE tags SET is_counter = 1 WHERE id = :t"), {"t": counter})
    first = [Reading(t, T0 + i * 1000, 10.0 + i) for i in range(90) for t in (plain, counter)]
    writer = write(engine, first, staging=NO_MERGE)
    assert writer.flush()  # merged: the first 90 s are stored
    later = [Reading(t, T0 + i * 1000, 10.0 + i) for i in range(90, 200) for t in (plain, counter)]
    writer.submit(ReadingBatch(1, 1, tuple(later)))
    for _ in range(200):  # not flush(): that would merge
        if writer.stats().staged == 220:
            break
        time.sleep(0.02)
    sessions = make_session_factory(engine)

    def snapshot():
        with sessions() as session:
            return (
                history(session, plain, T0, T0 + HOUR, "raw"),
                history(session, plain, T0, T0 + HOUR, "1min"),
                consumption(session, counter, T0, T0 + HOUR, "1h"),
                consumption(session, counter, T0 + 100_000, T0 + HOUR, "raw"),
            )

    with engine.connect() as connection:
        staged = connection.execute(text("SELECT count(*) FROM readings_staging")).scalar()
    before = snapshot()
    assert writer.flush()
    writer.stop()
    after = snapshot()
    assert staged == 220 and len(before[0]) == 200
    for a, b in zip(before, after, strict=True):
        assert a.step is b.step
        np.testing.assert_array_equal(a.t, b.t)
        for name in ("value", "min", "max", "count", "amount", "flags"):
            if hasattr(a, name):
                np.testing.assert_allclose(getattr(a, name), getattr(b, name))
    assert after[2].amount.tolist() == [199.0]  # 10 → 209, one hour bucket
    assert after[3].amount.tolist() == [1.0] * 100


def test_bucket_series_of_an_unknown_range_is_empty(engine: Engine, tag_ids) -> None:
    with engine.connect() as connection:
        assert len(bucket_series(connection, tag_ids[0], MINUTE, T0, T0 + DAY)) == 0
    with make_session_factory(engine)() as session:
        assert len(consumption(session, tag_ids[0], T0, T0 + DAY, "raw")) == 0  # not a counter


def test_history_kept_only_as_hours_shows_as_hours_not_as_a_blank_screen(
    engine: Engine, tag_ids
) -> None:
    """Ten days arrived as hour rollups (a seeded or imported past), then a minute of live
    data: a 10-day view at 1,500 px would pick minutes and show one point at the right edge."""
    from storage.rollup_import import cover_with_horizon, write_rollups
    from storage.rollups import HOUR as HOUR_LEVEL

    tag = tag_ids[0]
    hours = [
        (
            tag,
            T0 + h * HOUR,
            1.0,
            3.0,
            2.0 * 3600,
            1.0,
            T0 + h * HOUR,
            3.0,
            T0 + h * HOUR,
            3600,
            3600,
            None,
            0,
        )
        for h in range(240)
    ]
    with engine.begin() as connection:
        write_rollups(connection, HOUR_LEVEL, hours)
        cover_with_horizon(connection, T0 + 240 * HOUR)
    live = [Reading(tag, T0 + 240 * HOUR + i * 1000, 5.0, Quality.GOOD) for i in range(60)]
    write(engine, live).stop()
    with make_session_factory(engine)() as session:
        shown = history(session, tag, T0, T0 + 241 * HOUR, pixels=1500)
        fine = history(session, tag, T0, T0 + 241 * HOUR, Step.MINUTE, pixels=1500)
    assert shown.step is Step.HOUR and len(shown.t) == 241
    assert np.allclose(shown.value[:240], 2.0) and shown.value[-1] == 5.0
    assert len(fine.t) == 1  # asked for minutes explicitly: minutes it is

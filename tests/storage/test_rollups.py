"""Rollups equal a brute-force computation, however readings arrive: in chunks, late, twice,
staged or direct, corrected afterwards; counters with resets, rollovers and meter swaps."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, event, text

from domain.consumption import FLAG_MANUAL, FLAG_REPLACEMENT, FLAG_RESET, CounterSpec
from domain.consumption import MeterReplacement as Swap
from domain.quality import Quality
from storage.engine import make_engine
from storage.history import bucket_series
from storage.migrate import upgrade_to_head
from storage.rollups import HOUR, rebuild_rollups, recompute_rollups, record_meter_replacement
from storage.staging import WriterState, begin_write, ingest, merge_staged, stage
from tests.storage.conftest import tag_ids as make_tags
from tests.storage.reference import (
    TABLES,
    Raw,
    assert_same_rollups,
    reference_rollups,
    stored_rollups,
)

OFFSET = 8 * 3_600_000
MIDNIGHT = 1_767_196_800_000  # 2026-01-01 00:00 at UTC+8, 16:00 UTC the day before
BASE = MIDNIGHT - 30 * 60_000  # half an hour before a local midnight
SPECS = {0: None, 1: CounterSpec(rollover=1000.0), 2: CounterSpec(max_rate=3.0)}


@pytest.fixture(scope="module")
def fast_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """A migrated database without fsync: property tests commit thousands of times."""
    engine = make_engine(tmp_path_factory.mktemp("rollups") / "db.sqlite3")
    upgrade_to_head(engine)
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA synchronous=OFF"))
    engine.dispose()
    ids = make_tags.__wrapped__(engine) if hasattr(make_tags, "__wrapped__") else None
    assert ids is None or len(ids) == 3
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def tags(fast_engine: Engine) -> list[int]:
    from storage.engine import make_session_factory
    from storage.models import Bus, Device, Site, Tag

    with make_session_factory(fast_engine).begin() as session:
        site = Site(code="R", name="r", created_ms=0)
        session.add(site)
        session.flush()
        bus = Bus(site_id=site.id, name="b", kind="modbus_tcp", host="h")
        session.add(bus)
        session.flush()
        device = Device(bus_id=bus.id, name="d", unit_id=1)
        session.add(device)
        session.flush()
        rows = [
            Tag(
                device_id=device.id,
                name=f"r{i}",
                register_type="holding_register",
                address=i,
                is_counter=SPECS[i] is not None,
                rollover=SPECS[i].rollover if SPECS[i] else None,
                max_rate=SPECS[i].max_rate if SPECS[i] else None,
            )
            for i in range(3)
        ]
        session.add_all(rows)
        session.flush()
        return [t.id for t in rows]


def reset(engine: Engine) -> None:
    with engine.begin() as connection:
        for table in ("readings", "readings_staging", "meter_replacements", *TABLES.values()):
            connection.execute(text(f"DELETE FROM {table}"))


def read_raw(engine: Engine) -> Raw:
    raw: Raw = {}
    with engine.connect() as connection:
        for tag_id, ts, value, quality in connection.execute(text("SELECT * FROM readings")):
            raw.setdefault(tag_id, {})[ts] = (value, quality)
    return raw


def expected(engine: Engine, tags: list[int], swaps: list[Swap]) -> dict:
    specs = {tags[i]: SPECS[i] for i in range(3)}
    return reference_rollups(read_raw(engine), specs, {tags[1]: swaps}, OFFSET)


@st.composite
def arrivals(draw):
    """Readings of a plain tag and two counters, then duplicates, shuffled and chunked."""
    minutes = st.sampled_from([*range(0, 75), 61 * 24, 60 * 24 * 2 + 7])
    rows = []
    for _ in range(draw(st.integers(1, 60))):
        tag = draw(st.integers(0, 2))
        ts = BASE + draw(minutes) * 60_000 + draw(st.integers(0, 59)) * 1000
        quality = draw(st.sampled_from([0, 0, 0, 0, 0, 1, 3, 5, 9]))
        if quality == 1:
            value = None
        elif tag == 0:
            value = draw(st.sampled_from([-2.5, 0.0, 1.0, 7.25, 100.0]))
        else:  # mostly rising with the clock, sometimes a reboot or a misread
            value = (ts - BASE) / 1000 * 0.05 + draw(st.sampled_from([0, 0, 0, 0.5, -400, 1e5]))
            value = max(value, 0.0) % 1000.0 if tag == 1 else max(value, 0.0)
        rows.append((tag, ts, value, quality))
    for index in draw(st.lists(st.integers(0, len(rows) - 1), max_size=5)):
        tag, ts, value, quality = rows[index]
        rows.append((tag, ts, None if value is None else value + 1.0, quality))
    order = draw(st.permutations(range(len(rows))))
    cuts = sorted(draw(st.lists(st.integers(1, max(1, len(rows) - 1)), max_size=4)))
    swaps = [
        Swap(BASE + m * 60_000 + 500, draw(st.sampled_from([100.0, 900.0])), 1.0)
        for m in draw(st.lists(st.sampled_from([5, 30, 70]), max_size=2, unique=True))
    ]
    steps = draw(
        st.lists(
            st.sampled_from(["direct", "stage", "stage+merge", "restart"]), min_size=6, max_size=6
        )
    )
    return [rows[i] for i in order], [0, *cuts, len(rows)], swaps, steps


def feed(engine: Engine, tags: list[int], rows, cuts, steps) -> WriterState:
    state = WriterState(day_offset_ms=OFFSET)
    for number, (lo, hi) in enumerate(pairwise(cuts)):
        chunk = [(tags[t], ts, v, q) for t, ts, v, q in rows[lo:hi]]
        step = steps[number % len(steps)]
        if step == "restart":
            state = WriterState(day_offset_ms=OFFSET)
        if step == "direct":  # as a writer without staging: what was staged goes first
            merge_all(engine, state)
        with engine.begin() as connection:
            begin_write(connection)
            if step == "direct":
                ingest(connection, chunk, state)
            else:
                stage(connection, chunk, state)
                if step == "stage+merge":
                    merge_staged(connection, state, 7)
    return state


def merge_all(engine: Engine, state: WriterState) -> None:
    while True:
        with engine.begin() as connection:
            begin_write(connection)
            moved = merge_staged(connection, state, 5).unstaged
        if not moved:
            return


def first_arrivals(tags: list[int], rows) -> Raw:
    raw: Raw = {}
    for t, ts, value, quality in rows:
        raw.setdefault(tags[t], {}).setdefault(ts, (value, quality))
    return raw


@settings(
    max_examples=70,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(arrivals())
def test_rollups_match_brute_force_however_readings_arrive(fast_engine, tags, case) -> None:
    rows, cuts, swaps, steps = case
    reset(fast_engine)
    with fast_engine.begin() as connection:
        for swap in swaps:
            connection.execute(
                text("INSERT INTO meter_replacements VALUES (:t, :ts, :old, :new, 'u', '', 0)"),
                {"t": tags[1], "ts": swap.ts_ms, "old": swap.old_final, "new": swap.new_start},
            )
    state = feed(fast_engine, tags, rows, cuts, steps)

    # before the merge: queries add the staged rows exactly as the merge will
    specs = {tags[i]: SPECS[i] for i in range(3)}
    whole = reference_rollups(first_arrivals(tags, rows), specs, {tags[1]: swaps}, OFFSET)
    with fast_engine.connect() as connection:
        for tag_id in tags:
            series = bucket_series(
                connection, tag_id, HOUR, BASE - 3_600_000, BASE + 4 * 86_400_000, OFFSET
            )
            got = {
                (tag_id, b): row[2:]
                for b, row in zip(series.bucket.tolist(), series.rows(), strict=True)
            }
            want = {k: v for k, v in whole["1h"].items() if k[0] == tag_id}
            assert_same_rollups(
                {"1min": {}, "1h": got, "1d": {}}, {"1min": {}, "1h": want, "1d": {}}
            )

    merge_all(fast_engine, state)
    assert read_raw(fast_engine) == first_arrivals(tags, rows)
    with fast_engine.connect() as connection:
        assert_same_rollups(stored_rollups(connection), expected(fast_engine, tags, swaps))


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(arrivals(), st.data())
def test_corrections_then_recompute_match_brute_force(fast_engine, tags, case, data) -> None:
    rows, cuts, _, _ = case
    reset(fast_engine)
    merge_all(fast_engine, feed(fast_engine, tags, rows, cuts, ["stage"]))
    stored = [(t, ts) for t, series in read_raw(fast_engine).items() for ts in series]
    changed = data.draw(st.lists(st.sampled_from(stored), max_size=4, unique=True))
    with fast_engine.begin() as connection:
        for number, (tag_id, ts) in enumerate(changed):
            if number % 2:
                connection.execute(
                    text("DELETE FROM readings WHERE tag_id = :t AND ts = :ts"),
                    {"t": tag_id, "ts": ts},
                )
            else:
                connection.execute(
                    text(
                        "UPDATE readings SET value = 5.5, quality = :q "
                        "WHERE tag_id = :t AND ts = :ts"
                    ),
                    {"t": tag_id, "ts": ts, "q": int(Quality.CORRECTED)},
                )
            recompute_rollups(connection, [tag_id], ts, ts)  # one instant, as services call it
    with fast_engine.connect() as connection:
        assert_same_rollups(stored_rollups(connection), expected(fast_engine, tags, []))
    with fast_engine.begin() as connection:
        rebuild_rollups(connection, day_offset_ms=OFFSET)
    with fast_engine.connect() as connection:
        assert_same_rollups(stored_rollups(connection), expected(fast_engine, tags, []))


def test_a_meter_swap_recorded_later_fixes_the_consumption(fast_engine, tags) -> None:
    reset(fast_engine)
    counter = tags[2]  # max_rate 3/s
    readings = [(counter, BASE + i * 10_000, 1000.0 + i, 0) for i in range(6)]
    readings += [(counter, BASE + (6 + i) * 10_000, 2.0 + i, 0) for i in range(6)]
    with fast_engine.begin() as connection:
        begin_write(connection)
        ingest(connection, readings, WriterState(day_offset_ms=OFFSET))
    day = "SELECT consumption, flags FROM rollup_1d WHERE tag_id = :t"
    with fast_engine.connect() as connection:
        before = connection.execute(text(day), {"t": counter}).one()
    assert before == (5.0 + 2.0 + 5.0, FLAG_RESET)  # the swap looked like a reboot
    with fast_engine.begin() as connection:
        record_meter_replacement(
            connection, counter, BASE + 55_000, 1007.0, 1.0,
            user_name="li", reason="meter swapped", now_ms=0, day_offset_ms=OFFSET,
        )  # fmt: skip
    with fast_engine.connect() as connection:
        after = connection.execute(text(day), {"t": counter}).one()
    assert after == (5.0 + (2.0 + 1.0) + 5.0, FLAG_REPLACEMENT)


def test_day_buckets_start_at_local_midnight_and_manual_values_are_flagged(
    fast_engine, tags
) -> None:
    reset(fast_engine)
    rows = [
        (tags[0], MIDNIGHT - 1000, 1.0, 0),
        (tags[0], MIDNIGHT, 2.0, int(Quality.MANUAL)),
        (tags[0], MIDNIGHT + 1000, None, int(Quality.COMM_FAILURE)),
    ]
    with fast_engine.begin() as connection:
        begin_write(connection)
        ingest(connection, rows, WriterState(day_offset_ms=OFFSET))
    with fast_engine.connect() as connection:
        days = connection.execute(
            text('SELECT bucket, "count", valid_count, "sum", flags FROM rollup_1d ORDER BY bucket')
        ).all()
    assert days == [
        (MIDNIGHT - 86_400_000, 1, 1, 1.0, 0),
        (MIDNIGHT, 2, 1, 2.0, FLAG_MANUAL),
    ]
    assert MIDNIGHT % 86_400_000 == 16 * 3_600_000  # 00:00 at UTC+8 is 16:00 UTC


def test_unknown_tags_and_duplicates_are_counted_not_fatal(fast_engine, tags) -> None:
    reset(fast_engine)
    state = WriterState(day_offset_ms=OFFSET)
    with fast_engine.begin() as connection:
        begin_write(connection)
        first = stage(connection, [(tags[0], BASE, 1.0, 0), (9999, BASE, 1.0, 0)], state)
        again = stage(connection, [(tags[0], BASE, 2.0, 0)], state)
    assert (first.staged, first.refused) == (1, 1)
    assert (again.staged, again.duplicates) == (0, 1)  # the staged one came first and is kept
    merge_all(fast_engine, state)
    assert read_raw(fast_engine) == {tags[0]: {BASE: (1.0, 0)}}


def _unused(path: Path) -> None:  # keeps the conftest import honest for type checkers
    del path

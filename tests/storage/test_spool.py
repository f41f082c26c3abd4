"""The spool keeps rows across a locked database, a shutdown and a crash mid-write."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.spool import MAGIC, ReadingSpool

ROWS = [(1, 1000, 2.5, 0), (2, 1000, None, 1), (1, 2000, -0.0, 0)]


def test_rows_round_trip_in_order_with_missing_values(tmp_path: Path) -> None:
    spool = ReadingSpool(tmp_path / "s" / "readings.spool")
    spool.append(ROWS[:2])
    spool.append(ROWS[2:])
    assert spool.rows == 3
    again = ReadingSpool(spool.path)  # a new process sees the same rows
    assert again.rows == 3
    contents = again.read_all()
    assert contents.rows == ROWS and contents.torn_bytes == 0
    again.clear()
    assert again.rows == 0 and not spool.path.exists()


def test_a_torn_tail_is_reported_and_the_rest_kept(tmp_path: Path) -> None:
    spool = ReadingSpool(tmp_path / "readings.spool")
    spool.append(ROWS[:2])
    spool.append(ROWS[2:])
    data = spool.path.read_bytes()
    spool.path.write_bytes(data[:-5])  # the crash cut the last record short
    contents = ReadingSpool(spool.path).read_all()
    assert contents.rows == ROWS[:2]
    assert contents.torn_bytes > 0


def test_a_flipped_byte_stops_replay_at_the_damaged_record(tmp_path: Path) -> None:
    spool = ReadingSpool(tmp_path / "readings.spool")
    spool.append(ROWS[:1])
    spool.append(ROWS[1:])
    data = bytearray(spool.path.read_bytes())
    data[-3] ^= 0xFF
    spool.path.write_bytes(bytes(data))
    assert ReadingSpool(spool.path).read_all().rows == ROWS[:1]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.booleans())
def test_any_file_content_reads_without_raising(tmp_path_factory, blob: bytes, magic: bool) -> None:
    path = tmp_path_factory.mktemp("spool") / "readings.spool"
    path.write_bytes((MAGIC if magic else b"") + blob)
    contents = ReadingSpool(path).read_all()
    assert contents.torn_bytes >= 0

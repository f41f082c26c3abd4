"""kill -9 at any moment leaves raw readings and rollups consistent, staged rows included."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from domain.consumption import CounterSpec
from storage.engine import make_engine
from storage.writer import StorageWriter
from tests.storage.reference import assert_same_rollups, reference_rollups, stored_rollups

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only"),
]
ROOT = Path(__file__).resolve().parents[2]
OFFSET = 8 * 3_600_000
T0 = 1_767_196_800_000


def consistent(path: Path, tags: list[int]) -> int:
    """Integrity holds and the rollups equal a brute-force computation from the raw readings."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = connection.execute("SELECT tag_id, ts, value, quality FROM readings").fetchall()
        staged = connection.execute("SELECT count(*) FROM readings_staging").fetchone()[0]
    raw: dict = {}
    for tag_id, ts, value, quality in rows:
        raw.setdefault(tag_id, {})[ts] = (value, quality)
    specs = {tags[0]: None, tags[1]: CounterSpec(rollover=1000.0)}
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            assert_same_rollups(
                stored_rollups(connection), reference_rollups(raw, specs, {}, OFFSET)
            )
    finally:
        engine.dispose()
    return int(staged)


def kill_mid_stream(path: Path, tags: list[int], first_ts: int, after: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", str(path), str(tags[0]),
         str(tags[1]), str(first_ts)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line, "the writer process ended by itself"
            if int(line) >= after:
                break
        time.sleep(random.uniform(0.0, 0.2))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL


def test_kill_9_mid_stream_leaves_rollups_equal_to_a_recompute(engine: Engine, tag_ids) -> None:
    tags = tag_ids[:2]
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE tags SET is_counter = 1, rollover = 1000 WHERE id = :t"), {"t": tags[1]}
        )
    path = Path(engine.url.database)
    engine.dispose()
    for round_number in range(3):
        kill_mid_stream(path, tags, T0 + round_number * 10**8, after=1500)
        consistent(path, tags)
    # the next start merges what the killed writers had staged: still consistent, nothing lost
    engine = make_engine(path)
    writer = StorageWriter(engine)
    writer.start()
    assert writer.flush()
    stats = writer.stop()
    engine.dispose()
    assert consistent(path, tags) == 0
    assert stats.staged == 0 and stats.dropped == 0

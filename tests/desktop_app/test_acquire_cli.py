"""Headless acquisition: stores demo readings, and survives SIGKILL with a sound database."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drivers.simulators.demo_plant_map import DEMO_BUSES

pytestmark = pytest.mark.slow


def qingyuan(data_dir: Path, demo_port: int, *args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "desktop_app",
        "--data-dir",
        str(data_dir),
        "--demo-port",
        str(demo_port),
        *args,
    ]


def stored_readings(data_dir: Path) -> int:
    """Readings on disk, merged or still staged; 0 while the first start is still migrating."""
    try:
        with sqlite3.connect(data_dir / "qingyuan.sqlite3", timeout=10) as connection:
            merged = connection.execute("SELECT count(*) FROM readings").fetchone()[0]
            staged = connection.execute("SELECT count(*) FROM readings_staging").fetchone()[0]
            return merged + staged
    except sqlite3.OperationalError:
        return 0


def test_acquire_on_an_empty_directory_stores_demo_readings(data_dir: Path, demo_port: int) -> None:
    done = subprocess.run(
        qingyuan(data_dir, demo_port, "acquire", "--seconds", "5"),
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    )
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["readings"] > 0
    assert summary["errors"] == 0
    assert summary["dropped"] == 0
    assert stored_readings(data_dir) == summary["readings"]
    assert "administrator 'admin' created" in done.stderr


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_mid_run_leaves_a_consistent_database(data_dir: Path, demo_port: int) -> None:
    process = subprocess.Popen(
        qingyuan(data_dir, demo_port, "acquire"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.5)
            if (data_dir / "qingyuan.sqlite3").exists() and stored_readings(data_dir) > 200:
                break
        else:
            pytest.fail("acquisition stored nothing within 60 s")
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(data_dir / "qingyuan.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    before = stored_readings(data_dir)

    again = subprocess.run(
        qingyuan(data_dir, demo_port, "acquire", "--seconds", "4"),
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    )
    summary = json.loads(again.stdout.strip().splitlines()[-1])
    assert summary["readings"] > 0
    assert stored_readings(data_dir) == before + summary["readings"]


def test_stats_counts_what_the_database_holds(data_dir: Path, demo_port: int) -> None:
    done = subprocess.run(
        qingyuan(data_dir, demo_port, "stats", "--json"),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    stats = json.loads(done.stdout)
    demo_tags = sum(len(d.tags) for b in DEMO_BUSES for d in b.devices)
    assert stats["tags"] == demo_tags and stats["users"] == 1 and stats["readings"] == 0
    assert stats["change_log_entries"] > stats["tags"]


def test_version_and_help() -> None:
    from desktop_app import __version__

    version = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"qingyuan {__version__}"
    helptext = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("acquire", "simulate", "screenshot", "stats"):
        assert command in helptext

"""kill -9 while an inspector fills a round: every reported answer and photo is there, each photo
row has its whole file, and the draft reopens where the inspector was."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.services.checklist_runs import (
    drafts,
    orphan_photos,
    photo_path,
    record_answer,
    run_view,
)
from desktop_app.services.checklist_templates import import_template
from desktop_app.services.database import open_database
from desktop_app.services.startup import open_site
from storage.data_dir import database_path
from tests.desktop_app.services.checklist_crash_child import value_of
from tests.desktop_app.services.checklist_samples import ENGINEER, INSPECTOR, many_items_text

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only"),
]
ROOT = Path(__file__).resolve().parents[3]
ITEMS = 300


def kill_mid_round(data_dir: Path, answers_before_kill: int) -> tuple[str, list[str]]:
    """Run the child until it reported that many answers, kill it; (run id, its lines)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.desktop_app.services.checklist_crash_child",
         str(data_dir), "test_long", str(ITEMS)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    lines: list[str] = []
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line, f"the child ended by itself after {lines[-3:]}"
            lines.append(line.strip())
            if sum(x.startswith("answer ") for x in lines) >= answers_before_kill:
                break
        time.sleep(random.uniform(0.0, 0.5))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    assert child.stdout is not None
    lines.extend(x.strip() for x in child.stdout.read().splitlines())  # sent before the kill
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert lines[0].startswith("run ")
    return lines[0].split()[1], lines[1:]


def check_database_file(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_kill_9_mid_round_keeps_every_reported_answer_photo_and_the_position(
    data_dir: Path, demo_port: int
) -> None:
    startup = open_site(data_dir, demo_port=demo_port)
    with startup.database.transaction() as session:
        import_template(session, ENGINEER, many_items_text(ITEMS))
    startup.database.close()
    runs: list[str] = []
    for answers_before_kill in (3, 11, 24):
        run_id, lines = kill_mid_round(data_dir, answers_before_kill)
        runs.append(run_id)
        check_database_file(database_path(data_dir))
        database = open_database(data_dir)
        try:
            with database.reading() as session:
                view = run_view(session, run_id)
                orphans = [p for p in orphan_photos(data_dir, session) if p.parent.name == run_id]
            reported = [x.split() for x in lines if x.startswith("answer ")]
            for _, item, value in reported:
                assert view.answers[item] == float(value)
            assert len(reported) <= len(view.answers) <= len(reported) + 1
            for item, value in view.answers.items():  # at most one committed but unreported
                assert value == value_of(int(item[1:]))
            photos = {p.id: p for found in view.photos.values() for p in found}
            assert {x.split()[1] for x in lines if x.startswith("photo ")} <= set(photos)
            for info in photos.values():
                data = photo_path(data_dir, info).read_bytes()
                assert hashlib.sha256(data).hexdigest() == info.sha256
            assert len(orphans) <= 1
            for orphan in orphans:  # a whole photo whose row did not commit, or a temp file
                if not orphan.name.startswith(".part-"):
                    with Image.open(orphan) as image:
                        image.load()
            assert view.position == max(view.answers)
            assert view.position >= reported[-1][1]
        finally:
            database.close()
    database = open_database(data_dir)
    try:
        with database.reading() as session:
            assert {d.id for d in drafts(session)} == set(runs)
        with database.transaction() as session:  # a reopened draft takes answers again
            assessment = record_answer(session, INSPECTOR, runs[0], "n299", 1.0)
        assert "n299" not in assessment.missing_required
    finally:
        database.close()

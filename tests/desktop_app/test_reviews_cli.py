"""`qingyuan reviews`: list and show PDCA reviews; draft and close them as a signed-in user,
with the same close rule as the GUI."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import review_command
from desktop_app.services.database import open_database
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.reviews import set_cause
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Actor, Role
from storage.records import day_start_ms

PASSWORD = "a long enough password"


@pytest.fixture
def site(data_dir: Path, demo_port: int, monkeypatch) -> Path:
    startup = open_site(data_dir, demo_port=demo_port)
    seed_demo(
        startup.database, 90, now_ms=day_start_ms(date(2026, 5, 20)), cleaner_production=False
    )
    with startup.database.transaction() as session:
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR)
    startup.database.close()
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    """The command as `qingyuan --data-dir D reviews …` parses and runs it."""
    parser = argparse.ArgumentParser(prog="qingyuan")
    parser.add_argument("--data-dir")
    review_command.add_parser(parser.add_subparsers(dest="command"))
    code = review_command.run(parser.parse_args(["--data-dir", str(data_dir), "reviews", *args]))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_draft_show_list_and_close(capsys, site: Path) -> None:
    code, out, err = qingyuan(
        capsys, site, "new", "--from", "2026-04-01", "--to", "2026-04-30", "--user", "wang"
    )
    assert code == 0, err
    review_id = out.strip()
    code, out, _ = qingyuan(capsys, site, "show", review_id, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["status"] == "draft" and shown["title"] == "2026-04-01 – 2026-04-30"
    assert {r["kpi"] for r in shown["results"]} >= {"energy_per_unit", "fresh_water_per_unit"}
    missed = [r["kpi"] for r in shown["results"] if r["status"] in ("at_risk", "missed")]
    assert missed, "the demo plant is behind on some targets in April"
    assert shown["close_problems"] == [f"cause_missing:{k}" for k in missed]

    code, _, err = qingyuan(capsys, site, "close", review_id, "--user", "wang")
    assert code == 2 and "cannot be closed yet" in err
    assert all(f"cause_missing:{k}" in err for k in missed)

    database = open_database(site)
    with database.transaction() as session:
        for kpi in missed:
            set_cause(session, Actor("wang", Role.ENGINEER), review_id, kpi, "valve leak")
    database.close()
    code, out, err = qingyuan(capsys, site, "close", review_id, "--user", "wang")
    assert code == 0, err
    assert out.split() == [review_id, "closed"]
    code, out, _ = qingyuan(capsys, site, "--json")
    [listed] = json.loads(out)
    assert listed["id"] == review_id and listed["status"] == "closed"
    assert listed["missed"] == len(missed)
    code, out, _ = qingyuan(capsys, site)
    assert code == 0 and review_id in out and "closed" in out
    code, out, _ = qingyuan(capsys, site, "show", review_id)
    assert code == 0 and "单位产品综合能耗" in out and "valve leak" in out


def test_refusals_are_explained(capsys, site: Path) -> None:
    code, _, err = qingyuan(
        capsys, site, "new", "--from", "2026-04-01", "--to", "2026-04-30", "--user", "li"
    )
    assert code == 2 and "does not allow" in err
    code, _, err = qingyuan(
        capsys, site, "new", "--from", "2026-04-30", "--to", "2026-04-01", "--user", "wang"
    )
    assert code == 2 and "ends before it starts" in err
    code, _, err = qingyuan(capsys, site, "show", "no-such-review")
    assert code == 2 and "no longer exists" in err
    code, out, _ = qingyuan(capsys, site, "--json")
    assert json.loads(out) == []

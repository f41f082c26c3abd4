"""`qingyuan retention`: shows the policy; `set` changes it as an administrator only, through the
service, so the rules and the change log are the GUI's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.cli.main import main
from desktop_app.services.retention_settings import retention_policy
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Role
from storage.models import ChangeLogEntry
from storage.retention import RetentionPolicy

PASSWORD = "correct horse battery"


@pytest.fixture
def site(database, data_dir: Path, monkeypatch) -> Path:
    with database.transaction() as session:
        create_user(session, SYSTEM, "zhang", PASSWORD, Role.ADMINISTRATOR)
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "retention", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def stored(database) -> RetentionPolicy:
    with database.reading() as session:
        return retention_policy(session)


def test_shows_the_defaults(capsys, site: Path) -> None:
    code, out, _err = qingyuan(capsys, site, "--json")
    assert code == 0
    assert json.loads(out) == {
        "raw_days": 1096,
        "max_database_gb": None,
        "min_free_disk_gb": 5.0,
        "raw_min_days": 90,
        "raw_horizon_ms": None,
        "rollups": "kept",
    }
    code, out, _err = qingyuan(capsys, site)
    assert code == 0 and "1096 days" in out and "always kept" in out


def test_an_administrator_sets_and_clears(capsys, site: Path, database) -> None:
    code, out, err = qingyuan(
        capsys, site, "set", "--raw-days", "365", "--max-gb", "20", "--user", "zhang",
        "--reason", "shared disk", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["raw_days"] == 365
    assert stored(database) == RetentionPolicy(raw_days=365, max_database_gb=20.0)
    code, out, _err = qingyuan(capsys, site)  # options left out keep their value
    assert "365 days" in out and "20 GB" in out and "5 GB" in out
    code, _out, err = qingyuan(
        capsys, site, "set", "--keep-all", "--no-size-limit", "--no-free-check", "--user", "zhang"
    )
    assert code == 0, err
    assert stored(database) == RetentionPolicy(
        raw_days=None, max_database_gb=None, min_free_disk_gb=None
    )
    with database.reading() as session:
        entries = list(
            session.scalars(
                select(ChangeLogEntry).where(ChangeLogEntry.entity == "retention_policy")
            )
        )
    assert [(e.actor_name, e.reason) for e in entries] == [("zhang", "shared disk"), ("zhang", "")]


def test_refusals_change_nothing(capsys, site: Path, database, monkeypatch) -> None:
    code, _out, err = qingyuan(capsys, site, "set", "--raw-days", "365", "--user", "wang")
    assert code == 2 and "engineer" in err
    code, _out, err = qingyuan(capsys, site, "set", "--raw-days", "30", "--user", "zhang")
    assert code == 2 and "90" in err
    code, _out, err = qingyuan(capsys, site, "set", "--max-gb", "0", "--user", "zhang")
    assert code == 2 and "not saved" in err
    monkeypatch.setenv("QINGYUAN_PASSWORD", "wrong")
    code, _out, err = qingyuan(capsys, site, "set", "--raw-days", "365", "--user", "zhang")
    assert code == 3 and "wrong user name or password" in err
    with pytest.raises(SystemExit):  # contradictory options are an argument error
        main(["--data-dir", str(site), "retention", "set", "--raw-days", "365", "--keep-all"])
    assert stored(database) == RetentionPolicy()

"""`qingyuan actions`: list and filter corrective actions; move them as a signed-in user, with
the same rules as the GUI (a second person verifies, a rejection says why)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.actions import create_action
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Role

PASSWORD = "a long enough password"


@pytest.fixture
def site(database, data_dir: Path, monkeypatch) -> tuple[Path, str, str]:
    today = date.today()
    with database.transaction() as session:
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR)
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        create_user(session, SYSTEM, "guest", PASSWORD, Role.VIEWER)
        late = create_action(
            session,
            SYSTEM,
            title="Replace the cracked seal",
            department="Workshop 2",
            person="陈",
            due=today - timedelta(days=3),
            priority="high",
        )
        later = create_action(session, SYSTEM, title="Label the drums", due=today + timedelta(5))
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir, late, later


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "actions", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_and_filters(capsys, site) -> None:
    data_dir, late, later = site
    code, out, _ = qingyuan(capsys, data_dir, "--json")
    rows = json.loads(out)
    assert code == 0 and [r["id"] for r in rows] == [late, later]
    assert rows[0]["days_overdue"] == 3 and rows[0]["person"] == "陈"
    assert rows[1]["days_overdue"] == 0 and rows[1]["priority"] == "medium"
    _, out, _ = qingyuan(capsys, data_dir, "--overdue", "--json")
    assert [r["id"] for r in json.loads(out)] == [late]
    _, out, _ = qingyuan(capsys, data_dir, "--state", "done", "--json")
    assert json.loads(out) == []
    code, out, _ = qingyuan(capsys, data_dir)
    assert code == 0 and "3 d overdue" in out and "Workshop 2 · 陈" in out


def test_move_through_every_state(capsys, site) -> None:
    data_dir, late, _ = site
    steps = [
        ("in_progress", "li"),
        ("done", "li"),
        ("verified", "wang"),
        ("closed", "wang"),
    ]
    for state, user in steps:
        code, out, err = qingyuan(capsys, data_dir, "move", late, state, "--user", user)
        assert code == 0, err
        assert out.split()[:2] == [late, state]
    _, out, _ = qingyuan(capsys, data_dir, "--state", "closed", "--json")
    row = json.loads(out)[0]
    assert (row["done_by"], row["verified_by"], row["revision"]) == ("li", "wang", 5)


def test_refusals_are_explained_and_change_nothing(capsys, site) -> None:
    data_dir, late, _ = site
    code, _, err = qingyuan(capsys, data_dir, "move", late, "done", "--user", "li")
    assert code == 2 and "not possible" in err
    code, _, err = qingyuan(capsys, data_dir, "move", late, "in_progress", "--user", "guest")
    assert code == 2 and "role" in err
    for state in ("in_progress", "done"):
        qingyuan(capsys, data_dir, "move", late, state, "--user", "wang")
    code, _, err = qingyuan(capsys, data_dir, "move", late, "verified", "--user", "wang")
    assert code == 2 and "cannot verify" in err
    code, _, err = qingyuan(capsys, data_dir, "move", late, "in_progress", "--user", "wang")
    assert code == 2 and "Say why" in err
    code, _, _ = qingyuan(
        capsys, data_dir, "move", late, "in_progress", "--user", "wang", "--note", "still drips"
    )
    assert code == 0
    code, _, err = qingyuan(capsys, data_dir, "move", "no-such-id", "done", "--user", "wang")
    assert code == 2 and "no longer exists" in err


def test_wrong_password(capsys, site, monkeypatch) -> None:
    data_dir, late, _ = site
    monkeypatch.setenv("QINGYUAN_PASSWORD", "wrong password!")
    code, _, err = qingyuan(capsys, data_dir, "move", late, "in_progress", "--user", "li")
    assert code == 3 and "wrong user name or password" in err

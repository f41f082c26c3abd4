"""`qingyuan readings`: manual fill, correction and meter replacement headless, as a signed-in
user with the right role; refusals are explained and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Role
from storage.models import Bus, Device, Site, Tag

PASSWORD = "correct horse battery"


@pytest.fixture
def site(database, data_dir: Path, monkeypatch) -> Path:
    with database.transaction() as session:
        site = Site(code="S", name="s", created_ms=0)
        session.add(site)
        session.flush()
        bus = Bus(site_id=site.id, name="b", kind="modbus_tcp", host="h")
        session.add(bus)
        session.flush()
        device = Device(bus_id=bus.id, name="d", unit_id=1)
        session.add(device)
        session.flush()
        session.add(
            Tag(
                device_id=device.id,
                name="energy",
                unit="kWh",
                register_type="holding_register",
                address=0,
                is_counter=True,
            )
        )
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR)
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "readings", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_enter_correct_and_replace_then_list(capsys, site: Path) -> None:
    at = "2026-01-05T08:00:00+08:00"
    assert (
        qingyuan(
            capsys,
            site,
            "enter",
            "energy",
            "--at",
            at,
            "--value",
            "120.5",
            "--user",
            "wang",
            "--note",
            "walked to the meter",
        )[0]
        == 0
    )
    assert (
        qingyuan(
            capsys,
            site,
            "correct",
            "energy",
            "--at",
            at,
            "--value",
            "125.5",
            "--user",
            "wang",
            "--reason",
            "misread 0 as 5",
        )[0]
        == 0
    )
    assert (
        qingyuan(
            capsys,
            site,
            "replace-meter",
            "energy",
            "--at",
            "2026-01-05T09:00+08:00",
            "--old-final",
            "130",
            "--new-start",
            "0",
            "--user",
            "wang",
            "--reason",
            "meter failed",
        )[0]
        == 0
    )
    code, out, _ = qingyuan(capsys, site, "changes", "energy", "--json")
    changes = json.loads(out)
    assert code == 0
    (correction,) = changes["corrections"]
    assert (correction["old_value"], correction["old_quality"], correction["new_value"]) == (
        120.5,
        "manual",
        125.5,
    )
    assert correction["ts_ms"] == 1_767_571_200_000
    (swap,) = changes["meter_replacements"]
    assert (swap["old_final"], swap["new_start"], swap["by"]) == (130.0, 0.0, "wang")


def test_refusals_are_explained(capsys, site: Path, monkeypatch) -> None:
    at = "2026-01-05T08:00:00+08:00"
    code, _, err = qingyuan(
        capsys, site, "enter", "energy", "--at", at, "--value", "1", "--user", "li"
    )
    assert code == 2 and "role" in err  # an inspector may not enter readings
    code, _, err = qingyuan(
        capsys,
        site,
        "correct",
        "energy",
        "--at",
        at,
        "--value",
        "1",
        "--user",
        "wang",
        "--reason",
        "x",
    )
    assert code == 2 and "not saved" in err  # nothing stored at that time to correct
    code, _, err = qingyuan(
        capsys, site, "enter", "nosuch", "--at", at, "--value", "1", "--user", "wang"
    )
    assert code == 2 and "no tag named" in err
    monkeypatch.setenv("QINGYUAN_PASSWORD", "wrong password")
    code, _, err = qingyuan(
        capsys, site, "enter", "energy", "--at", at, "--value", "1", "--user", "wang"
    )
    assert code == 3 and "wrong user name or password" in err
    code, out, _ = qingyuan(capsys, site, "changes", "energy", "--json")
    assert json.loads(out) == {"corrections": [], "meter_replacements": []}

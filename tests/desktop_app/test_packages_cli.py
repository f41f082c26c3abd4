"""`qingyuan packages`: export on the tablet, inspect, import on the PC (twice: nothing new),
conflicts reported with exit status 1 and decided with --theirs/--ours by an engineer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.actions import get_action, update_action
from tests.conftest import free_port_block
from tests.desktop_app.services.package_samples import (
    PASSWORD,
    Side,
    dump,
    finished_run,
    open_side,
)


@pytest.fixture
def sides(tmp_path: Path, demo_port: int, monkeypatch) -> Iterator[tuple[Side, Side]]:
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    tablet = open_side(tmp_path / "tablet", demo_port, "tablet")
    pc = open_side(tmp_path / "pc", free_port_block(2), "pc")
    yield tablet, pc
    tablet.database.close()
    pc.database.close()


def qingyuan(capsys, side: Side, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(side.data_dir), "packages", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_inspect_import_twice(capsys, sides, tmp_path: Path) -> None:
    tablet, pc = sides
    run_id, (action_id,) = finished_run(tablet)
    out = tmp_path / "usb" / "round.qyrun"
    code, text, err = qingyuan(capsys, tablet, "export", "--runs", run_id, str(out), "--user", "li")
    assert code == 0, err
    assert "exported 1 run(s), 1 action(s), 2 photo(s)" in text and out.is_file()

    code, text, _ = qingyuan(capsys, tablet, "inspect", str(out), "--json")
    held = json.loads(text)
    assert code == 0 and [r["id"] for r in held["runs"]] == [run_id]
    assert held["manifest"]["exported_by"] == "li" and held["runs"][0]["photos"] == 2
    assert [a["id"] for a in held["actions"]] == [action_id]
    code, text, _ = qingyuan(capsys, tablet, "inspect", str(out))
    assert code == 0 and run_id in text and "handover_round v1" in text

    code, text, err = qingyuan(capsys, pc, "import", str(out), "--user", "li", "--json")
    report = json.loads(text)
    assert code == 0, err
    assert report["runs_new"] == [run_id] and report["actions_new"] == [action_id]
    assert report["photos_new"] == 2 and report["conflicts"] == []

    before = dump(pc.database)
    code, text, _ = qingyuan(capsys, pc, "import", str(out), "--user", "li")
    assert code == 0
    assert text.startswith("new 0 (runs 0, actions 0, templates 0), updated 0, skipped 2")
    assert "conflicts 0" in text
    assert dump(pc.database) == before


def test_all_completed_and_refusals(capsys, sides, tmp_path: Path) -> None:
    tablet, _ = sides
    first, _ = finished_run(tablet)
    second, _ = finished_run(tablet, valve="pass")
    out = tmp_path / "all.qyrun"
    code, text, err = qingyuan(
        capsys, tablet, "export", str(out), "--all-completed", "--user", "li", "--json"
    )
    assert code == 0, err
    assert sorted(json.loads(text)["runs"]) == sorted([first, second])

    noise = tmp_path / "noise.qyrun"
    noise.write_bytes(b"\x00\x01 not a zip" * 100)
    code, _, err = qingyuan(capsys, tablet, "inspect", str(noise))
    assert code == 2 and "not_a_package" in err and "not a Qingyuan run package" in err
    code, _, err = qingyuan(capsys, tablet, "export", str(out), "--runs", "nope", "--user", "li")
    assert code == 2 and "unknown_run" in err
    code, _, err = qingyuan(capsys, tablet, "export", "--runs", first, "--user", "li")
    assert code == 2 and "OUT.qyrun" in err
    code, _, err = qingyuan(capsys, tablet, "import", str(out), "--user", "nobody")
    assert code == 3 and "wrong user name or password" in err


def test_conflicts_are_reported_then_decided(capsys, sides, tmp_path: Path) -> None:
    tablet, pc = sides
    run_id, (action_id,) = finished_run(tablet)
    first, second = tmp_path / "first.qyrun", tmp_path / "second.qyrun"
    assert qingyuan(capsys, tablet, "export", str(first), "--runs", run_id, "--user", "li")[0] == 0
    assert qingyuan(capsys, pc, "import", str(first), "--user", "li")[0] == 0
    for side, person in ((pc, "陈"), (tablet, "王工")):
        with side.database.transaction() as session:
            update_action(session, side.engineer, action_id, person=person)
    assert qingyuan(capsys, tablet, "export", str(second), "--runs", run_id, "--user", "li")[0] == 0

    code, text, err = qingyuan(capsys, pc, "import", str(second), "--user", "li")
    assert code == 1 and "conflicts 1" in text and f"conflict  {action_id}" in text
    assert "person: ours '陈'  theirs '王工'" in text and "--theirs ID" in err
    code, text, _ = qingyuan(capsys, pc, "import", str(second), "--user", "li", "--json")
    (conflict,) = json.loads(text)["conflicts"]
    assert code == 1 and conflict["fields"] == [{"field": "person", "ours": "陈", "theirs": "王工"}]

    code, _, err = qingyuan(
        capsys, pc, "import", str(second), "--user", "li", "--theirs", action_id
    )
    assert code == 2 and "does not allow" in err
    code, text, err = qingyuan(
        capsys, pc, "import", str(second), "--user", "wang", "--theirs", action_id
    )
    assert code == 0, err
    assert "updated 1" in text and f"resolved  {action_id}  theirs" in text
    with pc.database.reading() as session:
        assert get_action(session, action_id).person == "王工"

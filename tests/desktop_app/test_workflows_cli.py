"""`qingyuan workflows`: the same workflow rules headless — start, complete with attachments,
sign with the password, refuse the doer as approver, export and import definitions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.users import create_user
from desktop_app.services.workflow_definitions import install_builtin_workflows
from domain.roles import SYSTEM, Role

PASSWORD = "a long enough password"


@pytest.fixture
def site(database, data_dir: Path, monkeypatch) -> Path:
    with database.transaction() as session:
        install_builtin_workflows(session)
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR, department="环保部")
        create_user(session, SYSTEM, "sun", PASSWORD, Role.ENGINEER, department="环保部")
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER, department="环保部")
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "workflows", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _task(capsys, data_dir: Path, user: str) -> str:
    code, out, _ = qingyuan(capsys, data_dir, "--json", "tasks", "--user", user)
    assert code == 0
    (task,) = json.loads(out)
    return task["id"]


def test_a_general_waste_transfer_headless(capsys, site: Path, tmp_path: Path) -> None:
    code, out, _ = qingyuan(
        capsys, site, "start", "waste_handling", "--title", "废包装桶", "--user", "li"
    )
    assert code == 0
    run = out.strip()
    task = _task(capsys, site, "li")
    classify = [
        "--set",
        "waste_name=废包装桶",
        "--set",
        "category=general",
        "--set",
        "quantity_kg=35",
    ]
    assert qingyuan(capsys, site, "complete", task, *classify, "--user", "li")[0] == 0
    photo = tmp_path / "store.jpg"
    photo.write_bytes(b"\xff\xd8 not much of a photo")
    store = ["--set", "storage_location=一般固废间", "--set", "stored_on=2026-11-20"]
    task = _task(capsys, site, "li")
    code, _, err = qingyuan(capsys, site, "complete", task, *store, "--user", "li")
    assert code == 2 and "evidence_required" in err
    assert (
        qingyuan(capsys, site, "complete", task, *store, "--attach", str(photo), "--user", "li")[0]
        == 0
    )
    approval = _task(capsys, site, "sun")
    code, _, err = qingyuan(capsys, site, "approve", approval, "--user", "li")
    assert code == 2 and "wrong_role" in err, "the transfer is approved by an engineer"
    code, _, err = qingyuan(capsys, site, "approve", approval, "--user", "sun")
    assert code == 0, err
    receipt = _task(capsys, site, "wang")
    receipt_set = ["--set", "receipt_no=R-1", "--set", "disposed_on=2026-11-28"]
    code, _, err = qingyuan(capsys, site, "complete", receipt, *receipt_set, "--attach", str(photo),
                            "--user", "wang")  # fmt: skip
    assert code == 0, err
    code, out, _ = qingyuan(capsys, site, "show", run)
    shown = json.loads(out)
    assert shown["status"] == "completed"
    signed = [e for e in shown["events"] if e["kind"] == "approved"]
    assert [e["by"] for e in signed] == ["sun"] and signed[0]["meaning"]


def test_a_wrong_password_is_no_signature(capsys, site: Path, monkeypatch) -> None:
    qingyuan(capsys, site, "start", "waste_handling", "--user", "li")
    task = _task(capsys, site, "li")
    monkeypatch.setenv("QINGYUAN_PASSWORD", "not the password")
    code, _, err = qingyuan(
        capsys, site, "complete", task, "--set", "category=general", "--user", "li"
    )
    assert code == 3 and "password" in err


def test_definitions_export_and_import_as_a_new_version(capsys, site: Path, tmp_path: Path) -> None:
    target = tmp_path / "waste.json"
    assert qingyuan(capsys, site, "export", "waste_handling", "--out", str(target))[0] == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    document["version"] += 1
    document["steps"][0]["time_limit_hours"] = 8
    document["steps"][0]["escalate_to"] = "engineer"
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, err = qingyuan(capsys, site, "import", str(target), "--user", "wang")
    assert code == 0, err
    assert out.strip() == f"waste_handling v{document['version']}"
    broken = tmp_path / "broken.json"
    document["steps"][0]["role"] = "viewer"
    document["version"] += 1
    broken.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = qingyuan(capsys, site, "import", str(broken), "--user", "wang")
    assert code == 2 and "/steps/0/role" in err
    code, out, _ = qingyuan(capsys, site, "--json", "definitions")
    versions = {d["code"]: d["version"] for d in json.loads(out)}
    assert versions["waste_handling"] == document["version"] - 1

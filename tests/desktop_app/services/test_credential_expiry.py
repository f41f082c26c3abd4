"""The daily credential check: a renewal workflow for each credential expiring within the window
or expired, none for valid, undated or deactivated suppliers' credentials; never two at once,
and a new one once the previous renewal was cancelled; `qingyuan suppliers check-credentials`."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop_app.services.credential_expiry import raise_expiry_tasks
from desktop_app.services.supplier_queries import get_supplier
from desktop_app.services.suppliers import (
    add_credential,
    create_supplier,
    deactivate_supplier,
)
from desktop_app.services.users import create_user
from desktop_app.services.workflow_definitions import install_builtin_workflows
from desktop_app.services.workflows import cancel_workflow, instance_status
from domain.roles import SYSTEM, Actor, PermissionDenied, Role
from storage.models import WorkflowInstanceRecord
from tests.desktop_app.test_suppliers_cli import qingyuan

TODAY = date(2026, 3, 15)
PASSWORD = "a long enough password"


@pytest.fixture
def register(database) -> dict[str, str]:
    """Credential ids by what they are."""
    with database.transaction() as session:
        install_builtin_workflows(session)
        packaging = create_supplier(session, SYSTEM, name="华东包装材料有限公司")
        chemicals = create_supplier(session, SYSTEM, name="江苏绿源化学品有限公司")
        gone = create_supplier(session, SYSTEM, name="停用供应商")

        def credential(supplier: str, kind: str, days: int | None, number: str = "") -> str:
            valid_to = None if days is None else TODAY + timedelta(days=days)
            return add_credential(
                session, SYSTEM, supplier, kind=kind, number=number, valid_to=valid_to
            )

        ids = {
            "expiring": credential(packaging, "china_environmental_label", 20, "CEC-1"),
            "valid": credential(packaging, "iso14001", 400),
            "expired": credential(chemicals, "iso14001", -12, "01321E20417R1M"),
            "undated": credential(chemicals, "cp_audit", None),
            "inactive": credential(gone, "iso14001", 5),
            "packaging": packaging,
        }
        deactivate_supplier(session, SYSTEM, gone)
    return ids


def _instance(database, instance_id: str) -> WorkflowInstanceRecord:
    with database.reading() as session:
        row = session.get(WorkflowInstanceRecord, instance_id)
        assert row is not None
        session.expunge(row)
        return row


def test_expiring_and_expired_credentials_get_one_renewal_each(database, register) -> None:
    with database.transaction() as session:
        started = raise_expiry_tasks(session, SYSTEM, TODAY)
    assert len(started) == 2
    expired, expiring = (_instance(database, i) for i in started)  # earliest end date first
    assert (expired.source_kind, expired.source_ref) == ("credential_expiry", register["expired"])
    assert expiring.source_ref == register["expiring"]
    assert expired.definition_code == "supplier_credential_renewal"
    assert expired.status == "running"
    values = json.loads(expiring.values_json)
    assert values["supplier"] == "华东包装材料有限公司"
    assert values["credential"] == "中国环境标志(十环) CEC-1"
    assert values["valid_to"] == "2026-04-04"
    with database.reading() as session:
        credentials = {c.id: c for c in get_supplier(session, register["packaging"]).credentials}
    assert credentials[register["expiring"]].renewal_instance == expiring.id
    assert credentials[register["valid"]].renewal_instance is None


def test_a_second_check_starts_nothing_while_renewals_run(database, register) -> None:
    with database.transaction() as session:
        first = raise_expiry_tasks(session, SYSTEM, TODAY)
    with database.transaction() as session:
        assert raise_expiry_tasks(session, SYSTEM, TODAY + timedelta(days=1)) == []
    with database.reading() as session:
        assert {instance_status(session, i) for i in first} == {"running"}


def test_a_cancelled_renewal_is_started_again(database, register) -> None:
    with database.transaction() as session:
        started = raise_expiry_tasks(session, SYSTEM, TODAY)
        cancel_workflow(session, SYSTEM, started[0], "started by mistake")
    with database.transaction() as session:
        again = raise_expiry_tasks(session, SYSTEM, TODAY)
    assert len(again) == 1 and again[0] not in started
    assert _instance(database, again[0]).source_ref == register["expired"]


def test_the_window_decides_what_is_expiring(database, register) -> None:
    with database.transaction() as session:
        started = raise_expiry_tasks(session, SYSTEM, TODAY, within_days=10)
    assert [_instance(database, i).source_ref for i in started] == [register["expired"]]


def test_only_register_keepers_run_the_check(database, register) -> None:
    inspector = Actor("li", Role.INSPECTOR, None)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        raise_expiry_tasks(session, inspector, TODAY)


def test_the_cli_check_says_what_it_started(capsys, database, data_dir, monkeypatch) -> None:
    today = date.today()
    with database.transaction() as session:
        install_builtin_workflows(session)
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR)
        supplier = create_supplier(session, SYSTEM, name="华东包装材料有限公司")
        add_credential(
            session, SYSTEM, supplier, kind="iso14001", number="02124E31005R2M",
            valid_to=today + timedelta(days=20),
        )  # fmt: skip
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    code, out, err = qingyuan(capsys, data_dir, "check-credentials", "--user", "li")
    assert code == 2 and "nothing started" in err
    code, out, _ = qingyuan(capsys, data_dir, "check-credentials", "--user", "wang", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    assert (rows[0]["supplier"], rows[0]["kind"], rows[0]["validity"]) == (
        "华东包装材料有限公司",
        "iso14001",
        "expiring",
    )
    assert rows[0]["renewal_instance"] == rows[0]["instance"]
    code, out, _ = qingyuan(capsys, data_dir, "check-credentials", "--user", "wang")
    assert code == 0 and out.strip() == "no credential needs a renewal to be started"
    monkeypatch.setenv("QINGYUAN_PASSWORD", "wrong password")
    code, _, err = qingyuan(capsys, data_dir, "check-credentials", "--user", "wang")
    assert code == 3 and "wrong user name or password" in err
